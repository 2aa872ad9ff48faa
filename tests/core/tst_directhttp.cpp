// SPDX-License-Identifier: GPL-3.0-or-later
// The direct HTTP/1.1 path (core/http/directhttp.cpp) against a raw loopback server that records
// every byte and every connection: the same bytes on the wire as Qt's stack, the same response as
// Exchange saw it through Qt, keep-alive reuse, Connection: close, a retry after the server closed
// a kept-alive connection, strict chunked decoding and the header limit.
#include "exchangewait.h"
#include "http/directhttp.h"
#include "http/httpclient.h"

#include <QFile>
#include <QNetworkCookie>
#include <QNetworkCookieJar>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace gatehouse;

namespace {

// Requests arrive whole (head, then a body of Content-Length bytes); the handler answers with the
// bytes to write, and whether to close the connection afterwards.
class RawServer : public QObject
{
public:
    struct Arrival {
        int connection = 0;
        int index = 0; // on that connection
        QByteArray raw;
    };
    struct Answer {
        QByteArray bytes;
        bool close = false;
    };
    using Handler = std::function<Answer(const Arrival &)>;

    RawServer()
    {
        QObject::connect(&m_server, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *socket = m_server.nextPendingConnection()) {
                const int id = ++m_connections;
                auto buffer = std::make_shared<QByteArray>();
                auto index = std::make_shared<int>(0);
                QObject::connect(socket, &QTcpSocket::readyRead, this, [this, socket, id, buffer, index] {
                    *buffer += socket->readAll();
                    for (;;) {
                        const qsizetype end = buffer->indexOf("\r\n\r\n");
                        if (end < 0)
                            return;
                        qint64 length = 0;
                        for (const QByteArray &line : buffer->left(end).split('\n')) {
                            if (line.toLower().startsWith("content-length:"))
                                length = line.mid(15).trimmed().toLongLong();
                        }
                        if (buffer->size() < end + 4 + length)
                            return;
                        Arrival arrival{id, (*index)++, buffer->left(end + 4 + length)};
                        buffer->remove(0, end + 4 + length);
                        arrivals.append(arrival);
                        const Answer answer = handler(arrival);
                        socket->write(answer.bytes);
                        if (answer.close) {
                            socket->disconnectFromHost();
                            return;
                        }
                    }
                });
                QObject::connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
            }
        });
    }
    bool listen() { return m_server.listen(QHostAddress::LocalHost); }
    QUrl url(const QString &path) const { return QUrl(u"http://127.0.0.1:%1%2"_s.arg(m_server.serverPort()).arg(path)); }
    int connections() const { return m_connections; }

    Handler handler = [](const Arrival &) { return Answer{"HTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\nok"_ba}; };
    QList<Arrival> arrivals;

private:
    QTcpServer m_server;
    int m_connections = 0;
};

ExchangeResult sendAndWait(HttpClient &client, const HttpRequest &request)
{
    return test::sendAndWait(client, request, std::chrono::seconds(15));
}

QString describe(const ExchangeResult &r)
{
    if (r.error)
        return r.error->message;
    return r.response ? u"status %1"_s.arg(r.response->statusCode) : u"no response"_s;
}

HttpAccessManager *managerOf(HttpClient &client)
{
    return qobject_cast<HttpAccessManager *>(client.networkAccessManager());
}

} // namespace

// The message with its header names in lower case (request line and body as they are): Qt's stack
// (6.7+) writes names in lower case, the direct path as they were written.
QByteArray lowerHeaderNames(const QByteArray &raw)
{
    const qsizetype end = raw.indexOf("\r\n\r\n");
    QList<QByteArray> lines = raw.left(end).split('\n');
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const qsizetype colon = lines[i].indexOf(':');
        lines[i] = lines[i].left(colon).toLower() + lines[i].mid(colon);
    }
    return lines.join('\n') + raw.mid(end);
}

