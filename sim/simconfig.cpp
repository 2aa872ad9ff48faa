// SPDX-License-Identifier: GPL-3.0-or-later
#include "simconfig.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace gatehouse::sim {

namespace {

const QByteArrayList knownMethods = { "GET"_ba, "PUT"_ba, "POST"_ba, "DELETE"_ba, "HEAD"_ba, "OPTIONS"_ba, "PATCH"_ba, "TRACE"_ba };

// Walks the JSON tree, remembering where it is ("apis[1].operations[0]") so that every message
// can say exactly what is wrong and where. The first problem wins.
class Reader
{
    Q_DECLARE_TR_FUNCTIONS(gatehouse::sim::SimConfig)
public:
    explicit Reader(QString sourceName)
        : m_source(std::move(sourceName))
    {
    }

    bool failed() const { return m_error.has_value(); }
    Error error() const { return *m_error; }

    void fail(const QString &path, const QString &problem)
    {
        if (!m_error)
            m_error = Error { Error::Code::InvalidConfig,
                path.isEmpty() ? u"%1: %2"_s.arg(m_source, problem) : u"%1: %2: %3"_s.arg(m_source, path, problem) };
    }

    static QString at(const QString &path, const QString &key) { return path.isEmpty() ? key : path + u'.' + key; }
    static QString at(const QString &path, qsizetype index) { return path + u'[' + QString::number(index) + u']'; }

    static QString typeName(const QJsonValue &v)
    {
        switch (v.type()) {
        case QJsonValue::Null: return tr("null");
        case QJsonValue::Bool: return tr("a boolean");
        case QJsonValue::Double: return tr("a number");
        case QJsonValue::String: return tr("a string");
        case QJsonValue::Array: return tr("an array");
        case QJsonValue::Object: return tr("an object");
        case QJsonValue::Undefined: break;
        }
        return tr("nothing");
    }

    // Unknown keys are errors: a misspelt "subscriptionRequierd" would otherwise silently mean "true".
    bool onlyKeys(const QJsonObject &o, const QString &path, const QStringList &allowed)
    {
        for (auto it = o.begin(); it != o.end(); ++it) {
            if (!allowed.contains(it.key())) {
                fail(path, tr("unknown key '%1' (expected one of: %2).").arg(it.key(), allowed.join(u", "_s)));
                return false;
            }
        }
        return true;
    }

    QJsonObject object(const QJsonValue &v, const QString &path)
    {
        if (!v.isObject()) {
            fail(path, tr("expected an object, found %1.").arg(typeName(v)));
            return {};
        }
        return v.toObject();
    }

    QJsonArray array(const QJsonObject &o, const QString &key, const QString &path)
    {
        const QJsonValue v = o.value(key);
        if (v.isUndefined())
            return {};
        if (!v.isArray()) {
            fail(at(path, key), tr("expected an array, found %1.").arg(typeName(v)));
            return {};
        }
        return v.toArray();
    }

    QString string(const QJsonObject &o, const QString &key, const QString &path, bool required, const QString &fallback = {})
    {
        const QJsonValue v = o.value(key);
        if (v.isUndefined()) {
            if (required)
                fail(path, tr("the required key '%1' is missing.").arg(key));
            return fallback;
        }
        if (!v.isString()) {
            fail(at(path, key), tr("expected a string, found %1.").arg(typeName(v)));
            return fallback;
        }
        return v.toString();
    }

    QString id(const QJsonObject &o, const QString &path)
    {
        static const QRegularExpression pattern(u"^[A-Za-z0-9][A-Za-z0-9._~-]{0,255}$"_s);
        const QString value = string(o, u"id"_s, path, true);
        if (!failed() && !pattern.match(value).hasMatch())
            fail(at(path, u"id"_s),
                tr("'%1' is not a valid id (letters, digits, '-', '_', '.', '~'; starting with a letter or digit).").arg(value));
        return value;
    }

    bool boolean(const QJsonObject &o, const QString &key, const QString &path, bool fallback)
    {
        const QJsonValue v = o.value(key);
        if (v.isUndefined())
            return fallback;
        if (!v.isBool()) {
            fail(at(path, key), tr("expected true or false, found %1.").arg(typeName(v)));
            return fallback;
        }
        return v.toBool();
    }

    qint64 integer(
        const QJsonObject &o, const QString &key, const QString &path, qint64 fallback, qint64 min, qint64 max, bool required = false)
    {
        const QJsonValue v = o.value(key);
        if (v.isUndefined()) {
            if (required)
                fail(path, tr("the required key '%1' is missing.").arg(key));
            return fallback;
        }
        const double d = v.toDouble();
        if (!v.isDouble() || d != double(qint64(d))) {
            fail(at(path, key), tr("expected a whole number, found %1.").arg(v.isDouble() ? QString::number(d) : typeName(v)));
            return fallback;
        }
        if (d < double(min) || d > double(max)) {
            fail(at(path, key), tr("%1 is out of range (%2 to %3).").arg(QString::number(d)).arg(min).arg(max));
            return fallback;
        }
        return qint64(d);
    }

    // One of a fixed set of words; returns its index in choices.
    qsizetype choice(const QJsonObject &o, const QString &key, const QString &path, const QStringList &choices, qsizetype fallback)
    {
        if (!o.contains(key))
            return fallback;
        const QString value = string(o, key, path, false);
        if (failed())
            return fallback;
        const qsizetype index = choices.indexOf(value);
        if (index < 0) {
            fail(at(path, key), tr("'%1' is not one of: %2.").arg(value, choices.join(u", "_s)));
            return fallback;
        }
        return index;
    }

