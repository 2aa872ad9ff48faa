// SPDX-License-Identifier: GPL-3.0-or-later
// The environment's subscription key goes to its gateway hosts, only there, and only once.
#include "apim/apimprofile.h"
#include "http/exchangejson.h"
#include "http/httpclient.h"
#include "testserver.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QTest>
#include <QUrlQuery>

using namespace Qt::StringLiterals;
using namespace gatehouse;
using gatehouse::test::TestServer;

class TestApimProfile : public QObject
{
    Q_OBJECT

    static ApimProfile profile()
    {
        ApimProfile p;
        p.gatewayHosts = {u"contoso.azure-api.net"_s, u"API.Contoso.com"_s, u"127.0.0.1:%1"_s};
        p.subscriptionKey = "fake-key-0000"_ba;
        return p;
    }

    static HttpRequest get(const QString &url)
    {
        HttpRequest r;
        r.url = QUrl(url);
        return r;
    }

private Q_SLOTS:
    void gatewayHostsMatch_data()
    {
        QTest::addColumn<QString>("url");
        QTest::addColumn<bool>("gateway");
        QTest::newRow("gateway") << u"https://contoso.azure-api.net/echo"_s << true;
        QTest::newRow("case") << u"https://CONTOSO.azure-api.net/echo"_s << true;
        QTest::newRow("custom domain") << u"https://api.contoso.com/x"_s << true;
        QTest::newRow("any port without port") << u"https://api.contoso.com:8443/x"_s << true;
        QTest::newRow("other host") << u"https://evil.example/x"_s << false;
        QTest::newRow("suffix trick") << u"https://contoso.azure-api.net.evil.example/x"_s << false;
        QTest::newRow("subdomain") << u"https://x.contoso.azure-api.net/x"_s << false;
        QTest::newRow("userinfo trick") << u"https://contoso.azure-api.net@evil.example/x"_s << false;
    }

    void gatewayHostsMatch()
    {
        QFETCH(QString, url);
        QFETCH(bool, gateway);
        QCOMPARE(profile().isGatewayUrl(QUrl(url)), gateway);
    }

    void hostWithPortMatchesOnlyThatPort()
    {
        ApimProfile p;
        p.gatewayHosts = {u"127.0.0.1:8080"_s, u"[::1]"_s};
        QVERIFY(p.isGatewayUrl(QUrl(u"http://127.0.0.1:8080/"_s)));
        QVERIFY(!p.isGatewayUrl(QUrl(u"http://127.0.0.1:8081/"_s)));
        QVERIFY(!p.isGatewayUrl(QUrl(u"http://127.0.0.1/"_s)));
        QVERIFY(p.isGatewayUrl(QUrl(u"http://[::1]:9/"_s)));
    }

    void keyGoesIntoTheHeader()
    {
        HttpRequest r = get(u"https://contoso.azure-api.net/echo"_s);
        const KeyInjection k = injectSubscriptionKey(r, profile());
        QCOMPARE(k.outcome, KeyInjection::Outcome::Injected);
        QCOMPARE(headerValue(r.headers, "Ocp-Apim-Subscription-Key"), "fake-key-0000"_ba);
        QVERIFY(!k.message.contains(u"fake-key-0000"_s));
        // Never twice.
        QCOMPARE(injectSubscriptionKey(r, profile()).outcome, KeyInjection::Outcome::UserProvided);
        QCOMPARE(r.headers.size(), 1);
    }

    void customHeaderAndQueryNames()
    {
        ApimProfile p = profile();
        p.headerName = "X-Partner-Token"_ba;
        HttpRequest r = get(u"https://contoso.azure-api.net/echo"_s);
        QCOMPARE(injectSubscriptionKey(r, p).outcome, KeyInjection::Outcome::Injected);
        QCOMPARE(headerValue(r.headers, "x-partner-token"), "fake-key-0000"_ba);
        QVERIFY(r.credentialHeaders.contains("X-Partner-Token"_ba));

        p.keyLocation = ApimProfile::KeyLocation::Query;
        p.queryName = u"api-key"_s;
        p.subscriptionKey = "fake key+0000"_ba;
        HttpRequest q = get(u"https://contoso.azure-api.net/echo?a=1"_s);
        QCOMPARE(injectSubscriptionKey(q, p).outcome, KeyInjection::Outcome::Injected);
        QCOMPARE(QUrlQuery(q.url).queryItemValue(u"api-key"_s, QUrl::FullyDecoded), u"fake key+0000"_s);
        QCOMPARE(QUrlQuery(q.url).queryItemValue(u"a"_s), u"1"_s);
        QVERIFY(q.headers.isEmpty());
    }

