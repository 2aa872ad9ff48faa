// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QHash>
#include <QHash>
#include <QList>
#include <QObject>
#include <QSslConfiguration>
#include <QTcpServer>

#include <functional>
#include <memory>
#include <QUrl>

#include <utility>

namespace gatehouse::test {

// A small HTTP/1.1 server on 127.0.0.1 with a random port. Routes:
//   /echo              200, JSON of what arrived: method, target, headers (as sent, in order), body
//   /status/N          status N with a small JSON body
//   /redirect/N        302 to /redirect/N-1; /redirect/0 redirects to /echo
//   /redirect-to?status=S&url=U   S (default 302) to U
//   /json, /xml        a compact JSON / XML document
//   /gzip, /deflate    postman-echo's {"gzipped"|"deflated": true, "headers": {...}, "method": M},
//                      gzip- or deflate-encoded; /bomb: 20 MB of 'a' gzip-encoded
//   /stream/N          postman-echo's: N chunks (chunked encoding), each the /get document
//   /encoding/utf8     postman-echo's UTF-8 demo page (text/html; charset=utf-8)
//   /apim/key          like an APIM gateway: 401 missing/invalid key unless
//                      Ocp-Apim-Subscription-Key is fake-key-0000, then /echo
//   /slow?ms=N         answers /echo after N milliseconds
//   /stall             reads the request and never answers
//   /digest-auth       Digest (MD5, qop=auth) for digest-user / fake-pass-0000: 401 with a challenge
//                      until the Authorization answers it correctly, then 200. For postman / password
//                      (realm "Users") it answers as postman-echo.com: any nonce, qop=auth or none,
//                      200 {"authenticated":true} or 401 "Unauthorized" with postman-echo's challenge
//                      (which setPostmanEchoDigest(true) also gives to requests without credentials)
//   /oauth1            postman-echo's OAuth 1.0a check (consumer RKCGzna7bv9YD57c / D+EdQ-gs$-%@2Nu7,
//                      HMAC-SHA1/256/512, PLAINTEXT; header params): {"status":"pass",...} or 401
//                      {"status":"fail", message, base_uri, normalized_param_string, base_string, signing_key}
//   /oauth2/token, /oauth2/user/info   postman-echo's draft OAuth 2.0 pair, as echo-v2 describes it
//   /oauth/token       a client credentials token endpoint (client-1 / fake-secret-0000, Basic or
//                      body; ?expires_in=N; ?refresh=1 adds a refresh_token, which grant_type=
//                      refresh_token redeems for a new access token); errors as RFC 6749 JSON
//   /oauth/authorize   an authorization endpoint (code + PKCE S256): 302 to redirect_uri with a
//                      code at once (/oauth/deny: error=access_denied); /oauth/token redeems the code
//   /oauth/protected   /echo for a Bearer token /oauth/token issued, else 401
//   /bytes?size=N[&encoding=gzip|deflate|deflate-raw|br]   N bytes of pattern(), optionally compressed
//   /set-cookie?c=RAW[&c=RAW...][&location=U]   a Set-Cookie line per c (200, or 302 to U)
//   /cookies           {"cookies": {...}} of the Cookie header; /cookies/set?N=V, /cookies/delete?N
//                      set or expire N (Path=/) and redirect to /cookies, as postman-echo
//   /get /post /put /patch /delete   as postman-echo.com: JSON with args, headers, url (and data,
//                      form, json for bodies), for newman's fixtures and the runner tests
//   /headers           {"headers": {...}} (names in lower case); /response-headers?N=V sends N: V
//   /basic-auth        200 for postman:password, else 401; /type/xml, /type/html; /delay/S
//   anything else      404, or with setRawEcho(true) 200 text/plain: the request as it arrived
//                      (request line, headers, body), like newman's raw echo server, which also
//                      sends it JSON-encoded in a raw-request header (the only place for a HEAD)
// With setNewmanRedirect(true) the server is newman's redirect server (npm/server.js) instead:
//   /N                 302 to /N-1, and /1 to /
//   /status/NNN        status NNN with Location: /
//   anything else      200 JSON {url, method, headers (names in lower case, as Node gives them), data}
// Every request is recorded (with header names in the case the client used).
class TestServer : public QObject
{
    Q_OBJECT
public:
    struct Request {
        QByteArray method;
        QByteArray target;
        QList<std::pair<QByteArray, QByteArray>> headers;
        QByteArray body;
        QString clientCertificateName; // CN of the client certificate, on TLS with client auth
        QByteArray header(QByteArrayView name) const;
    };

