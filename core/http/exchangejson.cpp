// SPDX-License-Identifier: GPL-3.0-or-later
#include "http/exchangejson.h"

#include "http/redaction.h"

#include <QCoreApplication>
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

HeaderList headersFromJson(const QJsonValue &value)
{
    HeaderList out;
    for (const QJsonValue &h : value.toArray())
        out.append({h[u"name"_s].toString().toLatin1(), h[u"value"_s].toString().toUtf8()});
    return out;
}

QByteArray bodyFromJson(const QJsonObject &o)
{
    const QString body = o.value(u"body"_s).toString();
    return o.value(u"bodyEncoding"_s).toString() == "base64"_L1 ? QByteArray::fromBase64(body.toLatin1()) : body.toUtf8();
}

} // namespace

Expected<ExchangeResult> exchangeFromJson(const QJsonObject &json)
{
    const QJsonObject request = json.value(u"request"_s).toObject();
    const QJsonValue response = json.value(u"response"_s);
    if (request.isEmpty() || !(response.isObject() || response.isNull())) {
        return std::unexpected(Error{Error::Code::InvalidArgument,
                                     QCoreApplication::translate("gatehouse::ExchangeJson",
                                                                 "This is not an exchange as 'gatehouse-cli send --json' writes it: it needs a \"request\" and a \"response\".")});
    }
    ExchangeResult r;
    r.request.method = request.value(u"method"_s).toString().toLatin1();
    r.request.url = QUrl(request.value(u"url"_s).toString());
    r.request.headers = headersFromJson(request.value(u"headers"_s));
    r.request.body = bodyFromJson(request);
    r.request.bodySize = request.value(u"bodySize"_s).toInteger();
    r.request.bodyDescription = request.value(u"bodyDescription"_s).toString();
    if (response.isObject()) {
        const QJsonObject o = response.toObject();
        HttpResponse resp;
        resp.statusCode = o.value(u"status"_s).toInt();
        resp.reasonPhrase = o.value(u"reason"_s).toString().toLatin1();
        resp.httpVersion = o.value(u"httpVersion"_s).toString().toLatin1();
        resp.headers = headersFromJson(o.value(u"headers"_s));
        resp.body = bodyFromJson(o);
        resp.encodedBodySize = resp.body.size();
        r.response = resp;
    }
    const QJsonObject t = json.value(u"timings"_s).toObject();
    const auto ms = [&](const char16_t *key) { return t.value(QStringView(key)).isDouble() ? t.value(QStringView(key)).toInteger() : -1; };
    r.timings.connectStarted = ms(u"connectStarted");
    r.timings.tlsDone = ms(u"tlsDone");
    r.timings.requestSent = ms(u"requestSent");
    r.timings.firstByte = ms(u"firstByte");
    r.timings.finished = ms(u"total");
    if (const QJsonObject e = json.value(u"error"_s).toObject(); !e.isEmpty())
        r.error = Error{Error::Code::Network, e.value(u"message"_s).toString()};
    return r;
}

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
        if (r.bodyInFile()) {
            // body holds the first bytes only; the whole body is in this file.
            response[u"bodySize"_s] = r.bodySize();
            response[u"bodyFile"_s] = r.bodyFilePath;
            response[u"bodyTruncated"_s] = true;
        }
        root[u"response"_s] = response;
    } else {
        root[u"response"_s] = QJsonValue::Null;
    }

    QJsonArray redirects;
    for (const RedirectHop &hop : result.redirects) {
        QJsonObject o{{u"url"_s, hop.url.toString(QUrl::FullyEncoded)},
                      {u"status"_s, hop.statusCode},
                      {u"location"_s, hop.location.toString(QUrl::FullyEncoded)}};
        if (hop.authChallenge)
            o.insert(u"authChallenge"_s, true);
        redirects.append(o);
    }
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
