// SPDX-License-Identifier: GPL-3.0-or-later
#include "formats/import/openapi.h"

#include "formats/import/yaml.h"
#include "model/workspace.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace gatehouse {

namespace {

const QStringList kOperations = {u"get"_s, u"put"_s, u"post"_s, u"delete"_s, u"options"_s, u"head"_s, u"patch"_s, u"trace"_s};

QString scalar(const QJsonValue &value)
{
    if (value.isString())
        return value.toString();
    if (value.isBool())
        return value.toBool() ? u"true"_s : u"false"_s;
    if (value.isDouble()) {
        const double d = value.toDouble();
        return d == double(qint64(d)) ? QString::number(qint64(d)) : QString::number(d, 'g', 17);
    }
    if (value.isArray())
        return QString::fromUtf8(QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact));
    if (value.isObject())
        return QString::fromUtf8(QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact));
    return {};
}

class Importer
{
public:
    QJsonObject root;
    bool swagger = false;
    OpenApiImport result;

    void issue(const QString &item, const QString &field, const QString &message) { result.issues.append({item, field, message}); }

    // Follows local $refs ("#/components/schemas/Pet"); external ones are left as they are.
    QJsonObject deref(const QJsonValue &value, int depth = 0) const
    {
        QJsonObject o = value.toObject();
        while (o.contains("$ref"_L1) && depth++ < 32) {
            const QString ref = o.value("$ref"_L1).toString();
            if (!ref.startsWith("#/"_L1))
                return o;
            QJsonValue target = root;
            const QStringList parts = ref.sliced(2).split(u'/');
            for (QString part : parts) {
                part.replace(u"~1"_s, u"/"_s).replace(u"~0"_s, u"~"_s);
                target = target.toObject().value(part);
            }
            o = target.toObject();
        }
        return o;
    }

    // An example value for a schema: its example, default or enum, else a skeleton by type.
    QJsonValue sample(const QJsonValue &schemaValue, int depth = 0) const
    {
        const QJsonObject schema = deref(schemaValue);
        if (depth > 8)
            return QJsonValue();
        if (schema.contains("example"_L1))
            return schema.value("example"_L1);
        if (schema.contains("examples"_L1) && schema.value("examples"_L1).isArray() && !schema.value("examples"_L1).toArray().isEmpty())
            return schema.value("examples"_L1).toArray().first();
        if (schema.contains("default"_L1))
            return schema.value("default"_L1);
        if (schema.value("enum"_L1).isArray() && !schema.value("enum"_L1).toArray().isEmpty())
            return schema.value("enum"_L1).toArray().first();
        for (const char *combiner : {"allOf", "oneOf", "anyOf"}) {
            const QJsonArray list = schema.value(QLatin1StringView(combiner)).toArray();
            if (list.isEmpty())
                continue;
            if (QLatin1StringView(combiner) != "allOf"_L1)
                return sample(list.first(), depth + 1);
            QJsonObject merged;
            for (const QJsonValue &part : list) {
                const QJsonObject s = sample(part, depth + 1).toObject();
                for (auto it = s.begin(); it != s.end(); ++it)
                    merged.insert(it.key(), it.value());
            }
            return merged;
        }
        QString type = schema.value("type"_L1).isArray() ? schema.value("type"_L1).toArray().first().toString() : schema.value("type"_L1).toString();
        if (type.isEmpty() && schema.contains("properties"_L1))
            type = u"object"_s;
        if (type == "object"_L1) {
            QJsonObject o;
            const QJsonObject properties = schema.value("properties"_L1).toObject();
            for (auto it = properties.begin(); it != properties.end(); ++it) {
                if (deref(it.value()).value("readOnly"_L1).toBool(false))
                    continue;
                o.insert(it.key(), sample(it.value(), depth + 1));
            }
            return o;
        }
        if (type == "array"_L1)
            return QJsonArray{sample(schema.value("items"_L1), depth + 1)};
        if (type == "integer"_L1 || type == "number"_L1)
            return 0;
        if (type == "boolean"_L1)
            return true;
        if (type == "string"_L1) {
            const QString format = schema.value("format"_L1).toString();
            if (format == "date-time"_L1)
                return u"2024-01-01T00:00:00Z"_s;
            if (format == "date"_L1)
                return u"2024-01-01"_s;
            return u"string"_s;
        }
        return QJsonValue();
    }

