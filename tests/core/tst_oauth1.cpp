// SPDX-License-Identifier: GPL-3.0-or-later
// OAuth 1.0a signing: the published vectors (RFC 5849, Twitter's documentation), the parameter
// placements, the formats that carry the auth, and real HTTP against the loopback server's /oauth1,
// which recomputes the signature from the raw request as postman-echo.com does.
#include "formats/export/codegen.h"
#include "formats/export/postmanexport.h"
#include "formats/import/insomnia.h"
#include "formats/import/postman.h"
#include "http/httpclient.h"
#include "http/oauth1.h"
#include "model/requestresolver.h"
#include "storage/workspacejson.h"
#include "exchangewait.h"
#include "testserver.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTest>
#include <QUrlQuery>

using namespace Qt::StringLiterals;
using namespace gatehouse;
using gatehouse::test::TestServer;

namespace {

// RFC 5849 §1.2: the printer's photo request.
OAuth1Credentials photosCredentials()
{
    OAuth1Credentials c;
    c.consumerKey = u"dpf43f3p2l4k3l03"_s;
    c.consumerSecret = u"kd94hf93k423kf44"_s;
    c.token = u"nnch734d00sl2jdk"_s;
    c.tokenSecret = u"pfkkdhi9sl3r4s00"_s;
    c.timestamp = u"137131202"_s;
    c.nonce = u"chapoH"_s;
    c.version.clear(); // the RFC's example has no oauth_version
    c.realm = u"Photos"_s;
    return c;
}

// postman-echo.com's public demo consumer (the loopback /oauth1 knows it).
Auth echoAuth()
{
    Auth auth;
    auth.kind = Auth::Kind::OAuth1;
    auth.oauth1.consumerKey = u"RKCGzna7bv9YD57c"_s;
    auth.oauth1.consumerSecret = u"D+EdQ-gs$-%@2Nu7"_s;
    return auth;
}

} // namespace

class TestOAuth1 : public QObject
{
    Q_OBJECT

    TestServer m_server;
    HttpClient m_client;

    ExchangeResult send(const Request &stored)
    {
        const auto resolved = resolveRequest(stored, ResolveContext());
        if (!resolved)
            qFatal("does not resolve: %s", qPrintable(resolved.error().message));
        return test::sendAndWait(m_client, resolved->request);
    }

private Q_SLOTS:
    void initTestCase()
    {
        qRegisterMetaType<ExchangeResult>();
        QVERIFY(m_server.listen());
    }

    void percentEncodingFollowsSection36()
    {
        QCOMPARE(oauth1Encode(u"Ladies + Gentlemen"_s), "Ladies%20%2B%20Gentlemen"_ba);
        QCOMPARE(oauth1Encode(u"An encoded string!"_s), "An%20encoded%20string%21"_ba);
        QCOMPARE(oauth1Encode(u"Dogs, Cats & Mice"_s), "Dogs%2C%20Cats%20%26%20Mice"_ba);
        QCOMPARE(oauth1Encode(u"-._~azAZ09"_s), "-._~azAZ09"_ba);
        QCOMPARE(oauth1Encode(u"☃"_s), "%E2%98%83"_ba);
    }

    // RFC 5849 §3.4.1.1: query, form body (with a '+' and a name without '=') and oauth_* params.
    void baseStringMatchesTheRfcExample()
    {
        OAuth1Params params = oauth1FormParams("b5=%3D%253D&a3=a&c%40=&a2=r%20b");
        params += oauth1FormParams("c2&a3=2+q");
        params += OAuth1Params{{u"oauth_consumer_key"_s, u"9djdj82h48djs9d2"_s},
                               {u"oauth_token"_s, u"kkk9d7dh3k39sjv7"_s},
                               {u"oauth_signature_method"_s, u"HMAC-SHA1"_s},
                               {u"oauth_timestamp"_s, u"137131201"_s},
                               {u"oauth_nonce"_s, u"7d8f3e4a"_s}};
        QCOMPARE(oauth1BaseString("post", QUrl(u"HTTP://Example.com:80/request?b5=%3D%253D"_s), params),
                 "POST&http%3A%2F%2Fexample.com%2Frequest&a2%3Dr%2520b%26a3%3D2%2520q%26a3%3Da%26b5%3D%253D%25253D%26c%2540%3D%26c2%3D%26"
                 "oauth_consumer_key%3D9djdj82h48djs9d2%26oauth_nonce%3D7d8f3e4a%26oauth_signature_method%3DHMAC-SHA1%26"
                 "oauth_timestamp%3D137131201%26oauth_token%3Dkkk9d7dh3k39sjv7"_ba);
        // A port that is not the scheme's default stays in the base URI.
        QVERIFY(oauth1BaseString("GET", QUrl(u"https://example.com:8443"_s), {}).startsWith("GET&https%3A%2F%2Fexample.com%3A8443%2F&"));
    }

