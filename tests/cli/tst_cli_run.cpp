// SPDX-License-Identifier: GPL-3.0-or-later
// gatehouse-cli run, as a real process against a loopback server: Postman files and workspaces,
// environments, data, reporters, exported environments and exit codes.
#include "testserver.h"

#include "model/workspace.h"
#include "storage/workspacestorage.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTcpSocket>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

using namespace Qt::StringLiterals;
using namespace gatehouse;
using gatehouse::test::TestServer;

struct Run {
    int exitCode = -1;
    QString out;
    QString err;
};

class TestCliRun : public QObject
{
    Q_OBJECT

    TestServer m_server;
    QTemporaryDir m_dir;

    // The server lives in this process, so wait with an event loop, never waitForFinished().
    Run cli(const QStringList &args)
    {
        QProcess p;
        p.setWorkingDirectory(m_dir.path());
        p.start(QStringLiteral(GATEHOUSE_CLI), QStringList{u"run"_s} + args);
        if (!p.waitForStarted())
            qFatal("cannot start gatehouse-cli");
        QSignalSpy finished(&p, &QProcess::finished);
        if (!finished.wait(30000))
            qFatal("gatehouse-cli did not finish");
        return {p.exitCode(), QString::fromUtf8(p.readAllStandardOutput()), QString::fromUtf8(p.readAllStandardError())};
    }

    QString write(const QString &name, const QByteArray &data)
    {
        QFile file(m_dir.filePath(name));
        if (!file.open(QIODevice::WriteOnly))
            qFatal("cannot write");
        file.write(data);
        return file.fileName();
    }

    static QJsonObject item(const QString &name, const QString &url, const QString &test, const QString &pre = {})
    {
        QJsonArray events{QJsonObject{{u"listen"_s, u"test"_s}, {u"script"_s, QJsonObject{{u"exec"_s, QJsonArray{test}}}}}};
        if (!pre.isEmpty())
            events.append(QJsonObject{{u"listen"_s, u"prerequest"_s}, {u"script"_s, QJsonObject{{u"exec"_s, QJsonArray{pre}}}}});
        return QJsonObject{{u"name"_s, name}, {u"event"_s, events}, {u"request"_s, QJsonObject{{u"method"_s, u"GET"_s}, {u"url"_s, url}}}};
    }

    QString postmanCollection(const QString &file, const QJsonArray &items)
    {
        const QJsonObject o{{u"info"_s, QJsonObject{{u"name"_s, u"CLI run"_s},
                                                   {u"schema"_s, u"https://schema.getpostman.com/json/collection/v2.1.0/collection.json"_s}}},
                            {u"item"_s, items}};
        return write(file, QJsonDocument(o).toJson());
    }