    QString parameterValue(const QJsonObject &parameter) const
    {
        if (parameter.contains("example"_L1))
            return scalar(parameter.value("example"_L1));
        const QJsonObject examples = parameter.value("examples"_L1).toObject();
        if (!examples.isEmpty())
            return scalar(deref(examples.begin().value()).value("value"_L1));
        const QJsonObject schema = swagger ? parameter : deref(parameter.value("schema"_L1));
        if (schema.contains("default"_L1))
            return scalar(schema.value("default"_L1));
        if (schema.contains("example"_L1))
            return scalar(schema.value("example"_L1));
        if (schema.value("enum"_L1).isArray())
            return scalar(schema.value("enum"_L1).toArray().first());
        return {};
    }

    Auth securityAuth(const QJsonArray &requirements, const QString &item)
    {
        Auth auth;
        auth.kind = Auth::Kind::None;
        if (requirements.isEmpty())
            return auth;
        const QJsonObject schemes = swagger ? root.value("securityDefinitions"_L1).toObject()
                                            : root.value("components"_L1).toObject().value("securitySchemes"_L1).toObject();
        const QJsonObject requirement = requirements.first().toObject();
        if (requirement.isEmpty())
            return auth;
        if (requirement.size() > 1 || requirements.size() > 1)
            issue(item, u"security"_s, QCoreApplication::translate("gatehouse::OpenApiImport", "Only the first security requirement was imported."));
        const QString name = requirement.begin().key();
        const QJsonObject scheme = deref(schemes.value(name));
        const QString type = scheme.value("type"_L1).toString();
        const QString httpScheme = scheme.value("scheme"_L1).toString().toLower();
        if (type == "apiKey"_L1) {
            const QString in = scheme.value("in"_L1).toString();
            auth.keyName = scheme.value("name"_L1).toString();
            auth.location = in == "query"_L1 ? Auth::Location::Query : Auth::Location::Header;
            if (auth.keyName.compare(QString(kApimSubscriptionHeader), Qt::CaseInsensitive) == 0
                || auth.keyName.compare(QString(kApimSubscriptionQuery), Qt::CaseInsensitive) == 0) {
                auth.kind = Auth::Kind::ApimSubscriptionKey; // the key comes from the environment
                auth.keyName.clear();
            } else {
                auth.kind = Auth::Kind::ApiKey;
                auth.keyValue = u"{{"_s + name + u"}}"_s;
            }
            if (in == "cookie"_L1)
                issue(item, u"security."_s + name, QCoreApplication::translate("gatehouse::OpenApiImport", "An API key in a cookie is sent as a header instead."));
        } else if (type == "basic"_L1 || (type == "http"_L1 && httpScheme == "basic"_L1)) {
            auth.kind = Auth::Kind::Basic;
            auth.username = u"{{username}}"_s;
            auth.password = u"{{password}}"_s;
        } else if (type == "http"_L1 && httpScheme == "bearer"_L1) {
            auth.kind = Auth::Kind::Bearer;
            auth.token = u"{{token}}"_s;
        } else if (type == "oauth2"_L1) {
            auth.kind = Auth::Kind::OAuth2;
            QJsonObject flow;
            if (swagger) {
                flow = scheme;
                const QString f = scheme.value("flow"_L1).toString();
                auth.grantType = f == "accessCode"_L1 ? u"authorization_code"_s : f == "application"_L1 ? u"client_credentials"_s : f;
            } else {
                const QJsonObject flows = scheme.value("flows"_L1).toObject();
                const std::pair<const char *, QString> names[] = {{"authorizationCode", u"authorization_code"_s}, {"clientCredentials", u"client_credentials"_s},
                                                                  {"password", u"password"_s}, {"implicit", u"implicit"_s}};
                for (const auto &[key, grant] : names) {
                    if (flows.contains(QLatin1StringView(key))) {
                        flow = flows.value(QLatin1StringView(key)).toObject();
                        auth.grantType = grant;
                        break;
                    }
                }
            }
            auth.authUrl = flow.value("authorizationUrl"_L1).toString();
            auth.accessTokenUrl = flow.value("tokenUrl"_L1).toString();
            QStringList scopes;
            for (const QJsonValue &scope : requirement.begin().value().toArray())
                scopes.append(scope.toString());
            auth.scope = scopes.join(u' ');
            auth.clientId = u"{{clientId}}"_s;
        } else {
            issue(item, u"security."_s + name, QCoreApplication::translate("gatehouse::OpenApiImport", "The security scheme “%1” (%2) is not supported.").arg(name, type));
        }
        return auth;
    }