    void signsTheRfcPhotosRequest()
    {
        HttpRequest request;
        request.url = QUrl(u"http://photos.example.net/photos?file=vacation.jpg&size=original"_s);
        QVERIFY(signOAuth1(request, photosCredentials()));
        const QByteArray header = headerValue(request.headers, "authorization");
        QVERIFY2(header.startsWith("OAuth realm=\"Photos\",oauth_consumer_key=\"dpf43f3p2l4k3l03\",oauth_token=\"nnch734d00sl2jdk\","
                                   "oauth_signature_method=\"HMAC-SHA1\",oauth_timestamp=\"137131202\",oauth_nonce=\"chapoH\","),
                 header.constData());
        QVERIFY2(header.endsWith("oauth_signature=\"MdpQcU8iPSUjWoN%2FUDMsK2sui9I%3D\""), header.constData());
        QVERIFY(!header.contains("oauth_version"));
    }

    // https://developer.twitter.com/en/docs/authentication/oauth-1-0a/creating-a-signature
    void signsTwittersDocumentedRequest()
    {
        HttpRequest request;
        request.method = "POST"_ba;
        request.url = QUrl(u"https://api.twitter.com/1.1/statuses/update.json?include_entities=true"_s);
        request.headers.append({"Content-Type"_ba, "application/x-www-form-urlencoded"_ba});
        request.body = "status=Hello%20Ladies%20%2b%20Gentlemen%2c%20a%20signed%20OAuth%20request%21"_ba;
        OAuth1Credentials c;
        c.consumerKey = u"xvz1evFS4wEEPTGEFPHBog"_s;
        c.consumerSecret = u"kAcSOqF21Fu85e7zjz7ZN2U4ZRhfV3WpwPAoE3Z7kBw"_s;
        c.token = u"370773112-GmHxMAgYyLbNEtIKZeRNFsMKPR9EyMZeS9weJAEb"_s;
        c.tokenSecret = u"LswwdoUaIvS8ltyTt5jkRh4J50vUPVVHtR2YPi5kE"_s;
        c.timestamp = u"1318622958"_s;
        c.nonce = u"kYjzVBB8Y0ZFabxSWbWovY3uYSQ2pTgmZeNu2VS4cg"_s;
        QVERIFY(signOAuth1(request, c));
        const QByteArray header = headerValue(request.headers, "authorization");
        QVERIFY2(header.contains("oauth_signature=\"hCtSmYh%2BiHYCEqBWrE7C7hYmtUk%3D\""), header.constData());
        QVERIFY(header.contains("oauth_version=\"1.0\""));
    }

    // Insomnia's own test vector: a callback, and oauth_version 1.0 by default.
    void signsInsomniasExample()
    {
        HttpRequest request;
        request.url = QUrl(u"https://insomnia.rest/"_s);
        OAuth1Credentials c;
        c.consumerKey = u"consumerKey"_s;
        c.consumerSecret = u"consumerSecret"_s;
        c.token = u"tokenKey"_s;
        c.tokenSecret = u"tokenSecret"_s;
        c.callback = u"https://insomnia.rest/callback/"_s;
        c.nonce = u"nonce"_s;
        c.timestamp = u"1234567890"_s;
        QVERIFY(signOAuth1(request, c));
        const QByteArray header = headerValue(request.headers, "authorization");
        QVERIFY2(header.contains("oauth_signature=\"muJumAG6rOEUuJmhx5zOcBquqk8%3D\""), header.constData());
        QVERIFY(header.contains("oauth_callback=\"https%3A%2F%2Finsomnia.rest%2Fcallback%2F\""));
    }

