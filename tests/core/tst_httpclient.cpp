// SPDX-License-Identifier: GPL-3.0-or-later
#include "http/decompress.h"
#include "http/httpclient.h"
#include "testserver.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkCookie>
#include <QNetworkCookieJar>
#include <QSignalSpy>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>
#include <QFile>

using namespace Qt::StringLiterals;
using namespace gatehouse;
using gatehouse::test::TestServer;

class TestHttpClient : public QObject
{
    Q_OBJECT

    TestServer m_server;
    HttpClient m_client;

    ExchangeResult sendAndWait(const HttpRequest &request, Exchange **out = nullptr)
    {
        Exchange *exchange = m_client.send(request);
        if (out)
            *out = exchange;
        QSignalSpy spy(exchange, &Exchange::finished);
        if (!spy.wait(10000))
            qFatal("exchange did not finish");
        ExchangeResult r = spy.first().first().value<ExchangeResult>();
        exchange->deleteLater();
        return r;
    }

    static QJsonObject json(const ExchangeResult &r) { return QJsonDocument::fromJson(r.response->body).object(); }

private Q_SLOTS:
    void initTestCase()
    {
        qRegisterMetaType<ExchangeResult>();
        QVERIFY(m_server.listen());
    }

    void getReturnsResponseAndRecordsWhatWasSent()
    {
        HttpRequest request;
        request.url = m_server.url(u"/echo?q=1"_s);
        request.headers = {{"X-Trace"_ba, "abc"_ba}, {"X-Multi"_ba, "one"_ba}, {"x-multi"_ba, "two"_ba}};
        const ExchangeResult r = sendAndWait(request);
        QVERIFY(r.ok());
        QCOMPARE(r.response->statusCode, 200);
        QCOMPARE(r.response->reasonPhrase, "OK"_ba);
        QCOMPARE(r.request.method, "GET"_ba);
        const TestServer::Request &arrived = m_server.requests().last();
        QCOMPARE(arrived.target, "/echo?q=1"_ba);
        QCOMPARE(arrived.header("x-trace"), "abc"_ba);
        QCOMPARE(arrived.header("x-multi"), "one, two"_ba);
        QCOMPARE(arrived.header("user-agent"), HttpClient::defaultUserAgent());

        // "Request as sent" must be exactly what arrived: same names, same values, nothing missing.
        QMap<QByteArray, QByteArray> recorded, onTheWire;
        for (const auto &[n, v] : r.request.headers)
            recorded.insert(n.toLower(), v);
        for (const auto &[n, v] : arrived.headers)
            onTheWire.insert(n.toLower(), v);
        QCOMPARE(recorded, onTheWire);
    }

    void postSendsBodyWithContentLength()
    {
        HttpRequest request;
        request.method = "POST"_ba;
        request.url = m_server.url(u"/echo"_s);
        request.headers = {{"Content-Type"_ba, "application/json"_ba}};
        request.body = "{\"a\":1}"_ba;
        const ExchangeResult r = sendAndWait(request);
        QVERIFY(r.ok());
        const TestServer::Request &arrived = m_server.requests().last();
        QCOMPARE(arrived.method, "POST"_ba);
        QCOMPARE(arrived.body, request.body);
        QCOMPARE(arrived.header("content-type"), "application/json"_ba);
        QCOMPARE(arrived.header("content-length"), "7"_ba);
        QCOMPARE(json(r).value(u"body"_s).toString(), u"{\"a\":1}"_s);
    }

