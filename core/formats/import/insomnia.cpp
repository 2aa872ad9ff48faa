// SPDX-License-Identifier: GPL-3.0-or-later
#include "formats/import/insomnia.h"

#include "formats/import/yaml.h"
#include "model/workspace.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace gatehouse {

namespace {

QString scalar(const QJsonValue &value)
{
    if (value.isString())
        return value.toString();
    if (value.isBool())
        return value.toBool() ? u"true"_s : u"false"_s;
    if (value.isDouble())
        return QString::number(value.toDouble(), 'g', 17);
    if (value.isArray() || value.isObject()) {
        return QString::fromUtf8(value.isArray() ? QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact)
                                                 : QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact));
    }
    return {};
}

QString languageFor(const QString &mimeType)
{
    const QString type = mimeType.toLower();
    return type.contains("json"_L1) ? u"json"_s : type.contains("xml"_L1) ? u"xml"_s : type.contains("html"_L1) ? u"html"_s
        : type.contains("javascript"_L1) ? u"javascript"_s : u"text"_s;
}

class Importer
{
public:
    InsomniaImport result;
    QHash<QString, QList<QJsonObject>> children; // parentId -> resources, in file order

    void issue(const QString &item, const QString &field, const QString &message) { result.issues.append({item, field, message}); }

    // {{ _.name }} and {{_['name']}} -> {{name}}; template tags are kept as written and reported.
    QString text(const QString &value, const QString &item, const QString &field)
    {
        static const QRegularExpression reference(u"\\{\\{\\s*_\\.([A-Za-z0-9_$\\-]+)\\s*\\}\\}"_s);
        QString out = value;
        out.replace(reference, u"{{\\1}}"_s);
        if (out.contains("{%"_L1))
            issue(item, field, QCoreApplication::translate("gatehouse::InsomniaImport", "Template tags ({% … %}) are not supported; they are kept as written."));
        return out;
    }

    VariableList variables(const QJsonObject &data, const QString &item, const QString &prefix = {})
    {
        VariableList list;
        for (auto it = data.begin(); it != data.end(); ++it) {
            if (it.value().isObject()) {
                // Nested data ({"a": {"b": 1}}) is addressed as a.b.
                list += variables(it.value().toObject(), item, prefix + it.key() + u'.');
                continue;
            }
            list.append({prefix + it.key(), text(scalar(it.value()), item, u"data."_s + it.key()), true, false});
        }
        return list;
    }

