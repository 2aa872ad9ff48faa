// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "debugtracing.h"
#include "simconfig.h"
#include "throttle.h"

#include <QByteArray>
#include <QDateTime>
#include <QHash>
#include <QHostAddress>
#include <QList>
#include <QString>

#include <chrono>
#include <functional>
#include <optional>
#include <utility>
#include <variant>

namespace gatehouse::sim {

using SimHeaders = QList<std::pair<QByteArray, QByteArray>>;

// One request as it reached the gateway, independent of the HTTP server that received it.
struct GatewayRequest {
    QByteArray method; // upper case
    QString origin; // "http://127.0.0.1:8080": the scheme and Host the client addressed
    QString path; // percent-encoded path, "/orders/7"
    QString query; // percent-encoded query without '?', "" when none
    SimHeaders headers; // as received
    QByteArray body;
    QHostAddress peer;
};

// The gateway's answer, plus what decided it (for logs and tests).
struct GatewayResponse {
    int status = 200;
    SimHeaders headers;
    QByteArray body;
    std::chrono::milliseconds delay { 0 }; // answer only after this long (slow or timed-out backend)

    // As APIM's context.LastError would name it; empty when the backend answered.
    QString errorSource; // configuration, authorization, ip-filter, check-header, validate-jwt, cors, rate-limit, quota, forward-request
    QString errorReason; // OperationNotFound, SubscriptionKeyNotFound, SubscriptionKeyInvalid, ...
    // The context the gateway resolved; empty where it did not get that far.
    QString apiId;
    QString operationId;
    QString subscriptionId;
    QString productId;

    QByteArray header(QByteArrayView name) const;
};

// The APIM gateway pipeline of FACTS.md §1 over a SimConfig: CORS preflight, API match (version,
// revision), operation match, subscription key, policies in scope order (ip-filter, check-header,
// validate-jwt, cors, rate-limit, quota), backend, and debug tracing. No I/O: SimulatorServer feeds
// it requests and writes its answers.
class Gateway
{
public:
    explicit Gateway(SimConfig config);

    const SimConfig &config() const { return m_config; }
    GatewayResponse handle(const GatewayRequest &request);

    // Where "now" comes from (UTC); tests replace it to cross rate-limit windows without waiting.
    void setClock(std::function<QDateTime()> clock) { m_clock = std::move(clock); }
    QDateTime now() const { return m_clock(); }

    // Debug tokens and traces, shared with the management API (FACTS.md §4.2).
    DebugTracing &tracing() { return m_tracing; }

    // The gateway's own JSON error body, byte for byte as APIM writes it (FACTS.md §3.1).
    static QByteArray errorBody(int status, const QString &message, const QString &activityId = {});

private:
    struct Match {
        const Api *api = nullptr;
        const Operation *operation = nullptr;
        QHash<QString, QString> parameters;
        QString remainder; // the path after the API suffix
    };
    struct Context {
        const Subscription *subscription = nullptr;
        const Product *product = nullptr;
    };
    // The first cors policy on the way decides; its headers go on whatever answer follows.
    struct Cors {
        bool seen = false;
        SimHeaders headers;
    };

    // The API and, when one matches method and path, the operation (else operation is null).
    std::optional<Match> match(const GatewayRequest &request, const QByteArray &method) const;
    GatewayResponse process(const GatewayRequest &request, const Match &matched);
    void traceIfAsked(const GatewayRequest &request, const Match &match, GatewayResponse &response);
    std::optional<GatewayResponse> preflight(const GatewayRequest &request) const;
    std::variant<Context, GatewayResponse> authorize(const GatewayRequest &request, const Match &match) const;
    std::optional<GatewayResponse> applyPolicies(const GatewayRequest &request, const Match &match, const Context &context, Cors &cors);
    std::optional<GatewayResponse> applyPolicy(const Policy &policy, const GatewayRequest &request, Cors &cors) const;
    std::optional<GatewayResponse> applyCors(const Policy &policy, const GatewayRequest &request, Cors &cors) const;
    std::optional<GatewayResponse> applyRateLimitAndQuota(const Product &product, const Subscription &subscription);
    std::optional<GatewayResponse> validateJwt(const Policy &policy, const GatewayRequest &request) const;
    GatewayResponse callBackend(const GatewayRequest &request, const Match &match, const Context &context) const;

    bool covers(const Subscription &subscription, const Api &api) const;
    bool productCallable(const Product &product) const;
    const Product *openProductOf(const Api &api) const;
    GatewayResponse gatewayError(int status, const QString &message, const QString &source, const QString &reason) const;
    GatewayResponse keyError(const GatewayRequest &request, const Api &api, bool missing) const;
    GatewayResponse backendFailure(const QString &reason, std::chrono::milliseconds after) const;

    SimConfig m_config;
    Throttle m_throttle;
    DebugTracing m_tracing;
    std::function<QDateTime()> m_clock;
};

} // namespace gatehouse::sim
