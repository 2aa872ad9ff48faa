// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <optional>

namespace gatehouse {

// A JSON Web Token taken apart for diagnosis. Nothing is verified: Gatehouse only reads the
// claims to explain why a gateway may have refused the token.
struct Jwt {
    QJsonObject header;
    QJsonObject payload;
    bool signedToken = false; // has a non-empty signature part and alg != none

    QString algorithm() const;
    QStringList audiences() const;
    QString issuer() const;
    std::optional<QDateTime> expires() const;
    std::optional<QDateTime> notBefore() const;
    // v1 Entra ID tokens come from https://sts.windows.net/{tid}/, v2 from .../v2.0.
    int entraTokenVersion() const; // 1, 2, or 0 when not an Entra ID token
};

// Parses "eyJ...", "Bearer eyJ...", or anything else (nullopt).
std::optional<Jwt> decodeJwt(QByteArrayView token);

} // namespace gatehouse