    Auth auth(const QJsonObject &a, const QString &item)
    {
        Auth out;
        const QString type = a.value("type"_L1).toString();
        if (a.isEmpty() || type.isEmpty()) {
            out.kind = Auth::Kind::Inherit;
            return out;
        }
        if (a.value("disabled"_L1).toBool(false)) {
            out.kind = Auth::Kind::None;
            return out;
        }
        auto f = [&](const char *key) { return text(a.value(QLatin1StringView(key)).toString(), item, u"authentication."_s + QLatin1StringView(key)); };
        if (type == "basic"_L1) {
            out.kind = Auth::Kind::Basic;
            out.username = f("username");
            out.password = f("password");
        } else if (type == "bearer"_L1) {
            out.kind = Auth::Kind::Bearer;
            out.token = f("token");
            if (!a.value("prefix"_L1).toString().isEmpty() && a.value("prefix"_L1).toString() != "Bearer"_L1)
                issue(item, u"authentication.prefix"_s, QCoreApplication::translate("gatehouse::InsomniaImport", "The token prefix “%1” is not supported; “Bearer” is sent.").arg(a.value("prefix"_L1).toString()));
        } else if (type == "apikey"_L1) {
            out.kind = Auth::Kind::ApiKey;
            out.keyName = f("key");
            out.keyValue = f("value");
            out.location = a.value("addTo"_L1).toString() == "queryParams"_L1 ? Auth::Location::Query : Auth::Location::Header;
            if (a.value("addTo"_L1).toString() == "cookie"_L1)
                issue(item, u"authentication.addTo"_s, QCoreApplication::translate("gatehouse::InsomniaImport", "An API key in a cookie is sent as a header instead."));
        } else if (type == "digest"_L1) {
            out.kind = Auth::Kind::Digest;
            out.username = f("username");
            out.password = f("password");
        } else if (type == "oauth1"_L1) {
            out.kind = Auth::Kind::OAuth1;
            out.oauth1.signatureMethod = f("signatureMethod");
            out.oauth1.consumerKey = f("consumerKey");
            out.oauth1.consumerSecret = f("consumerSecret");
            out.oauth1.token = f("tokenKey");
            out.oauth1.tokenSecret = f("tokenSecret");
            out.oauth1.callback = f("callback");
            out.oauth1.verifier = f("verifier");
            out.oauth1.timestamp = f("timestamp");
            out.oauth1.nonce = f("nonce");
            out.oauth1.realm = f("realm");
            if (!a.value("version"_L1).toString().isEmpty())
                out.oauth1.version = f("version");
            out.oauth1.includeBodyHash = a.value("includeBodyHash"_L1).toBool(false);
            if (out.oauth1.signatureMethod.startsWith("RSA"_L1, Qt::CaseInsensitive))
                issue(item, u"authentication.signatureMethod"_s,
                      QCoreApplication::translate("gatehouse::InsomniaImport", "The OAuth 1.0 signature method “%1” is not supported; sending the request will fail until another is chosen.")
                          .arg(out.oauth1.signatureMethod));
        } else if (type == "oauth2"_L1) {
            out.kind = Auth::Kind::OAuth2;
            out.grantType = a.value("grantType"_L1).toString();
            out.authUrl = f("authorizationUrl");
            out.accessTokenUrl = f("accessTokenUrl");
            out.clientId = f("clientId");
            out.clientSecret = f("clientSecret");
            out.scope = f("scope");
        } else if (type == "none"_L1) {
            out.kind = Auth::Kind::None;
        } else {
            out.kind = Auth::Kind::None;
            issue(item, u"authentication"_s, QCoreApplication::translate("gatehouse::InsomniaImport", "“%1” auth is not supported; the request has no auth.").arg(type));
        }
        return out;
    }

    KeyValueList rows(const QJsonArray &array, const QString &item, const QString &field)
    {
        KeyValueList list;
        for (const QJsonValue &value : array) {
            const QJsonObject o = value.toObject();
            if (o.value("name"_L1).toString().isEmpty() && o.value("value"_L1).toString().isEmpty())
                continue;
            list.append({text(o.value("name"_L1).toString(), item, field), text(scalar(o.value("value"_L1)), item, field),
                         !o.value("disabled"_L1).toBool(false), o.value("description"_L1).toString()});
        }
        return list;
    }