    SimConfig read(const QJsonObject &root);

private:
    void readService(const QJsonObject &o, SimConfig &config);
    void readBehaviour(const QJsonObject &o, Behaviour &behaviour);
    Backend readBackend(const QJsonValue &v, const QString &path, const Backend &base);
    Api readApi(const QJsonObject &o, const QString &path);
    Product readProduct(const QJsonObject &o, const QString &path);
    std::optional<Limit> readLimit(const QJsonObject &o, const QString &key, const QString &path, qint64 maxPeriod);
    Subscription readSubscription(const QJsonObject &o, const QString &path);
    QList<Policy> readPolicies(const QJsonObject &o, const QString &path);
    Policy readPolicy(const QJsonObject &o, const QString &path);
    QStringList strings(const QJsonObject &o, const QString &key, const QString &path);
    void crossCheck(const SimConfig &config);

    QString m_source;
    std::optional<Error> m_error;
};

SimConfig Reader::read(const QJsonObject &root)
{
    SimConfig config;
    config.sourceName = m_source;
    if (!onlyKeys(root, {},
            { u"$schema"_s, u"description"_s, u"service"_s, u"behaviour"_s, u"policies"_s, u"versionSets"_s, u"apis"_s, u"products"_s,
                u"subscriptions"_s }))
        return config;
    if (!root.contains(u"service"_s)) {
        fail({}, tr("the required key 'service' is missing."));
        return config;
    }
    readService(object(root.value(u"service"_s), u"service"_s), config);
    if (root.contains(u"behaviour"_s) && !failed())
        readBehaviour(object(root.value(u"behaviour"_s), u"behaviour"_s), config.behaviour);
    if (!failed())
        config.policies = readPolicies(root, {});

    const QJsonArray versionSets = array(root, u"versionSets"_s, {});
    for (qsizetype i = 0; i < versionSets.size() && !failed(); ++i) {
        const QString path = at(u"versionSets"_s, i);
        const QJsonObject o = object(versionSets.at(i), path);
        if (failed()
            || !onlyKeys(o, path,
                { u"id"_s, u"displayName"_s, u"description"_s, u"versioningScheme"_s, u"versionQueryName"_s, u"versionHeaderName"_s }))
            break;
        VersionSet set;
        set.id = id(o, path);
        if (!o.contains(u"versioningScheme"_s) && !failed())
            fail(path, tr("the required key '%1' is missing.").arg(u"versioningScheme"_s));
        set.scheme = VersionSet::Scheme(choice(o, u"versioningScheme"_s, path, { u"Segment"_s, u"Query"_s, u"Header"_s }, 0));
        set.queryName = string(o, u"versionQueryName"_s, path, false, set.queryName);
        set.headerName = string(o, u"versionHeaderName"_s, path, false, set.headerName);
        for (const VersionSet &other : std::as_const(config.versionSets)) {
            if (!failed() && other.id == set.id)
                fail(at(path, u"id"_s), tr("the version set id '%1' is used twice.").arg(set.id));
        }
        config.versionSets.append(set);
    }
    const QJsonArray apis = array(root, u"apis"_s, {});
    for (qsizetype i = 0; i < apis.size() && !failed(); ++i) {
        const QString path = at(u"apis"_s, i);
        const QJsonObject o = object(apis.at(i), path);
        if (!failed())
            config.apis.append(readApi(o, path));
    }
    const QJsonArray products = array(root, u"products"_s, {});
    for (qsizetype i = 0; i < products.size() && !failed(); ++i) {
        const QString path = at(u"products"_s, i);
        const QJsonObject o = object(products.at(i), path);
        if (!failed())
            config.products.append(readProduct(o, path));
    }
    const QJsonArray subscriptions = array(root, u"subscriptions"_s, {});
    for (qsizetype i = 0; i < subscriptions.size() && !failed(); ++i) {
        const QString path = at(u"subscriptions"_s, i);
        const QJsonObject o = object(subscriptions.at(i), path);
        if (!failed())
            config.subscriptions.append(readSubscription(o, path));
    }
    if (!failed())
        crossCheck(config);
    return config;
}

void Reader::readService(const QJsonObject &o, SimConfig &config)
{
    const QString path = u"service"_s;
    if (failed()
        || !onlyKeys(o, path,
            { u"name"_s, u"description"_s, u"gatewayUrl"_s, u"hostnames"_s, u"subscriptionId"_s, u"resourceGroup"_s,
                u"managementToken"_s, u"managementRole"_s }))
        return;
    static const QRegularExpression namePattern(u"^[A-Za-z][A-Za-z0-9-]{0,49}$"_s);
    config.serviceName = string(o, u"name"_s, path, true);
    if (!failed() && !namePattern.match(config.serviceName).hasMatch()) {
        fail(at(path, u"name"_s),
            tr("'%1' is not a valid service name (a letter, then letters, digits and '-', at most 50).").arg(config.serviceName));
        return;
    }
    config.gatewayUrl = string(o, u"gatewayUrl"_s, path, false, u"https://%1.azure-api.net"_s.arg(config.serviceName));
    while (config.gatewayUrl.endsWith(u'/'))
        config.gatewayUrl.chop(1);
    const QUrl gateway(config.gatewayUrl, QUrl::StrictMode);
    if (!failed()
        && (!gateway.isValid() || gateway.host().isEmpty() || !gateway.path().isEmpty()
            || (gateway.scheme() != u"https"_s && gateway.scheme() != u"http"_s))) {
        fail(at(path, u"gatewayUrl"_s), tr("'%1' is not a gateway URL such as 'https://contoso.azure-api.net'.").arg(config.gatewayUrl));
        return;
    }
    const QJsonArray hostnames = array(o, u"hostnames"_s, path);
    for (qsizetype i = 0; i < hostnames.size() && !failed(); ++i) {
        if (!hostnames.at(i).isString() || hostnames.at(i).toString().isEmpty())
            fail(at(at(path, u"hostnames"_s), i), tr("expected a host name, found %1.").arg(typeName(hostnames.at(i))));
        else
            config.hostnames.append(hostnames.at(i).toString());
    }
    if (!config.hostnames.contains(gateway.host()))
        config.hostnames.prepend(gateway.host());
    config.subscriptionId = string(o, u"subscriptionId"_s, path, false, u"00000000-0000-0000-0000-000000000000"_s);
    config.resourceGroup = string(o, u"resourceGroup"_s, path, false, u"gatehouse-sim"_s);
    config.managementToken = string(o, u"managementToken"_s, path, false, u"fake-management-token"_s);
    if (!failed() && config.managementToken.isEmpty())
        fail(at(path, u"managementToken"_s), tr("the management token must not be empty."));
    const QString role = string(o, u"managementRole"_s, path, false, u"contributor"_s);
    if (role == u"contributor"_s)
        config.managementRole = SimConfig::ManagementRole::Contributor;
    else if (role == u"reader"_s)
        config.managementRole = SimConfig::ManagementRole::Reader;
    else if (role == u"none"_s)
        config.managementRole = SimConfig::ManagementRole::None;
    else if (!failed())
        fail(at(path, u"managementRole"_s), tr("'%1' is not a management role: use contributor, reader or none.").arg(role));
}

void Reader::readBehaviour(const QJsonObject &o, Behaviour &b)
{
    const QString path = u"behaviour"_s;
    if (failed()
        || !onlyKeys(o, path,
            { u"missingKeyMessage"_s, u"invalidKeyMessage"_s, u"inactiveSubscription"_s, u"realm"_s, u"unpublishedProductsCallable"_s,
                u"rejectInvalidKeyOnOpenApi"_s, u"varyOriginOnKeyErrors"_s, u"activityIdOn500"_s, u"caseSensitivePaths"_s,
                u"keyPropagationDelaySeconds"_s, u"jwtMissingMessage"_s, u"corsTerminateUnmatchedByDefault"_s, u"legacyTracing"_s }))
        return;
    b.missingKeyMessage = Behaviour::MissingKeyMessage(choice(o, u"missingKeyMessage"_s, path, { u"wire"_s, u"documentation"_s }, 0));
    b.invalidKeyMessage = Behaviour::InvalidKeyMessage(choice(o, u"invalidKeyMessage"_s, path, { u"current"_s, u"legacy"_s }, 0));
    b.jwtMissingMessage = Behaviour::JwtMissingMessage(choice(o, u"jwtMissingMessage"_s, path, { u"current"_s, u"legacy"_s }, 0));
    b.inactiveSubscription
        = Behaviour::InactiveSubscription(choice(o, u"inactiveSubscription"_s, path, { u"invalid-key"_s, u"forbidden"_s }, 0));
    b.realm = Behaviour::Realm(choice(o, u"realm"_s, path, { u"request-origin"_s, u"gateway-url"_s }, 0));
    b.unpublishedProductsCallable = boolean(o, u"unpublishedProductsCallable"_s, path, true);
    b.rejectInvalidKeyOnOpenApi = boolean(o, u"rejectInvalidKeyOnOpenApi"_s, path, true);
    b.varyOriginOnKeyErrors = boolean(o, u"varyOriginOnKeyErrors"_s, path, true);
    b.activityIdOn500 = boolean(o, u"activityIdOn500"_s, path, true);
    b.caseSensitivePaths = boolean(o, u"caseSensitivePaths"_s, path, false);
    b.corsTerminateUnmatchedByDefault = boolean(o, u"corsTerminateUnmatchedByDefault"_s, path, true);
    b.legacyTracing = boolean(o, u"legacyTracing"_s, path, false);
    b.keyPropagationDelay = std::chrono::seconds(integer(o, u"keyPropagationDelaySeconds"_s, path, 0, 0, 86'400));
}

Backend Reader::readBackend(const QJsonValue &v, const QString &path, const Backend &base)
{
    Backend backend;
    backend.timeout = base.timeout;
    const QJsonObject o = object(v, path);
    if (failed()
        || !onlyKeys(o, path, { u"type"_s, u"status"_s, u"headers"_s, u"body"_s, u"json"_s, u"failure"_s, u"delayMs"_s, u"timeoutMs"_s }))
        return backend;
    if (!o.contains(u"type"_s)) {
        fail(path, tr("the required key 'type' is missing (echo, static or failure)."));
        return backend;
    }
    backend.kind = Backend::Kind(choice(o, u"type"_s, path, { u"echo"_s, u"static"_s, u"failure"_s }, 0));
    backend.delay = std::chrono::milliseconds(integer(o, u"delayMs"_s, path, 0, 0, 3'600'000));
    backend.timeout = std::chrono::milliseconds(integer(o, u"timeoutMs"_s, path, base.timeout.count(), 1, 3'600'000));
    const bool isStatic = backend.kind == Backend::Kind::Static;
    for (const QString &key : { u"status"_s, u"headers"_s, u"body"_s, u"json"_s }) {
        if (!failed() && o.contains(key) && !isStatic)
            fail(at(path, key), tr("only a backend of type 'static' has '%1'.").arg(key));
    }
    if (!failed() && o.contains(u"failure"_s) && backend.kind != Backend::Kind::Failure)
        fail(at(path, u"failure"_s), tr("only a backend of type 'failure' has 'failure'."));
    if (failed())
        return backend;
    if (backend.kind == Backend::Kind::Failure)
        backend.failure = Backend::Failure(choice(o, u"failure"_s, path, { u"connection"_s, u"timeout"_s }, 0));
    if (!isStatic)
        return backend;

    backend.status = int(integer(o, u"status"_s, path, 200, 100, 599));
    if (o.contains(u"body"_s) && o.contains(u"json"_s)) {
        fail(path, tr("use either 'body' or 'json', not both."));
        return backend;
    }
    bool hasContentType = false;
    if (o.contains(u"headers"_s)) {
        const QJsonObject headers = object(o.value(u"headers"_s), at(path, u"headers"_s));
        static const QRegularExpression token(u"^[!#$%&'*+.^_`|~0-9A-Za-z-]+$"_s);
        for (auto it = headers.begin(); it != headers.end() && !failed(); ++it) {
            if (!token.match(it.key()).hasMatch()) {
                fail(at(path, u"headers"_s), tr("'%1' is not a valid header name.").arg(it.key()));
            } else if (!it.value().isString()) {
                fail(at(at(path, u"headers"_s), it.key()), tr("expected a string, found %1.").arg(typeName(it.value())));
            } else {
                hasContentType = hasContentType || it.key().compare(u"content-type"_s, Qt::CaseInsensitive) == 0;
                backend.headers.append({ it.key().toLatin1(), it.value().toString().toUtf8() });
            }
        }
    }
    if (o.contains(u"json"_s)) {
        const QJsonValue json = o.value(u"json"_s);
        backend.body = json.isObject() ? QJsonDocument(json.toObject()).toJson(QJsonDocument::Compact)
            : json.isArray()           ? QJsonDocument(json.toArray()).toJson(QJsonDocument::Compact)
                                       : QJsonDocument(QJsonArray { json }).toJson(QJsonDocument::Compact).chopped(1).sliced(1);
        if (!hasContentType)
            backend.headers.append({ "Content-Type"_ba, "application/json; charset=utf-8"_ba });
    } else {
        backend.body = string(o, u"body"_s, path, false).toUtf8();
    }
    return backend;
}

Api Reader::readApi(const QJsonObject &o, const QString &path)
{
    Api api;
    if (!onlyKeys(o, path,
            { u"id"_s, u"displayName"_s, u"description"_s, u"path"_s, u"subscriptionRequired"_s, u"subscriptionKeyParameterNames"_s,
                u"backend"_s, u"operations"_s, u"apiVersionSetId"_s, u"apiVersion"_s, u"apiRevision"_s, u"isCurrent"_s, u"isOnline"_s,
                u"policies"_s }))
        return api;
    api.id = id(o, path);
    api.versionSetId = string(o, u"apiVersionSetId"_s, path, false);
    api.apiVersion = string(o, u"apiVersion"_s, path, false);
    if (!failed() && api.versionSetId.isEmpty() && o.contains(u"apiVersion"_s))
        fail(at(path, u"apiVersion"_s), tr("an API with a version needs an 'apiVersionSetId'."));
    if (!failed() && !api.versionSetId.isEmpty() && !o.contains(u"apiVersion"_s))
        fail(path, tr("an API in a version set needs an 'apiVersion' (\"\" for the unversioned original)."));
    api.apiRevision = string(o, u"apiRevision"_s, path, false, api.apiRevision);
    static const QRegularExpression revisionPattern(u"^[0-9]{1,9}$"_s);
    if (!failed() && !revisionPattern.match(api.apiRevision).hasMatch())
        fail(at(path, u"apiRevision"_s), tr("'%1' is not a revision number.").arg(api.apiRevision));
    api.isCurrent = boolean(o, u"isCurrent"_s, path, true);
    api.isOnline = boolean(o, u"isOnline"_s, path, true);
    if (!failed() && api.isCurrent && !api.isOnline)
        fail(at(path, u"isOnline"_s), tr("the current revision of an API is always online."));
    api.displayName = string(o, u"displayName"_s, path, false, api.id);
    api.path = string(o, u"path"_s, path, true);
    while (api.path.startsWith(u'/'))
        api.path.remove(0, 1);
    while (api.path.endsWith(u'/'))
        api.path.chop(1);
    if (!failed() && (api.path.contains(u'?') || api.path.contains(u'{') || api.path.contains(u';') || api.path.contains(u"//"_s)))
        fail(at(path, u"path"_s), tr("'%1' is not a URL suffix such as 'orders' or 'shop/orders'.").arg(api.path));
    api.subscriptionRequired = boolean(o, u"subscriptionRequired"_s, path, true);
    if (o.contains(u"subscriptionKeyParameterNames"_s) && !failed()) {
        const QString namesPath = at(path, u"subscriptionKeyParameterNames"_s);
        const QJsonObject names = object(o.value(u"subscriptionKeyParameterNames"_s), namesPath);
        if (!failed() && onlyKeys(names, namesPath, { u"header"_s, u"query"_s })) {
            api.keyHeaderName = string(names, u"header"_s, namesPath, false, api.keyHeaderName);
            api.keyQueryName = string(names, u"query"_s, namesPath, false, api.keyQueryName);
            static const QRegularExpression token(u"^[!#$%&'*+.^_`|~0-9A-Za-z-]+$"_s);
            if (!failed() && !token.match(api.keyHeaderName).hasMatch())
                fail(at(namesPath, u"header"_s), tr("'%1' is not a valid header name.").arg(api.keyHeaderName));
            if (!failed() && api.keyQueryName.isEmpty())
                fail(at(namesPath, u"query"_s), tr("the query parameter name must not be empty."));
        }
    }
    if (o.contains(u"backend"_s) && !failed())
        api.backend = readBackend(o.value(u"backend"_s), at(path, u"backend"_s), Backend {});
    if (!failed())
        api.policies = readPolicies(o, path);

    const QJsonArray operations = array(o, u"operations"_s, path);
    QSet<QString> ids;
    for (qsizetype i = 0; i < operations.size() && !failed(); ++i) {
        const QString opPath = at(at(path, u"operations"_s), i);
        const QJsonObject op = object(operations.at(i), opPath);
        if (failed()
            || !onlyKeys(
                op, opPath, { u"id"_s, u"displayName"_s, u"description"_s, u"method"_s, u"urlTemplate"_s, u"backend"_s, u"policies"_s }))
            break;
        Operation operation;
        operation.id = id(op, opPath);
        if (!failed() && ids.contains(operation.id))
            fail(at(opPath, u"id"_s), tr("the operation id '%1' is used twice in this API.").arg(operation.id));
        ids.insert(operation.id);
        operation.method = string(op, u"method"_s, opPath, true).toLatin1();
        if (!failed() && !knownMethods.contains(operation.method))
            fail(at(opPath, u"method"_s),
                tr("'%1' is not one of: %2.").arg(QString::fromLatin1(operation.method), QString::fromLatin1(knownMethods.join(", "))));
        const QString templateText = string(op, u"urlTemplate"_s, opPath, true);
        if (failed())
            break;
        Expected<UrlTemplate> parsed = UrlTemplate::parse(templateText);
        if (!parsed) {
            fail(at(opPath, u"urlTemplate"_s), parsed.error().message);
            break;
        }
        operation.urlTemplate = std::move(*parsed);
        if (op.contains(u"backend"_s))
            operation.backend = readBackend(op.value(u"backend"_s), at(opPath, u"backend"_s), api.backend);
        operation.policies = readPolicies(op, opPath);
        api.operations.append(operation);
    }
    return api;
}

std::optional<Limit> Reader::readLimit(const QJsonObject &o, const QString &key, const QString &path, qint64 maxPeriod)
{
    if (!o.contains(key) || failed())
        return std::nullopt;
    const QString limitPath = at(path, key);
    const QJsonObject limit = object(o.value(key), limitPath);
    if (failed() || !onlyKeys(limit, limitPath, { u"calls"_s, u"renewalPeriod"_s }))
        return std::nullopt;
    Limit result;
    result.calls = int(integer(limit, u"calls"_s, limitPath, 1, 1, 2'000'000'000, true));
    result.renewalPeriod = std::chrono::seconds(integer(limit, u"renewalPeriod"_s, limitPath, 60, 1, maxPeriod, true));
    return result;
}

Product Reader::readProduct(const QJsonObject &o, const QString &path)
{
    Product product;
    if (!onlyKeys(o, path,
            { u"id"_s, u"displayName"_s, u"description"_s, u"apis"_s, u"subscriptionRequired"_s, u"approvalRequired"_s, u"state"_s,
                u"rateLimit"_s, u"quota"_s, u"policies"_s }))
        return product;
    product.id = id(o, path);
    product.displayName = string(o, u"displayName"_s, path, false, product.id);
    const QJsonArray apis = array(o, u"apis"_s, path);
    for (qsizetype i = 0; i < apis.size() && !failed(); ++i) {
        if (!apis.at(i).isString())
            fail(at(at(path, u"apis"_s), i), tr("expected an API id, found %1.").arg(typeName(apis.at(i))));
        else
            product.apis.append(apis.at(i).toString());
    }
    product.subscriptionRequired = boolean(o, u"subscriptionRequired"_s, path, true);
    product.approvalRequired = boolean(o, u"approvalRequired"_s, path, false);
    product.published = choice(o, u"state"_s, path, { u"published"_s, u"notPublished"_s }, 0) == 0;
    // rate-limit: sliding window of at most 300 s (FACTS.md §3.2 row 4); quota: fixed window.
    product.rateLimit = readLimit(o, u"rateLimit"_s, path, 300);
    product.quota = readLimit(o, u"quota"_s, path, 10LL * 365 * 86'400);
    if (!failed())
        product.policies = readPolicies(o, path);
    if (!failed() && !product.subscriptionRequired && (product.rateLimit || product.quota))
        fail(path, tr("a product that requires no subscription cannot limit calls per subscription (rateLimit, quota)."));
    return product;
}

Subscription Reader::readSubscription(const QJsonObject &o, const QString &path)
{
    Subscription s;
    if (!onlyKeys(o, path,
            { u"id"_s, u"displayName"_s, u"description"_s, u"scope"_s, u"state"_s, u"primaryKey"_s, u"secondaryKey"_s, u"createdDate"_s,
                u"allowTracing"_s }))
        return s;
    s.id = id(o, path);
    s.displayName = string(o, u"displayName"_s, path, false, s.id);
    const QString scope = string(o, u"scope"_s, path, true);
    if (failed())
        return s;
    // Full ARM ids ("/subscriptions/.../service/contoso/products/starter") are accepted as exported.
    static const QRegularExpression armPrefix(
        u"^/subscriptions/[^/]+/resourceGroups/[^/]+/providers/Microsoft\\.ApiManagement/service/[^/]+"_s,
        QRegularExpression::CaseInsensitiveOption);
    QString relative = scope;
    if (const QRegularExpressionMatch m = armPrefix.match(scope); m.hasMatch())
        relative = scope.sliced(m.capturedLength());
    static const QRegularExpression apiScope(u"^/apis/([^/]+)$"_s);
    static const QRegularExpression productScope(u"^/products/([^/]+)$"_s);
    if (relative.isEmpty() || relative == u"/"_s) {
        s.scopeKind = Subscription::ScopeKind::Service;
    } else if (relative == u"/apis"_s || relative == u"/apis/"_s) {
        s.scopeKind = Subscription::ScopeKind::AllApis;
    } else if (const QRegularExpressionMatch m = apiScope.match(relative); m.hasMatch()) {
        s.scopeKind = Subscription::ScopeKind::Api;
        s.scopeTarget = m.captured(1);
    } else if (const QRegularExpressionMatch m2 = productScope.match(relative); m2.hasMatch()) {
        s.scopeKind = Subscription::ScopeKind::Product;
        s.scopeTarget = m2.captured(1);
    } else {
        fail(at(path, u"scope"_s),
            tr("'%1' is not a subscription scope; use '/' (all-access), '/apis', '/apis/{apiId}' or '/products/{productId}'.").arg(scope));
        return s;
    }
    s.state = Subscription::State(
        choice(o, u"state"_s, path, { u"active"_s, u"suspended"_s, u"submitted"_s, u"rejected"_s, u"cancelled"_s, u"expired"_s }, 0));
    s.primaryKey = string(o, u"primaryKey"_s, path, true);
    s.secondaryKey = string(o, u"secondaryKey"_s, path, false);
    for (const auto &[key, value] : { std::pair { u"primaryKey"_s, s.primaryKey }, std::pair { u"secondaryKey"_s, s.secondaryKey } }) {
        if (!failed() && o.contains(key) && (value.isEmpty() || value.size() > 256))
            fail(at(path, key), tr("a key must be 1 to 256 characters long."));
    }
    s.allowTracing = boolean(o, u"allowTracing"_s, path, false);
    if (o.contains(u"createdDate"_s) && !failed()) {
        const QString text = string(o, u"createdDate"_s, path, false);
        s.createdDate = QDateTime::fromString(text, Qt::ISODateWithMs);
        if (!failed() && !s.createdDate.isValid())
            fail(at(path, u"createdDate"_s), tr("'%1' is not an ISO 8601 date and time such as '2026-01-31T09:00:00Z'.").arg(text));
    }
    return s;
}

QStringList Reader::strings(const QJsonObject &o, const QString &key, const QString &path)
{
    QStringList result;
    const QJsonArray values = array(o, key, path);
    for (qsizetype i = 0; i < values.size() && !failed(); ++i) {
        if (!values.at(i).isString())
            fail(at(at(path, key), i), tr("expected a string, found %1.").arg(typeName(values.at(i))));
        else
            result.append(values.at(i).toString());
    }
    return result;
}

QList<Policy> Reader::readPolicies(const QJsonObject &o, const QString &path)
{
    QList<Policy> policies;
    const QJsonArray list = array(o, u"policies"_s, path);
    for (qsizetype i = 0; i < list.size() && !failed(); ++i) {
        const QString policyPath = at(at(path, u"policies"_s), i);
        const QJsonObject policy = object(list.at(i), policyPath);
        if (!failed())
            policies.append(readPolicy(policy, policyPath));
    }
    return policies;
}

Policy Reader::readPolicy(const QJsonObject &o, const QString &path)
{
    Policy policy;
    if (!o.contains(u"type"_s)) {
        fail(path, tr("the required key 'type' is missing (ip-filter, check-header, validate-jwt or cors)."));
        return policy;
    }
    policy.kind = Policy::Kind(choice(o, u"type"_s, path, { u"ip-filter"_s, u"check-header"_s, u"validate-jwt"_s, u"cors"_s }, 0));
    if (failed())
        return policy;
    switch (policy.kind) {
    case Policy::Kind::IpFilter: {
        if (!onlyKeys(o, path, { u"type"_s, u"action"_s, u"addresses"_s, u"ranges"_s }))
            return policy;
        if (!o.contains(u"action"_s))
            fail(path, tr("the required key '%1' is missing.").arg(u"action"_s));
        policy.allow = choice(o, u"action"_s, path, { u"allow"_s, u"forbid"_s }, 0) == 0;
        for (const QString &text : strings(o, u"addresses"_s, path)) {
            QHostAddress address;
            if (!address.setAddress(text))
                fail(at(path, u"addresses"_s), tr("'%1' is not an IP address.").arg(text));
            policy.addresses.append(address);
        }
        const QJsonArray ranges = array(o, u"ranges"_s, path);
        for (qsizetype i = 0; i < ranges.size() && !failed(); ++i) {
            const QString rangePath = at(at(path, u"ranges"_s), i);
            const QJsonObject range = object(ranges.at(i), rangePath);
            if (failed() || !onlyKeys(range, rangePath, { u"from"_s, u"to"_s }))
                break;
            QHostAddress from;
            QHostAddress to;
            const QString fromText = string(range, u"from"_s, rangePath, true);
            const QString toText = string(range, u"to"_s, rangePath, true);
            if (!failed() && (!from.setAddress(fromText) || from.protocol() != QAbstractSocket::IPv4Protocol))
                fail(at(rangePath, u"from"_s), tr("'%1' is not an IPv4 address.").arg(fromText));
            if (!failed() && (!to.setAddress(toText) || to.protocol() != QAbstractSocket::IPv4Protocol))
                fail(at(rangePath, u"to"_s), tr("'%1' is not an IPv4 address.").arg(toText));
            policy.ranges.append({ from, to });
        }
        if (!failed() && policy.addresses.isEmpty() && policy.ranges.isEmpty())
            fail(path, tr("an ip-filter needs 'addresses' or 'ranges'."));
        break;
    }
    case Policy::Kind::CheckHeader:
        if (!onlyKeys(
                o, path, { u"type"_s, u"name"_s, u"failedCheckHttpCode"_s, u"failedCheckErrorMessage"_s, u"ignoreCase"_s, u"values"_s }))
            return policy;
        policy.headerName = string(o, u"name"_s, path, true);
        // Both are required attributes of check-header (FACTS.md §3.2 row 8).
        policy.failedStatus = int(integer(o, u"failedCheckHttpCode"_s, path, 401, 100, 599, true));
        policy.failedMessage = string(o, u"failedCheckErrorMessage"_s, path, true);
        policy.ignoreCase = boolean(o, u"ignoreCase"_s, path, true);
        policy.values = strings(o, u"values"_s, path);
        break;
    case Policy::Kind::ValidateJwt: {
        if (!onlyKeys(o, path,
                { u"type"_s, u"headerName"_s, u"queryParameterName"_s, u"requireScheme"_s, u"failedValidationHttpCode"_s,
                    u"failedValidationErrorMessage"_s, u"signingKey"_s, u"issuers"_s, u"audiences"_s, u"requireExpirationTime"_s,
                    u"clockSkewSeconds"_s }))
            return policy;
        policy.tokenHeaderName = string(o, u"headerName"_s, path, false, policy.tokenHeaderName);
        policy.tokenQueryName = string(o, u"queryParameterName"_s, path, false);
        policy.requireScheme = string(o, u"requireScheme"_s, path, false);
        policy.failedStatus = int(integer(o, u"failedValidationHttpCode"_s, path, 401, 100, 599));
        policy.failedMessage = string(o, u"failedValidationErrorMessage"_s, path, false);
        const QString key = string(o, u"signingKey"_s, path, true);
        if (failed())
            return policy;
        const auto decoded = QByteArray::fromBase64Encoding(key.toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
        if (!decoded || decoded.decoded.isEmpty())
            fail(at(path, u"signingKey"_s), tr("the key must be base64, as in the policy's <key> element."));
        else
            policy.signingKey = decoded.decoded;
        policy.issuers = strings(o, u"issuers"_s, path);
        policy.audiences = strings(o, u"audiences"_s, path);
        policy.requireExpirationTime = boolean(o, u"requireExpirationTime"_s, path, true);
        policy.clockSkew = std::chrono::seconds(integer(o, u"clockSkewSeconds"_s, path, 0, 0, 86'400));
        break;
    }
    case Policy::Kind::Cors:
        if (!onlyKeys(o, path,
                { u"type"_s, u"allowedOrigins"_s, u"allowedMethods"_s, u"allowedHeaders"_s, u"exposeHeaders"_s, u"allowCredentials"_s,
                    u"preflightResultMaxAge"_s, u"terminateUnmatchedRequest"_s }))
            return policy;
        policy.allowedOrigins = strings(o, u"allowedOrigins"_s, path);
        if (!failed() && policy.allowedOrigins.isEmpty())
            fail(path, tr("a cors policy needs 'allowedOrigins' (\"*\" or origins such as \"https://app.example\")."));
        if (o.contains(u"allowedMethods"_s))
            policy.allowedMethods = strings(o, u"allowedMethods"_s, path);
        policy.allowedHeaders = strings(o, u"allowedHeaders"_s, path);
        policy.exposeHeaders = strings(o, u"exposeHeaders"_s, path);
        policy.allowCredentials = boolean(o, u"allowCredentials"_s, path, false);
        if (!failed() && policy.allowCredentials && policy.allowedOrigins.contains(u"*"_s))
            fail(at(path, u"allowCredentials"_s), tr("credentials cannot be allowed for the origin \"*\"."));
        policy.preflightResultMaxAge = int(integer(o, u"preflightResultMaxAge"_s, path, 0, 0, 86'400));
        if (o.contains(u"terminateUnmatchedRequest"_s))
            policy.terminateUnmatchedRequest = boolean(o, u"terminateUnmatchedRequest"_s, path, false);
        break;
    }
    return policy;
}

void Reader::crossCheck(const SimConfig &config)
{
    QSet<QString> apiIds;
    QSet<QString> revisions;
    QHash<QString, qsizetype> currentOf;
    QHash<QString, const Api *> apiAtPath; // current revisions by URL suffix
    for (qsizetype i = 0; i < config.apis.size() && !failed(); ++i) {
        const Api &api = config.apis.at(i);
        const QString path = at(u"apis"_s, i);
        apiIds.insert(api.id);
        if (revisions.contains(api.id + u";rev="_s + api.apiRevision))
            fail(at(path, u"id"_s),
                api.apiRevision == u"1"_s ? tr("the API id '%1' is used twice.").arg(api.id)
                                          : tr("the API '%1' has the revision %2 twice.").arg(api.id, api.apiRevision));
        revisions.insert(api.id + u";rev="_s + api.apiRevision);
        if (!api.versionSetId.isEmpty() && !config.versionSet(api.versionSetId))
            fail(at(path, u"apiVersionSetId"_s), tr("there is no version set with the id '%1'.").arg(api.versionSetId));
        if (!api.isCurrent || failed())
            continue;
        if (currentOf.contains(api.id)) {
            fail(at(path, u"id"_s),
                tr("the API id '%1' is used twice (only one revision can be current; mark the others \"isCurrent\": false).").arg(api.id));
            break;
        }
        currentOf.insert(api.id, i);
        const QString pathKey = config.behaviour.caseSensitivePaths ? api.path : api.path.toLower();
        if (const Api *other = apiAtPath.value(pathKey)) {
            // Versions of one version set share their suffix; anything else must not.
            if (api.versionSetId.isEmpty() || other->versionSetId != api.versionSetId)
                fail(at(path, u"path"_s), tr("the URL suffix '%1' is already used by the API '%2'.").arg(api.path, other->id));
            else if (other->apiVersion == api.apiVersion)
                fail(at(path, u"apiVersion"_s),
                    tr("the version '%1' of '%2' is already the API '%3'.").arg(api.apiVersion, api.path, other->id));
        }
        apiAtPath.insert(pathKey, &api);
    }
    for (qsizetype i = 0; i < config.apis.size() && !failed(); ++i) {
        const Api &api = config.apis.at(i);
        if (api.isCurrent)
            continue;
        if (!currentOf.contains(api.id))
            fail(at(at(u"apis"_s, i), u"isCurrent"_s), tr("the API '%1' has no current revision.").arg(api.id));
        else if (config.apis.at(currentOf.value(api.id)).path != api.path)
            fail(at(at(u"apis"_s, i), u"path"_s), tr("every revision of the API '%1' must have the same URL suffix.").arg(api.id));
    }
    QSet<QString> productIds;
    QHash<QString, QString> openProductOfApi;
    for (qsizetype i = 0; i < config.products.size() && !failed(); ++i) {
        const Product &product = config.products.at(i);
        const QString path = at(u"products"_s, i);
        if (productIds.contains(product.id))
            fail(at(path, u"id"_s), tr("the product id '%1' is used twice.").arg(product.id));
        productIds.insert(product.id);
        for (qsizetype a = 0; a < product.apis.size() && !failed(); ++a) {
            const QString &apiId = product.apis.at(a);
            if (!apiIds.contains(apiId)) {
                fail(at(at(path, u"apis"_s), a), tr("there is no API with the id '%1'.").arg(apiId));
            } else if (!product.subscriptionRequired) {
                // An API may belong to at most one open product (FACTS.md §2.3).
                if (openProductOfApi.contains(apiId))
                    fail(at(at(path, u"apis"_s), a),
                        tr("the API '%1' is already in the open product '%2'; an API can be in only one product that requires no "
                           "subscription.")
                            .arg(apiId, openProductOfApi.value(apiId)));
                openProductOfApi.insert(apiId, product.id);
            }
        }
    }
    QSet<QString> subscriptionIds;
    QHash<QString, QString> keyOwner;
    for (qsizetype i = 0; i < config.subscriptions.size() && !failed(); ++i) {
        const Subscription &s = config.subscriptions.at(i);
        const QString path = at(u"subscriptions"_s, i);
        if (subscriptionIds.contains(s.id))
            fail(at(path, u"id"_s), tr("the subscription id '%1' is used twice.").arg(s.id));
        subscriptionIds.insert(s.id);
        if (s.scopeKind == Subscription::ScopeKind::Api && !apiIds.contains(s.scopeTarget))
            fail(at(path, u"scope"_s), tr("there is no API with the id '%1'.").arg(s.scopeTarget));
        if (s.scopeKind == Subscription::ScopeKind::Product && !productIds.contains(s.scopeTarget))
            fail(at(path, u"scope"_s), tr("there is no product with the id '%1'.").arg(s.scopeTarget));
        for (const auto &[name, key] : { std::pair { u"primaryKey"_s, s.primaryKey }, std::pair { u"secondaryKey"_s, s.secondaryKey } }) {
            if (key.isEmpty() || failed())
                continue;
            if (keyOwner.contains(key))
                fail(at(path, name),
                    tr("this key is already a key of the subscription '%1'; every key must be unique.").arg(keyOwner.value(key)));
            keyOwner.insert(key, s.id);
        }
    }
}

} // namespace

const Api *SimConfig::api(QStringView id) const
{
    for (const Api &a : apis) {
        if (a.id == id && a.isCurrent)
            return &a;
    }
    return nullptr;
}

QString SimConfig::serviceResourceId() const
{
    return u"/subscriptions/%1/resourceGroups/%2/providers/Microsoft.ApiManagement/service/%3"_s.arg(
        subscriptionId, resourceGroup, serviceName);
}

const VersionSet *SimConfig::versionSet(QStringView id) const
{
    for (const VersionSet &v : versionSets) {
        if (v.id == id)
            return &v;
    }
    return nullptr;
}

const Product *SimConfig::product(QStringView id) const
{
    for (const Product &p : products) {
        if (p.id == id)
            return &p;
    }
    return nullptr;
}

QString subscriptionStateName(Subscription::State state)
{
    switch (state) {
    case Subscription::State::Active: return u"active"_s;
    case Subscription::State::Suspended: return u"suspended"_s;
    case Subscription::State::Submitted: return u"submitted"_s;
    case Subscription::State::Rejected: return u"rejected"_s;
    case Subscription::State::Cancelled: return u"cancelled"_s;
    case Subscription::State::Expired: return u"expired"_s;
    }
    return {};
}

Expected<SimConfig> parseSimConfig(const QByteArray &json, const QString &sourceName)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        const QByteArray before = json.left(parseError.offset);
        const qsizetype line = before.count('\n') + 1;
        const qsizetype column = before.size() - (before.lastIndexOf('\n') + 1) + 1;
        return std::unexpected(Error { Error::Code::InvalidConfig,
            Reader::tr("%1:%2:%3: not valid JSON: %4.").arg(sourceName).arg(line).arg(column).arg(parseError.errorString()) });
    }
    Reader reader(sourceName);
    if (!document.isObject())
        return std::unexpected(
            Error { Error::Code::InvalidConfig, Reader::tr("%1: the top level must be a JSON object.").arg(sourceName) });
    SimConfig config = reader.read(document.object());
    if (reader.failed())
        return std::unexpected(reader.error());
    return config;
}

Expected<SimConfig> loadSimConfig(const QString &fileName)
{
    QFile file(fileName);
    if (!QFileInfo::exists(fileName))
        return std::unexpected(Error { Error::Code::FileNotFound, Reader::tr("%1: no such file.").arg(fileName) });
    if (!file.open(QIODevice::ReadOnly))
        return std::unexpected(
            Error { Error::Code::FileUnreadable, Reader::tr("%1: cannot read the file: %2").arg(fileName, file.errorString()) });
    return parseSimConfig(file.readAll(), fileName);
}

} // namespace gatehouse::sim
