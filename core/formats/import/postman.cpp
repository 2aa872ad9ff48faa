// SPDX-License-Identifier: GPL-3.0-or-later
#include "formats/import/postman.h"

#include "model/workspace.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>
#include <QStringConverter>
#include <QStringDecoder>

#include <algorithm>
#include <functional>
#include <optional>

using namespace Qt::StringLiterals;

namespace gatehouse {

namespace {

// JSON in UTF-8 (with or without a BOM) or, as some Windows tools write it, UTF-16 with a BOM.
Expected<QJsonObject> parseObject(QByteArrayView data)
{
    QByteArray utf8;
    const std::optional<QStringConverter::Encoding> encoding = QStringConverter::encodingForData(data);
    if (encoding && *encoding != QStringConverter::Utf8) {
        QStringDecoder decoder(*encoding);
        const QString text = decoder(data);
        utf8 = text.toUtf8();
    } else {
        utf8 = data.toByteArray();
        if (utf8.startsWith("\xEF\xBB\xBF"))
            utf8.remove(0, 3);
    }
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(utf8, &error);
    if (error.error != QJsonParseError::NoError) {
        const int line = int(QByteArrayView(utf8).first(qBound(qsizetype(0), qsizetype(error.offset), utf8.size())).count('\n')) + 1;
        return std::unexpected(Error{Error::Code::MalformedFile,
                                     QCoreApplication::translate("gatehouse::PostmanImport", "Not valid JSON (line %1: %2).")
                                         .arg(line)
                                         .arg(error.errorString())});
    }
    if (!document.isObject()) {
        return std::unexpected(Error{Error::Code::UnsupportedFormat,
                                     QCoreApplication::translate("gatehouse::PostmanImport", "Not a Postman file: the JSON is not an object.")});
    }
    return document.object();
}

// Postman stores values as strings, numbers, booleans or null alike.
QString text(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::String: return value.toString();
    case QJsonValue::Bool: return value.toBool() ? u"true"_s : u"false"_s;
    case QJsonValue::Double: {
        const double d = value.toDouble();
        if (d == double(qint64(d)))
            return QString::number(qint64(d));
        return QString::number(d, 'g', 17);
    }
    case QJsonValue::Array:
    case QJsonValue::Object: {
        const QJsonDocument document = value.isArray() ? QJsonDocument(value.toArray()) : QJsonDocument(value.toObject());
        return QString::fromUtf8(document.toJson(QJsonDocument::Compact));
    }
    case QJsonValue::Null:
    case QJsonValue::Undefined: return QString();
    }
    return QString();
}

// "description": "text" or {"content": "text", "type": "text/markdown"}.
QString description(const QJsonValue &value)
{
    return value.isObject() ? text(value.toObject().value("content"_L1)) : text(value);
}

QString scriptText(const QJsonValue &exec)
{
    if (!exec.isArray())
        return text(exec);
    QStringList lines;
    const QJsonArray array = exec.toArray();
    for (const QJsonValue &line : array)
        lines.append(text(line));
    return lines.join(u'\n');
}

class Importer
{
public:
    ImportIssues issues;

    void issue(const QString &item, const QString &field, const QString &message) { issues.append({item, field, message}); }

    VariableList variables(const QJsonValue &json, const QString &item)
    {
        VariableList list;
        const QJsonArray array = json.toArray();
        for (const QJsonValue &value : array) {
            const QJsonObject o = value.toObject();
            Variable v;
            v.name = o.contains("key"_L1) ? text(o.value("key"_L1)) : text(o.value("id"_L1));
            v.value = text(o.value("value"_L1));
            v.enabled = o.contains("enabled"_L1) ? o.value("enabled"_L1).toBool(true) : !o.value("disabled"_L1).toBool(false);
            v.secret = o.value("type"_L1).toString() == "secret"_L1;
            if (v.name.isEmpty()) {
                issue(item, u"variable"_s, QCoreApplication::translate("gatehouse::PostmanImport", "A variable without a name was skipped."));
                continue;
            }
            list.append(v);
        }
        return list;
    }

    Scripts scripts(const QJsonValue &events, const QString &item)
    {
        Scripts result;
        const QJsonArray array = events.toArray();
        for (const QJsonValue &value : array) {
            const QJsonObject event = value.toObject();
            const QString listen = event.value("listen"_L1).toString();
            const QJsonObject script = event.value("script"_L1).toObject();
            if (event.value("disabled"_L1).toBool(false)) {
                issue(item, u"event"_s, QCoreApplication::translate("gatehouse::PostmanImport", "A disabled “%1” script was not imported.").arg(listen));
                continue;
            }
            if (script.contains("src"_L1) && !script.contains("exec"_L1)) {
                issue(item, u"event.script.src"_s, QCoreApplication::translate("gatehouse::PostmanImport", "A script loaded from a URL was not imported."));
                continue;
            }
            QString *target = listen == "prerequest"_L1 ? &result.preRequest : listen == "test"_L1 ? &result.test : nullptr;
            if (!target) {
                issue(item, u"event"_s, QCoreApplication::translate("gatehouse::PostmanImport", "Scripts for the “%1” event are not supported.").arg(listen));
                continue;
            }
            const QString code = scriptText(script.value("exec"_L1));
            if (!target->isEmpty() && !code.isEmpty())
                *target += u'\n';
            *target += code;
        }
        return result;
    }