    void otherSignatureMethods()
    {
        const QByteArray base = "GET&x&y"_ba;
        QCOMPARE(*oauth1Signature(u"PLAINTEXT"_s, base, u"kd94hf93k423kf44"_s, u"pfkkdhi9sl3r4s00"_s), "kd94hf93k423kf44&pfkkdhi9sl3r4s00"_ba);
        QCOMPARE(*oauth1Signature(u"PLAINTEXT"_s, base, u"a b"_s, {}), "a%20b&"_ba);
        // Base64 of HMACs of the right sizes, all different.
        const QByteArray sha1 = *oauth1Signature(u"HMAC-SHA1"_s, base, u"s"_s, u"t"_s);
        const QByteArray sha256 = *oauth1Signature(u"HMAC-SHA256"_s, base, u"s"_s, u"t"_s);
        const QByteArray sha512 = *oauth1Signature(u"HMAC-SHA512"_s, base, u"s"_s, u"t"_s);
        QCOMPARE(QByteArray::fromBase64(sha1).size(), 20);
        QCOMPARE(QByteArray::fromBase64(sha256).size(), 32);
        QCOMPARE(QByteArray::fromBase64(sha512).size(), 64);
        const auto rsa = oauth1Signature(u"RSA-SHA1"_s, base, u"s"_s, u"t"_s);
        QVERIFY(!rsa);
        QVERIFY(rsa.error().message.contains(u"RSA-SHA1"_s));
    }

    void emptyParametersOnlyWhenAsked()
    {
        HttpRequest request;
        request.url = QUrl(u"http://example.com/"_s);
        OAuth1Credentials c = photosCredentials();
        c.token.clear();
        c.realm.clear();
        QVERIFY(signOAuth1(request, c));
        QVERIFY(!headerValue(request.headers, "authorization").contains("oauth_token"));
        c.addEmptyParamsToSign = true;
        QVERIFY(signOAuth1(request, c));
        QCOMPARE(request.headers.size(), 1); // replaced, not added
        QVERIFY(headerValue(request.headers, "authorization").contains("oauth_token=\"\""));
        QVERIFY(headerValue(request.headers, "authorization").contains("oauth_version=\"\""));
    }

    void generatesTimestampAndNonce()
    {
        HttpRequest a, b;
        a.url = b.url = QUrl(u"http://example.com/"_s);
        OAuth1Credentials c = photosCredentials();
        c.timestamp.clear();
        c.nonce.clear();
        QVERIFY(signOAuth1(a, c));
        QVERIFY(signOAuth1(b, c));
        QVERIFY(headerValue(a.headers, "authorization") != headerValue(b.headers, "authorization"));
        const QByteArray header = headerValue(a.headers, "authorization");
        const qsizetype at = header.indexOf("oauth_timestamp=\"") + 17;
        const qint64 timestamp = header.mid(at, header.indexOf('"', at) - at).toLongLong();
        QVERIFY(qAbs(timestamp - QDateTime::currentSecsSinceEpoch()) < 60);
    }

    void parametersInTheQueryOrTheFormBody()
    {
        OAuth1Credentials c = photosCredentials();
        c.inHeader = false;
        HttpRequest get;
        get.url = QUrl(u"http://photos.example.net/photos?file=vacation.jpg&size=original"_s);
        QVERIFY(signOAuth1(get, c));
        QVERIFY(!hasHeader(get.headers, "authorization"));
        const QUrlQuery query(get.url);
        QCOMPARE(query.queryItemValue(u"oauth_signature"_s, QUrl::FullyDecoded), u"MdpQcU8iPSUjWoN/UDMsK2sui9I="_s);
        QCOMPARE(query.queryItemValue(u"file"_s), u"vacation.jpg"_s);

        HttpRequest post;
        post.method = "POST"_ba;
        post.url = QUrl(u"http://example.com/form"_s);
        post.headers.append({"Content-Type"_ba, "application/x-www-form-urlencoded"_ba});
        post.body = "a=1"_ba;
        QVERIFY(signOAuth1(post, c));
        QVERIFY(!post.url.hasQuery());
        QVERIFY2(post.body.startsWith("a=1&oauth_consumer_key=dpf43f3p2l4k3l03&"), post.body.constData());
        QVERIFY(post.body.contains("&oauth_signature="));
    }

