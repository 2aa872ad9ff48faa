// SPDX-License-Identifier: GPL-3.0-or-later
// Secrets sweep (issue 8): a CLI session (send, run, export, history) with known fake secrets — an
// APIM key from --apim-key-env, secret workspace variables — then every file Gatehouse wrote is
// read (workspace, XDG data/config/cache/state of the session, reports, exports). A secret may
// appear only in the private secrets file. What the commands print is checked too: masked.
#include "model/workspace.h"
#include "storage/filesecretstore.h"
#include "storage/workspacestorage.h"
#include "secretsweep.h"
#include "testserver.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace gatehouse;
using gatehouse::test::TestServer;
using gatehouse::test::secretForms;
using gatehouse::test::sweepWorkspace;

namespace {

// Obviously fake, and unique enough that a match can only be a leak.
const QByteArray kApimKey = "fake-key-0000-sweep-apim-4b1d7e"_ba;
const QByteArray kToken = "fake-token-0000-sweep-bearer-9c2e5a"_ba;
const QByteArray kPassword = "fake-password-0000-sweep-77f0"_ba;

} // namespace

class TestSecretSweep : public QObject
{
    Q_OBJECT

    TestServer m_server;
    QTemporaryDir m_dir;
    QString m_secretsFile;
    QStringList m_outputs; // what the commands printed, for the masking check

    QString path(const QString &relative) const { return m_dir.filePath(relative); }

