// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/requestresolver.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>

#include <cctype>

using namespace Qt::StringLiterals;

namespace gatehouse {

namespace {

QByteArray contentTypeForLanguage(const QString &language)
{
    const QString l = language.toLower();
    if (l == "json"_L1)
        return "application/json"_ba;
    if (l == "xml"_L1)
        return "application/xml"_ba;
    if (l == "html"_L1)
        return "text/html"_ba;
    if (l == "javascript"_L1)
        return "application/javascript"_ba;
    return "text/plain"_ba;
}

void addHeaderIfAbsent(HeaderList &headers, const QByteArray &name, const QByteArray &value)
{
    if (!hasHeader(headers, name))
        headers.append({name, value});
}

// The absolute path of a body file, checked now so that a missing file is reported before sending.
// The engine streams it from disk when the request goes out.
Expected<QString> bodyFilePath(const QString &path, const ResolveContext &context)
{
    const QString absolute = QDir::isRelativePath(path) && !context.baseDirectory.isEmpty()
        ? QDir(context.baseDirectory).filePath(path)
        : path;
    const QFileInfo info(absolute);
    if (path.isEmpty() || !info.exists() || !info.isFile()) {
        return std::unexpected(Error{Error::Code::FileNotFound,
                                     QCoreApplication::translate("gatehouse::RequestResolver", "The body file “%1” does not exist.")
                                         .arg(QDir::toNativeSeparators(absolute))});
    }
    if (!info.isReadable()) {
        return std::unexpected(Error{Error::Code::FileUnreadable,
                                     QCoreApplication::translate("gatehouse::RequestResolver", "The body file “%1” cannot be read.")
                                         .arg(QDir::toNativeSeparators(absolute))});
    }
    return info.absoluteFilePath();
}

struct Builder {
    const Request &request;
    const ResolveContext &context;
    VariableResolver resolver;
    ResolvedRequest result;
    QList<std::pair<QString, QString>> extraQuery;

    QString resolve(const QString &text, const QString &place) { return resolver.resolve(text, place); }

    void incompleteAuth(const QString &field, const QString &message)
    {
        resolver.addProblem({ResolveProblem::Kind::IncompleteAuth, field, QCoreApplication::translate("gatehouse::RequestResolver", "auth"), {}, message});
    }

