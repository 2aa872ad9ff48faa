// SPDX-License-Identifier: GPL-3.0-or-later
// gatehouse-cli send's HTTP engine options (cookies, output to a file, timeouts), run as a real
// process against a loopback server.
#include "model/workspace.h"
#include "storage/filesecretstore.h"
#include "storage/workspacestorage.h"
#include "testserver.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUrlQuery>

using namespace Qt::StringLiterals;
using gatehouse::test::TestServer;
using namespace gatehouse;

struct Run {
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

class TestCliHttp : public QObject
{
    Q_OBJECT

    TestServer m_server;

    // The server lives in this process, so wait with an event loop, never waitForFinished().
    Run cli(const QStringList &args)
    {
        QProcess p;
        p.start(QStringLiteral(GATEHOUSE_CLI), args);
        if (!p.waitForStarted())
            qFatal("cannot start gatehouse-cli");
        QSignalSpy finished(&p, &QProcess::finished);
        if (!finished.wait(30000))
            qFatal("gatehouse-cli did not finish");
        return {p.exitCode(), p.readAllStandardOutput(), p.readAllStandardError()};
    }

    QString setCookieUrl(const QString &line) const
    {
        QUrl url = m_server.url(u"/set-cookie"_s);
        QUrlQuery query;
        query.addQueryItem(u"c"_s, QString::fromLatin1(QUrl::toPercentEncoding(line)));
        url.setQuery(query);
        return url.toString();
    }

    // A workspace with a request that sets a cookie, one that shows what arrives, and one with
    // OAuth 2.0 client credentials; environment "dev".
    void writeWorkspace(const QString &dir, const QString &secretsFile)
    {
        Workspace ws;
        ws.name = u"Http"_s;
        Collection api;
        api.name = u"Api"_s;
        Request setCookie;
        setCookie.name = u"SetCookie"_s;
        setCookie.url = setCookieUrl(u"ws=1; Max-Age=600"_s);
        api.requests.append(setCookie);
        Request echo;
        echo.name = u"Echo"_s;
        echo.url = u"{{base}}/echo"_s;
        api.requests.append(echo);
        Request oauth;
        oauth.name = u"Protected"_s;
        oauth.url = u"{{base}}/oauth/protected"_s;
        oauth.auth.kind = Auth::Kind::OAuth2;
        oauth.auth.grantType = u"client_credentials"_s;
        oauth.auth.accessTokenUrl = u"{{base}}/oauth/token"_s;
        oauth.auth.clientId = u"client-1"_s;
        oauth.auth.clientSecret = u"fake-secret-0000"_s;
        api.requests.append(oauth);
        ws.collections.append(api);
        Environment dev;
        dev.name = u"dev"_s;
        dev.variables.append({u"base"_s, m_server.url().toString(QUrl::StripTrailingSlash), true, false});
        ws.environments.append(dev);
        assignMissingIds(ws);
        FileSecretStore secrets(secretsFile);
        WorkspaceStorage storage(dir, &secrets);
        QVERIFY(storage.save(ws));
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_server.listen()); }