    Auth auth(const QJsonValue &json, Auth::Kind missing, const QString &item)
    {
        Auth result;
        result.kind = missing;
        if (!json.isObject())
            return result;
        const QJsonObject o = json.toObject();
        const QString type = o.value("type"_L1).toString();
        // v2.1: "basic": [{"key": "username", "value": "..."}]; v2.0: "basic": {"username": "..."}.
        QHash<QString, QString> p;
        const QJsonValue params = o.value(type);
        if (params.isArray()) {
            const QJsonArray array = params.toArray();
            for (const QJsonValue &entry : array)
                p.insert(entry.toObject().value("key"_L1).toString(), text(entry.toObject().value("value"_L1)));
        } else {
            const QJsonObject object = params.toObject();
            for (auto it = object.begin(); it != object.end(); ++it)
                p.insert(it.key(), text(it.value()));
        }
        if (type == "noauth"_L1) {
            result.kind = Auth::Kind::None;
        } else if (type == "basic"_L1) {
            result.kind = Auth::Kind::Basic;
            result.username = p.value(u"username"_s);
            result.password = p.value(u"password"_s);
        } else if (type == "digest"_L1) {
            result.kind = Auth::Kind::Digest;
            result.username = p.value(u"username"_s);
            result.password = p.value(u"password"_s);
            result.digest = {p.value(u"realm"_s), p.value(u"nonce"_s),      p.value(u"algorithm"_s), p.value(u"qop"_s),
                             p.value(u"nonceCount"_s), p.value(u"clientNonce"_s), p.value(u"opaque"_s)};
        } else if (type == "oauth1"_L1) {
            result.kind = Auth::Kind::OAuth1;
            Auth::OAuth1 &oauth1 = result.oauth1;
            oauth1.signatureMethod = p.value(u"signatureMethod"_s);
            oauth1.consumerKey = p.value(u"consumerKey"_s);
            oauth1.consumerSecret = p.value(u"consumerSecret"_s);
            oauth1.token = p.value(u"token"_s);
            oauth1.tokenSecret = p.value(u"tokenSecret"_s);
            oauth1.timestamp = p.value(u"timestamp"_s, p.value(u"timeStamp"_s)); // v2.0 collections spell it timeStamp
            oauth1.nonce = p.value(u"nonce"_s);
            oauth1.version = p.value(u"version"_s, u"1.0"_s);
            oauth1.realm = p.value(u"realm"_s);
            oauth1.callback = p.value(u"callback"_s);
            oauth1.verifier = p.value(u"verifier"_s);
            oauth1.inHeader = p.value(u"addParamsToHeader"_s, u"true"_s) != "false"_L1;
            oauth1.addEmptyParamsToSign = p.value(u"addEmptyParamsToSign"_s) == "true"_L1;
            oauth1.includeBodyHash = p.value(u"includeBodyHash"_s) == "true"_L1;
            if (oauth1.signatureMethod.startsWith("RSA"_L1, Qt::CaseInsensitive))
                issue(item, u"auth.oauth1.signatureMethod"_s,
                      QCoreApplication::translate("gatehouse::PostmanImport", "The OAuth 1.0 signature method “%1” is not supported; sending the request will fail until another is chosen.")
                          .arg(oauth1.signatureMethod));
        } else if (type == "bearer"_L1) {
            result.kind = Auth::Kind::Bearer;
            result.token = p.value(u"token"_s);
        } else if (type == "apikey"_L1) {
            result.kind = Auth::Kind::ApiKey;
            result.keyName = p.value(u"key"_s);
            result.keyValue = p.value(u"value"_s);
            result.location = p.value(u"in"_s) == "query"_L1 ? Auth::Location::Query : Auth::Location::Header;
        } else if (type == "oauth2"_L1) {
            result.kind = Auth::Kind::OAuth2;
            result.token = p.value(u"accessToken"_s);
            result.headerPrefix = p.value(u"headerPrefix"_s);
            result.grantType = p.value(u"grant_type"_s);
            result.authUrl = p.value(u"authUrl"_s);
            result.accessTokenUrl = p.value(u"accessTokenUrl"_s);
            result.clientId = p.value(u"clientId"_s);
            result.clientSecret = p.value(u"clientSecret"_s);
            result.scope = p.value(u"scope"_s);
            if (p.value(u"client_authentication"_s) == "body"_L1)
                result.clientAuthentication = u"body"_s;
            if (p.value(u"addTokenTo"_s) == "queryParams"_L1)
                issue(item, u"auth.oauth2.addTokenTo"_s, QCoreApplication::translate("gatehouse::PostmanImport", "The OAuth 2.0 token goes into the Authorization header, not the query."));
        } else {
            result.kind = Auth::Kind::None;
            issue(item, u"auth"_s, QCoreApplication::translate("gatehouse::PostmanImport", "“%1” auth is not supported; the item has no auth.").arg(type));
        }
        return result;
    }

