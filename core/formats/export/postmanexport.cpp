// SPDX-License-Identifier: GPL-3.0-or-later
#include "formats/export/postmanexport.h"

#include "model/requestresolver.h"
#include "storage/orderedjson.h"
#include "storage/workspacejson.h"

#include <QCoreApplication>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace gatehouse {

namespace {

const QString kSchema = u"https://schema.getpostman.com/json/collection/v2.1.0/collection.json"_s;

class Exporter
{
public:
    ImportIssues issues;

    void issue(const QString &item, const QString &field, const QString &message) { issues.append({item, field, message}); }

    static OrderedJson keyValue(const QString &key, const QString &value)
    {
        OrderedJson o = OrderedJson::object();
        o.insert(u"key"_s, key).insert(u"value"_s, value).insert(u"type"_s, u"string"_s);
        return o;
    }

    static OrderedJson row(const KeyValue &row)
    {
        OrderedJson o = OrderedJson::object();
        o.insert(u"key"_s, row.name).insert(u"value"_s, row.value);
        if (!row.enabled)
            o.insert(u"disabled"_s, true);
        if (!row.description.isEmpty())
            o.insert(u"description"_s, row.description);
        return o;
    }

    static OrderedJson rows(const KeyValueList &list)
    {
        OrderedJson array = OrderedJson::array();
        for (const KeyValue &r : list)
            array.append(row(r));
        return array;
    }

    OrderedJson variables(const VariableList &list, const QString &item)
    {
        OrderedJson array = OrderedJson::array();
        for (const Variable &variable : list) {
            OrderedJson o = OrderedJson::object();
            o.insert(u"key"_s, variable.name).insert(u"value"_s, variable.secret ? QString() : variable.value);
            o.insert(u"type"_s, variable.secret ? u"secret"_s : u"string"_s);
            if (!variable.enabled)
                o.insert(u"disabled"_s, true);
            if (variable.secret && !variable.value.isEmpty())
                issue(item, u"variables."_s + variable.name,
                      QCoreApplication::translate("gatehouse::PostmanExport", "The value of the secret variable “%1” is not exported.").arg(variable.name));
            array.append(std::move(o));
        }
        return array;
    }

    static OrderedJson scriptLines(const QString &code)
    {
        OrderedJson lines = OrderedJson::array();
        const QStringList split = code.split(u'\n');
        for (const QString &line : split)
            lines.append(line);
        return lines;
    }

    static OrderedJson events(const Scripts &scripts)
    {
        OrderedJson array = OrderedJson::array();
        const std::pair<QString, QString> kinds[] = {{u"prerequest"_s, scripts.preRequest}, {u"test"_s, scripts.test}};
        for (const auto &[listen, code] : kinds) {
            if (code.isEmpty())
                continue;
            OrderedJson script = OrderedJson::object();
            script.insert(u"type"_s, u"text/javascript"_s).insert(u"exec"_s, scriptLines(code));
            OrderedJson event = OrderedJson::object();
            event.insert(u"listen"_s, listen).insert(u"script"_s, std::move(script));
            array.append(std::move(event));
        }
        return array;
    }