    void workspaceKeepsItsCookiesAndTokens()
    {
        QTemporaryDir tmp;
        const QString dir = tmp.filePath(u"ws"_s);
        const QString secrets = tmp.filePath(u"secrets.json"_s);
        writeWorkspace(dir, secrets);
        const QStringList base{u"send"_s, u"--no-history"_s, u"--workspace"_s, dir, u"--secrets-file"_s, secrets, u"--env"_s, u"dev"_s};

        QCOMPARE(cli(base + QStringList{u"Api/SetCookie"_s}).exitCode, 0);
        QVERIFY(QFile::exists(dir + u"/.gatehouse/cookies.json"_s));
        QCOMPARE(cli(base + QStringList{u"Api/Echo"_s}).exitCode, 0);
        QCOMPARE(m_server.requests().last().header("cookie"), "ws=1"_ba);
        QCOMPARE(cli(base + QStringList{u"--no-cookies"_s, u"Api/Echo"_s}).exitCode, 0);
        QVERIFY(m_server.requests().last().header("cookie").isEmpty());

        // OAuth 2.0: the first run gets a token, the second reuses it from the secret store.
        const qsizetype tokens = m_server.requestCount("/oauth/token");
        Run r = cli(base + QStringList{u"-v"_s, u"Api/Protected"_s});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.startsWith("HTTP/1.1 200 OK"), r.out.constData());
        QVERIFY2(r.err.contains("OAuth 2.0: got a token"), r.err.constData());
        QCOMPARE(m_server.requestCount("/oauth/token"), tokens + 1);
        r = cli(base + QStringList{u"-v"_s, u"Api/Protected"_s});
        QVERIFY2(r.out.startsWith("HTTP/1.1 200 OK"), r.out.constData());
        QVERIFY2(r.err.contains("OAuth 2.0: reused the token"), r.err.constData());
        QCOMPARE(m_server.requestCount("/oauth/token"), tokens + 1);
        // Never in the workspace's files.
        QFile request(dir + u"/collections/api/protected.request.json"_s);
        if (request.open(QIODevice::ReadOnly))
            QVERIFY(!request.readAll().contains("fake-token-"));
    }

    void cookieJarFileKeepsCookiesBetweenRuns()
    {
        QTemporaryDir dir;
        const QString jar = dir.filePath(u"jar.json"_s);
        Run r = cli({u"send"_s, u"--no-history"_s, u"--cookie-jar"_s, jar, setCookieUrl(u"id=42; Max-Age=600"_s)});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(QFile::exists(jar));
        r = cli({u"send"_s, u"--no-history"_s, u"--cookie-jar"_s, jar, m_server.url(u"/echo"_s).toString()});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(m_server.requests().last().header("cookie"), "id=42"_ba);

        // Without a jar nothing is sent, as with curl.
        r = cli({u"send"_s, u"--no-history"_s, m_server.url(u"/echo"_s).toString()});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(m_server.requests().last().header("cookie").isEmpty());
    }

    void verboseShowsAnInjectedKeyMaskedWithItsSource()
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        QProcess p;
        env.insert(u"GH_TEST_KEY"_s, u"abcd0000fake0000key00000000wxyz"_s);
        p.setProcessEnvironment(env);
        p.start(QStringLiteral(GATEHOUSE_CLI), {u"send"_s, u"--no-history"_s, u"-v"_s, u"--apim-key-env"_s, u"GH_TEST_KEY"_s, m_server.url(u"/echo"_s).toString()});
        QVERIFY(p.waitForStarted());
        QSignalSpy finished(&p, &QProcess::finished);
        QVERIFY(finished.wait(30000));
        const QByteArray err = p.readAllStandardError();
        QVERIFY2(err.contains("> Ocp-Apim-Subscription-Key: abcd\xe2\x80\xa6wxyz  (subscription key from the command line)"), err.constData());
        QVERIFY(!err.contains("abcd0000fake"));
    }

    void cookieJarAndNoCookiesConflict()
    {
        const Run r = cli({u"send"_s, u"--cookie-jar"_s, u"x.json"_s, u"--no-cookies"_s, m_server.url(u"/echo"_s).toString()});
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.err.contains("--no-cookies"));
    }

    void unreadableCookieJarIsAUsageError()
    {
        QTemporaryDir dir;
        const QString jar = dir.filePath(u"jar.json"_s);
        QFile f(jar);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("[ broken");
        f.close();
        const Run r = cli({u"send"_s, u"--cookie-jar"_s, jar, m_server.url(u"/echo"_s).toString()});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains("cookie file"), r.err.constData());
    }

    void outputWritesTheBodyToAFile()
    {
        QTemporaryDir dir;
        const QString out = dir.filePath(u"body.bin"_s);
        const Run r = cli({u"send"_s, u"--no-history"_s, u"-o"_s, out, m_server.url(u"/bytes?size=3000000&encoding=gzip"_s).toString()});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.startsWith("HTTP/1.1 200 OK\n"), r.out.constData());
        QVERIFY(r.out.size() < 1000); // status line and headers, no body
        QFile file(out);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(file.readAll() == TestServer::pattern(3000000));
    }

    void bigBodyWithoutOutputStillReachesStdout()
    {
        const qint64 size = 11 * 1024 * 1024;
        const Run r = cli({u"send"_s, u"--no-history"_s, m_server.url(u"/bytes?size=%1"_s.arg(size)).toString()});
        QCOMPARE(r.exitCode, 0);
        const qsizetype bodyAt = r.out.indexOf("\n\n") + 2;
        QVERIFY(r.out.mid(bodyAt, size) == TestServer::pattern(size));
    }

    void timeoutsHaveTheirOwnMessages()
    {
        Run r = cli({u"send"_s, u"--no-history"_s, u"--transfer-timeout"_s, u"0.2"_s, m_server.url(u"/stall"_s).toString()});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains("transfer timeout"), r.err.constData());
        QUrl https = m_server.url(u"/stall"_s);
        https.setScheme(u"https"_s);
        r = cli({u"send"_s, u"--no-history"_s, u"--connect-timeout"_s, u"0.2"_s, https.toString()});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains("connect timeout"), r.err.constData());
        r = cli({u"send"_s, u"--connect-timeout"_s, u"soon"_s, m_server.url(u"/echo"_s).toString()});
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.err.contains("--connect-timeout"));
    }
};

QTEST_GUILESS_MAIN(TestCliHttp)
#include "tst_cli_http.moc"
