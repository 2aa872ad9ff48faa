// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace gatehouse {

// How a request proves who it is. Every text field may contain {{variables}}.
// Only the fields of the current kind matter; the others are kept so that switching the kind
// back and forth in the editor loses nothing, but storage writes only the current kind's fields.
struct Auth {
    enum class Kind {
        None,
        Inherit, // use the nearest folder's (or the collection's) auth
        Basic,
        Bearer,
        ApiKey,
        ApimSubscriptionKey,
        OAuth2,
        Digest, // username and password, answered to the server's challenge by the engine
        OAuth1, // OAuth 1.0a: the engine signs each request (RFC 5849)
    };
    enum class Location { Header, Query };

    Kind kind = Kind::Inherit;

    // Basic and Digest
    QString username;
    QString password;
    // Bearer, and the current access token for OAuth 2.0
    QString token;
    // API key and APIM subscription key: name is the header (or query parameter) name.
    QString keyName;
    QString keyValue;
    Location location = Location::Header;
    // OAuth 2.0 (the flow itself runs in a later issue; the configuration is stored now)
    QString grantType; // "authorization_code", "client_credentials", "password", "implicit"
    QString authUrl;
    QString accessTokenUrl;
    QString clientId;
    QString clientSecret;
    QString scope;
    QString headerPrefix; // "Bearer" when empty
    QString clientAuthentication = {}; // client credentials as "header" (HTTP Basic, when empty) or "body"
    // Digest as Postman has it: with realm and nonce given, the Authorization header goes out at once.
    struct DigestOptions {
        QString realm;
        QString nonce;
        QString algorithm; // MD5 when empty
        QString qop;       // "auth", or none when empty
        QString nonceCount;
        QString clientNonce;
        QString opaque;
        friend bool operator==(const DigestOptions &, const DigestOptions &) = default;
    } digest = {};
    // OAuth 1.0a (Postman's "oauth1"). The secrets are kept like Basic's password.
    struct OAuth1 {
        QString signatureMethod; // HMAC-SHA1 when empty; HMAC-SHA256, HMAC-SHA512, PLAINTEXT
        QString consumerKey;
        QString consumerSecret;
        QString token;
        QString tokenSecret;
        QString timestamp; // now when empty
        QString nonce;     // random when empty
        QString version = QStringLiteral("1.0");
        QString realm;
        QString callback;
        QString verifier;
        bool inHeader = true; // Postman's addParamsToHeader; else query (or form body)
        bool addEmptyParamsToSign = false;
        bool includeBodyHash = false;
        friend bool operator==(const OAuth1 &, const OAuth1 &) = default;
    } oauth1 = {};

    friend bool operator==(const Auth &, const Auth &) = default;
};

// The APIM defaults: the header the gateway reads and the query parameter it also accepts.
inline constexpr QLatin1StringView kApimSubscriptionHeader{"Ocp-Apim-Subscription-Key"};
inline constexpr QLatin1StringView kApimSubscriptionQuery{"subscription-key"};
// The environment variable an APIM subscription key auth reads when keyValue is empty.
inline constexpr QLatin1StringView kApimSubscriptionVariable{"apimSubscriptionKey"};

} // namespace gatehouse