    KeyValueList keyValues(const QJsonValue &json)
    {
        KeyValueList rows;
        if (json.isString()) { // "Header: value\nOther: value"
            const QStringList lines = json.toString().split(u'\n', Qt::SkipEmptyParts);
            for (const QString &line : lines) {
                const qsizetype colon = line.indexOf(u':');
                if (colon > 0)
                    rows.append({line.left(colon).trimmed(), line.mid(colon + 1).trimmed(), true, QString()});
            }
            return rows;
        }
        const QJsonArray array = json.toArray();
        for (const QJsonValue &value : array) {
            const QJsonObject o = value.toObject();
            if (o.value("key"_L1).isNull() && o.value("value"_L1).isNull())
                continue;
            rows.append({text(o.value("key"_L1)), text(o.value("value"_L1)), !o.value("disabled"_L1).toBool(false),
                         description(o.value("description"_L1))});
        }
        return rows;
    }

    static KeyValueList queryFromString(const QString &query)
    {
        KeyValueList rows;
        const QStringList pairs = query.split(u'&', Qt::SkipEmptyParts);
        for (const QString &pair : pairs) {
            const qsizetype eq = pair.indexOf(u'=');
            rows.append({eq < 0 ? pair : pair.left(eq), eq < 0 ? QString() : pair.mid(eq + 1), true, QString()});
        }
        return rows;
    }

    // Where c stands outside {{variables}} ({{a#b}} is a name, not a fragment).
    static qsizetype indexOutsideVariables(const QString &text, QChar c)
    {
        int depth = 0;
        for (qsizetype i = 0; i < text.size(); ++i) {
            if (text.at(i) == u'{' && i + 1 < text.size() && text.at(i + 1) == u'{') {
                ++depth;
                ++i;
            } else if (depth > 0 && text.at(i) == u'}' && i + 1 < text.size() && text.at(i + 1) == u'}') {
                --depth;
                ++i;
            } else if (depth == 0 && text.at(i) == c) {
                return i;
            }
        }
        return -1;
    }

    // '&' and '#' (and '=' in a name) escaped outside {{variables}}, so that the text stands as
    // one name or value in a query as written.
    static QString escapeOutsideVariables(const QString &text, bool name)
    {
        QString out;
        int depth = 0;
        for (qsizetype i = 0; i < text.size(); ++i) {
            const QChar c = text.at(i);
            if (c == u'{' && i + 1 < text.size() && text.at(i + 1) == u'{')
                ++depth;
            else if (depth > 0 && c == u'}' && i + 1 < text.size() && text.at(i + 1) == u'}')
                --depth;
            if (depth == 0 && (c == u'&' || c == u'#' || (name && c == u'=')))
                out += c == u'&' ? "%26"_L1 : c == u'#' ? "%23"_L1 : "%3D"_L1;
            else
                out += c;
        }
        return out;
    }

    // Postman sends a parameter without a value as "key" (no '='), one without a key as "=value"
    // and an empty one as nothing between two '&': rows (name, value) cannot say that, so such a
    // query is written into the URL as Postman sends it. Nothing when every enabled row has both.
    static std::optional<QString> queryAsWritten(const QJsonArray &query)
    {
        bool needed = false;
        QStringList parts;
        for (const QJsonValue &value : query) {
            const QJsonObject o = value.toObject();
            if (o.value("disabled"_L1).toBool(false))
                continue;
            const QJsonValue key = o.value("key"_L1);
            const QJsonValue val = o.value("value"_L1);
            needed = needed || !key.isString() || key.toString().isEmpty() || !val.isString();
            QString part = key.isString() ? escapeOutsideVariables(key.toString(), true) : QString();
            if (val.isString())
                part += u'=' + escapeOutsideVariables(val.toString(), false);
            parts.append(part);
        }
        if (!needed)
            return std::nullopt;
        return parts.join(u'&');
    }

