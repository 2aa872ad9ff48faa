// SPDX-License-Identifier: GPL-3.0-or-later
#include "http/oauth2.h"

#include "storage/secretstore.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUrlQuery>

using namespace Qt::StringLiterals;

namespace gatehouse {

namespace {

constexpr int kExpirySkewSeconds = 30;

QByteArray formEncode(const QString &text)
{
    return QUrl::toPercentEncoding(text);
}

} // namespace

bool OAuth2Token::isUsableAt(const QDateTime &now) const
{
    if (accessToken.isEmpty())
        return false;
    return !expiresAt.isValid() || now.addSecs(kExpirySkewSeconds) < expiresAt;
}

namespace {

HttpRequest tokenRequest(const OAuth2ClientCredentials &config, QByteArrayList form)
{
    HttpRequest request;
    request.method = "POST"_ba;
    request.url = config.tokenUrl;
    request.headers = {{"Content-Type"_ba, "application/x-www-form-urlencoded"_ba}, {"Accept"_ba, "application/json"_ba}};
    if (!config.scope.isEmpty())
        form.append("scope=" + formEncode(config.scope));
    if (config.credentialsInBody) {
        form.append("client_id=" + formEncode(config.clientId));
        if (!config.clientSecret.isEmpty())
            form.append("client_secret=" + formEncode(config.clientSecret));
    } else {
        request.headers.append({"Authorization"_ba, "Basic " + QByteArray(formEncode(config.clientId) + ':' + formEncode(config.clientSecret)).toBase64()});
    }
    request.body = form.join('&');
    request.followRedirects = false; // a token endpoint that redirects is misconfigured; say so
    return request;
}

} // namespace

HttpRequest clientCredentialsTokenRequest(const OAuth2ClientCredentials &config)
{
    return tokenRequest(config, {"grant_type=client_credentials"_ba});
}

HttpRequest refreshTokenRequest(const OAuth2ClientCredentials &config, const QByteArray &refreshToken)
{
    return tokenRequest(config, {"grant_type=refresh_token"_ba, "refresh_token=" + QUrl::toPercentEncoding(QString::fromUtf8(refreshToken))});
}

Expected<OAuth2Token> parseTokenResponse(const ExchangeResult &result, const QUrl &endpoint, const QDateTime &now)
{
    const QString where = endpoint.toString(QUrl::RemoveUserInfo | QUrl::RemoveQuery);
    if (result.error) {
        return std::unexpected(Error{result.error->code, QCoreApplication::translate("gatehouse::OAuth2", "Cannot get an OAuth 2.0 token from %1: %2")
                                                             .arg(where, result.error->message)});
    }
    const HttpResponse &response = *result.response;
    const QJsonObject json = QJsonDocument::fromJson(response.body).object();
    const QString error = json.value("error"_L1).toString();
    if (response.statusCode < 200 || response.statusCode >= 300 || !error.isEmpty()) {
        QString message;
        if (!error.isEmpty()) {
            const QString description = json.value("error_description"_L1).toString();
            message = description.isEmpty()
                ? QCoreApplication::translate("gatehouse::OAuth2", "The token endpoint %1 refused the request (HTTP %2): %3").arg(where).arg(response.statusCode).arg(error)
                : QCoreApplication::translate("gatehouse::OAuth2", "The token endpoint %1 refused the request (HTTP %2): %3: %4")
                      .arg(where)
                      .arg(response.statusCode)
                      .arg(error, description);
        } else {
            message = QCoreApplication::translate("gatehouse::OAuth2", "The token endpoint %1 answered HTTP %2 instead of a token.").arg(where).arg(response.statusCode);
        }
        return std::unexpected(Error{Error::Code::Auth, message});
    }
    OAuth2Token token;
    token.accessToken = json.value("access_token"_L1).toString().toUtf8();
    if (token.accessToken.isEmpty()) {
        return std::unexpected(Error{Error::Code::Auth, QCoreApplication::translate("gatehouse::OAuth2", "The token endpoint %1 answered without an access_token.").arg(where)});
    }
    token.tokenType = json.value("token_type"_L1).toString().toUtf8();
    token.refreshToken = json.value("refresh_token"_L1).toString().toUtf8();
    // Some endpoints (Entra ID v1) send expires_in as a string.
    bool ok = false;
    const qint64 expiresIn = json.value("expires_in"_L1).toVariant().toLongLong(&ok);
    if (ok && expiresIn > 0)
        token.expiresAt = now.addSecs(expiresIn);
    return token;
}

QString oauth2CacheKey(const OAuth2ClientCredentials &config)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    for (const QString &part : {config.tokenUrl.toString(), config.clientId, config.clientSecret, config.scope,
                                config.credentialsInBody ? u"body"_s : u"basic"_s,
                                config.authorizationCode ? u"code "_s + config.authorizationUrl.toString() : u"client"_s}) {
        hash.addData(part.toUtf8());
        hash.addData(QByteArrayView("\0", 1));
    }
    const QString scope = config.cacheScope.isEmpty() ? u"-"_s : config.cacheScope;
    return u"oauth2/"_s + scope + u'/' + QString::fromLatin1(hash.result().toHex().left(32));
}