    QProcessEnvironment environment() const
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"HOME"_s, path(u"home"_s));
        env.insert(u"XDG_DATA_HOME"_s, path(u"xdg/data"_s));
        env.insert(u"XDG_CONFIG_HOME"_s, path(u"xdg/config"_s));
        env.insert(u"XDG_CACHE_HOME"_s, path(u"xdg/cache"_s));
        env.insert(u"XDG_STATE_HOME"_s, path(u"xdg/state"_s));
        env.insert(u"TMPDIR"_s, path(u"tmp"_s));
        env.insert(u"GATEHOUSE_SECRETS_FILE"_s, m_secretsFile);
        env.insert(u"GATEHOUSE_SWEEP_KEY"_s, QString::fromLatin1(kApimKey));
        return env;
    }

    int cli(const QStringList &args)
    {
        QProcess p;
        p.setProcessEnvironment(environment());
        p.start(QStringLiteral(GATEHOUSE_CLI), args);
        if (!p.waitForStarted())
            qFatal("cannot start gatehouse-cli");
        QSignalSpy finished(&p, &QProcess::finished);
        if (!finished.wait(60000))
            qFatal("gatehouse-cli %s did not finish", qPrintable(args.join(u' ')));
        const QByteArray out = p.readAllStandardOutput();
        const QByteArray err = p.readAllStandardError();
        m_outputs.append(args.join(u' ') + u"\n--- stdout\n"_s + QString::fromUtf8(out) + u"\n--- stderr\n"_s + QString::fromUtf8(err));
        if (p.exitCode() != 0)
            qWarning("gatehouse-cli %s: exit %d\n%s", qPrintable(args.join(u' ')), p.exitCode(), err.constData());
        return p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY(m_server.listen());
        for (const QString &dir : {u"home"_s, u"xdg/data"_s, u"xdg/config"_s, u"xdg/cache"_s, u"xdg/state"_s, u"tmp"_s,
                                   u"private"_s, u"reports"_s, u"exports"_s})
            QVERIFY(QDir().mkpath(path(dir)));
        m_secretsFile = path(u"private/secrets.json"_s);

        // A workspace whose secrets live in the private secrets file only; its scripted request
        // also makes the run write reports.
        Workspace workspace = sweepWorkspace(m_server.url().toString(), u"127.0.0.1:%1"_s.arg(m_server.port()),
                                             {kApimKey, kToken, kPassword});
        workspace.collections.first().requests.first().scripts.test =
            u"pm.test('ok', function () { pm.response.to.have.status(200); });"_s;
        FileSecretStore secrets(m_secretsFile);
        WorkspaceStorage storage(path(u"ws"_s), &secrets);
        const auto saved = storage.save(workspace);
        QVERIFY2(saved.has_value(), saved ? "" : qPrintable(saved.error().message));
        QFile secretsFile(m_secretsFile);
        QVERIFY(secretsFile.open(QIODevice::ReadOnly));
        QVERIFY2(secretsFile.readAll().contains(kApimKey), "the secret values are not in the private secrets file");
    }

    void session()
    {
        const QString url = m_server.url(u"/json"_s).toString();
        const QString host = u"127.0.0.1:%1"_s.arg(m_server.port());
        const QString ws = path(u"ws"_s);
        QCOMPARE(cli({u"send"_s, url, u"--apim-host"_s, host, u"--apim-key-env"_s, u"GATEHOUSE_SWEEP_KEY"_s, u"-v"_s}), 0);
        QCOMPARE(cli({u"send"_s, url, u"--apim-host"_s, host, u"--apim-key-env"_s, u"GATEHOUSE_SWEEP_KEY"_s, u"--json"_s}), 0);
        QCOMPARE(cli({u"send"_s, u"--workspace"_s, ws, u"--env"_s, u"Local"_s, u"Sweep/Json"_s, u"-v"_s}), 0);
        QCOMPARE(cli({u"send"_s, u"--workspace"_s, ws, u"--env"_s, u"Local"_s, u"Sweep/Bearer"_s, u"--json"_s}), 0);
        QCOMPARE(cli({u"send"_s, u"--workspace"_s, ws, u"--env"_s, u"Local"_s, u"Sweep/Basic"_s, u"-v"_s}), 0);
        QCOMPARE(cli({u"run"_s, ws, u"--env"_s, u"Local"_s, u"--reporters"_s, u"cli,junit,json"_s,
                      u"--reporter-junit-export"_s, path(u"reports/junit.xml"_s),
                      u"--reporter-json-export"_s, path(u"reports/run.json"_s)}), 0);
        QCOMPARE(cli({u"export"_s, ws, u"--format"_s, u"postman"_s, u"-o"_s, path(u"exports/collection.postman.json"_s)}), 0);

        // The session did reach the server with the secrets (so the sweep below means something).
        bool keySent = false, tokenSent = false;
        for (const TestServer::Request &r : m_server.requests()) {
            keySent = keySent || r.header("Ocp-Apim-Subscription-Key") == kApimKey;
            tokenSent = tokenSent || r.header("Authorization") == "Bearer " + kToken;
        }
        QVERIFY(keySent);
        QVERIFY(tokenSent);
        QVERIFY(QFile::exists(path(u"reports/junit.xml"_s)));
        QVERIFY(QFile::exists(path(u"reports/run.json"_s)));
        QVERIFY(QFile::exists(path(u"exports/collection.postman.json"_s)));
    }

    void noSecretInAnyFileButThePrivateSecretsFile()
    {
        QStringList leaks;
        int files = 0;
        bool sawHistory = false;
        for (QDirIterator it(m_dir.path(), QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories); it.hasNext();) {
            const QString file = it.next();
            if (QFileInfo(file).canonicalFilePath() == QFileInfo(m_secretsFile).canonicalFilePath())
                continue;
            ++files;
            sawHistory = sawHistory || it.fileName() == u"history.jsonl"_s;
            QFile f(file);
            QVERIFY2(f.open(QIODevice::ReadOnly), qPrintable(file));
            const QByteArray data = f.readAll();
            for (const QByteArray &secret : {kApimKey, kToken, kPassword}) {
                for (const QByteArray &form : secretForms(secret)) {
                    if (const qsizetype at = data.indexOf(form); at >= 0)
                        leaks.append(u"%1: \u201c%2\u201d"_s.arg(QDir(m_dir.path()).relativeFilePath(file),
                                                              QString::fromUtf8(data.mid(std::max<qsizetype>(0, at - 40), form.size() + 80))));
                }
            }
        }
        QVERIFY2(files >= 8, qPrintable(u"only %1 files to sweep"_s.arg(files)));
        QVERIFY2(sawHistory, "the session wrote no history.jsonl: the sweep would miss it");
        QVERIFY2(leaks.isEmpty(), qPrintable(u"secrets written to files:\n"_s + leaks.join(u'\n')));
    }

    void nothingPrintedUnmasked()
    {
        QStringList leaks;
        for (const QString &output : std::as_const(m_outputs)) {
            for (const QByteArray &secret : {kApimKey, kToken, kPassword}) {
                for (const QByteArray &form : secretForms(secret)) {
                    if (output.contains(QString::fromLatin1(form)))
                        leaks.append(output.section(u'\n', 0, 0) + u": "_s + QString::fromLatin1(form));
                }
            }
        }
        QVERIFY2(leaks.isEmpty(), qPrintable(u"secrets printed:\n"_s + leaks.join(u'\n')));
    }
};

QTEST_GUILESS_MAIN(TestSecretSweep)
#include "tst_secretsweep.moc"
