// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/requestresolver.h"

#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace gatehouse;

namespace {

Variable var(const QString &name, const QString &value)
{
    Variable v;
    v.name = name;
    v.value = value;
    return v;
}

KeyValue kv(const QString &name, const QString &value, bool enabled = true)
{
    return {name, value, enabled, QString()};
}

Request get(const QString &url)
{
    Request request;
    request.id = u"r1"_s;
    request.name = u"Get"_s;
    request.url = url;
    return request;
}

Auth authOf(Auth::Kind kind)
{
    Auth auth;
    auth.kind = kind;
    return auth;
}

// QVERIFY2 evaluates its message even when the check passes.
template<typename T>
QString errorText(const Expected<T> &result)
{
    return result ? QString() : result.error().message;
}

ResolveContext fixedContext()
{
    ResolveContext context;
    context.dynamicValues.guid = [] { return u"0123456789abcdef-0123-4567"_s; };
    return context;
}

} // namespace

class TestRequestResolver : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void urlParamsAndHeaders()
    {
        Environment env;
        env.variables = {var(u"host"_s, u"api.example.test"_s), var(u"q"_s, u"a b&c"_s), var(u"token"_s, u"fake-secret-0000"_s)};
        ResolveContext context;
        context.environment = &env;
        Request request = get(u"https://{{host}}/search?fixed=1"_s);
        request.method = u"post"_s;
        request.params = {kv(u"q"_s, u"{{q}}"_s), kv(u"off"_s, u"x"_s, false), kv(u"lang"_s, u"ü"_s)};
        request.headers = {kv(u"X-Token"_s, u"{{token}}"_s), kv(u"X-Off"_s, u"1"_s, false), kv(u" "_s, u"no name"_s)};
        request.settings.timeoutMs = 2500;
        request.settings.followRedirects = false;
        request.settings.verifyTls = false;

        const auto resolved = resolveRequest(request, context);
        QVERIFY2(resolved, qPrintable(errorText(resolved)));
        const HttpRequest &out = resolved->request;
        QCOMPARE(out.method, "POST"_ba);
        QCOMPARE(out.url.toString(QUrl::FullyEncoded), u"https://api.example.test/search?fixed=1&q=a%20b%26c&lang=%C3%BC"_s);
        QCOMPARE(out.headers.size(), 1);
        QCOMPARE(out.headers.at(0).first, "X-Token"_ba);
        QCOMPARE(out.headers.at(0).second, "fake-secret-0000"_ba);
        QCOMPARE(out.timeout, std::chrono::milliseconds(2500));
        QCOMPARE(out.followRedirects, false);
        QCOMPARE(out.tls.verifyPeer, false);
        QCOMPARE(resolved->verifyTls, false);
        QVERIFY(resolved->problems.isEmpty());
    }

    // disableBodyPruning: Postman drops the body of GET, HEAD, COPY, PURGE and UNLOCK unless it is
    // true; unset anywhere (Gatehouse's own requests), the body is sent.
    void bodyPruning_data()
    {
        QTest::addColumn<QString>("method");
        QTest::addColumn<std::optional<bool>>("collection");
        QTest::addColumn<std::optional<bool>>("own");
        QTest::addColumn<bool>("sent");
        QTest::newRow("GET, unset") << u"GET"_s << std::optional<bool>() << std::optional<bool>() << true;
        QTest::newRow("GET, pruned by the collection") << u"GET"_s << std::optional<bool>(false) << std::optional<bool>() << false;
        QTest::newRow("GET, the request's own wins") << u"GET"_s << std::optional<bool>(false) << std::optional<bool>(true) << true;
        QTest::newRow("UNLOCK, pruned") << u"UNLOCK"_s << std::optional<bool>(false) << std::optional<bool>() << false;
        QTest::newRow("POST is never pruned") << u"POST"_s << std::optional<bool>(false) << std::optional<bool>(false) << true;
    }
    void bodyPruning()
    {
        QFETCH(QString, method);
        QFETCH(std::optional<bool>, collection);
        QFETCH(std::optional<bool>, own);
        QFETCH(bool, sent);
        Collection c;
        c.behavior.disableBodyPruning = collection;
        Folder folder; // sets nothing: the collection's value passes through
        ResolveContext context;
        context.collection = &c;
        context.folders = {&folder};
        Request request = get(u"http://h.test/"_s);
        request.method = method;
        request.body.kind = Body::Kind::Raw;
        request.body.language = u"json"_s;
        request.body.raw = u"{}"_s;
        request.settings.disableBodyPruning = own;
        const auto resolved = resolveRequest(request, context);
        QVERIFY(resolved);
        QCOMPARE(resolved->request.body, sent ? "{}"_ba : QByteArray());
        QCOMPARE(hasHeader(resolved->request.headers, "content-type"), sent);
    }

    void behaviorInheritsPerKey()
    {
        Collection c;
        c.behavior.maxRedirects = 10;
        c.behavior.removeRefererHeaderOnRedirect = true;
        Folder outer;
        outer.behavior.maxRedirects = 4;
        outer.behavior.followAuthorizationHeader = true;
        Folder inner;
        inner.behavior.followAuthorizationHeader = false;
        ResolveContext context;
        context.collection = &c;
        context.folders = {&outer, &inner};
        Request request = get(u"http://h.test/"_s);
        request.settings.disableCookies = true;
        const ProtocolBehavior b = effectiveBehavior(request, context);
        QCOMPARE(b.maxRedirects, std::optional<int>(4));
        QCOMPARE(b.followAuthorizationHeader, std::optional<bool>(false));
        QCOMPARE(b.removeRefererHeaderOnRedirect, std::optional<bool>(true));
        QCOMPARE(b.disableCookies, std::optional<bool>(true));
        QCOMPARE(b.followOriginalHttpMethod, std::nullopt);
        const auto resolved = resolveRequest(request, context);
        QVERIFY(resolved);
        QCOMPARE(resolved->request.maxRedirects, 4);
        QCOMPARE(resolved->request.followAuthorizationHeader, false);
        QCOMPARE(resolved->request.removeRefererOnRedirect, true);
        QCOMPARE(resolved->request.disableCookies, true);
        QCOMPARE(resolved->request.followOriginalHttpMethod, false);
    }

    void unresolvedVariablesAreProblemsNamingThePlace()
    {
        Request request = get(u"https://h.test/{{host}}/x"_s);
        request.headers = {kv(u"Accept"_s, u"{{accept}}"_s)};
        request.params = {kv(u"page"_s, u"{{page}}"_s)};
        const auto resolved = resolveRequest(request, {});
        QVERIFY(resolved);
        QCOMPARE(resolved->problems.size(), 3);
        QStringList seen;
        for (const ResolveProblem &problem : resolved->problems)
            seen.append(problem.name + u'@' + problem.place);
        QCOMPARE(seen, (QStringList{u"accept@header “Accept”"_s, u"host@URL"_s, u"page@query parameter “page”"_s}));
    }

    void unresolvedHostIsAnErrorNamingTheVariable()
    {
        const auto resolved = resolveRequest(get(u"https://{{host}}/x"_s), {});
        QVERIFY(!resolved);
        QCOMPARE(resolved.error().code, Error::Code::InvalidUrl);
        QVERIFY2(resolved.error().message.contains(u"“host”"_s), qPrintable(resolved.error().message));
    }

    void schemeDefaultsToHttp()
    {
        const auto resolved = resolveRequest(get(u"localhost:8080/health"_s), {});
        QVERIFY(resolved);
        QCOMPARE(resolved->request.url.toString(), u"http://localhost:8080/health"_s);
    }

    // The request target goes out as written, encoded as Postman (postman-url-encoder) encodes it;
    // out.url is the same URL as QUrl holds it (what Qt's stack sends over https and proxies).
    void targetAsWritten_data()
    {
        QTest::addColumn<QString>("url");
        QTest::addColumn<bool>("disableEncoding");
        QTest::addColumn<QByteArray>("target");
        QTest::addColumn<QString>("qurl");
        QTest::newRow("empty query kept") << u"https://h.test/get?"_s << false << "/get?"_ba << u"https://h.test/get?"_s;
        QTest::newRow("separators kept") << u"https://h.test/get?foo=bar&&&bar=baz"_s << false << "/get?foo=bar&&&bar=baz"_ba
                                         << u"https://h.test/get?foo=bar&&&bar=baz"_s;
        QTest::newRow("empty keys and values") << u"https://h.test/get?get&=bar&=&baz=&&"_s << false << "/get?get&=bar&=&baz=&&"_ba
                                               << u"https://h.test/get?get&=bar&=&baz=&&"_s;
        QTest::newRow("question marks") << u"https://h.test/get???&hl=en"_s << false << "/get???&hl=en"_ba << u"https://h.test/get???&hl=en"_s;
        QTest::newRow("query encode set") << u"http://h.test/?q=\"'<=>\n ü"_s << false << "/?q=%22%27%3C=%3E%0A%20%C3%BC"_ba
                                          << u"http://h.test/?q=%22%27%3C=%3E%0A%20%C3%BC"_s;
        QTest::newRow("path encode set") << u"http://h.test/ /\"/</>/`/{/}/|/^/[/]/~/é"_s << false
                                         << "/%20/%22/%3C/%3E/%60/%7B/%7D/|/^/[/]/~/%C3%A9"_ba << QString();
        QTest::newRow("dot and empty segments") << u"http://h.test/a/./b//c/../d"_s << false << "/a/./b//c/../d"_ba << u"http://h.test/a/./b//c/../d"_s;
        QTest::newRow("lone percent in path") << u"http://h.test/%/100%"_s << false << "/%/100%"_ba << u"http://h.test/%25/100%25"_s;
        QTest::newRow("pre-encoded kept in case") << u"http://h.test/foo/%2a/%F0%9F%8D%AA?q=%2a"_s << false << "/foo/%2a/%F0%9F%8D%AA?q=%2a"_ba
                                                  << QString();
        QTest::newRow("no path") << u"http://h.test?q=1"_s << false << "/?q=1"_ba << u"http://h.test/?q=1"_s;
        QTest::newRow("backslashes") << u"https:\\\\h.test\\get"_s << false << "/get"_ba << u"https://h.test/get"_s;
        QTest::newRow("extra slashes after the scheme") << u"http:////h.test/x"_s << false << "/x"_ba << u"http://h.test/x"_s;
        QTest::newRow("IPv4 shorthand") << u"127.1:4041"_s << false << "/"_ba << u"http://127.0.0.1:4041/"_s;
        QTest::newRow("disableUrlEncoding") << u"http://h.test/!/\"/%/{/}?q=\"'<=>%{|}"_s << true << "/!/\"/%/{/}?q=\"'<=>%{|}"_ba << QString();
        QTest::newRow("disableUrlEncoding: no controls") << u"http://h.test/a b?c=d\te"_s << true << "/a%20b?c=d%09e"_ba << QString();
    }
    void targetAsWritten()
    {
        QFETCH(QString, url);
        QFETCH(bool, disableEncoding);
        QFETCH(QByteArray, target);
        QFETCH(QString, qurl);
        Request request = get(url);
        if (disableEncoding)
            request.settings.disableUrlEncoding = true;
        const auto resolved = resolveRequest(request, {});
        QVERIFY2(resolved, qPrintable(errorText(resolved)));
        QCOMPARE(resolved->request.target, target);
        if (!qurl.isEmpty())
            QCOMPARE(resolved->request.url.toString(QUrl::FullyEncoded), qurl);
    }

    // Parameters follow the URL's own query as written; a '%' that starts no escape is %25 there.
    void paramsFollowTheQueryAsWritten()
    {
        Request request = get(u"http://h.test/x?a&&b=%3D"_s);
        request.params = {kv(u"c"_s, u"1 2&3"_s), kv(u"d"_s, u"100%"_s)};
        const auto resolved = resolveRequest(request, {});
        QVERIFY(resolved);
        QCOMPARE(resolved->request.target, "/x?a&&b=%3D&c=1%202%263&d=100%25"_ba);
    }

    // Credentials in the URL, split as Postman splits them (the last '@' ends them, the first ':'
    // ends the user), go out as Basic auth and not in the URL; an explicit Authorization wins.
    void credentialsInTheUrlAreBasicAuth()
    {
        auto resolved = resolveRequest(get(u"https://us@r:p@ss:word@h.test/get"_s), {});
        QVERIFY2(resolved, qPrintable(errorText(resolved)));
        QCOMPARE(headerValue(resolved->request.headers, "authorization"), "Basic "_ba + "us@r:p@ss:word"_ba.toBase64());
        QCOMPARE(resolved->request.url.toString(), u"https://h.test/get"_s);
        QVERIFY(resolved->request.url.userInfo().isEmpty());
        resolved = resolveRequest(get(u"https://us%40r:pw@h.test/"_s), {});
        QVERIFY(resolved);
        QCOMPARE(headerValue(resolved->request.headers, "authorization"), "Basic "_ba + "us@r:pw"_ba.toBase64());
        Request withHeader = get(u"https://u:p@h.test/"_s);
        withHeader.headers = {kv(u"Authorization"_s, u"Bearer fake-token-0000"_s)};
        resolved = resolveRequest(withHeader, {});
        QVERIFY(resolved);
        QCOMPARE(headerValue(resolved->request.headers, "authorization"), "Bearer fake-token-0000"_ba);
    }

    // A host rewrite is transport-level: where the request connects, not what it says.
    void hostRewriteKeepsTheRequest()
    {
        const QList<std::pair<QString, QString>> rewrites{{u"postman-echo.com"_s, u"http://127.0.0.1:9"_s}, {u"api.test:8443"_s, u"staging.test:1"_s}};
        const QUrl url(u"https://postman-echo.com/get?a=1"_s);
        const QUrl connect = rewriteHost(url, rewrites);
        QCOMPARE(connect, QUrl(u"http://127.0.0.1:9/get?a=1"_s));
        QCOMPARE(rewrittenHostHeader(url, connect), "postman-echo.com"_ba); // an IP target: the original Host
        QCOMPARE(rewrittenHostHeader(QUrl(u"https://postman-echo.com:443/"_s), connect), "postman-echo.com"_ba); // no default port
        QCOMPARE(rewrittenHostHeader(QUrl(u"http://localhost:4041/"_s), QUrl(u"http://127.0.0.1:5/"_s)), "localhost:4041"_ba);
        const QUrl named(u"https://api.test:8443/x"_s);
        QCOMPARE(rewriteHost(named, rewrites), QUrl(u"https://staging.test:1/x"_s));
        QVERIFY(rewrittenHostHeader(named, rewriteHost(named, rewrites)).isEmpty()); // a host name: its own Host
        QVERIFY(rewrittenHostHeader(url, url).isEmpty());
        QCOMPARE(rewriteHost(QUrl(u"https://[::1]:8/x"_s), {{u"[::1]:8"_s, u"[::2]:9"_s}}), QUrl(u"https://[::2]:9/x"_s));
    }

    void invalidUrlIsAnError()
    {
        auto resolved = resolveRequest(get(QString()), {});
        QVERIFY(!resolved);
        QCOMPARE(resolved.error().code, Error::Code::InvalidUrl);
        resolved = resolveRequest(get(u"http://"_s), {});
        QVERIFY(!resolved);
        QCOMPARE(resolved.error().code, Error::Code::InvalidUrl);
    }

    void basicAuth()
    {
        Environment env;
        env.variables = {var(u"user"_s, u"aladdin"_s), var(u"pass"_s, u"opensesame"_s)};
        ResolveContext context;
        context.environment = &env;
        Request request = get(u"https://h.test/"_s);
        request.auth = authOf(Auth::Kind::Basic);
        request.auth.username = u"{{user}}"_s;
        request.auth.password = u"{{pass}}"_s;
        const auto resolved = resolveRequest(request, context);
        QVERIFY(resolved);
        QCOMPARE(headerValue(resolved->request.headers, "authorization"), "Basic YWxhZGRpbjpvcGVuc2VzYW1l"_ba);
    }

    void bearerAuthAndExplicitHeaderWins()
    {
        Request request = get(u"https://h.test/"_s);
        request.auth = authOf(Auth::Kind::Bearer);
        request.auth.token = u"fake-secret-0000"_s;
        auto resolved = resolveRequest(request, {});
        QVERIFY(resolved);
        QCOMPARE(headerValue(resolved->request.headers, "Authorization"), "Bearer fake-secret-0000"_ba);

        request.headers = {kv(u"authorization"_s, u"Custom x"_s)};
        resolved = resolveRequest(request, {});
        QVERIFY(resolved);
        QCOMPARE(resolved->request.headers.size(), 1);
        QCOMPARE(headerValue(resolved->request.headers, "Authorization"), "Custom x"_ba);
    }

    void bearerWithoutTokenIsAProblem()
    {
        Request request = get(u"https://h.test/"_s);
        request.auth = authOf(Auth::Kind::Bearer);
        const auto resolved = resolveRequest(request, {});
        QVERIFY(resolved);
        QVERIFY(!hasHeader(resolved->request.headers, "Authorization"));
        QCOMPARE(resolved->problems.size(), 1);
        QCOMPARE(resolved->problems.at(0).kind, ResolveProblem::Kind::IncompleteAuth);
    }

    void apiKeyInHeaderAndQuery()
    {
        Request request = get(u"https://h.test/p"_s);
        request.auth = authOf(Auth::Kind::ApiKey);
        request.auth.keyName = u"X-Api-Key"_s;
        request.auth.keyValue = u"fake-secret-0000"_s;
        auto resolved = resolveRequest(request, {});
        QVERIFY(resolved);
        QCOMPARE(headerValue(resolved->request.headers, "x-api-key"), "fake-secret-0000"_ba);
        QCOMPARE(resolved->request.credentialHeaders, QList<QByteArray>{"X-Api-Key"_ba});

        request.auth.location = Auth::Location::Query;
        request.auth.keyName = u"api key"_s;
        request.params = {kv(u"a"_s, u"1"_s)};
        resolved = resolveRequest(request, {});
        QVERIFY(resolved);
        QVERIFY(resolved->request.headers.isEmpty());
        QCOMPARE(resolved->request.url.toString(QUrl::FullyEncoded), u"https://h.test/p?a=1&api%20key=fake-secret-0000"_s);
    }

    void apimSubscriptionKeyComesFromTheEnvironment()
    {
        Environment env;
        env.variables = {var(u"apimSubscriptionKey"_s, u"fake-secret-0000"_s)};
        ResolveContext context;
        context.environment = &env;
        Request request = get(u"https://contoso.azure-api.net/echo"_s);
        request.auth = authOf(Auth::Kind::ApimSubscriptionKey);
        auto resolved = resolveRequest(request, context);
        QVERIFY(resolved);
        QCOMPARE(headerValue(resolved->request.headers, "Ocp-Apim-Subscription-Key"), "fake-secret-0000"_ba);
        QVERIFY(resolved->problems.isEmpty());

        request.auth.location = Auth::Location::Query;
        resolved = resolveRequest(request, context);
        QVERIFY(resolved);
        QCOMPARE(resolved->request.url.query(), u"subscription-key=fake-secret-0000"_s);

        // Without the variable the user is told, not left guessing at a 401.
        resolved = resolveRequest(request, {});
        QVERIFY(resolved);
        QCOMPARE(resolved->problems.size(), 1);
        QCOMPARE(resolved->problems.at(0).name, u"apimSubscriptionKey"_s);
    }

    void oauth2UsesTheTokenOrSaysItHasNone()
    {
        Request request = get(u"https://h.test/"_s);
        request.auth = authOf(Auth::Kind::OAuth2);
        auto resolved = resolveRequest(request, {});
        QVERIFY(resolved);
        QCOMPARE(resolved->problems.size(), 1);
        QCOMPARE(resolved->problems.at(0).kind, ResolveProblem::Kind::IncompleteAuth);

        request.auth.token = u"fake-token"_s;
        request.auth.headerPrefix = u"Token"_s;
        resolved = resolveRequest(request, {});
        QVERIFY(resolved);
        QCOMPARE(headerValue(resolved->request.headers, "Authorization"), "Token fake-token"_ba);
    }

    void inheritWalksUpToTheCollection()
    {
        Collection collection;
        collection.auth = authOf(Auth::Kind::Bearer);
        collection.auth.token = u"collection-token"_s;
        Folder outer;
        outer.auth = authOf(Auth::Kind::Inherit);
        Folder inner;
        inner.auth = authOf(Auth::Kind::Inherit);
        ResolveContext context;
        context.collection = &collection;
        context.folders = {&outer, &inner};
        Request request = get(u"https://h.test/"_s);
        QCOMPARE(request.auth.kind, Auth::Kind::Inherit); // the default
        QCOMPARE(effectiveAuth(request, context).token, u"collection-token"_s);

        outer.auth = authOf(Auth::Kind::Basic);
        outer.auth.username = u"outer"_s;
        QCOMPARE(effectiveAuth(request, context).username, u"outer"_s);

        inner.auth = authOf(Auth::Kind::None);
        QCOMPARE(effectiveAuth(request, context).kind, Auth::Kind::None);
        const auto resolved = resolveRequest(request, context);
        QVERIFY(resolved);
        QVERIFY(!hasHeader(resolved->request.headers, "Authorization"));

        collection.auth = authOf(Auth::Kind::Inherit);
        inner.auth = authOf(Auth::Kind::Inherit);
        outer.auth = authOf(Auth::Kind::Inherit);
        QCOMPARE(effectiveAuth(request, context).kind, Auth::Kind::None);
    }

    void folderVariablesSitBetweenEnvironmentAndCollection()
    {
        Collection collection;
        collection.variables = {var(u"a"_s, u"collection"_s), var(u"b"_s, u"collection"_s), var(u"c"_s, u"collection"_s)};
        Folder outer;
        outer.variables = {var(u"a"_s, u"outer"_s), var(u"b"_s, u"outer"_s)};
        Folder inner;
        inner.variables = {var(u"a"_s, u"inner"_s)};
        Environment env;
        env.variables = {var(u"d"_s, u"env"_s)};
        ResolveContext context;
        context.collection = &collection;
        context.folders = {&outer, &inner};
        context.environment = &env;
        const auto resolved = resolveRequest(get(u"https://h.test/{{a}}/{{b}}/{{c}}/{{d}}"_s), context);
        QVERIFY(resolved);
        QCOMPARE(resolved->request.url.path(), u"/inner/outer/collection/env"_s);
    }

    void rawBodySetsContentTypeUnlessGiven()
    {
        Request request = get(u"https://h.test/"_s);
        request.body.kind = Body::Kind::Raw;
        request.body.language = u"json"_s;
        request.body.raw = u"{\"id\": \"{{$guid}}\"}"_s;
        ResolveContext context = fixedContext();
        auto resolved = resolveRequest(request, context);
        QVERIFY(resolved);
        QCOMPARE(resolved->request.body, "{\"id\": \"0123456789abcdef-0123-4567\"}"_ba);
        QCOMPARE(headerValue(resolved->request.headers, "Content-Type"), "application/json"_ba);

        request.body.language = u"xml"_s;
        request.headers = {kv(u"content-type"_s, u"application/soap+xml"_s)};
        resolved = resolveRequest(request, context);
        QVERIFY(resolved);
        QCOMPARE(resolved->request.headers.size(), 1);
        QCOMPARE(headerValue(resolved->request.headers, "Content-Type"), "application/soap+xml"_ba);
    }

    void formUrlEncoded()
    {
        Request request = get(u"https://h.test/"_s);
        request.body.kind = Body::Kind::FormUrlEncoded;
        request.body.form = {kv(u"name"_s, u"Jane Doe"_s), kv(u"skip"_s, u"x"_s, false), kv(u"a&b"_s, u"1=2"_s)};
        const auto resolved = resolveRequest(request, {});
        QVERIFY(resolved);
        QCOMPARE(resolved->request.body, "name=Jane%20Doe&a%26b=1%3D2"_ba);
        QCOMPARE(headerValue(resolved->request.headers, "Content-Type"), "application/x-www-form-urlencoded"_ba);
    }

    void multipartWithTextAndFileParts()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        QFile file(dir.filePath(u"hello.txt"_s));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("hello file");
        file.close();
        Environment env;
        env.variables = {var(u"note"_s, u"hi"_s)};

        Request request = get(u"https://h.test/upload"_s);
        request.body.kind = Body::Kind::Multipart;
        request.body.parts = {{u"note"_s, FormDataPart::Kind::Text, u"{{note}}"_s, QString(), true},
                              {u"off"_s, FormDataPart::Kind::Text, u"no"_s, QString(), false},
                              {u"doc"_s, FormDataPart::Kind::File, u"hello.txt"_s, u"text/plain"_s, true}};
        ResolveContext context;
        context.environment = &env;
        context.baseDirectory = dir.path();
        const auto resolved = resolveRequest(request, context);
        QVERIFY2(resolved, qPrintable(errorText(resolved)));
        // The engine streams the parts and sets the Content-Type with its own boundary.
        QVERIFY(!hasHeader(resolved->request.headers, "Content-Type"));
        QVERIFY(resolved->request.body.isEmpty());
        const QList<MultipartPart> &parts = resolved->request.multipart;
        QCOMPARE(parts.size(), 2);
        QCOMPARE(parts.at(0).name, "note"_ba);
        QCOMPARE(parts.at(0).value, "hi"_ba);
        QVERIFY(parts.at(0).filePath.isEmpty());
        QCOMPARE(parts.at(1).name, "doc"_ba);
        QCOMPARE(parts.at(1).filePath, QFileInfo(file).absoluteFilePath());
        QCOMPARE(parts.at(1).contentType, "text/plain"_ba);

        request.body.parts[2].value = u"missing.txt"_s;
        const auto missing = resolveRequest(request, context);
        QVERIFY(!missing);
        QCOMPARE(missing.error().code, Error::Code::FileNotFound);
        QVERIFY(missing.error().message.contains(u"missing.txt"_s));
    }

    void missingBodyFileIsAnError()
    {
        QTemporaryDir dir;
        Request request = get(u"https://h.test/"_s);
        request.body.kind = Body::Kind::Binary;
        request.body.filePath = u"nope.bin"_s;
        ResolveContext context;
        context.baseDirectory = dir.path();
        const auto resolved = resolveRequest(request, context);
        QVERIFY(!resolved);
        QCOMPARE(resolved.error().code, Error::Code::FileNotFound);
        QVERIFY(resolved.error().message.contains(u"nope.bin"_s));
    }

    void binaryBodyIsStreamedFromDisk()
    {
        QTemporaryDir dir;
        QFile file(dir.filePath(u"blob.bin"_s));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QByteArray("\x00\x01\x02", 3));
        file.close();
        Request request = get(u"https://h.test/"_s);
        request.body.kind = Body::Kind::Binary;
        request.body.filePath = file.fileName(); // absolute paths work too
        const auto resolved = resolveRequest(request, {});
        QVERIFY2(resolved, qPrintable(errorText(resolved)));
        QCOMPARE(resolved->request.bodyFile, QFileInfo(file).absoluteFilePath());
        QVERIFY(resolved->request.body.isEmpty());
        QVERIFY(!hasHeader(resolved->request.headers, "Content-Type")); // the engine's default applies
    }

    void graphql()
    {
        Environment env;
        env.variables = {var(u"id"_s, u"42"_s)};
        ResolveContext context;
        context.environment = &env;
        Request request = get(u"https://h.test/graphql"_s);
        request.body.kind = Body::Kind::GraphQL;
        request.body.graphqlQuery = u"query($id: ID!) { user(id: $id) { name } }"_s;
        request.body.graphqlVariables = u"{\"id\": \"{{id}}\"}"_s;
        auto resolved = resolveRequest(request, context);
        QVERIFY(resolved);
        QCOMPARE(resolved->request.body, R"({"query":"query($id: ID!) { user(id: $id) { name } }","variables":{"id":"42"}})"_ba);
        QCOMPARE(headerValue(resolved->request.headers, "Content-Type"), "application/json"_ba);

        request.body.graphqlVariables = u"{not json"_s;
        resolved = resolveRequest(request, context);
        QVERIFY(!resolved);
        QCOMPARE(resolved.error().code, Error::Code::InvalidArgument);
    }

    void findAndResolveFromAWorkspace()
    {
        Workspace workspace;
        workspace.globals = {var(u"host"_s, u"global.test"_s)};
        Collection collection;
        collection.name = u"Shop"_s;
        Folder folder;
        folder.name = u"Orders"_s;
        folder.variables = {var(u"path"_s, u"orders"_s)};
        Request request = get(u"https://{{host}}/{{path}}"_s);
        request.id = u"req-1"_s;
        request.name = u"List"_s;
        folder.requests.append(request);
        collection.folders.append(folder);
        workspace.collections.append(collection);
        Environment env;
        env.id = u"env-1"_s;
        env.name = u"dev"_s;
        env.variables = {var(u"host"_s, u"dev.test"_s)};
        workspace.environments.append(env);

        const auto byPath = findRequestByPath(workspace, u"Shop/Orders/List");
        QVERIFY(byPath);
        QCOMPARE(byPath->request->id, u"req-1"_s);
        QVERIFY(!findRequestByPath(workspace, u"Shop/List"));
        const auto byId = findRequestById(workspace, u"req-1");
        QVERIFY(byId);
        QCOMPARE(byId->folders.size(), 1);

        auto resolved = resolveRequest(*byId->request, resolveContext(workspace, *byId));
        QVERIFY(resolved);
        QCOMPARE(resolved->request.url.toString(), u"https://global.test/orders"_s);
        resolved = resolveRequest(*byId->request, resolveContext(workspace, *byId, findEnvironment(workspace, u"dev")));
        QVERIFY(resolved);
        QCOMPARE(resolved->request.url.toString(), u"https://dev.test/orders"_s);
    }
};

QTEST_GUILESS_MAIN(TestRequestResolver)
#include "tst_requestresolver.moc"
