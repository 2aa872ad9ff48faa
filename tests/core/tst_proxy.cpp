// SPDX-License-Identifier: GPL-3.0-or-later
// Proxies: a loopback test server plays the HTTP proxy, so nothing leaves the machine.
#include "exchangewait.h"
#include "http/httpclient.h"
#include "testserver.h"

#include <QPointer>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QtEndian>

#include <memory>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace gatehouse;
using gatehouse::test::TestServer;

namespace {

// A SOCKS5 proxy on loopback (RFC 1928, with RFC 1929 user/password when asked for): every CONNECT
// goes to one target server, and the proxy records what the client asked to reach.
class Socks5Proxy : public QObject
{
public:
    quint16 targetPort = 0;
    QByteArray requiredUser, requiredPassword; // empty: no authentication
    QList<QByteArray> connectHosts;            // the host names or addresses asked for
    QList<quint16> connectPorts;
    QByteArray seenUser, seenPassword;
    int greetings = 0;

    bool listen()
    {
        connect(&m_server, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *client = m_server.nextPendingConnection())
                serve(client);
        });
        return m_server.listen(QHostAddress::LocalHost);
    }
    QUrl url(const QString &scheme, const QString &user = {}, const QString &password = {}) const
    {
        QUrl u;
        u.setScheme(scheme);
        u.setHost(u"127.0.0.1"_s);
        u.setPort(m_server.serverPort());
        u.setUserName(user);
        u.setPassword(password);
        return u;
    }

private:
    enum class Step { Greeting, Credentials, Connect, Opening, Relay };
    struct Link
    {
        Step step = Step::Greeting;
        QByteArray pending;
        QPointer<QTcpSocket> upstream;
    };

    void serve(QTcpSocket *client)
    {
        auto link = std::make_shared<Link>();
        connect(client, &QTcpSocket::disconnected, client, &QObject::deleteLater);
        connect(client, &QTcpSocket::readyRead, this, [this, client, link] {
            link->pending += client->readAll();
            while (advance(client, *link)) {
            }
        });
    }

    // One step of the conversation; false when it needs more bytes (or is over).
    bool advance(QTcpSocket *client, Link &link)
    {
        QByteArray &in = link.pending;
        switch (link.step) {
        case Step::Greeting: {
            if (in.size() < 2 || in.size() < 2 + qsizetype(quint8(in.at(1))))
                return false;
            ++greetings;
            const QByteArray methods = in.mid(2, quint8(in.at(1)));
            in.remove(0, 2 + methods.size());
            const char method = requiredUser.isEmpty() ? '\x00' : '\x02';
            if (in.isEmpty() && !methods.contains(method)) {
                client->write("\x05\xff", 2);
                client->disconnectFromHost();
                return false;
            }
            client->write(QByteArray("\x05", 1) + method);
            link.step = method == '\x02' ? Step::Credentials : Step::Connect;
            return true;
        }
        case Step::Credentials: {
            if (in.size() < 2)
                return false;
            const qsizetype userLength = quint8(in.at(1));
            if (in.size() < 3 + userLength)
                return false;
            const qsizetype passwordLength = quint8(in.at(2 + userLength));
            if (in.size() < 3 + userLength + passwordLength)
                return false;
            seenUser = in.mid(2, userLength);
            seenPassword = in.mid(3 + userLength, passwordLength);
            in.remove(0, 3 + userLength + passwordLength);
            const bool ok = seenUser == requiredUser && seenPassword == requiredPassword;
            client->write(ok ? QByteArray("\x01\x00", 2) : QByteArray("\x01\x01", 2));
            if (!ok) {
                client->disconnectFromHost();
                return false;
            }
            link.step = Step::Connect;
            return true;
        }
        case Step::Connect: {
            if (in.size() < 5)
                return false;
            const char type = in.at(3);
            const qsizetype addressLength = type == '\x01' ? 4 : type == '\x04' ? 16 : 1 + quint8(in.at(4));
            if (in.size() < 4 + addressLength + 2)
                return false;
            if (type == '\x03')
                connectHosts.append(in.mid(5, addressLength - 1));
            else if (type == '\x01')
                connectHosts.append(QHostAddress(qFromBigEndian<quint32>(in.constData() + 4)).toString().toLatin1());
            else
                connectHosts.append(QHostAddress(reinterpret_cast<const quint8 *>(in.constData() + 4)).toString().toLatin1());
            connectPorts.append(qFromBigEndian<quint16>(in.constData() + 4 + addressLength));
            in.remove(0, 4 + addressLength + 2);
            auto *upstream = new QTcpSocket(client);
            link.upstream = upstream;
            link.step = Step::Opening;
            connect(upstream, &QTcpSocket::connected, client, [this, client, upstream] {
                client->write(QByteArray("\x05\x00\x00\x01\x7f\x00\x00\x01\x00\x00", 10));
                Q_EMIT client->readyRead(); // bytes that came early go up now
                (void)upstream;
            });
            connect(upstream, &QTcpSocket::readyRead, client, [client, upstream] { client->write(upstream->readAll()); });
            connect(upstream, &QTcpSocket::disconnected, client, &QTcpSocket::disconnectFromHost);
            upstream->connectToHost(QHostAddress::LocalHost, targetPort);
            return false;
        }
        case Step::Opening:
            if (!link.upstream || link.upstream->state() != QAbstractSocket::ConnectedState)
                return false;
            link.step = Step::Relay;
            return true;
        case Step::Relay:
            if (link.upstream && !in.isEmpty())
                link.upstream->write(in);
            in.clear();
            return false;
        }
        return false;
    }

    QTcpServer m_server;
};

} // namespace