    // Nothing for Inherit (Postman's default), noauth for None unless that is the default too.
    std::optional<OrderedJson> auth(const Auth &auth, bool collection, const QString &item)
    {
        OrderedJson o = OrderedJson::object();
        auto params = [](std::initializer_list<std::pair<QString, QString>> list) {
            OrderedJson array = OrderedJson::array();
            for (const auto &[key, value] : list)
                array.append(keyValue(key, value));
            return array;
        };
        switch (auth.kind) {
        case Auth::Kind::Inherit:
            return std::nullopt;
        case Auth::Kind::None:
            if (collection)
                return std::nullopt;
            o.insert(u"type"_s, u"noauth"_s);
            return o;
        case Auth::Kind::Basic:
            o.insert(u"type"_s, u"basic"_s).insert(u"basic"_s, params({{u"username"_s, auth.username}, {u"password"_s, auth.password}}));
            return o;
        case Auth::Kind::Digest: {
            OrderedJson digest = params({{u"username"_s, auth.username}, {u"password"_s, auth.password}});
            const Auth::DigestOptions &d = auth.digest;
            for (const auto &[key, value] : {std::pair{u"realm"_s, d.realm}, {u"nonce"_s, d.nonce}, {u"algorithm"_s, d.algorithm}, {u"qop"_s, d.qop},
                                             {u"nonceCount"_s, d.nonceCount}, {u"clientNonce"_s, d.clientNonce}, {u"opaque"_s, d.opaque}}) {
                if (!value.isEmpty())
                    digest.append(keyValue(key, value));
            }
            o.insert(u"type"_s, u"digest"_s).insert(u"digest"_s, std::move(digest));
            return o;
        }
        case Auth::Kind::OAuth1: {
            const Auth::OAuth1 &a = auth.oauth1;
            OrderedJson oauth1 = params({{u"consumerKey"_s, a.consumerKey},
                                         {u"consumerSecret"_s, a.consumerSecret},
                                         {u"token"_s, a.token},
                                         {u"tokenSecret"_s, a.tokenSecret},
                                         {u"timestamp"_s, a.timestamp},
                                         {u"nonce"_s, a.nonce},
                                         {u"version"_s, a.version},
                                         {u"realm"_s, a.realm},
                                         {u"callback"_s, a.callback},
                                         {u"verifier"_s, a.verifier}});
            if (!a.signatureMethod.isEmpty()) // Postman's default is HMAC-SHA1 too
                oauth1.append(keyValue(u"signatureMethod"_s, a.signatureMethod));
            // Postman writes its switches as booleans.
            for (const auto &[key, on] : {std::pair{u"addParamsToHeader"_s, a.inHeader}, {u"addEmptyParamsToSign"_s, a.addEmptyParamsToSign},
                                          {u"includeBodyHash"_s, a.includeBodyHash}}) {
                OrderedJson entry = OrderedJson::object();
                entry.insert(u"key"_s, key).insert(u"value"_s, on).insert(u"type"_s, u"boolean"_s);
                oauth1.append(std::move(entry));
            }
            o.insert(u"type"_s, u"oauth1"_s).insert(u"oauth1"_s, std::move(oauth1));
            return o;
        }
        case Auth::Kind::Bearer:
            o.insert(u"type"_s, u"bearer"_s).insert(u"bearer"_s, params({{u"token"_s, auth.token}}));
            return o;
        case Auth::Kind::ApimSubscriptionKey:
        case Auth::Kind::ApiKey: {
            QString name = auth.keyName;
            QString value = auth.keyValue;
            if (auth.kind == Auth::Kind::ApimSubscriptionKey) {
                // Postman has no APIM key: the same request as an API key auth.
                if (name.isEmpty())
                    name = auth.location == Auth::Location::Query ? QString(kApimSubscriptionQuery) : QString(kApimSubscriptionHeader);
                if (value.isEmpty())
                    value = u"{{"_s + kApimSubscriptionVariable + u"}}"_s;
                issue(item, u"auth"_s, QCoreApplication::translate("gatehouse::PostmanExport", "The APIM subscription key auth is exported as an API key auth."));
            }
            o.insert(u"type"_s, u"apikey"_s)
                .insert(u"apikey"_s, params({{u"key"_s, name}, {u"value"_s, value},
                                             {u"in"_s, auth.location == Auth::Location::Query ? u"query"_s : u"header"_s}}));
            return o;
        }
        case Auth::Kind::OAuth2:
            // Like the workspace files, an export never carries the access token: it is obtained at run time.
            if (!auth.token.isEmpty())
                issue(item, u"auth.token"_s, QCoreApplication::translate("gatehouse::PostmanExport", "The OAuth 2.0 access token is not exported."));
            o.insert(u"type"_s, u"oauth2"_s)
                .insert(u"oauth2"_s, params({{u"grant_type"_s, auth.grantType},
                                             {u"authUrl"_s, auth.authUrl},
                                             {u"accessTokenUrl"_s, auth.accessTokenUrl},
                                             {u"clientId"_s, auth.clientId},
                                             {u"clientSecret"_s, auth.clientSecret},
                                             {u"scope"_s, auth.scope},
                                             {u"headerPrefix"_s, auth.headerPrefix},
                                             {u"addTokenTo"_s, u"header"_s}}));
            return o;
        }
        return std::nullopt;
    }