    Body body(const QJsonObject &content, const QString &item, KeyValueList &headers)
    {
        Body out;
        if (content.isEmpty())
            return out;
        QString type;
        for (const QString &candidate : content.keys()) {
            if (candidate.contains("json"_L1)) {
                type = candidate;
                break;
            }
        }
        if (type.isEmpty())
            type = content.begin().key();
        const QJsonObject media = content.value(type).toObject();
        QJsonValue example;
        if (media.contains("example"_L1))
            example = media.value("example"_L1);
        else if (!media.value("examples"_L1).toObject().isEmpty())
            example = deref(media.value("examples"_L1).toObject().begin().value()).value("value"_L1);
        else
            example = sample(media.value("schema"_L1));
        if (type.startsWith("application/x-www-form-urlencoded"_L1) || type.startsWith("multipart/form-data"_L1)) {
            const QJsonObject fields = example.toObject();
            const QJsonObject properties = deref(media.value("schema"_L1)).value("properties"_L1).toObject();
            if (type.startsWith("multipart"_L1)) {
                out.kind = Body::Kind::Multipart;
                for (auto it = fields.begin(); it != fields.end(); ++it) {
                    const QJsonObject property = deref(properties.value(it.key()));
                    const bool file = property.value("format"_L1).toString() == "binary"_L1;
                    out.parts.append({it.key(), file ? FormDataPart::Kind::File : FormDataPart::Kind::Text, file ? QString() : scalar(it.value()), QString(), true});
                }
            } else {
                out.kind = Body::Kind::FormUrlEncoded;
                for (auto it = fields.begin(); it != fields.end(); ++it)
                    out.form.append({it.key(), scalar(it.value()), true, QString()});
            }
            return out;
        }
        out.kind = Body::Kind::Raw;
        out.language = type.contains("json"_L1) ? u"json"_s : type.contains("xml"_L1) ? u"xml"_s : u"text"_s;
        if (example.isObject() || example.isArray())
            out.raw = QString::fromUtf8(example.isObject() ? QJsonDocument(example.toObject()).toJson(QJsonDocument::Indented)
                                                           : QJsonDocument(example.toArray()).toJson(QJsonDocument::Indented)).trimmed();
        else
            out.raw = scalar(example);
        if (type.contains("xml"_L1) && !media.contains("example"_L1))
            issue(item, u"requestBody"_s, QCoreApplication::translate("gatehouse::OpenApiImport", "No XML example is given; the body is left for you to write."));
        headers.append({u"Content-Type"_s, type, true, QString()});
        return out;
    }

