// SPDX-License-Identifier: GPL-3.0-or-later
#include "debugtracing.h"

#include <QCryptographicHash>
#include <QMessageAuthenticationCode>
#include <QRandomGenerator>
#include <QTimeZone>
#include <QUrlQuery>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace gatehouse::sim {

namespace {
constexpr qsizetype maxTraces = 200;
const QString stampFormat = u"yyyyMMddHHmmss"_s;
} // namespace

DebugTracing::DebugTracing()
{
    m_secret.resize(32);
    QRandomGenerator::system()->fillRange(reinterpret_cast<quint32 *>(m_secret.data()), m_secret.size() / 4);
}

QByteArray DebugTracing::signature(const QString &payload) const
{
    return QMessageAuthenticationCode::hash(payload.toUtf8(), m_secret, QCryptographicHash::Sha256)
        .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}

QString DebugTracing::issueToken(const QString &apiId, const QDateTime &expires) const
{
    const QString payload
        = u"p=tracing&aid=%1&ex=%2"_s.arg(QString::fromLatin1(QUrl::toPercentEncoding(apiId)), expires.toUTC().toString(stampFormat));
    return payload + u"&sn="_s + QString::fromLatin1(signature(payload));
}

DebugTracing::Check DebugTracing::check(const QString &token, const QString &apiId, const QDateTime &now) const
{
    Check result;
    const qsizetype sn = token.lastIndexOf(u"&sn="_s);
    if (sn < 0 || signature(token.first(sn)) != token.sliced(sn + 4).toLatin1())
        return result;
    const QUrlQuery fields(token.first(sn));
    if (fields.queryItemValue(u"p"_s) != u"tracing"_s)
        return result;
    result.apiId = fields.queryItemValue(u"aid"_s, QUrl::FullyDecoded);
    result.expires = QDateTime::fromString(fields.queryItemValue(u"ex"_s), stampFormat);
    result.expires.setTimeZone(QTimeZone::UTC);
    if (!result.expires.isValid())
        return result;
    if (result.expires <= now)
        result.verdict = Verdict::Expired;
    else if (result.apiId != apiId)
        result.verdict = Verdict::WrongApi;
    else
        result.verdict = Verdict::Valid;
    return result;
}

QString DebugTracing::store(QJsonObject trace)
{
    const QString id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    trace.insert(u"traceId"_s, id);
    m_traces.insert(id, trace);
    m_order.append(id);
    while (m_order.size() > maxTraces)
        m_traces.remove(m_order.takeFirst());
    return id;
}

std::optional<QJsonObject> DebugTracing::trace(const QString &traceId) const
{
    const auto it = m_traces.constFind(traceId);
    if (it == m_traces.cend())
        return std::nullopt;
    return *it;
}

} // namespace gatehouse::sim
