// SPDX-License-Identifier: GPL-3.0-or-later
// gatehouse-cli send --workspace: a stored request, resolved in an environment, sent for real.
#include "testserver.h"

#include "model/workspace.h"
#include "storage/filesecretstore.h"
#include "storage/workspacestorage.h"

#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace gatehouse;
using gatehouse::test::TestServer;

namespace {

struct Run {
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

} // namespace

class TestCliWorkspace : public QObject
{
    Q_OBJECT

    TestServer m_server;
    QTemporaryDir m_dir;

    QString workspaceDir() const { return m_dir.filePath(u"ws"_s); }
    QString secretsFile() const { return m_dir.filePath(u"secrets.json"_s); }

    // The server lives in this process, so wait with an event loop, never waitForFinished().
    Run cli(const QStringList &args)
    {
        QProcess p;
        p.start(QStringLiteral(GATEHOUSE_CLI), args);
        if (!p.waitForStarted())
            qFatal("cannot start gatehouse-cli");
        QSignalSpy finished(&p, &QProcess::finished);
        if (!finished.wait(20000))
            qFatal("gatehouse-cli did not finish");
        return {p.exitCode(), p.readAllStandardOutput(), p.readAllStandardError()};
    }

    Run send(const QStringList &extra)
    {
        return cli(QStringList{u"send"_s, u"--workspace"_s, workspaceDir(), u"--secrets-file"_s, secretsFile()} + extra);
    }

    static Request request(const QString &name, const QString &url)
    {
        Request r;
        r.name = name;
        r.url = url;
        return r;
    }

    // Collection "Shop" with folder "Admin", environments "dev" (APIM gateway, secret key) and
    // "plain" (no APIM); the key is written to the secrets file only when withSecret.
    void writeWorkspace(bool withSecret)
    {
        QDir(workspaceDir()).removeRecursively();
        QFile::remove(secretsFile());
        Workspace ws;
        ws.name = u"Test"_s;
        Collection shop;
        shop.name = u"Shop"_s;
        shop.variables.append({u"trace"_s, u"from-collection"_s, true, false});
        Request echo = request(u"Echo"_s, u"{{base}}/echo"_s);
        echo.headers.append({u"X-Trace"_s, u"{{trace}}"_s, true, {}});
        shop.requests.append(echo);
        Request unresolved = request(u"Unresolved"_s, u"{{base}}/echo"_s);
        unresolved.headers.append({u"X-Missing"_s, u"{{nowhere}}"_s, true, {}});
        shop.requests.append(unresolved);
        Folder admin;
        admin.name = u"Admin"_s;
        admin.requests.append(request(u"Keyed"_s, u"{{base}}/apim/key"_s));
        shop.folders.append(admin);
        ws.collections.append(shop);

        Environment dev;
        dev.name = u"dev"_s;
        dev.variables.append({u"base"_s, m_server.url().toString(QUrl::StripTrailingSlash), true, false});
        dev.variables.append({u"trace"_s, u"from-dev"_s, true, false});
        dev.variables.append({u"apimSubscriptionKey"_s, withSecret ? u"fake-key-0000"_s : QString(), true, true});
        dev.apim.gatewayHosts = {u"127.0.0.1:%1"_s.arg(m_server.port())};
        ws.environments.append(dev);
        Environment plain;
        plain.name = u"plain"_s;
        plain.variables.append({u"base"_s, m_server.url().toString(QUrl::StripTrailingSlash), true, false});
        ws.environments.append(plain);
        assignMissingIds(ws);

        FileSecretStore secrets(secretsFile());
        WorkspaceStorage storage(workspaceDir(), &secrets);
        QVERIFY(storage.save(ws));
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_server.listen());
        QVERIFY(m_dir.isValid());
    }

    void environmentApimProfileIsStored()
    {
        writeWorkspace(true);
        QFile file(workspaceDir() + u"/environments/dev.json"_s);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray text = file.readAll();
        QVERIFY2(text.contains("\"apim\": {\n    \"gatewayHosts\": [\n      \"127.0.0.1:"), text.constData());
        QVERIFY(!text.contains("fake-key-0000")); // the key stays in the secret store
        FileSecretStore secrets(secretsFile());
        WorkspaceStorage storage(workspaceDir(), &secrets);
        auto loaded = storage.load();
        QVERIFY(loaded);
        QCOMPARE(loaded->workspace.environments.first().apim.gatewayHosts, QStringList{u"127.0.0.1:%1"_s.arg(m_server.port())});
        QVERIFY(loaded->workspace.environments.at(1).apim.isEmpty());
        QFile plain(workspaceDir() + u"/environments/plain.json"_s);
        QVERIFY(plain.open(QIODevice::ReadOnly));
        QVERIFY(!plain.readAll().contains("apim"));
    }