    void applyAuth(const Auth &auth)
    {
        HeaderList &headers = result.request.headers;
        switch (auth.kind) {
        case Auth::Kind::None:
        case Auth::Kind::Inherit:
            return;
        case Auth::Kind::Basic: {
            const QString user = resolve(auth.username, QCoreApplication::translate("gatehouse::RequestResolver", "auth username"));
            const QString password = resolve(auth.password, QCoreApplication::translate("gatehouse::RequestResolver", "auth password"));
            addHeaderIfAbsent(headers, "Authorization"_ba, "Basic "_ba + (user + u':' + password).toUtf8().toBase64());
            return;
        }
        case Auth::Kind::Digest: {
            // Nothing goes out up front: the engine answers the server's challenge with these.
            const QString user = resolve(auth.username, QCoreApplication::translate("gatehouse::RequestResolver", "auth username"));
            const QString password = resolve(auth.password, QCoreApplication::translate("gatehouse::RequestResolver", "auth password"));
            DigestCredentials digest{user, password};
            const QString place = QCoreApplication::translate("gatehouse::RequestResolver", "Digest settings");
            digest.realm = resolve(auth.digest.realm, place).toUtf8();
            digest.nonce = resolve(auth.digest.nonce, place).toUtf8();
            digest.algorithm = resolve(auth.digest.algorithm, place).trimmed().toUtf8();
            digest.qop = resolve(auth.digest.qop, place).trimmed().toUtf8();
            digest.nonceCount = resolve(auth.digest.nonceCount, place).trimmed().toUtf8();
            digest.clientNonce = resolve(auth.digest.clientNonce, place).toUtf8();
            digest.opaque = resolve(auth.digest.opaque, place).toUtf8();
            result.request.digest = digest;
            return;
        }
        case Auth::Kind::OAuth1: {
            // The engine signs when the request goes out: the signature covers the final URL and body.
            const QString place = QCoreApplication::translate("gatehouse::RequestResolver", "OAuth 1.0 settings");
            const Auth::OAuth1 &o = auth.oauth1;
            OAuth1Credentials c;
            if (!o.signatureMethod.trimmed().isEmpty())
                c.signatureMethod = resolve(o.signatureMethod, place).trimmed().toUpper();
            c.consumerKey = resolve(o.consumerKey, place);
            c.consumerSecret = resolve(o.consumerSecret, place);
            c.token = resolve(o.token, place);
            c.tokenSecret = resolve(o.tokenSecret, place);
            c.timestamp = resolve(o.timestamp, place).trimmed();
            c.nonce = resolve(o.nonce, place);
            c.version = resolve(o.version, place).trimmed();
            c.realm = resolve(o.realm, place);
            c.callback = resolve(o.callback, place);
            c.verifier = resolve(o.verifier, place);
            c.inHeader = o.inHeader;
            c.addEmptyParamsToSign = o.addEmptyParamsToSign;
            c.includeBodyHash = o.includeBodyHash;
            if (c.consumerKey.isEmpty())
                incompleteAuth(u"consumerKey"_s, QCoreApplication::translate("gatehouse::RequestResolver", "OAuth 1.0 has no consumer key; the request is signed without one."));
            result.request.oauth1 = c;
            return;
        }
        case Auth::Kind::Bearer: {
            const QString token = resolve(auth.token, QCoreApplication::translate("gatehouse::RequestResolver", "auth token"));
            if (token.isEmpty()) {
                incompleteAuth(u"token"_s, QCoreApplication::translate("gatehouse::RequestResolver", "Bearer auth has no token; no Authorization header is sent."));
                return;
            }
            addHeaderIfAbsent(headers, "Authorization"_ba, "Bearer "_ba + token.toUtf8());
            return;
        }
        case Auth::Kind::ApiKey:
        case Auth::Kind::ApimSubscriptionKey: {
            const bool apim = auth.kind == Auth::Kind::ApimSubscriptionKey;
            QString name = resolve(auth.keyName, QCoreApplication::translate("gatehouse::RequestResolver", "auth key name"));
            if (name.isEmpty() && apim)
                name = auth.location == Auth::Location::Query ? QString(kApimSubscriptionQuery) : QString(kApimSubscriptionHeader);
            const QString written = auth.keyValue.isEmpty() && apim ? u"{{"_s + kApimSubscriptionVariable + u"}}"_s : auth.keyValue;
            const QString value = resolve(written, QCoreApplication::translate("gatehouse::RequestResolver", "auth key value"));
            if (name.isEmpty()) {
                incompleteAuth(u"keyName"_s, QCoreApplication::translate("gatehouse::RequestResolver", "API key auth has no key name; the key is not sent."));
                return;
            }
            if (auth.location == Auth::Location::Query) {
                extraQuery.append({name, value});
            } else {
                addHeaderIfAbsent(headers, name.toUtf8(), value.toUtf8());
                // A key in a header of its own must not follow a redirect to another origin either.
                result.request.credentialHeaders.append(name.toUtf8());
            }
            return;
        }
        case Auth::Kind::OAuth2: {
            const QString token = resolve(auth.token, QCoreApplication::translate("gatehouse::RequestResolver", "auth access token"));
            const bool authorizationCode = auth.grantType == "authorization_code"_L1;
            if (token.isEmpty() && (auth.grantType == "client_credentials"_L1 || authorizationCode)) {
                // The engine gets the token (or reuses the cached one) when the request goes out.
                const QString place = QCoreApplication::translate("gatehouse::RequestResolver", "OAuth 2.0 settings");
                OAuth2ClientCredentials config;
                const QString tokenUrl = resolve(auth.accessTokenUrl, place).trimmed();
                config.tokenUrl = QUrl(tokenUrl);
                config.clientId = resolve(auth.clientId, place);
                config.clientSecret = resolve(auth.clientSecret, place);
                config.scope = resolve(auth.scope, place);
                if (!auth.headerPrefix.isEmpty())
                    config.headerPrefix = resolve(auth.headerPrefix, QCoreApplication::translate("gatehouse::RequestResolver", "auth header prefix"));
                config.credentialsInBody = auth.clientAuthentication == "body"_L1;
                config.cacheScope = context.environment ? context.environment->id : QString();
                config.authorizationCode = authorizationCode;
                if (authorizationCode)
                    config.authorizationUrl = QUrl(resolve(auth.authUrl, place).trimmed());
                if (tokenUrl.isEmpty() || !config.tokenUrl.isValid() || config.tokenUrl.host().isEmpty()) {
                    incompleteAuth(u"accessTokenUrl"_s, QCoreApplication::translate("gatehouse::RequestResolver", "OAuth 2.0 client credentials need an access token URL; no token is requested."));
                    return;
                }
                result.request.oauth2 = config;
                return;
            }
            if (token.isEmpty()) {
                incompleteAuth(u"token"_s, QCoreApplication::translate("gatehouse::RequestResolver", "OAuth 2.0 has no access token yet; get one before sending."));
                return;
            }
            const QString prefix = auth.headerPrefix.isEmpty() ? u"Bearer"_s : resolve(auth.headerPrefix, QCoreApplication::translate("gatehouse::RequestResolver", "auth header prefix"));
            addHeaderIfAbsent(headers, "Authorization"_ba, (prefix + u' ' + token).toUtf8());
            return;
        }
        }
    }