    Request operation(const QString &path, const QString &method, const QJsonObject &op, const QJsonArray &pathParameters, const QString &parentItem)
    {
        Request request;
        request.id = newItemId();
        request.method = method.toUpper();
        request.name = op.value("summary"_L1).toString().trimmed();
        if (request.name.isEmpty())
            request.name = op.value("operationId"_L1).toString();
        if (request.name.isEmpty())
            request.name = request.method + u' ' + path;
        const QString item = parentItem + u'/' + request.name;
        request.description = op.value("description"_L1).toString();
        static const QRegularExpression templateParameter(u"\\{([^}/]+)\\}"_s);
        QString url = path;
        url.replace(templateParameter, u"{{\\1}}"_s);
        request.url = u"{{baseUrl}}"_s + url;

        QJsonArray parameters = pathParameters;
        for (const QJsonValue &p : op.value("parameters"_L1).toArray())
            parameters.append(p);
        QJsonObject formFields;
        for (const QJsonValue &value : std::as_const(parameters)) {
            const QJsonObject p = deref(value);
            const QString in = p.value("in"_L1).toString();
            const QString name = p.value("name"_L1).toString();
            const bool required = p.value("required"_L1).toBool(false);
            if (in == "query"_L1)
                request.params.append({name, parameterValue(p), required, p.value("description"_L1).toString()});
            else if (in == "header"_L1)
                request.headers.append({name, parameterValue(p), required, p.value("description"_L1).toString()});
            else if (in == "body"_L1) {
                QJsonObject content;
                QJsonObject media;
                media.insert(u"schema"_s, p.value("schema"_L1));
                const QJsonArray consumes = op.value("consumes"_L1).toArray().isEmpty() ? root.value("consumes"_L1).toArray() : op.value("consumes"_L1).toArray();
                content.insert(consumes.isEmpty() ? u"application/json"_s : consumes.first().toString(), media);
                request.body = body(content, item, request.headers);
            } else if (in == "formData"_L1) {
                formFields.insert(name, p);
            } else if (in == "cookie"_L1) {
                issue(item, u"parameters."_s + name, QCoreApplication::translate("gatehouse::OpenApiImport", "The cookie parameter “%1” was not imported.").arg(name));
            }
        }
        if (!formFields.isEmpty()) {
            bool multipart = false;
            for (const QJsonValue &f : std::as_const(formFields))
                multipart = multipart || f.toObject().value("type"_L1).toString() == "file"_L1;
            request.body.kind = multipart ? Body::Kind::Multipart : Body::Kind::FormUrlEncoded;
            for (auto it = formFields.begin(); it != formFields.end(); ++it) {
                const QJsonObject f = it.value().toObject();
                if (multipart)
                    request.body.parts.append({it.key(), f.value("type"_L1).toString() == "file"_L1 ? FormDataPart::Kind::File : FormDataPart::Kind::Text,
                                               f.value("type"_L1).toString() == "file"_L1 ? QString() : parameterValue(f), QString(), true});
                else
                    request.body.form.append({it.key(), parameterValue(f), true, f.value("description"_L1).toString()});
            }
        }
        if (!swagger && op.contains("requestBody"_L1))
            request.body = body(deref(op.value("requestBody"_L1)).value("content"_L1).toObject(), item, request.headers);
        if (op.contains("security"_L1))
            request.auth = securityAuth(op.value("security"_L1).toArray(), item);
        if (op.contains("callbacks"_L1))
            issue(item, u"callbacks"_s, QCoreApplication::translate("gatehouse::OpenApiImport", "Callbacks are requests the server makes; they were not imported."));
        return request;
    }

    QString serverUrl(const QJsonObject &server) const
    {
        QString url = server.value("url"_L1).toString();
        const QJsonObject variables = server.value("variables"_L1).toObject();
        for (auto it = variables.begin(); it != variables.end(); ++it)
            url.replace(u'{' + it.key() + u'}', scalar(it.value().toObject().value("default"_L1)));
        while (url.endsWith(u'/'))
            url.chop(1);
        return url;
    }
};

} // namespace