class TestDirectHttp : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    // The request through one path; the bytes that arrived, with the multipart boundary made fixed.
    QByteArray wireBytes(bool direct, const HttpRequest &request, ExchangeResult *result = nullptr)
    {
        RawServer server;
        if (!server.listen())
            qFatal("cannot listen");
        HttpClient client;
        client.setDirectHttpEnabled(direct);
        HttpRequest r = request;
        r.url = server.url(request.url.toString(QUrl::FullyEncoded));
        const ExchangeResult got = sendAndWait(client, r);
        if (result)
            *result = got;
        if (server.arrivals.size() != 1)
            return "requests: " + QByteArray::number(server.arrivals.size());
        QByteArray raw = server.arrivals.first().raw;
        raw.replace(QByteArray("127.0.0.1:" + QByteArray::number(r.url.port())), "127.0.0.1:PORT");
        const qsizetype at = raw.indexOf("boundary=");
        if (at >= 0) {
            const QByteArray boundary = raw.mid(at + 9, raw.indexOf("\r\n", at) - at - 9);
            raw.replace(boundary, "BOUNDARY");
        }
        // Qt's pool and ours keep the connection; what matters is which path sent it.
        if (!hasHeader(request.headers, "connection") && direct != (managerOf(client)->idleDirectConnections() == 1))
            return "the direct path was " + QByteArray(direct ? "not " : "") + "used";
        return raw;
    }

