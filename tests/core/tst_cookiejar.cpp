// SPDX-License-Identifier: GPL-3.0-or-later
#include "exchangewait.h"
#include "http/cookiejar.h"
#include "http/httpclient.h"
#include "testserver.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkCookie>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QUrlQuery>

using namespace Qt::StringLiterals;
using namespace gatehouse;
using gatehouse::test::TestServer;

class TestCookieJar : public QObject
{
    Q_OBJECT

    TestServer m_server;

    static ExchangeResult sendAndWait(HttpClient &client, const QUrl &url)
    {
        HttpRequest request;
        request.url = url;
        return test::sendAndWait(client, request);
    }

    QUrl setCookieUrl(const QStringList &lines, const QString &location = {}) const
    {
        QUrlQuery query;
        for (const QString &line : lines)
            query.addQueryItem(u"c"_s, QString::fromLatin1(QUrl::toPercentEncoding(line)));
        if (!location.isEmpty())
            query.addQueryItem(u"location"_s, QString::fromLatin1(QUrl::toPercentEncoding(location)));
        QUrl url = m_server.url(u"/set-cookie"_s);
        url.setQuery(query);
        return url;
    }

    static QByteArray sentCookie(const ExchangeResult &r) { return headerValue(r.request.headers, "cookie"); }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        qRegisterMetaType<ExchangeResult>();
        QVERIFY(m_server.listen());
    }

    void withoutJarNothingIsKept()
    {
        HttpClient client;
        QVERIFY(sendAndWait(client, setCookieUrl({u"a=1; Max-Age=600"_s})).ok());
        const ExchangeResult r = sendAndWait(client, m_server.url(u"/echo"_s));
        QVERIFY(!hasHeader(r.request.headers, "cookie"));
        QVERIFY(m_server.requests().last().header("cookie").isEmpty());
    }

    void setCookieIsSentBackAndShownAsSent()
    {
        CookieJar jar;
        HttpClient client;
        client.setCookieJar(&jar);
        QSignalSpy changed(&jar, &CookieJar::changed);
        QVERIFY(sendAndWait(client, setCookieUrl({u"session=s1"_s, u"theme=dark; Max-Age=600"_s})).ok());
        QCOMPARE(changed.count(), 2);
        QCOMPARE(jar.cookies().size(), 2);

        const ExchangeResult r = sendAndWait(client, m_server.url(u"/echo"_s));
        const QByteArray onTheWire = m_server.requests().last().header("cookie");
        QVERIFY(onTheWire.contains("session=s1"));
        QVERIFY(onTheWire.contains("theme=dark"));
        // The request as sent shows exactly the header that went out.
        QCOMPARE(sentCookie(r), onTheWire);
    }

    void userCookieHeaderIsKeptAndJarCookiesFollow()
    {
        CookieJar jar;
        HttpClient client;
        client.setCookieJar(&jar);
        QVERIFY(sendAndWait(client, setCookieUrl({u"fromjar=1"_s})).ok());
        HttpRequest request;
        request.url = m_server.url(u"/echo"_s);
        request.headers = {{"Cookie"_ba, "mine=2"_ba}};
        Exchange *exchange = client.send(request);
        QSignalSpy spy(exchange, &Exchange::finished);
        QVERIFY(spy.wait(10000));
        QCOMPARE(m_server.requests().last().header("cookie"), "mine=2; fromjar=1"_ba);
    }

    void pathAndDomainRules()
    {
        CookieJar jar;
        HttpClient client;
        client.setCookieJar(&jar);
        // Path=/echo/deep only goes below /echo/deep; a foreign Domain is refused.
        QVERIFY(sendAndWait(client, setCookieUrl({u"deep=1; Path=/echo/deep"_s, u"foreign=1; Domain=example.com"_s})).ok());
        QCOMPARE(jar.cookies().size(), 1);
        QCOMPARE(jar.cookies().first().name(), "deep"_ba);

        sendAndWait(client, m_server.url(u"/echo"_s));
        QVERIFY(m_server.requests().last().header("cookie").isEmpty());
        sendAndWait(client, m_server.url(u"/echo/deep/x"_s));
        QCOMPARE(m_server.requests().last().header("cookie"), "deep=1"_ba);

        // Host-only: a cookie from 127.0.0.1 is not sent to another host.
        QVERIFY(jar.cookiesForUrl(QUrl(u"http://127.0.0.2/echo/deep/x"_s)).isEmpty());
        // Secure cookies go over https only.
        QVERIFY(jar.setCookiesFromUrl(QNetworkCookie::parseCookies("s=1; Secure; Path=/"_ba), QUrl(u"https://api.example.com/"_s)));
        QVERIFY(jar.cookiesForUrl(QUrl(u"http://api.example.com/"_s)).isEmpty());
        QCOMPARE(jar.cookiesForUrl(QUrl(u"https://api.example.com/"_s)).size(), 1);
    }

    void cookiesSetOnARedirectHopAreKept()
    {
        CookieJar jar;
        HttpClient client;
        client.setCookieJar(&jar);
        const ExchangeResult r = sendAndWait(client, setCookieUrl({u"hop=1"_s}, u"/echo"_s));
        QVERIFY(r.ok());
        QCOMPARE(r.redirects.size(), 1);
        // The second hop already carries the cookie the first one set.
        QCOMPARE(m_server.requests().last().header("cookie"), "hop=1"_ba);
    }

    void expiredCookieDeletesAndIsNotSent()
    {
        CookieJar jar;
        HttpClient client;
        client.setCookieJar(&jar);
        QVERIFY(sendAndWait(client, setCookieUrl({u"gone=1; Max-Age=600"_s})).ok());
        QCOMPARE(jar.cookies().size(), 1);
        QVERIFY(sendAndWait(client, setCookieUrl({u"gone=1; Max-Age=0"_s})).ok());
        QVERIFY(jar.cookies().isEmpty());
        sendAndWait(client, m_server.url(u"/echo"_s));
        QVERIFY(m_server.requests().last().header("cookie").isEmpty());
    }

    void persistsAcrossInstancesWithoutSessionCookies()
    {
        QTemporaryDir dir;
        const QString file = dir.filePath(u"cookies.json"_s);
        {
            CookieJar jar;
            QVERIFY(jar.load(file).has_value()); // missing file: empty jar
            HttpClient client;
            client.setCookieJar(&jar);
            QVERIFY(sendAndWait(client, setCookieUrl({u"keep=1; Max-Age=3600; HttpOnly"_s, u"session=1"_s})).ok());
            QVERIFY(jar.isModified());
            QVERIFY(jar.save().has_value());
            QVERIFY(!jar.isModified());
        }
        QFile saved(file);
        QVERIFY(saved.open(QIODevice::ReadOnly));
        const QJsonObject root = QJsonDocument::fromJson(saved.readAll()).object();
        QCOMPARE(root.value("version"_L1).toInt(), 1);
        const QJsonArray cookies = root.value("cookies"_L1).toArray();
        QCOMPARE(cookies.size(), 1);
        QCOMPARE(cookies.first().toObject().value("name"_L1).toString(), u"keep"_s);
        QCOMPARE(cookies.first().toObject().value("domain"_L1).toString(), u"127.0.0.1"_s);
        QVERIFY(cookies.first().toObject().value("httpOnly"_L1).toBool());

        CookieJar again;
        QVERIFY(again.load(file).has_value());
        HttpClient client;
        client.setCookieJar(&again);
        sendAndWait(client, m_server.url(u"/echo"_s));
        QCOMPARE(m_server.requests().last().header("cookie"), "keep=1"_ba);
    }

    void expiredCookiesAreDroppedOnLoad()
    {
        QTemporaryDir dir;
        const QString file = dir.filePath(u"cookies.json"_s);
        QNetworkCookie old("old"_ba, "1"_ba);
        old.setDomain(u"127.0.0.1"_s);
        old.setPath(u"/"_s);
        old.setExpirationDate(QDateTime::currentDateTimeUtc().addSecs(-60));
        QNetworkCookie fresh("fresh"_ba, "1"_ba);
        fresh.setDomain(u"127.0.0.1"_s);
        fresh.setPath(u"/"_s);
        fresh.setExpirationDate(QDateTime::currentDateTimeUtc().addSecs(3600));
        QFile out(file);
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write(CookieJar::toJson({old, fresh}));
        out.close();

        CookieJar jar;
        QVERIFY(jar.load(file).has_value());
        QCOMPARE(jar.cookies().size(), 1);
        QCOMPARE(jar.cookies().first().name(), "fresh"_ba);
    }

    void removeOneAndClearAll()
    {
        QTemporaryDir dir;
        const QString file = dir.filePath(u"cookies.json"_s);
        CookieJar jar;
        QVERIFY(jar.load(file).has_value());
        HttpClient client;
        client.setCookieJar(&jar);
        QVERIFY(sendAndWait(client, setCookieUrl({u"a=1; Max-Age=600"_s, u"b=2; Max-Age=600"_s, u"c=3; Max-Age=600"_s})).ok());
        QCOMPARE(jar.cookies().size(), 3);
        QVERIFY(jar.removeCookie(jar.cookies().at(1)));
        QVERIFY(!jar.removeCookie(QNetworkCookie("nope"_ba)));
        QCOMPARE(jar.cookies().size(), 2);
        sendAndWait(client, m_server.url(u"/echo"_s));
        QCOMPARE(m_server.requests().last().header("cookie"), "a=1; c=3"_ba);

        jar.clear();
        QVERIFY(jar.cookies().isEmpty());
        QVERIFY(jar.save().has_value());
        CookieJar reloaded;
        QVERIFY(reloaded.load(file).has_value());
        QVERIFY(reloaded.cookies().isEmpty());
    }

    void malformedFileIsAClearError()
    {
        QTemporaryDir dir;
        const QString file = dir.filePath(u"cookies.json"_s);
        QFile out(file);
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write("{ not json");
        out.close();
        CookieJar jar;
        const auto loaded = jar.load(file);
        QVERIFY(!loaded);
        QCOMPARE(loaded.error().code, Error::Code::MalformedFile);
        QVERIFY(loaded.error().message.contains(QDir::toNativeSeparators(file)));
    }

    void workspaceFileLivesInIgnoredLocalState()
    {
        QTemporaryDir dir;
        const auto file = CookieJar::workspaceFile(dir.path());
        QVERIFY(file.has_value());
        QCOMPARE(*file, QDir(dir.path()).filePath(u".gatehouse/cookies.json"_s));
        QVERIFY(QFile::exists(dir.filePath(u".gatehouse/.gitignore"_s)));
        QVERIFY(CookieJar::adHocFile().endsWith(u"/cookies.json"_s));
    }
};

QTEST_GUILESS_MAIN(TestCookieJar)
#include "tst_cookiejar.moc"
