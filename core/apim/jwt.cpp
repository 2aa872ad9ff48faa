// SPDX-License-Identifier: GPL-3.0-or-later
#include "apim/jwt.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTimeZone>

using namespace Qt::StringLiterals;

namespace gatehouse {

namespace {

std::optional<QJsonObject> decodePart(QByteArrayView part)
{
    const auto decoded = QByteArray::fromBase64Encoding(part.toByteArray(), QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals
                                                                                | QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded)
        return std::nullopt;
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(*decoded, &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject())
        return std::nullopt;
    return doc.object();
}

std::optional<QDateTime> epoch(const QJsonValue &v)
{
    if (!v.isDouble() || !(qAbs(v.toDouble()) <= 253402300799.0)) // past year 9999 is no date (and qint64() of it UB)
        return std::nullopt;
    return QDateTime::fromSecsSinceEpoch(qint64(v.toDouble()), QTimeZone::UTC);
}

} // namespace

QString Jwt::algorithm() const
{
    return header.value(u"alg"_s).toString();
}

QStringList Jwt::audiences() const
{
    const QJsonValue aud = payload.value(u"aud"_s);
    if (aud.isString())
        return {aud.toString()};
    QStringList out;
    for (const QJsonValue &v : aud.toArray())
        out.append(v.toString());
    return out;
}

QString Jwt::issuer() const
{
    return payload.value(u"iss"_s).toString();
}

std::optional<QDateTime> Jwt::expires() const
{
    return epoch(payload.value(u"exp"_s));
}

std::optional<QDateTime> Jwt::notBefore() const
{
    return epoch(payload.value(u"nbf"_s));
}

int Jwt::entraTokenVersion() const
{
    const QString iss = issuer();
    if (iss.startsWith("https://sts.windows.net/"_L1))
        return 1;
    if (iss.startsWith("https://login.microsoftonline.com/"_L1) && iss.endsWith("/v2.0"_L1))
        return 2;
    return 0;
}

std::optional<Jwt> decodeJwt(QByteArrayView token)
{
    QByteArrayView t = token.trimmed();
    if (t.size() > 7 && QByteArrayView(t.first(7)).compare("bearer ", Qt::CaseInsensitive) == 0)
        t = t.sliced(7).trimmed();
    const qsizetype first = t.indexOf('.');
    if (first <= 0)
        return std::nullopt;
    const qsizetype second = t.indexOf('.', first + 1);
    if (second < 0)
        return std::nullopt;
    auto header = decodePart(t.first(first));
    auto payload = decodePart(t.sliced(first + 1, second - first - 1));
    if (!header || !payload)
        return std::nullopt;
    Jwt jwt{*header, *payload, false};
    jwt.signedToken = second + 1 < t.size() && jwt.algorithm().compare("none"_L1, Qt::CaseInsensitive) != 0;
    return jwt;
}

} // namespace gatehouse