    void url(const QJsonValue &json, Request &request, const QString &item)
    {
        QString raw;
        KeyValueList params;
        bool haveParams = false;
        std::optional<QString> writtenQuery; // a query the rows cannot hold, kept in the URL
        if (json.isObject()) {
            const QJsonObject o = json.toObject();
            raw = text(o.value("raw"_L1));
            if (raw.trimmed().isEmpty()) { // newman sends the parts; a blank raw is no URL
                const QJsonValue host = o.value("host"_L1);
                const QJsonValue path = o.value("path"_L1);
                QStringList hostParts, pathParts;
                for (const QJsonValue &part : host.toArray())
                    hostParts.append(text(part));
                for (const QJsonValue &part : path.toArray())
                    pathParts.append(text(part));
                raw = host.isArray() ? hostParts.join(u'.') : text(host);
                if (!o.value("protocol"_L1).toString().isEmpty())
                    raw.prepend(o.value("protocol"_L1).toString() + "://"_L1);
                if (!text(o.value("port"_L1)).isEmpty())
                    raw += u':' + text(o.value("port"_L1));
                if (path.isArray() && !pathParts.isEmpty())
                    raw += u'/' + pathParts.join(u'/');
                else if (path.isString())
                    raw += (path.toString().startsWith(u'/') ? QString() : u"/"_s) + path.toString();
            }
            if (o.value("query"_L1).isArray()) {
                params = keyValues(o.value("query"_L1));
                haveParams = true;
                writtenQuery = queryAsWritten(o.value("query"_L1).toArray());
                if (writtenQuery)
                    params.removeIf([](const KeyValue &p) { return p.enabled; }); // the URL has them
            }
            const QJsonArray pathVariables = o.value("variable"_L1).toArray();
            for (const QJsonValue &value : pathVariables) {
                const QJsonObject variable = value.toObject();
                const QString name = text(variable.value("key"_L1)).isEmpty() ? text(variable.value("id"_L1)) : text(variable.value("key"_L1));
                if (name.isEmpty())
                    continue;
                const QString placeholder = u':' + name;
                const qsizetype at = raw.indexOf(placeholder);
                const qsizetype end = at + placeholder.size();
                if (at >= 0 && (end == raw.size() || raw.at(end) == u'/' || raw.at(end) == u'?' || raw.at(end) == u'#')) {
                    raw.replace(at, placeholder.size(), text(variable.value("value"_L1)));
                    issue(item, u"url.variable"_s, QCoreApplication::translate("gatehouse::PostmanImport", "The path variable “:%1” was replaced by its value.").arg(name));
                }
            }
        } else {
            raw = text(json);
        }
        const qsizetype hash = indexOutsideVariables(raw, u'#');
        if (hash >= 0) {
            issue(item, u"url.hash"_s, QCoreApplication::translate("gatehouse::PostmanImport", "The URL fragment “%1” is not sent and was dropped.").arg(raw.mid(hash)));
            raw.truncate(hash);
        }
        const qsizetype question = indexOutsideVariables(raw, u'?');
        if (question >= 0) {
            if (!haveParams) {
                const QString query = raw.mid(question + 1);
                const QStringList pairs = query.split(u'&');
                if (std::any_of(pairs.cbegin(), pairs.cend(), [](const QString &p) { return p.isEmpty() || !p.contains(u'=') || p.startsWith(u'='); }))
                    writtenQuery = query; // "?", "?a&&b", "?flag", "?=x": only the URL holds them as written
                else
                    params = queryFromString(query);
            }
            raw.truncate(question);
        }
        if (writtenQuery)
            raw += u'?' + *writtenQuery;
        request.url = raw;
        request.params = params;
    }

