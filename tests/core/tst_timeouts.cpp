// SPDX-License-Identifier: GPL-3.0-or-later
// Connect and transfer (idle) timeouts, each with its own error, against /stall and /slow.
#include "http/httpclient.h"
#include "model/requestresolver.h"
#include "exchangewait.h"
#include "testserver.h"

#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace gatehouse;
using gatehouse::test::TestServer;
using namespace std::chrono_literals;

class TestTimeouts : public QObject
{
    Q_OBJECT

    TestServer m_server;
    HttpClient m_client;

    ExchangeResult sendAndWait(const HttpRequest &request)
    {
        return test::sendAndWait(m_client, request, std::chrono::seconds(20));
    }

private Q_SLOTS:
    void initTestCase()
    {
        qRegisterMetaType<ExchangeResult>();
        QVERIFY(m_server.listen());
    }

    void transferTimeoutWhenTheServerSaysNothing()
    {
        HttpRequest request;
        request.url = m_server.url(u"/stall"_s);
        request.connectTimeout = 5000ms;
        request.transferTimeout = 200ms;
        const ExchangeResult r = sendAndWait(request);
        QVERIFY(!r.ok());
        QCOMPARE(r.error->code, Error::Code::Timeout);
        QVERIFY2(r.error->message.contains(u"transfer timeout"_s), qPrintable(r.error->message));
        QVERIFY(r.error->message.contains(u"127.0.0.1"_s));
        QVERIFY(r.error->message.contains(u"200 ms"_s));
    }

    void transferTimeoutOnASlowAnswer()
    {
        HttpRequest request;
        request.url = m_server.url(u"/slow?ms=2000"_s);
        request.transferTimeout = 100ms;
        const ExchangeResult r = sendAndWait(request);
        QVERIFY(!r.ok());
        QVERIFY(r.error->message.contains(u"transfer timeout"_s));
    }

    void answersWithinTheTimeoutsArrive()
    {
        HttpRequest request;
        request.url = m_server.url(u"/slow?ms=50"_s);
        request.connectTimeout = 5000ms;
        request.transferTimeout = 5000ms;
        const ExchangeResult r = sendAndWait(request);
        QVERIFY(r.ok());
        QCOMPARE(r.response->statusCode, 200);
    }

    void connectTimeoutWhenTheTlsHandshakeNeverEnds()
    {
        // A plain server on an https URL: TCP connects, the TLS handshake never completes.
        HttpRequest request;
        QUrl url = m_server.url(u"/stall"_s);
        url.setScheme(u"https"_s);
        request.url = url;
        request.connectTimeout = 200ms;
        request.transferTimeout = 10000ms;
        const ExchangeResult r = sendAndWait(request);
        QVERIFY(!r.ok());
        QCOMPARE(r.error->code, Error::Code::Timeout);
        QVERIFY2(r.error->message.contains(u"connect timeout"_s), qPrintable(r.error->message));
        QVERIFY(r.error->message.contains(u"200 ms"_s));
    }

    void storedSettingsReachTheEngine()
    {
        Request stored;
        stored.url = m_server.url(u"/stall"_s).toString();
        stored.settings.connectTimeoutMs = 3000;
        stored.settings.transferTimeoutMs = 150;
        const auto resolved = resolveRequest(stored, {});
        QVERIFY(resolved);
        QCOMPARE(resolved->request.connectTimeout, 3000ms);
        QCOMPARE(resolved->request.transferTimeout, 150ms);
        const ExchangeResult r = sendAndWait(resolved->request);
        QVERIFY(r.error && r.error->message.contains(u"transfer timeout"_s));
    }
};

QTEST_GUILESS_MAIN(TestTimeouts)
#include "tst_timeouts.moc"