    Request request(const QJsonObject &r, const QString &path)
    {
        Request request;
        request.id = newItemId();
        request.name = r.value("name"_L1).toString();
        if (request.name.isEmpty())
            request.name = QCoreApplication::translate("gatehouse::InsomniaImport", "Untitled request");
        const QString item = path + u'/' + request.name;
        request.method = r.value("method"_L1).toString(u"GET"_s).toUpper();
        request.url = text(r.value("url"_L1).toString(), item, u"url"_s);
        request.params = rows(r.value("parameters"_L1).toArray(), item, u"parameters"_s);
        request.headers = rows(r.value("headers"_L1).toArray(), item, u"headers"_s);
        request.description = r.value("description"_L1).toString();
        request.auth = auth(r.value("authentication"_L1).toObject(), item);
        const QString follow = r.value("settingFollowRedirects"_L1).toString();
        if (follow == "off"_L1)
            request.settings.followRedirects = false;
        if (!r.value("preRequestScript"_L1).toString().isEmpty() || !r.value("afterResponseScript"_L1).toString().isEmpty())
            issue(item, u"preRequestScript"_s, QCoreApplication::translate("gatehouse::InsomniaImport", "Insomnia scripts use another API than Postman's; they were not imported."));

        const QJsonObject body = r.value("body"_L1).toObject();
        const QString mime = body.value("mimeType"_L1).toString();
        const QJsonArray params = body.value("params"_L1).toArray();
        if (mime == "multipart/form-data"_L1) {
            request.body.kind = Body::Kind::Multipart;
            for (const QJsonValue &value : params) {
                const QJsonObject p = value.toObject();
                FormDataPart part;
                part.name = text(p.value("name"_L1).toString(), item, u"body.params"_s);
                part.enabled = !p.value("disabled"_L1).toBool(false);
                if (p.value("type"_L1).toString() == "file"_L1) {
                    part.kind = FormDataPart::Kind::File;
                    part.value = p.value("fileName"_L1).toString();
                } else {
                    part.value = text(scalar(p.value("value"_L1)), item, u"body.params"_s);
                }
                request.body.parts.append(part);
            }
            request.headers.removeIf([](const KeyValue &h) { return h.name.compare("content-type"_L1, Qt::CaseInsensitive) == 0; });
        } else if (mime == "application/x-www-form-urlencoded"_L1) {
            request.body.kind = Body::Kind::FormUrlEncoded;
            request.body.form = rows(params, item, u"body.params"_s);
        } else if (mime == "application/graphql"_L1) {
            const QJsonObject graphql = QJsonDocument::fromJson(body.value("text"_L1).toString().toUtf8()).object();
            request.body.kind = Body::Kind::GraphQL;
            request.body.graphqlQuery = text(graphql.value("query"_L1).toString(), item, u"body.text"_s);
            request.body.graphqlVariables = graphql.value("variables"_L1).isObject() ? scalar(graphql.value("variables"_L1)) : QString();
        } else if (body.contains("fileName"_L1)) {
            request.body.kind = Body::Kind::Binary;
            request.body.filePath = body.value("fileName"_L1).toString();
        } else if (body.contains("text"_L1)) {
            request.body.kind = Body::Kind::Raw;
            request.body.raw = text(body.value("text"_L1).toString(), item, u"body.text"_s);
            request.body.language = languageFor(mime);
            bool hasType = false;
            for (const KeyValue &h : std::as_const(request.headers))
                hasType = hasType || h.name.compare("content-type"_L1, Qt::CaseInsensitive) == 0;
            if (!hasType && !mime.isEmpty())
                request.headers.append({u"Content-Type"_s, mime, true, QString()});
        }
        return request;
    }

    void fill(Folder &folder, const QString &parentId, const QString &path)
    {
        const QList<QJsonObject> list = children.value(parentId);
        for (const QJsonObject &resource : list) {
            const QString type = resource.value("_type"_L1).toString();
            const QString item = path + u'/' + resource.value("name"_L1).toString();
            if (type == "request_group"_L1) {
                Folder child;
                child.id = newItemId();
                child.name = resource.value("name"_L1).toString();
                child.description = resource.value("description"_L1).toString();
                child.auth = auth(resource.value("authentication"_L1).toObject(), item);
                child.variables = variables(resource.value("environment"_L1).toObject(), item);
                fill(child, resource.value("_id"_L1).toString(), item);
                folder.folders.append(child);
            } else if (type == "request"_L1) {
                folder.requests.append(request(resource, path));
            } else if (type == "grpc_request"_L1 || type == "websocket_request"_L1) {
                issue(item, u"_type"_s, QCoreApplication::translate("gatehouse::InsomniaImport", "%1 requests are not supported and were skipped.").arg(type));
            }
        }
    }
};

} // namespace

