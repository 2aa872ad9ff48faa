// SPDX-License-Identifier: GPL-3.0-or-later
// Proxies: a loopback test server plays the HTTP proxy, so nothing leaves the machine.
#include "http/httpclient.h"
#include "testserver.h"

#include <QSignalSpy>
#include <QTcpSocket>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace gatehouse;
using gatehouse::test::TestServer;

class TestProxy : public QObject
{
    Q_OBJECT

    static ExchangeResult send(HttpClient &client, const QUrl &url)
    {
        HttpRequest request;
        request.url = url;
        request.timeout = std::chrono::seconds(5);
        Exchange *exchange = client.send(request);
        QSignalSpy spy(exchange, &Exchange::finished);
        if (!spy.wait(15000))
            qFatal("exchange did not finish");
        exchange->deleteLater();
        return spy.first().first().value<ExchangeResult>();
    }

private Q_SLOTS:
    void noProxyPatterns_data()
    {
        QTest::addColumn<QString>("url");
        QTest::addColumn<QStringList>("patterns");
        QTest::addColumn<bool>("direct");
        QTest::newRow("exact") << u"http://example.com/"_s << QStringList{u"example.com"_s} << true;
        QTest::newRow("subdomain") << u"http://api.example.com/"_s << QStringList{u"example.com"_s} << true;
        QTest::newRow("leading dot") << u"http://api.example.com/"_s << QStringList{u".example.com"_s} << true;
        QTest::newRow("star dot") << u"http://api.example.com/"_s << QStringList{u"*.example.com"_s} << true;
        QTest::newRow("not a suffix") << u"http://badexample.com/"_s << QStringList{u"example.com"_s} << false;
        QTest::newRow("star") << u"http://anything.org/"_s << QStringList{u"*"_s} << true;
        QTest::newRow("port match") << u"http://example.com:8080/"_s << QStringList{u"example.com:8080"_s} << true;
        QTest::newRow("port mismatch") << u"http://example.com/"_s << QStringList{u"example.com:8080"_s} << false;
        QTest::newRow("cidr") << u"http://10.1.2.3/"_s << QStringList{u"10.0.0.0/8"_s} << true;
        QTest::newRow("cidr miss") << u"http://11.1.2.3/"_s << QStringList{u"10.0.0.0/8"_s} << false;
        QTest::newRow("case and spaces") << u"http://API.Example.COM/"_s << QStringList{u" example.com "_s} << true;
        QTest::newRow("empty") << u"http://example.com/"_s << QStringList{} << false;
    }

    void noProxyPatterns()
    {
        QFETCH(QString, url);
        QFETCH(QStringList, patterns);
        QFETCH(bool, direct);
        QCOMPARE(matchesNoProxy(QUrl(url), patterns), direct);
    }

    void proxyUrls()
    {
        QCOMPARE(parseProxyUrl(u"proxy.corp:3128"_s)->toString(), u"http://proxy.corp:3128"_s);
        QCOMPARE(parseProxyUrl(u"socks5://u:p@h:1080"_s)->userName(), u"u"_s);
        const auto bad = parseProxyUrl(u"ftp://x"_s);
        QVERIFY(!bad);
        QVERIFY(bad.error().message.contains(u"ftp://x"_s));
        QVERIFY(!parseProxyUrl(u"http://"_s));
    }

    void manualProxyCarriesTheRequest()
    {
        TestServer proxy;
        QVERIFY(proxy.listen());
        HttpClient client;
        client.setProxySettings({ProxySettings::Mode::Manual, proxy.url(), {}});
        const ExchangeResult r = send(client, QUrl(u"http://api.example.invalid/echo?x=1"_s));
        QVERIFY2(r.ok(), r.error ? qPrintable(r.error->message) : "");
        QCOMPARE(proxy.requests().size(), 1);
        // A proxy gets the absolute form of the target.
        QCOMPARE(proxy.requests().first().target, "http://api.example.invalid/echo?x=1"_ba);
        QCOMPARE(proxy.requests().first().header("host"), "api.example.invalid"_ba);
    }

    // A proxy that asks for credentials (407, Basic): the user:password of the proxy URL answer
    // the challenge; without them the proxy's 407 is the answer.
    void proxyCredentialsAnswerTheChallenge()
    {
        TestServer proxy;
        QVERIFY(proxy.listen());
        const QByteArray expected = "Basic " + "proxy-user:fake-proxy-pass"_ba.toBase64();
        proxy.setRawRoute(u"/behind-proxy"_s, [expected](QTcpSocket *socket, const TestServer::Request &request) {
            if (request.header("proxy-authorization") == expected)
                socket->write("HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\nContent-Length: 7\r\n\r\nthrough");
            else
                socket->write("HTTP/1.1 407 Proxy Authentication Required\r\nProxy-Authenticate: Basic realm=\"test proxy\"\r\n"
                              "Content-Length: 0\r\n\r\n");
        });
        const QUrl target(u"http://api.example.invalid/behind-proxy"_s);

        QUrl withCredentials = proxy.url();
        withCredentials.setUserName(u"proxy-user"_s);
        withCredentials.setPassword(u"fake-proxy-pass"_s);
        HttpClient client;
        client.setProxySettings({ProxySettings::Mode::Manual, withCredentials, {}});
        ExchangeResult r = send(client, target);
        QVERIFY2(r.ok(), r.error ? qPrintable(r.error->message) : "");
        QCOMPARE(r.response->statusCode, 200);
        QCOMPARE(r.response->body, "through"_ba);
        QCOMPARE(proxy.requests().last().header("proxy-authorization"), expected);

        HttpClient bare;
        bare.setProxySettings({ProxySettings::Mode::Manual, proxy.url(), {}});
        const qsizetype before = proxy.requests().size();
        r = send(bare, target);
        QVERIFY(proxy.requests().size() > before);
        QVERIFY(proxy.requests().last().header("proxy-authorization").isEmpty());
        // The proxy's 407 is the answer the user sees, like any status.
        QVERIFY2(r.ok(), r.error ? qPrintable(r.error->message) : "");
        QCOMPARE(r.response->statusCode, 407);
    }

    void noProxyListGoesDirect()
    {
        TestServer proxy;
        QVERIFY(proxy.listen());
        HttpClient client;
        client.setProxySettings({ProxySettings::Mode::Manual, proxy.url(), {u"example.invalid"_s}});
        const ExchangeResult r = send(client, QUrl(u"http://api.example.invalid/echo"_s));
        QVERIFY(!r.ok()); // went direct, and .invalid never resolves
        QVERIFY(proxy.requests().isEmpty());
    }

    void loopbackAlwaysGoesDirect()
    {
        TestServer proxy, local;
        QVERIFY(proxy.listen());
        QVERIFY(local.listen());
        HttpClient client;
        client.setProxySettings({ProxySettings::Mode::Manual, proxy.url(), {}});
        QVERIFY(send(client, local.url(u"/echo"_s)).ok());
        QVERIFY(proxy.requests().isEmpty());
        QCOMPARE(local.requests().first().target, "/echo"_ba);
    }

    void modeNoneIgnoresTheEnvironment()
    {
        TestServer proxy;
        QVERIFY(proxy.listen());
        qputenv("http_proxy", proxy.url().toString().toLatin1());
        HttpClient client;
        client.setProxySettings({ProxySettings::Mode::None, {}, {}});
        QVERIFY(!send(client, QUrl(u"http://api.example.invalid/echo"_s)).ok());
        QVERIFY(proxy.requests().isEmpty());
        qunsetenv("http_proxy");
    }
};

QTEST_GUILESS_MAIN(TestProxy)
#include "tst_proxy.moc"