    Body body(const QJsonValue &json, const KeyValueList &headers, const QString &item)
    {
        Body result;
        const QJsonObject o = json.toObject();
        if (o.isEmpty() || o.value("disabled"_L1).toBool(false))
            return result;
        QString mode = o.value("mode"_L1).toString();
        if (mode.isEmpty() && o.contains("raw"_L1))
            mode = u"raw"_s;
        if (mode == "raw"_L1) {
            result.kind = Body::Kind::Raw;
            result.raw = text(o.value("raw"_L1));
            result.language = o.value("options"_L1).toObject().value("raw"_L1).toObject().value("language"_L1).toString();
            if (result.language.isEmpty()) {
                QString contentType;
                for (const KeyValue &header : headers) {
                    if (header.enabled && header.name.compare("content-type"_L1, Qt::CaseInsensitive) == 0)
                        contentType = header.value.toLower();
                }
                result.language = contentType.contains("json"_L1) ? u"json"_s
                    : contentType.contains("xml"_L1)              ? u"xml"_s
                    : contentType.contains("html"_L1)             ? u"html"_s
                    : contentType.contains("javascript"_L1)       ? u"javascript"_s
                                                                  : u"text"_s;
            }
        } else if (mode == "urlencoded"_L1) {
            result.kind = Body::Kind::FormUrlEncoded;
            result.form = keyValues(o.value("urlencoded"_L1));
        } else if (mode == "formdata"_L1) {
            result.kind = Body::Kind::Multipart;
            const QJsonArray fields = o.value("formdata"_L1).toArray();
            for (qsizetype i = 0; i < fields.size(); ++i) {
                const QJsonObject f = fields.at(i).toObject();
                FormDataPart part;
                part.name = text(f.value("key"_L1));
                part.enabled = !f.value("disabled"_L1).toBool(false);
                part.contentType = text(f.value("contentType"_L1));
                if (f.value("type"_L1).toString() == "file"_L1) {
                    part.kind = FormDataPart::Kind::File;
                    const QJsonValue src = f.value("src"_L1);
                    const QString field = u"body.formdata[%1].src"_s.arg(i);
                    if (src.isArray()) {
                        const QJsonArray files = src.toArray();
                        part.value = files.isEmpty() ? QString() : text(files.first());
                        if (files.size() > 1)
                            issue(item, field, QCoreApplication::translate("gatehouse::PostmanImport", "Only the first of %1 files of part “%2” was imported.").arg(files.size()).arg(part.name));
                    } else {
                        part.value = text(src);
                    }
                    if (part.value.isEmpty())
                        issue(item, field, QCoreApplication::translate("gatehouse::PostmanImport", "The file part “%1” has no file chosen.").arg(part.name));
                } else {
                    part.value = text(f.value("value"_L1));
                }
                result.parts.append(part);
            }
        } else if (mode == "file"_L1) {
            const QJsonObject file = o.value("file"_L1).toObject();
            if (file.contains("src"_L1) || !file.contains("content"_L1)) {
                result.kind = Body::Kind::Binary;
                result.filePath = text(file.value("src"_L1));
                if (result.filePath.isEmpty())
                    issue(item, u"body.file.src"_s, QCoreApplication::translate("gatehouse::PostmanImport", "The binary body has no file chosen."));
            } else {
                result.kind = Body::Kind::Raw;
                result.language = u"text"_s;
                result.raw = text(file.value("content"_L1));
            }
        } else if (mode == "graphql"_L1) {
            const QJsonObject graphql = o.value("graphql"_L1).toObject();
            result.kind = Body::Kind::GraphQL;
            result.graphqlQuery = text(graphql.value("query"_L1));
            result.graphqlVariables = text(graphql.value("variables"_L1));
        } else if (!mode.isEmpty()) {
            issue(item, u"body.mode"_s, QCoreApplication::translate("gatehouse::PostmanImport", "The body mode “%1” is not supported; the request has no body.").arg(mode));
        }
        return result;
    }

    Request request(const QJsonObject &json, const QString &path)
    {
        Request result;
        result.id = newItemId();
        result.name = text(json.value("name"_L1));
        if (result.name.isEmpty())
            result.name = QCoreApplication::translate("gatehouse::PostmanImport", "Untitled request");
        const QString item = path + u'/' + result.name;
        const QJsonValue requestValue = json.value("request"_L1);
        const QJsonObject r = requestValue.toObject();
        if (requestValue.isString()) {
            url(requestValue, result, item);
        } else {
            url(r.value("url"_L1), result, item);
            result.method = text(r.value("method"_L1)).toUpper();
            if (result.method.isEmpty())
                result.method = u"GET"_s;
            result.headers = keyValues(r.contains("header"_L1) ? r.value("header"_L1) : r.value("headers"_L1));
            result.body = body(r.value("body"_L1), result.headers, item);
            result.auth = auth(r.value("auth"_L1), Auth::Kind::Inherit, item);
            result.description = description(r.value("description"_L1));
            if (r.contains("proxy"_L1))
                issue(item, u"request.proxy"_s, QCoreApplication::translate("gatehouse::PostmanImport", "Per-request proxy settings are not supported."));
            if (r.contains("certificate"_L1))
                issue(item, u"request.certificate"_s, QCoreApplication::translate("gatehouse::PostmanImport", "Per-request client certificates are not supported."));
        }
        if (result.description.isEmpty())
            result.description = description(json.value("description"_L1));
        result.scripts = scripts(json.value("event"_L1), item);

        // followRedirects and strictSSL are the request's own in Gatehouse: a folder's or the
        // collection's value is written into each request below it that does not set them.
        result.settings.followRedirects = m_inherited.followRedirects.value_or(true);
        result.settings.verifyTls = m_inherited.strictSSL.value_or(true);
        const Behavior own = behavior(json.value("protocolProfileBehavior"_L1), static_cast<ProtocolBehavior &>(result.settings), item);
        if (own.followRedirects)
            result.settings.followRedirects = *own.followRedirects;
        if (own.strictSSL)
            result.settings.verifyTls = *own.strictSSL;
        const qsizetype examples = json.value("response"_L1).toArray().size();
        if (examples > 0)
            issue(item, u"response"_s, QCoreApplication::translate("gatehouse::PostmanImport", "%n saved example response(s) were not imported.", nullptr, int(examples)));
        return result;
    }

    void items(const QJsonValue &json, Folder &folder, const QString &path)
    {
        const QJsonArray array = json.toArray();
        for (const QJsonValue &value : array) {
            const QJsonObject o = value.toObject();
            if (o.contains("item"_L1)) {
                folder.folders.append(this->folder(o, path));
            } else {
                folder.requests.append(request(o, path));
            }
        }
    }