    QString postmanEnvironment(const QString &file, const QList<std::pair<QString, QString>> &values)
    {
        QJsonArray array;
        for (const auto &[k, v] : values)
            array.append(QJsonObject{{u"key"_s, k}, {u"value"_s, v}, {u"enabled"_s, true}});
        return write(file, QJsonDocument(QJsonObject{{u"name"_s, u"local"_s}, {u"values"_s, array}, {u"_postman_variable_scope"_s, u"environment"_s}}).toJson());
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_server.listen());
        QVERIFY(m_dir.isValid());
    }

    void postmanFileWithEnvironmentPasses()
    {
        const QString collection = postmanCollection(u"pass.json"_s, {
            item(u"Login"_s, u"{{base}}/json"_s, u"pm.test('named', () => pm.expect(pm.response.json().name).to.equal('Gatehouse')); pm.environment.set('token', 'T1');"_s),
            item(u"Use"_s, u"{{base}}/echo?token={{token}}"_s, u"pm.test('status', () => pm.response.to.have.status(200));"_s)});
        const QString env = postmanEnvironment(u"env.json"_s, {{u"base"_s, m_server.url().toString(QUrl::StripTrailingSlash)}});
        const QString exported = m_dir.filePath(u"exported.json"_s);
        const Run r = cli({collection, u"-e"_s, env, u"--export-environment"_s, exported});
        QVERIFY2(r.exitCode == 0, qPrintable(r.out + r.err));
        QCOMPARE(m_server.requests().last().target, "/echo?token=T1"_ba);
        QVERIFY(r.out.contains(u"\u2192 Login"_s));
        QVERIFY(r.out.contains(u"\u2713 named"_s));
        QVERIFY2(r.out.contains(u"assertions                       2         0"_s), qPrintable(r.out));
        QVERIFY(r.out.contains(u"requests                         2         0"_s));

        QFile file(exported);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QJsonObject env2 = QJsonDocument::fromJson(file.readAll()).object();
        QCOMPARE(env2[u"_postman_variable_scope"_s].toString(), u"environment"_s);
        QJsonObject values;
        for (const QJsonValue &v : env2[u"values"_s].toArray())
            values.insert(v[u"key"_s].toString(), v[u"value"_s]);
        QCOMPARE(values[u"token"_s].toString(), u"T1"_s);
        QCOMPARE(values[u"base"_s].toString(), m_server.url().toString(QUrl::StripTrailingSlash));
    }

    void failingAssertionExitsOneWithReports()
    {
        const QString collection = postmanCollection(u"fail.json"_s, {
            item(u"Status Code Test"_s, m_server.url(u"/status/404"_s).toString(), u"pm.test('response code is 200', () => pm.response.to.have.status(200));"_s)});
        const QString junit = m_dir.filePath(u"junit.xml"_s);
        const QString json = m_dir.filePath(u"report.json"_s);
        const Run r = cli({collection, u"--reporters"_s, u"cli,junit,json"_s, u"--reporter-junit-export"_s, junit, u"--reporter-json-export"_s, json});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.out.contains(u"AssertionError  response code is 200"_s), qPrintable(r.out));
        QVERIFY(r.out.contains(u"expected response to have status code 200 but got 404"_s));

        QFile x(junit);
        QVERIFY(x.open(QIODevice::ReadOnly));
        QXmlStreamReader xml(&x);
        int failures = 0;
        QString classname;
        while (!xml.atEnd()) {
            if (xml.readNext() != QXmlStreamReader::StartElement)
                continue;
            if (xml.name() == u"failure"_s)
                ++failures;
            if (xml.name() == u"testcase"_s)
                classname = xml.attributes().value(u"classname"_s).toString();
        }
        QVERIFY(!xml.hasError());
        QCOMPARE(failures, 1);
        QCOMPARE(classname, u"StatusCodeTest"_s);

        QFile j(json);
        QVERIFY(j.open(QIODevice::ReadOnly));
        const QJsonObject o = QJsonDocument::fromJson(j.readAll()).object();
        QCOMPARE(o[u"run"_s][u"stats"_s][u"assertions"_s][u"failed"_s].toInt(), 1);
        QCOMPARE(o[u"run"_s][u"executions"_s][0][u"response"_s][u"code"_s].toInt(), 404);
    }

    void bailStopsAndDataDrivesIterations()
    {
        const QString collection = postmanCollection(u"data.json"_s, {
            item(u"Get"_s, m_server.url().toString(QUrl::StripTrailingSlash) + u"/echo?user={{user}}"_s,
                 u"pm.test('user '+pm.iterationData.get('user'), () => pm.expect(pm.iterationData.get('user')).to.not.equal('bad'));"_s)});
        const QString data = write(u"rows.csv"_s, "user\nann\nbad\ncid\n");
        Run r = cli({collection, u"-d"_s, data});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.out.contains(u"iterations                       3         0"_s), qPrintable(r.out));
        QCOMPARE(m_server.requests().last().target, "/echo?user=cid"_ba);
        r = cli({collection, u"-d"_s, data, u"--bail"_s});
        QCOMPARE(r.exitCode, 1);
        QCOMPARE(m_server.requests().last().target, "/echo?user=bad"_ba);
        r = cli({collection, u"-d"_s, data, u"-n"_s, u"1"_s});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(m_server.requests().last().target, "/echo?user=ann"_ba);
    }

    void rewriteHostAndEnvVar()
    {
        const QString collection = postmanCollection(u"rewrite.json"_s, {
            item(u"Echo"_s, u"https://postman-echo.com/get?who={{who}}"_s, u"pm.test('args', () => pm.expect(pm.response.json().args.who).to.equal('me'));"_s)});
        const Run r = cli({collection, u"--env-var"_s, u"who=me"_s, u"--rewrite-host"_s,
                           u"postman-echo.com=http://127.0.0.1:%1"_s.arg(m_server.port()), u"--reporters"_s, u"json"_s,
                           u"--reporter-json-export"_s, m_dir.filePath(u"r.json"_s)});
        QVERIFY2(r.exitCode == 0, qPrintable(r.out + r.err));
        QVERIFY(r.out.isEmpty()); // the cli reporter is off
        QCOMPARE(m_server.requests().last().target, "/get?who=me"_ba);
    }

    void workspaceWithEnvironmentAndFolder()
    {
        QTemporaryDir root;
        Workspace ws;
        ws.name = u"W"_s;
        Collection c;
        c.name = u"API"_s;
        Folder users;
        users.name = u"Users"_s;
        Request get;
        get.name = u"List"_s;
        get.url = u"{{base}}/echo?from=users"_s;
        get.scripts.test = u"pm.test('ok', () => pm.response.to.be.ok);"_s;
        users.requests.append(get);
        Request other = get;
        other.name = u"Other"_s;
        other.url = u"{{base}}/echo?from=root"_s;
        c.folders.append(users);
        c.requests.append(other);
        ws.collections.append(c);
        Environment env;
        env.name = u"local"_s;
        env.variables = {{u"base"_s, m_server.url().toString(QUrl::StripTrailingSlash)}};
        ws.environments.append(env);
        assignMissingIds(ws);
        WorkspaceStorage storage(root.path());
        QVERIFY(storage.save(ws).has_value());

        const qsizetype before = m_server.requests().size();
        Run r = cli({root.path(), u"--env"_s, u"local"_s, u"--folder"_s, u"Users"_s});
        QVERIFY2(r.exitCode == 0, qPrintable(r.out + r.err));
        QCOMPARE(m_server.requests().size(), before + 1);
        QCOMPARE(m_server.requests().last().target, "/echo?from=users"_ba);

        r = cli({root.path(), u"--env"_s, u"nope"_s});
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.err.contains(u"nope"_s));
    }

    void workspaceEnvironmentInjectsItsApimKey()
    {
        QTemporaryDir root;
        Workspace ws;
        ws.name = u"W"_s;
        Collection c;
        c.name = u"Gateway"_s;
        Request keyed;
        keyed.name = u"Keyed"_s;
        keyed.url = u"{{base}}/apim/key"_s;
        keyed.auth.kind = Auth::Kind::None;
        keyed.scripts.test = u"pm.test('key accepted', () => pm.response.to.have.status(200));"_s;
        c.requests.append(keyed);
        ws.collections.append(c);
        Environment env;
        env.name = u"dev"_s;
        env.variables = {{u"base"_s, m_server.url().toString(QUrl::StripTrailingSlash)}, {u"apimSubscriptionKey"_s, u"fake-key-0000"_s}};
        env.apim.gatewayHosts = {m_server.url().authority()};
        ws.environments.append(env);
        assignMissingIds(ws);
        WorkspaceStorage storage(root.path());
        QVERIFY(storage.save(ws).has_value());
        Run r = cli({root.path(), u"--env"_s, u"dev"_s});
        QVERIFY2(r.exitCode == 0, qPrintable(r.out + r.err));
        QCOMPARE(m_server.requests().last().header("ocp-apim-subscription-key"), "fake-key-0000"_ba);
        // Not a gateway host of this environment: no key, and the gateway says so.
        ws.environments.first().apim.gatewayHosts = {u"contoso.azure-api.net"_s};
        QVERIFY(storage.save(ws).has_value());
        r = cli({root.path(), u"--env"_s, u"dev"_s});
        QCOMPARE(r.exitCode, 1);
        QVERIFY(m_server.requests().last().header("ocp-apim-subscription-key").isEmpty());
    }

    // A run keeps cookies in memory like newman: the one /cookies/set sets is sent by the next
    // request and seen by pm.cookies. --cookie-jar keeps them in a file, --no-cookies drops them.
    void cookiesFlowThroughARun()
    {
        const QString collection = postmanCollection(u"cookies.json"_s, {
            item(u"Set"_s, m_server.url(u"/cookies/set"_s).toString() + u"?foo=bar"_s, u"pm.test('set', () => pm.expect(pm.cookies.get('foo')).to.equal('bar'));"_s),
            item(u"Verify"_s, m_server.url(u"/cookies"_s).toString(),
                 u"pm.test('sent', () => pm.expect(pm.response.json().cookies.foo).to.equal('bar')); "
                 u"tests['legacy'] = postman.getResponseCookie('foo').value === 'bar';"_s)});
        Run r = cli({collection});
        QVERIFY2(r.exitCode == 0, qPrintable(r.out + r.err));
        QCOMPARE(m_server.requests().last().header("cookie"), "foo=bar"_ba);

        r = cli({collection, u"--no-cookies"_s});
        QCOMPARE(r.exitCode, 1);
        QVERIFY(m_server.requests().last().header("cookie").isEmpty());

        // Session cookies are not written to the file; a persistent one is, and the next run sends it.
        const QString jar = m_dir.filePath(u"jar.json"_s);
        m_server.setRawRoute(u"/persistent-cookie"_s, [](QTcpSocket *socket, const TestServer::Request &) {
            socket->write("HTTP/1.1 200 OK\r\nSet-Cookie: kept=yes; Max-Age=3600; Path=/\r\nContent-Length: 0\r\n\r\n");
        });
        const QString persistent = postmanCollection(u"persistent.json"_s, {item(u"Set"_s, m_server.url(u"/persistent-cookie"_s).toString(), u""_s)});
        r = cli({persistent, u"--cookie-jar"_s, jar});
        QVERIFY2(r.exitCode == 0, qPrintable(r.out + r.err));
        QVERIFY(QFile::exists(jar));
        const QString check = postmanCollection(u"check.json"_s, {
            item(u"Check"_s, m_server.url(u"/cookies"_s).toString(), u"pm.test('from file', () => pm.expect(pm.response.json().cookies.kept).to.equal('yes'));"_s)});
        r = cli({check, u"--cookie-jar"_s, jar});
        QVERIFY2(r.exitCode == 0, qPrintable(r.out + r.err));
        QCOMPARE(cli({check, u"--cookie-jar"_s, jar, u"--no-cookies"_s}).exitCode, 2);
    }

    void badInputExitsTwo()
    {
        QCOMPARE(cli({}).exitCode, 2);
        QCOMPARE(cli({m_dir.filePath(u"missing.json"_s)}).exitCode, 2);
        const QString notACollection = write(u"not.json"_s, "{\"hello\": 1}");
        QCOMPARE(cli({notACollection}).exitCode, 2);
        const QString collection = postmanCollection(u"ok.json"_s, {item(u"A"_s, m_server.url(u"/json"_s).toString(), u""_s)});
        const Run r = cli({collection, u"--reporters"_s, u"html"_s});
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.err.contains(u"html"_s));
        QCOMPARE(cli({collection, u"--folder"_s, u"Nope"_s}).exitCode, 2);
        QCOMPARE(cli({collection, u"-n"_s, u"x"_s}).exitCode, 2);
    }
};

QTEST_GUILESS_MAIN(TestCliRun)
#include "tst_cli_run.moc"
