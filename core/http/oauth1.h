// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "error.h"
#include "http/httprequest.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QUrl>

#include <utility>

namespace gatehouse {

// OAuth 1.0a request signing (RFC 5849 §3), as Postman's "OAuth 1.0" auth does it.
using OAuth1Params = QList<std::pair<QString, QString>>; // decoded names and values

// RFC 5849 §3.6: everything but ALPHA, DIGIT, '-', '.', '_' and '~' as %XX (upper case), of UTF-8.
[[nodiscard]] QByteArray oauth1Encode(const QString &text);

// The name/value pairs of a query or an application/x-www-form-urlencoded body, decoded ('+' is a
// space), a name without '=' having an empty value (§3.4.1.3.1).
[[nodiscard]] OAuth1Params oauth1FormParams(QByteArrayView encoded);

// The signature base string (§3.4.1): METHOD&base-URI&normalized-parameters, where the base URI is
// scheme://host[:port]/path of url (no default port, no query) and params are all the parameters
// signed over: the query's, the form body's and the oauth_* ones (without oauth_signature and realm).
[[nodiscard]] QByteArray oauth1BaseString(QByteArrayView method, const QUrl &url, const OAuth1Params &params);

// The signature of baseString with the consumer and token secrets (§3.4.2–3.4.4): base64 of the
// HMAC for HMAC-SHA1, HMAC-SHA256 and HMAC-SHA512, the key itself for PLAINTEXT. Other methods
// (RSA-SHA1 …) give an error naming the method.
[[nodiscard]] Expected<QByteArray> oauth1Signature(const QString &signatureMethod, const QByteArray &baseString,
                                                   const QString &consumerSecret, const QString &tokenSecret);

// Signs request with credentials: adds the Authorization header (replacing one already there), or
// the oauth_* parameters to the query (to the body when it is a form). Uses the request's final URL
// and body, so call it after host rewrites.
[[nodiscard]] Expected<void> signOAuth1(HttpRequest &request, const OAuth1Credentials &credentials);

} // namespace gatehouse
