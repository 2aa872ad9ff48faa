// SPDX-License-Identifier: GPL-3.0-or-later
#include "managementapi.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QUrl>
#include <QUrlQuery>
#include <QXmlStreamWriter>

using namespace Qt::StringLiterals;

namespace gatehouse::sim {

namespace {

// ARM error bodies: { "error": { "code", "message" } } (FACTS.md §5.1). The texts are those ARM
// and APIM use as far as known; they are not catalogued in FACTS.md [INFER].
GatewayResponse armError(int status, const QString &code, const QString &message)
{
    GatewayResponse response;
    response.status = status;
    response.headers.append({ "Content-Type"_ba, "application/json; charset=utf-8"_ba });
    response.body = QJsonDocument(QJsonObject { { u"error"_s, QJsonObject { { u"code"_s, code }, { u"message"_s, message } } } })
                        .toJson(QJsonDocument::Compact);
    response.errorSource = u"management"_s;
    response.errorReason = code;
    return response;
}

GatewayResponse armJson(const QJsonObject &body)
{
    GatewayResponse response;
    response.headers.append({ "Content-Type"_ba, "application/json; charset=utf-8"_ba });
    response.body = QJsonDocument(body).toJson(QJsonDocument::Compact);
    return response;
}

QJsonObject list(const QJsonArray &values)
{
    return { { u"value"_s, values }, { u"count"_s, values.size() } };
}

QString stateName(Subscription::State state)
{
    return subscriptionStateName(state);
}

class Resources
{
public:
    explicit Resources(const SimConfig &config)
        : c(config)
        , svc(config.serviceResourceId())
    {
    }

    QJsonObject service() const
    {
        const QUrl gateway(c.gatewayUrl);
        QJsonArray hostnames;
        for (const QString &host : c.hostnames)
            hostnames.append(
                QJsonObject { { u"type"_s, u"Proxy"_s }, { u"hostName"_s, host }, { u"defaultSslBinding"_s, host == gateway.host() } });
        const QString name = c.serviceName;
        return { { u"id"_s, svc }, { u"name"_s, name }, { u"type"_s, u"Microsoft.ApiManagement/service"_s },
            { u"location"_s, u"West Europe"_s }, { u"sku"_s, QJsonObject { { u"name"_s, u"Developer"_s }, { u"capacity"_s, 1 } } },
            { u"properties"_s,
                QJsonObject { { u"gatewayUrl"_s, c.gatewayUrl },
                    { u"developerPortalUrl"_s, u"https://%1.developer.azure-api.net"_s.arg(name) },
                    { u"portalUrl"_s, u"https://%1.portal.azure-api.net"_s.arg(name) },
                    { u"managementApiUrl"_s, u"https://%1.management.azure-api.net"_s.arg(name) },
                    { u"scmUrl"_s, u"https://%1.scm.azure-api.net"_s.arg(name) }, { u"hostnameConfigurations"_s, hostnames },
                    { u"platformVersion"_s, u"stv2"_s }, { u"provisioningState"_s, u"Succeeded"_s } } } };
    }

    QJsonObject api(const Api &a) const
    {
        const QString name = a.isCurrent ? a.id : a.id + u";rev="_s + a.apiRevision;
        QJsonObject properties { { u"displayName"_s, a.displayName }, { u"apiRevision"_s, a.apiRevision }, { u"path"_s, a.path },
            { u"protocols"_s, QJsonArray { u"https"_s } }, { u"subscriptionRequired"_s, a.subscriptionRequired },
            { u"subscriptionKeyParameterNames"_s, QJsonObject { { u"header"_s, a.keyHeaderName }, { u"query"_s, a.keyQueryName } } },
            { u"isCurrent"_s, a.isCurrent }, { u"isOnline"_s, a.isOnline }, { u"type"_s, u"http"_s } };
        if (!a.versionSetId.isEmpty()) {
            properties.insert(u"apiVersion"_s, a.apiVersion);
            properties.insert(u"apiVersionSetId"_s, QString(svc + u"/apiVersionSets/"_s + a.versionSetId));
        }
        return { { u"id"_s, QString(svc + u"/apis/"_s + name) }, { u"type"_s, u"Microsoft.ApiManagement/service/apis"_s },
            { u"name"_s, name }, { u"properties"_s, properties } };
    }

