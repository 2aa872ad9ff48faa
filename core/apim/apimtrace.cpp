// SPDX-License-Identifier: GPL-3.0-or-later
#include "apim/apimtrace.h"

#include "apim/managementclient.h"
#include "apim/managementconnection.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QPointer>

using namespace Qt::StringLiterals;

namespace gatehouse {

namespace {

class Text
{
    Q_DECLARE_TR_FUNCTIONS(gatehouse::ApimTrace)
};

} // namespace

QString ApimTraceEntry::reason() const
{
    return data.toObject().value(u"reason"_s).toString();
}

QString ApimTraceEntry::summary() const
{
    const QJsonObject o = data.toObject();
    if (const QJsonObject request = o.value(u"request"_s).toObject(); !request.isEmpty())
        return request.value(u"method"_s).toString() + u' ' + request.value(u"url"_s).toString();
    if (const QJsonObject c = o.value(u"configuration"_s).toObject(); !c.isEmpty()) {
        QStringList parts;
        const QJsonObject api = c.value(u"api"_s).toObject();
        if (!api.isEmpty())
            parts.append(Text::tr("API %1").arg(api.value(u"from"_s).toString()));
        if (c.contains(u"version"_s))
            parts.append(Text::tr("version %1").arg(c.value(u"version"_s).toString()));
        if (c.contains(u"revision"_s))
            parts.append(Text::tr("revision %1").arg(c.value(u"revision"_s).toString()));
        const QJsonObject op = c.value(u"operation"_s).toObject();
        if (!op.isEmpty())
            parts.append(Text::tr("operation %1 %2").arg(op.value(u"method"_s).toString(), op.value(u"uriTemplate"_s).toString()));
        const QJsonObject product = c.value(u"product"_s).toObject();
        parts.append(product.isEmpty() ? Text::tr("no product") : Text::tr("product %1").arg(product.value(u"id"_s).toString()));
        return parts.join(u", "_s);
    }
    if (!reason().isEmpty()) {
        const QStringList messages = [&o] {
            QStringList m;
            for (const QJsonValue &v : o.value(u"messages"_s).toArray())
                m.append(v.toString());
            return m;
        }();
        QString line = o.contains(u"statusCode"_s) ? Text::tr("failed: %1 (%2)").arg(reason()).arg(o.value(u"statusCode"_s).toInt())
                                                   : Text::tr("failed: %1").arg(reason());
        if (!messages.isEmpty())
            line += u" — "_s + messages.join(u' ');
        return line;
    }
    if (const int status = o.value(u"response"_s).toObject().value(u"status"_s).toObject().value(u"code"_s).toInt(); status > 0)
        return Text::tr("the backend answered %1").arg(status);
    if (o.value(u"message"_s).isString())
        return o.value(u"message"_s).toString();
    QString text = QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
    if (text.size() > 200)
        text = text.first(200) + u'…';
    return text;
}

const ApimTraceEntry *ApimTrace::failure() const
{
    const ApimTraceEntry *found = nullptr;
    for (const ApimTraceEntry &e : entries) {
        if (!e.reason().isEmpty())
            found = &e;
    }
    return found;
}

ApimTrace parseApimTrace(const QJsonObject &answer)
{
    ApimTrace trace;
    trace.raw = answer;
    trace.traceId = answer.value(u"traceId"_s).toString();
    trace.serviceName = answer.value(u"serviceName"_s).toString();
    const QJsonObject sections = answer.value(u"traceEntries"_s).toObject();
    for (const QString &section : {u"inbound"_s, u"backend"_s, u"outbound"_s, u"on-error"_s}) {
        for (const QJsonValue &v : sections.value(section).toArray()) {
            const QJsonObject e = v.toObject();
            trace.entries.append({section, e.value(u"source"_s).toString(), e.value(u"timestamp"_s).toString(),
                                  e.value(u"elapsed"_s).toString(), e.value(u"data"_s)});
        }
    }
    return trace;
}

QString apimTraceAsText(const ApimTrace &trace)
{
    QString text = Text::tr("APIM trace %1").arg(trace.traceId) + u'\n';
    for (const ApimTraceEntry &e : trace.entries)
        text += u"  %1 %2 %3  %4\n"_s.arg(e.section, -9).arg(e.source, -18).arg(e.elapsed, -17).arg(e.summary());
    return text;
}

QString TraceHeaders::problem() const
{
    if (!traceId.isEmpty())
        return {};
    if (!expired.isEmpty())
        return Text::tr("The gateway did not trace the call: the debug token has expired (%1).").arg(expired);
    if (!wrongApi.isEmpty())
        return Text::tr("The gateway did not trace the call: the debug token is for another API (%1).").arg(wrongApi);
    return Text::tr("The gateway did not trace the call: its answer has no Apim-Trace-Id header. Is this an APIM gateway of the service?");
}

TraceHeaders traceHeaders(const HttpResponse &response)
{
    return {QString::fromUtf8(headerValue(response.headers, "apim-trace-id")),
            QString::fromUtf8(headerValue(response.headers, "apim-debug-authorization-expired")),
            QString::fromUtf8(headerValue(response.headers, "apim-debug-authorization-wrongapi"))};
}

void acquireDebugCredentials(ManagementClient *client, const ManagementConnection &connection, const SentRequest &request,
                             std::function<void(const Expected<DebugCredentials> &)> done,
                             std::function<void(const QString &, const QUrl &, const QString &)> onUserCode)
{
    const QPointer<ManagementClient> guard(client);
    acquireManagementToken(
        client, connection,
        [guard, target = connection.target, request, done](const Expected<ManagementToken> &token) {
            if (!guard)
                return;
            if (!token) {
                done(std::unexpected(token.error()));
                return;
            }
            const QByteArray accessToken = token->accessToken;
            guard->fetchSnapshot(target, accessToken, request, {}, [guard, target, accessToken, request, done](const Expected<ManagementSnapshot> &s) {
                if (!guard)
                    return;
                if (!s) {
                    done(std::unexpected(s.error()));
                    return;
                }
                if (!s->api) {
                    done(std::unexpected(Error{Error::Code::ManagementNotFound,
                                               Text::tr("No API of service '%1' matches %2, so there is nothing to trace.")
                                                   .arg(s->serviceName, request.url.path())}));
                    return;
                }
                const QString apiId = s->api->id;
                guard->listDebugCredentials(target, accessToken, apiId, std::chrono::hours(1),
                                            [apiId, accessToken, done](const Expected<QJsonObject> &answer) {
                                                if (!answer) {
                                                    Error e = answer.error();
                                                    if (e.code == Error::Code::ManagementForbidden)
                                                        e.message = Text::tr("Tracing needs the Contributor role (or higher) on the service: %1").arg(e.message);
                                                    done(std::unexpected(e));
                                                    return;
                                                }
                                                const QByteArray debugToken = answer->value(u"token"_s).toString().toUtf8();
                                                if (debugToken.isEmpty()) {
                                                    done(std::unexpected(Error{Error::Code::Decoding, Text::tr("listDebugCredentials answered without a token.")}));
                                                    return;
                                                }
                                                done(DebugCredentials{debugToken, apiId, accessToken});
                                            });
            });
        },
        std::move(onUserCode));
}

void fetchApimTrace(ManagementClient *client, const ManagementTarget &target, const QByteArray &accessToken, const QString &traceId,
                    std::function<void(const Expected<ApimTrace> &)> done)
{
    client->listTrace(target, accessToken, traceId, [done](const Expected<QJsonObject> &answer) {
        if (!answer)
            done(std::unexpected(answer.error()));
        else
            done(parseApimTrace(*answer));
    });
}

} // namespace gatehouse
