// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "apim/managementsnapshot.h"
#include "error.h"

#include <QElapsedTimer>
#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QObject>
#include <QPointer>
#include <QUrl>

#include <chrono>
#include <functional>
#include <memory>

class QNetworkAccessManager;
class QNetworkReply;

namespace gatehouse {

// Which APIM service to ask, through which Azure Resource Manager endpoint (FACTS.md §5.1).
struct ManagementTarget {
    QUrl endpoint = QUrl(QStringLiteral("https://management.azure.com"));
    QString subscriptionId;
    QString resourceGroup;
    QString serviceName;

    // {endpoint}/subscriptions/{id}/resourceGroups/{rg}/providers/Microsoft.ApiManagement/service/{name}
    QUrl serviceUrl() const;
    QString serviceResourceId() const;
    bool isValid() const;
    friend bool operator==(const ManagementTarget &, const ManagementTarget &) = default;
};

// The read side of the APIM management API for confirming a diagnosis and importing APIs. Async on
// the thread it lives on; every call needs a bearer token for the management endpoint, which is
// used for that call only and never logged. The service-wide lists (APIs, version sets, products,
// subscriptions) and the key-to-subscription match are cached per service for a short time.
// Subscription keys returned by listSecrets are compared with the key that was sent and dropped
// at once: no key other than the caller's own is kept, logged or returned.
class ManagementClient : public QObject
{
    Q_OBJECT
public:
    static constexpr QLatin1StringView ApiVersion{"2024-05-01"};

    explicit ManagementClient(QObject *parent = nullptr);
    ~ManagementClient() override;

    // The cache lifetime (default 60 s); 0 disables the cache.
    void setCacheLifetime(std::chrono::milliseconds lifetime) { m_cacheLifetime = lifetime; }
    void clearCache() { m_cache.clear(); }
    void setTransferTimeout(std::chrono::milliseconds timeout) { m_timeout = timeout; }

    using SnapshotCallback = std::function<void(const Expected<ManagementSnapshot> &)>;
    using JsonCallback = std::function<void(const Expected<QJsonObject> &)>;

    // What the service says about the API, operation, products and subscriptions `request` hit, and
    // which subscription `sentKey` (empty: none was sent) belongs to. done runs exactly once, later,
    // unless this client is destroyed first.
    void fetchSnapshot(const ManagementTarget &target, const QByteArray &token, const SentRequest &request,
                       const QByteArray &sentKey, SnapshotCallback done);

    // GET {service}/{relativePath} ("apis/orders/operations"); lists are followed through nextLink
    // and merged into one "value" array.
    void get(const ManagementTarget &target, const QByteArray &token, const QString &relativePath, JsonCallback done);
    // POST {service}/subscriptions/{id}/listSecrets: for filling in one's own key (import). The
    // result holds the keys: the caller puts them in a secret and nowhere else.
    void listSecrets(const ManagementTarget &target, const QByteArray &token, const QString &subscriptionId, JsonCallback done);
    // GET {service}/{scopePath}/policies/policy?format=rawxml ("" for the global scope,
    // "products/starter", "apis/orders", "apis/orders/operations/get-items"). A scope without a
    // policy of its own answers Error::Code::ManagementNotFound.
    void getPolicy(const ManagementTarget &target, const QByteArray &token, const QString &scopePath, JsonCallback done);
    // POST {service}/gateways/managed/listDebugCredentials for tracing calls of API apiId (its name,
    // not the resource id): {"token": "..."} (FACTS.md §4.2). The lifetime is capped at one hour.
    void listDebugCredentials(const ManagementTarget &target, const QByteArray &token, const QString &apiId,
                              std::chrono::seconds lifetime, JsonCallback done);
    // POST {service}/gateways/managed/listTrace for the trace of one traced call (§4.2).
    void listTrace(const ManagementTarget &target, const QByteArray &token, const QString &traceId, JsonCallback done);

private:
    struct ApiData {
        QList<ManagementSnapshot::Operation> operations;
        QList<ManagementSnapshot::Product> products;
        QList<std::pair<QString, bool>> revisions; // revision -> online
    };
    struct CacheEntry {
        QElapsedTimer age;
        ManagementSnapshot base; // service, apis, version sets, products, subscriptions
        QHash<QString, ApiData> apis;
        QHash<QByteArray, QString> keyOwners; // SHA-256 of a sent key -> subscription id ("" = none)
        struct Policies {
            QList<PolicyStatement> statements;
            QStringList expressionScopes;
            QStringList notes;
            bool read = false;
        };
        QHash<QString, Policies> policies; // "api/operation" -> the statements in its scopes
    };
    class Job;
    friend class Job;

    CacheEntry *cached(const QString &key);
    void fetchPolicies(const std::shared_ptr<Job> &job, std::function<void()> then);
    void request(const QByteArray &verb, const QUrl &url, const QByteArray &token, JsonCallback done,
                 std::shared_ptr<QJsonArray> collected = {}, const QByteArray &body = "{}");
    QUrl actionUrl(const ManagementTarget &target, const QString &relativePath) const;

    QNetworkAccessManager *m_nam;
    std::chrono::milliseconds m_cacheLifetime{60'000};
    std::chrono::milliseconds m_timeout{30'000};
    QHash<QString, CacheEntry> m_cache;
};

// Parses the ARM JSON of one API, product, subscription… into snapshot values (for tests too).
ManagementSnapshot::Api apiFromArm(const QJsonObject &o);
ManagementSnapshot::Product productFromArm(const QJsonObject &o);
ManagementSnapshot::Subscription subscriptionFromArm(const QJsonObject &o);

} // namespace gatehouse