Expected<InsomniaImport> importInsomnia(QByteArrayView data)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(data.toByteArray(), &error);
    QJsonObject root = document.object();
    if (error.error != QJsonParseError::NoError || !document.isObject()) {
        // YAML, which Insomnia also writes in flow style ("{_type: export, …}").
        auto yaml = parseYaml(data);
        if (!yaml && data.trimmed().startsWith('{'))
            return std::unexpected(Error{Error::Code::MalformedFile, QCoreApplication::translate("gatehouse::InsomniaImport", "Not valid JSON: %1").arg(error.errorString())});
        if (!yaml)
            return std::unexpected(yaml.error());
        root = yaml->toObject();
    }
    if (root.value("_type"_L1).toString() != "export"_L1 || !root.value("resources"_L1).isArray()) {
        return std::unexpected(Error{Error::Code::UnsupportedFormat, QCoreApplication::translate("gatehouse::InsomniaImport", "Not an Insomnia export (it needs “_type”: “export” and “resources”).")});
    }
    if (root.value("__export_format"_L1).toInt() != 4) {
        return std::unexpected(Error{Error::Code::UnsupportedFormat, QCoreApplication::translate("gatehouse::InsomniaImport", "Only Insomnia export format 4 is supported; this file has format %1.")
                                                                        .arg(root.value("__export_format"_L1).toInt())});
    }
    Importer importer;
    QList<QJsonObject> workspaces;
    QHash<QString, QJsonObject> byId;
    const QJsonArray resources = root.value("resources"_L1).toArray();
    for (const QJsonValue &value : resources) {
        const QJsonObject resource = value.toObject();
        byId.insert(resource.value("_id"_L1).toString(), resource);
        if (resource.value("_type"_L1).toString() == "workspace"_L1)
            workspaces.append(resource);
        else
            importer.children[resource.value("parentId"_L1).toString()].append(resource);
    }
    for (auto it = importer.children.begin(); it != importer.children.end(); ++it) {
        std::stable_sort(it->begin(), it->end(), [](const QJsonObject &a, const QJsonObject &b) {
            return a.value("metaSortKey"_L1).toDouble(0) < b.value("metaSortKey"_L1).toDouble(0);
        });
    }
    // Requests whose parent is no workspace of this file (partial exports) go into one more collection.
    QStringList roots;
    for (const QJsonObject &workspace : std::as_const(workspaces))
        roots.append(workspace.value("_id"_L1).toString());
    for (auto it = importer.children.cbegin(); it != importer.children.cend(); ++it) {
        if (!byId.contains(it.key()) && !roots.contains(it.key()))
            roots.append(it.key());
    }
    for (const QString &rootId : std::as_const(roots)) {
        Collection collection;
        collection.id = newItemId();
        const QJsonObject workspace = byId.value(rootId);
        collection.name = workspace.value("name"_L1).toString();
        if (collection.name.isEmpty())
            collection.name = QCoreApplication::translate("gatehouse::InsomniaImport", "Insomnia import");
        collection.description = workspace.value("description"_L1).toString();
        // The base environment (child of the workspace) becomes the collection's variables; its
        // sub-environments become environments.
        for (const QJsonObject &resource : importer.children.value(rootId)) {
            const QString type = resource.value("_type"_L1).toString();
            if (type == "environment"_L1) {
                collection.variables += importer.variables(resource.value("data"_L1).toObject(), collection.name);
                for (const QJsonObject &sub : importer.children.value(resource.value("_id"_L1).toString())) {
                    if (sub.value("_type"_L1).toString() != "environment"_L1)
                        continue;
                    Environment environment;
                    environment.id = newItemId();
                    environment.name = sub.value("name"_L1).toString();
                    environment.variables = importer.variables(sub.value("data"_L1).toObject(), environment.name);
                    importer.result.environments.append(environment);
                }
            } else if (type == "api_spec"_L1 || type == "unit_test_suite"_L1 || type == "mock"_L1) {
                importer.issue(collection.name, type, QCoreApplication::translate("gatehouse::InsomniaImport", "Insomnia's “%1” items are not imported.").arg(type));
            }
        }
        importer.fill(collection, rootId, collection.name);
        importer.result.collections.append(collection);
    }
    return importer.result;
}

} // namespace gatehouse
