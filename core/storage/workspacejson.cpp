// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/workspacejson.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>

using namespace Qt::StringLiterals;

namespace gatehouse {

namespace {

template<typename Enum>
struct EnumName {
    Enum value;
    QLatin1StringView name;
};

constexpr EnumName<Body::Kind> kBodyKinds[] = {
    {Body::Kind::None, "none"_L1},         {Body::Kind::Raw, "raw"_L1},       {Body::Kind::FormUrlEncoded, "urlencoded"_L1},
    {Body::Kind::Multipart, "multipart"_L1}, {Body::Kind::Binary, "binary"_L1}, {Body::Kind::GraphQL, "graphql"_L1},
};

constexpr EnumName<Auth::Kind> kAuthKinds[] = {
    {Auth::Kind::None, "none"_L1},
    {Auth::Kind::Inherit, "inherit"_L1},
    {Auth::Kind::Basic, "basic"_L1},
    {Auth::Kind::Bearer, "bearer"_L1},
    {Auth::Kind::ApiKey, "apikey"_L1},
    {Auth::Kind::ApimSubscriptionKey, "apim-subscription-key"_L1},
    {Auth::Kind::OAuth2, "oauth2"_L1},
    {Auth::Kind::Digest, "digest"_L1},
    {Auth::Kind::OAuth1, "oauth1"_L1},
};

template<typename Enum, size_t N>
QString nameOf(const EnumName<Enum> (&table)[N], Enum value)
{
    for (const auto &entry : table) {
        if (entry.value == value)
            return entry.name;
    }
    return table[0].name;
}

template<typename Enum, size_t N>
Enum valueOf(const EnumName<Enum> (&table)[N], const QString &name, Enum fallback)
{
    for (const auto &entry : table) {
        if (entry.name == name)
            return entry.value;
    }
    return fallback;
}

OrderedJson keyValuesToJson(const KeyValueList &rows)
{
    OrderedJson array = OrderedJson::array();
    for (const KeyValue &row : rows) {
        OrderedJson item = OrderedJson::object();
        item.insert(u"name"_s, row.name).insert(u"value"_s, row.value).insert(u"enabled"_s, row.enabled);
        if (!row.description.isEmpty())
            item.insert(u"description"_s, row.description);
        array.append(std::move(item));
    }
    return array;
}

KeyValueList keyValuesFromJson(const QJsonValue &json)
{
    KeyValueList rows;
    const QJsonArray array = json.toArray();
    for (const QJsonValue &value : array) {
        const QJsonObject item = value.toObject();
        rows.append({item.value("name"_L1).toString(), item.value("value"_L1).toString(), item.value("enabled"_L1).toBool(true),
                     item.value("description"_L1).toString()});
    }
    return rows;
}

OrderedJson bodyToJson(const Body &body)
{
    OrderedJson json = OrderedJson::object();
    json.insert(u"kind"_s, nameOf(kBodyKinds, body.kind));
    switch (body.kind) {
    case Body::Kind::None:
        break;
    case Body::Kind::Raw:
        json.insert(u"language"_s, body.language).insert(u"text"_s, OrderedJson::text(body.raw));
        break;
    case Body::Kind::FormUrlEncoded:
        json.insert(u"fields"_s, keyValuesToJson(body.form));
        break;
    case Body::Kind::Multipart: {
        OrderedJson parts = OrderedJson::array();
        for (const FormDataPart &part : body.parts) {
            OrderedJson item = OrderedJson::object();
            item.insert(u"name"_s, part.name)
                .insert(u"kind"_s, part.kind == FormDataPart::Kind::File ? u"file"_s : u"text"_s)
                .insert(u"value"_s, part.value)
                .insert(u"contentType"_s, part.contentType)
                .insert(u"enabled"_s, part.enabled);
            parts.append(std::move(item));
        }
        json.insert(u"parts"_s, std::move(parts));
        break;
    }
    case Body::Kind::Binary:
        json.insert(u"file"_s, body.filePath);
        break;
    case Body::Kind::GraphQL:
        json.insert(u"query"_s, OrderedJson::text(body.graphqlQuery))
            .insert(u"variables"_s, OrderedJson::text(body.graphqlVariables));
        break;
    }
    return json;
}

Body bodyFromJson(const QJsonObject &json)
{
    Body body;
    body.kind = valueOf(kBodyKinds, json.value("kind"_L1).toString(), Body::Kind::None);
    body.language = json.value("language"_L1).toString(u"json"_s);
    body.raw = OrderedJson::readText(json.value("text"_L1));
    body.form = keyValuesFromJson(json.value("fields"_L1));
    const QJsonArray parts = json.value("parts"_L1).toArray();
    for (const QJsonValue &value : parts) {
        const QJsonObject item = value.toObject();
        FormDataPart part;
        part.name = item.value("name"_L1).toString();
        part.kind = item.value("kind"_L1).toString() == "file"_L1 ? FormDataPart::Kind::File : FormDataPart::Kind::Text;
        part.value = item.value("value"_L1).toString();
        part.contentType = item.value("contentType"_L1).toString();
        part.enabled = item.value("enabled"_L1).toBool(true);
        body.parts.append(part);
    }
    body.filePath = json.value("file"_L1).toString();
    body.graphqlQuery = OrderedJson::readText(json.value("query"_L1));
    body.graphqlVariables = OrderedJson::readText(json.value("variables"_L1));
    return body;
}

OrderedJson authToJson(const Auth &auth)
{
    OrderedJson json = OrderedJson::object();
    json.insert(u"kind"_s, nameOf(kAuthKinds, auth.kind));
    switch (auth.kind) {
    case Auth::Kind::None:
    case Auth::Kind::Inherit:
        break;
    case Auth::Kind::Basic:
    case Auth::Kind::Digest:
        json.insert(u"username"_s, auth.username).insert(u"password"_s, auth.password);
        if (auth.kind == Auth::Kind::Digest) {
            // Postman's advanced Digest fields, only when set.
            const Auth::DigestOptions &d = auth.digest;
            for (const auto &[name, value] : {std::pair{u"realm"_s, d.realm}, {u"nonce"_s, d.nonce}, {u"algorithm"_s, d.algorithm}, {u"qop"_s, d.qop},
                                              {u"nonceCount"_s, d.nonceCount}, {u"clientNonce"_s, d.clientNonce}, {u"opaque"_s, d.opaque}}) {
                if (!value.isEmpty())
                    json.insert(name, value);
            }
        }
        break;
    case Auth::Kind::OAuth1: {
        const Auth::OAuth1 &o = auth.oauth1;
        if (!o.signatureMethod.isEmpty()) // HMAC-SHA1 when not written
            json.insert(u"signatureMethod"_s, o.signatureMethod);
        json.insert(u"consumerKey"_s, o.consumerKey)
            .insert(u"consumerSecret"_s, o.consumerSecret)
            .insert(u"token"_s, o.token)
            .insert(u"tokenSecret"_s, o.tokenSecret);
        for (const auto &[name, value] : {std::pair{u"timestamp"_s, o.timestamp}, {u"nonce"_s, o.nonce}, {u"realm"_s, o.realm},
                                          {u"callback"_s, o.callback}, {u"verifier"_s, o.verifier}}) {
            if (!value.isEmpty())
                json.insert(name, value);
        }
        json.insert(u"version"_s, o.version)
            .insert(u"in"_s, o.inHeader ? u"header"_s : u"query"_s)
            .insert(u"addEmptyParamsToSign"_s, o.addEmptyParamsToSign)
            .insert(u"includeBodyHash"_s, o.includeBodyHash);
        break;
    }
    case Auth::Kind::Bearer:
        json.insert(u"token"_s, auth.token);
        break;
    case Auth::Kind::ApiKey:
    case Auth::Kind::ApimSubscriptionKey:
        json.insert(u"key"_s, auth.keyName)
            .insert(u"value"_s, auth.keyValue)
            .insert(u"in"_s, auth.location == Auth::Location::Query ? u"query"_s : u"header"_s);
        break;
    case Auth::Kind::OAuth2:
        // The access token is a credential obtained at run time: it is never written to a shared file.
        json.insert(u"grantType"_s, auth.grantType)
            .insert(u"authUrl"_s, auth.authUrl)
            .insert(u"accessTokenUrl"_s, auth.accessTokenUrl)
            .insert(u"clientId"_s, auth.clientId)
            .insert(u"clientSecret"_s, auth.clientSecret)
            .insert(u"scope"_s, auth.scope)
            .insert(u"headerPrefix"_s, auth.headerPrefix);
        if (!auth.clientAuthentication.isEmpty())
            json.insert(u"clientAuthentication"_s, auth.clientAuthentication);
        break;
    }
    return json;
}

Auth authFromJson(const QJsonValue &value, Auth::Kind fallback)
{
    const QJsonObject json = value.toObject();
    Auth auth;
    auth.kind = valueOf(kAuthKinds, json.value("kind"_L1).toString(), fallback);
    auth.username = json.value("username"_L1).toString();
    auth.password = json.value("password"_L1).toString();
    auth.token = json.value("token"_L1).toString();
    auth.keyName = json.value("key"_L1).toString();
    auth.keyValue = json.value("value"_L1).toString();
    auth.location = json.value("in"_L1).toString() == "query"_L1 ? Auth::Location::Query : Auth::Location::Header;
    auth.grantType = json.value("grantType"_L1).toString();
    auth.authUrl = json.value("authUrl"_L1).toString();
    auth.accessTokenUrl = json.value("accessTokenUrl"_L1).toString();
    auth.clientId = json.value("clientId"_L1).toString();
    auth.clientSecret = json.value("clientSecret"_L1).toString();
    auth.scope = json.value("scope"_L1).toString();
    auth.headerPrefix = json.value("headerPrefix"_L1).toString();
    auth.clientAuthentication = json.value("clientAuthentication"_L1).toString();
    if (auth.kind == Auth::Kind::Digest) {
        auth.digest = {json.value("realm"_L1).toString(),      json.value("nonce"_L1).toString(),       json.value("algorithm"_L1).toString(),
                       json.value("qop"_L1).toString(),        json.value("nonceCount"_L1).toString(),  json.value("clientNonce"_L1).toString(),
                       json.value("opaque"_L1).toString()};
    } else if (auth.kind == Auth::Kind::OAuth1) {
        Auth::OAuth1 &o = auth.oauth1;
        o.signatureMethod = json.value("signatureMethod"_L1).toString();
        o.consumerKey = json.value("consumerKey"_L1).toString();
        o.consumerSecret = json.value("consumerSecret"_L1).toString();
        o.token = json.value("token"_L1).toString();
        o.tokenSecret = json.value("tokenSecret"_L1).toString();
        o.timestamp = json.value("timestamp"_L1).toString();
        o.nonce = json.value("nonce"_L1).toString();
        o.version = json.value("version"_L1).toString(u"1.0"_s);
        o.realm = json.value("realm"_L1).toString();
        o.callback = json.value("callback"_L1).toString();
        o.verifier = json.value("verifier"_L1).toString();
        o.inHeader = json.value("in"_L1).toString() != "query"_L1;
        o.addEmptyParamsToSign = json.value("addEmptyParamsToSign"_L1).toBool();
        o.includeBodyHash = json.value("includeBodyHash"_L1).toBool();
        auth.token.clear(); // "token" is OAuth 1.0's own field here
    }
    return auth;
}

OrderedJson scriptsToJson(const Scripts &scripts)
{
    OrderedJson json = OrderedJson::object();
    json.insert(u"preRequest"_s, OrderedJson::text(scripts.preRequest)).insert(u"test"_s, OrderedJson::text(scripts.test));
    return json;
}

Scripts scriptsFromJson(const QJsonValue &value)
{
    const QJsonObject json = value.toObject();
    return {OrderedJson::readText(json.value("preRequest"_L1)), OrderedJson::readText(json.value("test"_L1))};
}

OrderedJson header(QLatin1StringView type)
{
    OrderedJson json = OrderedJson::object();
    json.insert(u"schemaVersion"_s, kWorkspaceSchemaVersion).insert(u"type"_s, QString(type));
    return json;
}

OrderedJson stringArray(const QStringList &strings)
{
    OrderedJson array = OrderedJson::array();
    for (const QString &s : strings)
        array.append(s);
    return array;
}

void behaviorFromJson(const QJsonObject &json, ProtocolBehavior &behavior)
{
    const auto flag = [&json](QLatin1StringView key, std::optional<bool> &value) {
        if (json.value(key).isBool())
            value = json.value(key).toBool();
    };
    flag("followOriginalHttpMethod"_L1, behavior.followOriginalHttpMethod);
    flag("followAuthorizationHeader"_L1, behavior.followAuthorizationHeader);
    flag("removeRefererHeaderOnRedirect"_L1, behavior.removeRefererHeaderOnRedirect);
    if (json.value("maxRedirects"_L1).isDouble())
        behavior.maxRedirects = qMax(0, json.value("maxRedirects"_L1).toInt());
    flag("disableBodyPruning"_L1, behavior.disableBodyPruning);
    flag("disableUrlEncoding"_L1, behavior.disableUrlEncoding);
    flag("disableCookies"_L1, behavior.disableCookies);
}

} // namespace

void protocolBehaviorToJson(const ProtocolBehavior &behavior, OrderedJson &json)
{
    const auto flag = [&json](const QString &key, const std::optional<bool> &value) {
        if (value)
            json.insert(key, *value);
    };
    flag(u"followOriginalHttpMethod"_s, behavior.followOriginalHttpMethod);
    flag(u"followAuthorizationHeader"_s, behavior.followAuthorizationHeader);
    flag(u"removeRefererHeaderOnRedirect"_s, behavior.removeRefererHeaderOnRedirect);
    if (behavior.maxRedirects)
        json.insert(u"maxRedirects"_s, *behavior.maxRedirects);
    flag(u"disableBodyPruning"_s, behavior.disableBodyPruning);
    flag(u"disableUrlEncoding"_s, behavior.disableUrlEncoding);
    flag(u"disableCookies"_s, behavior.disableCookies);
}

OrderedJson variablesToJson(const VariableList &variables)
{
    OrderedJson array = OrderedJson::array();
    for (const Variable &variable : variables) {
        OrderedJson item = OrderedJson::object();
        item.insert(u"name"_s, variable.name);
        if (variable.secret)
            item.insert(u"secret"_s, true);
        else
            item.insert(u"value"_s, variable.value);
        item.insert(u"enabled"_s, variable.enabled);
        array.append(std::move(item));
    }
    return array;
}

VariableList variablesFromJson(const QJsonValue &json)
{
    VariableList variables;
    const QJsonArray array = json.toArray();
    for (const QJsonValue &value : array) {
        const QJsonObject item = value.toObject();
        Variable variable;
        variable.name = item.value("name"_L1).toString();
        variable.secret = item.value("secret"_L1).toBool(false);
        variable.value = variable.secret ? QString() : item.value("value"_L1).toString();
        variable.enabled = item.value("enabled"_L1).toBool(true);
        variables.append(variable);
    }
    return variables;
}

OrderedJson requestToJson(const Request &request)
{
    OrderedJson json = header("request"_L1);
    json.insert(u"id"_s, request.id)
        .insert(u"name"_s, request.name)
        .insert(u"method"_s, request.method)
        .insert(u"url"_s, request.url)
        .insert(u"params"_s, keyValuesToJson(request.params))
        .insert(u"headers"_s, keyValuesToJson(request.headers))
        .insert(u"body"_s, bodyToJson(request.body))
        .insert(u"auth"_s, authToJson(request.auth));
    OrderedJson settings = OrderedJson::object();
    settings.insert(u"timeoutMs"_s, request.settings.timeoutMs);
    // Written only when set, so that files from before they existed stay as they are.
    if (request.settings.connectTimeoutMs > 0)
        settings.insert(u"connectTimeoutMs"_s, request.settings.connectTimeoutMs);
    if (request.settings.transferTimeoutMs > 0)
        settings.insert(u"transferTimeoutMs"_s, request.settings.transferTimeoutMs);
    settings.insert(u"followRedirects"_s, request.settings.followRedirects)
        .insert(u"verifyTls"_s, request.settings.verifyTls);
    protocolBehaviorToJson(request.settings, settings);
    json.insert(u"settings"_s, std::move(settings))
        .insert(u"description"_s, OrderedJson::text(request.description))
        .insert(u"scripts"_s, scriptsToJson(request.scripts));
    return json;
}

Request requestFromJson(const QJsonObject &json)
{
    Request request;
    request.id = json.value("id"_L1).toString();
    request.name = json.value("name"_L1).toString();
    request.method = json.value("method"_L1).toString(u"GET"_s);
    request.url = json.value("url"_L1).toString();
    request.params = keyValuesFromJson(json.value("params"_L1));
    request.headers = keyValuesFromJson(json.value("headers"_L1));
    request.body = bodyFromJson(json.value("body"_L1).toObject());
    request.auth = authFromJson(json.value("auth"_L1), Auth::Kind::Inherit);
    const QJsonObject settings = json.value("settings"_L1).toObject();
    request.settings.timeoutMs = settings.value("timeoutMs"_L1).toInt(0);
    request.settings.connectTimeoutMs = settings.value("connectTimeoutMs"_L1).toInt(0);
    request.settings.transferTimeoutMs = settings.value("transferTimeoutMs"_L1).toInt(0);
    request.settings.followRedirects = settings.value("followRedirects"_L1).toBool(true);
    request.settings.verifyTls = settings.value("verifyTls"_L1).toBool(true);
    behaviorFromJson(settings, request.settings);
    request.description = OrderedJson::readText(json.value("description"_L1));
    request.scripts = scriptsFromJson(json.value("scripts"_L1));
    return request;
}

OrderedJson folderToJson(const Folder &folder, bool collection, const QStringList &folderDirs, const QStringList &requestFiles)
{
    OrderedJson json = header(collection ? "collection"_L1 : "folder"_L1);
    json.insert(u"id"_s, folder.id)
        .insert(u"name"_s, folder.name)
        .insert(u"description"_s, OrderedJson::text(folder.description))
        .insert(u"auth"_s, authToJson(folder.auth))
        .insert(u"variables"_s, variablesToJson(folder.variables))
        .insert(u"scripts"_s, scriptsToJson(folder.scripts));
    // Written only when set, so that folders from before it existed keep their bytes.
    if (!folder.behavior.isEmpty()) {
        OrderedJson behavior = OrderedJson::object();
        protocolBehaviorToJson(folder.behavior, behavior);
        json.insert(u"protocolProfileBehavior"_s, std::move(behavior));
    }
    json.insert(u"folders"_s, stringArray(folderDirs)).insert(u"requests"_s, stringArray(requestFiles));
    return json;
}

void folderFromJson(const QJsonObject &json, Folder &folder)
{
    const bool collection = json.value("type"_L1).toString() == "collection"_L1;
    folder.id = json.value("id"_L1).toString();
    folder.name = json.value("name"_L1).toString();
    folder.description = OrderedJson::readText(json.value("description"_L1));
    folder.auth = authFromJson(json.value("auth"_L1), collection ? Auth::Kind::None : Auth::Kind::Inherit);
    folder.variables = variablesFromJson(json.value("variables"_L1));
    folder.scripts = scriptsFromJson(json.value("scripts"_L1));
    behaviorFromJson(json.value("protocolProfileBehavior"_L1).toObject(), folder.behavior);
}

OrderedJson environmentToJson(const Environment &environment)
{
    OrderedJson json = header("environment"_L1);
    json.insert(u"id"_s, environment.id)
        .insert(u"name"_s, environment.name)
        .insert(u"variables"_s, variablesToJson(environment.variables));
    // Written only when there is a gateway, so environments without APIM keep their old bytes.
    if (!environment.apim.isEmpty()) {
        const EnvironmentApim &apim = environment.apim;
        OrderedJson profile = OrderedJson::object();
        profile.insert(u"gatewayHosts"_s, stringArray(apim.gatewayHosts))
            .insert(u"in"_s, apim.keyLocation == Auth::Location::Query ? u"query"_s : u"header"_s)
            .insert(u"header"_s, apim.headerName)
            .insert(u"query"_s, apim.queryName)
            .insert(u"key"_s, apim.subscriptionKey);
        if (!apim.management.isEmpty()) {
            // Which service to ask and how to get a token; never the token itself.
            const EnvironmentApimManagement &m = apim.management;
            OrderedJson management = OrderedJson::object();
            management.insert(u"subscriptionId"_s, m.subscriptionId)
                .insert(u"resourceGroup"_s, m.resourceGroup)
                .insert(u"service"_s, m.serviceName)
                .insert(u"endpoint"_s, m.endpoint)
                .insert(u"tokenSource"_s, m.tokenSource == EnvironmentApimManagement::TokenSource::DeviceCode      ? u"device-code"_s
                                              : m.tokenSource == EnvironmentApimManagement::TokenSource::TokenVariable ? u"token-variable"_s
                                                                                                                        : u"azure-cli"_s)
                .insert(u"token"_s, m.token)
                .insert(u"tenant"_s, m.tenant)
                .insert(u"clientId"_s, m.clientId)
                .insert(u"tracing"_s, m.tracing);
            profile.insert(u"management"_s, std::move(management));
        }
        json.insert(u"apim"_s, std::move(profile));
    }
    // Per-host TLS settings, also only when there are some.
    if (!environment.tlsHosts.isEmpty()) {
        OrderedJson hosts = OrderedJson::array();
        for (const EnvironmentTlsHost &host : environment.tlsHosts) {
            OrderedJson entry = OrderedJson::object();
            entry.insert(u"host"_s, host.host)
                .insert(u"verify"_s, host.verifyPeer)
                .insert(u"caBundle"_s, host.caBundleFile)
                .insert(u"clientCertificate"_s, host.clientCertificateFile)
                .insert(u"clientKey"_s, host.clientKeyFile)
                .insert(u"clientKeyPassphrase"_s, host.clientKeyPassphrase);
            hosts.append(std::move(entry));
        }
        json.insert(u"tls"_s, std::move(hosts));
    }
    return json;
}

Environment environmentFromJson(const QJsonObject &json)
{
    Environment environment;
    environment.id = json.value("id"_L1).toString();
    environment.name = json.value("name"_L1).toString();
    environment.variables = variablesFromJson(json.value("variables"_L1));
    const QJsonObject apim = json.value("apim"_L1).toObject();
    const QJsonArray hosts = apim.value("gatewayHosts"_L1).toArray();
    for (const QJsonValue &host : hosts) {
        if (!host.toString().trimmed().isEmpty())
            environment.apim.gatewayHosts.append(host.toString().trimmed());
    }
    environment.apim.keyLocation = apim.value("in"_L1).toString() == "query"_L1 ? Auth::Location::Query : Auth::Location::Header;
    environment.apim.headerName = apim.value("header"_L1).toString();
    environment.apim.queryName = apim.value("query"_L1).toString();
    environment.apim.subscriptionKey = apim.value("key"_L1).toString();
    const QJsonObject management = apim.value("management"_L1).toObject();
    EnvironmentApimManagement &m = environment.apim.management;
    m.subscriptionId = management.value("subscriptionId"_L1).toString().trimmed();
    m.resourceGroup = management.value("resourceGroup"_L1).toString().trimmed();
    m.serviceName = management.value("service"_L1).toString().trimmed();
    m.endpoint = management.value("endpoint"_L1).toString().trimmed();
    const QString source = management.value("tokenSource"_L1).toString();
    m.tokenSource = source == "device-code"_L1      ? EnvironmentApimManagement::TokenSource::DeviceCode
        : source == "token-variable"_L1             ? EnvironmentApimManagement::TokenSource::TokenVariable
                                                    : EnvironmentApimManagement::TokenSource::AzureCli;
    m.token = management.value("token"_L1).toString();
    m.tenant = management.value("tenant"_L1).toString().trimmed();
    m.clientId = management.value("clientId"_L1).toString().trimmed();
    m.tracing = management.value("tracing"_L1).toBool();
    for (const QJsonValue &value : json.value("tls"_L1).toArray()) {
        const QJsonObject o = value.toObject();
        EnvironmentTlsHost host;
        host.host = o.value("host"_L1).toString().trimmed();
        if (host.host.isEmpty())
            continue;
        host.verifyPeer = o.value("verify"_L1).toBool(true);
        host.caBundleFile = o.value("caBundle"_L1).toString();
        host.clientCertificateFile = o.value("clientCertificate"_L1).toString();
        host.clientKeyFile = o.value("clientKey"_L1).toString();
        host.clientKeyPassphrase = o.value("clientKeyPassphrase"_L1).toString();
        environment.tlsHosts.append(host);
    }
    return environment;
}

OrderedJson manifestToJson(const Workspace &workspace, const QStringList &collectionDirs, const QStringList &environmentFiles)
{
    OrderedJson json = header("workspace"_L1);
    json.insert(u"id"_s, workspace.id)
        .insert(u"name"_s, workspace.name)
        .insert(u"collections"_s, stringArray(collectionDirs))
        .insert(u"environments"_s, stringArray(environmentFiles))
        .insert(u"globals"_s, variablesToJson(workspace.globals));
    return json;
}

int lineAtOffset(QByteArrayView data, qsizetype offset)
{
    offset = qBound(qsizetype(0), offset, data.size());
    return int(data.first(offset).count('\n')) + 1;
}

Expected<QJsonObject> parseWorkspaceFile(const QByteArray &data, const QString &displayPath, QLatin1StringView expectedType,
                                         int *line)
{
    if (line)
        *line = 0;
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(data, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        const int errorLine = lineAtOffset(data, parseError.offset);
        if (line)
            *line = errorLine;
        return std::unexpected(Error{Error::Code::MalformedFile, QCoreApplication::translate("gatehouse::WorkspaceStorage", "%1, line %2: %3")
                                                                     .arg(displayPath)
                                                                     .arg(errorLine)
                                                                     .arg(parseError.errorString())});
    }
    if (!document.isObject()) {
        return std::unexpected(
            Error{Error::Code::MalformedFile, QCoreApplication::translate("gatehouse::WorkspaceStorage", "%1, line 1: a workspace file must hold a JSON object.").arg(displayPath)});
    }
    QJsonObject json = document.object();
    const QString type = json.value("type"_L1).toString();
    if (type != expectedType) {
        return std::unexpected(Error{Error::Code::MalformedFile, QCoreApplication::translate("gatehouse::WorkspaceStorage", "%1: expected a “%2” file, found “%3”.")
                                                                     .arg(displayPath, QString(expectedType), type)});
    }
    const QJsonValue version = json.value("schemaVersion"_L1);
    if (!version.isDouble() || version.toInt() < 1) {
        return std::unexpected(
            Error{Error::Code::MalformedFile, QCoreApplication::translate("gatehouse::WorkspaceStorage", "%1: “schemaVersion” is missing or not a positive number.").arg(displayPath)});
    }
    if (version.toInt() > kWorkspaceSchemaVersion) {
        return std::unexpected(Error{Error::Code::UnsupportedSchemaVersion,
                                     QCoreApplication::translate("gatehouse::WorkspaceStorage", "%1 was written by a newer Gatehouse (schema version %2; this version reads up to %3). "
                                        "Update Gatehouse to open it.")
                                         .arg(displayPath)
                                         .arg(version.toInt())
                                         .arg(kWorkspaceSchemaVersion)});
    }
    // Migrations go here, one step per version: if (version < 2) { ... json["schemaVersion"] = 2; }
    json.insert(u"schemaVersion"_s, kWorkspaceSchemaVersion);
    return json;
}

} // namespace gatehouse
