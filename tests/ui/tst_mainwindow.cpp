// SPDX-License-Identifier: GPL-3.0-or-later
// The real main window, on the offscreen platform, talking to a loopback server.
#include "codeeditor.h"
#include "http/httpclient.h"
#include "inspectorpanel.h"
#include "historypanel.h"
#include "mainwindow.h"
#include <QTabWidget>
#include "storage/history.h"
#include "models/workspacetreemodel.h"
#include "sidebar.h"
#include "storage/workspacestorage.h"
#include "requestpanel.h"
#include "requesttab.h"
#include "responsepanel.h"
#include "syntaxsupport.h"
#include "testserver.h"
#include "timelineview.h"

#include <QApplication>
#include <QCheckBox>
#include <QToolButton>
#include <QComboBox>
#include <QDesktopServices>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QScopeGuard>
#include <QDockWidget>
#include <QUndoStack>
#include <QLabel>
#include <QListView>
#include <QLineEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QSpinBox>
#include <QSignalSpy>
#include <QTabBar>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>
#include <QTextBlock>
#include <QTextLayout>
#include <QTreeWidget>

using namespace Qt::StringLiterals;
using namespace gatehouse;
using gatehouse::test::TestServer;

// Stands in for the system browser (QDesktopServices::setUrlHandler): records what the app opens
// and, when follow is set, signs in by following the authorization URL to its loopback redirect.
class FakeBrowser : public QObject
{
    Q_OBJECT
public:
    QList<QUrl> opened;
    bool follow = false;

public Q_SLOTS:
    void open(const QUrl &url)
    {
        opened.append(url);
        if (!follow)
            return;
        QNetworkRequest request(url);
        request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::NoLessSafeRedirectPolicy);
        QNetworkReply *reply = m_manager.get(request);
        connect(reply, &QNetworkReply::finished, reply, &QObject::deleteLater);
    }

private:
    QNetworkAccessManager m_manager;
};

class TestMainWindow : public QObject
{
    Q_OBJECT

    TestServer m_server;
    std::unique_ptr<ui::SyntaxSupport> m_syntax;
    std::unique_ptr<HttpClient> m_client;
    std::unique_ptr<ui::MainWindow> m_window;
    int m_requestsBefore = 0;

    template<typename T>
    T *child(const char *name) const
    {
        T *w = m_window->findChild<T *>(QString::fromLatin1(name));
        if (!w)
            qFatal("no child %s", name);
        return w;
    }

