// SPDX-License-Identifier: GPL-3.0-or-later
#include "apim/managementclient.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QUrlQuery>

#include <memory>

using namespace Qt::StringLiterals;

namespace gatehouse {

namespace {

// At most this many subscriptions are asked for their keys to find the one that was sent.
constexpr int kMaxSecretLookups = 200;

QString armMessage(const QByteArray &body)
{
    const QJsonObject error = QJsonDocument::fromJson(body).object().value(u"error"_s).toObject();
    const QString code = error.value(u"code"_s).toString();
    const QString message = error.value(u"message"_s).toString();
    if (code.isEmpty())
        return message;
    return message.isEmpty() ? code : code + u": "_s + message;
}

ManagementSnapshot::Subscription::ScopeKind scopeKindOf(const QString &scope, QString &target)
{
    // ".../service/{name}/" all-access, ".../apis" all APIs, ".../apis/{id}", ".../products/{id}" (FACTS.md §2.4).
    using Kind = ManagementSnapshot::Subscription::ScopeKind;
    if (scope.endsWith(u'/'))
        return Kind::Service;
    const QStringList parts = scope.split(u'/', Qt::SkipEmptyParts);
    if (parts.isEmpty())
        return Kind::Unknown;
    if (parts.last().compare("apis"_L1, Qt::CaseInsensitive) == 0)
        return Kind::AllApis;
    if (parts.size() >= 2 && parts.at(parts.size() - 2).compare("apis"_L1, Qt::CaseInsensitive) == 0) {
        target = parts.last();
        return Kind::Api;
    }
    if (parts.size() >= 2 && parts.at(parts.size() - 2).compare("products"_L1, Qt::CaseInsensitive) == 0) {
        target = parts.last();
        return Kind::Product;
    }
    if (parts.size() >= 2 && parts.at(parts.size() - 2).compare("service"_L1, Qt::CaseInsensitive) == 0)
        return Kind::Service;
    return Kind::Unknown;
}

QString lastSegment(const QString &id)
{
    return id.section(u'/', -1);
}

} // namespace

ManagementSnapshot::Api apiFromArm(const QJsonObject &o)
{
    const QJsonObject p = o.value(u"properties"_s).toObject();
    ManagementSnapshot::Api api;
    api.id = o.value(u"name"_s).toString().section(u";rev="_s, 0, 0);
    api.displayName = p.value(u"displayName"_s).toString(api.id);
    api.path = p.value(u"path"_s).toString();
    api.apiVersion = p.value(u"apiVersion"_s).toString();
    api.versionSetId = lastSegment(p.value(u"apiVersionSetId"_s).toString());
    api.revision = p.value(u"apiRevision"_s).toString(u"1"_s);
    api.isCurrent = p.value(u"isCurrent"_s).toBool(true);
    api.isOnline = p.value(u"isOnline"_s).toBool(true);
    api.subscriptionRequired = p.value(u"subscriptionRequired"_s).toBool(true);
    const QJsonObject names = p.value(u"subscriptionKeyParameterNames"_s).toObject();
    api.keyHeaderName = names.value(u"header"_s).toString(u"Ocp-Apim-Subscription-Key"_s);
    api.keyQueryName = names.value(u"query"_s).toString(u"subscription-key"_s);
    return api;
}

ManagementSnapshot::Product productFromArm(const QJsonObject &o)
{
    const QJsonObject p = o.value(u"properties"_s).toObject();
    ManagementSnapshot::Product product;
    product.id = o.value(u"name"_s).toString();
    product.displayName = p.value(u"displayName"_s).toString(product.id);
    product.subscriptionRequired = p.value(u"subscriptionRequired"_s).toBool(true);
    product.approvalRequired = p.value(u"approvalRequired"_s).toBool(false);
    product.published = p.value(u"state"_s).toString(u"published"_s) == "published"_L1;
    return product;
}

ManagementSnapshot::Subscription subscriptionFromArm(const QJsonObject &o)
{
    const QJsonObject p = o.value(u"properties"_s).toObject();
    ManagementSnapshot::Subscription s;
    s.id = o.value(u"name"_s).toString();
    s.displayName = p.value(u"displayName"_s).toString(s.id);
    s.state = p.value(u"state"_s).toString();
    s.scopeKind = scopeKindOf(p.value(u"scope"_s).toString(), s.scopeTarget);
    s.createdDate = QDateTime::fromString(p.value(u"createdDate"_s).toString(), Qt::ISODateWithMs);
    return s;
}

QString ManagementTarget::serviceResourceId() const
{
    return u"/subscriptions/%1/resourceGroups/%2/providers/Microsoft.ApiManagement/service/%3"_s.arg(subscriptionId, resourceGroup, serviceName);
}

QUrl ManagementTarget::serviceUrl() const
{
    QUrl url = endpoint;
    QString path = url.path();
    while (path.endsWith(u'/'))
        path.chop(1);
    url.setPath(path + serviceResourceId());
    return url;
}

bool ManagementTarget::isValid() const
{
    return endpoint.isValid() && !endpoint.host().isEmpty() && !subscriptionId.isEmpty() && !resourceGroup.isEmpty() && !serviceName.isEmpty();
}

ManagementClient::ManagementClient(QObject *parent)
    : QObject(parent)
    , m_nam(new QNetworkAccessManager(this))
{
}

ManagementClient::~ManagementClient() = default;

ManagementClient::CacheEntry *ManagementClient::cached(const QString &key)
{
    auto it = m_cache.find(key);
    if (it == m_cache.end())
        return nullptr;
    if (m_cacheLifetime.count() <= 0 || it->age.durationElapsed() > m_cacheLifetime) {
        m_cache.erase(it);
        return nullptr;
    }
    return &*it;
}

void ManagementClient::request(const QByteArray &verb, const QUrl &url, const QByteArray &token, JsonCallback done,
                               std::shared_ptr<QJsonArray> collected, const QByteArray &payload)
{
    QNetworkRequest req(url);
    req.setRawHeader("Authorization", "Bearer " + token);
    req.setRawHeader("Accept", "application/json");
    req.setTransferTimeout(int(m_timeout.count()));
    req.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::NoLessSafeRedirectPolicy);
    if (verb == "POST")
        req.setHeader(QNetworkRequest::ContentTypeHeader, "application/json"_ba);
    QNetworkReply *reply = verb == "POST" ? m_nam->post(req, payload) : m_nam->get(req);
    // Lists may come in pages (nextLink); their values are gathered in one shared array.
    auto into = collected ? std::move(collected) : std::make_shared<QJsonArray>();
    connect(reply, &QNetworkReply::finished, this, [this, reply, verb, token, done = std::move(done), into, url] {
        reply->deleteLater();
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        const QByteArray body = reply->readAll();
        const QString where = url.toString(QUrl::RemoveQuery | QUrl::RemoveUserInfo);
        if (status == 0) {
            Error::Code code = Error::Code::Network;
            switch (reply->error()) {
            case QNetworkReply::ConnectionRefusedError: code = Error::Code::ConnectionRefused; break;
            case QNetworkReply::HostNotFoundError: code = Error::Code::HostNotFound; break;
            case QNetworkReply::TimeoutError:
            case QNetworkReply::OperationCanceledError: code = Error::Code::Timeout; break;
            case QNetworkReply::SslHandshakeFailedError: code = Error::Code::Tls; break;
            default: break;
            }
            done(std::unexpected(Error{code, tr("Cannot reach the management endpoint %1: %2").arg(url.host(), reply->errorString())}));
            return;
        }
        if (status == 401) {
            done(std::unexpected(Error{Error::Code::ManagementUnauthorized,
                                       tr("The management API rejected the access token (HTTP 401, %1): it has expired, or it was issued "
                                          "for another tenant or resource. Get a new token for %2.")
                                           .arg(armMessage(body), url.adjusted(QUrl::RemovePath | QUrl::RemoveQuery).toString())}));
            return;
        }
        if (status == 403) {
            const bool secrets = url.path().endsWith("/listSecrets"_L1, Qt::CaseInsensitive);
            done(std::unexpected(Error{Error::Code::ManagementForbidden,
                                       secrets ? tr("Your account may not read subscription keys (HTTP 403, %1). Matching the key needs a role "
                                                    "with Microsoft.ApiManagement/service/subscriptions/listSecrets/action, such as "
                                                    "\"API Management Service Contributor\", on the service.")
                                                     .arg(armMessage(body))
                                               : tr("Your account may not read this APIM service (HTTP 403, %1). Reading its configuration "
                                                    "needs at least the \"API Management Service Reader Role\" (or Reader) on the service.")
                                                     .arg(armMessage(body))}));
            return;
        }
        if (status == 404) {
            done(std::unexpected(Error{Error::Code::ManagementNotFound,
                                       tr("The management API does not know %1 (HTTP 404, %2): check the subscription id, resource group "
                                          "and service name.")
                                           .arg(where, armMessage(body))}));
            return;
        }
        if (status < 200 || status >= 300) {
            done(std::unexpected(Error{Error::Code::ManagementFailed,
                                       tr("The management API answered HTTP %1 for %2: %3").arg(status).arg(where, armMessage(body))}));
            return;
        }
        QJsonParseError parseError;
        const QJsonDocument doc = QJsonDocument::fromJson(body, &parseError);
        if (parseError.error != QJsonParseError::NoError || !doc.isObject()) {
            done(std::unexpected(Error{Error::Code::Decoding, tr("The management API answered %1 with something that is not JSON.").arg(where)}));
            return;
        }
        QJsonObject object = doc.object();
        if (object.contains(u"value"_s) && object.value(u"value"_s).isArray()) {
            for (const QJsonValue &v : object.value(u"value"_s).toArray())
                into->append(v);
            const QUrl next(object.value(u"nextLink"_s).toString());
            // Only follow pages on the same endpoint: the token must not travel elsewhere.
            if (next.isValid() && !next.isEmpty() && next.host() == url.host() && next.port() == url.port() && next.scheme() == url.scheme()) {
                request(verb, next, token, done, into);
                return;
            }
            object.insert(u"value"_s, *into);
            object.remove(u"nextLink"_s);
        }
        done(object);
    });
}