    std::optional<OrderedJson> body(const Body &body, const QString &item)
    {
        OrderedJson o = OrderedJson::object();
        switch (body.kind) {
        case Body::Kind::None:
            return std::nullopt;
        case Body::Kind::Raw: {
            OrderedJson language = OrderedJson::object();
            language.insert(u"language"_s, body.language);
            OrderedJson options = OrderedJson::object();
            options.insert(u"raw"_s, std::move(language));
            o.insert(u"mode"_s, u"raw"_s).insert(u"raw"_s, body.raw).insert(u"options"_s, std::move(options));
            return o;
        }
        case Body::Kind::FormUrlEncoded:
            o.insert(u"mode"_s, u"urlencoded"_s).insert(u"urlencoded"_s, rows(body.form));
            return o;
        case Body::Kind::Multipart: {
            OrderedJson parts = OrderedJson::array();
            for (const FormDataPart &part : body.parts) {
                OrderedJson p = OrderedJson::object();
                p.insert(u"key"_s, part.name);
                if (part.kind == FormDataPart::Kind::File)
                    p.insert(u"type"_s, u"file"_s).insert(u"src"_s, part.value);
                else
                    p.insert(u"type"_s, u"text"_s).insert(u"value"_s, part.value);
                if (!part.contentType.isEmpty())
                    p.insert(u"contentType"_s, part.contentType);
                if (!part.enabled)
                    p.insert(u"disabled"_s, true);
                parts.append(std::move(p));
            }
            o.insert(u"mode"_s, u"formdata"_s).insert(u"formdata"_s, std::move(parts));
            return o;
        }
        case Body::Kind::Binary: {
            OrderedJson file = OrderedJson::object();
            file.insert(u"src"_s, body.filePath);
            o.insert(u"mode"_s, u"file"_s).insert(u"file"_s, std::move(file));
            return o;
        }
        case Body::Kind::GraphQL: {
            OrderedJson graphql = OrderedJson::object();
            graphql.insert(u"query"_s, body.graphqlQuery).insert(u"variables"_s, body.graphqlVariables);
            o.insert(u"mode"_s, u"graphql"_s).insert(u"graphql"_s, std::move(graphql));
            return o;
        }
        }
        Q_UNUSED(item);
        return std::nullopt;
    }

    OrderedJson url(const Request &request)
    {
        // Postman keeps one list of query parameters: the URL's own query comes first, as sent.
        // The URL's query stays as written in raw; in the list a piece without '=' has a null
        // value and an empty one a null key, as Postman writes "?flag" and "?a&&b".
        QString raw = request.url;
        OrderedJson rowsOut = OrderedJson::array();
        QStringList query;
        bool haveRows = false;
        const qsizetype question = raw.indexOf(u'?');
        if (question >= 0) {
            const QString written = raw.sliced(question + 1);
            raw.truncate(question);
            query.append(written);
            for (const QString &pair : written.split(u'&')) {
                const qsizetype eq = pair.indexOf(u'=');
                OrderedJson o = OrderedJson::object();
                o.insert(u"key"_s, pair.isEmpty() ? OrderedJson() : OrderedJson(eq < 0 ? pair : pair.first(eq)));
                o.insert(u"value"_s, eq < 0 ? OrderedJson() : OrderedJson(pair.sliced(eq + 1)));
                rowsOut.append(std::move(o));
                haveRows = true;
            }
        }
        for (const KeyValue &param : request.params) {
            if (param.enabled)
                query.append(param.name + u'=' + param.value);
        }
        if (!query.isEmpty())
            raw += u'?' + query.join(u'&');
        OrderedJson o = OrderedJson::object();
        o.insert(u"raw"_s, raw);
        if (haveRows || !request.params.isEmpty()) {
            for (const KeyValue &param : request.params)
                rowsOut.append(row(param));
            o.insert(u"query"_s, std::move(rowsOut));
        }
        return o;
    }

    OrderedJson request(const Request &request, const QString &path)
    {
        const QString item = path + u'/' + request.name;
        OrderedJson r = OrderedJson::object();
        static const QStringList schemaMethods = {u"GET"_s, u"PUT"_s, u"POST"_s, u"PATCH"_s, u"DELETE"_s, u"COPY"_s, u"HEAD"_s, u"OPTIONS"_s,
                                                  u"LINK"_s, u"UNLINK"_s, u"PURGE"_s, u"LOCK"_s, u"UNLOCK"_s, u"PROPFIND"_s, u"VIEW"_s};
        if (!schemaMethods.contains(request.method)) {
            // Postman sends any method and writes it like this, but its schema lists only these.
            issue(item, u"method"_s, QCoreApplication::translate("gatehouse::PostmanExport", "The method %1 is not one the Postman Collection v2.1 schema lists; "
                                                                                              "Postman reads it, strict validators do not.").arg(request.method));
        }
        r.insert(u"method"_s, request.method).insert(u"header"_s, rows(request.headers));
        if (auto b = body(request.body, item))
            r.insert(u"body"_s, std::move(*b));
        r.insert(u"url"_s, url(request));
        if (auto a = auth(request.auth, false, item))
            r.insert(u"auth"_s, std::move(*a));
        if (!request.description.isEmpty())
            r.insert(u"description"_s, request.description);

        OrderedJson o = OrderedJson::object();
        o.insert(u"name"_s, request.name);
        const OrderedJson e = events(request.scripts);
        if (!request.scripts.preRequest.isEmpty() || !request.scripts.test.isEmpty())
            o.insert(u"event"_s, e);
        ProtocolBehavior own = request.settings;
        // Gatehouse sends the body of a GET unless told otherwise; Postman drops it unless told so.
        if (!own.disableBodyPruning && m_bodyPruningOff.value_or(true) && prunesBody(request.method.toLatin1())
            && request.body.kind != Body::Kind::None)
            own.disableBodyPruning = true;
        OrderedJson behavior = behaviorJson(own, false);
        if (!request.settings.followRedirects)
            behavior.insert(u"followRedirects"_s, false);
        if (!request.settings.verifyTls)
            behavior.insert(u"strictSSL"_s, false);
        if (!behavior.isEmpty())
            o.insert(u"protocolProfileBehavior"_s, std::move(behavior));
        if (request.settings.timeoutMs > 0)
            issue(item, u"settings.timeoutMs"_s, QCoreApplication::translate("gatehouse::PostmanExport", "Postman has no per-request timeout; it is not exported."));
        o.insert(u"request"_s, std::move(r));
        return o;
    }