private Q_SLOTS:
    void initTestCase()
    {
        qRegisterMetaType<ExchangeResult>();
        QVERIFY(m_dir.isValid());
    }

    void environmentSwitch()
    {
        const QByteArray before = qgetenv("GATEHOUSE_HTTP_QT");
        qputenv("GATEHOUSE_HTTP_QT", "1");
        {
            HttpClient client;
            QVERIFY(!client.isDirectHttpEnabled());
        }
        qunsetenv("GATEHOUSE_HTTP_QT");
        {
            HttpClient client;
            QVERIFY(client.isDirectHttpEnabled());
        }
        if (!before.isNull())
            qputenv("GATEHOUSE_HTTP_QT", before);
    }

    void sameBytesOnTheWireAsQt_data()
    {
        QTest::addColumn<QByteArray>("kind");
        QTest::newRow("GET with headers") << "get"_ba;
        QTest::newRow("dot segments and encoded query") << "path"_ba;
        QTest::newRow("POST body") << "post"_ba;
        QTest::newRow("custom method") << "custom"_ba;
        QTest::newRow("body from a binary file") << "file"_ba;
        QTest::newRow("multipart with a file") << "multipart"_ba;
        QTest::newRow("user's Host, Connection and User-Agent") << "own"_ba;
        QTest::newRow("cookies from the jar") << "cookies"_ba;
    }
    void sameBytesOnTheWireAsQt()
    {
        QFETCH(QByteArray, kind);
        HttpRequest request;
        request.url = QUrl(u"/echo?q=1"_s);
        request.headers = {{"X-Trace"_ba, "abc"_ba}, {"X-Multi"_ba, "one"_ba}, {"x-multi"_ba, "two"_ba},
                           {"Ocp-Apim-Subscription-Key"_ba, "fake-key-0000"_ba}};
        if (kind == "path") {
            request.url = QUrl::fromEncoded("/a/./b/../c%20d?x=%20y&z=%2F");
        } else if (kind == "post") {
            request.method = "POST"_ba;
            request.headers.append({"Content-Type"_ba, "application/json"_ba});
            request.body = "{\"a\":1}"_ba;
        } else if (kind == "custom") {
            request.method = "PURGE"_ba;
        } else if (kind == "file") {
            QFile file(m_dir.filePath(u"blob.bin"_s));
            QVERIFY(file.open(QIODevice::WriteOnly));
            QByteArray blob(300000, '\0');
            for (qsizetype i = 0; i < blob.size(); ++i)
                blob[i] = char(i * 7);
            file.write(blob);
            file.close();
            request.method = "PUT"_ba;
            request.bodyFile = file.fileName();
        } else if (kind == "multipart") {
            QFile file(m_dir.filePath(u"photo.png"_s));
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(QByteArray(70000, '\x89'));
            file.close();
            request.method = "POST"_ba;
            request.multipart = {{"title"_ba, "Ümlaut ok"_ba, {}, {}, {}}, {"photo"_ba, {}, file.fileName(), "image/png"_ba, {}}};
        } else if (kind == "own") {
            request.headers.append({"Host"_ba, "api.example.test"_ba});
            request.headers.append({"Connection"_ba, "close"_ba});
            request.headers.append({"User-Agent"_ba, "curl/8.0"_ba});
        }
        const auto bytes = [&](bool direct, ExchangeResult *result) {
            if (kind != "cookies")
                return wireBytes(direct, request, result);
            return QByteArray(); // below
        };
        if (kind == "cookies") {
            // The jar's cookies go out as Exchange merges them, on both paths alike.
            QNetworkCookieJar jar;
            QByteArray wire[2];
            for (int direct = 0; direct < 2; ++direct) {
                RawServer server;
                QVERIFY(server.listen());
                HttpClient client;
                client.setDirectHttpEnabled(direct == 1);
                client.setCookieJar(&jar);
                jar.setCookiesFromUrl({QNetworkCookie("session", "fake-session-0000")}, server.url(u"/"_s));
                HttpRequest r = request;
                r.url = server.url(u"/echo"_s);
                QVERIFY(sendAndWait(client, r).ok());
                wire[direct] = server.arrivals.first().raw.replace(QByteArray("127.0.0.1:" + QByteArray::number(r.url.port())), "127.0.0.1:PORT");
            }
            QVERIFY(wire[1].contains("\r\nCookie: session=fake-session-0000\r\n"));
            QCOMPARE(lowerHeaderNames(wire[1]), lowerHeaderNames(wire[0]));
            return;
        }
        ExchangeResult viaQt, viaDirect;
        const QByteArray qt = bytes(false, &viaQt);
        const QByteArray direct = bytes(true, &viaDirect);
        QVERIFY2(viaDirect.ok(), qPrintable(describe(viaDirect)));
        // The same bytes but for the case of header names: the direct path writes them as written.
        QCOMPARE(lowerHeaderNames(direct), lowerHeaderNames(qt));
        QVERIFY(direct.contains("\r\nX-Trace: abc\r\n"));
        QVERIFY(direct.contains("\r\nX-Multi: one, two\r\n"));
        QVERIFY(direct.contains("\r\nHost: "));
        QVERIFY(direct.contains("\r\nUser-Agent: "));
        if (kind == "multipart") {
            // The part headers as curl and Postman write them, on both paths, and no MIME-Version.
            QVERIFY(qt.contains("\r\nContent-Disposition: form-data; name=\"photo\"; filename=\"photo.png\"\r\nContent-Type: image/png\r\n"));
            QVERIFY(!qt.toLower().contains("mime-version"));
        }
        // And "request as sent" records what went on the wire, names spelled as they went out.
        QMap<QByteArray, QByteArray> recorded, onTheWire;
        for (const auto &[n, v] : viaDirect.request.headers)
            recorded.insert(n, v.startsWith("127.0.0.1:") ? "127.0.0.1:PORT"_ba : v);
        const QByteArray head = direct.left(direct.indexOf("\r\n\r\n"));
        for (const QByteArray &line : head.split('\n').mid(1)) {
            const qsizetype colon = line.indexOf(':');
            onTheWire.insert(line.left(colon), line.mid(colon + 1).trimmed());
        }
        if (kind == "multipart") {
            onTheWire.remove("Content-Type");
            recorded.remove("Content-Type");
        }
        QCOMPARE(recorded, onTheWire);
    }

    void sameResponseAsQt_data()
    {
        QTest::addColumn<QByteArray>("response");
        QTest::newRow("repeated fields and cookies")
            << "HTTP/1.1 201 Created Here\r\nContent-Type: text/plain\r\nX-Dup: one\r\nSet-Cookie: a=1; Path=/\r\nx-dup: two\r\n"
               "Set-Cookie: b=2; Path=/\r\nContent-Length: 5\r\n\r\nhello"_ba;
        QTest::newRow("chunked with extensions and trailers")
            << "HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n5;ext=1\r\nhello\r\n6\r\n world\r\n0\r\nX-Trailer: t\r\n\r\n"_ba;
        QTest::newRow("100 Continue first") << "HTTP/1.1 100 Continue\r\n\r\nHTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\nok"_ba;
        QTest::newRow("no reason phrase") << "HTTP/1.1 204\r\nX-A: b\r\n\r\n"_ba;
        QTest::newRow("gzip stays encoded for Exchange to decode")
            << "HTTP/1.1 200 OK\r\nContent-Encoding: gzip\r\nContent-Length: 25\r\n\r\n"_ba
                   + QByteArray::fromHex("1f8b0800000000000203cb48cdc9c9070086a6103605000000");
    }
    void sameResponseAsQt()
    {
        QFETCH(QByteArray, response);
        ExchangeResult results[2];
        for (int direct = 0; direct < 2; ++direct) {
            RawServer server;
            QVERIFY(server.listen());
            server.handler = [&](const RawServer::Arrival &) { return RawServer::Answer{response}; };
            HttpClient client;
            client.setDirectHttpEnabled(direct == 1);
            QNetworkCookieJar jar;
            client.setCookieJar(&jar);
            HttpRequest request;
            request.url = server.url(u"/x"_s);
            results[direct] = sendAndWait(client, request);
            QVERIFY2(results[direct].ok(), qPrintable(describe(results[direct])));
            if (response.contains("Set-Cookie"))
                QCOMPARE(jar.cookiesForUrl(request.url).size(), 2);
        }
        const HttpResponse &qt = *results[0].response;
        const HttpResponse &direct = *results[1].response;
        QCOMPARE(direct.statusCode, qt.statusCode);
        QCOMPARE(direct.reasonPhrase, qt.reasonPhrase);
        QCOMPARE(direct.headers, qt.headers);
        QCOMPARE(direct.body, qt.body);
        QCOMPARE(direct.encodedBodySize, qt.encodedBodySize);
    }

    // HttpRequest::target (the resolver's "as written, Postman's encoding") goes out byte for byte
    // on the direct path; Qt's stack sends the QUrl's own encoding. A target that no longer
    // describes the URL (a query parameter added after resolving) is not used.
    void targetAsWrittenOnTheDirectPath_data()
    {
        QTest::addColumn<QByteArray>("target");
        QTest::addColumn<bool>("describesUrl");
        QTest::newRow("dot segments, | ^ and a bare %") << "/a/./b//|/^/%/%2a?x&&y=%2f"_ba << true;
        QTest::newRow("empty query") << "/get?"_ba << true;
        QTest::newRow("only dot segments") << "/a/./b/../c"_ba << true;
        QTest::newRow("stale: url changed after") << "/a/./b"_ba << false;
    }
    void targetAsWrittenOnTheDirectPath()
    {
        QFETCH(QByteArray, target);
        QFETCH(bool, describesUrl);
        for (const bool direct : {true, false}) {
            RawServer server;
            QVERIFY(server.listen());
            HttpClient client;
            client.setDirectHttpEnabled(direct);
            HttpRequest request;
            request.target = target;
            QByteArray forUrl = target;
            forUrl.replace("/%/", "/%25/");
            request.url = QUrl::fromEncoded(QByteArray(server.url(QString()).toEncoded() + forUrl), QUrl::TolerantMode);
            if (!describesUrl)
                request.url.setQuery(u"added=1"_s);
            const ExchangeResult result = sendAndWait(client, request);
            QVERIFY2(result.response, qPrintable(describe(result)));
            QCOMPARE(server.arrivals.size(), 1);
            const QByteArray line = server.arrivals.first().raw.left(server.arrivals.first().raw.indexOf("\r\n"));
            const QByteArray qtTarget = request.url.toEncoded(QUrl::RemoveScheme | QUrl::RemoveAuthority | QUrl::NormalizePathSegments);
            QCOMPARE(line, "GET " + (direct && describesUrl ? target : qtTarget) + " HTTP/1.1");
        }
    }

    // A host rewrite moves the connection, not the request: the Host header names the host the
    // URL was written for (the rewrite goes to an IP address), the recorded request keeps that
    // URL, and a redirect back to that host is rewritten too. On both paths.
    void hostRewriteKeepsHostAndFollowsRedirects()
    {
        for (const bool direct : {true, false}) {
            RawServer server;
            QVERIFY(server.listen());
            server.handler = [](const RawServer::Arrival &a) {
                if (a.raw.startsWith("GET /start "))
                    return RawServer::Answer{"HTTP/1.1 302 Found\r\nLocation: https://api.example.test/next?x=1\r\nContent-Length: 0\r\n\r\n"_ba};
                return RawServer::Answer{"HTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\nok"_ba};
            };
            HttpClient client;
            client.setDirectHttpEnabled(direct);
            HttpRequest request;
            request.url = QUrl(u"https://api.example.test/start"_s);
            request.hostRewrites = {{u"api.example.test"_s, u"http://127.0.0.1:%1"_s.arg(server.url(QString()).port())}};
            const ExchangeResult result = sendAndWait(client, request);
            QVERIFY2(result.response && result.response->statusCode == 200, qPrintable(describe(result)));
            QCOMPARE(server.arrivals.size(), 2);
            for (const RawServer::Arrival &a : std::as_const(server.arrivals))
                QVERIFY2(a.raw.toLower().contains("\r\nhost: api.example.test\r\n"), a.raw.constData());
            QVERIFY(server.arrivals.at(1).raw.startsWith("GET /next?x=1 HTTP/1.1"));
            QCOMPARE(result.request.url, QUrl(u"https://api.example.test/next?x=1"_s));
            QCOMPARE(headerValue(result.request.headers, "host"), "api.example.test"_ba);
        }
    }

    void keepAliveReusesOneConnection()
    {
        RawServer server;
        QVERIFY(server.listen());
        HttpClient client;
        for (int i = 0; i < 3; ++i) {
            HttpRequest request;
            request.url = server.url(u"/k%1"_s.arg(i));
            QVERIFY(sendAndWait(client, request).ok());
        }
        QCOMPARE(server.arrivals.size(), 3);
        QCOMPARE(server.connections(), 1);
        QCOMPARE(server.arrivals.at(2).index, 2);
        QCOMPARE(managerOf(client)->idleDirectConnections(), 1);
    }

    void connectionCloseIsHonoured()
    {
        RawServer server;
        QVERIFY(server.listen());
        server.handler = [](const RawServer::Arrival &) {
            return RawServer::Answer{"HTTP/1.1 200 OK\r\nConnection: close\r\nContent-Length: 2\r\n\r\nok"_ba, true};
        };
        HttpClient client;
        for (int i = 0; i < 2; ++i) {
            HttpRequest request;
            request.url = server.url(u"/c"_s);
            const ExchangeResult r = sendAndWait(client, request);
            QVERIFY2(r.ok(), qPrintable(describe(r)));
            QCOMPARE(r.response->body, "ok"_ba);
        }
        QCOMPARE(server.connections(), 2);
        QCOMPARE(managerOf(client)->idleDirectConnections(), 0);

        // The user's own Connection: close, and an HTTP/1.0 answer without keep-alive, end the connection too.
        server.handler = [](const RawServer::Arrival &) { return RawServer::Answer{"HTTP/1.0 200 OK\r\nContent-Length: 2\r\n\r\nok"_ba}; };
        HttpRequest request;
        request.url = server.url(u"/c"_s);
        QVERIFY(sendAndWait(client, request).ok());
        QCOMPARE(managerOf(client)->idleDirectConnections(), 0);
        server.handler = RawServer().handler;
        request.headers = {{"Connection"_ba, "close"_ba}};
        QVERIFY(sendAndWait(client, request).ok());
        QCOMPARE(managerOf(client)->idleDirectConnections(), 0);
        QCOMPARE(server.connections(), 4);
    }

    void idleConnectionClosedByServerIsRetriedOnce_data()
    {
        QTest::addColumn<QByteArray>("method");
        QTest::addColumn<bool>("retried");
        QTest::newRow("GET is retried") << "GET"_ba << true;
        QTest::newRow("PUT is retried") << "PUT"_ba << true;
        QTest::newRow("POST is not") << "POST"_ba << false;
    }
    void idleConnectionClosedByServerIsRetriedOnce()
    {
        QFETCH(QByteArray, method);
        QFETCH(bool, retried);
        RawServer server;
        QVERIFY(server.listen());
        // The second request on a connection finds it closed: the server gave up on it as it arrived.
        server.handler = [](const RawServer::Arrival &a) {
            if (a.index == 1)
                return RawServer::Answer{{}, true};
            return RawServer::Answer{"HTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\nok"_ba};
        };
        HttpClient client;
        HttpRequest first;
        first.url = server.url(u"/first"_s);
        QVERIFY(sendAndWait(client, first).ok());
        HttpRequest second;
        second.method = method;
        second.url = server.url(u"/second"_s);
        if (method != "GET")
            second.body = "payload"_ba;
        const ExchangeResult r = sendAndWait(client, second);
        if (retried) {
            QVERIFY2(r.ok(), qPrintable(describe(r)));
            QCOMPARE(server.connections(), 2);
            QCOMPARE(server.arrivals.size(), 3);
            QVERIFY(server.arrivals.last().raw.startsWith(QByteArray(method + " /second")));
            if (method == "PUT")
                QVERIFY(server.arrivals.last().raw.endsWith("\r\n\r\npayload"));
        } else {
            QVERIFY(!r.ok());
            QCOMPARE(r.error->code, Error::Code::RemoteClosed);
            QCOMPARE(server.connections(), 1);
            QCOMPARE(server.arrivals.size(), 2); // sent once, never twice
        }
    }

    void brokenBodiesAreErrors_data()
    {
        QTest::addColumn<QByteArray>("response");
        QTest::addColumn<QString>("says");
        QTest::newRow("chunk size not hex") << "HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n5\r\nhello\r\nxyz\r\n"_ba << u"is not a chunk size"_s;
        QTest::newRow("empty chunk size") << "HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n\r\nhello\r\n"_ba << u"is not a chunk size"_s;
        QTest::newRow("no CRLF after chunk data") << "HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n5\r\nhelloXY0\r\n\r\n"_ba
                                                  << u"longer than its size"_s;
        QTest::newRow("closed inside a chunk") << "HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n5\r\nhello\r\n100\r\nabc"_ba
                                               << u"middle of a chunked body"_s;
        QTest::newRow("closed before the last chunk") << "HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n5\r\nhello\r\n"_ba
                                                      << u"middle of a chunked body"_s;
        QTest::newRow("shorter than Content-Length") << "HTTP/1.1 200 OK\r\nContent-Length: 10\r\n\r\nhello"_ba << u"5 of the 10 bytes"_s;
        QTest::newRow("invalid Content-Length") << "HTTP/1.1 200 OK\r\nContent-Length: 1x\r\n\r\nhello"_ba << u"invalid Content-Length"_s;
        QTest::newRow("not HTTP") << "SSH-2.0-OpenSSH_9.6\r\n"_ba << u"did not answer with an HTTP/1 status line"_s;
        QTest::newRow("closed in the headers") << "HTTP/1.1 200 OK\r\nContent-Ty"_ba << u"closed the connection before answering"_s;
    }
    void brokenBodiesAreErrors()
    {
        QFETCH(QByteArray, response);
        QFETCH(QString, says);
        RawServer server;
        QVERIFY(server.listen());
        server.handler = [&](const RawServer::Arrival &) { return RawServer::Answer{response, true}; };
        HttpClient client;
        HttpRequest request;
        request.url = server.url(u"/broken"_s);
        const ExchangeResult r = sendAndWait(client, request);
        QVERIFY2(!r.ok(), "a broken response was taken as complete");
        QVERIFY2(r.error->message.contains(says), qPrintable(r.error->message));
        QVERIFY2(r.error->message.contains(u"127.0.0.1"_s), qPrintable(r.error->message));
        QCOMPARE(managerOf(client)->idleDirectConnections(), 0);
    }

    void bodyUntilCloseAndHead()
    {
        RawServer server;
        QVERIFY(server.listen());
        server.handler = [](const RawServer::Arrival &a) {
            if (a.raw.startsWith("HEAD"))
                return RawServer::Answer{"HTTP/1.1 200 OK\r\nContent-Length: 1000\r\n\r\n"_ba};
            return RawServer::Answer{"HTTP/1.0 200 OK\r\nContent-Type: text/plain\r\n\r\nuntil the end"_ba, true};
        };
        HttpClient client;
        HttpRequest request;
        request.url = server.url(u"/close"_s);
        ExchangeResult r = sendAndWait(client, request);
        QVERIFY2(r.ok(), qPrintable(describe(r)));
        QCOMPARE(r.response->body, "until the end"_ba);
        request.method = "HEAD"_ba;
        r = sendAndWait(client, request); // answered at once: no body follows a HEAD
        QVERIFY2(r.ok(), qPrintable(describe(r)));
        QCOMPARE(r.response->body, QByteArray());
        QCOMPARE(managerOf(client)->idleDirectConnections(), 1);
    }

    void headersBeyondTheLimitAreAClearError()
    {
        RawServer server;
        QVERIFY(server.listen());
        server.handler = [](const RawServer::Arrival &) {
            QByteArray out = "HTTP/1.1 200 OK\r\n"_ba;
            const QByteArray line = "X-Big: " + QByteArray(1000, 'b') + "\r\n";
            while (out.size() <= HttpAccessManager::kMaxHeaderBytes)
                out += line;
            return RawServer::Answer{out + "Content-Length: 2\r\n\r\nok", true};
        };
        HttpClient client;
        HttpRequest request;
        request.url = server.url(u"/big-headers"_s);
        const ExchangeResult r = sendAndWait(client, request);
        QVERIFY(!r.ok());
        QVERIFY2(r.error->message.contains(u"response headers from 127.0.0.1 are larger than 4 MB"_s), qPrintable(r.error->message));
    }

    void proxiedRequestsGoThroughQt()
    {
        // The raw server plays the proxy: Qt sends it the absolute URL; the direct path is not used.
        RawServer proxy;
        QVERIFY(proxy.listen());
        HttpClient client;
        ProxySettings settings;
        settings.mode = ProxySettings::Mode::Manual;
        settings.proxy = QUrl(u"http://127.0.0.1:%1"_s.arg(proxy.url(u"/"_s).port()));
        client.setProxySettings(settings);
        HttpRequest request;
        request.url = QUrl(u"http://api.example.test/via-proxy"_s);
        const ExchangeResult r = sendAndWait(client, request);
        QVERIFY2(r.ok(), qPrintable(describe(r)));
        QCOMPARE(proxy.arrivals.size(), 1);
        QVERIFY2(proxy.arrivals.first().raw.startsWith("GET http://api.example.test/via-proxy HTTP/1.1"), proxy.arrivals.first().raw.constData());
        QCOMPARE(managerOf(client)->idleDirectConnections(), 0);
    }

    void largeUploadAndDownloadStream()
    {
        // 20 MB up from a file and 20 MB down into a file, through the bounded buffers.
        const qint64 size = 20 * 1024 * 1024;
        QFile file(m_dir.filePath(u"up.bin"_s));
        QVERIFY(file.open(QIODevice::WriteOnly));
        const QByteArray block(1024 * 1024, 'u');
        for (qint64 i = 0; i < size / block.size(); ++i)
            file.write(block);
        file.close();
        RawServer server;
        QVERIFY(server.listen());
        server.handler = [size](const RawServer::Arrival &a) {
            const bool complete = a.raw.size() > size && a.raw.endsWith(QByteArray(100, 'u'));
            return RawServer::Answer{"HTTP/1.1 200 OK\r\nContent-Length: " + QByteArray::number(size) + "\r\n\r\n"
                                     + QByteArray(size, complete ? 'd' : 'x')};
        };
        HttpClient client;
        HttpRequest request;
        request.method = "POST"_ba;
        request.url = server.url(u"/updown"_s);
        request.bodyFile = file.fileName();
        request.bodyOutputFile = m_dir.filePath(u"down.bin"_s);
        Exchange *exchange = client.send(request);
        QSignalSpy progress(exchange, &Exchange::progressed);
        QSignalSpy finished(exchange, &Exchange::finished);
        QVERIFY(finished.wait(60000));
        const auto r = finished.first().first().value<ExchangeResult>();
        exchange->deleteLater();
        QVERIFY2(r.ok(), qPrintable(describe(r)));
        QCOMPARE(r.response->bodyFileSize, size);
        QVERIFY(!progress.isEmpty());
        QFile down(request.bodyOutputFile);
        QVERIFY(down.open(QIODevice::ReadOnly));
        QCOMPARE(down.size(), size);
        QVERIFY(down.read(16) == QByteArray(16, 'd'));
        QVERIFY(server.arrivals.first().raw.contains(QByteArray("Content-Length: " + QByteArray::number(size) + "\r\n")));
    }
};

QTEST_GUILESS_MAIN(TestDirectHttp)
#include "tst_directhttp.moc"
