// SPDX-License-Identifier: GPL-3.0-or-later
// Secrets sweep of a window session (issue 8; tst_secretsweep does the CLI): the real main window
// with a workspace whose APIM key, bearer token and password are secret variables sends each
// request (the key injected, the token and password in auth), edits a draft so the crash-recovery
// file is written, opens the environment editor, copies a request as curl, and closes. Then every
// file under the test's folders (workspace, .gatehouse/ local state and drafts, history, settings,
// XDG data/config/cache/state) is read: a secret may appear only in the private secrets file.
#include "http/httpclient.h"
#include "mainwindow.h"
#include "model/workspace.h"
#include "storage/filesecretstore.h"
#include "storage/history.h"
#include "storage/workspacestorage.h"
#include "syntaxsupport.h"
#include "secretsweep.h"
#include "testserver.h"

#include <QApplication>
#include <QClipboard>
#include <QDialog>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QLineEdit>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace Qt::StringLiterals;
using namespace gatehouse;
using gatehouse::test::TestServer;
using gatehouse::test::secretForms;
using gatehouse::test::sweepWorkspace;

namespace {

// Obviously fake, and unique enough that a match can only be a leak.
const QByteArray kApimKey = "fake-key-0000-guisweep-apim-5d21c9"_ba;
const QByteArray kToken = "fake-token-0000-guisweep-bearer-0e8b13"_ba;
const QByteArray kPassword = "fake-password-0000-guisweep-3a6f"_ba;

} // namespace

class TestGuiSecretSweep : public QObject
{
    Q_OBJECT

    TestServer m_server;
    QTemporaryDir m_dir;
    QString m_secretsFile;
    QStringList m_requestIds;
    QString m_clipboard;

    QString path(const QString &relative) const { return m_dir.filePath(relative); }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY(m_server.listen());
        // Settings and local data of this process land under the test's own XDG folders (set by
        // ctest); they are swept too.
        QVERIFY(qEnvironmentVariableIsSet("XDG_CONFIG_HOME"));
        m_secretsFile = path(u"private/secrets.json"_s);

        const Workspace workspace = sweepWorkspace(m_server.url().toString(), u"127.0.0.1:%1"_s.arg(m_server.port()),
                                                   {kApimKey, kToken, kPassword});
        for (const Request &r : std::as_const(workspace.collections.first().requests))
            m_requestIds.append(r.id);
        FileSecretStore secrets(m_secretsFile);
        WorkspaceStorage storage(path(u"ws"_s), &secrets);
        const auto saved = storage.save(workspace);
        QVERIFY2(saved.has_value(), saved ? "" : qPrintable(saved.error().message));
    }

    void windowSession()
    {
        HttpClient client;
        ui::SyntaxSupport syntax;
        FileSecretStore secrets(m_secretsFile);
        HistoryStore history(path(u"data/history.jsonl"_s));
        {
            ui::MainWindow window(client, syntax, &secrets);
            window.setAskForSecrets(false);
            window.setHistoryStore(&history);
            window.resize(1280, 800);
            window.show();
            QVERIFY(window.openWorkspace(path(u"ws"_s)));
            window.setEnvironment(u"Local"_s);
            QSignalSpy finished(&window, &ui::MainWindow::exchangeFinished);
            for (const QString &id : std::as_const(m_requestIds)) {
                window.openRequest(id);
                window.send();
                QVERIFY(finished.wait(10000));
            }
            // An unsaved edit: the draft goes to the crash-recovery file.
            auto *url = window.findChild<QLineEdit *>(u"urlEdit"_s);
            QVERIFY(url);
            QTest::keyClick(url, Qt::Key_End);
            QTest::keyClicks(url, u"&draft=1"_s);
            window.writeSession();
            // The environment editor opens (and is cancelled) with the secrets in it.
            QTimer::singleShot(0, qApp, [] {
                for (int attempt = 0; attempt < 300; ++attempt) {
                    if (auto *dialog = qobject_cast<QDialog *>(QApplication::activeModalWidget())) {
                        dialog->reject();
                        return;
                    }
                    QTest::qWait(10);
                }
            });
            window.editEnvironments();
            // Copy As curl, credentials masked by default.
            window.copyAs(CodeFormat::Curl);
            m_clipboard = QGuiApplication::clipboard()->text();
            QSettings().sync();
        }

        // The session did reach the server with the secrets, so the sweep below means something.
        bool keySent = false, tokenSent = false, basicSent = false;
        for (const TestServer::Request &r : m_server.requests()) {
            keySent = keySent || r.header("Ocp-Apim-Subscription-Key") == kApimKey;
            tokenSent = tokenSent || r.header("Authorization") == "Bearer " + kToken;
            basicSent = basicSent || r.header("Authorization") == "Basic " + QByteArray("user:" + kPassword).toBase64();
        }
        QVERIFY(keySent);
        QVERIFY(tokenSent);
        QVERIFY(basicSent);
        QVERIFY(QFile::exists(path(u"data/history.jsonl"_s)));
        QVERIFY(QFile::exists(path(u"ws/.gatehouse/session.json"_s)));
        QVERIFY(!m_clipboard.isEmpty());
    }

    void noSecretInAnyFileButThePrivateSecretsFile()
    {
        QStringList roots = {m_dir.path()};
        for (const char *var : {"XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_CACHE_HOME", "XDG_STATE_HOME"}) {
            if (qEnvironmentVariableIsSet(var))
                roots.append(qEnvironmentVariable(var));
        }
        QStringList leaks;
        int files = 0;
        bool sawSession = false, sawHistory = false;
        for (const QString &root : std::as_const(roots)) {
            for (QDirIterator it(root, QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories); it.hasNext();) {
                const QString file = it.next();
                if (QFileInfo(file).canonicalFilePath() == QFileInfo(m_secretsFile).canonicalFilePath())
                    continue;
                ++files;
                sawSession = sawSession || it.fileName() == u"session.json"_s;
                sawHistory = sawHistory || it.fileName() == u"history.jsonl"_s;
                QFile f(file);
                QVERIFY2(f.open(QIODevice::ReadOnly), qPrintable(file));
                const QByteArray data = f.readAll();
                for (const QByteArray &secret : {kApimKey, kToken, kPassword}) {
                    for (const QByteArray &form : secretForms(secret)) {
                        if (data.contains(form))
                            leaks.append(u"%1 (%2)"_s.arg(file, QString::fromLatin1(secret.left(24))));
                    }
                }
            }
        }
        QVERIFY2(files >= 5, qPrintable(u"only %1 files to sweep"_s.arg(files)));
        QVERIFY2(sawSession, "no crash-recovery file was written: the sweep would miss it");
        QVERIFY2(sawHistory, "no history was written: the sweep would miss it");
        QVERIFY2(leaks.isEmpty(), qPrintable(u"secrets written to files:\n"_s + leaks.join(u'\n')));
        // The private file does hold them (so the values were really in play).
        QFile privateFile(m_secretsFile);
        QVERIFY(privateFile.open(QIODevice::ReadOnly));
        QVERIFY(privateFile.readAll().contains(kApimKey));
    }

    void copiedCurlIsMasked()
    {
        for (const QByteArray &secret : {kApimKey, kToken, kPassword}) {
            for (const QByteArray &form : secretForms(secret))
                QVERIFY2(!m_clipboard.contains(QString::fromLatin1(form)), qPrintable(m_clipboard));
        }
    }
};

QTEST_MAIN(TestGuiSecretSweep)
#include "tst_guisecretsweep.moc"