    void bodyHashOfARawBody()
    {
        HttpRequest request;
        request.method = "POST"_ba;
        request.url = QUrl(u"http://example.com/"_s);
        request.body = "Hello World!"_ba;
        OAuth1Credentials c = photosCredentials();
        c.includeBodyHash = true;
        QVERIFY(signOAuth1(request, c));
        // base64(SHA-1("Hello World!")) = Lve95gjOVATpfV8EL5X4nxwjKHE=
        QVERIFY2(headerValue(request.headers, "authorization").contains("oauth_body_hash=\"Lve95gjOVATpfV8EL5X4nxwjKHE%3D\""),
                 headerValue(request.headers, "authorization").constData());
    }

    // Real HTTP: the server recomputes the signature from the request as it arrived.
    void postmanEchoAcceptsTheSignature_data()
    {
        QTest::addColumn<QString>("method");
        QTest::addColumn<QString>("url");
        QTest::newRow("HMAC-SHA1") << u"HMAC-SHA1"_s << u"/oauth1"_s;
        QTest::newRow("HMAC-SHA256 with a query") << u"HMAC-SHA256"_s << u"/oauth1?q=a b&x=%2B+1"_s;
        QTest::newRow("HMAC-SHA512") << u"HMAC-SHA512"_s << u"/oauth1"_s;
        QTest::newRow("PLAINTEXT") << u"PLAINTEXT"_s << u"/oauth1"_s;
    }
    void postmanEchoAcceptsTheSignature()
    {
        QFETCH(QString, method);
        QFETCH(QString, url);
        Request stored;
        stored.url = m_server.url().toString() + url;
        stored.auth = echoAuth();
        stored.auth.oauth1.signatureMethod = method;
        const ExchangeResult r = send(stored);
        QVERIFY(r.ok());
        QCOMPARE(r.response->statusCode, 200);
        QCOMPARE(QJsonDocument::fromJson(r.response->body).object(),
                 QJsonObject({{u"status"_s, u"pass"_s}, {u"message"_s, u"OAuth-1.0a signature verification was successful"_s}}));
        QVERIFY(headerValue(r.request.headers, "authorization").startsWith("OAuth "));
    }

    void formBodyIsSignedToo()
    {
        Request stored;
        stored.method = u"POST"_s;
        stored.url = m_server.url(u"/oauth1"_s).toString();
        stored.body.kind = Body::Kind::FormUrlEncoded;
        stored.body.form = {{u"status"_s, u"Hello Ladies + Gentlemen"_s, true, {}}};
        stored.auth = echoAuth();
        QCOMPARE(send(stored).response->statusCode, 200);
    }

    void wrongSecretIsRefusedWithPostmanEchosDetails()
    {
        Request stored;
        stored.url = m_server.url(u"/oauth1"_s).toString();
        stored.auth = echoAuth();
        stored.auth.oauth1.consumerSecret = u"not-the-secret"_s;
        const ExchangeResult r = send(stored);
        QCOMPARE(r.response->statusCode, 401);
        const QJsonObject answer = QJsonDocument::fromJson(r.response->body).object();
        QCOMPARE(answer.value("status"_L1).toString(), u"fail"_s);
        QCOMPARE(answer.value("message"_L1).toString(), u"HMAC-SHA1 verification failed"_s);
        QVERIFY(answer.value("base_string"_L1).toString().startsWith(u"GET&http%3A%2F%2F127.0.0.1%3A"_s));
        QCOMPARE(answer.value("signing_key"_L1).toString(), u"D%2BEdQ-gs%24-%25%402Nu7&"_s);
    }

