// SPDX-License-Identifier: GPL-3.0-or-later
#include "http/httpclient.h"
#include "http/oauth2.h"
#include "model/requestresolver.h"
#include "storage/memorysecretstore.h"
#include "exchangewait.h"
#include "testserver.h"

#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace gatehouse;
using gatehouse::test::TestServer;

class TestOAuth2 : public QObject
{
    Q_OBJECT

    TestServer m_server;

    static ExchangeResult sendAndWait(HttpClient &client, const HttpRequest &request) { return test::sendAndWait(client, request); }

    OAuth2ClientCredentials config(const QString &tokenPath = u"/oauth/token"_s) const
    {
        OAuth2ClientCredentials c;
        c.tokenUrl = m_server.url(tokenPath);
        c.clientId = u"client-1"_s;
        c.clientSecret = u"fake-secret-0000"_s;
        c.scope = u"api://gatehouse/.default"_s;
        c.cacheScope = u"env-dev"_s;
        return c;
    }

    HttpRequest protectedRequest(const OAuth2ClientCredentials &c) const
    {
        HttpRequest request;
        request.url = m_server.url(u"/oauth/protected"_s);
        request.oauth2 = c;
        return request;
    }

private Q_SLOTS:
    void initTestCase()
    {
        qRegisterMetaType<ExchangeResult>();
        QVERIFY(m_server.listen());
    }

    void getsATokenAndSendsIt()
    {
        HttpClient client;
        const qsizetype tokensBefore = m_server.requestCount("/oauth/token");
        const ExchangeResult r = sendAndWait(client, protectedRequest(config()));
        QVERIFY(r.ok());
        QCOMPARE(r.response->statusCode, 200);
        QCOMPARE(m_server.requestCount("/oauth/token"), tokensBefore + 1);
        const TestServer::Request &tokenRequest = m_server.requests().at(m_server.requests().size() - 2);
        QCOMPARE(tokenRequest.method, "POST"_ba);
        QCOMPARE(tokenRequest.header("content-type"), "application/x-www-form-urlencoded"_ba);
        QVERIFY(tokenRequest.header("authorization").startsWith("Basic "));
        QVERIFY(tokenRequest.body.contains("grant_type=client_credentials"));
        QVERIFY(tokenRequest.body.contains("scope=api%3A%2F%2Fgatehouse%2F.default"));
        QVERIFY(!tokenRequest.body.contains("client_secret"));
        // Sent as Authorization: Bearer <token>, shown in the request as sent, and noted.
        const QByteArray sent = m_server.requests().last().header("authorization");
        QVERIFY(sent.startsWith("Bearer fake-token-"));
        QCOMPARE(headerValue(r.request.headers, "authorization"), sent);
        QCOMPARE(r.notes.size(), 1);
        QVERIFY(r.notes.first().contains(u"/oauth/token"_s));
    }

    void reusesTheCachedTokenUntilItExpires()
    {
        HttpClient client;
        QVERIFY(sendAndWait(client, protectedRequest(config())).ok());
        const QByteArray first = m_server.requests().last().header("authorization");
        const qsizetype tokens = m_server.requestCount("/oauth/token");
        QCOMPARE(sendAndWait(client, protectedRequest(config())).response->statusCode, 200);
        QCOMPARE(m_server.requestCount("/oauth/token"), tokens);
        QCOMPARE(m_server.requests().last().header("authorization"), first);

        // Another environment (cache scope) or another client gets a token of its own.
        OAuth2ClientCredentials other = config();
        other.cacheScope = u"env-test"_s;
        QVERIFY(sendAndWait(client, protectedRequest(other)).ok());
        QCOMPARE(m_server.requestCount("/oauth/token"), tokens + 1);
    }

    void refreshesAnExpiredToken()
    {
        HttpClient client;
        // expires_in=1 is inside the safety margin: the token is never reused.
        const OAuth2ClientCredentials shortLived = config(u"/oauth/token?expires_in=1"_s);
        const qsizetype tokens = m_server.requestCount("/oauth/token");
        QVERIFY(sendAndWait(client, protectedRequest(shortLived)).ok());
        const QByteArray first = m_server.requests().last().header("authorization");
        QCOMPARE(sendAndWait(client, protectedRequest(shortLived)).response->statusCode, 200);
        QCOMPARE(m_server.requestCount("/oauth/token"), tokens + 2);
        QVERIFY(m_server.requests().last().header("authorization") != first);
    }

