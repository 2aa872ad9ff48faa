// SPDX-License-Identifier: GPL-3.0-or-later
// The Playground as a newcomer meets it: the in-process simulator, the workspace, the window.
#include "http/httpclient.h"
#include "inspectorpanel.h"
#include "mainwindow.h"
#include "models/workspacetreemodel.h"
#include "playground/playground.h"
#include "playgroundsession.h"
#include "requestpanel.h"
#include "responsepanel.h"
#include "sidebar.h"
#include "storage/workspacestorage.h"
#include "syntaxsupport.h"

#include <QComboBox>
#include <QDockWidget>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>

using namespace Qt::StringLiterals;
using namespace gatehouse;

class TestPlayground : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    sim::PlaygroundSession m_session;
    std::unique_ptr<ui::SyntaxSupport> m_syntax;
    std::unique_ptr<HttpClient> m_client;
    std::unique_ptr<ui::MainWindow> m_window;

    ExchangeResult sendStored(const QString &path)
    {
        const auto location = findRequestByPath(*m_window->workspace(), path);
        if (!location)
            qFatal("no request %s", qPrintable(path));
        m_window->openRequest(location->request->id);
        QSignalSpy finished(m_window.get(), &ui::MainWindow::exchangeFinished);
        m_window->send();
        if (!finished.wait(10000))
            qFatal("no answer for %s", qPrintable(path));
        return finished.first().first().value<ExchangeResult>();
    }

    QString findingId() const
    {
        const auto &findings = m_window->inspector()->findings();
        return findings.isEmpty() ? QString() : findings.first().id;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        auto url = m_session.start(m_dir.filePath(u"playground"_s));
        QVERIFY2(url, url ? "" : qPrintable(url.error().message));
        QCOMPARE(url->host(), u"127.0.0.1"_s);
        m_syntax = std::make_unique<ui::SyntaxSupport>();
        m_client = std::make_unique<HttpClient>();
        m_window = std::make_unique<ui::MainWindow>(*m_client, *m_syntax);
        m_window->setAskForSecrets(false);
        m_window->show();
        QVERIFY(m_window->openWorkspace(m_session.workspaceDir()));
        m_window->setEnvironment(u"Playground"_s);
    }

    void regeneratingKeepsOneCopy()
    {
        // A second start writes the same workspace again, in place.
        sim::PlaygroundSession again;
        QVERIFY(again.start(m_session.workspaceDir()));
        WorkspaceStorage storage(m_session.workspaceDir());
        const auto loaded = storage.load();
        QVERIFY(loaded);
        QCOMPARE(loaded->workspace.collections.size(), 1);
        QCOMPARE(loaded->workspace.environments.size(), 1);
        QVERIFY(loaded->problems.isEmpty());
    }

    void theWindowShowsThePlayground()
    {
        QCOMPARE(m_window->findChild<QComboBox *>(u"environmentCombo"_s)->currentText(), u"Playground"_s);
        QCOMPARE(m_window->sidebar()->view()->model()->rowCount(), 1);
        QVERIFY(m_window->sidebar()->view()->isVisible());
    }

    void aRequestThatWorks()
    {
        const ExchangeResult r = sendStored(u"Contoso Coffee/1 · Requests that work/List orders (Starter key)"_s);
        QVERIFY(r.ok());
        QCOMPARE(r.response->statusCode, 200);
        QVERIFY(findingId().isEmpty());
    }

    void theSeedStoryIsExplained()
    {
        const ExchangeResult r = sendStored(u"Contoso Coffee/2 · Classic APIM failures/Loyalty points — the API in no product"_s);
        QCOMPARE(r.response->statusCode, 401);
        QCOMPARE(findingId(), u"apim.key.invalid"_s);
        QVERIFY(m_window->inspectorDock()->isVisible());
        QVERIFY(m_window->inspector()->findings().first().causes.first().contains(u"never added to a product"_s));
        // The description tells the newcomer what to look at.
        QVERIFY(m_window->requestPanel()->findChild<QWidget *>(u"requestDescription"_s)->isVisible());
    }

    void theWrongHeaderIsFixedInOneClick()
    {
        const QString path = u"Contoso Coffee/2 · Classic APIM failures/Key under the wrong header"_s;
        ExchangeResult r = sendStored(path);
        QCOMPARE(r.response->statusCode, 401);
        QCOMPARE(findingId(), u"apim.key.wrong-header"_s);
        QTest::mouseClick(m_window->inspector()->findChild<QPushButton *>(u"fixButton"_s), Qt::LeftButton);
        QSignalSpy finished(m_window.get(), &ui::MainWindow::exchangeFinished);
        m_window->send();
        QVERIFY(finished.wait(10000));
        QCOMPARE(finished.first().first().value<ExchangeResult>().response->statusCode, 200);
    }

    void eachClassicFailureGetsItsFinding_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("finding");
        QTest::newRow("no key") << u"No key at all"_s << 401 << u"apim.key.missing"_s;
        QTest::newRow("typo") << u"Typo in the path"_s << 404 << u"apim.route.not-found"_s;
        QTest::newRow("method") << u"Wrong method"_s << 404 << u"apim.route.not-found"_s;
        QTest::newRow("version") << u"Stores without the version header"_s << 404 << u"apim.route.not-found"_s;
        QTest::newRow("suspended") << u"A suspended subscription's key"_s << 401 << u"apim.key.invalid"_s;
        QTest::newRow("jwt") << u"Admin API without a token"_s << 401 << u"apim.jwt.missing"_s;
    }

    void eachClassicFailureGetsItsFinding()
    {
        QFETCH(QString, name);
        QFETCH(int, status);
        QFETCH(QString, finding);
        const ExchangeResult r = sendStored(u"Contoso Coffee/2 · Classic APIM failures/"_s + name);
        QCOMPARE(r.response->statusCode, status);
        QCOMPARE(findingId(), finding);
    }
};

QTEST_MAIN(TestPlayground)
#include "tst_playground.moc"