    QJsonObject operation(const Api &a, const Operation &o) const
    {
        QJsonArray parameters;
        static const QRegularExpression parameter(u"\\{\\*?([^}]+)\\}"_s);
        for (const QRegularExpressionMatch &m : parameter.globalMatch(o.urlTemplate.text()))
            parameters.append(QJsonObject {
                { u"name"_s, m.captured(1) }, { u"type"_s, u"string"_s }, { u"required"_s, true }, { u"values"_s, QJsonArray {} } });
        return { { u"id"_s, QString(svc + u"/apis/"_s + a.id + u"/operations/"_s + o.id) },
            { u"type"_s, u"Microsoft.ApiManagement/service/apis/operations"_s }, { u"name"_s, o.id },
            { u"properties"_s,
                QJsonObject { { u"displayName"_s, o.id }, { u"method"_s, QString::fromLatin1(o.method) },
                    { u"urlTemplate"_s, o.urlTemplate.text() }, { u"templateParameters"_s, parameters } } } };
    }

    QJsonObject product(const Product &p) const
    {
        return { { u"id"_s, QString(svc + u"/products/"_s + p.id) }, { u"type"_s, u"Microsoft.ApiManagement/service/products"_s },
            { u"name"_s, p.id },
            { u"properties"_s,
                QJsonObject { { u"displayName"_s, p.displayName }, { u"subscriptionRequired"_s, p.subscriptionRequired },
                    { u"approvalRequired"_s, p.approvalRequired }, { u"state"_s, p.published ? u"published"_s : u"notPublished"_s } } } };
    }

    QString scope(const Subscription &s) const
    {
        switch (s.scopeKind) {
        case Subscription::ScopeKind::Service: return svc + u"/"_s;
        case Subscription::ScopeKind::AllApis: return svc + u"/apis"_s;
        case Subscription::ScopeKind::Api: return svc + u"/apis/"_s + s.scopeTarget;
        case Subscription::ScopeKind::Product: return svc + u"/products/"_s + s.scopeTarget;
        }
        return {};
    }

    QJsonObject subscription(const Subscription &s) const
    {
        // Keys are never part of a GET; they come from listSecrets (FACTS.md §5.2).
        QJsonObject properties { { u"scope"_s, scope(s) }, { u"displayName"_s, s.displayName }, { u"state"_s, stateName(s.state) },
            { u"allowTracing"_s, s.allowTracing } };
        if (s.createdDate.isValid())
            properties.insert(u"createdDate"_s, s.createdDate.toUTC().toString(Qt::ISODate));
        return { { u"id"_s, QString(svc + u"/subscriptions/"_s + s.id) }, { u"type"_s, u"Microsoft.ApiManagement/service/subscriptions"_s },
            { u"name"_s, s.id }, { u"properties"_s, properties } };
    }

    QJsonObject versionSet(const VersionSet &v) const
    {
        const QString scheme = v.scheme == VersionSet::Scheme::Segment ? u"Segment"_s
            : v.scheme == VersionSet::Scheme::Query                    ? u"Query"_s
                                                                       : u"Header"_s;
        QJsonObject properties { { u"displayName"_s, v.id }, { u"versioningScheme"_s, scheme } };
        if (v.scheme == VersionSet::Scheme::Query)
            properties.insert(u"versionQueryName"_s, v.queryName);
        if (v.scheme == VersionSet::Scheme::Header)
            properties.insert(u"versionHeaderName"_s, v.headerName);
        return { { u"id"_s, QString(svc + u"/apiVersionSets/"_s + v.id) },
            { u"type"_s, u"Microsoft.ApiManagement/service/apiVersionSets"_s }, { u"name"_s, v.id }, { u"properties"_s, properties } };
    }