    Folder folder(const QJsonObject &json, const QString &path)
    {
        Folder result;
        result.id = newItemId();
        result.name = text(json.value("name"_L1));
        if (result.name.isEmpty())
            result.name = QCoreApplication::translate("gatehouse::PostmanImport", "Untitled folder");
        const QString item = path + u'/' + result.name;
        result.description = description(json.value("description"_L1));
        result.auth = auth(json.value("auth"_L1), Auth::Kind::Inherit, item);
        result.variables = variables(json.value("variable"_L1), item);
        result.scripts = scripts(json.value("event"_L1), item);
        const Behavior outer = m_inherited;
        m_inherited = behavior(json.value("protocolProfileBehavior"_L1), result.behavior, item).over(outer);
        items(json.value("item"_L1), result, item);
        m_inherited = outer;
        return result;
    }

    // The two keys a request keeps itself, as a folder or the collection set them.
    struct Behavior {
        std::optional<bool> followRedirects;
        std::optional<bool> strictSSL;
        Behavior over(const Behavior &outer) const
        {
            return {followRedirects ? followRedirects : outer.followRedirects, strictSSL ? strictSSL : outer.strictSSL};
        }
    };
    Behavior m_inherited;

    // protocolProfileBehavior into target; returns followRedirects and strictSSL.
    Behavior behavior(const QJsonValue &json, ProtocolBehavior &target, const QString &item)
    {
        Behavior result;
        const QJsonObject object = json.toObject();
        for (auto it = object.begin(); it != object.end(); ++it) {
            const QString key = it.key();
            const QJsonValue v = it.value();
            const auto flag = [&](std::optional<bool> &field) {
                if (v.isBool())
                    field = v.toBool();
                else
                    issue(item, u"protocolProfileBehavior."_s + key, QCoreApplication::translate("gatehouse::PostmanImport", "The value is not true or false; it was dropped."));
            };
            if (key == "followRedirects"_L1) {
                flag(result.followRedirects);
            } else if (key == "strictSSL"_L1) {
                flag(result.strictSSL);
            } else if (key == "followOriginalHttpMethod"_L1) {
                flag(target.followOriginalHttpMethod);
            } else if (key == "followAuthorizationHeader"_L1) {
                flag(target.followAuthorizationHeader);
            } else if (key == "removeRefererHeaderOnRedirect"_L1) {
                flag(target.removeRefererHeaderOnRedirect);
            } else if (key == "disableBodyPruning"_L1) {
                flag(target.disableBodyPruning);
            } else if (key == "disableUrlEncoding"_L1) {
                flag(target.disableUrlEncoding);
            } else if (key == "disableCookies"_L1) {
                flag(target.disableCookies);
            } else if (key == "maxRedirects"_L1) {
                if (v.isDouble() && v.toDouble() >= 0 && v.toDouble() <= 1000)
                    target.maxRedirects = v.toInt();
                else
                    issue(item, u"protocolProfileBehavior."_s + key, QCoreApplication::translate("gatehouse::PostmanImport", "The value is not a number from 0 to 1000; it was dropped."));
            } else {
                issue(item, u"protocolProfileBehavior."_s + key, QCoreApplication::translate("gatehouse::PostmanImport", "This setting is not supported and was dropped."));
            }
        }
        return result;
    }

    // Postman Collection v1: flat lists of folders and requests, tied together by id.
    void importV1(const QJsonObject &root, Collection &collection)
    {
        QHash<QString, QJsonObject> requests;
        QStringList requestOrder;
        const QJsonArray requestArray = root.value("requests"_L1).toArray();
        for (const QJsonValue &value : requestArray) {
            const QJsonObject r = value.toObject();
            const QString id = text(r.value("id"_L1));
            requests.insert(id, r);
            requestOrder.append(id);
        }
        QHash<QString, QJsonObject> folders;
        QStringList folderOrder;
        const QJsonArray folderArray = root.value("folders"_L1).toArray();
        for (const QJsonValue &value : folderArray) {
            const QJsonObject f = value.toObject();
            const QString id = text(f.value("id"_L1));
            folders.insert(id, f);
            folderOrder.append(id);
        }
        QSet<QString> placedRequests;
        QSet<QString> placedFolders;
        std::function<void(const QJsonObject &, Folder &, const QString &)> fill = [&](const QJsonObject &json, Folder &target,
                                                                                        const QString &path) {
            const QJsonArray childFolders = json.value("folders_order"_L1).toArray();
            for (const QJsonValue &id : childFolders) {
                const QString folderId = text(id);
                if (!folders.contains(folderId) || placedFolders.contains(folderId))
                    continue;
                placedFolders.insert(folderId);
                const QJsonObject f = folders.value(folderId);
                Folder child;
                child.id = newItemId();
                child.name = text(f.value("name"_L1));
                child.description = description(f.value("description"_L1));
                child.auth = auth(f.value("auth"_L1), Auth::Kind::Inherit, path + u'/' + child.name);
                fill(f, child, path + u'/' + child.name);
                target.folders.append(child);
            }
            const QJsonArray order = json.value("order"_L1).toArray();
            for (const QJsonValue &id : order) {
                const QString requestId = text(id);
                if (!requests.contains(requestId) || placedRequests.contains(requestId))
                    continue;
                placedRequests.insert(requestId);
                target.requests.append(requestV1(requests.value(requestId), path));
            }
        };
        // Without "folders_order" (older files) every folder sits at the top.
        QJsonObject top = root;
        if (!root.contains("folders_order"_L1)) {
            QSet<QString> nested;
            for (const QJsonObject &f : std::as_const(folders)) {
                for (const QJsonValue &id : f.value("folders_order"_L1).toArray())
                    nested.insert(text(id));
            }
            QJsonArray all;
            for (const QString &id : std::as_const(folderOrder)) {
                if (!nested.contains(id))
                    all.append(id);
            }
            top.insert(u"folders_order"_s, all);
        }
        fill(top, collection, collection.name);
        // Requests that no order lists go to the top, so that nothing is lost.
        for (const QString &id : std::as_const(requestOrder)) {
            if (!placedRequests.contains(id)) {
                placedRequests.insert(id);
                collection.requests.append(requestV1(requests.value(id), collection.name));
            }
        }
    }