    void multipartFormData()
    {
        QTemporaryDir dir;
        QFile file(dir.filePath(u"photo.png"_s));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QByteArray(70000, '\x89'));
        file.close();
        HttpRequest request;
        request.method = "POST"_ba;
        request.url = m_server.url(u"/echo"_s);
        request.multipart = {{"title"_ba, "Ümlaut ok"_ba, {}, {}, {}},
                             {"photo"_ba, {}, file.fileName(), "image/png"_ba, {}},
                             {"meta"_ba, "{}"_ba, {}, "application/json"_ba, {}}};
        const ExchangeResult r = sendAndWait(request);
        QVERIFY2(r.ok(), r.error ? qPrintable(r.error->message) : "");
        const TestServer::Request &arrived = m_server.requests().last();
        const QByteArray contentType = arrived.header("content-type");
        QVERIFY(contentType.startsWith("multipart/form-data; boundary="));
        QCOMPARE(headerValue(r.request.headers, "content-type"), contentType);
        // What we said we would send is exactly what arrived.
        QCOMPARE(arrived.header("content-length"), headerValue(r.request.headers, "content-length"));
        QCOMPARE(arrived.body.size(), r.request.bodySize);
        const QByteArray boundary = contentType.mid(contentType.indexOf('=') + 1);
        QVERIFY(arrived.body.startsWith(QByteArray("--" + boundary + "\r\n")));
        QVERIFY(arrived.body.endsWith(QByteArray("--" + boundary + "--\r\n")));
        // Part header names as curl and Postman write them (QHttpMultiPart would lower-case them).
        QVERIFY(arrived.body.contains("Content-Disposition: form-data; name=\"title\"\r\n\r\n\xc3\x9cmlaut ok\r\n"));
        QVERIFY(!arrived.body.toLower().contains("mime-version"));
        QVERIFY(!arrived.header("mime-version").size());
        const QByteArray photoPart = "Content-Disposition: form-data; name=\"photo\"; filename=\"photo.png\"\r\nContent-Type: image/png\r\n\r\n"
            + QByteArray(70000, '\x89') + "\r\n";
        QVERIFY(arrived.body.contains(photoPart));
        QVERIFY2(r.request.bodyDescription.contains(u"parts: 3"_s), qPrintable(r.request.bodyDescription));
    }

    void fileBodyIsStreamedAndSurvivesA307()
    {
        QTemporaryDir dir;
        QFile file(dir.filePath(u"big.bin"_s));
        QVERIFY(file.open(QIODevice::WriteOnly));
        QByteArray data(3 * 1024 * 1024, Qt::Uninitialized);
        for (qsizetype i = 0; i < data.size(); ++i)
            data[i] = char(i * 7);
        file.write(data);
        file.close();
        HttpRequest request;
        request.method = "PUT"_ba;
        request.url = m_server.url(u"/redirect-to?status=307&url=/echo"_s);
        request.bodyFile = file.fileName();
        const ExchangeResult r = sendAndWait(request);
        QVERIFY2(r.ok(), r.error ? qPrintable(r.error->message) : "");
        const TestServer::Request &arrived = m_server.requests().last();
        QCOMPARE(arrived.target, "/echo"_ba);
        QCOMPARE(arrived.method, "PUT"_ba);
        QCOMPARE(arrived.body.size(), data.size());
        QVERIFY(arrived.body == data);
        QCOMPARE(arrived.header("content-type"), "application/octet-stream"_ba);
        QCOMPARE(r.request.bodySize, data.size());
        QVERIFY(r.request.body.isEmpty()); // never loaded whole
    }

    void missingBodyFileIsNamed()
    {
        HttpRequest request;
        request.method = "POST"_ba;
        request.url = m_server.url(u"/echo"_s);
        request.bodyFile = u"/nonexistent/upload.bin"_s;
        ExchangeResult r = sendAndWait(request);
        QCOMPARE(r.error->code, Error::Code::FileUnreadable);
        QVERIFY(r.error->message.contains(u"/nonexistent/upload.bin"_s));
        request.bodyFile.clear();
        request.multipart = {{"f"_ba, {}, u"/nonexistent/part.bin"_s, {}, {}}};
        r = sendAndWait(request);
        QCOMPARE(r.error->code, Error::Code::FileUnreadable);
        QVERIFY(r.error->message.contains(u"part.bin"_s));
    }

    void customMethodIsSentVerbatim()
    {
        HttpRequest request;
        request.method = "PURGE"_ba;
        request.url = m_server.url(u"/echo"_s);
        const ExchangeResult r = sendAndWait(request);
        QVERIFY(r.ok());
        QCOMPARE(m_server.requests().last().method, "PURGE"_ba);
    }

    void errorStatusesAreResults_data()
    {
        QTest::addColumn<int>("status");
        for (int s : {400, 401, 403, 404, 429, 500, 503})
            QTest::addRow("%d", s) << s;
    }

    void errorStatusesAreResults()
    {
        QFETCH(int, status);
        HttpRequest request;
        request.url = m_server.url(u"/status/%1"_s.arg(status));
        const ExchangeResult r = sendAndWait(request);
        QVERIFY2(r.ok(), r.error ? qPrintable(r.error->message) : "");
        QCOMPARE(r.response->statusCode, status);
        QCOMPARE(json(r).value(u"status"_s).toInt(), status);
    }

    void redirectsAreFollowedAndEachHopRecorded()
    {
        HttpRequest request;
        request.url = m_server.url(u"/redirect/3"_s);
        const ExchangeResult r = sendAndWait(request);
        QVERIFY(r.ok());
        QCOMPARE(r.response->statusCode, 200);
        QCOMPARE(r.redirects.size(), 4);
        QCOMPARE(r.redirects.first().url.path(), u"/redirect/3"_s);
        QCOMPARE(r.redirects.last().location.path(), u"/echo"_s);
        QCOMPARE(r.request.url.path(), u"/echo"_s);
    }

    void redirectsNotFollowedWhenSwitchedOff()
    {
        HttpRequest request;
        request.url = m_server.url(u"/redirect/1"_s);
        request.followRedirects = false;
        const ExchangeResult r = sendAndWait(request);
        QVERIFY(r.ok());
        QCOMPARE(r.response->statusCode, 302);
        QCOMPARE(headerValue(r.response->headers, "location"), "/redirect/0"_ba);
        QVERIFY(r.redirects.isEmpty());
    }

    void redirectLoopIsCapped()
    {
        HttpRequest request;
        request.url = m_server.url(u"/redirect/20"_s);
        request.maxRedirects = 5;
        const ExchangeResult r = sendAndWait(request);
        QVERIFY(!r.ok());
        QCOMPARE(r.error->code, Error::Code::TooManyRedirects);
        QCOMPARE(r.redirects.size(), 6);
    }

    void seeOtherTurnsPostIntoGet()
    {
        HttpRequest request;
        request.method = "POST"_ba;
        request.body = "x=1"_ba;
        request.url = m_server.url(u"/redirect-to?status=303&url=/echo"_s);
        const ExchangeResult r = sendAndWait(request);
        QVERIFY(r.ok());
        QCOMPARE(m_server.requests().last().method, "GET"_ba);
        QVERIFY(m_server.requests().last().body.isEmpty());
        QCOMPARE(m_server.requests().last().header("content-type"), QByteArray());
    }

    void temporaryRedirectKeepsMethodAndBody()
    {
        HttpRequest request;
        request.method = "PUT"_ba;
        request.body = "payload"_ba;
        request.headers = {{"Content-Type"_ba, "text/plain"_ba}};
        request.url = m_server.url(u"/redirect-to?status=307&url=/echo"_s);
        const ExchangeResult r = sendAndWait(request);
        QVERIFY(r.ok());
        QCOMPARE(m_server.requests().last().method, "PUT"_ba);
        QCOMPARE(m_server.requests().last().body, "payload"_ba);
    }

    // Postman (postman-request) turns every redirect but 307/308 into a GET without a body.
    void foundRedirectTurnsAnyMethodIntoGet()
    {
        HttpRequest request;
        request.method = "PUT"_ba;
        request.body = "payload"_ba;
        request.headers = {{"Content-Type"_ba, "text/plain"_ba}};
        request.url = m_server.url(u"/redirect-to?status=302&url=/echo"_s);
        QVERIFY(sendAndWait(request).ok());
        QCOMPARE(m_server.requests().last().method, "GET"_ba);
        QVERIFY(m_server.requests().last().body.isEmpty());
        QCOMPARE(m_server.requests().last().header("content-type"), QByteArray());

        // A HEAD stays a HEAD.
        request = {};
        request.method = "HEAD"_ba;
        request.url = m_server.url(u"/redirect-to?status=301&url=/echo"_s);
        QVERIFY(sendAndWait(request).ok());
        QCOMPARE(m_server.requests().last().method, "HEAD"_ba);
    }

    void followOriginalHttpMethodKeepsMethodAndBody()
    {
        HttpRequest request;
        request.method = "DELETE"_ba;
        request.body = "payload"_ba;
        request.headers = {{"Content-Type"_ba, "text/plain"_ba}};
        request.followOriginalHttpMethod = true;
        request.url = m_server.url(u"/redirect-to?status=302&url=/echo"_s);
        QVERIFY(sendAndWait(request).ok());
        QCOMPARE(m_server.requests().last().method, "DELETE"_ba);
        QCOMPARE(m_server.requests().last().body, "payload"_ba);
        QCOMPARE(m_server.requests().last().header("content-type"), "text/plain"_ba);
    }

    void refererOnRedirect()
    {
        HttpRequest request;
        request.url = m_server.url(u"/redirect/0?a=1"_s);
        QVERIFY(sendAndWait(request).ok());
        QCOMPARE(m_server.requests().at(m_server.requests().size() - 2).header("referer"), QByteArray());
        QCOMPARE(m_server.requests().last().header("referer"), request.url.toEncoded());

        // The page the redirect came from replaces a Referer set before ...
        request.headers = {{"Referer"_ba, "https://mine.example/"_ba}};
        QVERIFY(sendAndWait(request).ok());
        QCOMPARE(m_server.requests().last().header("referer"), request.url.toEncoded());

        // ... unless redirects remove it: then the one set stays, and none is added.
        request.removeRefererOnRedirect = true;
        QVERIFY(sendAndWait(request).ok());
        QCOMPARE(m_server.requests().last().header("referer"), "https://mine.example/"_ba);
        request.headers.clear();
        QVERIFY(sendAndWait(request).ok());
        QCOMPARE(m_server.requests().last().header("referer"), QByteArray());
    }

    void followAuthorizationHeaderToAnotherOrigin()
    {
        TestServer other;
        QVERIFY(other.listen());
        HttpRequest request;
        request.headers = {{"Authorization"_ba, "Bearer fake-token"_ba}, {"Ocp-Apim-Subscription-Key"_ba, "fake-key-0000"_ba}};
        request.followAuthorizationHeader = true;
        request.url = m_server.url(u"/redirect-to?url="_s + QString::fromLatin1(QUrl::toPercentEncoding(other.url(u"/echo"_s).toString())));
        QVERIFY(sendAndWait(request).ok());
        QCOMPARE(other.requests().size(), 1);
        QCOMPARE(other.requests().first().header("authorization"), "Bearer fake-token"_ba);
        // Only Authorization: other credentials never go to another origin.
        QCOMPARE(other.requests().first().header("ocp-apim-subscription-key"), QByteArray());
        // And the Referer there is the origin only (the query may hold a key).
        QCOMPARE(other.requests().first().header("referer"), "http://127.0.0.1:"_ba + QByteArray::number(m_server.port()) + '/');
    }

    void disableCookiesLeavesTheJarAlone()
    {
        QNetworkCookieJar jar;
        HttpClient client;
        client.setCookieJar(&jar);
        jar.setCookiesFromUrl({QNetworkCookie("kept", "fake-0000")}, m_server.url(u"/"_s));
        HttpRequest request;
        request.url = m_server.url(u"/set-cookie?c=new%3Dfake-1111"_s);
        request.disableCookies = true;
        Exchange *exchange = client.send(request);
        QSignalSpy spy(exchange, &Exchange::finished);
        QVERIFY(spy.wait(10000));
        QCOMPARE(m_server.requests().last().header("cookie"), QByteArray());
        QCOMPARE(jar.cookiesForUrl(m_server.url(u"/"_s)).size(), 1);

        request.disableCookies = false;
        exchange = client.send(request);
        QSignalSpy again(exchange, &Exchange::finished);
        QVERIFY(again.wait(10000));
        QCOMPARE(m_server.requests().last().header("cookie"), "kept=fake-0000"_ba);
        QCOMPARE(jar.cookiesForUrl(m_server.url(u"/"_s)).size(), 2);
    }

    // An empty body where the method gives one a meaning is announced as empty, as Postman does.
    void emptyBodySaysContentLengthZero_data()
    {
        QTest::addColumn<QByteArray>("method");
        QTest::addColumn<bool>("announced");
        QTest::newRow("POST") << "POST"_ba << true;
        QTest::newRow("custom") << "POSTMAN"_ba << true;
        QTest::newRow("GET") << "GET"_ba << false;
        QTest::newRow("DELETE") << "DELETE"_ba << false;
    }
    void emptyBodySaysContentLengthZero()
    {
        QFETCH(QByteArray, method);
        QFETCH(bool, announced);
        for (const bool direct : {true, false}) {
            HttpClient client;
            client.setDirectHttpEnabled(direct);
            HttpRequest request;
            request.method = method;
            request.url = m_server.url(u"/echo"_s);
            Exchange *exchange = client.send(request);
            QSignalSpy spy(exchange, &Exchange::finished);
            QVERIFY(spy.wait(10000));
            QCOMPARE(m_server.requests().last().header("content-length"), announced ? "0"_ba : QByteArray());
        }
    }

    // A HEAD over Qt's stack as well: a response announcing a length comes without that body.
    void headOverBothPaths()
    {
        m_server.setRawRoute(u"/front"_s, [](QTcpSocket *socket, const TestServer::Request &) {
            socket->write("HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Length: 1234\r\n\r\n");
        });
        for (const bool direct : {true, false}) {
            HttpClient client;
            client.setDirectHttpEnabled(direct);
            HttpRequest request;
            request.method = "HEAD"_ba;
            request.url = m_server.url(u"/front"_s);
            request.timeout = std::chrono::milliseconds(5000);
            Exchange *exchange = client.send(request);
            QSignalSpy spy(exchange, &Exchange::finished);
            QVERIFY(spy.wait(10000));
            const ExchangeResult r = spy.first().first().value<ExchangeResult>();
            QVERIFY2(r.ok(), r.error ? qPrintable(r.error->message) : "");
            QCOMPARE(r.response->statusCode, 200);
            QVERIFY(r.response->body.isEmpty());
        }
    }

    void credentialsDoNotFollowRedirectToAnotherOrigin()
    {
        TestServer other;
        QVERIFY(other.listen());
        HttpRequest request;
        request.headers = {{"Authorization"_ba, "Bearer fake-token"_ba},
                           {"Ocp-Apim-Subscription-Key"_ba, "fake-key-0000"_ba},
                           {"X-Keep"_ba, "yes"_ba}};
        request.url = m_server.url(u"/redirect-to?url="_s + QString::fromLatin1(QUrl::toPercentEncoding(other.url(u"/echo"_s).toString())));
        const ExchangeResult r = sendAndWait(request);
        QVERIFY(r.ok());
        QCOMPARE(other.requests().size(), 1);
        QCOMPARE(other.requests().first().header("authorization"), QByteArray());
        QCOMPARE(other.requests().first().header("ocp-apim-subscription-key"), QByteArray());
        QCOMPARE(other.requests().first().header("x-keep"), "yes"_ba);

        // Same origin keeps them.
        request.url = m_server.url(u"/redirect/0"_s);
        QVERIFY(sendAndWait(request).ok());
        QCOMPARE(m_server.requests().last().header("authorization"), "Bearer fake-token"_ba);
    }

    void connectionRefusedIsATransportError()
    {
        quint16 port = 0;
        {
            QTcpServer probe;
            QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
            port = probe.serverPort();
        }
        HttpRequest request;
        request.url = QUrl(u"http://127.0.0.1:%1/"_s.arg(port));
        const ExchangeResult r = sendAndWait(request);
        QVERIFY(!r.ok());
        QCOMPARE(r.error->code, Error::Code::ConnectionRefused);
        QVERIFY(r.error->message.contains(QString::number(port)));
    }

    void timeoutEndsAStalledExchange()
    {
        HttpRequest request;
        request.url = m_server.url(u"/stall"_s);
        request.timeout = std::chrono::milliseconds(300);
        const ExchangeResult r = sendAndWait(request);
        QVERIFY(!r.ok());
        QCOMPARE(r.error->code, Error::Code::Timeout);
        QVERIFY(r.timings.total() >= 300);
    }

    void cancelEndsAnExchangeInFlight()
    {
        HttpRequest request;
        request.url = m_server.url(u"/stall"_s);
        Exchange *exchange = m_client.send(request);
        QSignalSpy finished(exchange, &Exchange::finished);
        QSignalSpy arrived(&m_server, &TestServer::requestReceived);
        QVERIFY(arrived.wait(5000));
        QVERIFY(!exchange->isFinished());
        exchange->cancel();
        QTRY_COMPARE(finished.size(), 1);
        const auto r = finished.first().first().value<ExchangeResult>();
        QCOMPARE(r.error->code, Error::Code::Cancelled);
        exchange->cancel(); // a second cancel is harmless and emits nothing
        QTest::qWait(20);
        QCOMPARE(finished.size(), 1);
        delete exchange;
    }

    void cancelBeforeStartFinishesOnce()
    {
        HttpRequest request;
        request.url = m_server.url(u"/echo"_s);
        Exchange *exchange = m_client.send(request);
        QSignalSpy finished(exchange, &Exchange::finished);
        exchange->cancel();
        QTRY_COMPARE(finished.size(), 1);
        QTest::qWait(50);
        QCOMPARE(finished.size(), 1);
        QCOMPARE(finished.first().first().value<ExchangeResult>().error->code, Error::Code::Cancelled);
        delete exchange;
    }

    void invalidUrlIsReported()
    {
        HttpRequest request;
        request.url = QUrl(u"ftp://example.invalid/file"_s);
        const ExchangeResult r = sendAndWait(request);
        QCOMPARE(r.error->code, Error::Code::InvalidUrl);
        QVERIFY(r.error->message.contains(u"ftp://example.invalid/file"_s));
    }

    void gzipBodiesAreDecoded()
    {
        HttpRequest request;
        request.url = m_server.url(u"/gzip"_s);
        const ExchangeResult r = sendAndWait(request);
        QVERIFY(r.ok());
        // postman-echo's document, decoded: it names the encoding the client accepted.
        QCOMPARE(json(r).value(u"gzipped"_s), QJsonValue(true));
        QCOMPARE(json(r).value(u"headers"_s).toObject().value(u"accept-encoding"_s).toString().toLatin1(), acceptedEncodings());
        QCOMPARE(r.response->encodedBodySize, TestServer::gzip(r.response->body).size());
        QVERIFY(r.response->decodingProblem.isEmpty());
        QCOMPARE(m_server.requests().last().header("accept-encoding"), acceptedEncodings());
    }

    void decompressionIsCapped()
    {
        HttpRequest request;
        request.url = m_server.url(u"/bomb"_s);
        request.maxDecodedBodySize = 1024 * 1024;
        const ExchangeResult r = sendAndWait(request);
        QVERIFY(r.ok());
        QVERIFY2(r.response->decodingProblem.contains(u"decompressed"_s), qPrintable(r.response->decodingProblem));
        QCOMPARE(r.response->body.size(), r.response->encodedBodySize); // left as received
        QVERIFY(r.response->body.size() < 1024 * 1024);
    }

    void timingsAreOrdered()
    {
        HttpRequest request;
        request.url = m_server.url(u"/slow?ms=50"_s);
        const ExchangeResult r = sendAndWait(request);
        QVERIFY(r.ok());
        const Timings &t = r.timings;
        QVERIFY(t.requestSent >= 0);
        QVERIFY(t.firstByte >= t.requestSent);
        QVERIFY(t.finished >= t.firstByte);
        QVERIFY2(t.waiting() >= 40, qPrintable(QString::number(t.waiting())));
    }
};

QTEST_GUILESS_MAIN(TestHttpClient)
#include "tst_httpclient.moc"
