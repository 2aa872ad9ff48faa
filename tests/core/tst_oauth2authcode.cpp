// SPDX-License-Identifier: GPL-3.0-or-later
// The authorization code grant with PKCE: the "browser" is this test following the authorize URL
// against the test server's authorization endpoint, back to the flow's loopback redirect.
#include "http/httpclient.h"
#include "http/oauth2authcode.h"
#include "exchangewait.h"
#include "testserver.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QHostAddress>
#include <QTcpSocket>
#include <QTest>
#include <QUrlQuery>

using namespace Qt::StringLiterals;
using namespace gatehouse;
using gatehouse::test::TestServer;

class TestOAuth2AuthCode : public QObject
{
    Q_OBJECT

    TestServer m_server;
    QNetworkAccessManager m_browser;
    QList<QUrl> m_opened;

    OAuth2AuthorizationCode::OpenUrl browser()
    {
        return [this](const QUrl &url) {
            m_opened.append(url);
            QNetworkRequest request(url);
            request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::NoLessSafeRedirectPolicy);
            QNetworkReply *reply = m_browser.get(request);
            connect(reply, &QNetworkReply::finished, reply, &QObject::deleteLater);
        };
    }

    OAuth2ClientCredentials config(const QString &authorizePath = u"/oauth/authorize"_s) const
    {
        OAuth2ClientCredentials c;
        c.authorizationCode = true;
        c.authorizationUrl = m_server.url(authorizePath);
        c.tokenUrl = m_server.url(u"/oauth/token"_s);
        c.clientId = u"client-1"_s;
        c.scope = u"openid"_s;
        c.cacheScope = u"env-dev"_s;
        return c;
    }

    static ExchangeResult sendAndWait(HttpClient &client, const HttpRequest &request) { return test::sendAndWait(client, request); }