    Request requestV1(const QJsonObject &r, const QString &path)
    {
        Request result;
        result.id = newItemId();
        result.name = text(r.value("name"_L1));
        if (result.name.isEmpty())
            result.name = QCoreApplication::translate("gatehouse::PostmanImport", "Untitled request");
        const QString item = path + u'/' + result.name;
        QJsonObject url{{u"raw"_s, r.value("url"_L1)}};
        const QJsonObject pathVariables = r.value("pathVariables"_L1).toObject();
        QJsonArray variables;
        for (auto it = pathVariables.begin(); it != pathVariables.end(); ++it)
            variables.append(QJsonObject{{u"key"_s, it.key()}, {u"value"_s, it.value()}});
        url.insert(u"variable"_s, variables);
        this->url(url, result, item);
        result.method = text(r.value("method"_L1)).toUpper();
        if (result.method.isEmpty())
            result.method = u"GET"_s;
        if (r.value("headerData"_L1).isArray()) {
            const QJsonArray headers = r.value("headerData"_L1).toArray();
            for (const QJsonValue &value : headers) {
                const QJsonObject h = value.toObject();
                result.headers.append({text(h.value("key"_L1)), text(h.value("value"_L1)), h.value("enabled"_L1).toBool(true),
                                       description(h.value("description"_L1))});
            }
        } else {
            result.headers = keyValues(r.value("headers"_L1));
        }
        // The v1 body, translated to v2's shape for body().
        const QString mode = r.value("dataMode"_L1).toString();
        QJsonObject body;
        QJsonArray fields;
        const QJsonArray data = r.value("data"_L1).toArray();
        for (const QJsonValue &value : data) {
            QJsonObject field = value.toObject();
            field.insert(u"disabled"_s, !field.value("enabled"_L1).toBool(true));
            if (field.value("type"_L1).toString() == "file"_L1)
                field.insert(u"src"_s, field.value("value"_L1));
            fields.append(field);
        }
        if (mode == "raw"_L1) {
            body = {{u"mode"_s, u"raw"_s}, {u"raw"_s, r.value("rawModeData"_L1)}};
        } else if (mode == "params"_L1 && !fields.isEmpty()) {
            body = {{u"mode"_s, u"formdata"_s}, {u"formdata"_s, fields}};
        } else if (mode == "urlencoded"_L1 && !fields.isEmpty()) {
            body = {{u"mode"_s, u"urlencoded"_s}, {u"urlencoded"_s, fields}};
        } else if (mode == "binary"_L1) {
            body = {{u"mode"_s, u"file"_s}, {u"file"_s, QJsonObject{{u"src"_s, QString()}}}};
        } else if (mode == "graphql"_L1) {
            body = {{u"mode"_s, u"graphql"_s}, {u"graphql"_s, r.value("graphqlModeData"_L1)}};
        }
        result.body = this->body(body, result.headers, item);
        result.description = description(r.value("description"_L1));
        result.scripts.preRequest = text(r.value("preRequestScript"_L1));
        result.scripts.test = text(r.value("tests"_L1));

        const QString helper = r.value("currentHelper"_L1).toString();
        const QJsonObject attributes = r.value("helperAttributes"_L1).toObject();
        if (r.value("auth"_L1).isObject()) {
            result.auth = auth(r.value("auth"_L1), Auth::Kind::Inherit, item);
        } else if (helper == "basicAuth"_L1) {
            result.auth.kind = Auth::Kind::Basic;
            result.auth.username = text(attributes.value("username"_L1));
            result.auth.password = text(attributes.value("password"_L1));
        } else if (helper == "bearerAuth"_L1) {
            result.auth.kind = Auth::Kind::Bearer;
            result.auth.token = text(attributes.value("token"_L1));
        } else if (helper == "oAuth2"_L1) {
            result.auth.kind = Auth::Kind::OAuth2;
            result.auth.token = text(attributes.value("accessToken"_L1));
        } else if (!helper.isEmpty() && helper != "normal"_L1) {
            result.auth.kind = Auth::Kind::None;
            issue(item, u"currentHelper"_s,
                  QCoreApplication::translate("gatehouse::PostmanImport", "“%1” auth is not supported; the item has no auth.").arg(helper));
        }
        const qsizetype examples = r.value("responses"_L1).toArray().size();
        if (examples > 0) {
            issue(item, u"responses"_s,
                  QCoreApplication::translate("gatehouse::PostmanImport", "%n saved example response(s) were not imported.", nullptr,
                                              int(examples)));
        }
        return result;
    }
};

} // namespace

