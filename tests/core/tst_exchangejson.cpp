// SPDX-License-Identifier: GPL-3.0-or-later
#include "http/exchangejson.h"
#include "http/exchangetext.h"
#include "http/timingphases.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace gatehouse;

class TestExchangeJson : public QObject
{
    Q_OBJECT

    static ExchangeResult sample()
    {
        ExchangeResult r;
        r.request.method = "GET"_ba;
        r.request.url = QUrl(u"http://127.0.0.1:1/x"_s);
        r.request.headers = {{"Ocp-Apim-Subscription-Key"_ba, "fake-key-0000"_ba}, {"Authorization"_ba, "Bearer fake-token"_ba}, {"Accept"_ba, "*/*"_ba}};
        HttpResponse response;
        response.statusCode = 401;
        response.reasonPhrase = "Access Denied"_ba;
        response.httpVersion = "1.1"_ba;
        response.headers = {{"content-type"_ba, "application/json"_ba}};
        response.body = "\xff\xfe"_ba; // not UTF-8
        r.response = response;
        r.timings.requestSent = 1;
        r.timings.firstByte = 5;
        r.timings.finished = 7;
        return r;
    }

private Q_SLOTS:
    void secretsAreRedactedByDefault()
    {
        const QJsonObject o = exchangeToJson(sample());
        const QJsonArray headers = o[u"request"_s][u"headers"_s].toArray();
        QCOMPARE(headers.at(0)[u"value"_s].toString(), u"•••"_s);
        QCOMPARE(headers.at(1)[u"value"_s].toString(), u"Bearer •••"_s);
        QCOMPARE(headers.at(2)[u"value"_s].toString(), u"*/*"_s);
        QVERIFY(!QString::fromUtf8(QJsonDocument(o).toJson()).contains(u"fake-key-0000"_s));
    }

    void secretsRevealedOnRequest()
    {
        const QJsonObject o = exchangeToJson(sample(), Secrets::Reveal);
        QCOMPARE(o[u"request"_s][u"headers"_s][0][u"value"_s].toString(), u"fake-key-0000"_s);
    }

    void binaryBodiesAreBase64()
    {
        const QJsonObject response = exchangeToJson(sample())[u"response"_s].toObject();
        QCOMPARE(response[u"status"_s].toInt(), 401);
        QCOMPARE(response[u"bodyEncoding"_s].toString(), u"base64"_s);
        QCOMPARE(QByteArray::fromBase64(response[u"body"_s].toString().toLatin1()), "\xff\xfe"_ba);
        QCOMPARE(response[u"bodySize"_s].toInt(), 2);
    }

    void requestAsText()
    {
        ExchangeResult r = sample();
        r.request.url = QUrl(u"http://127.0.0.1:1/x/y?q=1#frag"_s);
        r.request.body = "payload"_ba;
        const QString text = sentRequestText(r.request);
        QCOMPARE(text, u"GET /x/y?q=1 HTTP/1.1\nOcp-Apim-Subscription-Key: •••\nAuthorization: Bearer •••\nAccept: */*\n\npayload"_s);
        QVERIFY(sentRequestText(r.request, Secrets::Reveal).contains(u"fake-key-0000"_s));
        r.request.bodyDescription = u"big.bin (3 MB), streamed from disk"_s;
        QVERIFY(sentRequestText(r.request).endsWith(u"\n\n[body: big.bin (3 MB), streamed from disk]"_s));
    }

    void timingPhasesFollowTheExchange()
    {
        Timings t;
        t.connectStarted = 2;
        t.tlsDone = 10;
        t.requestSent = 11;
        t.firstByte = 40;
        t.finished = 45;
        const QList<TimingPhase> phases = timingPhases(t);
        QCOMPARE(phases.size(), 5);
        QCOMPARE(phases.at(0).name, u"Queued"_s);
        QCOMPARE(phases.at(1).name, u"Connect + TLS"_s);
        QCOMPARE(phases.at(1).duration(), 8);
        QCOMPARE(phases.at(3).name, u"Waiting (first byte)"_s);
        QCOMPARE(phases.at(3).duration(), 29);
        QCOMPARE(phases.last().end, 45);

        // A reused connection: no connect phase.
        Timings reused;
        reused.requestSent = 1;
        reused.firstByte = 3;
        reused.finished = 4;
        const QList<TimingPhase> short_ = timingPhases(reused);
        QCOMPARE(short_.size(), 3);
        QCOMPARE(short_.first().name, u"Request sent"_s);
    }

    void errorsAndTimings()
    {
        ExchangeResult r = sample();
        r.response.reset();
        r.error = Error{Error::Code::ConnectionRefused, u"refused"_s};
        const QJsonObject o = exchangeToJson(r);
        QVERIFY(o[u"response"_s].isNull());
        QCOMPARE(o[u"error"_s][u"code"_s].toString(), u"connection-refused"_s);
        QCOMPARE(o[u"timings"_s][u"total"_s].toInt(), 7);
        QVERIFY(o[u"timings"_s][u"tlsDone"_s].isNull());
    }
};

QTEST_GUILESS_MAIN(TestExchangeJson)
#include "tst_exchangejson.moc"