    Expected<void> buildBody()
    {
        const Body &body = request.body;
        HeaderList &headers = result.request.headers;
        QByteArray &out = result.request.body;
        switch (body.kind) {
        case Body::Kind::None:
            return {};
        case Body::Kind::Raw:
            out = resolve(body.raw, QCoreApplication::translate("gatehouse::RequestResolver", "body")).toUtf8();
            addHeaderIfAbsent(headers, "Content-Type"_ba, contentTypeForLanguage(body.language));
            return {};
        case Body::Kind::FormUrlEncoded: {
            QByteArrayList pairs;
            for (const KeyValue &field : body.form) {
                if (!field.enabled || field.name.isEmpty())
                    continue;
                const QString place = QCoreApplication::translate("gatehouse::RequestResolver", "form field “%1”").arg(field.name);
                pairs.append(QUrl::toPercentEncoding(resolve(field.name, place)) + '='
                             + QUrl::toPercentEncoding(resolve(field.value, place)));
            }
            out = pairs.join('&');
            addHeaderIfAbsent(headers, "Content-Type"_ba, "application/x-www-form-urlencoded"_ba);
            return {};
        }
        case Body::Kind::Multipart: {
            // The engine encodes the parts (streaming files) and sets the Content-Type with its boundary.
            for (const FormDataPart &part : body.parts) {
                if (!part.enabled || part.name.isEmpty())
                    continue;
                const QString place = QCoreApplication::translate("gatehouse::RequestResolver", "multipart part “%1”").arg(part.name);
                MultipartPart sent;
                sent.name = resolve(part.name, place).toUtf8();
                const QString value = resolve(part.value, place);
                if (part.kind == FormDataPart::Kind::File) {
                    auto path = bodyFilePath(value, context);
                    if (!path)
                        return std::unexpected(path.error());
                    sent.filePath = *path;
                } else {
                    sent.value = value.toUtf8();
                }
                sent.contentType = resolve(part.contentType, place).toUtf8();
                result.request.multipart.append(sent);
            }
            return {};
        }
        case Body::Kind::Binary: {
            // Streamed from disk by the engine, which also defaults the Content-Type.
            auto path = bodyFilePath(resolve(body.filePath, QCoreApplication::translate("gatehouse::RequestResolver", "body file")), context);
            if (!path)
                return std::unexpected(path.error());
            result.request.bodyFile = *path;
            return {};
        }
        case Body::Kind::GraphQL: {
            QJsonObject payload;
            payload.insert(u"query"_s, resolve(body.graphqlQuery, QCoreApplication::translate("gatehouse::RequestResolver", "GraphQL query")));
            const QString variables = resolve(body.graphqlVariables, QCoreApplication::translate("gatehouse::RequestResolver", "GraphQL variables")).trimmed();
            if (!variables.isEmpty()) {
                QJsonParseError error;
                const QJsonDocument document = QJsonDocument::fromJson(variables.toUtf8(), &error);
                if (error.error != QJsonParseError::NoError || !document.isObject()) {
                    const QString reason = error.error != QJsonParseError::NoError ? error.errorString() : QCoreApplication::translate("gatehouse::RequestResolver", "not an object");
                    return std::unexpected(
                        Error{Error::Code::InvalidArgument, QCoreApplication::translate("gatehouse::RequestResolver", "The GraphQL variables are not a JSON object: %1").arg(reason)});
                }
                payload.insert(u"variables"_s, document.object());
            }
            out = QJsonDocument(payload).toJson(QJsonDocument::Compact);
            addHeaderIfAbsent(headers, "Content-Type"_ba, "application/json"_ba);
            return {};
        }
        }
        return {};
    }
};

} // namespace

// A '%' that starts no escape, written as %25: a single one would make QUrl's tolerant mode encode
// every '%' of the URL again, the escapes the user wrote included (%3D going out as %253D).
static QString escapeLonePercents(const QString &url)
{
    const auto isHex = [](QChar c) { return (c >= u'0' && c <= u'9') || (c >= u'a' && c <= u'f') || (c >= u'A' && c <= u'F'); };
    QString out;
    out.reserve(url.size());
    for (qsizetype i = 0; i < url.size(); ++i) {
        if (url.at(i) == u'%' && !(i + 2 < url.size() && isHex(url.at(i + 1)) && isHex(url.at(i + 2))))
            out += "%25"_L1;
        else
            out += url.at(i);
    }
    return out;
}

namespace {

// Which characters a part of the URL percent-encodes, as postman-url-encoder's encode sets do
// (the WHATWG URL standard's); C0 controls, space, DEL and non-ASCII (as UTF-8) always. A valid
// %XX escape always goes out as written, in the case written.
enum class UrlPart {
    Path,           // + " < > ` # ? { } ; a '%' that starts no escape stays bare, as in Postman
    Query,          // a query as written (its '&' and '=' separate): + " # ' < >, a lone '%' as %25
    QueryComponent, // one name or value: + & = as well
    AsWritten,      // disableUrlEncoding: only what a request line cannot carry
};

QByteArray percentEncode(const QString &text, UrlPart part)
{
    const QByteArray bytes = text.toUtf8();
    QByteArray out;
    out.reserve(bytes.size());
    const auto isHex = [](char c) { return std::isxdigit(static_cast<unsigned char>(c)) != 0; };
    for (qsizetype i = 0; i < bytes.size(); ++i) {
        const auto c = static_cast<unsigned char>(bytes.at(i));
        if (c == '%') {
            if (i + 2 < bytes.size() && isHex(bytes.at(i + 1)) && isHex(bytes.at(i + 2))) {
                out += bytes.sliced(i, 3);
                i += 2;
                continue;
            }
            // In a query, QUrl would take a bare '%' for an unencoded URL and encode every '%'.
            if (part == UrlPart::Path || part == UrlPart::AsWritten) {
                out += '%';
                continue;
            }
        }
        bool encode = c < 0x20 || c >= 0x7f || c == ' ' || c == '%';
        switch (part) {
        case UrlPart::Path:
            encode = encode || c == '"' || c == '<' || c == '>' || c == '`' || c == '#' || c == '?' || c == '{' || c == '}';
            break;
        case UrlPart::QueryComponent:
            encode = encode || c == '&' || c == '=';
            [[fallthrough]];
        case UrlPart::Query:
            encode = encode || c == '"' || c == '#' || c == '\'' || c == '<' || c == '>';
            break;
        case UrlPart::AsWritten:
            break;
        }
        if (encode) {
            out += '%';
            out += QByteArray::number(c, 16).toUpper().rightJustified(2, '0');
        } else {
            out += char(c);
        }
    }
    return out;
}

// A URL as written, split the way Postman's URL parser (postman-url-encoder/parser) splits it:
// the fragment at the first '#', the query at the first '?', backslashes before it taken for
// slashes, extra slashes after "://" dropped, the path at the first '/', credentials up to the
// last '@' (user up to the first ':'), the port after the last ':'.
struct WrittenUrl {
    QString scheme = QStringLiteral("http"); // Postman's default, for "localhost:8080/x"
    std::optional<QString> user;
    std::optional<QString> password;
    QString host;
    std::optional<QString> port;
    QString path; // with its leading '/', or empty
    std::optional<QString> query;
};

WrittenUrl splitWrittenUrl(QString text)
{
    WrittenUrl url;
    if (const qsizetype hash = text.indexOf(u'#'); hash >= 0)
        text.truncate(hash);
    if (const qsizetype question = text.indexOf(u'?'); question >= 0) {
        url.query = text.sliced(question + 1);
        text.truncate(question);
    }
    text.replace(u'\\', u'/');
    if (const qsizetype separator = text.indexOf("://"_L1); separator >= 0) {
        url.scheme = text.left(separator).toLower();
        qsizetype start = separator + 3;
        while (start < text.size() && text.at(start) == u'/')
            ++start;
        text = text.sliced(start);
    }
    if (const qsizetype slash = text.indexOf(u'/'); slash >= 0) {
        url.path = text.sliced(slash);
        text.truncate(slash);
    }
    if (const qsizetype at = text.lastIndexOf(u'@'); at >= 0) {
        const QString auth = text.left(at);
        text = text.sliced(at + 1);
        const qsizetype colon = auth.indexOf(u':');
        url.user = colon < 0 ? auth : auth.left(colon);
        if (colon >= 0)
            url.password = auth.sliced(colon + 1);
    }
    if (const qsizetype colon = text.lastIndexOf(u':'); colon >= 0 && !text.sliced(colon).contains(u']')) {
        url.port = text.sliced(colon + 1);
        text.truncate(colon);
    }
    url.host = text;
    return url;
}

} // namespace

QByteArray encodeQueryComponent(const QString &written)
{
    return percentEncode(written, UrlPart::QueryComponent);
}

QByteArray encodeUrlPath(const QString &written)
{
    return percentEncode(written, UrlPart::Path);
}

QByteArray encodeUrlQuery(const QString &written)
{
    return percentEncode(written, UrlPart::Query);
}

QString escapeQuerySeparators(const QString &written, bool name)
{
    QString out;
    out.reserve(written.size());
    for (const QChar c : written) {
        if (c == u'&')
            out += "%26"_L1;
        else if (c == u'#')
            out += "%23"_L1;
        else if (c == u'=' && name)
            out += "%3D"_L1;
        else
            out += c;
    }
    return out;
}

QString queryTextFromDecoded(const QString &decoded, bool name)
{
    QString literal = decoded;
    literal.replace(u'%', "%25"_L1).replace(u'+', "%2B"_L1);
    return escapeQuerySeparators(literal, name);
}

ResolveContext resolveContext(const Workspace &workspace, const RequestLocation &location, const Environment *environment)
{
    ResolveContext context;
    context.collection = location.collection;
    context.folders = location.folders;
    context.environment = environment;
    context.globals = workspace.globals;
    return context;
}

VariableScopes variableScopes(const ResolveContext &context)
{
    VariableScopes scopes;
    scopes.local = context.local;
    scopes.data = context.data;
    if (context.environment)
        scopes.environment = context.environment->variables;
    for (auto it = context.folders.crbegin(); it != context.folders.crend(); ++it)
        scopes.folders.append((*it)->variables);
    if (context.collection)
        scopes.collection = context.collection->variables;
    scopes.globals = context.globals;
    return scopes;
}

Auth effectiveAuth(const Request &request, const ResolveContext &context)
{
    if (request.auth.kind != Auth::Kind::Inherit)
        return request.auth;
    for (auto it = context.folders.crbegin(); it != context.folders.crend(); ++it) {
        if ((*it)->auth.kind != Auth::Kind::Inherit)
            return (*it)->auth;
    }
    if (context.collection && context.collection->auth.kind != Auth::Kind::Inherit)
        return context.collection->auth;
    Auth none;
    none.kind = Auth::Kind::None;
    return none;
}

ProtocolBehavior effectiveBehavior(const Request &request, const ResolveContext &context)
{
    ProtocolBehavior behavior = request.settings;
    for (auto it = context.folders.crbegin(); it != context.folders.crend(); ++it)
        behavior = behavior.over((*it)->behavior);
    if (context.collection)
        behavior = behavior.over(context.collection->behavior);
    return behavior;
}

bool prunesBody(QByteArrayView method)
{
    // postman-runtime's METHODS_WITHOUT_BODY
    for (QByteArrayView m : {"GET"_ba, "HEAD"_ba, "COPY"_ba, "PURGE"_ba, "UNLOCK"_ba}) {
        if (method == m)
            return true;
    }
    return false;
}

Expected<ResolvedRequest> resolveRequest(const Request &request, const ResolveContext &context)
{
    Builder b{request, context, VariableResolver(variableScopes(context), context.dynamicValues), {}, {}};
    HttpRequest &out = b.result.request;

    QString method = b.resolve(request.method, QCoreApplication::translate("gatehouse::RequestResolver", "method")).trimmed().toUpper();
    out.method = method.isEmpty() ? "GET"_ba : method.toLatin1();

    for (const KeyValue &header : request.headers) {
        if (!header.enabled || header.name.trimmed().isEmpty())
            continue;
        const QString place = QCoreApplication::translate("gatehouse::RequestResolver", "header “%1”").arg(header.name);
        out.headers.append({b.resolve(header.name, place).trimmed().toUtf8(), b.resolve(header.value, place).toUtf8()});
    }

    b.applyAuth(effectiveAuth(request, context));
    const ProtocolBehavior behavior = effectiveBehavior(request, context);
    if (behavior.disableBodyPruning.value_or(true) || !prunesBody(out.method)) {
        if (auto body = b.buildBody(); !body)
            return std::unexpected(body.error());
    }

    const QString url = b.resolve(request.url, QCoreApplication::translate("gatehouse::RequestResolver", "URL")).trimmed();
    // What goes on the wire is the URL as written, encoded as Postman encodes it (or, with
    // disableUrlEncoding, as written): out.target. out.url is the same URL as QUrl holds it.
    const bool asWritten = behavior.disableUrlEncoding.value_or(false);
    const UrlPart queryPart = asWritten ? UrlPart::AsWritten : UrlPart::QueryComponent;
    QByteArrayList query;
    QStringList writtenParams;
    for (const KeyValue &param : request.params) {
        if (!param.enabled || param.name.isEmpty())
            continue;
        const QString place = QCoreApplication::translate("gatehouse::RequestResolver", "query parameter “%1”").arg(param.name);
        const QString name = b.resolve(param.name, place);
        const QString value = b.resolve(param.value, place);
        query.append(percentEncode(name, queryPart) + '=' + percentEncode(value, queryPart));
        writtenParams.append(escapeQuerySeparators(name, true) + u'=' + escapeQuerySeparators(value));
    }
    for (const auto &[name, value] : std::as_const(b.extraQuery))
        query.append(encodeQueryComponent(name) + '=' + encodeQueryComponent(value));
    const WrittenUrl written = splitWrittenUrl(url);
    QByteArray target = written.path.isEmpty() ? "/"_ba : percentEncode(written.path, asWritten ? UrlPart::AsWritten : UrlPart::Path);
    if (written.query || !query.isEmpty()) {
        QByteArray text = written.query ? percentEncode(*written.query, asWritten ? UrlPart::AsWritten : UrlPart::Query) : QByteArray();
        if (!query.isEmpty())
            text += (text.isEmpty() ? QByteArray() : "&"_ba) + query.join('&');
        target += '?' + text;
    }
    const QString authority = written.host + (written.port ? u':' + *written.port : QString());
    out.url = QUrl(escapeLonePercents(written.scheme + "://"_L1 + authority + QString::fromLatin1(target)), QUrl::TolerantMode);
    out.target = target;
    // As written, but without credentials (they went into the Authorization header).
    b.result.writtenUrl = written.scheme + "://"_L1 + authority + written.path + (written.query ? u'?' + *written.query : QString());
    if (!writtenParams.isEmpty())
        b.result.writtenUrl += (written.query && !written.query->isEmpty() ? u"&"_s : written.query ? QString() : u"?"_s) + writtenParams.join(u'&');
    if (url.isEmpty() || written.host.isEmpty() || !out.url.isValid() || out.url.host().isEmpty()) {
        QString message = url.isEmpty() ? QCoreApplication::translate("gatehouse::RequestResolver", "The request has no URL.") : QCoreApplication::translate("gatehouse::RequestResolver", "“%1” is not a valid URL.").arg(url);
        // Most often a variable without a value stands where the host should be: say which.
        for (const ResolveProblem &problem : b.resolver.problems()) {
            if (problem.place == QCoreApplication::translate("gatehouse::RequestResolver", "URL"))
                message += u' ' + problem.message;
        }
        return std::unexpected(Error{Error::Code::InvalidUrl, message});
    }
    // Credentials in the URL go out as Basic auth, as in Postman (an Authorization header set
    // already wins); the URL keeps none of them.
    if (written.user && (!written.user->isEmpty() || written.password))
        addHeaderIfAbsent(out.headers, "Authorization"_ba,
                          "Basic "_ba + (QUrl::fromPercentEncoding(written.user->toUtf8()) + u':' + QUrl::fromPercentEncoding(written.password.value_or(QString()).toUtf8())).toUtf8().toBase64());

    out.timeout = std::chrono::milliseconds(qMax(0, request.settings.timeoutMs));
    out.connectTimeout = std::chrono::milliseconds(qMax(0, request.settings.connectTimeoutMs));
    out.transferTimeout = std::chrono::milliseconds(qMax(0, request.settings.transferTimeoutMs));
    out.followRedirects = request.settings.followRedirects;
    out.maxRedirects = qMax(0, behavior.maxRedirects.value_or(out.maxRedirects));
    out.followOriginalHttpMethod = behavior.followOriginalHttpMethod.value_or(false);
    out.followAuthorizationHeader = behavior.followAuthorizationHeader.value_or(false);
    out.removeRefererOnRedirect = behavior.removeRefererHeaderOnRedirect.value_or(false);
    out.disableCookies = behavior.disableCookies.value_or(false);
    out.tls.verifyPeer = request.settings.verifyTls;
    b.result.verifyTls = request.settings.verifyTls;
    b.result.problems = b.resolver.problems();
    if (context.environment) {
        // The environment's per-host TLS settings; missing files are the engine's to report
        // (only when a request goes to that host).
        const VariableScopes scopes = variableScopes(context);
        const auto resolve = [&](const QString &text, const QString &place) {
            ResolvedText resolved = resolveVariables(text, scopes, place);
            b.result.problems += resolved.problems;
            return resolved.text;
        };
        const auto resolveFile = [&](const QString &text, const QString &place) {
            const QString path = resolve(text, place).trimmed();
            return path.isEmpty() || !QDir::isRelativePath(path) || context.baseDirectory.isEmpty() ? path : QDir(context.baseDirectory).filePath(path);
        };
        for (const EnvironmentTlsHost &host : context.environment->tlsHosts) {
            HostTlsOptions options;
            const QString place = QCoreApplication::translate("gatehouse::RequestResolver", "TLS settings for “%1”").arg(host.host);
            options.host = resolve(host.host, place).trimmed();
            options.source = context.environment->name;
            options.tls.verifyPeer = host.verifyPeer;
            options.tls.caBundleFile = resolveFile(host.caBundleFile, place);
            options.tls.clientCertificateFile = resolveFile(host.clientCertificateFile, place);
            options.tls.clientKeyFile = resolveFile(host.clientKeyFile, place);
            options.tls.clientKeyPassphrase = resolve(host.clientKeyPassphrase, place).toUtf8();
            if (!options.host.isEmpty())
                b.result.request.hostTls.append(options);
        }
    }
    return b.result;
}

std::optional<ResolvedApimProfile> resolveApimProfile(const ResolveContext &context)
{
    if (!context.environment || context.environment->apim.gatewayHosts.isEmpty())
        return std::nullopt;
    const EnvironmentApim &apim = context.environment->apim;
    const VariableScopes scopes = variableScopes(context);
    ResolvedApimProfile out;
    for (const QString &host : apim.gatewayHosts) {
        const ResolvedText text = resolveVariables(host, scopes, QCoreApplication::translate("gatehouse::RequestResolver", "APIM gateway host"));
        out.problems += text.problems;
        out.profile.gatewayHosts.append(text.text);
    }
    const QString keyText = apim.subscriptionKey.isEmpty() ? u"{{"_s + kApimSubscriptionVariable + u"}}"_s : apim.subscriptionKey;
    const ResolvedText key = resolveVariables(keyText, scopes, QCoreApplication::translate("gatehouse::RequestResolver", "APIM subscription key"));
    out.problems += key.problems;
    if (key.problems.isEmpty())
        out.profile.subscriptionKey = key.text.toUtf8();
    out.profile.environmentName = context.environment->name;
    out.profile.keyLocation = apim.keyLocation == Auth::Location::Query ? ApimProfile::KeyLocation::Query : ApimProfile::KeyLocation::Header;
    if (!apim.headerName.isEmpty())
        out.profile.headerName = apim.headerName.toLatin1();
    if (!apim.queryName.isEmpty())
        out.profile.queryName = apim.queryName;
    return out;
}

} // namespace gatehouse