    void keyStaysHomeForOtherHosts()
    {
        HttpRequest r = get(u"https://evil.example/echo"_s);
        const KeyInjection k = injectSubscriptionKey(r, profile());
        QCOMPARE(k.outcome, KeyInjection::Outcome::NotGatewayHost);
        QVERIFY(r.headers.isEmpty());
        QVERIFY(k.message.contains(u"evil.example"_s));
    }

    void requestsOwnKeyWins()
    {
        HttpRequest r = get(u"https://contoso.azure-api.net/echo"_s);
        r.headers = {{"ocp-apim-subscription-key"_ba, "users-own-fake"_ba}};
        QCOMPARE(injectSubscriptionKey(r, profile()).outcome, KeyInjection::Outcome::UserProvided);
        QCOMPARE(r.headers.size(), 1);
        QCOMPARE(r.headers.first().second, "users-own-fake"_ba);
        HttpRequest q = get(u"https://contoso.azure-api.net/echo?subscription-key=abc"_s);
        QCOMPARE(injectSubscriptionKey(q, profile()).outcome, KeyInjection::Outcome::UserProvided);
        QVERIFY(q.headers.isEmpty());
    }

    void noKeyNoHeader()
    {
        ApimProfile p = profile();
        p.subscriptionKey.clear();
        HttpRequest r = get(u"https://contoso.azure-api.net/echo"_s);
        QCOMPARE(injectSubscriptionKey(r, p).outcome, KeyInjection::Outcome::NoKey);
        QVERIFY(r.headers.isEmpty());
    }

    void onTheWireAndNotAcrossARedirect()
    {
        TestServer gateway, elsewhere;
        QVERIFY(gateway.listen());
        QVERIFY(elsewhere.listen());
        ApimProfile p = profile();
        p.gatewayHosts = {u"127.0.0.1:%1"_s.arg(gateway.port())};
        p.headerName = "X-Partner-Token"_ba;
        HttpRequest r = get(gateway.url(u"/redirect-to?url="_s).toString()
                            + QString::fromLatin1(QUrl::toPercentEncoding(elsewhere.url(u"/echo"_s).toString())));
        QCOMPARE(injectSubscriptionKey(r, p).outcome, KeyInjection::Outcome::Injected);
        HttpClient client;
        Exchange *exchange = client.send(r);
        QSignalSpy finished(exchange, &Exchange::finished);
        QVERIFY(finished.wait(10000));
        const auto result = finished.first().first().value<ExchangeResult>();
        QVERIFY(result.ok());
        QCOMPARE(gateway.requests().first().header("x-partner-token"), "fake-key-0000"_ba);
        QCOMPARE(elsewhere.requests().size(), 1);
        QCOMPARE(elsewhere.requests().first().header("x-partner-token"), QByteArray());

        // The JSON view masks the custom key header too.
        HttpRequest direct = get(gateway.url(u"/status/200"_s).toString());
        QCOMPARE(injectSubscriptionKey(direct, p).outcome, KeyInjection::Outcome::Injected);
        Exchange *second = client.send(direct);
        QSignalSpy secondFinished(second, &Exchange::finished);
        QVERIFY(secondFinished.wait(10000));
        const QByteArray json = QJsonDocument(exchangeToJson(secondFinished.first().first().value<ExchangeResult>())).toJson();
        QVERIFY(json.contains("X-Partner-Token"));
        QVERIFY(!json.contains("fake-key-0000"));
    }
};

QTEST_GUILESS_MAIN(TestApimProfile)
#include "tst_apimprofile.moc"
