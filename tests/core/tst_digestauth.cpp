// SPDX-License-Identifier: GPL-3.0-or-later
#include "http/digestauth.h"
#include "http/exchangejson.h"
#include "http/httpclient.h"
#include "model/requestresolver.h"
#include "exchangewait.h"
#include "testserver.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace gatehouse;
using gatehouse::test::TestServer;

class TestDigestAuth : public QObject
{
    Q_OBJECT

    TestServer m_server;
    HttpClient m_client;

    ExchangeResult sendAndWait(const HttpRequest &request)
    {
        return test::sendAndWait(m_client, request);
    }

private Q_SLOTS:
    void initTestCase()
    {
        qRegisterMetaType<ExchangeResult>();
        QVERIFY(m_server.listen());
    }

    void parsesTheDigestChallengeAmongOthers()
    {
        const auto c = parseDigestChallenge("Basic realm=\"x\", Digest realm=\"r e\", qop=\"auth,auth-int\", nonce=\"abc\", opaque=\"o\", algorithm=MD5-sess, stale=TRUE");
        QVERIFY(c);
        QCOMPARE(c->realm, "r e"_ba);
        QCOMPARE(c->nonce, "abc"_ba);
        QCOMPARE(c->opaque, "o"_ba);
        QCOMPARE(c->algorithm, "MD5-sess"_ba);
        QCOMPARE(c->qop, "auth,auth-int"_ba);
        QVERIFY(c->stale);
        QVERIFY(!parseDigestChallenge("Basic realm=\"x\""));
        QVERIFY(!parseDigestChallenge("Digest realm=\"x\", nonce=\"n\", algorithm=SHA-512-256"));
    }

    void matchesTheRfc2617Example()
    {
        // RFC 2617 §3.5: Mufasa / "Circle Of Life" -> response 6629fae49393a05397450978507c4ef1.
        DigestChallenge c;
        c.realm = "testrealm@host.com"_ba;
        c.nonce = "dcd98b7102dd2f0e8b11d0f600bfb0c093"_ba;
        c.opaque = "5ccc069c403ebaf9f0171e9517f40e41"_ba;
        c.qop = "auth,auth-int"_ba;
        const QByteArray header = digestAuthorization(c, "GET", "/dir/index.html", u"Mufasa"_s, u"Circle Of Life"_s, "0a4f113b"_ba, 1);
        QVERIFY2(header.contains("response=\"6629fae49393a05397450978507c4ef1\""), header.constData());
        QVERIFY(header.contains("qop=auth, nc=00000001, cnonce=\"0a4f113b\""));
        QVERIFY(header.contains("opaque=\"5ccc069c403ebaf9f0171e9517f40e41\""));
    }

    void handshakeIsAnsweredAndVisible()
    {
        HttpRequest request;
        request.url = m_server.url(u"/digest-auth?x=1"_s);
        request.digest = DigestCredentials{u"digest-user"_s, u"fake-pass-0000"_s};
        const qsizetype before = m_server.requests().size();
        const ExchangeResult r = sendAndWait(request);
        QVERIFY(r.ok());
        QCOMPARE(r.response->statusCode, 200);
        QCOMPARE(m_server.requests().size(), before + 2);
        // The challenge is a hop of the exchange, and the answer is in the request as sent.
        QCOMPARE(r.redirects.size(), 1);
        QCOMPARE(r.redirects.first().statusCode, 401);
        QVERIFY(r.redirects.first().authChallenge);
        QCOMPARE(r.redirects.first().location, request.url);
        QVERIFY(headerValue(r.request.headers, "authorization").startsWith("Digest username=\"digest-user\""));
        QCOMPARE(headerValue(r.request.headers, "authorization"), m_server.requests().last().header("authorization"));
        const QJsonObject json = exchangeToJson(r, Secrets::Redact);
        QVERIFY(json.value("redirects"_L1).toArray().first().toObject().value("authChallenge"_L1).toBool());
    }

    void postBodyIsSentAgainWithTheAnswer()
    {
        HttpRequest request;
        request.method = "POST"_ba;
        request.url = m_server.url(u"/digest-auth"_s);
        request.body = "payload"_ba;
        request.digest = DigestCredentials{u"digest-user"_s, u"fake-pass-0000"_s};
        const ExchangeResult r = sendAndWait(request);
        QCOMPARE(r.response->statusCode, 200);
        QCOMPARE(m_server.requests().last().body, "payload"_ba);
    }

    void wrongPasswordEndsWithTheSecond401()
    {
        HttpRequest request;
        request.url = m_server.url(u"/digest-auth"_s);
        request.digest = DigestCredentials{u"digest-user"_s, u"wrong"_s};
        const qsizetype before = m_server.requests().size();
        const ExchangeResult r = sendAndWait(request);
        QVERIFY(r.ok());
        QCOMPARE(r.response->statusCode, 401);
        QCOMPARE(m_server.requests().size(), before + 2); // answered once, not in a loop
        QCOMPARE(r.redirects.size(), 1);
    }

