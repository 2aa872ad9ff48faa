// SPDX-License-Identifier: GPL-3.0-or-later
#include "http/exchange.h"

#include "formats/bodyformat.h"
#include "http/decompress.h"
#include "http/digestauth.h"
#include "http/directhttp.h"
#include "http/httpclient.h"
#include "http/multipartbody.h"
#include "http/oauth1.h"

#include <cctype>

#include <QCoreApplication>
#include <QDateTime>
#include <QFile>
#include <QDir>
#include <QFileInfo>
#include <QUuid>
#include <QLocale>
#include <QNetworkAccessManager>
#include <QNetworkCookie>
#include <QNetworkCookieJar>
#include <QNetworkReply>
#include <QSslError>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace gatehouse {

namespace {

// The request target Qt's stack derives from url (what the direct path wrote before targets).
QByteArray defaultTarget(const QUrl &url)
{
    QByteArray target = url.toEncoded(QUrl::RemoveScheme | QUrl::RemoveAuthority | QUrl::RemoveFragment);
    return target.isEmpty() ? "/"_ba : target;
}

// The target as written while it still describes url: an APIM key or an OAuth 1.0 signature
// added to the query later makes it stale, and then url's own encoding goes out.
QByteArray requestTarget(const HttpRequest &request)
{
    if (request.target.isEmpty())
        return defaultTarget(request.url);
    // A bare '%' (Postman sends one in a path as it is) would make QUrl re-encode every escape.
    QByteArray escaped;
    for (qsizetype i = 0; i < request.target.size(); ++i) {
        const bool escape = request.target.at(i) == '%' && !(i + 2 < request.target.size() && std::isxdigit(static_cast<unsigned char>(request.target.at(i + 1)))
                                                               && std::isxdigit(static_cast<unsigned char>(request.target.at(i + 2))));
        escaped += escape ? "%25"_ba : QByteArray(1, request.target.at(i));
    }
    const QUrl written = QUrl::fromEncoded(QByteArray("http://h"_ba + escaped), QUrl::TolerantMode);
    const QUrl &url = request.url;
    if (written.path(QUrl::FullyDecoded) != url.path(QUrl::FullyDecoded) || written.hasQuery() != url.hasQuery()
        || written.query(QUrl::FullyDecoded) != url.query(QUrl::FullyDecoded))
        return defaultTarget(url);
    return request.target;
}

bool sameOrigin(const QUrl &a, const QUrl &b)
{
    return a.scheme() == b.scheme() && a.host() == b.host() && a.port(-1) == b.port(-1);
}

// Credentials never follow a redirect to another origin.
bool isCredentialHeader(QByteArrayView name)
{
    for (QByteArrayView c : {"authorization"_ba, "proxy-authorization"_ba, "cookie"_ba, "ocp-apim-subscription-key"_ba}) {
        if (name.compare(c, Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

bool isBodyHeader(QByteArrayView name)
{
    return name.compare("content-type", Qt::CaseInsensitive) == 0
        || name.compare("content-length", Qt::CaseInsensitive) == 0
        || name.compare("content-encoding", Qt::CaseInsensitive) == 0;
}

Error transportError(QNetworkReply::NetworkError code, const QString &detail, const QUrl &url)
{
    const QString host = url.host();
    switch (code) {
    case QNetworkReply::ConnectionRefusedError:
        return {Error::Code::ConnectionRefused,
                QCoreApplication::translate("gatehouse::Exchange", "Connection refused by %1 (nothing is listening on port %2).")
                    .arg(host)
                    .arg(url.port(url.scheme() == "https"_L1 ? 443 : 80))};
    case QNetworkReply::HostNotFoundError:
        return {Error::Code::HostNotFound,
                QCoreApplication::translate("gatehouse::Exchange", "Host not found: %1 (check the URL and your DNS).").arg(host)};
    case QNetworkReply::TimeoutError:
        return {Error::Code::Timeout,
                QCoreApplication::translate("gatehouse::Exchange", "The connection to %1 timed out.").arg(host)};
    case QNetworkReply::RemoteHostClosedError:
        return {Error::Code::RemoteClosed,
                QCoreApplication::translate("gatehouse::Exchange", "%1 closed the connection before answering.").arg(host)};
    case QNetworkReply::SslHandshakeFailedError:
        return {Error::Code::Tls, QCoreApplication::translate("gatehouse::Exchange", "TLS with %1 failed: %2").arg(host, detail)};
    default:
        return {Error::Code::Network, QCoreApplication::translate("gatehouse::Exchange", "Request to %1 failed: %2").arg(host, detail)};
    }
}

} // namespace

Exchange::Exchange(QNetworkAccessManager *nam, HttpRequest request, HttpClient *client)
    : QObject(client)
    , m_nam(nam)
    , m_client(client)
    , m_request(std::move(request))
{
    m_clock.start();
    if (m_request.timeout.count() > 0) {
        m_timeout = new QTimer(this);
        m_timeout->setSingleShot(true);
        m_timeout->setTimerType(Qt::PreciseTimer); // a coarse timer may fire 5% early
        connect(m_timeout, &QTimer::timeout, this, [this] {
            m_timedOut = true;
            if (m_reply)
                m_reply->abort();
            if (m_tokenExchange)
                m_tokenExchange->cancel();
        });
        m_timeout->start(m_request.timeout);
    }
    const auto makeTimer = [this](std::chrono::milliseconds interval, bool *flag) {
        auto *timer = new QTimer(this);
        timer->setSingleShot(true);
        timer->setTimerType(Qt::PreciseTimer);
        timer->setInterval(interval);
        connect(timer, &QTimer::timeout, this, [this, flag] {
            *flag = true;
            if (m_reply)
                m_reply->abort();
        });
        return timer;
    };
    if (m_request.connectTimeout.count() > 0)
        m_connectTimer = makeTimer(m_request.connectTimeout, &m_connectTimedOut);
    if (m_request.transferTimeout.count() > 0)
        m_idleTimer = makeTimer(m_request.transferTimeout, &m_idleTimedOut);
    // Start on the event loop so a caller always has the chance to connect to finished().
    QTimer::singleShot(0, this, &Exchange::start);
}

Exchange::~Exchange()
{
    if (m_tokenExchange) {
        m_tokenExchange->disconnect(this);
        m_tokenExchange->deleteLater();
    }
    if (m_reply) {
        m_reply->disconnect(this);
        m_reply->abort();
        m_reply->deleteLater();
    }
}

void Exchange::cancel()
{
    if (m_finished)
        return;
    m_cancelled = true;
    if (m_reply)
        m_reply->abort();
    else if (m_tokenExchange)
        m_tokenExchange->cancel();
    else
        finishWith(Error{Error::Code::Cancelled, tr("The request was cancelled.")});
}

// What goes out with the first hop already: an OAuth 1.0 signature, and a Digest answer when the
// auth knows realm and nonce (as Postman does). False when the exchange ended with an error.
bool Exchange::signUpFront()
{
    if (m_request.digest && !m_request.digest->realm.isEmpty() && !m_request.digest->nonce.isEmpty()) {
        const DigestCredentials &d = *m_request.digest;
        DigestChallenge challenge;
        challenge.realm = d.realm;
        challenge.nonce = d.nonce;
        challenge.opaque = d.opaque;
        challenge.qop = d.qop;
        if (!d.algorithm.isEmpty())
            challenge.algorithm = d.algorithm.toUpper().endsWith("-SESS") ? d.algorithm.toUpper().chopped(4) + "sess" : d.algorithm.toUpper();
        bool ok = false;
        const int nc = d.nonceCount.toInt(&ok, 16);
        QByteArray uri = m_request.url.toEncoded(QUrl::RemoveScheme | QUrl::RemoveAuthority | QUrl::RemoveFragment);
        if (uri.isEmpty())
            uri = "/"_ba;
        const QByteArray cnonce = d.clientNonce.isEmpty() ? QUuid::createUuid().toByteArray(QUuid::Id128).left(16) : d.clientNonce;
        const QByteArray authorization = digestAuthorization(challenge, m_request.method, uri, d.username, d.password, cnonce, ok && nc > 0 ? nc : 1);
        m_request.headers.removeIf([](const auto &h) { return h.first.compare("authorization", Qt::CaseInsensitive) == 0; });
        m_request.headers.append({"Authorization"_ba, authorization});
    }
    if (m_request.oauth1) {
        if (auto signedRequest = signOAuth1(m_request, *m_request.oauth1); !signedRequest) {
            finishWith(signedRequest.error());
            return false;
        }
    }
    return true;
}

void Exchange::start()
{
    if (m_finished)
        return;
    if (!signUpFront())
        return;
    if (!m_request.oauth2 || hasHeader(m_request.headers, "authorization")) {
        startHop();
        return;
    }
    const OAuth2ClientCredentials &config = *m_request.oauth2;
    if (const auto cached = m_client->tokenCache().find(oauth2CacheKey(config), QDateTime::currentDateTimeUtc())) {
        m_result.notes.append(tr("OAuth 2.0: reused the token from %1 (still valid).").arg(config.tokenUrl.toString(QUrl::RemoveUserInfo | QUrl::RemoveQuery)));
        m_tokenFromCache = true;
        applyToken(*cached);
        startHop();
        return;
    }
    requestToken();
}

// A token from the endpoint: with the refresh token when one is kept, else by client credentials.
void Exchange::requestToken()
{
    const OAuth2ClientCredentials &config = *m_request.oauth2;
    const QString where = config.tokenUrl.toString(QUrl::RemoveUserInfo | QUrl::RemoveQuery);
    m_refreshToken = m_client->tokenCache().refreshToken(oauth2CacheKey(config));
    HttpRequest tokenRequest;
    if (!m_refreshToken.isEmpty()) {
        tokenRequest = refreshTokenRequest(config, m_refreshToken);
    } else if (config.authorizationCode) {
        // That grant needs the user in a browser; it runs from the auth editor, not here.
        finishWith(Error{Error::Code::Auth, tr("There is no valid OAuth 2.0 token from %1 yet: sign in (authorization code) first; nothing was sent.")
                                                .arg(where)});
        return;
    } else {
        tokenRequest = clientCredentialsTokenRequest(config);
    }
    tokenRequest.tls = m_request.tls;
    tokenRequest.hostTls = m_request.hostTls;
    m_tokenExchange = m_client->send(tokenRequest);
    connect(m_tokenExchange, &Exchange::finished, this, &Exchange::onTokenReceived);
}

// A 401 to a request that carried a cached token: the token may have been revoked or the server's
// clock differs; one new token (refreshed, or by client credentials) is worth a second try.
bool Exchange::canRetryWithNewToken() const
{
    if (!m_request.oauth2 || !m_tokenFromCache || m_tokenRetried || !hasHeader(m_request.headers, "authorization"))
        return false;
    return !m_request.oauth2->authorizationCode || !m_client->tokenCache().refreshToken(oauth2CacheKey(*m_request.oauth2)).isEmpty();
}

void Exchange::onTokenReceived(const ExchangeResult &tokenResult)
{
    if (m_tokenExchange)
        m_tokenExchange->deleteLater();
    m_tokenExchange = nullptr;
    if (m_finished)
        return;
    if (m_cancelled) {
        finishWith(Error{Error::Code::Cancelled, tr("The request was cancelled.")});
        return;
    }
    const OAuth2ClientCredentials &config = *m_request.oauth2;
    const QString where = config.tokenUrl.toString(QUrl::RemoveUserInfo | QUrl::RemoveQuery);
    if (m_timedOut) {
        finishWith(Error{Error::Code::Timeout, tr("No OAuth 2.0 token from %1 within %2 ms.").arg(where).arg(m_request.timeout.count())});
        return;
    }
    const QString key = oauth2CacheKey(config);
    auto token = parseTokenResponse(tokenResult, config.tokenUrl, QDateTime::currentDateTimeUtc());
    const bool refreshed = !m_refreshToken.isEmpty();
    if (!token && refreshed && tokenResult.response) {
        // The endpoint refused the refresh token (expired or revoked): it is of no further use.
        m_client->tokenCache().remove(key);
        m_refreshToken.clear();
        if (!config.authorizationCode) {
            m_result.notes.append(tr("OAuth 2.0: %1 refused the refresh token; asked for a new token with the client credentials.").arg(where));
            requestToken();
            return;
        }
        finishWith(Error{Error::Code::Auth, tr("%1 Sign in again (authorization code); nothing was sent.").arg(token.error().message)});
        return;
    }
    if (!token) {
        finishWith(token.error());
        return;
    }
    if (token->refreshToken.isEmpty())
        token->refreshToken = m_refreshToken; // RFC 6749 §6: the old one stays valid when none is issued
    m_client->tokenCache().insert(key, *token);
    const QString until = token->expiresAt.isValid() ? token->expiresAt.toLocalTime().toString(Qt::ISODate) : QString();
    if (refreshed) {
        m_result.notes.append(until.isEmpty() ? tr("OAuth 2.0: refreshed the token at %1.").arg(where)
                                              : tr("OAuth 2.0: refreshed the token at %1, valid until %2.").arg(where, until));
    } else {
        m_result.notes.append(until.isEmpty() ? tr("OAuth 2.0: got a token from %1.").arg(where)
                                              : tr("OAuth 2.0: got a token from %1, valid until %2.").arg(where, until));
    }
    applyToken(*token);
    startHop();
}

void Exchange::applyToken(const OAuth2Token &token)
{
    const QString prefix = m_request.oauth2->headerPrefix.isEmpty() ? u"Bearer"_s : m_request.oauth2->headerPrefix;
    m_request.headers.removeIf([](const auto &h) { return h.first.compare("authorization", Qt::CaseInsensitive) == 0; });
    m_request.headers.append({"Authorization"_ba, prefix.toUtf8() + ' ' + token.accessToken});
}

void Exchange::startHop()
{
    if (m_finished)
        return;
    const QUrl &url = m_request.url;
    if (!url.isValid() || url.host().isEmpty() || (url.scheme() != "http"_L1 && url.scheme() != "https"_L1)) {
        finishWith(Error{Error::Code::InvalidUrl,
                         tr("'%1' is not an http:// or https:// URL.").arg(url.toString(QUrl::RemoveUserInfo))});
        return;
    }
    // Where this hop connects: a host rewrite changes the address, not the request (HttpRequest::hostRewrites).
    const QUrl connectUrl = rewriteHost(url, m_request.hostRewrites);

    if (connectUrl.scheme() == "https"_L1) {
        const HostTlsOptions *hostTls = nullptr;
        const TlsOptions tls = tlsOptionsFor(m_request.tls, m_request.hostTls, connectUrl, &hostTls);
        if (hostTls && !m_hostTlsNoted.contains(connectUrl.host())) {
            m_hostTlsNoted.append(connectUrl.host());
            QStringList what;
            if (!hostTls->tls.verifyPeer)
                what.append(tr("certificate verification OFF"));
            if (!hostTls->tls.caBundleFile.isEmpty())
                what.append(tr("CA bundle %1").arg(QDir::toNativeSeparators(hostTls->tls.caBundleFile)));
            if (!hostTls->tls.clientCertificateFile.isEmpty())
                what.append(tr("client certificate %1").arg(QDir::toNativeSeparators(hostTls->tls.clientCertificateFile)));
            m_result.notes.append(tr("TLS: the settings for %1 from %2 apply: %3.")
                                      .arg(hostTls->host, hostTls->source.isEmpty() ? tr("the request") : hostTls->source,
                                           what.isEmpty() ? tr("none") : what.join(u", "_s)));
        }
        auto ssl = makeSslConfiguration(tls);
        if (!ssl) {
            finishWith(ssl.error());
            return;
        }
        m_client->prepareConnection(connectUrl, tls);
        m_sslConfiguration = std::move(*ssl);
        m_hopVerifiesPeer = tls.verifyPeer;
    }

    HeaderList headers = m_request.headers;
    if (const QByteArray host = rewrittenHostHeader(url, connectUrl); !host.isEmpty() && !hasHeader(headers, "host"))
        headers.prepend({"Host"_ba, host});
    // Each header once: repeated names are folded into one comma-separated value (RFC 9110 5.3).
    QNetworkRequest nreq(connectUrl);
    nreq.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    nreq.setAttribute(QNetworkRequest::CacheLoadControlAttribute, QNetworkRequest::AlwaysNetwork);
    nreq.setAttribute(QNetworkRequest::CacheSaveControlAttribute, false);
    // Every header that goes on the wire is set below: plain http may take the direct path.
    nreq.setAttribute(kDirectHttpRequestAttribute, true);
    // The target as written, for the direct path (Qt's stack sends the QUrl's own encoding).
    if (!m_request.target.isEmpty() && requestTarget(m_request) == m_request.target)
        nreq.setAttribute(kDirectHttpTargetAttribute, m_request.target);
    if (connectUrl.scheme() == "https"_L1 && m_sslConfiguration)
        nreq.setSslConfiguration(*m_sslConfiguration);
    if (!hasHeader(headers, "user-agent"))
        headers.append({"User-Agent"_ba, HttpClient::defaultUserAgent()});
    if (!hasHeader(headers, "accept"))
        headers.append({"Accept"_ba, "*/*"_ba});
    auto upload = prepareUpload();
    if (!upload) {
        finishWith(upload.error());
        return;
    }
    if (!upload->contentType.isEmpty() && !hasHeader(headers, "content-type"))
        headers.append({"Content-Type"_ba, upload->contentType});
    if (!hasHeader(headers, "accept-encoding"))
        headers.append({"Accept-Encoding"_ba, acceptedEncodings()});
    if (upload->size == 0 && !upload->device && m_request.body.isEmpty() && !hasHeader(headers, "content-length")
        && !hasHeader(headers, "transfer-encoding")) {
        // An empty body where the method gives a body meaning is said to be empty (RFC 9110 8.6), as
        // Postman (Node) does for POST, PUT, PATCH and custom methods.
        bool bodyless = false;
        for (QByteArrayView m : {"GET"_ba, "HEAD"_ba, "DELETE"_ba, "OPTIONS"_ba, "TRACE"_ba, "CONNECT"_ba})
            bodyless = bodyless || m_request.method == m;
        if (!bodyless)
            headers.append({"Content-Length"_ba, "0"_ba});
    }
    // The jar's cookies for this hop's URL, after any the user set (as Qt would merge them).
    nreq.setAttribute(QNetworkRequest::CookieLoadControlAttribute, QNetworkRequest::Manual);
    nreq.setAttribute(QNetworkRequest::CookieSaveControlAttribute, QNetworkRequest::Manual);
    if (QNetworkCookieJar *jar = m_request.disableCookies ? nullptr : m_client->cookieJar()) {
        QByteArrayList pairs;
        for (const QNetworkCookie &cookie : jar->cookiesForUrl(url))
            pairs.append(cookie.toRawForm(QNetworkCookie::NameAndValueOnly));
        if (!pairs.isEmpty()) {
            auto it = std::find_if(headers.begin(), headers.end(), [](const auto &h) { return h.first.compare("cookie", Qt::CaseInsensitive) == 0; });
            if (it == headers.end())
                headers.append({"Cookie"_ba, pairs.join("; ")});
            else
                it->second += "; " + pairs.join("; ");
        }
    }
    HeaderList folded;
    for (const auto &[name, value] : std::as_const(headers)) {
        auto it = std::find_if(folded.begin(), folded.end(),
                               [&](const auto &h) { return h.first.compare(name, Qt::CaseInsensitive) == 0; });
        if (it == folded.end())
            folded.append({name, value});
        else
            it->second += ", "_ba + value;
    }
    QByteArrayList names; // as written: Qt 6.7+ keeps header names in lower case
    for (const auto &[name, value] : std::as_const(folded)) {
        nreq.setRawHeader(name, value);
        names.append(name);
    }
    nreq.setAttribute(kDirectHttpHeaderNamesAttribute, QVariant::fromValue(names));

    // Record what goes on the wire: ours, then what Qt's HTTP stack adds itself.
    SentRequest sent{m_request.method, url, folded, m_request.body, m_request.credentialHeaders, upload->description, upload->size};
    const QByteArray hostHeader = connectUrl.port(-1) == -1 ? connectUrl.host(QUrl::FullyEncoded).toLatin1()
                                                            : connectUrl.host(QUrl::FullyEncoded).toLatin1() + ':' + QByteArray::number(connectUrl.port());
    if (!hasHeader(folded, "host"))
        sent.headers.prepend({"Host"_ba, hostHeader});
    sent.injectedCredentials = m_request.injectedCredentials;
    if (upload->size > 0)
        sent.headers.append({"Content-Length"_ba, QByteArray::number(upload->size)});
    if (!hasHeader(folded, "accept-language"))
        sent.headers.append({"Accept-Language"_ba, defaultAcceptLanguage()});
    if (!hasHeader(folded, "connection"))
        sent.headers.append({"Connection"_ba, "Keep-Alive"_ba});
    m_result.request = std::move(sent);

    m_tlsErrors.clear();
    m_body = Body{};
    if (upload->device)
        m_reply = m_nam->sendCustomRequest(nreq, m_request.method, upload->device);
    else if (!m_request.body.isEmpty())
        m_reply = m_nam->sendCustomRequest(nreq, m_request.method, m_request.body);
    else if (m_request.method == "HEAD")
        m_reply = m_nam->head(nreq); // as a custom verb, Qt's stack would wait for the body Content-Length announces
    else
        m_reply = m_nam->sendCustomRequest(nreq, m_request.method);
    // The upload lives as long as the reply that reads it.
    if (upload->device)
        upload->device->setParent(m_reply);
    QNetworkReply *reply = m_reply;
    // Bounded, so that a body streaming to a file never piles up in memory.
    reply->setReadBufferSize(4 * 1024 * 1024);
    connect(reply, &QNetworkReply::readyRead, this, &Exchange::onReadyRead);
    // Connect timeout until the connection is up (for https: encrypted), then the idle timeout.
    if (m_idleTimer)
        m_idleTimer->stop();
    if (m_connectTimer)
        m_connectTimer->start();
    else
        connectionEstablished();
    connect(reply, &QNetworkReply::encrypted, this, &Exchange::connectionEstablished);
    connect(reply, &QNetworkReply::requestSent, this, &Exchange::transferActivity);
    connect(reply, &QNetworkReply::metaDataChanged, this, &Exchange::transferActivity);
    connect(reply, &QNetworkReply::readyRead, this, &Exchange::transferActivity);
    connect(reply, &QNetworkReply::uploadProgress, this, [this](qint64 bytesSent, qint64) {
        if (bytesSent > 0)
            transferActivity();
    });
    connect(reply, &QNetworkReply::socketStartedConnecting, this, [this] {
        if (m_result.timings.connectStarted < 0)
            m_result.timings.connectStarted = elapsed();
    });
    connect(reply, &QNetworkReply::encrypted, this, [this, reply] {
        m_result.timings.tlsDone = elapsed();
        m_result.tls = tlsInfoFrom(reply->sslConfiguration(), m_hopVerifiesPeer);
    });
    connect(reply, &QNetworkReply::requestSent, this, [this] { m_result.timings.requestSent = elapsed(); });
    connect(reply, &QNetworkReply::metaDataChanged, this, [this] {
        if (m_result.timings.firstByte < 0)
            m_result.timings.firstByte = elapsed();
    });
    connect(reply, &QNetworkReply::downloadProgress, this, [this](qint64 received, qint64 total) {
        const qint64 since = m_result.timings.firstByte >= 0 ? elapsed() - m_result.timings.firstByte : elapsed();
        Q_EMIT progressed(received, total, since > 0 ? double(received) * 1000.0 / double(since) : 0.0);
    });
    connect(reply, &QNetworkReply::sslErrors, this, [this](const QList<QSslError> &errors) {
        // The first error is the one to act on; the rest usually follow from it.
        if (!errors.isEmpty())
            m_tlsErrors = explainTlsError(errors.first());
    });
    connect(reply, &QNetworkReply::finished, this, &Exchange::onReplyFinished);
}

Expected<Exchange::Upload> Exchange::prepareUpload()
{
    Upload upload;
    if (!m_request.multipart.isEmpty()) {
        // Our own boundary, so the Content-Type we record is the one on the wire; the part headers
        // go out as written here (MultipartBody, not QHttpMultiPart, which lower-cases them).
        const QByteArray boundary = "gatehouse-" + QUuid::createUuid().toByteArray(QUuid::Id128);
        auto *multipart = new MultipartBody(boundary);
        for (const MultipartPart &p : std::as_const(m_request.multipart)) {
            QByteArray disposition = "form-data; name=\"" + p.name + '"';
            QByteArray type = p.contentType;
            if (!p.filePath.isEmpty()) {
                const QString fileName = p.fileName.isEmpty() ? QFileInfo(p.filePath).fileName() : p.fileName;
                disposition += "; filename=\"" + fileName.toUtf8() + '"';
                if (type.isEmpty())
                    type = "application/octet-stream"_ba;
            }
            QByteArray headerBlock = "Content-Disposition: " + disposition + "\r\n";
            if (!type.isEmpty())
                headerBlock += "Content-Type: " + type + "\r\n";
            if (p.filePath.isEmpty()) {
                multipart->addPart(headerBlock, p.value);
            } else if (!multipart->addFilePart(headerBlock, p.filePath)) {
                const Error error{Error::Code::FileUnreadable, tr("Cannot read the file '%1' for form field '%2': %3")
                                                                   .arg(p.filePath, QString::fromUtf8(p.name), multipart->errorString())};
                delete multipart; // and the files opened so far
                return std::unexpected(error);
            }
        }
        multipart->finish();
        const qint64 size = multipart->size();
        upload.device = multipart;
        upload.size = size;
        upload.contentType = "multipart/form-data; boundary=" + boundary;
        upload.description = tr("multipart/form-data, parts: %1, %2").arg(m_request.multipart.size()).arg(formatSize(size));
        return upload;
    }
    if (!m_request.bodyFile.isEmpty()) {
        auto *file = new QFile(m_request.bodyFile);
        if (!file->open(QIODevice::ReadOnly)) {
            const QString why = file->errorString();
            delete file;
            return std::unexpected(Error{Error::Code::FileUnreadable,
                                         tr("Cannot read the body file '%1': %2").arg(m_request.bodyFile, why)});
        }
        upload.device = file;
        upload.size = file->size();
        upload.contentType = "application/octet-stream"_ba;
        upload.description = tr("%1 (%2), streamed from disk").arg(QFileInfo(m_request.bodyFile).fileName(), formatSize(upload.size));
        return upload;
    }
    upload.size = m_request.body.size();
    if (!m_request.body.isEmpty())
        upload.contentType = "application/x-www-form-urlencoded"_ba; // as curl -d does
    return upload;
}

void Exchange::connectionEstablished()
{
    if (m_connectTimer)
        m_connectTimer->stop();
    if (m_idleTimer)
        m_idleTimer->start();
}

void Exchange::transferActivity()
{
    // Bytes moving over http prove the connection is up (there is no signal for that, as there is for TLS).
    if (m_connectTimer && m_connectTimer->isActive() && rewriteHost(m_request.url, m_request.hostRewrites).scheme() != "https"_L1)
        connectionEstablished();
    else if (m_idleTimer && (!m_connectTimer || !m_connectTimer->isActive()))
        m_idleTimer->start();
}

bool Exchange::isInterimResponse(int status, const QByteArray &location, const QByteArray &wwwAuthenticate) const
{
    const bool redirect = status == 301 || status == 302 || status == 303 || status == 307 || status == 308;
    if (m_request.followRedirects && redirect && !location.isEmpty())
        return true;
    if (status == 401 && canRetryWithNewToken())
        return true;
    return status == 401 && m_request.digest && !m_digestAnswered && parseDigestChallenge(wwwAuthenticate).has_value();
}

void Exchange::onReadyRead()
{
    QNetworkReply *reply = m_reply;
    if (!reply)
        return;
    decideBody(reply);
    if (m_body.stopped || !reply->isOpen())
        return; // the output file failed and the reply was aborted
    receive(reply, reply->readAll());
}

void Exchange::decideBody(QNetworkReply *reply)
{
    if (m_body.decided)
        return;
    m_body.decided = true;
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    m_body.interim = isInterimResponse(status, reply->rawHeader("location"), reply->rawHeader("www-authenticate"));
    if (m_body.interim)
        return;
    const qint64 length = reply->header(QNetworkRequest::ContentLengthHeader).toLongLong();
    if (!m_request.bodyOutputFile.isEmpty() || length > m_request.memoryBodyLimit)
        (void)enterFileMode(reply);
}

void Exchange::receive(QNetworkReply *reply, const QByteArray &data)
{
    if (data.isEmpty() || m_body.stopped)
        return;
    m_body.encodedSize += data.size();
    if (m_body.toFile) {
        writeToFile(reply, data);
        return;
    }
    m_body.raw += data;
    if (!m_body.interim && m_body.raw.size() > m_request.memoryBodyLimit)
        (void)enterFileMode(reply);
}

bool Exchange::openSink()
{
    if (!m_request.bodyOutputFile.isEmpty()) {
        m_body.sink = std::make_unique<QFile>(m_request.bodyOutputFile);
        if (!m_body.sink->open(QIODevice::WriteOnly | QIODevice::Truncate)) {
            m_body.error = Error{Error::Code::FileUnwritable, tr("Cannot write the response body to %1: %2")
                                                                  .arg(QDir::toNativeSeparators(m_request.bodyOutputFile), m_body.sink->errorString())};
        }
    } else {
        m_body.temp = std::make_shared<QTemporaryFile>(QDir(QDir::tempPath()).filePath(u"gatehouse-body-XXXXXX"_s));
        if (!m_body.temp->open()) {
            m_body.error = Error{Error::Code::FileUnwritable, tr("Cannot create a temporary file for the response body in %1: %2")
                                                                  .arg(QDir::toNativeSeparators(QDir::tempPath()), m_body.temp->errorString())};
        }
    }
    return !m_body.error;
}

bool Exchange::enterFileMode(QNetworkReply *reply)
{
    m_body.toFile = true;
    if (!openSink()) {
        m_body.stopped = true;
        reply->abort();
        return false;
    }
    const QByteArray encoding = reply->rawHeader("content-encoding");
    if (!encoding.isEmpty()) {
        if (auto decoder = ContentDecoder::create(encoding, m_request.maxDecodedBodySize))
            m_body.decoder.emplace(std::move(*decoder));
        else
            m_body.problem = decoder.error().message; // kept as received
    }
    const QByteArray pending = std::exchange(m_body.raw, {});
    if (!pending.isEmpty())
        writeToFile(reply, pending);
    return true;
}

void Exchange::writeToFile(QNetworkReply *reply, const QByteArray &data)
{
    if (m_body.stopped)
        return;
    QByteArray out = data;
    if (m_body.decoder) {
        auto decoded = m_body.decoder->feed(data);
        if (!decoded) {
            // What decoded so far stays in the file; the rest is not worth downloading.
            m_body.problem = decoded.error().message;
            m_body.stopped = true;
            reply->abort();
            return;
        }
        out = std::move(*decoded);
    }
    QIODevice *device = m_body.sink ? static_cast<QIODevice *>(m_body.sink.get()) : m_body.temp.get();
    if (device->write(out) != out.size()) {
        m_body.error = Error{Error::Code::FileUnwritable, tr("Cannot write the response body to %1: %2")
                                                              .arg(QDir::toNativeSeparators(m_body.sink ? m_body.sink->fileName() : m_body.temp->fileName()), device->errorString())};
        m_body.stopped = true;
        reply->abort();
        return;
    }
    if (m_body.preview.size() < kPreviewSize)
        m_body.preview += out.first(std::min(out.size(), kPreviewSize - m_body.preview.size()));
    m_body.written += out.size();
}

void Exchange::onReplyFinished()
{
    QNetworkReply *reply = m_reply;
    if (!reply)
        return;
    reply->deleteLater();
    m_reply = nullptr;

    const QVariant status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute);
    if (status.isValid() && !m_body.stopped) {
        decideBody(reply);
        if (!m_body.stopped && reply->isOpen())
            receive(reply, reply->readAll());
    }
    if (m_body.error) {
        finishWith(*m_body.error);
        return;
    }
    if (m_connectTimer)
        m_connectTimer->stop();
    if (m_idleTimer)
        m_idleTimer->stop();
    if (m_connectTimedOut) {
        finishWith(Error{Error::Code::Timeout, tr("Could not connect to %1 within %2 ms (connect timeout).")
                                                   .arg(m_request.url.host())
                                                   .arg(m_request.connectTimeout.count())});
        return;
    }
    if (m_idleTimedOut) {
        finishWith(Error{Error::Code::Timeout, tr("%1 sent nothing for %2 ms (transfer timeout).")
                                                   .arg(m_request.url.host())
                                                   .arg(m_request.transferTimeout.count())});
        return;
    }
    if (!status.isValid() || m_cancelled || m_timedOut) {
        if (m_cancelled) {
            finishWith(Error{Error::Code::Cancelled, tr("The request was cancelled.")});
        } else if (m_timedOut) {
            finishWith(Error{Error::Code::Timeout,
                             tr("No complete response from %1 within %2 ms.").arg(m_request.url.host()).arg(m_request.timeout.count())});
        } else {
            const QString detail = m_tlsErrors.isEmpty() ? reply->errorString() : m_tlsErrors;
            const auto code = m_tlsErrors.isEmpty() ? reply->error() : QNetworkReply::SslHandshakeFailedError;
            finishWith(transportError(code, detail, rewriteHost(m_request.url, m_request.hostRewrites)));
        }
        return;
    }

    if (QNetworkCookieJar *jar = m_request.disableCookies ? nullptr : m_client->cookieJar()) {
        // Qt parses every Set-Cookie line; the jar applies the domain, path and expiry rules.
        const auto cookies = reply->header(QNetworkRequest::SetCookieHeader).value<QList<QNetworkCookie>>();
        if (!cookies.isEmpty())
            jar->setCookiesFromUrl(cookies, m_request.url);
    }

    if (!m_body.stopped && reply->error() != QNetworkReply::NoError
        && (reply->error() <= QNetworkReply::UnknownNetworkError || reply->error() == QNetworkReply::ProtocolFailure)) {
        // The status and headers came, the body did not (a close before Content-Length was reached,
        // a broken chunked encoding): what arrived is not the response.
        finishWith(Error{reply->error() == QNetworkReply::RemoteHostClosedError ? Error::Code::RemoteClosed : Error::Code::Network,
                         tr("The response from %1 (status %2) is incomplete: %3")
                             .arg(m_request.url.host())
                             .arg(status.toInt())
                             .arg(reply->errorString())});
        return;
    }
    const bool http2 = reply->attribute(QNetworkRequest::Http2WasUsedAttribute).toBool();
    const bool direct = reply->attribute(kDirectHttpReplyAttribute).toBool();
    if (!http2 && !direct && reply->rawHeaderPairs().isEmpty()) {
        // Qt's HTTP/1 parser (QHttpHeaderParser) drops every header, silently, when a response has
        // more header lines than it accepts (100) or too many bytes of them; the body is then read
        // without its framing. A response without a single header line is not worth showing as if
        // it were complete.
        finishWith(Error{Error::Code::Network,
                         tr("The response from %1 (status %2) arrived without any headers: either the server sent none, or it sent "
                            "more header lines than the HTTP parser accepts (100) and all of them were dropped. The response is not "
                            "shown, because its headers and length are unknown.")
                             .arg(m_request.url.host())
                             .arg(status.toInt())});
        return;
    }
    HttpResponse response;
    response.statusCode = status.toInt();
    response.reasonPhrase = reply->attribute(QNetworkRequest::HttpReasonPhraseAttribute).toByteArray();
    response.httpVersion = http2 ? "2"_ba : "1.1"_ba;
    m_result.request.httpVersion = response.httpVersion;
    for (const auto &[name, value] : reply->rawHeaderPairs()) {
        response.headerBytes += name.size() + value.size() + 4;
        response.headers.append({name, value});
    }
    if (m_body.toFile) {
        (m_body.sink ? static_cast<QFileDevice *>(m_body.sink.get()) : m_body.temp.get())->flush();
        response.body = m_body.preview;
        response.bodyFilePath = m_body.sink ? QFileInfo(*m_body.sink).absoluteFilePath() : m_body.temp->fileName();
        response.bodyTempFile = m_body.temp;
        response.bodyFileSize = m_body.written;
        response.encodedBodySize = m_body.encodedSize;
        response.decodingProblem = m_body.problem;
        if (m_body.sink)
            m_body.sink->close();
    } else {
        response.body = std::exchange(m_body.raw, {});
        response.encodedBodySize = response.body.size();
        if (const QByteArray encoding = headerValue(response.headers, "content-encoding"); !encoding.isEmpty()) {
            if (auto decoded = decodeContent(response.body, encoding, m_request.maxDecodedBodySize))
                response.body = std::move(*decoded);
            else
                response.decodingProblem = decoded.error().message;
        }
        // Small on the wire but big decoded, or wanted in a file: it goes to the file now.
        if (!m_body.interim && (response.body.size() > m_request.memoryBodyLimit || !m_request.bodyOutputFile.isEmpty())) {
            if (openSink()) {
                QFileDevice *device = m_body.sink ? static_cast<QFileDevice *>(m_body.sink.get()) : m_body.temp.get();
                if (device->write(response.body) != response.body.size() || !device->flush()) {
                    m_body.error = Error{Error::Code::FileUnwritable, tr("Cannot write the response body to %1: %2")
                                                                          .arg(QDir::toNativeSeparators(device->fileName()), device->errorString())};
                }
            }
            if (m_body.error) {
                finishWith(*m_body.error);
                return;
            }
            response.bodyFilePath = m_body.sink ? QFileInfo(*m_body.sink).absoluteFilePath() : m_body.temp->fileName();
            response.bodyTempFile = m_body.temp;
            response.bodyFileSize = response.body.size();
            response.body.truncate(kPreviewSize);
            if (m_body.sink)
                m_body.sink->close();
        }
    }

    const int code = response.statusCode;
    if (code == 401 && m_request.digest && !m_digestAnswered) {
        if (const auto challenge = parseDigestChallenge(headerValue(response.headers, "www-authenticate"))) {
            // Ask again with the answer; the 401 stays visible as a hop of the exchange.
            const QByteArray uri = requestTarget(m_request);
            const QByteArray cnonce = QUuid::createUuid().toByteArray(QUuid::Id128).left(16);
            const QByteArray authorization = digestAuthorization(*challenge, m_request.method, uri, m_request.digest->username,
                                                                 m_request.digest->password, cnonce);
            m_request.headers.removeIf([](const auto &h) { return h.first.compare("authorization", Qt::CaseInsensitive) == 0; });
            m_request.headers.append({"Authorization"_ba, authorization});
            m_result.redirects.append({m_request.url, code, m_request.url, true});
            m_digestAnswered = true;
            startHop();
            return;
        }
    }
    if (code == 401 && canRetryWithNewToken()) {
        // The cached token was refused: drop it, get a new one and ask once more; the 401 stays a hop.
        m_tokenRetried = true;
        m_result.redirects.append({m_request.url, code, m_request.url, true});
        m_result.notes.append(tr("OAuth 2.0: %1 refused the cached token (401); got a new one and sent the request again.").arg(m_request.url.host()));
        m_client->tokenCache().invalidate(oauth2CacheKey(*m_request.oauth2));
        requestToken();
        return;
    }
    if (code == 401 && m_request.oauth2 && m_tokenFromCache && !m_tokenRetried && hasHeader(m_request.headers, "authorization")) {
        // Authorization code without a refresh token: only the user can get a new one.
        m_client->tokenCache().invalidate(oauth2CacheKey(*m_request.oauth2));
        m_result.notes.append(tr("OAuth 2.0: %1 refused the cached token (401); it was dropped, sign in again.").arg(m_request.url.host()));
    }
    const QByteArray location = headerValue(response.headers, "location");
    const bool isRedirect = code == 301 || code == 302 || code == 303 || code == 307 || code == 308;
    if (m_request.followRedirects && isRedirect && !location.isEmpty()) {
        const QUrl next = m_request.url.resolved(QUrl::fromEncoded(location));
        m_result.redirects.append({m_request.url, code, next, false});
        if (m_result.redirects.size() > m_request.maxRedirects) {
            finishWith(Error{Error::Code::TooManyRedirects,
                             tr("Too many redirects (more than %1); the server may be redirecting in a loop.").arg(m_request.maxRedirects)});
            return;
        }
        // As Postman (postman-request) does: every redirect but 307 and 308 becomes a GET (a HEAD
        // stays one) without a body, unless followOriginalHttpMethod keeps method and body.
        if (code != 307 && code != 308 && !m_request.followOriginalHttpMethod) {
            if (m_request.method != "HEAD")
                m_request.method = "GET"_ba;
            m_request.body.clear();
            m_request.bodyFile.clear();
            m_request.multipart.clear();
            m_request.headers.removeIf([](const auto &h) { return isBodyHeader(h.first); });
        }
        if (!sameOrigin(m_request.url, next)) {
            // Authorization goes along only with followAuthorizationHeader; the other credentials never.
            const bool keepAuthorization = m_request.followAuthorizationHeader;
            m_request.headers.removeIf([this, keepAuthorization](const auto &h) {
                if (keepAuthorization && h.first.compare("authorization", Qt::CaseInsensitive) == 0)
                    return false;
                return isCredentialHeader(h.first)
                    || std::any_of(m_request.credentialHeaders.cbegin(), m_request.credentialHeaders.cend(),
                                   [&](const QByteArray &c) { return c.compare(h.first, Qt::CaseInsensitive) == 0; });
            });
        }
        if (m_request.url.host().compare(next.host(), Qt::CaseInsensitive) != 0)
            m_request.headers.removeIf([](const auto &h) { return h.first.compare("host", Qt::CaseInsensitive) == 0; });
        if (!m_request.removeRefererOnRedirect) {
            // The page the redirect came from, as Postman sends it (replacing a Referer set before);
            // with removeRefererOnRedirect, a Referer the user set stays as it is. To another origin
            // only the origin goes (a query may hold a key), and nothing from https to http, as
            // browsers do by default (strict-origin-when-cross-origin).
            m_request.headers.removeIf([](const auto &h) { return h.first.compare("referer", Qt::CaseInsensitive) == 0; });
            const QUrl &from = m_request.url;
            if (sameOrigin(from, next))
                m_request.headers.append({"Referer"_ba, from.toEncoded(QUrl::RemoveUserInfo | QUrl::RemoveFragment)});
            else if (from.scheme() != "https"_L1 || next.scheme() == "https"_L1)
                m_request.headers.append({"Referer"_ba, from.toEncoded(QUrl::RemoveUserInfo | QUrl::RemovePath | QUrl::RemoveQuery | QUrl::RemoveFragment) + '/'});
        }
        m_request.url = next;
        m_request.target.clear(); // the Location's URL, as QUrl encodes it
        m_digestAnswered = false;
        startHop();
        return;
    }

    m_result.response = std::move(response);
    finishWith(std::nullopt);
}

void Exchange::finishWith(std::optional<Error> error)
{
    if (m_finished)
        return;
    m_finished = true;
    if (m_timeout)
        m_timeout->stop();
    if (m_connectTimer)
        m_connectTimer->stop();
    if (m_idleTimer)
        m_idleTimer->stop();
    m_result.error = std::move(error);
    if (m_result.error)
        m_result.response.reset();
    m_result.timings.finished = elapsed();
    Q_EMIT finished(m_result);
}

} // namespace gatehouse
