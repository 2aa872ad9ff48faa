// SPDX-License-Identifier: GPL-3.0-or-later
#include "testserver.h"

#include <QCryptographicHash>
#include <QHash>
#include <QJsonArray>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMessageAuthenticationCode>
#include <QPointer>
#include <QSslCertificate>
#include <QSslSocket>
#include <QTcpSocket>
#include <QTimer>
#include <QUrlQuery>

#include <zlib.h>

#include <algorithm>

#if GATEHOUSE_TEST_HAVE_BROTLI
#include <brotli/encode.h>
#endif

using namespace Qt::StringLiterals;

namespace gatehouse::test {

namespace {

QByteArray reason(int status)
{
    switch (status) {
    case 200: return "OK"_ba;
    case 201: return "Created"_ba;
    case 204: return "No Content"_ba;
    case 301: return "Moved Permanently"_ba;
    case 302: return "Found"_ba;
    case 303: return "See Other"_ba;
    case 307: return "Temporary Redirect"_ba;
    case 308: return "Permanent Redirect"_ba;
    case 400: return "Bad Request"_ba;
    case 401: return "Unauthorized"_ba;
    case 403: return "Forbidden"_ba;
    case 404: return "Not Found"_ba;
    case 429: return "Too Many Requests"_ba;
    case 500: return "Internal Server Error"_ba;
    case 503: return "Service Unavailable"_ba;
    default: return "Status"_ba;
    }
}

void respond(QTcpSocket *socket, int status, const QByteArray &contentType, const QByteArray &body,
             const QList<std::pair<QByteArray, QByteArray>> &extra = {})
{
    QByteArray out = "HTTP/1.1 " + QByteArray::number(status) + ' ' + reason(status) + "\r\n";
    if (!contentType.isEmpty())
        out += "Content-Type: " + contentType + "\r\n";
    for (const auto &[n, v] : extra)
        out += n + ": " + v + "\r\n";
    out += "Content-Length: " + QByteArray::number(body.size()) + "\r\nConnection: close\r\n\r\n" + body;
    socket->write(out);
    socket->disconnectFromHost();
}

// The head of a response to a HEAD request: no body and no length (newman's raw echo server
// closes the connection after the head).
void respondHead(QTcpSocket *socket, int status, const QByteArray &contentType, const QList<std::pair<QByteArray, QByteArray>> &extra)
{
    QByteArray out = "HTTP/1.1 " + QByteArray::number(status) + ' ' + reason(status) + "\r\n";
    if (!contentType.isEmpty())
        out += "Content-Type: " + contentType + "\r\n";
    for (const auto &[n, v] : extra)
        out += n + ": " + v + "\r\n";
    out += "Connection: close\r\n\r\n";
    socket->write(out);
    socket->disconnectFromHost();
}

// The classic TLS server: the socket is handed over before the handshake, so the request that
// follows the handshake always arrives as readyRead (QSslServer hands it over afterwards).
class TlsTcpServer : public QTcpServer
{
public:
    explicit TlsTcpServer(const QSslConfiguration &configuration)
        : m_configuration(configuration)
    {
    }

protected:
    void incomingConnection(qintptr descriptor) override
    {
        auto *socket = new QSslSocket(this);
        if (!socket->setSocketDescriptor(descriptor)) {
            delete socket;
            return;
        }
        socket->setSslConfiguration(m_configuration);
        addPendingConnection(socket);
        socket->startServerEncryption();
    }

private:
    QSslConfiguration m_configuration;
};

// What postman-echo.com answers for /get, /post ... (the routes newman's fixtures use).
// scheme: what url starts with (TestServer::setUrlScheme).
QJsonObject postmanEcho(const TestServer::Request &request, const QString &scheme = QStringLiteral("http"))
{
    const QUrl target(QString::fromLatin1(request.target));
    QJsonObject args;
    for (const auto &[name, value] : QUrlQuery(target).queryItems(QUrl::FullyDecoded)) {
        if (args.contains(name)) {
            QJsonArray values = args.value(name).isArray() ? args.value(name).toArray() : QJsonArray{args.value(name)};
            values.append(value);
            args.insert(name, values);
        } else {
            args.insert(name, value);
        }
    }
    QJsonObject headers;
    for (const auto &[n, v] : request.headers)
        headers.insert(QString::fromLatin1(n).toLower(), QString::fromUtf8(v));
    QJsonObject o{{u"args"_s, args},
                  {u"headers"_s, headers},
                  {u"url"_s, QString(scheme + u"://"_s + QString::fromUtf8(request.header("host")) + QString::fromLatin1(request.target))}};
    if (request.method != "GET" && request.method != "HEAD") {
        const QByteArray type = request.header("content-type");
        QJsonObject form;
        QJsonValue json;
        QJsonValue data = QString::fromUtf8(request.body);
        if (type.startsWith("application/json")) {
            const QJsonDocument doc = QJsonDocument::fromJson(request.body);
            json = doc.isObject() ? QJsonValue(doc.object()) : doc.isArray() ? QJsonValue(doc.array()) : QJsonValue();
            if (!json.isNull())
                data = json;
        } else if (type.startsWith("multipart/form-data")) {
            const QByteArray boundary = "--" + type.mid(type.indexOf("boundary=") + 9).trimmed();
            QJsonObject files;
            QList<QByteArray> parts;
            for (qsizetype at = request.body.indexOf(boundary); at >= 0;) {
                const qsizetype next = request.body.indexOf(boundary, at + boundary.size());
                if (next < 0)
                    break;
                parts.append(request.body.mid(at + boundary.size(), next - at - boundary.size()));
                at = next;
            }
            for (const QByteArray &part : std::as_const(parts)) {
                const qsizetype headerEnd = part.indexOf("\r\n\r\n");
                if (headerEnd < 0)
                    continue;
                const QByteArray head = part.left(headerEnd);
                QByteArray value = part.mid(headerEnd + 4);
                if (value.endsWith("\r\n"))
                    value.chop(2);
                const qsizetype nameAt = head.indexOf("name=\"");
                if (nameAt < 0)
                    continue;
                const QByteArray name = head.mid(nameAt + 6, head.indexOf('"', nameAt + 6) - nameAt - 6);
                if (const qsizetype fileAt = head.indexOf("filename=\""); fileAt >= 0) {
                    // postman-echo keys files by their file name
                    const QByteArray fileName = head.mid(fileAt + 10, head.indexOf('"', fileAt + 10) - fileAt - 10);
                    files.insert(QString::fromUtf8(fileName), QString::fromLatin1("data:application/octet-stream;base64," + value.toBase64()));
                }
                else
                    form.insert(QString::fromUtf8(name), QString::fromUtf8(value));
            }
            data = u""_s;
            o.insert(u"files"_s, files);
        } else if (type.startsWith("application/x-www-form-urlencoded")) {
            for (const auto &[name, value] : QUrlQuery(QString::fromUtf8(request.body).replace(u'+', u' ')).queryItems(QUrl::FullyDecoded))
                form.insert(name, value);
            data = u""_s;
        }
        o.insert(u"data"_s, data);
        o.insert(u"form"_s, form);
        if (!o.contains(u"files"_s))
            o.insert(u"files"_s, QJsonObject{});
        o.insert(u"json"_s, json.isUndefined() ? QJsonValue(QJsonValue::Null) : json);
    }
    return o;
}

// The parameters of an "Authorization: Digest/OAuth …" header (quoted or bare values).
QHash<QByteArray, QByteArray> authParams(const QByteArray &text)
{
    QHash<QByteArray, QByteArray> p;
    static const QRegularExpression param(u"([\\w-]+)=(?:\"([^\"]*)\"|([^,\\s]*))"_s);
    for (auto it = param.globalMatch(QString::fromLatin1(text)); it.hasNext();) {
        const auto m = it.next();
        p.insert(m.captured(1).toLatin1(), (m.capturedLength(2) > 0 ? m.captured(2) : m.captured(3)).toLatin1());
    }
    return p;
}

// RFC 3986 unreserved characters stay, every other byte becomes %XX (RFC 5849 §3.6).
QByteArray oauthEscape(const QByteArray &bytes)
{
    QByteArray out;
    for (const char ch : bytes) {
        const auto c = static_cast<unsigned char>(ch);
        if ((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == '.' || c == '_' || c == '~')
            out += char(c);
        else
            out += '%' + QByteArray::number(c, 16).toUpper().rightJustified(2, '0');
    }
    return out;
}

// Form-style pairs (query or x-www-form-urlencoded body), decoded with '+' as a space.
QList<std::pair<QByteArray, QByteArray>> formPairs(const QByteArray &text)
{
    QList<std::pair<QByteArray, QByteArray>> out;
    for (QByteArray pair : text.split('&')) {
        if (pair.isEmpty())
            continue;
        pair.replace('+', ' ');
        const qsizetype eq = pair.indexOf('=');
        out.append({QByteArray::fromPercentEncoding(eq < 0 ? pair : pair.left(eq)), eq < 0 ? QByteArray() : QByteArray::fromPercentEncoding(pair.mid(eq + 1))});
    }
    return out;
}

} // namespace

QByteArray TestServer::pattern(qint64 size)
{
    QByteArray out(size, Qt::Uninitialized);
    for (qint64 i = 0; i < size; ++i)
        out[i] = char((i * 31 + i / 251) & 0xff); // not periodic within a chunk, still compressible
    return out;
}

bool TestServer::hasBrotli()
{
    return GATEHOUSE_TEST_HAVE_BROTLI;
}

QByteArray TestServer::brotli(const QByteArray &data)
{
#if GATEHOUSE_TEST_HAVE_BROTLI
    size_t size = BrotliEncoderMaxCompressedSize(size_t(data.size()));
    QByteArray out(qsizetype(size), Qt::Uninitialized);
    if (!BrotliEncoderCompress(5, BROTLI_DEFAULT_WINDOW, BROTLI_MODE_GENERIC, size_t(data.size()),
                               reinterpret_cast<const uint8_t *>(data.constData()), &size, reinterpret_cast<uint8_t *>(out.data())))
        return {};
    out.resize(qsizetype(size));
    return out;
#else
    return data;
#endif
}

QByteArray TestServer::gzip(const QByteArray &data)
{
    return deflated(data, 15 + 16);
}

QByteArray TestServer::deflated(const QByteArray &data, int windowBits)
{
    z_stream stream{};
    deflateInit2(&stream, Z_BEST_COMPRESSION, Z_DEFLATED, windowBits, 9, Z_DEFAULT_STRATEGY);
    QByteArray out(qsizetype(deflateBound(&stream, uLong(data.size()))), Qt::Uninitialized);
    stream.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(data.constData()));
    stream.avail_in = uInt(data.size());
    stream.next_out = reinterpret_cast<Bytef *>(out.data());
    stream.avail_out = uInt(out.size());
    deflate(&stream, Z_FINISH);
    out.resize(qsizetype(stream.total_out));
    deflateEnd(&stream);
    return out;
}

qsizetype TestServer::requestCount(QByteArrayView path) const
{
    return std::count_if(m_requests.cbegin(), m_requests.cend(), [&](const Request &r) {
        const qsizetype q = r.target.indexOf('?');
        return QByteArrayView(r.target).first(q < 0 ? r.target.size() : q) == path;
    });
}

QByteArray TestServer::Request::header(QByteArrayView name) const
{
    for (const auto &[n, v] : headers) {
        if (name.compare(n, Qt::CaseInsensitive) == 0)
            return v;
    }
    return {};
}

TestServer::TestServer(QObject *parent)
    : QObject(parent)
{
}

bool TestServer::listen()
{
    m_server = std::make_unique<QTcpServer>();
    connect(m_server.get(), &QTcpServer::newConnection, this, &TestServer::onNewConnection);
    return m_server->listen(QHostAddress::LocalHost, 0);
}

bool TestServer::listenTls(const QSslConfiguration &configuration)
{
    auto server = std::make_unique<TlsTcpServer>(configuration);
    connect(server.get(), &QTcpServer::newConnection, this, &TestServer::onNewConnection);
    m_server = std::move(server);
    m_tls = true;
    return m_server->listen(QHostAddress::LocalHost, 0);
}

QUrl TestServer::url(const QString &pathAndQuery) const
{
    return QUrl(u"%1://127.0.0.1:%2%3"_s.arg(m_tls ? u"https"_s : u"http"_s).arg(port()).arg(pathAndQuery));
}

QByteArray TestServer::jsonDocument()
{
    return R"({"name":"Gatehouse","zeta":1.50,"alpha":[1,2,{"nested":true}],"empty":{},"text":"a, b: {c}"})"_ba;
}

QByteArray TestServer::xmlDocument()
{
    return R"(<?xml version="1.0" encoding="UTF-8"?><order id="7"><item sku="a">One</item><item sku="b">Two</item></order>)"_ba;
}

void TestServer::onNewConnection()
{
    while (QTcpSocket *socket = m_server->nextPendingConnection()) {
        connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
        auto buffer = std::make_shared<QByteArray>();
        const auto onReadyRead = [this, socket, buffer] {
            buffer->append(socket->readAll());
            const qsizetype headerEnd = buffer->indexOf("\r\n\r\n");
            if (headerEnd < 0)
                return;
            Request request;
            const QList<QByteArray> lines = buffer->left(headerEnd).split('\n');
            const QList<QByteArray> requestLine = lines.first().trimmed().split(' ');
            if (requestLine.size() < 2)
                return;
            request.method = requestLine.at(0);
            request.target = requestLine.at(1);
            for (qsizetype i = 1; i < lines.size(); ++i) {
                const QByteArray line = lines.at(i).trimmed();
                const qsizetype colon = line.indexOf(':');
                if (colon > 0)
                    request.headers.append({line.left(colon), line.mid(colon + 1).trimmed()});
            }
            const qsizetype length = request.header("content-length").toLongLong();
            if (buffer->size() < headerEnd + 4 + length)
                return; // wait for the rest of the body
            request.body = buffer->mid(headerEnd + 4, length);
            if (auto *ssl = qobject_cast<QSslSocket *>(socket); ssl && !ssl->peerCertificate().isNull())
                request.clientCertificateName = ssl->peerCertificate().subjectInfo(QSslCertificate::CommonName).join(u',');
            buffer->clear();
            m_requests.append(request);
            Q_EMIT requestReceived();
            serve(socket, request);
        };
        connect(socket, &QTcpSocket::readyRead, this, onReadyRead);
    }
}

void TestServer::serve(QTcpSocket *socket, const Request &request)
{
    if (m_mergeLeadingSlashes && request.target.startsWith("//")) {
        Request merged = request;
        qsizetype slashes = 0;
        while (slashes < merged.target.size() && merged.target.at(slashes) == '/')
            ++slashes;
        merged.target = '/' + merged.target.sliced(slashes);
        serve(socket, merged);
        return;
    }
    const QUrl target(QString::fromLatin1(request.target));
    const QString path = target.path();
    const QUrlQuery query(target);
    if (const auto raw = m_rawRoutes.constFind(path); raw != m_rawRoutes.cend()) {
        (*raw)(socket, request);
        return;
    }
    if (m_newmanRedirect) {
        // newman's redirect server: /N counts down to /, /status/NNN answers NNN towards /.
        static const QRegularExpression hops(u"^/(\\d+)$"_s), status(u"^/status/(\\d{3})$"_s);
        const QString raw = QString::fromLatin1(request.target);
        const auto hop = hops.match(raw);
        const auto code = status.match(raw);
        if (hop.hasMatch()) {
            const int left = hop.captured(1).toInt() - 1;
            respond(socket, 302, {}, {}, {{"Location"_ba, left > 0 ? "/" + QByteArray::number(left) : "/"_ba}});
        } else if (code.hasMatch()) {
            respond(socket, code.captured(1).toInt(), {}, {}, {{"Location"_ba, "/"_ba}});
        } else {
            QJsonObject headers;
            for (const auto &[n, v] : request.headers) {
                const QString name = QString::fromLatin1(n).toLower();
                const QString value = QString::fromUtf8(v);
                headers.insert(name, headers.contains(name) ? headers.value(name).toString() + u", "_s + value : value);
            }
            const QJsonObject o{{u"url"_s, raw},
                                {u"method"_s, QString::fromLatin1(request.method)},
                                {u"headers"_s, headers},
                                {u"data"_s, QString::fromUtf8(request.body)}};
            respond(socket, 200, "application/json"_ba, QJsonDocument(o).toJson(QJsonDocument::Compact));
        }
        return;
    }

    const auto echo = [request](QTcpSocket *s) {
        QJsonArray headers;
        for (const auto &[n, v] : request.headers)
            headers.append(QJsonArray{QString::fromLatin1(n), QString::fromUtf8(v)});
        const QJsonObject o{{u"method"_s, QString::fromLatin1(request.method)},
                            {u"target"_s, QString::fromLatin1(request.target)},
                            {u"headers"_s, headers},
                            {u"body"_s, QString::fromUtf8(request.body)}};
        respond(s, 200, "application/json"_ba, QJsonDocument(o).toJson(QJsonDocument::Compact));
    };

    if (path == "/echo"_L1) {
        echo(socket);
    } else if (path.startsWith("/status/"_L1)) {
        const int status = path.sliced(8).toInt();
        respond(socket, status, "application/json"_ba, "{\"status\":" + QByteArray::number(status) + "}");
    } else if (path.startsWith("/redirect/"_L1)) {
        const int n = path.sliced(10).toInt();
        const QByteArray next = n <= 0 ? "/echo"_ba : "/redirect/" + QByteArray::number(n - 1);
        respond(socket, 302, {}, {}, {{"Location"_ba, next}});
    } else if (path == "/redirect-to"_L1) {
        const int status = query.hasQueryItem(u"status"_s) ? query.queryItemValue(u"status"_s).toInt() : 302;
        respond(socket, status, {}, {}, {{"Location"_ba, query.queryItemValue(u"url"_s, QUrl::FullyDecoded).toUtf8()}});
    } else if (path == "/json"_L1) {
        respond(socket, 200, "application/json; charset=utf-8"_ba, jsonDocument());
    } else if (path == "/xml"_L1) {
        respond(socket, 200, "application/xml"_ba, xmlDocument());
    } else if (path == "/apim/key"_L1) {
        // A one-route APIM gateway, answering as FACTS.md §3.2 records it.
        const QByteArray key = request.header("ocp-apim-subscription-key");
        if (key == "fake-key-0000") {
            echo(socket);
        } else {
            const QByteArray message = key.isEmpty()
                ? "Access denied due to missing subscription key. Make sure to include subscription key when making requests to an API."_ba
                : "Access denied due to invalid subscription key. Make sure to provide a valid key for an active subscription."_ba;
            respond(socket, 401, "application/json"_ba, "{ \"statusCode\": 401, \"message\": \"" + message + "\" }",
                    {{"WWW-Authenticate"_ba, "AzureApiManagementKey realm=\"" + url(u"/apim"_s).toEncoded()
                                                + "\",name=\"Ocp-Apim-Subscription-Key\",type=\"header\""}});
        }
    } else if (path == "/gzip"_L1 || path == "/deflate"_L1) {
        // postman-echo's documents: {"gzipped": true, ...} gzip-encoded, {"deflated": true, ...} as
        // zlib-wrapped deflate, with the request's headers and method.
        const bool isGzip = path == "/gzip"_L1;
        const QJsonObject o{{isGzip ? u"gzipped"_s : u"deflated"_s, true},
                            {u"headers"_s, postmanEcho(request).value(u"headers"_s)},
                            {u"method"_s, QString::fromLatin1(request.method)}};
        const QByteArray body = QJsonDocument(o).toJson(QJsonDocument::Compact);
        respond(socket, 200, "application/json; charset=utf-8"_ba, isGzip ? gzip(body) : deflated(body, 15),
                {{"Content-Encoding"_ba, isGzip ? "gzip"_ba : "deflate"_ba}});
    } else if (path.startsWith("/stream/"_L1)) {
        // postman-echo's /stream/N: N chunks (chunked transfer encoding), each the /get document.
        const int n = std::clamp(path.sliced(8).toInt(), 1, 100);
        QJsonObject o = postmanEcho(request, m_urlScheme);
        o.insert(u"args"_s, QJsonObject{{u"n"_s, QString::number(n)}});
        const QByteArray chunk = QJsonDocument(o).toJson(QJsonDocument::Compact);
        QByteArray out = "HTTP/1.1 200 OK\r\nContent-Type: application/json; charset=utf-8\r\nTransfer-Encoding: chunked\r\nConnection: close\r\n\r\n"_ba;
        for (int i = 0; i < n; ++i)
            out += QByteArray::number(chunk.size(), 16) + "\r\n" + chunk + "\r\n";
        socket->write(out + "0\r\n\r\n");
        socket->disconnectFromHost();
    } else if (path == "/encoding/utf8"_L1) {
        // postman-echo's UTF-8 demo page: text in several scripts, declared as charset=utf-8.
        respond(socket, 200, "text/html; charset=utf-8"_ba,
                QStringLiteral(u"<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>UTF-8 demo</title></head><body><pre>"
                               u"Greek: \u03BA\u03CC\u03C3\u03BC\u03B5\nRussian: \u041F\u0440\u0438\u0432\u0435\u0442\n"
                               u"Japanese: \u3053\u3093\u306B\u3061\u306F\nGerman: Gr\u00FC\u00DFe\nMath: \u2200x\u2208\u211D\n"
                               u"</pre></body></html>").toUtf8());
    } else if (path == "/bomb"_L1) {
        respond(socket, 200, "text/plain"_ba, gzip(QByteArray(20 * 1024 * 1024, 'a')), {{"Content-Encoding"_ba, "gzip"_ba}});
    } else if (path == "/slow"_L1) {
        QTimer::singleShot(query.queryItemValue(u"ms"_s).toInt(), socket, [socket, echo] { echo(socket); });
    } else if (path == "/get"_L1 || path == "/post"_L1 || path == "/put"_L1 || path == "/patch"_L1 || path == "/delete"_L1) {
        respond(socket, 200, "application/json; charset=utf-8"_ba, QJsonDocument(postmanEcho(request, m_urlScheme)).toJson(QJsonDocument::Compact));
    } else if (path == "/headers"_L1) {
        const QJsonObject o{{u"headers"_s, postmanEcho(request).value(u"headers"_s)}};
        respond(socket, 200, "application/json; charset=utf-8"_ba, QJsonDocument(o).toJson(QJsonDocument::Compact));
    } else if (path == "/response-headers"_L1) {
        QList<std::pair<QByteArray, QByteArray>> extra;
        QJsonObject o;
        for (const auto &[name, value] : query.queryItems(QUrl::FullyDecoded)) {
            extra.append({name.toLatin1(), value.toUtf8()});
            o.insert(name, value);
        }
        respond(socket, 200, "application/json; charset=utf-8"_ba, QJsonDocument(o).toJson(QJsonDocument::Compact), extra);
    } else if (path == "/basic-auth"_L1) {
        const bool ok = request.header("authorization") == "Basic " + "postman:password"_ba.toBase64();
        respond(socket, ok ? 200 : 401, "application/json; charset=utf-8"_ba, ok ? "{\"authenticated\":true}"_ba : "Unauthorized"_ba);
    } else if (path == "/type/xml"_L1) {
        respond(socket, 200, "application/xml; charset=utf-8"_ba, xmlDocument());
    } else if (path == "/type/html"_L1) {
        respond(socket, 200, "text/html; charset=utf-8"_ba, "<!DOCTYPE html><html><body><h1>Hello World!</h1></body></html>"_ba);
    } else if (path.startsWith("/delay/"_L1)) {
        const int seconds = path.sliced(7).toInt();
        QTimer::singleShot(seconds * 1000, socket, [socket, seconds] {
            respond(socket, 200, "application/json"_ba, "{\"delay\":\"" + QByteArray::number(seconds) + "\"}");
        });
    } else if (path == "/digest-auth"_L1 && request.header("authorization").startsWith("Digest ")
               && authParams(request.header("authorization").mid(7)).value("username") == "postman") {
        // postman-echo.com's credentials (postman / password, realm "Users"): like postman-echo, any
        // nonce is taken, with qop=auth (nc, cnonce) or without qop (RFC 2069).
        const QHash<QByteArray, QByteArray> p = authParams(request.header("authorization").mid(7));
        const auto md5 = [](const QByteArray &d) { return QCryptographicHash::hash(d, QCryptographicHash::Md5).toHex(); };
        const QByteArray ha1 = md5("postman:Users:password");
        const QByteArray ha2 = md5(request.method + ':' + p.value("uri"));
        const QByteArray expected = p.value("qop") == "auth" ? md5(ha1 + ':' + p.value("nonce") + ':' + p.value("nc") + ':' + p.value("cnonce") + ":auth:" + ha2)
                                                             : md5(ha1 + ':' + p.value("nonce") + ':' + ha2);
        const bool ok = p.value("realm") == "Users" && p.value("uri") == request.target && (p.value("qop").isEmpty() || p.value("qop") == "auth")
            && p.value("response") == expected;
        if (ok)
            respond(socket, 200, "application/json; charset=utf-8"_ba, "{\"authenticated\":true}"_ba);
        else
            respond(socket, 401, "text/plain"_ba, "Unauthorized"_ba, {{"WWW-Authenticate"_ba, postmanEchoDigestChallenge()}});
    } else if (path == "/digest-auth"_L1 && m_postmanEchoDigest) {
        respond(socket, 401, "text/plain"_ba, "Unauthorized"_ba, {{"WWW-Authenticate"_ba, postmanEchoDigestChallenge()}});
    } else if (path == "/oauth1"_L1) {
        serveOAuth1(socket, request);
    } else if (path == "/oauth2/token"_L1) {
        // The collection's own description of postman-echo's draft endpoint: these form fields, else 401.
        const QJsonObject form = request.method == "POST" ? postmanEcho(request).value(u"form"_s).toObject() : QJsonObject();
        const bool ok = form.value(u"code"_s) == "xWnkliVQJURqB2x1"_L1 && form.value(u"grant_type"_s) == "authorization_code"_L1
            && form.value(u"redirect_uri"_s) == "https://www.getpostman.com/oauth2/callback"_L1 && form.value(u"client_id"_s) == "abc123"_L1
            && form.value(u"client_secret"_s) == "ssh-secret"_L1;
        if (ok)
            respond(socket, 200, "application/json; charset=utf-8"_ba,
                    "{\"access_token\":\"" + postmanEchoOAuth2Token() + "\",\"token_type\":\"Bearer\"}");
        else
            respond(socket, 401, "application/json; charset=utf-8"_ba, "{\"error\":\"invalid_client\"}"_ba);
    } else if (path == "/oauth2/user/info"_L1) {
        if (request.header("authorization") == "Bearer " + postmanEchoOAuth2Token())
            respond(socket, 200, "application/json; charset=utf-8"_ba, "{\"user_id\":1,\"name\":\"Postman\"}"_ba);
        else
            respond(socket, 401, "application/json; charset=utf-8"_ba, "{\"error\":\"invalid_token\"}"_ba);
    } else if (path == "/digest-auth"_L1) {
        // RFC 7616 with MD5 and qop=auth, checked independently of the engine's code:
        // user "digest-user", password "fake-pass-0000", realm "gatehouse-test".
        const QByteArray realm = "gatehouse-test"_ba;
        const QByteArray authorization = request.header("authorization");
        bool ok = false;
        if (authorization.startsWith("Digest ")) {
            QHash<QByteArray, QByteArray> p;
            static const QRegularExpression param(u"(\\w+)=(?:\"([^\"]*)\"|([^,\\s]*))"_s);
            for (auto it = param.globalMatch(QString::fromLatin1(authorization.mid(7))); it.hasNext();) {
                const auto m = it.next();
                p.insert(m.captured(1).toLatin1(), (m.captured(2).isEmpty() ? m.captured(3) : m.captured(2)).toLatin1());
            }
            const auto md5 = [](const QByteArray &d) { return QCryptographicHash::hash(d, QCryptographicHash::Md5).toHex(); };
            const QByteArray ha1 = md5("digest-user:" + realm + ":fake-pass-0000");
            const QByteArray ha2 = md5(request.method + ':' + p.value("uri"));
            const QByteArray expected = md5(ha1 + ':' + p.value("nonce") + ':' + p.value("nc") + ':' + p.value("cnonce") + ":auth:" + ha2);
            ok = p.value("username") == "digest-user" && p.value("realm") == realm && m_digestNonces.contains(p.value("nonce"))
                && p.value("uri") == request.target && p.value("qop") == "auth" && p.value("opaque") == "opaque-0000" && p.value("response") == expected;
        }
        if (ok) {
            respond(socket, 200, "application/json"_ba, "{\"authenticated\":true,\"user\":\"digest-user\"}"_ba);
        } else {
            const QByteArray nonce = QByteArray::number(QRandomGenerator::global()->generate64(), 16);
            m_digestNonces.append(nonce);
            respond(socket, 401, "text/plain"_ba, "digest credentials required\n"_ba,
                    {{"WWW-Authenticate"_ba, "Basic realm=\"other\", Digest realm=\"" + realm + "\", qop=\"auth,auth-int\", algorithm=MD5, nonce=\"" + nonce
                                                + "\", opaque=\"opaque-0000\""}});
        }
    } else if (path == "/oauth/token"_L1) {
        // A client credentials token endpoint: client "client-1" with secret "fake-secret-0000",
        // by HTTP Basic or in the body; expires_in from the query (default 3600).
        QUrlQuery form(QString::fromUtf8(request.body).replace(u'+', u' '));
        QString id = form.queryItemValue(u"client_id"_s, QUrl::FullyDecoded);
        QString secret = form.queryItemValue(u"client_secret"_s, QUrl::FullyDecoded);
        if (const QByteArray basic = request.header("authorization"); basic.startsWith("Basic ")) {
            const QByteArray pair = QByteArray::fromBase64(basic.mid(6));
            id = QUrl::fromPercentEncoding(pair.left(pair.indexOf(':')));
            secret = QUrl::fromPercentEncoding(pair.mid(pair.indexOf(':') + 1));
        }
        const auto fail = [socket](int status, const QByteArray &error, const QByteArray &description) {
            respond(socket, status, "application/json"_ba, "{\"error\":\"" + error + "\",\"error_description\":\"" + description + "\"}");
        };
        const QString grant = form.queryItemValue(u"grant_type"_s);
        if (request.method != "POST") {
            fail(405, "invalid_request"_ba, "POST the token request."_ba);
        } else if (grant == "authorization_code"_L1) {
            // PKCE (RFC 7636): the verifier must hash to the challenge the authorize request carried.
            const QString code = form.queryItemValue(u"code"_s, QUrl::FullyDecoded);
            const QByteArray verifier = form.queryItemValue(u"code_verifier"_s, QUrl::FullyDecoded).toLatin1();
            const auto pending = m_authorizationCodes.constFind(code);
            const QByteArray computed = QCryptographicHash::hash(verifier, QCryptographicHash::Sha256).toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
            if (pending == m_authorizationCodes.cend() || id != "client-1"_L1) {
                fail(400, "invalid_grant"_ba, "Unknown authorization code."_ba);
            } else if (verifier.isEmpty() || computed != pending->first) {
                fail(400, "invalid_grant"_ba, "PKCE verification failed."_ba);
            } else if (form.queryItemValue(u"redirect_uri"_s, QUrl::FullyDecoded) != pending->second) {
                fail(400, "invalid_grant"_ba, "redirect_uri does not match."_ba);
            } else {
                m_authorizationCodes.remove(code);
                const QByteArray token = "fake-token-" + QByteArray::number(++m_tokensIssued);
                m_issuedTokens.append(token);
                respond(socket, 200, "application/json"_ba, "{\"access_token\":\"" + token + "\",\"token_type\":\"Bearer\",\"expires_in\":3600}");
            }
        } else if (grant == "refresh_token"_L1) {
            // A refresh token this endpoint issued gets a new access token (and no new refresh token).
            if (id != "client-1"_L1 || !m_refreshTokens.contains(form.queryItemValue(u"refresh_token"_s, QUrl::FullyDecoded).toUtf8())) {
                fail(400, "invalid_grant"_ba, "AADSTS700082: The refresh token has expired or was revoked."_ba);
            } else {
                const QByteArray token = "fake-token-" + QByteArray::number(++m_tokensIssued);
                m_issuedTokens.append(token);
                const QByteArray expires = query.hasQueryItem(u"expires_in"_s) ? query.queryItemValue(u"expires_in"_s).toLatin1() : "3600"_ba;
                respond(socket, 200, "application/json"_ba, "{\"access_token\":\"" + token + "\",\"token_type\":\"Bearer\",\"expires_in\":" + expires + "}");
            }
        } else if (grant != "client_credentials"_L1) {
            fail(400, "unsupported_grant_type"_ba, "Only client_credentials here."_ba);
        } else if (id != "client-1"_L1 || secret != "fake-secret-0000"_L1) {
            fail(401, "invalid_client"_ba, "AADSTS7000215: Invalid client secret provided."_ba);
        } else {
            const QByteArray token = "fake-token-" + QByteArray::number(++m_tokensIssued);
            m_issuedTokens.append(token);
            const QByteArray expires = query.hasQueryItem(u"expires_in"_s) ? query.queryItemValue(u"expires_in"_s).toLatin1() : "3600"_ba;
            QByteArray refresh;
            if (query.hasQueryItem(u"refresh"_s)) {
                m_refreshTokens.append("fake-refresh-" + QByteArray::number(m_tokensIssued));
                refresh = ",\"refresh_token\":\"" + m_refreshTokens.last() + "\"";
            }
            respond(socket, 200, "application/json"_ba,
                    "{\"access_token\":\"" + token + "\",\"token_type\":\"Bearer\",\"expires_in\":" + expires + refresh + ",\"scope\":\""
                        + form.queryItemValue(u"scope"_s, QUrl::FullyDecoded).toUtf8() + "\"}");
        }
    } else if (path == "/oauth/authorize"_L1 || path == "/oauth/deny"_L1) {
        // The authorization endpoint: no login page, the user "agrees" at once (/oauth/deny: refuses).
        const QString redirect = query.queryItemValue(u"redirect_uri"_s, QUrl::FullyDecoded);
        QUrl back(redirect);
        QUrlQuery answer;
        if (query.queryItemValue(u"response_type"_s) != "code"_L1 || query.queryItemValue(u"code_challenge_method"_s) != "S256"_L1
            || query.queryItemValue(u"code_challenge"_s).isEmpty() || path == "/oauth/deny"_L1) {
            answer.addQueryItem(u"error"_s, u"access_denied"_s);
            answer.addQueryItem(u"error_description"_s, u"The user or the server said no."_s);
        } else {
            const QString code = u"code-"_s + QString::number(QRandomGenerator::global()->generate64(), 16);
            m_authorizationCodes.insert(code, {query.queryItemValue(u"code_challenge"_s).toLatin1(), redirect});
            answer.addQueryItem(u"code"_s, code);
        }
        answer.addQueryItem(u"state"_s, query.queryItemValue(u"state"_s));
        back.setQuery(answer);
        respond(socket, 302, {}, {}, {{"Location"_ba, back.toEncoded()}});
    } else if (path == "/oauth/protected"_L1) {
        const QByteArray authorization = request.header("authorization");
        const bool ok = authorization.startsWith("Bearer ") && m_issuedTokens.contains(authorization.mid(7));
        if (ok)
            echo(socket);
        else
            respond(socket, 401, "application/json"_ba, "{\"error\":\"invalid_token\"}"_ba, {{"WWW-Authenticate"_ba, "Bearer error=\"invalid_token\""_ba}});
    } else if (path == "/bytes"_L1) {
        // size bytes of pattern(); encoding=gzip|deflate|deflate-raw|br compresses them (br only
        // with libbrotlienc; deflate-raw is raw deflate labelled "deflate", as some servers send it).
        const QByteArray body = pattern(query.queryItemValue(u"size"_s).toLongLong());
        const QString encoding = query.queryItemValue(u"encoding"_s);
        if (encoding == "gzip"_L1)
            respond(socket, 200, "application/octet-stream"_ba, gzip(body), {{"Content-Encoding"_ba, "gzip"_ba}});
        else if (encoding == "deflate"_L1 || encoding == "deflate-raw"_L1)
            respond(socket, 200, "application/octet-stream"_ba, deflated(body, encoding == "deflate"_L1 ? 15 : -15), {{"Content-Encoding"_ba, "deflate"_ba}});
        else if (encoding == "br"_L1)
            respond(socket, 200, "application/octet-stream"_ba, brotli(body), {{"Content-Encoding"_ba, "br"_ba}});
        else
            respond(socket, 200, "application/octet-stream"_ba, body);
    } else if (path == "/set-cookie"_L1) {
        // One Set-Cookie line per c=...; with location=U a 302 to U (cookies set on a redirect hop).
        QList<std::pair<QByteArray, QByteArray>> extra;
        for (const QString &line : query.allQueryItemValues(u"c"_s, QUrl::FullyDecoded))
            extra.append({"Set-Cookie"_ba, line.toUtf8()});
        if (query.hasQueryItem(u"location"_s)) {
            extra.append({"Location"_ba, query.queryItemValue(u"location"_s, QUrl::FullyDecoded).toUtf8()});
            respond(socket, 302, {}, {}, extra);
        } else {
            respond(socket, 200, "text/plain"_ba, "cookies set\n"_ba, extra);
        }
    } else if (path == "/cookies"_L1) {
        // postman-echo's cookie routes: /cookies lists what arrived, /cookies/set?N=V and
        // /cookies/delete?N set or expire cookies and redirect to /cookies.
        QJsonObject cookies;
        for (const QByteArray &pair : request.header("cookie").split(';')) {
            const qsizetype eq = pair.indexOf('=');
            if (eq > 0)
                cookies.insert(QString::fromUtf8(pair.left(eq).trimmed()), QString::fromUtf8(pair.mid(eq + 1).trimmed()));
        }
        respond(socket, 200, "application/json; charset=utf-8"_ba, QJsonDocument(QJsonObject{{u"cookies"_s, cookies}}).toJson(QJsonDocument::Compact));
    } else if (path == "/cookies/set"_L1 || path == "/cookies/delete"_L1) {
        QList<std::pair<QByteArray, QByteArray>> extra;
        for (const auto &[name, value] : query.queryItems(QUrl::FullyDecoded)) {
            extra.append({"Set-Cookie"_ba, path == "/cookies/set"_L1 ? QByteArray(name.toUtf8() + '=' + value.toUtf8() + "; Path=/")
                                                                      : QByteArray(name.toUtf8() + "=; Path=/; Expires=Thu, 01 Jan 1970 00:00:00 GMT")});
        }
        extra.append({"Location"_ba, "/cookies"_ba});
        respond(socket, 302, {}, {}, extra);
    } else if (path == "/stall"_L1) {
        // Say nothing; the client has to give up by itself.
    } else if (m_rawEcho) {
        QByteArray raw = request.method + ' ' + request.target + " HTTP/1.1\r\n";
        for (const auto &[n, v] : request.headers)
            raw += n + ": " + v + "\r\n";
        raw += "\r\n" + request.body;
        // As newman's raw echo server: the request JSON-encoded in a header too, and no body for a HEAD.
        const QByteArray encoded = QJsonDocument(QJsonArray{QString::fromUtf8(raw)}).toJson(QJsonDocument::Compact);
        const QByteArray header = encoded.mid(1, encoded.size() - 2);
        if (request.method == "HEAD")
            respondHead(socket, 200, "text/plain"_ba, {{"raw-request"_ba, header}});
        else
            respond(socket, 200, "text/plain"_ba, raw, {{"raw-request"_ba, header}});
    } else {
        respond(socket, 404, "text/plain"_ba, "not found\n"_ba);
    }
}

QByteArray TestServer::postmanEchoDigestChallenge()
{
    static constexpr char alphabet[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
    QByteArray nonce;
    for (int i = 0; i < 32; ++i)
        nonce += alphabet[QRandomGenerator::global()->bounded(int(sizeof alphabet) - 1)];
    return "Digest realm=\"Users\", nonce=\"" + nonce + "\", qop=\"auth\"";
}

QByteArray TestServer::postmanEchoOAuth2Token()
{
    return "vp7jxTwqgczoFHs0uIdOvv4VdBWmvCkbVbNBCuaTQ3JZplPS40BaNV47HD1zt7MztQPILJvqYsOs6PfJpFYBgwbaE3CVEKOj"_ba;
}

// postman-echo.com's /oauth1: checks the Authorization: OAuth header's signature, recomputed from
// the request as it arrived (RFC 5849 §3.4), for its public demo consumer; no token secret.
void TestServer::serveOAuth1(QTcpSocket *socket, const Request &request)
{
    const QByteArray consumerKey = "RKCGzna7bv9YD57c"_ba;
    const QByteArray consumerSecret = "D+EdQ-gs$-%@2Nu7"_ba;
    const QByteArray authorization = request.header("authorization");
    QHash<QByteArray, QByteArray> oauth;
    if (authorization.startsWith("OAuth "))
        for (auto [name, value] : authParams(authorization.mid(6)).asKeyValueRange())
            oauth.insert(name, QByteArray::fromPercentEncoding(value));
    const QByteArray method = oauth.value("oauth_signature_method");
    if (oauth.isEmpty() || oauth.value("oauth_consumer_key") != consumerKey) {
        respond(socket, 401, "application/json; charset=utf-8"_ba,
                "{\"status\":\"fail\",\"message\":\"The consumer key is missing or unknown.\"}"_ba);
        return;
    }
    const qsizetype question = request.target.indexOf('?');
    const QByteArray baseUri = m_urlScheme.toLatin1() + "://" + request.header("host").toLower() + (question < 0 ? request.target : request.target.left(question));
    QList<std::pair<QByteArray, QByteArray>> params = question < 0 ? QList<std::pair<QByteArray, QByteArray>>() : formPairs(request.target.mid(question + 1));
    if (request.header("content-type").startsWith("application/x-www-form-urlencoded"))
        params += formPairs(request.body);
    for (auto [name, value] : oauth.asKeyValueRange()) {
        if (name != "oauth_signature" && name != "realm")
            params.append({name, value});
    }
    QList<QByteArray> encoded;
    for (const auto &[name, value] : std::as_const(params))
        encoded.append(oauthEscape(name) + '=' + oauthEscape(value));
    std::sort(encoded.begin(), encoded.end());
    const QByteArray normalized = encoded.join('&');
    const QByteArray baseString = request.method + '&' + oauthEscape(baseUri) + '&' + oauthEscape(normalized);
    const QByteArray key = oauthEscape(consumerSecret) + '&' + oauthEscape(QByteArray());
    QByteArray expected;
    if (method == "HMAC-SHA1")
        expected = QMessageAuthenticationCode::hash(baseString, key, QCryptographicHash::Sha1).toBase64();
    else if (method == "HMAC-SHA256")
        expected = QMessageAuthenticationCode::hash(baseString, key, QCryptographicHash::Sha256).toBase64();
    else if (method == "HMAC-SHA512")
        expected = QMessageAuthenticationCode::hash(baseString, key, QCryptographicHash::Sha512).toBase64();
    else if (method == "PLAINTEXT")
        expected = key;
    if (!expected.isEmpty() && oauth.value("oauth_signature") == expected) {
        respond(socket, 200, "application/json; charset=utf-8"_ba, "{\"status\":\"pass\",\"message\":\"OAuth-1.0a signature verification was successful\"}"_ba);
        return;
    }
    const QJsonObject failure{{u"status"_s, u"fail"_s},
                              {u"message"_s, QString::fromLatin1(method + " verification failed")},
                              {u"base_uri"_s, QString::fromLatin1(baseUri)},
                              {u"normalized_param_string"_s, QString::fromLatin1(normalized)},
                              {u"base_string"_s, QString::fromLatin1(baseString)},
                              {u"signing_key"_s, QString::fromLatin1(key)}};
    respond(socket, 401, "application/json; charset=utf-8"_ba, QJsonDocument(failure).toJson(QJsonDocument::Compact));
}

} // namespace gatehouse::test