    void sendsStoredRequestInEnvironment()
    {
        writeWorkspace(true);
        const qsizetype before = m_server.requests().size();
        const Run r = send({u"--request"_s, u"Shop/Echo"_s, u"--env"_s, u"dev"_s});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QVERIFY2(r.out.startsWith("HTTP/1.1 200 OK\n"), r.out.constData());
        QCOMPARE(m_server.requests().size(), before + 1);
        QCOMPARE(m_server.requests().last().header("x-trace"), "from-dev"_ba);
        // The key goes to the gateway host only when the request is for it: it is, so it is added.
        QCOMPARE(m_server.requests().last().header("ocp-apim-subscription-key"), "fake-key-0000"_ba);
    }

    void requestAsPositionalArgumentAndEnvVar()
    {
        writeWorkspace(true);
        const Run r = send({u"Shop/Echo"_s, u"--env"_s, u"plain"_s, u"--env-var"_s, u"trace=from-cli"_s});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QCOMPARE(m_server.requests().last().header("x-trace"), "from-cli"_ba);
        QVERIFY(m_server.requests().last().header("ocp-apim-subscription-key").isEmpty());
    }

    void apimKeyFromEnvironmentSecret()
    {
        writeWorkspace(true);
        const Run r = send({u"--request"_s, u"Shop/Admin/Keyed"_s, u"--env"_s, u"dev"_s, u"-v"_s});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QVERIFY2(r.out.startsWith("HTTP/1.1 200 OK\n"), r.out.constData());
        // Masked, with the environment it came from.
        QVERIFY2(r.err.contains("Subscription key added as header Ocp-Apim-Subscription-Key: \xe2\x80\xa2\xe2\x80\xa2\xe2\x80\xa2 from dev."), r.err.constData());
        QVERIFY(!r.err.contains("fake-key-0000")); // masked in -v output
    }

    void missingSecretIsNamedWithRemedy()
    {
        writeWorkspace(false);
        const qsizetype before = m_server.requests().size();
        const Run r = send({u"--request"_s, u"Shop/Admin/Keyed"_s, u"--env"_s, u"dev"_s});
        QCOMPARE(r.exitCode, 2);
        QCOMPARE(m_server.requests().size(), before); // nothing sent
        const QString err = QString::fromLocal8Bit(r.err);
        QVERIFY2(err.contains(u"“apimSubscriptionKey”"_s), qPrintable(err));
        QVERIFY2(err.contains(u"--env-var apimSubscriptionKey=VALUE"_s), qPrintable(err));
        QVERIFY2(err.contains(QDir::toNativeSeparators(secretsFile())), qPrintable(err));

        const Run provided = send({u"--request"_s, u"Shop/Admin/Keyed"_s, u"--env"_s, u"dev"_s, u"--env-var"_s, u"apimSubscriptionKey=fake-key-0000"_s});
        QVERIFY2(provided.exitCode == 0, provided.err.constData());
        QVERIFY2(provided.out.startsWith("HTTP/1.1 200 OK\n"), provided.out.constData());
    }

    void unresolvedVariableNamedWithPlace()
    {
        writeWorkspace(true);
        const qsizetype before = m_server.requests().size();
        const Run r = send({u"--request"_s, u"Shop/Unresolved"_s, u"--env"_s, u"dev"_s});
        QCOMPARE(r.exitCode, 2);
        QCOMPARE(m_server.requests().size(), before);
        const QString err = QString::fromLocal8Bit(r.err);
        QVERIFY2(err.contains(u"nowhere"_s) && err.contains(u"X-Missing"_s), qPrintable(err));
        QVERIFY2(err.contains(u"--allow-unresolved"_s), qPrintable(err));

        const Run anyway = send({u"--request"_s, u"Shop/Unresolved"_s, u"--env"_s, u"dev"_s, u"--allow-unresolved"_s});
        QVERIFY2(anyway.exitCode == 0, anyway.err.constData());
        QVERIFY(anyway.err.contains("warning"));
        QCOMPARE(m_server.requests().last().header("x-missing"), "{{nowhere}}"_ba);
    }

    void unknownRequestAndEnvironmentAreUsageErrors()
    {
        writeWorkspace(true);
        Run r = send({u"--request"_s, u"Shop/Nope"_s});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains("Shop/Nope"), r.err.constData());
        r = send({u"--request"_s, u"Shop/Echo"_s, u"--env"_s, u"staging"_s});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains("staging") && r.err.contains("dev, plain"), r.err.constData());
        r = send({u"--request"_s, u"Shop/Echo"_s, u"--env-var"_s, u"novalue"_s});
        QCOMPARE(r.exitCode, 2);
        r = cli({u"send"_s, u"--workspace"_s, m_dir.filePath(u"nothing-here"_s), u"--request"_s, u"A/B"_s});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains("not a Gatehouse workspace"), r.err.constData());
    }
};

QTEST_GUILESS_MAIN(TestCliWorkspace)
#include "tst_cli_workspace.moc"
