// SPDX-License-Identifier: GPL-3.0-or-later
// The window with the engine's and the inspector's newer parts: cookies per workspace, Copy As,
// the About dialog, and findings confirmed by the management API.
#include "aboutdialog.h"
#include "apim/diagnosis.h"
#include "http/httpclient.h"
#include "inspectorpanel.h"
#include "mainwindow.h"
#include "requestpanel.h"
#include "requesttab.h"
#include "storage/memorysecretstore.h"
#include "storage/workspacestorage.h"
#include "syntaxsupport.h"
#include "testserver.h"

#include <QAction>
#include <QClipboard>
#include <QDialog>
#include <QFile>
#include <QGuiApplication>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QTreeWidget>

using namespace Qt::StringLiterals;
using namespace gatehouse;
using gatehouse::test::TestServer;

namespace {

QAction *findAction(QWidget *window, const QString &name)
{
    for (QAction *action : window->findChildren<QAction *>()) {
        if (action->objectName() == name)
            return action;
    }
    return nullptr;
}

template<typename T>
void onDialog(std::function<void(T *)> act)
{
    QTimer::singleShot(0, qApp, [act] {
        for (int attempt = 0; attempt < 300; ++attempt) {
            if (auto *dialog = qobject_cast<T *>(QApplication::activeModalWidget())) {
                act(dialog);
                return;
            }
            QTest::qWait(10);
        }
    });
}

} // namespace

class TestIntegration : public QObject
{
    Q_OBJECT

    TestServer m_server;
    std::unique_ptr<ui::SyntaxSupport> m_syntax;
    std::unique_ptr<HttpClient> m_client;
    MemorySecretStore m_secrets;