    void usesTheRefreshTokenWhenTheTokenExpired()
    {
        MemorySecretStore store;
        HttpClient client;
        client.setSecretStore(&store);
        OAuth2ClientCredentials c = config(u"/oauth/token?expires_in=1&refresh=1"_s);
        c.cacheScope = u"env-refresh"_s;
        const qsizetype tokens = m_server.requestCount("/oauth/token");
        QVERIFY(sendAndWait(client, protectedRequest(c)).ok());
        QVERIFY(m_server.requests().last().header("authorization").startsWith("Bearer fake-token-"));
        // The refresh token is kept with the token, in the secret store too.
        QCOMPARE(store.values().size(), 1);
        QVERIFY(store.values().first().contains(u"fake-refresh-"_s));

        // Expired (expires_in=1 is inside the safety margin): refreshed, not asked for anew, twice
        // (the endpoint issues no new refresh token, so the old one stays).
        for (int i = 0; i < 2; ++i) {
            const ExchangeResult r = sendAndWait(client, protectedRequest(c));
            QVERIFY2(r.ok() && r.response->statusCode == 200, r.error ? qPrintable(r.error->message) : "");
            QVERIFY2(r.notes.join(u'\n').contains(u"refreshed the token"_s), qPrintable(r.notes.join(u'\n')));
        }
        QCOMPARE(m_server.requestCount("/oauth/token"), tokens + 3);
        const QList<TestServer::Request> &requests = m_server.requests();
        const auto lastTokenRequest = std::find_if(requests.crbegin(), requests.crend(), [](const TestServer::Request &r) {
            return r.target.startsWith("/oauth/token");
        });
        QVERIFY(lastTokenRequest->body.contains("grant_type=refresh_token"));
        QVERIFY(lastTokenRequest->body.contains("refresh_token=fake-refresh-"));
    }

    void aRefusedRefreshTokenFallsBackToClientCredentials()
    {
        HttpClient client;
        OAuth2ClientCredentials c = config(u"/oauth/token?expires_in=1&refresh=1"_s);
        c.cacheScope = u"env-refused-refresh"_s;
        QVERIFY(sendAndWait(client, protectedRequest(c)).ok());
        m_server.revokeTokens(true);
        const qsizetype tokens = m_server.requestCount("/oauth/token");
        const ExchangeResult r = sendAndWait(client, protectedRequest(c));
        QVERIFY2(r.ok() && r.response->statusCode == 200, r.error ? qPrintable(r.error->message) : "");
        QCOMPARE(m_server.requestCount("/oauth/token"), tokens + 2); // the refused refresh, then client credentials
        QVERIFY2(r.notes.join(u'\n').contains(u"refused the refresh token"_s), qPrintable(r.notes.join(u'\n')));
    }

    void aRefusedRefreshTokenOfTheAuthorizationCodeAsksToSignIn()
    {
        HttpClient client;
        OAuth2ClientCredentials c = config();
        c.authorizationCode = true;
        c.authorizationUrl = m_server.url(u"/oauth/authorize"_s);
        c.cacheScope = u"env-code-refresh"_s;
        OAuth2Token expired;
        expired.accessToken = "fake-token-expired"_ba;
        expired.expiresAt = QDateTime::currentDateTimeUtc().addSecs(-60);
        expired.refreshToken = "fake-refresh-unknown"_ba;
        client.tokenCache().insert(oauth2CacheKey(c), expired);
        const qsizetype protectedBefore = m_server.requestCount("/oauth/protected");
        const ExchangeResult r = sendAndWait(client, protectedRequest(c));
        QVERIFY(!r.ok());
        QCOMPARE(r.error->code, Error::Code::Auth);
        QVERIFY2(r.error->message.contains(u"invalid_grant"_s) && r.error->message.contains(u"Sign in again"_s), qPrintable(r.error->message));
        QCOMPARE(m_server.requestCount("/oauth/protected"), protectedBefore);
        QVERIFY(client.tokenCache().refreshToken(oauth2CacheKey(c)).isEmpty()); // of no further use
    }

    void retriesOnceAfterA401WithACachedToken()
    {
        HttpClient client;
        const OAuth2ClientCredentials c = config();
        QVERIFY(sendAndWait(client, protectedRequest(c)).ok());
        m_server.revokeTokens(); // the cached token is now refused
        const qsizetype tokens = m_server.requestCount("/oauth/token");
        const qsizetype protectedBefore = m_server.requestCount("/oauth/protected");
        const ExchangeResult r = sendAndWait(client, protectedRequest(c));
        QVERIFY2(r.ok(), r.error ? qPrintable(r.error->message) : "");
        QCOMPARE(r.response->statusCode, 200);
        QCOMPARE(m_server.requestCount("/oauth/token"), tokens + 1);
        QCOMPARE(m_server.requestCount("/oauth/protected"), protectedBefore + 2);
        QCOMPARE(r.redirects.size(), 1); // the 401 is a hop of the exchange
        QCOMPARE(r.redirects.first().statusCode, 401);
        QVERIFY(r.redirects.first().authChallenge);
        QVERIFY2(r.notes.join(u'\n').contains(u"refused the cached token"_s), qPrintable(r.notes.join(u'\n')));
    }

