// SPDX-License-Identifier: GPL-3.0-or-later
#include "formats/import/openapi.h"

#include "formats/import/yaml.h"
#include "model/requestresolver.h"
#include "model/workspace.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QUrl>

#include <algorithm>

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
            if (in == "cookie"_L1) {
                // Sent as the Cookie header the server reads it from.
                auth.kind = Auth::Kind::ApiKey;
                auth.location = Auth::Location::Header;
                auth.keyName = u"Cookie"_s;
                auth.keyValue = scheme.value("name"_L1).toString() + u"={{"_s + name + u"}}"_s;
            }
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
        const QJsonObject schema = deref(media.value("schema"_L1));
        static const QStringList binaryPrefixes = {u"application/octet-stream"_s, u"image/"_s, u"audio/"_s, u"video/"_s, u"application/pdf"_s, u"application/zip"_s};
        if (std::any_of(binaryPrefixes.cbegin(), binaryPrefixes.cend(), [&](const QString &prefix) { return type.startsWith(prefix); })
            || schema.value("format"_L1).toString() == "binary"_L1) {
            // A file to upload: which one is for the user to choose.
            out.kind = Body::Kind::Binary;
            issue(item, u"requestBody"_s, QCoreApplication::translate("gatehouse::OpenApiImport", "The body is a file (%1): choose it before sending.").arg(type));
            headers.append({u"Content-Type"_s, type, true, QString()});
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
        KeyValueList cookies;
        for (const QJsonValue &value : std::as_const(parameters)) {
            const QJsonObject p = deref(value);
            const QString in = p.value("in"_L1).toString();
            const QString name = p.value("name"_L1).toString();
            const bool required = p.value("required"_L1).toBool(false);
            if (in == "query"_L1)
                request.params.append({queryTextFromDecoded(name, true), queryTextFromDecoded(parameterValue(p)), required, p.value("description"_L1).toString()});
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
                cookies.append({name, parameterValue(p), required, QString()});
            }
        }
        // Cookie parameters go out together in one Cookie header, on when one of them is required.
        if (!cookies.isEmpty()) {
            QStringList pairs;
            bool anyRequired = false;
            for (const KeyValue &cookie : std::as_const(cookies)) {
                pairs.append(cookie.name + u'=' + cookie.value);
                anyRequired = anyRequired || cookie.enabled;
            }
            request.headers.append({u"Cookie"_s, pairs.join(u"; "_s), anyRequired, QString()});
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
        // Accept: what the operation answers with (the first success response's first media type).
        const bool hasAccept = std::any_of(request.headers.cbegin(), request.headers.cend(),
                                           [](const KeyValue &h) { return h.name.compare("accept"_L1, Qt::CaseInsensitive) == 0; });
        if (const QString accept = responseMediaType(op); !accept.isEmpty() && !hasAccept)
            request.headers.append({u"Accept"_s, accept, true, QString()});
        if (op.contains("callbacks"_L1))
            issue(item, u"callbacks"_s, QCoreApplication::translate("gatehouse::OpenApiImport", "Callbacks are requests the server makes; they were not imported."));
        return request;
    }

    QString responseMediaType(const QJsonObject &op) const
    {
        if (swagger) {
            const QJsonArray produces = op.contains("produces"_L1) ? op.value("produces"_L1).toArray() : root.value("produces"_L1).toArray();
            return produces.isEmpty() ? QString() : produces.first().toString();
        }
        const QJsonObject responses = op.value("responses"_L1).toObject();
        QStringList codes = responses.keys(); // sorted: "200" < "201" < "2XX" < "default"
        codes.removeIf([](const QString &code) { return !code.startsWith(u'2') && code != "default"_L1; });
        for (const QString &code : std::as_const(codes)) {
            const QJsonObject content = deref(responses.value(code)).value("content"_L1).toObject();
            if (!content.isEmpty())
                return content.begin().key();
        }
        return {};
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

// Inlines $refs to other files ("schemas/pet.yaml", "common.json#/components/schemas/Error"),
// read from the folder of the document that names them, so that the importer sees one document.
// Local refs of the main document stay as they are (the importer follows them); local refs inside
// another file are inlined too, as they point into that file. Nothing is fetched from the network.
class ExternalRefs
{
public:
    ExternalRefs(QString baseDirectory, ImportIssues &issues)
        : m_base(std::move(baseDirectory))
        , m_issues(issues)
    {
    }

    Expected<QJsonValue> resolve(const QJsonValue &value) { return walk(value, QString(), QJsonValue(), 0); }

private:
    static QString tr(const char *text) { return QCoreApplication::translate("gatehouse::OpenApiImport", text); }

    // file: the absolute path of the document value comes from; empty for the main document.
    Expected<QJsonValue> walk(const QJsonValue &value, const QString &file, const QJsonValue &fileRoot, int depth)
    {
        if (depth > 200)
            return std::unexpected(Error{Error::Code::MalformedFile, tr("The $refs nest too deep (over 200 levels).")});
        if (value.isArray()) {
            QJsonArray array = value.toArray();
            for (qsizetype i = 0; i < array.size(); ++i) {
                auto item = walk(array.at(i), file, fileRoot, depth + 1);
                if (!item)
                    return item;
                array[i] = *item;
            }
            return array;
        }
        if (!value.isObject())
            return value;
        QJsonObject object = value.toObject();
        const QJsonValue refValue = object.value("$ref"_L1);
        if (refValue.isString() && !(file.isEmpty() && refValue.toString().startsWith(u'#'))) {
            auto target = follow(refValue.toString(), file, fileRoot, depth);
            if (!target)
                return target;
            if (!target->isObject() || object.size() == 1)
                return target;
            // OpenAPI 3.1 lets a $ref have siblings (a description, a summary): they win.
            QJsonObject merged = target->toObject();
            for (auto it = object.begin(); it != object.end(); ++it) {
                if (it.key() != "$ref"_L1)
                    merged.insert(it.key(), it.value());
            }
            return merged;
        }
        for (auto it = object.begin(); it != object.end(); ++it) {
            auto child = walk(it.value(), file, fileRoot, depth + 1);
            if (!child)
                return child;
            it.value() = *child;
        }
        return object;
    }

    Expected<QJsonValue> follow(const QString &ref, const QString &file, const QJsonValue &fileRoot, int depth)
    {
        const QString where = file.isEmpty() ? tr("the document") : QDir::toNativeSeparators(file);
        const qsizetype hash = ref.indexOf(u'#');
        const QString target = QUrl::fromPercentEncoding((hash < 0 ? ref : ref.first(hash)).toUtf8());
        const QString pointer = hash < 0 ? QString() : QUrl::fromPercentEncoding(ref.sliced(hash + 1).toUtf8());
        const QUrl url(target);
        if (url.scheme().size() > 1) { // not a Windows drive letter
            m_issues.append({where, u"$ref"_s, tr("“%1” is on the network; Gatehouse does not fetch it. It was left out.").arg(ref)});
            return QJsonValue(QJsonObject());
        }
        QString path;
        QJsonValue document;
        if (target.isEmpty()) { // "#/…" inside another file
            path = file;
            document = fileRoot;
        } else {
            if (m_base.isEmpty() && file.isEmpty()) {
                m_issues.append({where, u"$ref"_s, tr("“%1” is in another file, but the document was not read from a file; it was left out.").arg(ref)});
                return QJsonValue(QJsonObject());
            }
            const QDir dir(file.isEmpty() ? m_base : QFileInfo(file).absolutePath());
            path = QDir::cleanPath(dir.absoluteFilePath(target));
            auto loaded = load(path, ref, where);
            if (!loaded)
                return std::unexpected(loaded.error());
            document = *loaded;
        }
        const QString key = path + u'#' + pointer;
        if (m_stack.contains(key)) {
            m_issues.append({where, u"$ref"_s, tr("“%1” refers back to itself (%2); the inner copy was left empty.").arg(ref, (m_stack + QStringList{key}).join(u" → "_s))});
            return QJsonValue(QJsonObject());
        }
        auto value = at(document, pointer);
        if (!value) {
            return std::unexpected(Error{Error::Code::MalformedFile, tr("“$ref: %1” in %2: %3 has nothing at the JSON pointer “%4”.")
                                                                         .arg(ref, where, QDir::toNativeSeparators(path), pointer)});
        }
        m_stack.append(key);
        auto resolved = walk(*value, path, document, depth + 1);
        m_stack.removeLast();
        return resolved;
    }

    Expected<QJsonValue> load(const QString &path, const QString &ref, const QString &where)
    {
        if (const auto it = m_documents.constFind(path); it != m_documents.cend())
            return *it;
        // Only JSON and YAML documents: a $ref cannot pull an arbitrary file (a key) into the import.
        const QString suffix = QFileInfo(path).suffix().toLower();
        if (suffix != "json"_L1 && suffix != "yaml"_L1 && suffix != "yml"_L1) {
            return std::unexpected(Error{Error::Code::UnsupportedFormat, tr("“$ref: %1” in %2: %3 is not a JSON or YAML file.")
                                                                             .arg(ref, where, QDir::toNativeSeparators(path))});
        }
        QFile in(path);
        if (!in.open(QIODevice::ReadOnly)) {
            return std::unexpected(Error{in.exists() ? Error::Code::FileUnreadable : Error::Code::FileNotFound,
                                         tr("“$ref: %1” in %2: cannot read %3: %4").arg(ref, where, QDir::toNativeSeparators(path), in.errorString())});
        }
        const QByteArray data = in.readAll();
        QJsonParseError error;
        QJsonDocument json = QJsonDocument::fromJson(data, &error);
        QJsonValue value;
        if (error.error == QJsonParseError::NoError) {
            value = json.isArray() ? QJsonValue(json.array()) : QJsonValue(json.object());
        } else {
            auto yaml = parseYaml(data);
            if (!yaml) {
                return std::unexpected(Error{Error::Code::MalformedFile, tr("“$ref: %1” in %2: %3: %4").arg(ref, where, QDir::toNativeSeparators(path), yaml.error().message)});
            }
            value = *yaml;
        }
        if (!value.isObject() && !value.isArray()) {
            return std::unexpected(Error{Error::Code::MalformedFile, tr("“$ref: %1” in %2: %3 holds no JSON or YAML object.")
                                                                         .arg(ref, where, QDir::toNativeSeparators(path))});
        }
        m_documents.insert(path, value);
        return value;
    }

    // RFC 6901: "" is the whole document, "/a/0/b~1c" walks into it.
    static std::optional<QJsonValue> at(const QJsonValue &document, const QString &pointer)
    {
        if (pointer.isEmpty())
            return document;
        if (!pointer.startsWith(u'/'))
            return std::nullopt;
        QJsonValue value = document;
        const QStringList tokens = pointer.sliced(1).split(u'/');
        for (QString token : tokens) {
            token.replace(u"~1"_s, u"/"_s).replace(u"~0"_s, u"~"_s);
            if (value.isObject() && value.toObject().contains(token)) {
                value = value.toObject().value(token);
            } else if (value.isArray()) {
                bool ok = false;
                const int index = token.toInt(&ok);
                if (!ok || index < 0 || index >= value.toArray().size())
                    return std::nullopt;
                value = value.toArray().at(index);
            } else {
                return std::nullopt;
            }
        }
        return value;
    }

    QString m_base;
    ImportIssues &m_issues;
    QHash<QString, QJsonValue> m_documents;
    QStringList m_stack;
};

} // namespace

Expected<OpenApiImport> importOpenApi(QByteArrayView data, const QString &baseDirectory)
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
    {
        ExternalRefs external(baseDirectory, importer.result.issues);
        auto resolved = external.resolve(rootObject);
        if (!resolved)
            return std::unexpected(resolved.error());
        importer.root = resolved->toObject();
    }
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