    QString makeWorkspace(QTemporaryDir &dir)
    {
        Workspace ws;
        ws.id = u"w"_s;
        ws.name = u"Cookies"_s;
        Collection c;
        c.id = u"c"_s;
        c.name = u"Site"_s;
        Request login;
        login.id = u"login"_s;
        login.name = u"Log in"_s;
        login.url = m_server.url(u"/set-cookie"_s).toString() + u"?c=session-id%3Dfake-cookie-0000%3B%20Max-Age%3D3600"_s;
        Request echo;
        echo.id = u"echo"_s;
        echo.name = u"Echo"_s;
        echo.url = m_server.url(u"/echo"_s).toString();
        echo.headers = {{u"Authorization"_s, u"Bearer fake-token-0000"_s, true, {}}};
        c.requests = {login, echo};
        ws.collections = {c};
        WorkspaceStorage storage(dir.path(), &m_secrets);
        if (!storage.save(ws))
            qFatal("cannot write the workspace");
        return dir.path();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_server.listen());
        m_syntax = std::make_unique<ui::SyntaxSupport>();
        m_client = std::make_unique<HttpClient>();
    }

    void cookiesAreKeptPerWorkspaceAndSentBack()
    {
        QTemporaryDir dir;
        ui::MainWindow window(*m_client, *m_syntax, &m_secrets);
        window.setAskForSecrets(false);
        QVERIFY(window.openWorkspace(makeWorkspace(dir)));
        window.openRequest(u"login"_s);
        QSignalSpy finished(&window, &ui::MainWindow::exchangeFinished);
        window.send();
        QVERIFY(finished.wait(10000));
        // Kept in the workspace's git-ignored folder.
        QFile jar(dir.filePath(u".gatehouse/cookies.json"_s));
        QVERIFY(jar.open(QIODevice::ReadOnly));
        QVERIFY(jar.readAll().contains("session-id"));
        // And sent with the next request to that server.
        window.openRequest(u"echo"_s);
        window.send();
        QVERIFY(finished.wait(10000));
        QCOMPARE(m_server.requests().last().header("cookie"), "session-id=fake-cookie-0000"_ba);
        // View › Cookies lists it; Clear All empties the jar and its file.
        int listed = -1;
        onDialog<QDialog>([&listed](QDialog *dialog) {
            auto *list = dialog->findChild<QTreeWidget *>(u"cookiesList"_s);
            listed = list->topLevelItemCount();
            dialog->findChild<QPushButton *>(u"clearCookiesButton"_s)->click();
            dialog->reject();
        });
        findAction(&window, u"cookiesAction"_s)->trigger();
        QCOMPARE(listed, 1);
        jar.close();
        QVERIFY(jar.open(QIODevice::ReadOnly));
        QVERIFY(!jar.readAll().contains("session-id"));
    }

    void copyAsMasksCredentialsUnlessAsked()
    {
        QTemporaryDir dir;
        ui::MainWindow window(*m_client, *m_syntax, &m_secrets);
        window.setAskForSecrets(false);
        QVERIFY(window.openWorkspace(makeWorkspace(dir)));
        window.openRequest(u"echo"_s);
        findAction(&window, u"copyAs:curl"_s)->trigger();
        const QString masked = QGuiApplication::clipboard()->text();
        QVERIFY2(masked.startsWith(u"curl"_s), qPrintable(masked));
        QVERIFY(masked.contains(m_server.url(u"/echo"_s).toString()));
        QVERIFY(!masked.contains(u"fake-token-0000"_s));
        findAction(&window, u"copyWithSecretsAction"_s)->setChecked(true);
        findAction(&window, u"copyAs:python"_s)->trigger();
        const QString clear = QGuiApplication::clipboard()->text();
        QVERIFY2(clear.contains(u"fake-token-0000"_s), qPrintable(clear));
        QVERIFY(clear.contains(u"requests"_s));
    }

    void aboutNamesTheVersions()
    {
        ui::AboutDialog about;
        const QString text = about.versionText();
        QVERIFY(text.contains(QCoreApplication::applicationVersion()));
        QVERIFY(text.contains(QString::fromLatin1(qVersion())));
    }

    void inspectorShowsWhatTheManagementApiConfirmed()
    {
        Finding finding;
        finding.id = u"apim.key.invalid"_s;
        finding.title = u"The gateway rejected the subscription key"_s;
        finding.confirmation = Confirmation::Confirmed;
        finding.verdict = u"Confirmed: API 'orders' is in no product."_s;
        finding.rankedCauses = {FindingCause{u"api-in-no-product"_s, u"The API is in no product."_s, 0.9, Confirmation::Confirmed, u"Products of API 'orders': none"_s},
                                FindingCause{u"subscription-not-active"_s, u"The subscription is not active."_s, 0.1, Confirmation::RuledOut, {}}};
        ui::InspectorPanel inspector;
        inspector.setFindings({finding});
        inspector.show();
        auto *verdict = inspector.findChild<QLabel *>(u"findingVerdict"_s);
        QVERIFY(verdict);
        QCOMPARE(verdict->text(), finding.verdict);
        const QList<QLabel *> causes = inspector.findChildren<QLabel *>(u"findingCause"_s);
        QCOMPARE(causes.size(), 2);
        QVERIFY(causes.at(0)->text().contains(u"Confirmed"_s));
        QVERIFY(causes.at(0)->text().contains(u"none"_s));
        QVERIFY(causes.at(0)->font().bold());
        QVERIFY(causes.at(1)->text().contains(u"Ruled out"_s));
        QCOMPARE(causes.at(1)->foregroundRole(), QPalette::PlaceholderText);
        // Without a verdict, the engine's own confidence shows.
        finding.verdict.clear();
        finding.confidence = 0.75;
        inspector.setFindings({finding});
        auto *confidence = inspector.findChild<QLabel *>(u"findingConfidence"_s);
        QVERIFY(confidence);
        QVERIFY(confidence->text().contains(u"75"_s));
    }
};

QTEST_MAIN(TestIntegration)
#include "tst_integration.moc"
