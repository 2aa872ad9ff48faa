// SPDX-License-Identifier: GPL-3.0-or-later
#include "http/httpclient.h"

#include "http/directhttp.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QNetworkAccessManager>

namespace gatehouse {

HttpClient::HttpClient(QObject *parent)
    : QObject(parent)
    , m_nam(new HttpAccessManager(this))
{
    qRegisterMetaType<gatehouse::ExchangeResult>();
    // Redirects are followed by Exchange itself, hop by hop, so each one can be shown.
    m_nam->setRedirectPolicy(QNetworkRequest::ManualRedirectPolicy);
    setProxySettings({});
    // Exchange sends and stores cookies itself (setCookieJar()), so the request as sent shows them.
    m_nam->setCookieJar(nullptr);
}

HttpClient::~HttpClient() = default;

QNetworkAccessManager *HttpClient::networkAccessManager() const
{
    return m_nam;
}

void HttpClient::setDirectHttpEnabled(bool on)
{
    m_nam->setDirectHttpEnabled(on);
}

bool HttpClient::isDirectHttpEnabled() const
{
    return m_nam->isDirectHttpEnabled();
}

Exchange *HttpClient::send(const HttpRequest &request)
{
    return new Exchange(m_nam, request, this);
}

void HttpClient::setProxySettings(const ProxySettings &settings)
{
    m_nam->setProxyFactory(new ProxyFactory(settings)); // the manager owns it
    m_nam->clearConnectionCache();
    m_nam->clearDirectConnections();
}

void HttpClient::setCookieJar(QNetworkCookieJar *jar)
{
    m_cookieJar = jar;
}

void HttpClient::prepareConnection(const QUrl &url, const TlsOptions &tls)
{
    if (url.scheme() != u"https")
        return;
    const QString origin = url.host().toLower() + u':' + QString::number(url.port(443));
    const QByteArray fingerprint = QByteArray::number(int(tls.verifyPeer)) + '|' + tls.caBundleFile.toUtf8() + '|'
        + tls.clientCertificateFile.toUtf8() + '|' + tls.clientKeyFile.toUtf8();
    auto it = m_tlsFingerprints.find(origin);
    if (it != m_tlsFingerprints.end() && *it != fingerprint)
        m_nam->clearConnectionCache();
    m_tlsFingerprints.insert(origin, fingerprint);
}

void HttpClient::fetchOAuth2Token(const HttpRequest &request, QObject *context, std::function<void(const Expected<OAuth2Token> &)> done)
{
    if (!request.oauth2) {
        done(std::unexpected(Error{Error::Code::Auth, QCoreApplication::translate("gatehouse::OAuth2", "The request has no OAuth 2.0 settings.")}));
        return;
    }
    const OAuth2ClientCredentials config = *request.oauth2;
    const QString key = oauth2CacheKey(config);
    const QByteArray refresh = m_tokens.refreshToken(key);
    if (refresh.isEmpty() && config.authorizationCode) {
        done(std::unexpected(Error{Error::Code::Auth, QCoreApplication::translate("gatehouse::OAuth2", "The authorization code grant needs a sign-in in the browser.")}));
        return;
    }
    HttpRequest tokenRequest = refresh.isEmpty() ? clientCredentialsTokenRequest(config) : refreshTokenRequest(config, refresh);
    tokenRequest.tls = request.tls;
    tokenRequest.hostTls = request.hostTls;
    Exchange *exchange = send(tokenRequest);
    connect(exchange, &Exchange::finished, context, [this, exchange, request, config, key, refresh, context, done](const ExchangeResult &result) {
        exchange->deleteLater();
        auto token = parseTokenResponse(result, config.tokenUrl, QDateTime::currentDateTimeUtc());
        if (!token && !refresh.isEmpty() && result.response) {
            // A refused refresh token is of no further use; client credentials can start afresh.
            m_tokens.remove(key);
            fetchOAuth2Token(request, context, done);
            return;
        }
        if (!token) {
            done(token);
            return;
        }
        if (token->refreshToken.isEmpty())
            token->refreshToken = refresh;
        m_tokens.insert(key, *token);
        done(token);
    });
}

QByteArray HttpClient::defaultUserAgent()
{
    return QByteArrayLiteral("Gatehouse/" GATEHOUSE_VERSION);
}

} // namespace gatehouse