void ManagementClient::get(const ManagementTarget &target, const QByteArray &token, const QString &relativePath, JsonCallback done)
{
    QUrl url = target.serviceUrl();
    if (!relativePath.isEmpty())
        url.setPath(url.path() + u'/' + relativePath);
    QUrlQuery query;
    query.addQueryItem(u"api-version"_s, ApiVersion);
    url.setQuery(query);
    request("GET", url, token, std::move(done));
}

QUrl ManagementClient::actionUrl(const ManagementTarget &target, const QString &relativePath) const
{
    QUrl url = target.serviceUrl();
    if (!relativePath.isEmpty())
        url.setPath(url.path() + u'/' + relativePath);
    QUrlQuery query;
    query.addQueryItem(u"api-version"_s, ApiVersion);
    url.setQuery(query);
    return url;
}

void ManagementClient::listSecrets(const ManagementTarget &target, const QByteArray &token, const QString &subscriptionId, JsonCallback done)
{
    request("POST", actionUrl(target, u"subscriptions/"_s + subscriptionId + u"/listSecrets"_s), token, std::move(done));
}

void ManagementClient::getPolicy(const ManagementTarget &target, const QByteArray &token, const QString &scopePath, JsonCallback done)
{
    QUrl url = actionUrl(target, scopePath.isEmpty() ? u"policies/policy"_s : scopePath + u"/policies/policy"_s);
    QUrlQuery query(url);
    query.addQueryItem(u"format"_s, u"rawxml"_s); // expressions as written, not XML-encoded
    url.setQuery(query);
    request("GET", url, token, std::move(done));
}

