// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "error.h"
#include "urltemplate.h"

#include <QByteArray>
#include <QDateTime>
#include <QHostAddress>
#include <QList>
#include <QString>
#include <QStringList>

#include <chrono>
#include <optional>
#include <utility>

namespace gatehouse::sim {

// The simulated service, as described by a simulator config file (docs/simulator.md). Field names
// follow the Azure Resource Manager names so that a config can be written from an export of a real
// instance. Plain values; the loader validates everything, so the gateway can trust them.

// What the "backend" of an operation does once the gateway lets a call through.
struct Backend {
    enum class Kind {
        Echo, // 200 with a JSON description of the request as the backend received it
        Static, // a fixed status, headers and body
        Failure, // the backend cannot be reached: the gateway answers 500
    };
    enum class Failure { ConnectionFailure, Timeout };

    Kind kind = Kind::Echo;
    int status = 200;
    QList<std::pair<QByteArray, QByteArray>> headers;
    QByteArray body;
    Failure failure = Failure::ConnectionFailure;
    std::chrono::milliseconds delay { 0 };
    // forward-request timeout: a backend slower than this makes the gateway answer 500.
    std::chrono::milliseconds timeout { 300'000 };
};

// An inbound policy (FACTS.md §3.2 rows 7-10, §4.3). One flat value; the fields of the other kinds
// stay at their defaults.
struct Policy {
    enum class Kind { IpFilter, CheckHeader, ValidateJwt, Cors };
    Kind kind = Kind::IpFilter;

    // ip-filter: the caller is the TCP peer, never X-Forwarded-For (§3.2 row 7).
    bool allow = true; // action="allow" (only these) or "forbid" (all but these)
    QList<QHostAddress> addresses;
    QList<std::pair<QHostAddress, QHostAddress>> ranges; // IPv4, inclusive

    // check-header and validate-jwt: the answer when the check fails.
    int failedStatus = 401;
    QString failedMessage; // validate-jwt: empty means the gateway's default texts

    // check-header
    QString headerName;
    QStringList values; // empty: the header only has to be there
    bool ignoreCase = true;

    // validate-jwt (HS256 with an inline key)
    QString tokenHeaderName = QStringLiteral("Authorization");
    QString tokenQueryName; // where to look when the header is absent
    QString requireScheme; // "Bearer"; only honoured with the Authorization header
    QByteArray signingKey; // raw bytes (configured as base64, as in APIM's <key>)
    QStringList issuers;
    QStringList audiences;
    bool requireExpirationTime = true;
    std::chrono::seconds clockSkew { 0 };

    // cors (FACTS.md §3.4)
    QStringList allowedOrigins; // "*" or scheme://host[:port]
    QStringList allowedMethods = { QStringLiteral("GET"), QStringLiteral("POST") }; // or "*"
    QStringList allowedHeaders; // or "*"
    QStringList exposeHeaders;
    bool allowCredentials = false;
    int preflightResultMaxAge = 0;
    std::optional<bool> terminateUnmatchedRequest; // unset: Behaviour::corsTerminateUnmatchedByDefault
};

struct Operation {
    QString id;
    QByteArray method; // upper case
    UrlTemplate urlTemplate;
    std::optional<Backend> backend; // falls back to the API's
    QList<Policy> policies;
};

// How the versions of one API are told apart (ARM apiVersionSets, FACTS.md §3.3).
struct VersionSet {
    enum class Scheme { Segment, Query, Header };
    QString id;
    Scheme scheme = Scheme::Segment;
    QString queryName = QStringLiteral("api-version");
    QString headerName = QStringLiteral("Api-Version");
};

// One API, or one revision of it: as in ARM, every revision is a complete API entry with the same
// id ("orders;rev=2" in ARM ids), one of them current.
struct Api {
    QString id;
    QString displayName;
    QString path; // URL suffix without leading or trailing '/'; may be empty
    QString versionSetId; // empty: not versioned
    QString apiVersion; // with a version set: "v1", or "" for the "Original" unversioned API
    QString apiRevision = QStringLiteral("1");
    bool isCurrent = true;
    bool isOnline = true;
    bool subscriptionRequired = true;
    QString keyHeaderName = QStringLiteral("Ocp-Apim-Subscription-Key");
    QString keyQueryName = QStringLiteral("subscription-key");
    Backend backend;
    QList<Operation> operations;
    QList<Policy> policies;
};

struct Limit {
    int calls = 0;
    std::chrono::seconds renewalPeriod { 0 };
};

struct Product {
    QString id;
    QString displayName;
    QStringList apis;
    bool subscriptionRequired = true;
    bool approvalRequired = false;
    bool published = true;
    std::optional<Limit> rateLimit;
    std::optional<Limit> quota;
    QList<Policy> policies; // run before rateLimit and quota
};

struct Subscription {
    enum class State { Active, Suspended, Submitted, Rejected, Cancelled, Expired };
    enum class ScopeKind { Service, AllApis, Api, Product };

