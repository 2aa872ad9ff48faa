// SPDX-License-Identifier: GPL-3.0-or-later
#include "http/exchangejson.h"

#include "http/redaction.h"

#include <QJsonArray>
#include <QStringDecoder>

using namespace Qt::StringLiterals;

namespace gatehouse {

namespace {

QJsonArray headersToJson(const HeaderList &headers, Secrets secrets, const QList<QByteArray> &extraSecret = {})
{
    QJsonArray out;
    for (const auto &[name, value] : secrets == Secrets::Redact ? redactedHeaders(headers, extraSecret) : headers)
        out.append(QJsonObject{{u"name"_s, QString::fromLatin1(name)}, {u"value"_s, QString::fromUtf8(value)}});
    return out;
}

// Text bodies as text; anything that is not valid UTF-8 as base64, so nothing is mangled.
void putBody(QJsonObject &o, const QByteArray &body)
{
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    const QString text = decoder.decode(body);
    if (decoder.hasError()) {
        o[u"body"_s] = QString::fromLatin1(body.toBase64());
        o[u"bodyEncoding"_s] = u"base64"_s;
    } else {
        o[u"body"_s] = text;
    }
    o[u"bodySize"_s] = body.size();
}

} // namespace

QJsonObject exchangeToJson(const ExchangeResult &result, Secrets secrets)
{
    QJsonObject root;
    QJsonObject request{
        {u"method"_s, QString::fromLatin1(result.request.method)},
        {u"url"_s, result.request.url.toString(QUrl::FullyEncoded)},
        {u"headers"_s, headersToJson(result.request.headers, secrets, result.request.credentialHeaders)},
    };
    putBody(request, result.request.body);
    request[u"bodySize"_s] = result.request.bodySize;
    if (!result.request.bodyDescription.isEmpty())
        request[u"bodyDescription"_s] = result.request.bodyDescription;
    root[u"request"_s] = request;

    if (result.response) {
        const HttpResponse &r = *result.response;
        QJsonObject response{
            {u"status"_s, r.statusCode},
            {u"reason"_s, QString::fromLatin1(r.reasonPhrase)},
            {u"httpVersion"_s, QString::fromLatin1(r.httpVersion)},
            {u"headers"_s, headersToJson(r.headers, secrets)},
        };
        putBody(response, r.body);
        root[u"response"_s] = response;
    } else {
        root[u"response"_s] = QJsonValue::Null;
    }

    QJsonArray redirects;
    for (const RedirectHop &hop : result.redirects)
        redirects.append(QJsonObject{{u"url"_s, hop.url.toString(QUrl::FullyEncoded)},
                                     {u"status"_s, hop.statusCode},
                                     {u"location"_s, hop.location.toString(QUrl::FullyEncoded)}});
    root[u"redirects"_s] = redirects;

    const Timings &t = result.timings;
    const auto ms = [](qint64 v) { return v < 0 ? QJsonValue(QJsonValue::Null) : QJsonValue(v); };
    root[u"timings"_s] = QJsonObject{
        {u"connectStarted"_s, ms(t.connectStarted)}, {u"tlsDone"_s, ms(t.tlsDone)},
        {u"requestSent"_s, ms(t.requestSent)},       {u"firstByte"_s, ms(t.firstByte)},
        {u"total"_s, ms(t.total())},
    };

    if (result.tls) {
        root[u"tls"_s] = QJsonObject{
            {u"protocol"_s, result.tls->protocol},
            {u"cipher"_s, result.tls->cipher},
            {u"peerSubject"_s, result.tls->peerSubject},
            {u"peerIssuer"_s, result.tls->peerIssuer},
            {u"peerExpires"_s, result.tls->peerExpires.toUTC().toString(Qt::ISODate)},
            {u"verified"_s, result.tls->verified},
        };
    }

    if (result.error)
        root[u"error"_s] = QJsonObject{{u"code"_s, errorCodeName(result.error->code)}, {u"message"_s, result.error->message}};
    else
        root[u"error"_s] = QJsonValue::Null;
    return root;
}

} // namespace gatehouse
