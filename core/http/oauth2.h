// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "error.h"
#include "http/exchangeresult.h"
#include "http/httprequest.h"

#include <QDateTime>
#include <QHash>

namespace gatehouse {

class SecretStore;

struct OAuth2Token {
    QByteArray accessToken;
    QByteArray tokenType;
    QDateTime expiresAt; // invalid: the server gave no expires_in
    QByteArray refreshToken; // empty: the server gave none (a secret, like accessToken)

    // Valid until a little before it expires, so that it does not run out on the way.
    bool isUsableAt(const QDateTime &now) const;
};

// The token request of the client credentials grant: a form POST to the token URL with the
// client authenticated by HTTP Basic (RFC 6749 §2.3.1) or in the body. Azure Entra ID's
// /oauth2/v2.0/token endpoint is such an endpoint.
[[nodiscard]] HttpRequest clientCredentialsTokenRequest(const OAuth2ClientCredentials &config);

// The refresh request (RFC 6749 §6): grant_type=refresh_token, the client authenticated as for
// clientCredentialsTokenRequest().
[[nodiscard]] HttpRequest refreshTokenRequest(const OAuth2ClientCredentials &config, const QByteArray &refreshToken);

// The token in the endpoint's answer, or an error that names the endpoint and the OAuth error
// (error, error_description) or what else went wrong.
[[nodiscard]] Expected<OAuth2Token> parseTokenResponse(const ExchangeResult &result, const QUrl &endpoint, const QDateTime &now);

// The cache key of a configuration: the scope (environment) and a hash of everything that decides
// which token the endpoint hands out. Secrets are hashed, never part of the key in clear.
QString oauth2CacheKey(const OAuth2ClientCredentials &config);

// Tokens by cache key: in memory, and in the secret store when one is set (never in workspace
// files), so that the next run of the CLI or the app reuses a token that is still valid.
class OAuth2TokenCache
{
public:
    void setSecretStore(SecretStore *store) { m_store = store; }
    // A token that is still usable at now; an expired one is dropped (its refresh token is kept).
    [[nodiscard]] std::optional<OAuth2Token> find(const QString &key, const QDateTime &now);
    // The refresh token kept for key, usable or not; empty when there is none.
    [[nodiscard]] QByteArray refreshToken(const QString &key);
    // The access token was refused (401): it is dropped, a refresh token stays for the next fetch.
    void invalidate(const QString &key);
    void insert(const QString &key, const OAuth2Token &token);
    void remove(const QString &key);
    void clear() { m_tokens.clear(); }

private:
    std::optional<OAuth2Token> load(const QString &key);
    QHash<QString, OAuth2Token> m_tokens;
    SecretStore *m_store = nullptr;
};

} // namespace gatehouse