private Q_SLOTS:
    void initTestCase()
    {
        qRegisterMetaType<ExchangeResult>();
        QVERIFY(m_server.listen());
    }

    void signsInWithPkceAndTheEngineUsesTheToken()
    {
        HttpClient client;
        HttpRequest request;
        request.url = m_server.url(u"/oauth/protected"_s);
        request.oauth2 = config();

        // No token yet: nothing is sent, and the error says what to do.
        const qsizetype protectedBefore = m_server.requestCount("/oauth/protected");
        ExchangeResult r = sendAndWait(client, request);
        QVERIFY(!r.ok());
        QCOMPARE(r.error->code, Error::Code::Auth);
        QVERIFY2(r.error->message.contains(u"sign in"_s), qPrintable(r.error->message));
        QCOMPARE(m_server.requestCount("/oauth/protected"), protectedBefore);

        OAuth2AuthorizationCode flow(browser());
        QSignalSpy finished(&flow, &OAuth2AuthorizationCode::finished);
        QSignalSpy failed(&flow, &OAuth2AuthorizationCode::failed);
        flow.start(config(), &client.tokenCache());
        QTRY_COMPARE_WITH_TIMEOUT(finished.count() + failed.count(), 1, 10000);
        QVERIFY2(failed.isEmpty(), failed.isEmpty() ? "" : qPrintable(failed.first().first().value<Error>().message));

        // The authorize URL carried a PKCE S256 challenge and the loopback redirect.
        QCOMPARE(m_opened.size(), 1);
        const QUrlQuery query(m_opened.first());
        QCOMPARE(query.queryItemValue(u"code_challenge_method"_s), u"S256"_s);
        QVERIFY(!query.queryItemValue(u"code_challenge"_s).isEmpty());
        QVERIFY(query.queryItemValue(u"redirect_uri"_s, QUrl::FullyDecoded).startsWith(u"http://127.0.0.1:"_s));
        // The token request proved the verifier.
        const auto tokenRequest = std::find_if(m_server.requests().crbegin(), m_server.requests().crend(),
                                               [](const TestServer::Request &q) { return q.target.startsWith("/oauth/token"); });
        QVERIFY(tokenRequest->body.contains("code_verifier="));

        const OAuth2Token token = finished.first().first().value<OAuth2Token>();
        QVERIFY(token.accessToken.startsWith("fake-token-"));
        QVERIFY(token.expiresAt.isValid());

        r = sendAndWait(client, request);
        QVERIFY(r.ok());
        QCOMPARE(r.response->statusCode, 200);
        QCOMPARE(m_server.requests().last().header("authorization"), "Bearer " + token.accessToken);
    }

    void refusalIsNamed()
    {
        OAuth2AuthorizationCode flow(browser());
        QSignalSpy finished(&flow, &OAuth2AuthorizationCode::finished);
        QSignalSpy failed(&flow, &OAuth2AuthorizationCode::failed);
        flow.start(config(u"/oauth/deny"_s));
        QTRY_COMPARE_WITH_TIMEOUT(finished.count() + failed.count(), 1, 10000);
        QCOMPARE(failed.count(), 1);
        const Error error = failed.first().first().value<Error>();
        QCOMPARE(error.code, Error::Code::Auth);
        QVERIFY2(error.message.contains(u"access_denied"_s), qPrintable(error.message));
    }

    // The user never finishes signing in: the flow gives up after its timeout, says so, and the
    // loopback redirect stops listening.
    void abandonedSignInTimesOut()
    {
        QList<QUrl> opened;
        OAuth2AuthorizationCode flow([&opened](const QUrl &url) { opened.append(url); }); // a browser nobody uses
        flow.setTimeout(std::chrono::milliseconds(300));
        QSignalSpy finished(&flow, &OAuth2AuthorizationCode::finished);
        QSignalSpy failed(&flow, &OAuth2AuthorizationCode::failed);
        flow.start(config());
        QVERIFY(flow.isRunning());
        QCOMPARE(opened.size(), 1);
        const QUrl redirect(flow.redirectUri());
        QVERIFY(redirect.port() > 0);
        QTRY_COMPARE_WITH_TIMEOUT(failed.count(), 1, 10000);
        QVERIFY(finished.isEmpty());
        QVERIFY(!flow.isRunning());
        const Error error = failed.first().first().value<Error>();
        QCOMPARE(error.code, Error::Code::Timeout);
        QVERIFY2(error.message.contains(u"not completed"_s), qPrintable(error.message));

        QTcpSocket socket;
        socket.connectToHost(QHostAddress::LocalHost, quint16(redirect.port()));
        QVERIFY(!socket.waitForConnected(2000));
        QCOMPARE(socket.error(), QAbstractSocket::ConnectionRefusedError);

        // Cancelling afterwards says nothing more; a new start signs in normally.
        flow.cancel();
        QCOMPARE(failed.count(), 1);
        OAuth2AuthorizationCode again(browser());
        QSignalSpy againFinished(&again, &OAuth2AuthorizationCode::finished);
        again.setTimeout(std::chrono::milliseconds(10000));
        again.start(config());
        QTRY_COMPARE_WITH_TIMEOUT(againFinished.count(), 1, 10000);
    }

    void cancelEndsAWaitingSignIn()
    {
        OAuth2AuthorizationCode flow([](const QUrl &) {});
        QCOMPARE(flow.timeout(), std::chrono::milliseconds(OAuth2AuthorizationCode::kDefaultTimeout));
        QSignalSpy finished(&flow, &OAuth2AuthorizationCode::finished);
        QSignalSpy failed(&flow, &OAuth2AuthorizationCode::failed);
        flow.cancel(); // nothing running: nothing to say
        QVERIFY(failed.isEmpty());
        flow.start(config());
        const QUrl redirect(flow.redirectUri());
        flow.cancel();
        QCOMPARE(failed.count(), 1);
        QCOMPARE(failed.first().first().value<Error>().code, Error::Code::Cancelled);
        QVERIFY(!flow.isRunning());
        flow.cancel();
        QCOMPARE(failed.count(), 1);
        QTcpSocket socket;
        socket.connectToHost(QHostAddress::LocalHost, quint16(redirect.port()));
        QVERIFY(!socket.waitForConnected(2000));
        QTest::qWait(50);
        QVERIFY(finished.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestOAuth2AuthCode)
#include "tst_oauth2authcode.moc"
