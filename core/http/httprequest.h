// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "http/tls.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QUrl>

#include <chrono>
#include <optional>
#include <utility>

namespace gatehouse {

using HeaderList = QList<std::pair<QByteArray, QByteArray>>;

// One part of a multipart/form-data body: a text value, or a file streamed from disk.
struct MultipartPart {
    QByteArray name;
    QByteArray value;      // text parts
    QString filePath;      // file parts (value is ignored)
    QByteArray contentType; // optional; files default to application/octet-stream
    QString fileName;      // optional; defaults to the file's name
};

// Credentials for HTTP Digest auth: the engine answers a 401 Digest challenge with them.
struct DigestCredentials {
    QString username;
    QString password;
    // As Postman: with realm and nonce known (from an earlier challenge, or written in the auth) the
    // Authorization header goes out with the first request; a 401 challenge is still answered.
    QByteArray realm = {};
    QByteArray nonce = {};
    QByteArray algorithm = {}; // MD5 when empty
    QByteArray qop = {};       // "auth", or none when empty
    QByteArray nonceCount = {}; // hexadecimal, 00000001 when empty
    QByteArray clientNonce = {}; // random when empty
    QByteArray opaque = {};
};

// OAuth 1.0a request signing (RFC 5849): the engine signs the request as it goes out (after host
// rewrites), over the method, URL, query, form body and oauth_* parameters.
struct OAuth1Credentials {
    QString signatureMethod = QStringLiteral("HMAC-SHA1"); // HMAC-SHA1/-SHA256/-SHA512, PLAINTEXT
    QString consumerKey;
    QString consumerSecret;
    QString token;
    QString tokenSecret;
    QString timestamp; // seconds since 1970; now when empty
    QString nonce;     // random when empty
    QString version = QStringLiteral("1.0"); // oauth_version is left out when empty
    QString realm;
    QString callback;
    QString verifier;
    bool inHeader = true;           // Authorization: OAuth …; else the query (or a form body)
    bool addEmptyParamsToSign = false; // oauth_* parameters with empty values are sent and signed
    bool includeBodyHash = false;   // oauth_body_hash of a body that is not a form
};

// OAuth 2.0 client credentials (RFC 6749 §4.4): the engine gets a token from tokenUrl (or
// reuses a cached one that has not expired) and sends it as "Authorization: <prefix> <token>".
// With authorizationCode set (the authorization code grant with PKCE), the token comes from the
// browser flow (OAuth2AuthorizationCode), which needs the user; the engine only reuses it.
struct OAuth2ClientCredentials {
    QUrl tokenUrl;
    bool authorizationCode = false;
    QUrl authorizationUrl; // authorization code only
    QString clientId;
    QString clientSecret;
    QString scope;
    QString headerPrefix = QStringLiteral("Bearer");
    bool credentialsInBody = false; // client_id/client_secret in the form body instead of Basic auth
    QString cacheScope;             // what the token belongs to besides the config (the environment id)
};

// A credential the engine (not the user) put into the request: the request as sent shows it
// masked as its first and last four characters, with where it came from.
struct InjectedCredential {
    QByteArray headerName; // the header it went in, or
    QString queryName;     // the query parameter
    QString source;        // the environment's name
};

// What the user asked to send. Variables are already resolved; the engine adds only what it
// must (User-Agent, Content-Length ...) and records it in the ExchangeResult.
struct HttpRequest {
    QByteArray method = QByteArrayLiteral("GET");
    QUrl url;
    HeaderList headers;
    QByteArray body;
    // Instead of body: a file streamed from disk (never loaded whole), or multipart/form-data.
    QString bodyFile;
    QList<MultipartPart> multipart;
    // Whole-exchange limit; zero means no limit (as in Postman).
    std::chrono::milliseconds timeout{0};
    // Establishing a connection (TCP, and the TLS handshake for https); zero: no limit of ours.
    std::chrono::milliseconds connectTimeout{0};
    // Idle transfer: nothing sent or received for this long once connected; zero: no limit.
    std::chrono::milliseconds transferTimeout{0};
    bool followRedirects = true;
    int maxRedirects = 10;
    // How redirects are followed, as Postman/newman do (protocolProfileBehavior): 301, 302 and 303
    // turn into a GET without a body unless followOriginalHttpMethod; Authorization goes to another
    // origin only with followAuthorizationHeader; each redirected request carries a Referer (the URL
    // it came from) unless removeRefererOnRedirect, and a Referer the user set is kept then.
    bool followOriginalHttpMethod = false;
    bool followAuthorizationHeader = false;
    bool removeRefererOnRedirect = false;
    // The cookie jar is neither read nor written for this request.
    bool disableCookies = false;
    TlsOptions tls;
    // Per-host TLS settings (from the environment): the first that matches a hop's host applies.
    QList<HostTlsOptions> hostTls = {};
    // Extra header names (beyond Authorization, Cookie and the APIM default) whose values are
    // credentials: they are dropped when a redirect leads to another origin.
    QList<QByteArray> credentialHeaders;
    QList<InjectedCredential> injectedCredentials = {};
    // Answer a Digest challenge (401 with WWW-Authenticate: Digest) once per hop; both show as hops.
    std::optional<DigestCredentials> digest = {};
    // Get (or reuse) an OAuth 2.0 token before sending; an Authorization header set already wins.
    std::optional<OAuth2ClientCredentials> oauth2 = {};
    // Sign with OAuth 1.0a before the first hop.
    std::optional<OAuth1Credentials> oauth1 = {};
    // A response body larger than this goes to a temporary file instead of memory
    // (HttpResponse::bodyFilePath; body then holds its first bytes for a preview).
    qint64 memoryBodyLimit = qint64(10) * 1024 * 1024;
    // When set, the final response's body is written (decoded, streaming) to this file instead.
    QString bodyOutputFile = {};
    // A compressed body that decodes to more than this is left encoded, with a message.
    qint64 maxDecodedBodySize = qint64(1) << 30;
    // The request target (path and query) as written, encoded the way Postman encodes it
    // (requestresolver.h); empty: from url. Only the direct HTTP/1.1 path sends it byte for byte;
    // Qt's stack (https, proxies) sends url as QUrl encodes it. Not used after a redirect.
    QByteArray target = {};
    // Transport-level host rewrites (HOST[:PORT] -> TARGET, see rewriteHost()), applied to every
    // hop's connection; url, cookies and what scripts and reports show stay as written.
    QList<std::pair<QString, QString>> hostRewrites = {};
};

// Where a request for url connects under the rewrites (HOST or HOST:PORT -> TARGET, where TARGET
// is HOST2[:PORT2] or SCHEME://HOST2[:PORT2]); url itself when none matches.
[[nodiscard]] QUrl rewriteHost(const QUrl &url, const QList<std::pair<QString, QString>> &rewrites);
// The Host header for a request to url that connects to connectUrl: the original authority when
// the rewrite target is an IP address (like curl --connect-to: the server learns the name the
// request was written for), else empty (the target's own name goes out, as for any URL).
[[nodiscard]] QByteArray rewrittenHostHeader(const QUrl &url, const QUrl &connectUrl);

// Case-insensitive header lookup; returns the first match or an empty array.
QByteArray headerValue(const HeaderList &headers, QByteArrayView name);
bool hasHeader(const HeaderList &headers, QByteArrayView name);

} // namespace gatehouse