    const SimConfig &c;
    const QString svc;
};


// The policy document of one scope, as APIM stores it (FACTS.md §5.2 "Policies"): <policies> with
// the sections inbound, backend, outbound and on-error; <base /> where a parent scope's policies
// come in. Generated from the same values the gateway runs, so both sides always agree.
enum class PolicyScope { Global, Product, Api, Operation };

void writePolicy(QXmlStreamWriter &w, const Policy &p)
{
    const auto list = [&w](const QString &outer, const QString &inner, const QStringList &values) {
        w.writeStartElement(outer);
        for (const QString &v : values)
            w.writeTextElement(inner, v);
        w.writeEndElement();
    };
    switch (p.kind) {
    case Policy::Kind::IpFilter:
        w.writeStartElement(u"ip-filter"_s);
        w.writeAttribute(u"action"_s, p.allow ? u"allow"_s : u"forbid"_s);
        for (const QHostAddress &a : p.addresses)
            w.writeTextElement(u"address"_s, a.toString());
        for (const auto &[from, to] : p.ranges) {
            w.writeEmptyElement(u"address-range"_s);
            w.writeAttribute(u"from"_s, from.toString());
            w.writeAttribute(u"to"_s, to.toString());
        }
        w.writeEndElement();
        return;
    case Policy::Kind::CheckHeader:
        w.writeStartElement(u"check-header"_s);
        w.writeAttribute(u"name"_s, p.headerName);
        w.writeAttribute(u"failed-check-httpcode"_s, QString::number(p.failedStatus));
        w.writeAttribute(u"failed-check-error-message"_s, p.failedMessage);
        w.writeAttribute(u"ignore-case"_s, p.ignoreCase ? u"true"_s : u"false"_s);
        for (const QString &v : p.values)
            w.writeTextElement(u"value"_s, v);
        w.writeEndElement();
        return;
    case Policy::Kind::ValidateJwt:
        w.writeStartElement(u"validate-jwt"_s);
        w.writeAttribute(u"header-name"_s, p.tokenHeaderName);
        if (!p.tokenQueryName.isEmpty())
            w.writeAttribute(u"query-parameter-name"_s, p.tokenQueryName);
        w.writeAttribute(u"failed-validation-httpcode"_s, QString::number(p.failedStatus));
        if (!p.failedMessage.isEmpty())
            w.writeAttribute(u"failed-validation-error-message"_s, p.failedMessage);
        w.writeAttribute(u"require-expiration-time"_s, p.requireExpirationTime ? u"true"_s : u"false"_s);
        if (!p.requireScheme.isEmpty())
            w.writeAttribute(u"require-scheme"_s, p.requireScheme);
        w.writeAttribute(u"require-signed-tokens"_s, u"true"_s);
        w.writeAttribute(u"clock-skew"_s, QString::number(p.clockSkew.count()));
        w.writeStartElement(u"issuer-signing-keys"_s);
        w.writeTextElement(u"key"_s, QString::fromLatin1(p.signingKey.toBase64()));
        w.writeEndElement();
        if (!p.audiences.isEmpty())
            list(u"audiences"_s, u"audience"_s, p.audiences);
        if (!p.issuers.isEmpty())
            list(u"issuers"_s, u"issuer"_s, p.issuers);
        w.writeEndElement();
        return;
    case Policy::Kind::Cors:
        w.writeStartElement(u"cors"_s);
        w.writeAttribute(u"allow-credentials"_s, p.allowCredentials ? u"true"_s : u"false"_s);
        if (p.terminateUnmatchedRequest)
            w.writeAttribute(u"terminate-unmatched-request"_s, *p.terminateUnmatchedRequest ? u"true"_s : u"false"_s);
        list(u"allowed-origins"_s, u"origin"_s, p.allowedOrigins);
        w.writeStartElement(u"allowed-methods"_s);
        if (p.preflightResultMaxAge > 0)
            w.writeAttribute(u"preflight-result-max-age"_s, QString::number(p.preflightResultMaxAge));
        for (const QString &m : p.allowedMethods)
            w.writeTextElement(u"method"_s, m);
        w.writeEndElement();
        if (!p.allowedHeaders.isEmpty())
            list(u"allowed-headers"_s, u"header"_s, p.allowedHeaders);
        if (!p.exposeHeaders.isEmpty())
            list(u"expose-headers"_s, u"header"_s, p.exposeHeaders);
        w.writeEndElement();
        return;
    }
}

QString policyDocument(PolicyScope scope, const QList<Policy> &policies, const Product *product = nullptr)
{
    QString xml;
    QXmlStreamWriter w(&xml);
    w.setAutoFormatting(true);
    w.setAutoFormattingIndent(2);
    const bool global = scope == PolicyScope::Global;
    const auto base = [&w, global] {
        if (!global)
            w.writeEmptyElement(u"base"_s);
    };
    w.writeStartElement(u"policies"_s);
    w.writeStartElement(u"inbound"_s);
    base();
    for (const Policy &p : policies)
        writePolicy(w, p);
    // The gateway runs a product's rate limit and quota after its other policies.
    if (product && product->rateLimit) {
        w.writeEmptyElement(u"rate-limit"_s);
        w.writeAttribute(u"calls"_s, QString::number(product->rateLimit->calls));
        w.writeAttribute(u"renewal-period"_s, QString::number(product->rateLimit->renewalPeriod.count()));
    }
    if (product && product->quota) {
        w.writeEmptyElement(u"quota"_s);
        w.writeAttribute(u"calls"_s, QString::number(product->quota->calls));
        w.writeAttribute(u"renewal-period"_s, QString::number(product->quota->renewalPeriod.count()));
    }
    w.writeEndElement();
    w.writeStartElement(u"backend"_s);
    if (global)
        w.writeEmptyElement(u"forward-request"_s);
    else
        base();
    w.writeEndElement();
    for (const QString &section : { u"outbound"_s, u"on-error"_s }) {
        w.writeStartElement(section);
        base();
        w.writeEndElement();
    }
    w.writeEndElement();
    return xml.trimmed();
}

} // namespace

GatewayResponse ManagementApi::handle(const GatewayRequest &request) const
{
    // Authentication first, then api-version, as ARM does.
    QByteArray authorization;
    for (const auto &[name, value] : request.headers) {
        if (name.compare("authorization", Qt::CaseInsensitive) == 0)
            authorization = value.trimmed();
    }
    if (authorization.isEmpty())
        return armError(401, u"AuthenticationFailed"_s, u"Authentication failed. The 'Authorization' header is missing."_s);
    if (!authorization.startsWith("Bearer ") || authorization.sliced(7).trimmed() != m_config.managementToken.toUtf8())
        return armError(401, u"InvalidAuthenticationToken"_s, u"The access token is invalid."_s);
    const QUrlQuery query(request.query);
    if (query.queryItemValue(u"api-version"_s).isEmpty())
        return armError(
            400, u"MissingApiVersionParameter"_s, u"The api-version query parameter (?api-version=) is required for all requests."_s);

    // RBAC after authentication: ARM's AuthorizationFailed (FACTS.md §5.1; the text is ARM's usual one [INFER]).
    const bool action = request.method != "GET";
    if (m_config.managementRole == SimConfig::ManagementRole::None
        || (m_config.managementRole == SimConfig::ManagementRole::Reader && action)) {
        QString operation = u"Microsoft.ApiManagement/service/read"_s;
        if (action) {
            const QString last = pathSegments(request.path).value(pathSegments(request.path).size() - 1);
            operation = last.compare(u"listSecrets"_s, Qt::CaseInsensitive) == 0
                ? u"Microsoft.ApiManagement/service/subscriptions/listSecrets/action"_s
                : u"Microsoft.ApiManagement/service/gateways/%1/action"_s.arg(last);
        }
        return armError(403, u"AuthorizationFailed"_s,
            u"The client 'gatehouse-sim-user' with object id '00000000-0000-0000-0000-00000000cafe' does not have authorization to "
            u"perform action '%1' over scope '%2' or the scope is invalid. If access was recently granted, please refresh your credentials."_s
                .arg(operation, m_config.serviceResourceId()));
    }

    const QStringList segments = pathSegments(request.path);
    const QStringList prefix = pathSegments(m_config.serviceResourceId());
    bool ours = segments.size() >= prefix.size();
    for (qsizetype i = 0; ours && i < prefix.size(); ++i)
        ours = segments.at(i).compare(prefix.at(i), Qt::CaseInsensitive) == 0;
    if (!ours)
        return armError(404, u"ResourceNotFound"_s, u"The resource '%1' was not found."_s.arg(request.path));

    const Resources r(m_config);
    const QStringList rest = segments.sliced(prefix.size());
    const QString kind = rest.value(0).toLower();
    const bool get = request.method == "GET";
    const auto notFound = [](const QString &what) { return armError(404, u"ResourceNotFound"_s, u"%1 not found."_s.arg(what)); };
    const auto methodNotAllowed
        = [] { return armError(405, u"MethodNotAllowed"_s, u"The requested method is not supported by this simulator."_s); };

    if (rest.isEmpty())
        return get ? armJson(r.service()) : methodNotAllowed();

    // Policies at every scope: .../policies[/policy] under the service, a product, an API or an
    // operation (FACTS.md §5.2).
    const qsizetype policiesAt = rest.indexOf(u"policies"_s);
    if (policiesAt >= 0 && policiesAt >= rest.size() - 2)
        return policies(request, rest);

    if (kind == u"apis"_s) {
        if (!get)
            return methodNotAllowed();
        if (rest.size() == 1) {
            QJsonArray values;
            for (const Api &a : m_config.apis) {
                if (a.isCurrent)
                    values.append(r.api(a));
            }
            return armJson(list(values));
        }
        // "orders" or "orders;rev=2"
        QString apiId = rest.at(1);
        QString revision;
        if (const qsizetype marker = apiId.indexOf(u";rev="_s); marker >= 0) {
            revision = apiId.sliced(marker + 5);
            apiId.truncate(marker);
        }
        const Api *api = nullptr;
        for (const Api &a : m_config.apis) {
            if (a.id == apiId && (revision.isEmpty() ? a.isCurrent : a.apiRevision == revision))
                api = &a;
        }
        if (!api)
            return notFound(u"Api"_s);
        const QString sub = rest.value(2).toLower();
        if (rest.size() == 2)
            return armJson(r.api(*api));
        if (sub == u"operations"_s && rest.size() == 3) {
            QJsonArray values;
            for (const Operation &o : api->operations)
                values.append(r.operation(*api, o));
            return armJson(list(values));
        }
        if (sub == u"operations"_s && rest.size() == 4) {
            for (const Operation &o : api->operations) {
                if (o.id == rest.at(3))
                    return armJson(r.operation(*api, o));
            }
            return notFound(u"Operation"_s);
        }
        if (sub == u"products"_s && rest.size() == 3) {
            QJsonArray values;
            for (const Product &p : m_config.products) {
                if (p.apis.contains(api->id))
                    values.append(r.product(p));
            }
            return armJson(list(values));
        }
        if (sub == u"revisions"_s && rest.size() == 3) {
            QJsonArray values;
            for (const Api &a : m_config.apis) {
                if (a.id == api->id)
                    values.append(QJsonObject { { u"apiId"_s, u"/apis/%1;rev=%2"_s.arg(a.id, a.apiRevision) },
                        { u"apiRevision"_s, a.apiRevision }, { u"isCurrent"_s, a.isCurrent }, { u"isOnline"_s, a.isOnline } });
            }
            return armJson(list(values));
        }
        return notFound(u"Resource"_s);
    }

    if (kind == u"products"_s) {
        if (!get)
            return methodNotAllowed();
        if (rest.size() == 1) {
            QJsonArray values;
            for (const Product &p : m_config.products)
                values.append(r.product(p));
            return armJson(list(values));
        }
        const Product *product = m_config.product(rest.at(1));
        if (!product)
            return notFound(u"Product"_s);
        const QString sub = rest.value(2).toLower();
        if (rest.size() == 2)
            return armJson(r.product(*product));
        if (sub == u"apis"_s && rest.size() == 3) {
            QJsonArray values;
            for (const QString &apiId : product->apis) {
                if (const Api *a = m_config.api(apiId))
                    values.append(r.api(*a));
            }
            return armJson(list(values));
        }
        if (sub == u"subscriptions"_s && rest.size() == 3) {
            QJsonArray values;
            for (const Subscription &s : m_config.subscriptions) {
                if (s.scopeKind == Subscription::ScopeKind::Product && s.scopeTarget == product->id)
                    values.append(r.subscription(s));
            }
            return armJson(list(values));
        }
        return notFound(u"Resource"_s);
    }

    if (kind == u"subscriptions"_s) {
        if (rest.size() == 1) {
            if (!get)
                return methodNotAllowed();
            QJsonArray values;
            for (const Subscription &s : m_config.subscriptions)
                values.append(r.subscription(s));
            return armJson(list(values));
        }
        const Subscription *subscription = nullptr;
        for (const Subscription &s : m_config.subscriptions) {
            if (s.id == rest.at(1))
                subscription = &s;
        }
        if (!subscription)
            return notFound(u"Subscription"_s);
        if (rest.size() == 2)
            return get ? armJson(r.subscription(*subscription)) : methodNotAllowed();
        if (rest.size() == 3 && rest.at(2).compare(u"listSecrets"_s, Qt::CaseInsensitive) == 0) {
            if (request.method != "POST")
                return methodNotAllowed();
            QJsonObject secrets { { u"primaryKey"_s, subscription->primaryKey } };
            if (!subscription->secondaryKey.isEmpty())
                secrets.insert(u"secondaryKey"_s, subscription->secondaryKey);
            return armJson(secrets);
        }
        return notFound(u"Resource"_s);
    }

    if (kind == u"gateways"_s)
        return gateways(request, rest);

    if (kind == u"apiversionsets"_s) {
        if (!get)
            return methodNotAllowed();
        if (rest.size() == 1) {
            QJsonArray values;
            for (const VersionSet &v : m_config.versionSets)
                values.append(r.versionSet(v));
            return armJson(list(values));
        }
        if (rest.size() == 2) {
            if (const VersionSet *v = m_config.versionSet(rest.at(1)))
                return armJson(r.versionSet(*v));
            return notFound(u"ApiVersionSet"_s);
        }
    }
    return notFound(u"Resource"_s);
}

GatewayResponse ManagementApi::policies(const GatewayRequest &request, const QStringList &rest) const
{
    // GET {scope}/policies (a list) or {scope}/policies/policy, with ?format=xml (default) or
    // rawxml. The value is the same here either way: the generated policies hold no expressions,
    // whose characters are what "xml" would encode.
    if (request.method != "GET")
        return armError(405, u"MethodNotAllowed"_s, u"The requested method is not supported by this simulator."_s);
    const qsizetype at = rest.lastIndexOf(u"policies"_s);
    const QStringList scope = rest.first(at);
    const bool single = rest.size() == at + 2;
    if (single && rest.last() != u"policy"_s)
        return armError(404, u"ResourceNotFound"_s, u"Policy not found."_s);
    const QString format = QUrlQuery(request.query).queryItemValue(u"format"_s).toLower();
    if (!format.isEmpty() && format != u"xml"_s && format != u"rawxml"_s)
        return armError(400, u"ValidationError"_s, u"'format' must be 'xml' or 'rawxml'."_s);

    QString document;
    QString type = u"Microsoft.ApiManagement/service/policies"_s;
    if (scope.isEmpty()) {
        document = policyDocument(PolicyScope::Global, m_config.policies);
    } else if (scope.size() == 2 && scope.at(0).compare(u"products"_s, Qt::CaseInsensitive) == 0) {
        const Product *product = m_config.product(scope.at(1));
        if (!product)
            return armError(404, u"ResourceNotFound"_s, u"Product not found."_s);
        type = u"Microsoft.ApiManagement/service/products/policies"_s;
        if (!product->policies.isEmpty() || product->rateLimit || product->quota)
            document = policyDocument(PolicyScope::Product, product->policies, product);
    } else if ((scope.size() == 2 || scope.size() == 4) && scope.at(0).compare(u"apis"_s, Qt::CaseInsensitive) == 0) {
        QString apiId = scope.at(1);
        QString revision;
        if (const qsizetype marker = apiId.indexOf(u";rev="_s); marker >= 0) {
            revision = apiId.sliced(marker + 5);
            apiId.truncate(marker);
        }
        const Api *api = nullptr;
        for (const Api &a : m_config.apis) {
            if (a.id == apiId && (revision.isEmpty() ? a.isCurrent : a.apiRevision == revision))
                api = &a;
        }
        if (!api)
            return armError(404, u"ResourceNotFound"_s, u"Api not found."_s);
        if (scope.size() == 2) {
            type = u"Microsoft.ApiManagement/service/apis/policies"_s;
            if (!api->policies.isEmpty())
                document = policyDocument(PolicyScope::Api, api->policies);
        } else {
            if (scope.at(2).compare(u"operations"_s, Qt::CaseInsensitive) != 0)
                return armError(404, u"ResourceNotFound"_s, u"Resource not found."_s);
            const Operation *operation = nullptr;
            for (const Operation &o : api->operations) {
                if (o.id == scope.at(3))
                    operation = &o;
            }
            if (!operation)
                return armError(404, u"ResourceNotFound"_s, u"Operation not found."_s);
            type = u"Microsoft.ApiManagement/service/apis/operations/policies"_s;
            if (!operation->policies.isEmpty())
                document = policyDocument(PolicyScope::Operation, operation->policies);
        }
    } else {
        return armError(404, u"ResourceNotFound"_s, u"Resource not found."_s);
    }

    QString id = m_config.serviceResourceId();
    for (const QString &segment : scope)
        id += u'/' + segment;
    id += u"/policies/policy"_s;
    const QJsonObject contract { { u"id"_s, id }, { u"type"_s, type }, { u"name"_s, u"policy"_s },
        { u"properties"_s, QJsonObject { { u"format"_s, format.isEmpty() ? u"xml"_s : format }, { u"value"_s, document } } } };
    // A scope without a policy of its own has none to get [INFER: ARM's usual 404].
    if (!single)
        return armJson(list(document.isEmpty() ? QJsonArray {} : QJsonArray { contract }));
    if (document.isEmpty())
        return armError(404, u"ResourceNotFound"_s, u"Policy configuration not found."_s);
    return armJson(contract);
}

GatewayResponse ManagementApi::gateways(const GatewayRequest &request, const QStringList &rest) const
{
    // POST .../gateways/{managed or gateway id}/listDebugCredentials | listTrace (FACTS.md §4.2).
    if (rest.size() != 3)
        return armError(404, u"ResourceNotFound"_s, u"Resource not found."_s);
    const QString action = rest.at(2).toLower();
    if (action != u"listdebugcredentials"_s && action != u"listtrace"_s)
        return armError(404, u"ResourceNotFound"_s, u"Resource not found."_s);
    if (request.method != "POST")
        return armError(405, u"MethodNotAllowed"_s, u"The requested method is not supported by this simulator."_s);
    const QJsonObject body = QJsonDocument::fromJson(request.body).object();

    if (action == u"listtrace"_s) {
        const std::optional<QJsonObject> trace = m_gateway.tracing().trace(body.value(u"traceId"_s).toString());
        if (!trace)
            return armError(404, u"ResourceNotFound"_s, u"Trace not found."_s);
        return armJson(*trace);
    }

    // apiId must be the full resource id, not the name (FACTS.md §4.2).
    const QString prefix = m_config.serviceResourceId() + u"/apis/"_s;
    const QString apiId = body.value(u"apiId"_s).toString();
    const Api *api = apiId.startsWith(prefix, Qt::CaseInsensitive) ? m_config.api(QStringView(apiId).sliced(prefix.size())) : nullptr;
    if (!api)
        return armError(
            400, u"ValidationError"_s, u"'apiId' must be the resource id of an API of this service, such as '%1orders'."_s.arg(prefix));
    const QJsonArray purposes = body.value(u"purposes"_s).toArray();
    if (!purposes.contains(u"tracing"_s))
        return armError(400, u"ValidationError"_s, u"'purposes' must contain 'tracing'."_s);
    // An ISO 8601 duration such as PT1H or PT15M; the lifetime is capped at one hour.
    static const QRegularExpression duration(u"^PT(?:(\\d+)H)?(?:(\\d+)M)?(?:(\\d+)S)?$"_s);
    qint64 seconds = 3600;
    if (body.contains(u"credentialsExpireAfter"_s)) {
        const QRegularExpressionMatch m = duration.match(body.value(u"credentialsExpireAfter"_s).toString());
        if (!m.hasMatch() || m.capturedLength(0) <= 2)
            return armError(400, u"ValidationError"_s, u"'credentialsExpireAfter' must be a duration such as 'PT1H'."_s);
        seconds = m.captured(1).toLongLong() * 3600 + m.captured(2).toLongLong() * 60 + m.captured(3).toLongLong();
    }
    seconds = std::clamp<qint64>(seconds, 1, 3600);
    return armJson({ { u"token"_s, m_gateway.tracing().issueToken(api->id, m_gateway.now().addSecs(seconds)) } });
}

} // namespace gatehouse::sim