class TestProxy : public QObject
{
    Q_OBJECT

    static ExchangeResult send(HttpClient &client, const QUrl &url)
    {
        HttpRequest request;
        request.url = url;
        request.timeout = std::chrono::seconds(5);
        return test::sendAndWait(client, request, std::chrono::seconds(15));
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

    // SOCKS5 with user and password: the request reaches the server through the proxy, which is
    // asked for the host by name (socks5h://) or by an address resolved here (socks5://).
    void socks5ProxyCarriesTheRequest()
    {
        TestServer target;
        QVERIFY(target.listen());
        Socks5Proxy proxy;
        proxy.targetPort = target.url().port();
        proxy.requiredUser = "socks-user";
        proxy.requiredPassword = "fake-socks-pass";
        QVERIFY(proxy.listen());

        HttpClient client;
        client.setProxySettings({ProxySettings::Mode::Manual, proxy.url(u"socks5h"_s, u"socks-user"_s, u"fake-socks-pass"_s), {}});
        ExchangeResult r = send(client, QUrl(u"http://api.example.invalid:8081/echo?via=socks"_s));
        QVERIFY2(r.ok(), r.error ? qPrintable(r.error->message) : "");
        QCOMPARE(r.response->statusCode, 200);
        QCOMPARE(proxy.connectHosts, QList<QByteArray>{"api.example.invalid"_ba}); // the proxy resolves it
        QCOMPARE(proxy.connectPorts, QList<quint16>{8081});
        QCOMPARE(proxy.seenUser, "socks-user"_ba);
        QCOMPARE(proxy.seenPassword, "fake-socks-pass"_ba);
        QCOMPARE(target.requests().size(), 1);
        QCOMPARE(target.requests().first().target, "/echo?via=socks"_ba); // origin form: it is a tunnel
        QCOMPARE(target.requests().first().header("host"), "api.example.invalid:8081"_ba);

        // Wrong credentials: the proxy refuses, and that is an error naming no password.
        HttpClient wrong;
        wrong.setProxySettings({ProxySettings::Mode::Manual, proxy.url(u"socks5h"_s, u"socks-user"_s, u"not-it"_s), {}});
        r = send(wrong, QUrl(u"http://api.example.invalid/echo"_s));
        QVERIFY(!r.ok());
        QVERIFY(!r.error->message.contains(u"not-it"_s));
        QCOMPARE(target.requests().size(), 1);

        // socks5:// resolves the name here first: a name that does not resolve never reaches the proxy.
        HttpClient local;
        local.setProxySettings({ProxySettings::Mode::Manual, proxy.url(u"socks5"_s, u"socks-user"_s, u"fake-socks-pass"_s), {}});
        const qsizetype asked = proxy.connectHosts.size();
        r = send(local, QUrl(u"http://api.example.invalid/echo"_s));
        QVERIFY(!r.ok());
        QCOMPARE(proxy.connectHosts.size(), asked);
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