void ManagementClient::listDebugCredentials(const ManagementTarget &target, const QByteArray &token, const QString &apiId,
                                            std::chrono::seconds lifetime, JsonCallback done)
{
    // The apiId must be the API's full resource id (FACTS.md §4.2).
    const qint64 seconds = std::clamp<qint64>(lifetime.count(), 60, 3600);
    const QJsonObject body{{u"credentialsExpireAfter"_s, u"PT%1M"_s.arg((seconds + 59) / 60)},
                           {u"apiId"_s, QString(target.serviceResourceId() + u"/apis/"_s + apiId)},
                           {u"purposes"_s, QJsonArray{u"tracing"_s}}};
    request("POST", actionUrl(target, u"gateways/managed/listDebugCredentials"_s), token, std::move(done), {},
            QJsonDocument(body).toJson(QJsonDocument::Compact));
}

void ManagementClient::listTrace(const ManagementTarget &target, const QByteArray &token, const QString &traceId, JsonCallback done)
{
    const QJsonObject body{{u"traceId"_s, traceId}};
    request("POST", actionUrl(target, u"gateways/managed/listTrace"_s), token, std::move(done), {},
            QJsonDocument(body).toJson(QJsonDocument::Compact));
}

// One fetchSnapshot(): a chain of calls, with the parts that are independent in parallel.
class ManagementClient::Job
{
public:
    ManagementClient *client;
    ManagementTarget target;
    QByteArray token;
    SentRequest sent;
    QByteArray keyHash;
    QByteArray sentKey;
    SnapshotCallback done;
    QString cacheKey;
    ManagementSnapshot snapshot;
    std::optional<Error> error;
    int pending = 0;
    bool finished = false;