Expected<PostmanCollectionImport> importPostmanCollection(QByteArrayView data)
{
    auto root = parseObject(data);
    if (!root)
        return std::unexpected(root.error());
    if (root->value("requests"_L1).isArray() && !root->contains("item"_L1)) {
        Importer importer;
        PostmanCollectionImport result;
        Collection &collection = result.collection;
        collection.id = newItemId();
        collection.name = text(root->value("name"_L1));
        if (collection.name.isEmpty())
            collection.name = QCoreApplication::translate("gatehouse::PostmanImport", "Imported collection");
        collection.description = description(root->value("description"_L1));
        collection.auth = importer.auth(root->value("auth"_L1), Auth::Kind::None, collection.name);
        collection.variables = importer.variables(root->value("variables"_L1), collection.name);
        collection.scripts = importer.scripts(root->value("events"_L1), collection.name);
        collection.behavior.disableBodyPruning = false; // newman prunes, as for v2 below
        importer.importV1(*root, collection);
        result.issues = importer.issues;
        return result;
    }
    const QJsonObject info = root->value("info"_L1).toObject();
    const QString schema = info.value("schema"_L1).toString() + info.value("_postman_schema"_L1).toString();
    if (!root->value("item"_L1).isArray() || (!schema.isEmpty() && !schema.contains("v2"_L1) && !schema.contains("#2."_L1))) {
        return std::unexpected(Error{Error::Code::UnsupportedFormat,
                                     QCoreApplication::translate("gatehouse::PostmanImport", "Not a Postman collection (a v2 collection needs “info” and “item”, a v1 collection “requests”).")});
    }

    Importer importer;
    PostmanCollectionImport result;
    Collection &collection = result.collection;
    collection.id = newItemId();
    collection.name = text(info.value("name"_L1));
    if (collection.name.isEmpty())
        collection.name = QCoreApplication::translate("gatehouse::PostmanImport", "Imported collection");
    collection.description = description(info.value("description"_L1));
    collection.auth = importer.auth(root->value("auth"_L1), Auth::Kind::None, collection.name);
    collection.variables = importer.variables(root->value("variable"_L1), collection.name);
    collection.scripts = importer.scripts(root->value("event"_L1), collection.name);
    importer.m_inherited = importer.behavior(root->value("protocolProfileBehavior"_L1), collection.behavior, collection.name);
    // newman drops the body of a GET (HEAD, COPY, PURGE, UNLOCK) unless disableBodyPruning says
    // otherwise; Gatehouse's own default is to send it.
    if (!collection.behavior.disableBodyPruning)
        collection.behavior.disableBodyPruning = false;
    importer.items(root->value("item"_L1), collection, collection.name);
    result.issues = importer.issues;
    return result;
}

Expected<PostmanEnvironmentImport> importPostmanEnvironment(QByteArrayView data)
{
    auto root = parseObject(data);
    if (!root)
        return std::unexpected(root.error());
    if (!root->value("values"_L1).isArray()) {
        return std::unexpected(
            Error{Error::Code::UnsupportedFormat, QCoreApplication::translate("gatehouse::PostmanImport", "Not a Postman environment or globals file (it needs “values”).")});
    }
    Importer importer;
    PostmanEnvironmentImport result;
    result.globals = root->value("_postman_variable_scope"_L1).toString() == "globals"_L1;
    result.environment.id = newItemId();
    result.environment.name = text(root->value("name"_L1));
    if (result.environment.name.isEmpty())
        result.environment.name = result.globals ? QCoreApplication::translate("gatehouse::PostmanImport", "Globals") : QCoreApplication::translate("gatehouse::PostmanImport", "Imported environment");
    result.environment.variables = importer.variables(root->value("values"_L1), result.environment.name);
    result.issues = importer.issues;
    return result;
}

} // namespace gatehouse