Expected<OpenApiImport> importOpenApi(QByteArrayView data)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(data.toByteArray(), &error);
    QJsonObject rootObject = document.object();
    if (error.error != QJsonParseError::NoError || !document.isObject()) {
        // YAML, which may also be written in flow style ("{openapi: 3.0.0, …}").
        auto yaml = parseYaml(data);
        if (!yaml && data.trimmed().startsWith('{'))
            return std::unexpected(Error{Error::Code::MalformedFile, QCoreApplication::translate("gatehouse::OpenApiImport", "Not valid JSON: %1").arg(error.errorString())});
        if (!yaml)
            return std::unexpected(yaml.error());
        rootObject = yaml->toObject();
    }
    Importer importer;
    importer.root = rootObject;
    const QJsonObject &root = importer.root;
    // YAML may give the version as a number (swagger: 2.0).
    importer.swagger = scalar(root.value("swagger"_L1)).startsWith(u'2');
    if (!importer.swagger && !scalar(root.value("openapi"_L1)).startsWith("3."_L1)) {
        return std::unexpected(Error{Error::Code::UnsupportedFormat, QCoreApplication::translate("gatehouse::OpenApiImport", "Not an OpenAPI 3 or Swagger 2 document (it needs “openapi” or “swagger”).")});
    }
    OpenApiImport &result = importer.result;
    Collection &collection = result.collection;
    collection.id = newItemId();
    const QJsonObject info = root.value("info"_L1).toObject();
    collection.name = info.value("title"_L1).toString();
    if (collection.name.isEmpty())
        collection.name = QCoreApplication::translate("gatehouse::OpenApiImport", "OpenAPI import");
    collection.description = info.value("description"_L1).toString();

    QStringList servers;
    if (importer.swagger) {
        const QJsonArray schemes = root.value("schemes"_L1).toArray();
        const QString host = root.value("host"_L1).toString();
        const QString basePath = root.value("basePath"_L1).toString();
        QStringList schemeNames;
        for (const QJsonValue &s : schemes)
            schemeNames.append(s.toString());
        if (schemeNames.isEmpty())
            schemeNames.append(u"https"_s);
        for (const QString &scheme : std::as_const(schemeNames))
            servers.append(host.isEmpty() ? basePath : scheme + u"://"_s + host + (basePath == "/"_L1 ? QString() : basePath));
    } else {
        for (const QJsonValue &s : root.value("servers"_L1).toArray())
            servers.append(importer.serverUrl(s.toObject()));
    }
    if (servers.isEmpty() || servers.first().isEmpty()) {
        servers = {u"http://localhost"_s};
        importer.issue(collection.name, u"servers"_s, QCoreApplication::translate("gatehouse::OpenApiImport", "The document names no server; {{baseUrl}} is http://localhost."));
    }
    collection.variables.append({u"baseUrl"_s, servers.first(), true, false});
    if (servers.size() > 1) {
        for (const QString &server : std::as_const(servers)) {
            Environment environment;
            environment.id = newItemId();
            environment.name = QUrl(server).host().isEmpty() ? server : QUrl(server).host() + QUrl(server).path();
            environment.variables.append({u"baseUrl"_s, server, true, false});
            result.environments.append(environment);
        }
    }
    collection.auth = importer.securityAuth(root.value("security"_L1).toArray(), collection.name);

    QHash<QString, qsizetype> folderByTag;
    const QJsonObject paths = root.value("paths"_L1).toObject();
    for (auto it = paths.begin(); it != paths.end(); ++it) {
        const QJsonObject item = importer.deref(it.value());
        const QJsonArray pathParameters = item.value("parameters"_L1).toArray();
        for (const QString &method : kOperations) {
            if (!item.contains(method))
                continue;
            const QJsonObject op = item.value(method).toObject();
            const QString tag = op.value("tags"_L1).toArray().isEmpty() ? QString() : op.value("tags"_L1).toArray().first().toString();
            Folder *target = &collection;
            if (!tag.isEmpty()) {
                if (!folderByTag.contains(tag)) {
                    Folder folder;
                    folder.id = newItemId();
                    folder.name = tag;
                    for (const QJsonValue &t : root.value("tags"_L1).toArray()) {
                        if (t.toObject().value("name"_L1).toString() == tag)
                            folder.description = t.toObject().value("description"_L1).toString();
                    }
                    folderByTag.insert(tag, collection.folders.size());
                    collection.folders.append(folder);
                }
                target = &collection.folders[folderByTag.value(tag)];
            }
            Request request = importer.operation(it.key(), method, op, pathParameters, collection.name + (tag.isEmpty() ? QString() : u'/' + tag));
            if (!op.contains("security"_L1))
                request.auth.kind = Auth::Kind::Inherit;
            target->requests.append(request);
        }
    }
    if (root.contains("webhooks"_L1))
        importer.issue(collection.name, u"webhooks"_s, QCoreApplication::translate("gatehouse::OpenApiImport", "Webhooks are requests the API makes; they were not imported."));
    return result;
}

} // namespace gatehouse