    explicit TestServer(QObject *parent = nullptr);
    bool listen();
    // HTTPS with the given server certificate/key (and, to demand client certificates,
    // peerVerifyMode VerifyPeer plus the accepted client CAs).
    bool listenTls(const QSslConfiguration &configuration);
    quint16 port() const { return m_server->serverPort(); }
    QUrl url(const QString &pathAndQuery = {}) const;
    const QList<Request> &requests() const { return m_requests; }
    // How many requests went to path (the path part of the target).
    qsizetype requestCount(QByteArrayView path) const;
    void setRawEcho(bool on) { m_rawEcho = on; }
    // The scheme the postman-echo routes' "url" starts with (default http). postman-echo.com is
    // served over https behind a load balancer that ends TLS and reports https (x-forwarded-proto):
    // a test standing in for it over plain loopback HTTP sets "https".
    void setUrlScheme(const QString &scheme) { m_urlScheme = scheme; }
    // Routes a target that starts with several slashes as its path with one, as httpbin.org
    // (Werkzeug's routing) does: "//get" is /get, and its url says so.
    void setLeadingSlashesMerged(bool on) { m_mergeLeadingSlashes = on; }
    void setNewmanRedirect(bool on) { m_newmanRedirect = on; }
    // /digest-auth challenges as postman-echo.com does (realm "Users", qop "auth", body "Unauthorized").
    void setPostmanEchoDigest(bool on) { m_postmanEchoDigest = on; }
    // /oauth/protected refuses the access tokens issued so far (401); refresh tokens stay valid
    // unless refreshTokens is set too.
    void revokeTokens(bool refreshTokens = false)
    {
        m_issuedTokens.clear();
        if (refreshTokens)
            m_refreshTokens.clear();
    }
    // A route of the test's own, checked before the built-in ones: the handler writes whatever it
    // likes to the socket (broken chunking, thousands of headers, a body that stops halfway ...).
    using RawHandler = std::function<void(QTcpSocket *socket, const Request &request)>;
    void setRawRoute(const QString &path, RawHandler handler) { m_rawRoutes.insert(path, std::move(handler)); }
    static QByteArray jsonDocument();
    static QByteArray xmlDocument();
    static QByteArray gzip(const QByteArray &data);
    // zlib's deflate with these windowBits: 15 zlib-wrapped, -15 raw, 15 + 16 gzip.
    static QByteArray deflated(const QByteArray &data, int windowBits);
    // Brotli-compressed data; hasBrotli() is false (and data comes back as is) without libbrotlienc.
    static bool hasBrotli();
    static QByteArray brotli(const QByteArray &data);
    // size deterministic bytes, the body of /bytes.
    static QByteArray pattern(qint64 size);

Q_SIGNALS:
    void requestReceived();

private:
    void onNewConnection();
    void serve(QTcpSocket *socket, const Request &request);
    void serveOAuth1(QTcpSocket *socket, const Request &request);
    static QByteArray postmanEchoDigestChallenge();
    static QByteArray postmanEchoOAuth2Token();

    std::unique_ptr<QTcpServer> m_server;
    bool m_tls = false;
    bool m_rawEcho = false;
    QString m_urlScheme = QStringLiteral("http");
    bool m_mergeLeadingSlashes = false;
    bool m_newmanRedirect = false;
    bool m_postmanEchoDigest = false;
    QHash<QString, RawHandler> m_rawRoutes;
    QList<Request> m_requests;
    QList<QByteArray> m_digestNonces;
    QList<QByteArray> m_issuedTokens;
    QList<QByteArray> m_refreshTokens;
    QHash<QString, std::pair<QByteArray, QString>> m_authorizationCodes; // code -> PKCE challenge, redirect_uri
    int m_tokensIssued = 0;
};

} // namespace gatehouse::test