    // The protocolProfileBehavior keys set here; a collection's disableBodyPruning: false is
    // Postman's default and left out.
    static OrderedJson behaviorJson(ProtocolBehavior b, bool collection)
    {
        if (collection && b.disableBodyPruning == false)
            b.disableBodyPruning.reset();
        OrderedJson o = OrderedJson::object();
        protocolBehaviorToJson(b, o);
        return o;
    }
    std::optional<bool> m_bodyPruningOff; // the nearest folder's (or the collection's) disableBodyPruning

    void folderMembers(const Folder &folder, OrderedJson &o, const QString &item, bool collection)
    {
        const std::optional<bool> outerPruning = m_bodyPruningOff;
        if (folder.behavior.disableBodyPruning)
            m_bodyPruningOff = folder.behavior.disableBodyPruning;
        OrderedJson items = OrderedJson::array();
        for (const Folder &child : folder.folders) {
            // The v2.1 schema wants at least one item in every folder (and in the collection).
            if (!hasRequests(child)) {
                issue(item + u'/' + child.name, u"folders"_s, QCoreApplication::translate("gatehouse::PostmanExport", "A Postman Collection v2.1 folder needs at least one request; the empty folder was left out."));
                continue;
            }
            items.append(this->folder(child, item));
        }
        if (collection && !hasRequests(folder))
            issue(item, u"requests"_s, QCoreApplication::translate("gatehouse::PostmanExport", "A Postman Collection v2.1 needs at least one request; Postman reads the empty one, strict validators do not."));
        for (const Request &r : folder.requests)
            items.append(request(r, item));
        o.insert(u"item"_s, std::move(items));
        if (auto a = auth(folder.auth, collection, item))
            o.insert(u"auth"_s, std::move(*a));
        if (!folder.scripts.preRequest.isEmpty() || !folder.scripts.test.isEmpty())
            o.insert(u"event"_s, events(folder.scripts));
        if (!folder.variables.isEmpty())
            o.insert(u"variable"_s, variables(folder.variables, item));
        if (OrderedJson behavior = behaviorJson(folder.behavior, collection); !behavior.isEmpty())
            o.insert(u"protocolProfileBehavior"_s, std::move(behavior));
        m_bodyPruningOff = outerPruning;
    }

    static bool hasRequests(const Folder &folder)
    {
        return !folder.requests.isEmpty() || std::any_of(folder.folders.cbegin(), folder.folders.cend(), [](const Folder &f) { return hasRequests(f); });
    }

    OrderedJson folder(const Folder &folder, const QString &path)
    {
        const QString item = path + u'/' + folder.name;
        OrderedJson o = OrderedJson::object();
        o.insert(u"name"_s, folder.name);
        if (!folder.description.isEmpty())
            o.insert(u"description"_s, folder.description);
        folderMembers(folder, o, item, false);
        return o;
    }
};

} // namespace

PostmanExport exportPostmanCollection(const Collection &collection)
{
    Exporter exporter;
    OrderedJson info = OrderedJson::object();
    info.insert(u"_postman_id"_s, collection.id).insert(u"name"_s, collection.name);
    if (!collection.description.isEmpty())
        info.insert(u"description"_s, collection.description);
    info.insert(u"schema"_s, kSchema);
    OrderedJson root = OrderedJson::object();
    root.insert(u"info"_s, std::move(info));
    exporter.folderMembers(collection, root, collection.name, true);
    return {root.toJson(), exporter.issues};
}

} // namespace gatehouse
