// SPDX-License-Identifier: GPL-3.0-or-later
#include "apim/apimimport.h"

#include "model/workspace.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QRegularExpression>

#include <memory>

using namespace Qt::StringLiterals;

namespace gatehouse {

namespace {

class ApimImport
{
    Q_DECLARE_TR_FUNCTIONS(gatehouse::ApimImport)
};

struct State {
    ManagementClient *client = nullptr;
    ManagementTarget target;
    QByteArray token;
    ApimImportOptions options;
    std::function<void(const Expected<ImportResult> &)> done;
    QJsonObject service;
    QJsonObject api;
    QJsonArray operations;
    QJsonArray products;
    QJsonArray subscriptions;
    QJsonObject versionSet;
    std::optional<Error> error;
    bool finished = false;

    void fail(const Error &e)
    {
        if (!error)
            error = e;
    }
    void finish(const Expected<ImportResult> &r)
    {
        if (finished)
            return;
        finished = true;
        done(r);
    }
};

// "/items/{id}?expand={expand}" -> path "/items/{{id}}", params expand={{expand}}.
void templateToRequest(const QString &urlTemplate, QString &path, KeyValueList &params)
{
    static const QRegularExpression parameter(u"\\{\\*?([^}]+)\\}"_s);
    const qsizetype q = urlTemplate.indexOf(u'?');
    path = (q < 0 ? urlTemplate : urlTemplate.first(q));
    path.replace(parameter, u"{{\\1}}"_s);
    if (q >= 0) {
        for (const QString &pair : urlTemplate.sliced(q + 1).split(u'&', Qt::SkipEmptyParts)) {
            KeyValue kv;
            kv.name = pair.section(u'=', 0, 0);
            kv.value = pair.section(u'=', 1);
            kv.value.replace(parameter, u"{{\\1}}"_s);
            params.append(kv);
        }
    }
}

void build(const std::shared_ptr<State> &s, const QByteArray &key)
{
    const QJsonObject p = s->api.value(u"properties"_s).toObject();
    const QString gatewayUrl = s->service.value(u"properties"_s).toObject().value(u"gatewayUrl"_s).toString();
    const QString path = p.value(u"path"_s).toString();
    const QString version = p.value(u"apiVersion"_s).toString();
    const QJsonObject vs = s->versionSet.value(u"properties"_s).toObject();
    const QString scheme = vs.value(u"versioningScheme"_s).toString();

    Collection collection;
    collection.id = newItemId();
    collection.name = p.value(u"displayName"_s).toString(s->options.apiId);
    collection.description = ApimImport::tr("Imported from API '%1' of the APIM service '%2'.").arg(s->options.apiId, s->target.serviceName);
    QString base = u"{{baseUrl}}"_s + (path.isEmpty() ? QString() : u'/' + path);
    if (!version.isEmpty() && scheme == "Segment"_L1)
        base += u'/' + version;
    for (const QJsonValue &v : std::as_const(s->operations)) {
        const QJsonObject o = v.toObject().value(u"properties"_s).toObject();
        Request request;
        request.id = newItemId();
        request.name = o.value(u"displayName"_s).toString(v.toObject().value(u"name"_s).toString());
        request.method = o.value(u"method"_s).toString(u"GET"_s).toUpper();
        QString opPath;
        templateToRequest(o.value(u"urlTemplate"_s).toString(u"/"_s), opPath, request.params);
        request.url = base + (opPath == u"/"_s && path.isEmpty() ? opPath : (opPath == u"/"_s ? QString() : opPath));
        if (!version.isEmpty() && scheme == "Query"_L1)
            request.params.prepend(KeyValue{vs.value(u"versionQueryName"_s).toString(u"api-version"_s), version, true, {}});
        if (!version.isEmpty() && scheme == "Header"_L1)
            request.headers.append(KeyValue{vs.value(u"versionHeaderName"_s).toString(u"Api-Version"_s), version, true, {}});
        request.description = o.value(u"description"_s).toString();
        collection.requests.append(request);
    }

    Environment environment;
    environment.id = newItemId();
    environment.name = s->options.environmentName.isEmpty() ? s->target.serviceName : s->options.environmentName;
    environment.variables.append(Variable{u"baseUrl"_s, gatewayUrl, true, false});
    if (!key.isEmpty())
        environment.variables.append(Variable{u"apimSubscriptionKey"_s, QString::fromUtf8(key), true, true});
    environment.apim.gatewayHosts = {QUrl(gatewayUrl).host()};
    const QJsonObject names = p.value(u"subscriptionKeyParameterNames"_s).toObject();
    if (names.value(u"header"_s).toString() != "Ocp-Apim-Subscription-Key"_L1)
        environment.apim.headerName = names.value(u"header"_s).toString();
    if (names.value(u"query"_s).toString() != "subscription-key"_L1)
        environment.apim.queryName = names.value(u"query"_s).toString();
    EnvironmentApimManagement &m = environment.apim.management;
    m.subscriptionId = s->target.subscriptionId;
    m.resourceGroup = s->target.resourceGroup;
    m.serviceName = s->target.serviceName;
    if (s->target.endpoint != QUrl(u"https://management.azure.com"_s))
        m.endpoint = s->target.endpoint.toString();
    m.tokenSource = s->options.tokenSource;

    ImportResult result;
    result.format = ImportFormat::Auto;
    result.collections = {collection};
    result.environments = {environment};
    if (key.isEmpty() && p.value(u"subscriptionRequired"_s).toBool(true))
        result.issues.append(ImportIssue{environment.name, u"apimSubscriptionKey"_s,
                                         ApimImport::tr("No active subscription opens this API: the environment has no key yet.")});
    s->finish(result);
}

void pickKey(const std::shared_ptr<State> &s)
{
    // The subscription whose key goes into the environment: the one asked for, else an active one
    // that opens the API, API- or product-scoped before all-APIs and all-access.
    const QString apiId = s->options.apiId;
    QStringList productIds;
    for (const QJsonValue &v : std::as_const(s->products))
        productIds.append(v.toObject().value(u"name"_s).toString());
    QString chosen;
    int best = 99;
    for (const QJsonValue &v : std::as_const(s->subscriptions)) {
        const QString id = v.toObject().value(u"name"_s).toString();
        const QJsonObject p = v.toObject().value(u"properties"_s).toObject();
        if (!s->options.subscriptionId.isEmpty()) {
            if (id == s->options.subscriptionId)
                chosen = id;
            continue;
        }
        if (p.value(u"state"_s).toString() != "active"_L1)
            continue;
        const QString scope = p.value(u"scope"_s).toString();
        int rank = 99;
        if (scope.endsWith(u"/apis/"_s + apiId, Qt::CaseInsensitive))
            rank = 0;
        else if (scope.contains(u"/products/"_s, Qt::CaseInsensitive) && productIds.contains(scope.section(u'/', -1), Qt::CaseInsensitive))
            rank = 1;
        else if (scope.endsWith(u"/apis"_s, Qt::CaseInsensitive))
            rank = 2;
        else if (scope.endsWith(u'/'))
            rank = 3;
        if (rank < best) {
            best = rank;
            chosen = id;
        }
    }
    if (!s->options.subscriptionId.isEmpty() && chosen.isEmpty()) {
        s->finish(std::unexpected(Error{Error::Code::ManagementNotFound,
                                        ApimImport::tr("The service has no subscription '%1'.").arg(s->options.subscriptionId)}));
        return;
    }
    if (chosen.isEmpty()) {
        build(s, {});
        return;
    }
    s->client->listSecrets(s->target, s->token, chosen, [s](const Expected<QJsonObject> &secrets) {
        if (!secrets) {
            // Without the key the import still stands; say why it is missing.
            build(s, {});
            return;
        }
        build(s, secrets->value(u"primaryKey"_s).toString().toUtf8());
    });
}

} // namespace

void importApiFromService(ManagementClient *client, const ManagementTarget &target, const QByteArray &token, const ApimImportOptions &options,
                          std::function<void(const Expected<ImportResult> &)> done)
{
    auto s = std::make_shared<State>();
    s->client = client;
    s->target = target;
    s->token = token;
    s->options = options;
    s->done = std::move(done);
    const QString api = u"apis/"_s + QString::fromUtf8(QUrl::toPercentEncoding(options.apiId));
    auto pending = std::make_shared<int>(5);
    const auto step = [s, pending] {
        if (--*pending > 0)
            return;
        if (s->error) {
            s->finish(std::unexpected(*s->error));
            return;
        }
        const QString versionSetId = s->api.value(u"properties"_s).toObject().value(u"apiVersionSetId"_s).toString().section(u'/', -1);
        if (versionSetId.isEmpty()) {
            pickKey(s);
            return;
        }
        s->client->get(s->target, s->token, u"apiVersionSets/"_s + versionSetId, [s](const Expected<QJsonObject> &r) {
            if (r)
                s->versionSet = *r;
            pickKey(s);
        });
    };
    const auto into = [s, step](QJsonObject State::*object) {
        return [s, step, object](const Expected<QJsonObject> &r) {
            if (r)
                (*s).*object = *r;
            else
                s->fail(r.error());
            step();
        };
    };
    const auto list = [s, step](QJsonArray State::*array) {
        return [s, step, array](const Expected<QJsonObject> &r) {
            if (r)
                (*s).*array = r->value(u"value"_s).toArray();
            else
                s->fail(r.error());
            step();
        };
    };
    client->get(target, token, QString(), into(&State::service));
    client->get(target, token, api, into(&State::api));
    client->get(target, token, api + u"/operations"_s, list(&State::operations));
    client->get(target, token, api + u"/products"_s, list(&State::products));
    client->get(target, token, u"subscriptions"_s, list(&State::subscriptions));
}

} // namespace gatehouse