    void fail(const Error &e)
    {
        if (!error)
            error = e;
    }

    void finish()
    {
        if (finished)
            return;
        finished = true;
        if (error)
            done(std::unexpected(*error));
        else
            done(snapshot);
    }
};

void ManagementClient::fetchSnapshot(const ManagementTarget &target, const QByteArray &token, const SentRequest &sent, const QByteArray &sentKey,
                                     SnapshotCallback done)
{
    auto job = std::make_shared<Job>();
    job->client = this;
    job->target = target;
    job->token = token;
    job->sent = sent;
    job->sentKey = sentKey.trimmed();
    job->keyHash = job->sentKey.isEmpty() ? QByteArray() : QCryptographicHash::hash(job->sentKey, QCryptographicHash::Sha256);
    job->done = std::move(done);
    job->cacheKey = target.serviceUrl().toString();
    if (!target.isValid()) {
        job->fail(Error{Error::Code::InvalidArgument,
                        tr("The management connection is incomplete: it needs the Azure subscription id, the resource group and the "
                           "service name.")});
        QMetaObject::invokeMethod(this, [job] { job->finish(); }, Qt::QueuedConnection);
        return;
    }

    QPointer<ManagementClient> self(this);

    // Step 3: which subscription the key belongs to (listSecrets on each until one matches).
    const auto owner = [self, job](const QString &id, bool secondary) {
        job->snapshot.keyMatch = id.isEmpty() ? ManagementSnapshot::KeyMatch::NoMatch
                                              : secondary ? ManagementSnapshot::KeyMatch::Secondary : ManagementSnapshot::KeyMatch::Primary;
        for (const auto &s : std::as_const(job->snapshot.subscriptions)) {
            if (s.id == id)
                job->snapshot.keyOwner = s;
        }
        if (CacheEntry *entry = self ? self->cached(job->cacheKey) : nullptr)
            entry->keyOwners.insert(job->keyHash, id.isEmpty() ? QString() : (secondary ? u"2:"_s : u"1:"_s) + id);
        job->finish();
    };
    auto matchKey = std::make_shared<std::function<void(qsizetype)>>();
    std::weak_ptr<std::function<void(qsizetype)>> weakMatchKey = matchKey;
    *matchKey = [self, job, weakMatchKey, owner](qsizetype index) {
        if (!self)
            return;
        const QList<ManagementSnapshot::Subscription> &subs = job->snapshot.subscriptions;
        if (index >= subs.size() || index >= kMaxSecretLookups) {
            if (index >= kMaxSecretLookups && subs.size() > kMaxSecretLookups)
                job->snapshot.notes.append(tr("Only the first %1 subscriptions were checked for the key.").arg(kMaxSecretLookups));
            owner(QString(), false);
            return;
        }
        const QString id = subs.at(index).id;
        auto next = weakMatchKey.lock(); // kept alive by the pending call
        self->listSecrets(job->target, job->token, id, [self, job, next, index, id, owner](const Expected<QJsonObject> &secrets) {
            if (!self)
                return;
            if (!secrets) {
                // Denied or failed: the rest of the snapshot still stands.
                job->snapshot.keyMatch = ManagementSnapshot::KeyMatch::NotChecked;
                job->snapshot.notes.append(secrets.error().message);
                job->finish();
                return;
            }
            // Compared in memory and dropped: these values go nowhere else.
            const QByteArray primary = secrets->value(u"primaryKey"_s).toString().toUtf8();
            const QByteArray secondary = secrets->value(u"secondaryKey"_s).toString().toUtf8();
            if (!primary.isEmpty() && primary == job->sentKey)
                owner(id, false);
            else if (!secondary.isEmpty() && secondary == job->sentKey)
                owner(id, true);
            else if (next)
                (*next)(index + 1);
        });
    };

    // Step 4: which subscription the key belongs to.
    const auto keyStep = [self, job, matchKey] {
        if (!self)
            return;
        if (job->keyHash.isEmpty()) {
            job->finish();
            return;
        }
        if (CacheEntry *entry = self->cached(job->cacheKey); entry && entry->keyOwners.contains(job->keyHash)) {
            const QString value = entry->keyOwners.value(job->keyHash);
            job->snapshot.keyMatch = value.isEmpty() ? ManagementSnapshot::KeyMatch::NoMatch
                                                     : value.startsWith(u"2:"_s) ? ManagementSnapshot::KeyMatch::Secondary
                                                                                 : ManagementSnapshot::KeyMatch::Primary;
            for (const auto &s : std::as_const(job->snapshot.subscriptions)) {
                if (!value.isEmpty() && s.id == value.sliced(2))
                    job->snapshot.keyOwner = s;
            }
            job->finish();
            return;
        }
        // The subscriptions that would open this API first: the likely owners.
        std::stable_sort(job->snapshot.subscriptions.begin(), job->snapshot.subscriptions.end(),
                         [job](const auto &a, const auto &b) { return job->snapshot.covers(a) && !job->snapshot.covers(b); });
        (*matchKey)(0);
    };


    // Step 3: the policies in the request's scopes, then the key.
    const auto afterApi = [self, job, keyStep] {
        if (!self)
            return;
        if (job->error) {
            job->finish();
            return;
        }
        matchOperation(job->snapshot, job->sent);
        self->fetchPolicies(job, keyStep);
    };

    // Step 2: the API's operations, products and revisions.
    const auto afterService = [self, job, afterApi] {
        if (!self)
            return;
        if (job->error) {
            job->finish();
            return;
        }
        matchRequest(job->snapshot, job->sent);
        if (!job->snapshot.api) {
            afterApi();
            return;
        }
        const QString apiId = job->snapshot.api->id;
        CacheEntry *entry = self->cached(job->cacheKey);
        const auto applyApiData = [job](const ApiData &data) {
            job->snapshot.operations = data.operations;
            job->snapshot.apiProducts = data.products;
            if (!job->snapshot.requestedRevision.isEmpty()) {
                for (const auto &[revision, online] : data.revisions) {
                    if (revision == job->snapshot.requestedRevision)
                        job->snapshot.revisionOnline = online;
                }
            }
        };
        if (entry && entry->apis.contains(apiId)) {
            applyApiData(entry->apis.value(apiId));
            afterApi();
            return;
        }
        auto data = std::make_shared<ApiData>();
        auto pending = std::make_shared<int>(3);
        const auto step = [self, job, data, pending, apiId, applyApiData, afterApi] {
            if (--*pending > 0 || !self)
                return;
            if (!job->error) {
                if (CacheEntry *e = self->cached(job->cacheKey))
                    e->apis.insert(apiId, *data);
                applyApiData(*data);
            }
            afterApi();
        };
        const QString api = u"apis/"_s + QString::fromUtf8(QUrl::toPercentEncoding(apiId));
        self->get(job->target, job->token, api + u"/operations"_s, [job, data, step](const Expected<QJsonObject> &r) {
            if (!r)
                job->fail(r.error());
            else
                for (const QJsonValue &v : r->value(u"value"_s).toArray()) {
                    const QJsonObject p = v.toObject().value(u"properties"_s).toObject();
                    data->operations.append({v.toObject().value(u"name"_s).toString(), p.value(u"method"_s).toString().toUpper().toLatin1(),
                                             p.value(u"urlTemplate"_s).toString()});
                }
            step();
        });
        self->get(job->target, job->token, api + u"/products"_s, [job, data, step](const Expected<QJsonObject> &r) {
            if (!r)
                job->fail(r.error());
            else
                for (const QJsonValue &v : r->value(u"value"_s).toArray())
                    data->products.append(productFromArm(v.toObject()));
            step();
        });
        self->get(job->target, job->token, api + u"/revisions"_s, [data, step](const Expected<QJsonObject> &r) {
            // Revisions only refine a 404; without them the rest still stands.
            if (r) {
                for (const QJsonValue &v : r->value(u"value"_s).toArray()) {
                    const QJsonObject o = v.toObject();
                    const QJsonObject p = o.contains(u"properties"_s) ? o.value(u"properties"_s).toObject() : o;
                    data->revisions.append({p.value(u"apiRevision"_s).toString(), p.value(u"isOnline"_s).toBool(true)});
                }
            }
            step();
        });
    };

    // Step 1: the service-wide lists, from the cache or five calls in parallel.
    if (CacheEntry *entry = cached(job->cacheKey)) {
        job->snapshot = entry->base;
        QMetaObject::invokeMethod(this, afterService, Qt::QueuedConnection);
        return;
    }
    auto pending = std::make_shared<int>(5);
    const auto step = [self, job, pending, afterService] {
        if (--*pending > 0 || !self)
            return;
        job->snapshot.fetchedAt = QDateTime::currentDateTimeUtc();
        if (!job->error && self->m_cacheLifetime.count() > 0) {
            CacheEntry entry;
            entry.age.start();
            entry.base = job->snapshot;
            self->m_cache.insert(job->cacheKey, std::move(entry));
        }
        afterService();
    };
    get(target, token, QString(), [job, step](const Expected<QJsonObject> &r) {
        if (!r) {
            job->fail(r.error());
        } else {
            const QJsonObject p = r->value(u"properties"_s).toObject();
            job->snapshot.serviceName = r->value(u"name"_s).toString(job->target.serviceName);
            job->snapshot.gatewayUrl = p.value(u"gatewayUrl"_s).toString();
            const QString host = QUrl(job->snapshot.gatewayUrl).host();
            if (!host.isEmpty())
                job->snapshot.gatewayHosts.append(host);
            for (const QJsonValue &h : p.value(u"hostnameConfigurations"_s).toArray()) {
                const QJsonObject o = h.toObject();
                if (o.value(u"type"_s).toString() == "Proxy"_L1 && !job->snapshot.gatewayHosts.contains(o.value(u"hostName"_s).toString()))
                    job->snapshot.gatewayHosts.append(o.value(u"hostName"_s).toString());
            }
        }
        step();
    });
    get(target, token, u"apis"_s, [job, step](const Expected<QJsonObject> &r) {
        if (!r)
            job->fail(r.error());
        else
            for (const QJsonValue &v : r->value(u"value"_s).toArray()) {
                const ManagementSnapshot::Api api = apiFromArm(v.toObject());
                if (api.isCurrent)
                    job->snapshot.apis.append(api);
            }
        step();
    });
    get(target, token, u"apiVersionSets"_s, [job, step](const Expected<QJsonObject> &r) {
        if (!r)
            job->fail(r.error());
        else
            for (const QJsonValue &v : r->value(u"value"_s).toArray()) {
                const QJsonObject p = v.toObject().value(u"properties"_s).toObject();
                job->snapshot.versionSets.append({v.toObject().value(u"name"_s).toString(), p.value(u"versioningScheme"_s).toString(),
                                                  p.value(u"versionQueryName"_s).toString(), p.value(u"versionHeaderName"_s).toString()});
            }
        step();
    });
    get(target, token, u"products"_s, [job, step](const Expected<QJsonObject> &r) {
        if (!r)
            job->fail(r.error());
        else
            for (const QJsonValue &v : r->value(u"value"_s).toArray())
                job->snapshot.products.append(productFromArm(v.toObject()));
        step();
    });
    get(target, token, u"subscriptions"_s, [job, step](const Expected<QJsonObject> &r) {
        if (!r)
            job->fail(r.error());
        else
            for (const QJsonValue &v : r->value(u"value"_s).toArray())
                job->snapshot.subscriptions.append(subscriptionFromArm(v.toObject()));
        step();
    });
}