std::optional<OAuth2Token> OAuth2TokenCache::load(const QString &key)
{
    auto it = m_tokens.find(key);
    if (it == m_tokens.end() && m_store) {
        // A read failure of the store only means a new token is fetched.
        if (auto stored = m_store->read(key); stored && *stored) {
            const QJsonObject json = QJsonDocument::fromJson((*stored)->toUtf8()).object();
            OAuth2Token token;
            token.accessToken = json.value("accessToken"_L1).toString().toUtf8();
            token.tokenType = json.value("tokenType"_L1).toString().toUtf8();
            token.expiresAt = QDateTime::fromString(json.value("expiresAt"_L1).toString(), Qt::ISODate);
            token.refreshToken = json.value("refreshToken"_L1).toString().toUtf8();
            it = m_tokens.insert(key, token);
        }
    }
    if (it == m_tokens.end())
        return std::nullopt;
    return *it;
}

std::optional<OAuth2Token> OAuth2TokenCache::find(const QString &key, const QDateTime &now)
{
    const std::optional<OAuth2Token> token = load(key);
    if (!token)
        return std::nullopt;
    if (!token->isUsableAt(now)) {
        invalidate(key);
        return std::nullopt;
    }
    return token;
}

QByteArray OAuth2TokenCache::refreshToken(const QString &key)
{
    const std::optional<OAuth2Token> token = load(key);
    return token ? token->refreshToken : QByteArray();
}

void OAuth2TokenCache::invalidate(const QString &key)
{
    std::optional<OAuth2Token> token = load(key);
    if (!token)
        return;
    if (token->refreshToken.isEmpty()) {
        remove(key);
        return;
    }
    token->accessToken.clear();
    insert(key, *token);
}

void OAuth2TokenCache::insert(const QString &key, const OAuth2Token &token)
{
    m_tokens.insert(key, token);
    // Only tokens that expire (or can be refreshed) are kept beyond this process: one without an
    // expiry could go stale unseen.
    if (m_store && (token.expiresAt.isValid() || !token.refreshToken.isEmpty())) {
        QJsonObject json{{"accessToken"_L1, QString::fromUtf8(token.accessToken)},
                         {"tokenType"_L1, QString::fromUtf8(token.tokenType)},
                         {"expiresAt"_L1, token.expiresAt.toUTC().toString(Qt::ISODate)}};
        if (!token.refreshToken.isEmpty())
            json.insert("refreshToken"_L1, QString::fromUtf8(token.refreshToken));
        (void)m_store->write(key, QString::fromUtf8(QJsonDocument(json).toJson(QJsonDocument::Compact)));
    }
}

void OAuth2TokenCache::remove(const QString &key)
{
    m_tokens.remove(key);
    if (m_store)
        (void)m_store->remove(key);
}

} // namespace gatehouse