    void unsupportedMethodIsAClearError()
    {
        Request stored;
        stored.url = m_server.url(u"/oauth1"_s).toString();
        stored.auth = echoAuth();
        stored.auth.oauth1.signatureMethod = u"RSA-SHA256"_s;
        const qsizetype before = m_server.requests().size();
        const ExchangeResult r = send(stored);
        QVERIFY(!r.ok());
        QVERIFY(r.error->message.contains(u"RSA-SHA256"_s));
        QCOMPARE(m_server.requests().size(), before); // nothing went out
    }

    void resolvesVariablesInTheSettings()
    {
        Request stored;
        stored.url = u"http://example.com/"_s;
        stored.auth = echoAuth();
        stored.auth.oauth1.consumerSecret = u"{{secret}}"_s;
        stored.auth.oauth1.inHeader = false;
        Environment environment;
        environment.variables.append({u"secret"_s, u"fake-secret-0000"_s, true, true});
        ResolveContext context;
        context.environment = &environment;
        const auto resolved = resolveRequest(stored, context);
        QVERIFY(resolved);
        QVERIFY(resolved->request.oauth1);
        QCOMPARE(resolved->request.oauth1->consumerSecret, u"fake-secret-0000"_s);
        QVERIFY(!resolved->request.oauth1->inHeader);
        QVERIFY(!hasHeader(resolved->request.headers, "authorization")); // signed by the engine, later
    }

    // Postman v2.0 (helper.postman_collection.json's shape: timeStamp, booleans) and v2.1 arrays.
    void importsAndExportsPostmanCollections()
    {
        const QByteArray v20 =
            "{\"info\": {\"name\": \"c\", \"schema\": \"https://schema.getpostman.com/json/collection/v2.0.0/collection.json\"},"
            "\"item\": [{\"name\": \"OAuth\", \"request\": {\"url\": \"https://postman-echo.com/oauth1\", \"method\": \"GET\","
            "\"auth\": {\"type\": \"oauth1\", \"oauth1\": {\"consumerKey\": \"RKCGzna7bv9YD57c\", \"consumerSecret\": \"D+EdQ-gs$-%@2Nu7\", \"token\": \"\","
            "\"tokenSecret\": \"\", \"signatureMethod\": \"HMAC-SHA256\", \"timeStamp\": 1461319769, \"nonce\": \"ik3oT5\", \"version\": \"1.0\","
            "\"realm\": \"r\", \"addParamsToHeader\": false, \"addEmptyParamsToSign\": true}}}}]}"_ba;
        const auto imported = importPostmanCollection(v20);
        QVERIFY(imported);
        const Auth &auth = imported->collection.requests.first().auth;
        QCOMPARE(auth.kind, Auth::Kind::OAuth1);
        QCOMPARE(auth.oauth1.consumerKey, u"RKCGzna7bv9YD57c"_s);
        QCOMPARE(auth.oauth1.consumerSecret, u"D+EdQ-gs$-%@2Nu7"_s);
        QCOMPARE(auth.oauth1.signatureMethod, u"HMAC-SHA256"_s);
        QCOMPARE(auth.oauth1.timestamp, u"1461319769"_s);
        QCOMPARE(auth.oauth1.nonce, u"ik3oT5"_s);
        QCOMPARE(auth.oauth1.realm, u"r"_s);
        QVERIFY(!auth.oauth1.inHeader);
        QVERIFY(auth.oauth1.addEmptyParamsToSign);

        // Out to v2.1 and back: the same auth; the switches are Postman's booleans.
        const PostmanExport exported = exportPostmanCollection(imported->collection);
        QVERIFY(exported.json.contains("\"type\": \"oauth1\""));
        QVERIFY(exported.json.contains("\"value\": false"));
        const auto again = importPostmanCollection(exported.json);
        QVERIFY(again);
        QCOMPARE(again->collection.requests.first().auth, auth);
    }