void ManagementClient::fetchPolicies(const std::shared_ptr<Job> &job, std::function<void()> then)
{
    // Global, the API's products (their policies apply to product keys only, so the diagnosis
    // picks), the API and the matched operation (FACTS.md §5.2 step 6). A scope without a policy
    // answers 404; a policy that cannot be read is a note, not a failure.
    if (!job->snapshot.api) {
        then();
        return;
    }
    const QString apiId = job->snapshot.api->id;
    const QString operationId = job->snapshot.operation ? job->snapshot.operation->id : QString();
    const QString cacheKey = apiId + u'/' + operationId;
    const auto apply = [job](const CacheEntry::Policies &p) {
        job->snapshot.policies = p.statements;
        job->snapshot.expressionScopes = p.expressionScopes;
        job->snapshot.policiesRead = p.read;
        job->snapshot.notes += p.notes;
    };
    if (CacheEntry *entry = cached(job->cacheKey); entry && entry->policies.contains(cacheKey)) {
        apply(entry->policies.value(cacheKey));
        then();
        return;
    }
    using Scope = PolicyStatement::Scope;
    struct Wanted {
        Scope scope;
        QString name;
        QString path;
    };
    const auto encoded = [](const QString &id) { return QString::fromUtf8(QUrl::toPercentEncoding(id)); };
    QList<Wanted> wanted{{Scope::Global, {}, {}}};
    for (const auto &p : std::as_const(job->snapshot.apiProducts).first(std::min<qsizetype>(job->snapshot.apiProducts.size(), 10)))
        wanted.append({Scope::Product, p.id, u"products/"_s + encoded(p.id)});
    wanted.append({Scope::Api, apiId, u"apis/"_s + encoded(apiId)});
    if (!operationId.isEmpty())
        wanted.append({Scope::Operation, operationId, u"apis/"_s + encoded(apiId) + u"/operations/"_s + encoded(operationId)});

    struct Gathered {
        QList<QList<PolicyStatement>> byScope;
        QStringList expressionScopes;
        QStringList notes;
        int pending = 0;
        bool read = true;
    };
    auto gathered = std::make_shared<Gathered>();
    gathered->byScope.resize(wanted.size());
    gathered->pending = int(wanted.size());
    QPointer<ManagementClient> self(this);
    for (qsizetype i = 0; i < wanted.size(); ++i) {
        const Wanted w = wanted.at(i);
        getPolicy(job->target, job->token, w.path, [self, job, gathered, i, w, cacheKey, apply, then](const Expected<QJsonObject> &r) {
            if (r) {
                bool expressions = false;
                gathered->byScope[i] = parsePolicyXml(r->value(u"properties"_s).toObject().value(u"value"_s).toString(), w.scope, w.name, &expressions);
                if (expressions) {
                    PolicyStatement where;
                    where.scope = w.scope;
                    where.scopeName = w.name;
                    gathered->expressionScopes.append(policyScopeDescription(where));
                }
            } else if (r.error().code != Error::Code::ManagementNotFound) {
                gathered->read = false;
                if (!gathered->notes.contains(r.error().message))
                    gathered->notes.append(r.error().message);
            }
            if (--gathered->pending > 0 || !self)
                return;
            CacheEntry::Policies policies;
            for (const auto &statements : std::as_const(gathered->byScope))
                policies.statements += statements;
            policies.expressionScopes = gathered->expressionScopes;
            policies.notes = gathered->notes;
            policies.read = gathered->read;
            if (CacheEntry *entry = self->cached(job->cacheKey))
                entry->policies.insert(cacheKey, policies);
            apply(policies);
            then();
        });
    }
}

} // namespace gatehouse