    void typeUrl(const QString &url)
    {
        auto *edit = child<QLineEdit>("urlEdit");
        edit->clear();
        QTest::keyClicks(edit, url);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_server.listen());
        m_syntax = std::make_unique<ui::SyntaxSupport>();
        m_client = std::make_unique<HttpClient>();
    }

    void init()
    {
        m_requestsBefore = int(m_server.requests().size());
        m_window = std::make_unique<ui::MainWindow>(*m_client, *m_syntax);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    }

    void cleanup() { m_window.reset(); }

    // Auth tab, OAuth 2.0 client credentials, "Get Token": fetched through the window's client, shown
    // masked, and the next send reuses it.
    void getTokenFetchesAnOAuthTokenForTheRequest()
    {
        ui::RequestTab *tab = m_window->currentTab();
        QVERIFY(tab);
        Request r;
        r.url = m_server.url(u"/oauth/protected"_s).toString();
        r.auth.kind = Auth::Kind::OAuth2;
        r.auth.grantType = u"client_credentials"_s;
        r.auth.accessTokenUrl = m_server.url(u"/oauth/token?expires_in=7200"_s).toString();
        r.auth.clientId = u"client-1"_s;
        r.auth.clientSecret = u"fake-secret-0000"_s;
        tab->requestPanel()->setRequest(r);
        const qsizetype tokens = m_server.requestCount("/oauth/token");
        tab->requestPanel()->findChild<QPushButton *>(u"authGetTokenButton"_s)->click();
        auto *state = tab->requestPanel()->findChild<QLabel *>(u"authTokenStateLabel"_s);
        QTRY_VERIFY2(state->text().startsWith(u"Got a token"_s), qPrintable(state->text()));
        QVERIFY(!state->text().contains(u"fake-token-"_s)); // never in clear
        QCOMPARE(m_server.requestCount("/oauth/token"), tokens + 1);
        const qsizetype protectedBefore = m_server.requestCount("/oauth/protected");
        Q_EMIT tab->requestPanel()->sendRequested();
        QTRY_COMPARE(m_server.requestCount("/oauth/protected"), protectedBefore + 1);
        QCOMPARE(m_server.requestCount("/oauth/token"), tokens + 1); // the fetched token was reused
        QVERIFY(m_server.requests().last().header("authorization").startsWith("Bearer fake-token-"));

        // A refusal shows the endpoint's error, as a problem.
        r.auth.clientSecret = u"wrong"_s;
        tab->requestPanel()->setRequest(r);
        tab->requestPanel()->findChild<QPushButton *>(u"authGetTokenButton"_s)->click();
        QTRY_VERIFY2(state->text().contains(u"invalid_client"_s), qPrintable(state->text()));
    }

    // Auth tab, OAuth 2.0 authorization code, "Get Token": the browser sign-in the user abandons
    // can be cancelled, and gives up by itself after the timeout; either way Get Token works again.
    void abandonedBrowserSignInIsCancelledOrTimesOut()
    {
#ifndef GATEHOUSE_HAVE_OAUTH_BROWSER
        QSKIP("built without Qt NetworkAuth");
#else
        FakeBrowser browser;
        QDesktopServices::setUrlHandler(u"http"_s, &browser, "open");
        const auto unsetHandler = qScopeGuard([] { QDesktopServices::unsetUrlHandler(u"http"_s); });
        m_window->setOAuthSignInTimeout(std::chrono::milliseconds(1500));

        ui::RequestTab *tab = m_window->currentTab();
        QVERIFY(tab);
        Request r;
        r.url = m_server.url(u"/oauth/protected"_s).toString();
        r.auth.kind = Auth::Kind::OAuth2;
        r.auth.grantType = u"authorization_code"_s;
        r.auth.authUrl = m_server.url(u"/oauth/authorize"_s).toString();
        r.auth.accessTokenUrl = m_server.url(u"/oauth/token"_s).toString();
        r.auth.clientId = u"client-1"_s;
        tab->requestPanel()->setRequest(r);
        auto *getToken = tab->requestPanel()->findChild<QPushButton *>(u"authGetTokenButton"_s);
        auto *cancel = tab->requestPanel()->findChild<QPushButton *>(u"authCancelTokenButton"_s);
        auto *state = tab->requestPanel()->findChild<QLabel *>(u"authTokenStateLabel"_s);
        QVERIFY(getToken && cancel && state);
        QVERIFY(cancel->isHidden());

        // Signed in nowhere: the panel waits and offers Cancel.
        getToken->click();
        QCOMPARE(browser.opened.size(), 1);
        QVERIFY(browser.opened.first().path().endsWith(u"/oauth/authorize"_s));
        QVERIFY(!getToken->isEnabled());
        QVERIFY(!cancel->isHidden());
        QVERIFY2(state->text().contains(u"Waiting for the sign-in"_s), qPrintable(state->text()));
        cancel->click();
        QVERIFY(getToken->isEnabled());
        QVERIFY(cancel->isHidden());
        QVERIFY2(state->text().contains(u"cancelled"_s), qPrintable(state->text()));

        // Abandoned again: after the timeout the button comes back with the reason.
        getToken->click();
        QCOMPARE(browser.opened.size(), 2);
        QVERIFY(!getToken->isEnabled());
        QTRY_VERIFY_WITH_TIMEOUT(getToken->isEnabled(), 10000);
        QVERIFY(cancel->isHidden());
        QVERIFY2(state->text().contains(u"not completed within"_s), qPrintable(state->text()));

        // And a sign-in that is finished gets the token.
        browser.follow = true;
        getToken->click();
        QTRY_VERIFY_WITH_TIMEOUT(state->text().startsWith(u"Got a token"_s), 10000);
        QVERIFY(getToken->isEnabled());
        QVERIFY(cancel->isHidden());
        QVERIFY(!state->text().contains(u"fake-token-"_s));
#endif
    }

    void exchangeAreaFitsAt1280WithInspectorAndSidebar()
    {
        // A workspace, so the sidebar takes its share of the width as in real use.
        QTemporaryDir dir;
        Workspace ws;
        ws.name = u"Layout"_s;
        Collection c;
        c.name = u"A collection with a rather long name"_s;
        Request r;
        r.name = u"A request whose name is long enough to need room"_s;
        r.url = u"https://api.example.test/items"_s;
        c.requests = {r};
        ws.collections = {c};
        assignMissingIds(ws);
        QVERIFY(WorkspaceStorage(dir.path()).save(ws).has_value());
        m_window->setAskForSecrets(false);
        QVERIFY(m_window->openWorkspace(dir.path()));
        m_window->resize(1280, 800);
        m_window->inspectorDock()->hide();

        ui::RequestTab *tab = m_window->currentTab();
        QVERIFY(tab);
        tab->responsePanel()->showSending(QUrl(u"https://api.example.test/items"_s)); // the response's tabs on screen
        // Every tab title whole: the bar has the width all tabs ask for (else they are elided or scroll).
        const auto bar = [tab](const char *name) { return tab->findChild<QTabWidget *>(QString::fromLatin1(name))->tabBar(); };
        const auto fits = [bar](const char *name) { return bar(name)->width() >= bar(name)->sizeHint().width() && bar(name)->tabRect(0).left() >= 0; };
        const auto widths = [bar](const char *name) { return u"%1 of %2 px"_s.arg(bar(name)->width()).arg(bar(name)->sizeHint().width()); };
        QTRY_COMPARE(tab->exchangeOrientation(), Qt::Horizontal);
        QTRY_VERIFY2(fits("requestTabs"), qPrintable(widths("requestTabs")));
        QTRY_VERIFY2(fits("responseTabs"), qPrintable(widths("responseTabs")));

        // The inspector takes a third of the width: the request goes above the response.
        m_window->inspectorDock()->show();
        QTRY_COMPARE(tab->exchangeOrientation(), Qt::Vertical);
        QTRY_VERIFY2(fits("requestTabs"), qPrintable(widths("requestTabs")));
        QTRY_VERIFY2(fits("responseTabs"), qPrintable(widths("responseTabs")));
        QVERIFY2(m_window->sidebar()->width() >= 180, qPrintable(QString::number(m_window->sidebar()->width())));

        // And back.
        m_window->inspectorDock()->hide();
        QTRY_COMPARE(tab->exchangeOrientation(), Qt::Horizontal);
    }

    void stackedLayoutLeavesTheResponseRoom()
    {
        // A narrow window puts the request above the response; the request's pages with forms (Body,
        // Auth with OAuth 2's dozen fields, Scripts, Settings) scroll instead of taking the response's height.
        m_window->resize(1024, 700);
        m_window->inspectorDock()->show();
        ui::RequestTab *tab = m_window->currentTab();
        QVERIFY(tab);
        QTRY_COMPARE(tab->exchangeOrientation(), Qt::Vertical);
        auto *auth = tab->findChild<QComboBox *>(u"authKindCombo"_s);
        QVERIFY(tab->findChild<QScrollArea *>(u"authPageScroll"_s)->isAncestorOf(auth));
        QVERIFY(tab->findChild<QScrollArea *>(u"settingsPageScroll"_s)->isAncestorOf(tab->findChild<QSpinBox *>(u"timeoutSpin"_s)));
        auth->setCurrentIndex(auth->count() - 1); // the longest form
        auto *request = tab->findChild<QTabWidget *>(u"requestTabs"_s);
        auto *response = tab->responsePanel();
        QVERIFY2(request->minimumSizeHint().height() < 200, qPrintable(QString::number(request->minimumSizeHint().height())));
        QTRY_VERIFY2(response->height() > request->height(), qPrintable(u"response %1 px, request %2 px"_s.arg(response->height()).arg(request->height())));
    }

    void ctrlEnterSendsAndShowsHighlightedPrettyJson()
    {
        typeUrl(m_server.url(u"/json"_s).toString());
        QSignalSpy shown(m_window->responsePanel(), &ui::ResponsePanel::bodyShown);
        QTest::keyClick(m_window.get(), Qt::Key_Return, Qt::ControlModifier);
        QVERIFY(shown.wait(10000));
        QCOMPARE(child<QLabel>("statusLabel")->text(), u"200 OK"_s);
        QCOMPARE(child<QLabel>("httpVersionLabel")->text(), u"· HTTP/1.1"_s); // a real exchange over loopback
        QVERIFY(child<QLabel>("timeLabel")->text().endsWith(u" ms"_s));
        QVERIFY(!child<QLabel>("sizeLabel")->text().isEmpty());
        const auto *body = child<ui::CodeEditor>("responseBodyEditor");
        QVERIFY2(body->toPlainText().startsWith(u"{\n  \"name\": \"Gatehouse\",\n  \"zeta\": 1.50,"_s), qPrintable(body->toPlainText()));
        QCOMPARE(body->definitionName(), u"JSON"_s);
        // Highlighting happened: the first key carries a format.
        QVERIFY(!body->document()->findBlockByNumber(1).layout()->formats().isEmpty());
        auto *headers = child<QTreeWidget>("responseHeadersView");
        QVERIFY(!headers->findItems(u"content-type"_s, Qt::MatchExactly, 0).isEmpty());
    }

    void rawFindTimelineAndRequestAsSent()
    {
        typeUrl(m_server.url(u"/json"_s).toString());
        m_window->requestPanel()->setHeaders({{"Authorization"_ba, "Bearer fake-token"_ba}});
        QSignalSpy shown(m_window->responsePanel(), &ui::ResponsePanel::bodyShown);
        m_window->send();
        QVERIFY(shown.wait(10000));
        auto *body = child<ui::CodeEditor>("responseBodyEditor");

        // Raw shows the bytes as received; Pretty comes back without another request.
        QTest::mouseClick(child<QToolButton>("rawButton"), Qt::LeftButton);
        QCOMPARE(body->toPlainText(), QString::fromUtf8(TestServer::jsonDocument()));
        QTest::mouseClick(child<QToolButton>("prettyButton"), Qt::LeftButton);
        QVERIFY(body->toPlainText().startsWith(u"{\n  \"name\""_s));
        QCOMPARE(m_server.requests().size(), 1 + m_requestsBefore);

        // Find, with wrap-around; nothing found is said so.
        auto *panel = m_window->responsePanel();
        panel->startFind();
        QVERIFY(child<QLineEdit>("bodyFindEdit")->isVisible());
        QVERIFY(panel->findNext(u"nested"_s));
        QCOMPARE(body->textCursor().selectedText(), u"nested"_s);
        QVERIFY(panel->findNext(u"nested"_s)); // wraps to the only match again
        QVERIFY(!panel->findNext(u"no-such-text"_s));

        // Timeline: phases up to the download.
        auto *timeline = child<ui::TimelineView>("timelineView");
        QVERIFY(!timeline->phases().isEmpty());
        QCOMPARE(timeline->phases().last().name, u"Download"_s);

        // The request as sent, credentials masked until asked for.
        auto *sent = child<ui::CodeEditor>("requestAsSentView");
        QVERIFY2(sent->toPlainText().startsWith(u"GET /json HTTP/1.1\nHost: 127.0.0.1:"_s), qPrintable(sent->toPlainText()));
        QVERIFY(sent->toPlainText().contains(u"Authorization: Bearer •••"_s));
        QVERIFY(!sent->toPlainText().contains(u"fake-token"_s));
        child<QCheckBox>("revealSecretsCheck")->setChecked(true);
        QVERIFY(sent->toPlainText().contains(u"Authorization: Bearer fake-token"_s));
        QVERIFY(!child<QLabel>("tlsWarning")->isVisible());
    }

    void xmlIsPrettyPrintedAndHighlightedAsXml()
    {
        typeUrl(m_server.url(u"/xml"_s).toString());
        QSignalSpy shown(m_window->responsePanel(), &ui::ResponsePanel::bodyShown);
        m_window->send();
        QVERIFY(shown.wait(10000));
        const auto *body = child<ui::CodeEditor>("responseBodyEditor");
        QVERIFY2(body->toPlainText().contains(u"\n  <item sku=\"a\">One</item>"_s), qPrintable(body->toPlainText()));
        QCOMPARE(body->definitionName(), u"XML"_s);
    }

    void headersAndBodyFromTheEditorsAreSent()
    {
        typeUrl(m_server.url(u"/echo"_s).toString());
        m_window->requestPanel()->setMethod(u"post"_s);
        auto *table = child<QTableView>("headersTable");
        QAbstractItemModel *model = table->model();
        QVERIFY(model->setData(model->index(0, 0), u"X-Trace"_s));
        QVERIFY(model->setData(model->index(0, 1), u"gui"_s));
        auto *bodyEditor = child<ui::CodeEditor>("requestBodyEditor");
        bodyEditor->setPlainText(u"{\"hello\": \"world\"}"_s);
        QSignalSpy finished(m_window.get(), &ui::MainWindow::exchangeFinished);
        QTest::mouseClick(child<QPushButton>("sendButton"), Qt::LeftButton);
        QVERIFY(finished.wait(10000));
        const TestServer::Request &arrived = m_server.requests().last();
        QCOMPARE(arrived.method, "POST"_ba);
        QCOMPARE(arrived.header("x-trace"), "gui"_ba);
        QCOMPARE(arrived.header("content-type"), "application/json"_ba); // from the body language
        QCOMPARE(arrived.body, "{\"hello\": \"world\"}"_ba);
    }

    void sendingNeverBlocksAndCanBeCancelled()
    {
        typeUrl(m_server.url(u"/stall"_s).toString());
        auto *button = child<QPushButton>("sendButton");
        QSignalSpy arrived(&m_server, &TestServer::requestReceived);
        QTest::mouseClick(button, Qt::LeftButton);
        QVERIFY(m_window->isSending());
        QCOMPARE(button->text(), u"Cancel"_s);
        // The event loop keeps running while the server says nothing.
        QVERIFY(arrived.wait(5000));
        QVERIFY(m_window->isSending());
        QSignalSpy finished(m_window.get(), &ui::MainWindow::exchangeFinished);
        QTest::mouseClick(button, Qt::LeftButton);
        QTRY_COMPARE(finished.size(), 1);
        QVERIFY(!m_window->isSending());
        QCOMPARE(button->text(), u"Send"_s);
        QCOMPARE(child<QLabel>("statusLabel")->text(), u"The request was cancelled."_s);
    }

    void errorStatusIsShownAsResult()
    {
        typeUrl(m_server.url(u"/status/404"_s).toString());
        QSignalSpy shown(m_window->responsePanel(), &ui::ResponsePanel::bodyShown);
        m_window->send();
        QVERIFY(shown.wait(10000));
        QCOMPARE(child<QLabel>("statusLabel")->text(), u"404 Not Found"_s);
    }

    void inspectorExplainsAndFixesAWrongKeyHeader()
    {
        QVERIFY(!m_window->inspectorDock()->isVisible());
        typeUrl(m_server.url(u"/apim/key"_s).toString());
        m_window->requestPanel()->setHeaders({{"api-key"_ba, "fake-key-0000"_ba}});
        QSignalSpy finished(m_window.get(), &ui::MainWindow::exchangeFinished);
        m_window->send();
        QVERIFY(finished.wait(10000));
        // It opened itself, with the finding and its fix.
        QVERIFY(m_window->inspectorDock()->isVisible());
        QCOMPARE(m_window->inspector()->findings().size(), 1);
        QCOMPARE(m_window->inspector()->findings().first().id, u"apim.key.wrong-header"_s);
        auto *fix = m_window->inspector()->findChild<QPushButton *>(u"fixButton"_s);
        QVERIFY(fix);
        QCOMPARE(fix->text(), u"Send it as Ocp-Apim-Subscription-Key"_s);
        QTest::mouseClick(fix, Qt::LeftButton);
        QCOMPARE(m_window->requestPanel()->headerRows().first().name, u"Ocp-Apim-Subscription-Key"_s);

        // Undoable.
        m_window->undoStack()->undo();
        QCOMPARE(m_window->requestPanel()->headerRows().first().name, u"api-key"_s);
        m_window->undoStack()->redo();

        // And it works: the gateway lets the request through, nothing left to explain.
        m_window->send();
        QVERIFY(finished.wait(10000));
        QCOMPARE(child<QLabel>("statusLabel")->text(), u"200 OK"_s);
        QVERIFY(m_window->inspector()->findings().isEmpty());
    }

    void workspaceRequestsResolveInTheChosenEnvironment()
    {
        QTemporaryDir dir;
        Workspace ws;
        ws.name = u"Shop"_s;
        Collection orders;
        orders.name = u"Orders"_s;
        Folder admin;
        admin.name = u"Admin"_s;
        Request list;
        list.name = u"List orders"_s;
        list.url = u"{{baseUrl}}/echo?team={{team}}"_s;
        list.headers = {{u"X-Trace"_s, u"{{team}}-1"_s, true, {}}};
        Request create;
        create.name = u"Create order"_s;
        create.method = u"POST"_s;
        create.url = u"{{baseUrl}}/echo"_s;
        admin.requests = {list, create};
        orders.folders = {admin};
        ws.collections = {orders};
        Environment local;
        local.name = u"Local"_s;
        local.variables = {{u"baseUrl"_s, m_server.url().toString(), true, false}, {u"team"_s, u"blue"_s, true, false}};
        ws.environments = {local};
        assignMissingIds(ws);
        WorkspaceStorage storage(dir.path());
        QVERIFY(storage.save(ws).has_value());

        m_window->setAskForSecrets(false);
        QVERIFY(m_window->openWorkspace(dir.path()));
        auto *tree = m_window->sidebar()->view();
        QVERIFY(tree->isVisible());
        QCOMPARE(tree->model()->rowCount(), 1);
        const QModelIndex folder = tree->model()->index(0, 0, tree->model()->index(0, 0));
        QCOMPARE(folder.data().toString(), u"Admin"_s);
        QCOMPARE(tree->model()->rowCount(folder), 2);
        QCOMPARE(tree->model()->index(1, 0, folder).data(WorkspaceTreeModel::MethodRole).toString(), u"POST"_s);

        // Filter by URL or name.
        auto *filter = m_window->sidebar()->findChild<QLineEdit *>(u"sidebarFilter"_s);
        QTest::keyClicks(filter, u"create"_s);
        QCOMPARE(tree->model()->rowCount(tree->model()->index(0, 0, tree->model()->index(0, 0))), 1);
        filter->clear();

        // One environment: chosen for you. Open the request from the tree and send it.
        QCOMPARE(child<QComboBox>("environmentCombo")->currentText(), u"Local"_s);
        tree->clicked(tree->model()->index(0, 0, folder));
        QCOMPARE(m_window->currentRequestId(), ws.collections[0].folders[0].requests[0].id);
        QCOMPARE(child<QLineEdit>("urlEdit")->text(), u"{{baseUrl}}/echo?team={{team}}"_s);
        QSignalSpy finished(m_window.get(), &ui::MainWindow::exchangeFinished);
        m_window->send();
        QVERIFY(finished.wait(10000));
        QCOMPARE(m_server.requests().last().target, "/echo?team=blue"_ba);
        QCOMPARE(m_server.requests().last().header("x-trace"), "blue-1"_ba);
        QVERIFY(!child<QLabel>("requestWarnings")->isVisible());

        // Without the environment the variables stay as written, and the window says so.
        m_window->setEnvironment(QString());
        child<QLineEdit>("urlEdit")->setText(m_server.url(u"/echo?team={{team}}"_s).toString());
        m_window->send();
        QVERIFY(finished.wait(10000));
        QVERIFY(child<QLabel>("requestWarnings")->isVisible());
        QVERIFY2(child<QLabel>("requestWarnings")->text().contains(u"team"_s), qPrintable(child<QLabel>("requestWarnings")->text()));
    }

    void historyRecordsMaskedAndReopens()
    {
        QTemporaryDir dir;
        HistoryStore store(dir.filePath(u"history.jsonl"_s));
        m_window->setHistoryStore(&store);
        typeUrl(m_server.url(u"/status/418"_s).toString());
        m_window->requestPanel()->setHeaders({{"Authorization"_ba, "Bearer fake-token"_ba}});
        QSignalSpy finished(m_window.get(), &ui::MainWindow::exchangeFinished);
        m_window->send();
        QVERIFY(finished.wait(10000));
        const auto entries = store.load();
        QVERIFY(entries);
        QCOMPARE(entries->size(), 1);
        QCOMPARE(entries->first().status, 418);
        QCOMPARE(headerValue(entries->first().requestHeaders, "authorization"), "Bearer •••"_ba);
        QCOMPARE(m_window->history()->count(), 1);

        // Re-open it from the list.
        child<QLineEdit>("urlEdit")->clear();
        ui::HistoryPanel *history = m_window->history();
        QVERIFY(history->rowText(0).contains(u"418"_s));
        // Activated from the real list view, as Enter on the selected row does.
        auto *list = history->findChild<QListView *>(u"historyList"_s);
        QVERIFY(list && list->model()->rowCount() == 1);
        Q_EMIT list->activated(list->model()->index(0, 0));
        // In a tab of its own, leaving the current one alone.
        QCOMPARE(m_window->tabs()->count(), 2);
        QCOMPARE(m_window->requestPanel()->urlText(), m_server.url(u"/status/418"_s).toString());
        m_window->setHistoryStore(nullptr);
    }

    void historyPanelAddsOnTopAndKeepsTheLimit()
    {
        QTemporaryDir dir;
        HistoryStore store(dir.filePath(u"history.jsonl"_s), 5);
        ui::HistoryPanel panel;
        panel.setStore(&store);
        auto *list = panel.findChild<QListView *>(u"historyList"_s);
        auto *search = panel.findChild<QLineEdit *>();
        QVERIFY(list && search);
        const auto text = [list](int row) { return list->model()->index(row, 0).data().toString(); };
        for (int i = 0; i < 8; ++i) {
            HistoryEntry e;
            e.method = i % 2 ? u"GET"_s : u"POST"_s;
            e.url = u"https://api.contoso.test/pets/%1"_s.arg(i);
            e.status = 200 + i;
            QVERIFY(store.append(e));
            panel.add(e);
            QVERIFY(text(0).contains(e.url)); // newest on top
        }
        QCOMPARE(panel.count(), 5); // never more than the store keeps
        QCOMPARE(list->model()->rowCount(), 5);
        QVERIFY(text(4).contains(u"/pets/3"_s));
        QCOMPARE(list->model()->index(4, 0).data(Qt::ToolTipRole).toString(), u"https://api.contoso.test/pets/3"_s);
        // A search lists the newest match first, and new matches arrive while it is shown.
        search->setText(u"POST"_s);
        QVERIFY(text(0).contains(u"/pets/6"_s));
        QCOMPARE(panel.count(), 2); // /pets/4 and /pets/6 of the five kept
        QVERIFY(text(1).contains(u"/pets/4"_s));
        HistoryEntry e;
        e.method = u"POST"_s;
        e.url = u"https://api.contoso.test/pets/new"_s;
        panel.add(e);
        QVERIFY(text(0).contains(u"/pets/new"_s));
        QCOMPARE(panel.count(), 3);
        HistoryEntry other;
        other.method = u"GET"_s;
        other.url = u"https://api.contoso.test/other"_s;
        panel.add(other); // kept, but not listed: it does not match the search
        QVERIFY(text(0).contains(u"/pets/new"_s));
        QCOMPARE(panel.count(), 2); // /pets/4 fell out of the five kept
        QVERIFY(text(1).contains(u"/pets/6"_s));
        // Opening a listed row hands over the whole entry, decoded from its compact form.
        QSignalSpy opened(&panel, &ui::HistoryPanel::entryActivated);
        panel.activateRow(0);
        QCOMPARE(opened.size(), 1);
        QCOMPARE(opened.first().first().value<HistoryEntry>().url, e.url);
        search->clear();
        QCOMPARE(panel.count(), 5);
        // What the panel shows after adding is what a fresh read of the file shows.
        QVERIFY(text(0).contains(u"/other"_s));
        const QStringList added = [&] { QStringList t; for (int i = 0; i < list->model()->rowCount(); ++i) t << text(i); return t; }();
        QVERIFY(store.append(e)); // the file also gets them (the panel was told above)
        QVERIFY(store.append(other));
        panel.reload();
        const QStringList reread = [&] { QStringList t; for (int i = 0; i < list->model()->rowCount(); ++i) t << text(i); return t; }();
        QCOMPARE(reread, added);
    }

    void environmentKeyGoesToItsGatewayOnly()
    {
        TestServer elsewhere;
        QVERIFY(elsewhere.listen());
        QTemporaryDir dir;
        Workspace ws;
        Collection apis;
        apis.name = u"APIs"_s;
        Request gateway;
        gateway.name = u"Gateway"_s;
        gateway.url = m_server.url(u"/apim/key"_s).toString();
        Request other;
        other.name = u"Elsewhere"_s;
        other.url = elsewhere.url(u"/apim/key"_s).toString();
        apis.requests = {gateway, other};
        ws.collections = {apis};
        Environment dev;
        dev.name = u"Dev"_s;
        dev.variables = {{u"apimSubscriptionKey"_s, u"fake-key-0000"_s, true, false}};
        dev.apim.gatewayHosts = {u"127.0.0.1:%1"_s.arg(m_server.port())};
        ws.environments = {dev};
        assignMissingIds(ws);
        QVERIFY(WorkspaceStorage(dir.path()).save(ws).has_value());
        m_window->setAskForSecrets(false);
        QVERIFY(m_window->openWorkspace(dir.path()));
        QSignalSpy finished(m_window.get(), &ui::MainWindow::exchangeFinished);

        m_window->openRequest(ws.collections[0].requests[0].id);
        m_window->send();
        QVERIFY(finished.wait(10000));
        QCOMPARE(m_server.requests().last().header("ocp-apim-subscription-key"), "fake-key-0000"_ba);
        QCOMPARE(child<QLabel>("statusLabel")->text(), u"200 OK"_s);

        // Another host: the key stays home, and the inspector says why the gateway there said 401.
        m_window->openRequest(ws.collections[0].requests[1].id);
        m_window->send();
        QVERIFY(finished.wait(10000));
        QCOMPARE(elsewhere.requests().last().header("ocp-apim-subscription-key"), QByteArray());
        QCOMPARE(m_window->inspector()->findings().first().id, u"apim.key.not-a-gateway-host"_s);
        QCOMPARE(m_window->inspector()->findings().first().fix->kind, FixAction::Kind::AddGatewayHost);

        // One click adds the host to the environment, on disk too; the next send carries the key.
        QTest::mouseClick(m_window->inspector()->findChild<QPushButton *>(u"fixButton"_s), Qt::LeftButton);
        const auto reloaded = WorkspaceStorage(dir.path()).load();
        QVERIFY(reloaded);
        QCOMPARE(reloaded->workspace.environments.first().apim.gatewayHosts.size(), 2);
        QCOMPARE(reloaded->workspace.collections.size(), 1);
        m_window->send();
        QVERIFY(finished.wait(10000));
        QCOMPARE(elsewhere.requests().last().header("ocp-apim-subscription-key"), "fake-key-0000"_ba);
    }

    void emptyUrlExplainsItself()
    {
        child<QLineEdit>("urlEdit")->clear();
        m_window->send();
        QVERIFY(!m_window->isSending());
        QCOMPARE(child<QLabel>("statusLabel")->text(), u"Enter a URL to send the request to."_s);
    }

    void themeFollowsThePalette()
    {
        auto *body = child<ui::CodeEditor>("responseBodyEditor");
        QPalette light = body->palette();
        light.setColor(QPalette::Base, Qt::white);
        light.setColor(QPalette::Window, Qt::white);
        light.setColor(QPalette::Text, Qt::black);
        body->setPalette(light);
        const QString lightTheme = body->themeName();
        QPalette dark = light;
        dark.setColor(QPalette::Base, QColor(0x1e, 0x1e, 0x1e));
        dark.setColor(QPalette::Window, QColor(0x1e, 0x1e, 0x1e));
        dark.setColor(QPalette::Text, QColor(0xee, 0xee, 0xee));
        body->setPalette(dark);
        QVERIFY(!lightTheme.isEmpty());
        QVERIFY2(body->themeName() != lightTheme, qPrintable(lightTheme));
        const QColor background = QColor::fromRgba(m_syntax->repository().theme(body->themeName()).editorColor(KSyntaxHighlighting::Theme::BackgroundColor));
        QVERIFY(background.lightnessF() < 0.5);
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