    void neverRetriesMoreThanOnce()
    {
        HttpClient client;
        OAuth2ClientCredentials c = config();
        c.cacheScope = u"env-always-401"_s;
        HttpRequest request = protectedRequest(c);
        request.url = m_server.url(u"/status/401"_s);
        const qsizetype tokens = m_server.requestCount("/oauth/token");
        // A fresh token that is refused is not fetched again.
        ExchangeResult r = sendAndWait(client, request);
        QCOMPARE(r.response->statusCode, 401);
        QVERIFY(r.redirects.isEmpty());
        QCOMPARE(m_server.requestCount("/oauth/token"), tokens + 1);
        // A cached one is, once; the second 401 is the answer.
        const qsizetype statusBefore = m_server.requestCount("/status/401");
        r = sendAndWait(client, request);
        QCOMPARE(r.response->statusCode, 401);
        QCOMPARE(r.redirects.size(), 1);
        QCOMPARE(m_server.requestCount("/oauth/token"), tokens + 2);
        QCOMPARE(m_server.requestCount("/status/401"), statusBefore + 2);
    }

    // "Get token" in the auth editor: the token is fetched now, cached, and the next send reuses it.
    void getTokenFetchesAndCaches()
    {
        HttpClient client;
        OAuth2ClientCredentials c = config();
        c.cacheScope = u"env-get-token"_s;
        QObject context;
        std::optional<Expected<OAuth2Token>> got;
        client.fetchOAuth2Token(protectedRequest(c), &context, [&](const Expected<OAuth2Token> &token) { got = token; });
        QTRY_VERIFY(got.has_value());
        QVERIFY2(got->has_value(), got->has_value() ? "" : qPrintable(got->error().message));
        QVERIFY((*got)->accessToken.startsWith("fake-token-"));
        const qsizetype tokens = m_server.requestCount("/oauth/token");
        QVERIFY(sendAndWait(client, protectedRequest(c)).ok());
        QCOMPARE(m_server.requestCount("/oauth/token"), tokens);
        QCOMPARE(m_server.requests().last().header("authorization"), "Bearer " + (*got)->accessToken);

        // A wrong secret: the endpoint's answer, named.
        c.clientSecret = u"wrong"_s;
        got.reset();
        client.fetchOAuth2Token(protectedRequest(c), &context, [&](const Expected<OAuth2Token> &token) { got = token; });
        QTRY_VERIFY(got.has_value());
        QVERIFY(!got->has_value());
        QVERIFY2(got->error().message.contains(u"invalid_client"_s), qPrintable(got->error().message));

        // The authorization code grant without a refresh token needs the browser.
        c = config();
        c.authorizationCode = true;
        c.cacheScope = u"env-get-token-code"_s;
        got.reset();
        client.fetchOAuth2Token(protectedRequest(c), &context, [&](const Expected<OAuth2Token> &token) { got = token; });
        QVERIFY(got.has_value() && !got->has_value());
        QVERIFY(got->error().message.contains(u"browser"_s));
    }

    void clientCredentialsInTheBody()
    {
        HttpClient client;
        OAuth2ClientCredentials c = config();
        c.credentialsInBody = true;
        c.headerPrefix = u"Token"_s;
        QVERIFY(sendAndWait(client, protectedRequest(c)).ok());
        const TestServer::Request &tokenRequest = m_server.requests().at(m_server.requests().size() - 2);
        QVERIFY(tokenRequest.header("authorization").isEmpty());
        QVERIFY(tokenRequest.body.contains("client_id=client-1"));
        QVERIFY(tokenRequest.body.contains("client_secret=fake-secret-0000"));
        QVERIFY(m_server.requests().last().header("authorization").startsWith("Token fake-token-"));
    }

    void endpointErrorIsNamedAndNothingIsSent()
    {
        HttpClient client;
        OAuth2ClientCredentials c = config();
        c.clientSecret = u"wrong"_s;
        const qsizetype protectedBefore = m_server.requestCount("/oauth/protected");
        const ExchangeResult r = sendAndWait(client, protectedRequest(c));
        QVERIFY(!r.ok());
        QCOMPARE(r.error->code, Error::Code::Auth);
        QVERIFY2(r.error->message.contains(m_server.url(u"/oauth/token"_s).toString()), qPrintable(r.error->message));
        QVERIFY(r.error->message.contains(u"invalid_client"_s));
        QVERIFY(r.error->message.contains(u"AADSTS7000215"_s));
        QVERIFY(!r.error->message.contains(u"wrong"_s));
        QCOMPARE(m_server.requestCount("/oauth/protected"), protectedBefore);
    }