    void copyAsCodeCarriesTheSignature()
    {
        HttpRequest request;
        request.url = QUrl(u"http://photos.example.net/photos?file=vacation.jpg&size=original"_s);
        request.oauth1 = photosCredentials();
        CodegenOptions options;
        options.secrets = Secrets::Reveal;
        const QString curl = generateCode(request, CodeFormat::Curl, options);
        QVERIFY2(curl.contains(u"oauth_signature=\"MdpQcU8iPSUjWoN%2FUDMsK2sui9I%3D\""_s), qPrintable(curl));
        QVERIFY(!generateCode(request, CodeFormat::Curl).contains(u"MdpQcU8i"_s)); // masked like every Authorization
    }

    void importsInsomniasOAuth1AndDigest()
    {
        const auto imported = importInsomnia(QByteArrayLiteral(
            "{\"_type\": \"export\", \"__export_format\": 4, \"resources\": ["
            "{\"_id\": \"wrk_1\", \"_type\": \"workspace\", \"parentId\": null, \"name\": \"W\"},"
            "{\"_id\": \"req_1\", \"_type\": \"request\", \"parentId\": \"wrk_1\", \"name\": \"A\", \"method\": \"GET\", \"url\": \"https://a.test/\","
            " \"authentication\": {\"type\": \"oauth1\", \"consumerKey\": \"ck\", \"consumerSecret\": \"cs\", \"tokenKey\": \"tk\","
            " \"tokenSecret\": \"ts\", \"signatureMethod\": \"HMAC-SHA256\", \"callback\": \"https://a.test/cb\", \"includeBodyHash\": true}},"
            "{\"_id\": \"req_2\", \"_type\": \"request\", \"parentId\": \"wrk_1\", \"name\": \"B\", \"method\": \"GET\", \"url\": \"https://a.test/\","
            " \"authentication\": {\"type\": \"digest\", \"username\": \"u\", \"password\": \"fake-pass-0000\"}}"
            "]}"));
        QVERIFY(imported);
        QList<Auth> auths;
        for (const Request &r : imported->collections.first().requests)
            auths.append(r.auth);
        QCOMPARE(auths.size(), 2);
        const auto oauth1 = std::find_if(auths.cbegin(), auths.cend(), [](const Auth &a) { return a.kind == Auth::Kind::OAuth1; });
        QVERIFY(oauth1 != auths.cend());
        QCOMPARE(oauth1->oauth1.token, u"tk"_s);
        QCOMPARE(oauth1->oauth1.tokenSecret, u"ts"_s);
        QCOMPARE(oauth1->oauth1.signatureMethod, u"HMAC-SHA256"_s);
        QCOMPARE(oauth1->oauth1.callback, u"https://a.test/cb"_s);
        QCOMPARE(oauth1->oauth1.version, u"1.0"_s);
        QVERIFY(oauth1->oauth1.includeBodyHash);
        QVERIFY(std::any_of(auths.cbegin(), auths.cend(), [](const Auth &a) { return a.kind == Auth::Kind::Digest && a.username == u"u"_s; }));
    }

    void roundTripsThroughTheWorkspaceFormat()
    {
        Request request;
        request.name = u"r"_s;
        request.url = u"http://example.com/"_s;
        request.auth = echoAuth();
        request.auth.oauth1.tokenSecret = u"{{tokenSecret}}"_s;
        request.auth.oauth1.callback = u"http://localhost/cb"_s;
        request.auth.oauth1.includeBodyHash = true;
        const QJsonObject json = QJsonDocument::fromJson(requestToJson(request).toJson()).object();
        QCOMPARE(json.value("auth"_L1).toObject().value("kind"_L1).toString(), u"oauth1"_s);
        const Request back = requestFromJson(json);
        QCOMPARE(back.auth, request.auth);

        Request digest;
        digest.auth.kind = Auth::Kind::Digest;
        digest.auth.username = u"postman"_s;
        digest.auth.digest.realm = u"Users"_s;
        digest.auth.digest.qop = u"auth"_s;
        QCOMPARE(requestFromJson(QJsonDocument::fromJson(requestToJson(digest).toJson()).object()).auth, digest.auth);
    }
};

QTEST_GUILESS_MAIN(TestOAuth1)
#include "tst_oauth1.moc"
