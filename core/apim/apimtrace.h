// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "error.h"
#include "http/exchangeresult.h"

#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QString>

#include <functional>

class QObject;
class QUrl;

namespace gatehouse {

class ManagementClient;
struct ManagementConnection;
struct ManagementTarget;

// APIM request tracing as the current gateway has it (FACTS.md §4.2): debug credentials from the
// management API, the call sent with Apim-Debug-Authorization, the gateway's Apim-Trace-Id, and
// the trace from listTrace.
inline constexpr QByteArrayView DebugAuthorizationHeader{"Apim-Debug-Authorization"};

struct ApimTraceEntry {
    QString section; // inbound, backend, outbound, on-error
    QString source;  // api-inspector, ip-filter, forward-request …
    QString timestamp;
    QString elapsed; // "00:00:00.0012345"
    QJsonValue data;

    // One readable line: "GET https://…", "API /orders, operation GET /items, product starter",
    // "refused: CallerIpNotAllowed (403)" … (translated).
    QString summary() const;
    // The LastError reason this step failed with (data.reason), or empty.
    QString reason() const;
};

struct ApimTrace {
    QString traceId;
    QString serviceName;
    QList<ApimTraceEntry> entries; // inbound, backend, outbound, on-error, each in order
    QJsonObject raw;               // the listTrace answer as it came

    // The step that decided a failed call: the last one with a reason; nullptr when none.
    const ApimTraceEntry *failure() const;
};

ApimTrace parseApimTrace(const QJsonObject &listTraceAnswer);
// The trace as text, one step a line: "inbound   api-inspector     00:00:00.0000000  GET …".
QString apimTraceAsText(const ApimTrace &trace);

// What the gateway said about the debug token, from the response headers (§4.2 step 3).
struct TraceHeaders {
    QString traceId;  // Apim-Trace-Id: the call was traced
    QString expired;  // Apim-Debug-Authorization-Expired
    QString wrongApi; // Apim-Debug-Authorization-WrongAPI
    // A translated sentence for expired or wrongApi, or that the gateway named no trace; empty
    // when traceId is set.
    QString problem() const;
};
TraceHeaders traceHeaders(const HttpResponse &response);

struct DebugCredentials {
    QByteArray debugToken;  // for Apim-Debug-Authorization; a secret, valid for one API for an hour
    QString apiId;          // the API it was issued for
    QByteArray accessToken; // the management token, kept in memory to fetch the trace
};

// Token, the API the request addresses (as the management API's snapshot matches it), then
// listDebugCredentials for that API. done runs once, later, unless client is destroyed first.
void acquireDebugCredentials(ManagementClient *client, const ManagementConnection &connection, const SentRequest &request,
                             std::function<void(const Expected<DebugCredentials> &)> done,
                             std::function<void(const QString &userCode, const QUrl &url, const QString &message)> onUserCode = {});

// listTrace for traceId, with the management token acquireDebugCredentials used.
void fetchApimTrace(ManagementClient *client, const ManagementTarget &target, const QByteArray &accessToken, const QString &traceId,
                    std::function<void(const Expected<ApimTrace> &)> done);

} // namespace gatehouse