    void unreachableEndpointIsNamed()
    {
        HttpClient client;
        OAuth2ClientCredentials c = config();
        c.tokenUrl = QUrl(u"http://127.0.0.1:1/token"_s);
        const ExchangeResult r = sendAndWait(client, protectedRequest(c));
        QVERIFY(!r.ok());
        QVERIFY2(r.error->message.contains(u"http://127.0.0.1:1/token"_s), qPrintable(r.error->message));
    }

    void anAuthorizationHeaderSetByTheUserWins()
    {
        HttpClient client;
        HttpRequest request = protectedRequest(config());
        request.headers = {{"Authorization"_ba, "Bearer mine"_ba}};
        const qsizetype tokens = m_server.requestCount("/oauth/token");
        const ExchangeResult r = sendAndWait(client, request);
        QCOMPARE(r.response->statusCode, 401);
        QCOMPARE(m_server.requestCount("/oauth/token"), tokens);
    }

    void tokenIsKeptInTheSecretStoreAcrossClients()
    {
        MemorySecretStore store;
        OAuth2ClientCredentials c = config();
        c.cacheScope = u"env-persist"_s;
        {
            HttpClient client;
            client.setSecretStore(&store);
            QVERIFY(sendAndWait(client, protectedRequest(c)).ok());
        }
        QCOMPARE(store.values().size(), 1);
        QVERIFY(store.values().firstKey().startsWith(u"oauth2/env-persist/"_s));
        QVERIFY(!store.values().firstKey().contains(u"fake-secret"_s));
        const qsizetype tokens = m_server.requestCount("/oauth/token");
        HttpClient again;
        again.setSecretStore(&store);
        QCOMPARE(sendAndWait(again, protectedRequest(c)).response->statusCode, 200);
        QCOMPARE(m_server.requestCount("/oauth/token"), tokens);
    }

    void resolverHandsTheConfigurationToTheEngine()
    {
        Request stored;
        stored.url = m_server.url(u"/oauth/protected"_s).toString();
        stored.auth.kind = Auth::Kind::OAuth2;
        stored.auth.grantType = u"client_credentials"_s;
        stored.auth.accessTokenUrl = u"{{base}}/oauth/token"_s;
        stored.auth.clientId = u"client-1"_s;
        stored.auth.clientSecret = u"{{secret}}"_s;
        stored.auth.scope = u"read"_s;
        stored.auth.clientAuthentication = u"body"_s;
        Environment environment;
        environment.id = u"env-42"_s;
        environment.variables = {{u"base"_s, m_server.url().toString(), true, false}, {u"secret"_s, u"fake-secret-0000"_s, true, true}};
        ResolveContext context;
        context.environment = &environment;
        const auto resolved = resolveRequest(stored, context);
        QVERIFY(resolved);
        QVERIFY(resolved->problems.isEmpty());
        QVERIFY(resolved->request.oauth2);
        QCOMPARE(resolved->request.oauth2->tokenUrl, m_server.url(u"/oauth/token"_s));
        QCOMPARE(resolved->request.oauth2->clientSecret, u"fake-secret-0000"_s);
        QVERIFY(resolved->request.oauth2->credentialsInBody);
        QCOMPARE(resolved->request.oauth2->cacheScope, u"env-42"_s);
        HttpClient client;
        QCOMPARE(sendAndWait(client, resolved->request).response->statusCode, 200);

        stored.auth.accessTokenUrl.clear();
        const auto incomplete = resolveRequest(stored, context);
        QVERIFY(incomplete);
        QVERIFY(!incomplete->request.oauth2);
        QCOMPARE(incomplete->problems.size(), 1);
        QCOMPARE(incomplete->problems.first().kind, ResolveProblem::Kind::IncompleteAuth);
    }

    void parsesExpiresInAsTextToo()
    {
        ExchangeResult r;
        r.response = HttpResponse{};
        r.response->statusCode = 200;
        r.response->body = "{\"access_token\":\"t\",\"token_type\":\"Bearer\",\"expires_in\":\"3599\"}"_ba;
        const QDateTime now = QDateTime::currentDateTimeUtc();
        const auto token = parseTokenResponse(r, QUrl(u"https://login.microsoftonline.com/t/oauth2/token"_s), now);
        QVERIFY(token);
        QCOMPARE(token->expiresAt, now.addSecs(3599));
        QVERIFY(token->isUsableAt(now));
        QVERIFY(!token->isUsableAt(now.addSecs(3590)));
    }
};

QTEST_GUILESS_MAIN(TestOAuth2)
#include "tst_oauth2.moc"
