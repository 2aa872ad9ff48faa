// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "apim/apimpolicy.h"
#include "http/exchangeresult.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace gatehouse {

// What the management (ARM) API said about the service a request went to, as far as it matters for
// explaining one answer (FACTS.md §5.2, "verification recipe"). Plain values: no keys of any
// subscription are ever part of it, only which subscription the key that was sent belongs to.
struct ManagementSnapshot {
    struct Api {
        QString id;          // ARM name without ";rev=N"
        QString displayName;
        QString path;        // URL suffix
        QString apiVersion;  // with a version set: "v1", or "" for the original
        QString versionSetId; // name of the version set; empty: not versioned
        QString revision;
        bool isCurrent = true;
        bool isOnline = true;
        bool subscriptionRequired = true;
        QString keyHeaderName = QStringLiteral("Ocp-Apim-Subscription-Key");
        QString keyQueryName = QStringLiteral("subscription-key");
    };
    struct VersionSet {
        QString id;
        QString scheme; // "Segment", "Query" or "Header"
        QString queryName;
        QString headerName;
    };
    struct Operation {
        QString id;
        QByteArray method;
        QString urlTemplate;
    };
    struct Product {
        QString id;
        QString displayName;
        bool subscriptionRequired = true;
        bool approvalRequired = false;
        bool published = true;
    };
    struct Subscription {
        enum class ScopeKind { Service, AllApis, Api, Product, Unknown };
        QString id;
        QString displayName;
        QString state; // ARM: active, suspended, submitted, rejected, cancelled, expired
        ScopeKind scopeKind = ScopeKind::Unknown;
        QString scopeTarget; // API or product id
        QDateTime createdDate;
    };
    // How the request's URL matched the APIs of the service.
    enum class VersionMatch { NotVersioned, Matched, Missing, Unknown };
    enum class KeyMatch { NotChecked, Primary, Secondary, NoMatch };

    QString serviceName;
    QString gatewayUrl;
    QStringList gatewayHosts; // gatewayUrl's host and the Proxy host names
    QList<Api> apis;          // current revisions
    QList<VersionSet> versionSets;
    QList<Product> products;
    QList<Subscription> subscriptions; // without keys

    std::optional<Api> api; // the API the request's URL suffix names (the version it asked for, if any)
    VersionMatch versionMatch = VersionMatch::NotVersioned;
    QString versionScheme;       // of api's version set
    QString versionName;         // the header or query parameter name, for Header/Query
    QStringList knownVersions;   // versions of api's version set
    QString requestedRevision;   // from ";rev=N" after the suffix; empty: none
    bool revisionMisplaced = false; // ";rev=N" somewhere else than right after the suffix (or version)
    QString restPath;            // the path after the suffix (and version segment): what operations match
    std::optional<bool> revisionOnline; // nullopt: no such revision (or none requested)
    QList<Operation> operations; // of api
    std::optional<Operation> operation; // the operation method + path matched
    QList<Product> apiProducts;  // the products containing api

    // The policy statements in the scopes of the request: global, the API's products, the API and
    // the matched operation (FACTS.md §5.2 step 6). Only meaningful when policiesRead.
    QList<PolicyStatement> policies;
    bool policiesRead = false;
    QStringList expressionScopes; // scopes whose policies use expressions ("API 'orders'")

    KeyMatch keyMatch = KeyMatch::NotChecked;
    std::optional<Subscription> keyOwner; // the subscription the sent key belongs to
    QStringList notes; // translated: what could not be read (e.g. listSecrets denied)
    QDateTime fetchedAt;

    const Product *product(QStringView id) const;
    // Whether subscription s opens api (scope service, all APIs, the API, or a product containing it).
    bool covers(const Subscription &s) const;
    // "Starter" for a product scope, "the API 'orders'", "all APIs"… for display.
    QString scopeDescription(const Subscription &s) const;
};

// Which API, version, revision and operation a request addressed, as the gateway would match them
// (FACTS.md §1, §3.3): fills api, versionMatch…, requestedRevision and operation of snapshot from
// its apis, versionSets and operations. Pure, for the client and for tests. Operations are only
// matched when snapshot.operations is filled.
void matchRequest(ManagementSnapshot &snapshot, const SentRequest &request, bool caseSensitive = false);
void matchOperation(ManagementSnapshot &snapshot, const SentRequest &request, bool caseSensitive = false);

// Does path ("/orders/7") match an APIM URL template ("/orders/{id}", "/files/{*path}")?
bool urlTemplateMatches(QStringView urlTemplate, QStringView path, bool caseSensitive = false);

} // namespace gatehouse