    void withoutCredentialsThe401IsTheAnswer()
    {
        HttpRequest request;
        request.url = m_server.url(u"/digest-auth"_s);
        const ExchangeResult r = sendAndWait(request);
        QCOMPARE(r.response->statusCode, 401);
        QVERIFY(r.redirects.isEmpty());
    }

    void resolverTurnsDigestAuthIntoCredentials()
    {
        Request stored;
        stored.url = m_server.url(u"/digest-auth"_s).toString();
        stored.auth.kind = Auth::Kind::Digest;
        stored.auth.username = u"{{user}}"_s;
        stored.auth.password = u"fake-pass-0000"_s;
        Environment environment;
        environment.variables.append({u"user"_s, u"digest-user"_s, true, false});
        ResolveContext context;
        context.environment = &environment;
        const auto resolved = resolveRequest(stored, context);
        QVERIFY(resolved);
        QVERIFY(resolved->request.digest);
        QCOMPARE(resolved->request.digest->username, u"digest-user"_s);
        QVERIFY(!hasHeader(resolved->request.headers, "authorization"));
        QCOMPARE(sendAndWait(resolved->request).response->statusCode, 200);
    }

    // As Postman: realm and nonce in the auth send the answer with the first request (no 401 first).
    // The loopback /digest-auth answers postman / password as postman-echo.com does.
    void knownRealmAndNonceAnswerUpFront()
    {
        Request stored;
        stored.url = m_server.url(u"/digest-auth"_s).toString();
        stored.auth.kind = Auth::Kind::Digest;
        stored.auth.username = u"postman"_s;
        stored.auth.password = u"password"_s;
        stored.auth.digest.realm = u"{{realm}}"_s;
        stored.auth.digest.nonce = u"ni1LiL0O37PRRhofWdCLmwFsnEtH1lew"_s;
        Environment environment;
        environment.variables.append({u"realm"_s, u"Users"_s, true, false});
        ResolveContext context;
        context.environment = &environment;
        const auto resolved = resolveRequest(stored, context);
        QVERIFY(resolved);
        const qsizetype before = m_server.requests().size();
        const ExchangeResult r = sendAndWait(resolved->request);
        QCOMPARE(r.response->statusCode, 200);
        QCOMPARE(r.response->body, "{\"authenticated\":true}"_ba);
        QCOMPARE(m_server.requests().size(), before + 1);
        QVERIFY(r.redirects.isEmpty());
        // Empty algorithm and qop: MD5 without qop (RFC 2069), the value postman-echo documents.
        const QByteArray sent = m_server.requests().last().header("authorization");
        QVERIFY2(sent.contains("response=\"254679099562cf07df9b6f5d8d15db44\""), sent.constData());
        QVERIFY(!sent.contains("qop="));
    }

    void upFrontAnswerWithQopUsesTheGivenCounts()
    {
        HttpRequest request;
        request.url = m_server.url(u"/digest-auth"_s);
        DigestCredentials d{u"postman"_s, u"password"_s};
        d.realm = "Users"_ba;
        d.nonce = "abc"_ba;
        d.qop = "auth"_ba;
        d.nonceCount = "0000000a"_ba;
        d.clientNonce = "fixed-cnonce"_ba;
        request.digest = d;
        const ExchangeResult r = sendAndWait(request);
        QCOMPARE(r.response->statusCode, 200);
        const QByteArray sent = m_server.requests().last().header("authorization");
        QVERIFY2(sent.contains("nc=0000000a") && sent.contains("cnonce=\"fixed-cnonce\""), sent.constData());
    }

    void staleUpFrontAnswerFallsBackToTheChallenge()
    {
        // A wrong realm is refused; the engine then answers the server's own challenge once.
        HttpRequest request;
        request.url = m_server.url(u"/digest-auth"_s);
        DigestCredentials d{u"postman"_s, u"password"_s};
        d.realm = "Elsewhere"_ba;
        d.nonce = "abc"_ba;
        request.digest = d;
        const qsizetype before = m_server.requests().size();
        const ExchangeResult r = sendAndWait(request);
        QCOMPARE(r.response->statusCode, 200);
        QCOMPARE(m_server.requests().size(), before + 2);
        QCOMPARE(r.redirects.size(), 1);
        QVERIFY(m_server.requests().last().header("authorization").contains("realm=\"Users\""));
    }

    void postmanEchoChallengeWithoutCredentials()
    {
        TestServer echo;
        echo.setPostmanEchoDigest(true);
        QVERIFY(echo.listen());
        HttpRequest request;
        request.url = echo.url(u"/digest-auth"_s);
        request.digest = DigestCredentials{u"postman"_s, u"password"_s};
        const ExchangeResult r = sendAndWait(request);
        QCOMPARE(r.response->statusCode, 200);
        QCOMPARE(r.redirects.size(), 1);
        QVERIFY(headerValue(r.request.headers, "authorization").contains("qop=auth"));
    }
};

QTEST_GUILESS_MAIN(TestDigestAuth)
#include "tst_digestauth.moc"