    QString id;
    QString displayName;
    ScopeKind scopeKind = ScopeKind::AllApis;
    QString scopeTarget; // API id or product id
    State state = State::Active;
    QString primaryKey;
    QString secondaryKey;
    QDateTime createdDate; // invalid when not given
    bool allowTracing = false; // legacy Ocp-Apim-Trace (see Behaviour::legacyTracing)
};

// Behaviour that FACTS.md marks as inferred or contradictory, as switches (defaults in brackets).
struct Behaviour {
    // Missing-key message: the wire text "...requests to an API." [Wire] or the documented
    // "...requests to this API." (FACTS.md §3.2 row 1, §8).
    enum class MissingKeyMessage { Wire, Documentation };
    // Invalid-key message: the current text [Current] or the historical one (§3.2 row 2a).
    enum class InvalidKeyMessage { Current, Legacy };
    // validate-jwt without a token: "JWT not present." [Current] or the 2018 text "JWT not found in
    // the request. Access denied." (§4.3, §8).
    enum class JwtMissingMessage { Current, Legacy };
    // What a key of a subscription that is not active gets: 401 invalid key [InvalidKey] or 403 (§2.5).
    enum class InactiveSubscription { InvalidKey, Forbidden };
    // The realm of the WWW-Authenticate challenge: the origin the client called [RequestOrigin] or
    // the configured gatewayUrl (§2.2).
    enum class Realm { RequestOrigin, GatewayUrl };

    MissingKeyMessage missingKeyMessage = MissingKeyMessage::Wire;
    InvalidKeyMessage invalidKeyMessage = InvalidKeyMessage::Current;
    JwtMissingMessage jwtMissingMessage = JwtMissingMessage::Current;
    InactiveSubscription inactiveSubscription = InactiveSubscription::InvalidKey;
    Realm realm = Realm::RequestOrigin;
    // Products that are not published still give gateway access [true] (2023 subscriptions
    // article) or, as the 2022 product tutorial says, do not (§2.7, §8).
    bool unpublishedProductsCallable = true;
    // An unknown key sent to an API that needs none: rejected with 401 [true], as documented, or
    // ignored, as one user reported (§2.3, §8).
    bool rejectInvalidKeyOnOpenApi = true;
    // "Vary: Origin" on subscription-key 401s, as in the Microsoft capture [true] (§2.2).
    bool varyOriginOnKeyErrors = true;
    // "activityId" in the body of gateway 500s [true] (§3.1).
    bool activityIdOn500 = true;
    // URL suffix and literal template segments compared case-sensitively [false] (not documented).
    bool caseSensitivePaths = false;
    // cors terminate-unmatched-request when a policy does not say: the docs' attribute table says
    // false, their troubleshooting note true; empty 200s are reported in practice [true] (§3.4, §8).
    bool corsTerminateUnmatchedByDefault = true;
    // A key younger than this (by the subscription's createdDate) is still unknown to the gateway:
    // the configuration cache delay users report (§2.6) [0 = off].
    std::chrono::seconds keyPropagationDelay { 0 };
    // Legacy tracing (Ocp-Apim-Trace: true with the key of a subscription that allows tracing ->
    // Ocp-Apim-Trace-Location): the docs say it no longer works, a 2024 user still got it [false]
    // (§4.1, §8).
    bool legacyTracing = false;
};

struct SimConfig {
    QString sourceName; // file name the config came from, for messages
    QString serviceName;
    QString gatewayUrl; // "https://{serviceName}.azure-api.net" unless configured
    QStringList hostnames;
    QString subscriptionId; // ARM ids, for the management side
    QString resourceGroup;
    QString managementToken; // the bearer token the management API accepts
    // The RBAC role the token's caller has on the service (FACTS.md §5.1): Contributor may call
    // everything, Reader only GETs (listSecrets and the tracing calls get 403), None nothing (403).
    enum class ManagementRole { Contributor, Reader, None };
    ManagementRole managementRole = ManagementRole::Contributor;

    // "/subscriptions/{id}/resourceGroups/{rg}/providers/Microsoft.ApiManagement/service/{name}"
    QString serviceResourceId() const;
    Behaviour behaviour;
    QList<Policy> policies; // global scope
    QList<VersionSet> versionSets;
    QList<Api> apis; // every revision; the current one of each id first among its revisions
    QList<Product> products;
    QList<Subscription> subscriptions;

    const Api *api(QStringView id) const; // the current revision
    const VersionSet *versionSet(QStringView id) const;
    const Product *product(QStringView id) const;
};

// Reads and validates a config file. Errors name the file and the place in it ("apis[1].path").
[[nodiscard]] Expected<SimConfig> loadSimConfig(const QString &fileName);
// The same for a config already in memory; sourceName is used in messages only.
[[nodiscard]] Expected<SimConfig> parseSimConfig(const QByteArray &json, const QString &sourceName);

QString subscriptionStateName(Subscription::State state);

} // namespace gatehouse::sim
