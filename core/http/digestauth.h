// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>

#include <optional>

namespace gatehouse {

// HTTP Digest access authentication (RFC 7616), answered by the engine itself rather than inside
// Qt so that the 401 challenge and the answer both show up as hops of the exchange, and the
// Authorization header that went out is in the request as sent.
struct DigestChallenge {
    QByteArray realm;
    QByteArray nonce;
    QByteArray opaque;
    QByteArray algorithm = QByteArrayLiteral("MD5"); // MD5, MD5-sess, SHA-256, SHA-256-sess
    QByteArray qop;                                  // the qop list offered; empty: RFC 2069
    bool stale = false;
};

// The Digest challenge among the WWW-Authenticate values (several challenges may share one
// header), or nothing when there is none or it uses an algorithm not supported here.
[[nodiscard]] std::optional<DigestChallenge> parseDigestChallenge(QByteArrayView wwwAuthenticate);

// The Authorization header value answering challenge for method and uri (the request target,
// path and query). cnonce should be random; nc counts the uses of the nonce (from 1).
[[nodiscard]] QByteArray digestAuthorization(const DigestChallenge &challenge, QByteArrayView method, QByteArrayView uri,
                                             const QString &username, const QString &password, const QByteArray &cnonce, int nc = 1);

} // namespace gatehouse
