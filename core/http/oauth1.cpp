// SPDX-License-Identifier: GPL-3.0-or-later
#include "http/oauth1.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDateTime>
#include <QMessageAuthenticationCode>
#include <QRandomGenerator>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace gatehouse {

namespace {

std::optional<QCryptographicHash::Algorithm> hmacAlgorithm(const QString &method)
{
    const QString m = method.toUpper();
    if (m == "HMAC-SHA1"_L1)
        return QCryptographicHash::Sha1;
    if (m == "HMAC-SHA256"_L1)
        return QCryptographicHash::Sha256;
    if (m == "HMAC-SHA512"_L1)
        return QCryptographicHash::Sha512;
    return std::nullopt;
}

QString randomNonce()
{
    static constexpr char alphabet[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
    QString nonce;
    for (int i = 0; i < 16; ++i)
        nonce += QLatin1Char(alphabet[QRandomGenerator::system()->bounded(int(sizeof alphabet) - 1)]);
    return nonce;
}

bool isForm(const HttpRequest &request)
{
    return headerValue(request.headers, "content-type").trimmed().toLower().startsWith("application/x-www-form-urlencoded")
        && request.bodyFile.isEmpty() && request.multipart.isEmpty();
}

} // namespace

QByteArray oauth1Encode(const QString &text)
{
    // QUrl::toPercentEncoding keeps exactly the unreserved set of RFC 3986 and writes upper-case hex.
    return QUrl::toPercentEncoding(text);
}

OAuth1Params oauth1FormParams(QByteArrayView encoded)
{
    OAuth1Params params;
    if (encoded.isEmpty())
        return params;
    const auto decode = [](QByteArrayView part) {
        QByteArray bytes = part.toByteArray();
        bytes.replace('+', ' ');
        return QString::fromUtf8(QByteArray::fromPercentEncoding(bytes));
    };
    for (const QByteArrayView pair : QByteArray(encoded.toByteArray()).split('&')) {
        if (pair.isEmpty())
            continue;
        const qsizetype eq = pair.indexOf('=');
        params.append({decode(eq < 0 ? pair : pair.first(eq)), eq < 0 ? QString() : decode(pair.sliced(eq + 1))});
    }
    return params;
}

QByteArray oauth1BaseString(QByteArrayView method, const QUrl &url, const OAuth1Params &params)
{
    QByteArray baseUri = url.scheme().toLower().toLatin1() + "://" + url.host(QUrl::FullyEncoded).toLower().toLatin1();
    const bool defaultPort = url.port() < 0 || (url.scheme() == "http"_L1 && url.port() == 80) || (url.scheme() == "https"_L1 && url.port() == 443);
    if (!defaultPort)
        baseUri += ':' + QByteArray::number(url.port());
    const QByteArray path = url.path(QUrl::FullyEncoded).toLatin1();
    baseUri += path.isEmpty() ? "/"_ba : path;

    QList<std::pair<QByteArray, QByteArray>> encoded;
    encoded.reserve(params.size());
    for (const auto &[name, value] : params)
        encoded.append({oauth1Encode(name), oauth1Encode(value)});
    std::sort(encoded.begin(), encoded.end());
    QByteArrayList pairs;
    pairs.reserve(encoded.size());
    for (const auto &[name, value] : std::as_const(encoded))
        pairs.append(name + '=' + value);

    return method.toByteArray().toUpper() + '&' + oauth1Encode(QString::fromLatin1(baseUri)) + '&'
        + oauth1Encode(QString::fromLatin1(pairs.join('&')));
}

Expected<QByteArray> oauth1Signature(const QString &signatureMethod, const QByteArray &baseString, const QString &consumerSecret,
                                     const QString &tokenSecret)
{
    const QByteArray key = oauth1Encode(consumerSecret) + '&' + oauth1Encode(tokenSecret);
    if (signatureMethod.compare("PLAINTEXT"_L1, Qt::CaseInsensitive) == 0)
        return key;
    if (const auto algorithm = hmacAlgorithm(signatureMethod))
        return QMessageAuthenticationCode::hash(baseString, key, *algorithm).toBase64();
    return std::unexpected(Error{Error::Code::Auth,
                                 QCoreApplication::translate("gatehouse::OAuth1",
                                                             "The OAuth 1.0 signature method “%1” is not supported; use HMAC-SHA1, "
                                                             "HMAC-SHA256, HMAC-SHA512 or PLAINTEXT.")
                                     .arg(signatureMethod)});
}

Expected<void> signOAuth1(HttpRequest &request, const OAuth1Credentials &c)
{
    const QString method = c.signatureMethod.isEmpty() ? u"HMAC-SHA1"_s : c.signatureMethod.toUpper();
    const auto algorithm = hmacAlgorithm(method);
    if (!algorithm && method != "PLAINTEXT"_L1) {
        auto failed = oauth1Signature(method, {}, {}, {});
        return std::unexpected(failed.error());
    }

    // The oauth_* parameters in Postman's order; empty ones only with addEmptyParamsToSign.
    OAuth1Params oauth;
    const auto add = [&](const QString &name, const QString &value) {
        if (!value.isEmpty() || c.addEmptyParamsToSign)
            oauth.append({name, value});
    };
    add(u"oauth_consumer_key"_s, c.consumerKey);
    add(u"oauth_token"_s, c.token);
    add(u"oauth_signature_method"_s, method);
    add(u"oauth_timestamp"_s, c.timestamp.isEmpty() ? QString::number(QDateTime::currentSecsSinceEpoch()) : c.timestamp);
    add(u"oauth_nonce"_s, c.nonce.isEmpty() ? randomNonce() : c.nonce);
    add(u"oauth_version"_s, c.version);
    if (!c.callback.isEmpty())
        oauth.append({u"oauth_callback"_s, c.callback});
    if (!c.verifier.isEmpty())
        oauth.append({u"oauth_verifier"_s, c.verifier});
    const bool form = isForm(request);
    if (c.includeBodyHash && algorithm && !form && request.bodyFile.isEmpty() && request.multipart.isEmpty()) {
        const QCryptographicHash::Algorithm hash = *algorithm;
        oauth.append({u"oauth_body_hash"_s, QString::fromLatin1(QCryptographicHash::hash(request.body, hash).toBase64())});
    }

    OAuth1Params signed_ = oauth1FormParams(request.url.query(QUrl::FullyEncoded).toLatin1());
    if (form)
        signed_ += oauth1FormParams(request.body);
    signed_ += oauth;
    auto signature = oauth1Signature(method, oauth1BaseString(request.method, request.url, signed_), c.consumerSecret, c.tokenSecret);
    if (!signature)
        return std::unexpected(signature.error());
    oauth.append({u"oauth_signature"_s, QString::fromLatin1(*signature)});

    if (c.inHeader) {
        QByteArrayList parts;
        if (!c.realm.isEmpty())
            parts.append("realm=\"" + oauth1Encode(c.realm) + '"');
        for (const auto &[name, value] : std::as_const(oauth))
            parts.append(oauth1Encode(name) + "=\"" + oauth1Encode(value) + '"');
        request.headers.removeIf([](const auto &h) { return h.first.compare("authorization", Qt::CaseInsensitive) == 0; });
        request.headers.append({"Authorization"_ba, "OAuth " + parts.join(',')});
        return {};
    }
    QByteArrayList pairs;
    for (const auto &[name, value] : std::as_const(oauth))
        pairs.append(oauth1Encode(name) + '=' + oauth1Encode(value));
    if (form) {
        request.body += (request.body.isEmpty() ? ""_ba : "&"_ba) + pairs.join('&');
    } else {
        const QString query = request.url.query(QUrl::FullyEncoded);
        request.url.setQuery((query.isEmpty() ? QString() : query + u'&') + QString::fromLatin1(pairs.join('&')), QUrl::StrictMode);
    }
    return {};
}

} // namespace gatehouse
