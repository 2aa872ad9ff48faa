// SPDX-License-Identifier: GPL-3.0-or-later
#include "mainwindow.h"

#include "apim/diagnosis.h"
#include "historypanel.h"
#include "http/exchange.h"
#include "http/httpclient.h"
#include "http/redaction.h"
#ifdef GATEHOUSE_HAVE_OAUTH_BROWSER
#include "http/oauth2authcode.h"
#endif
#include "aboutdialog.h"
#include "formats/export/codegen.h"
#include "http/exchangejson.h"
#include "apim/managementclient.h"
#include "apim/managementconnection.h"
#include "environmenteditor.h"
#include "http/cookiejar.h"
#include "model/variables.h"
#include "urlfield.h"
#include "formats/import/importer.h"
#include "inspectorpanel.h"
#include "model/requestresolver.h"
#include "model/workspaceedit.h"
#include "requestpanel.h"
#include "requesttab.h"
#include "responsepanel.h"
#include "runnerview.h"
#include "secretsdialog.h"
#include "sidebar.h"
#include "storage/history.h"
#include "storage/sessionstate.h"
#include "storage/workspacestorage.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QGuiApplication>
#include <QCloseEvent>
#include <QComboBox>
#include <QDesktopServices>
#include <QDialog>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFile>
#include <QFileInfo>
#include <QMimeData>
#include <QPointer>
#include <QDialogButtonBox>
#include <QDir>
#include <QDockWidget>
#include <QFileDialog>
#include <QFormLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenuBar>
#include <QMessageBox>
#include <QSplitter>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTabBar>
#include <QTabWidget>
#include <QScopedValueRollback>
#include <QLocale>
#include <QNetworkCookie>
#include <QPushButton>
#include <QTimer>
#include <QToolButton>
#include <QToolBar>
#include <QTreeView>
#include <QTreeWidget>
#include <QUndoStack>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace gatehouse::ui {

namespace {

// Undoable change of a tab's headers, as the inspector's fixes make them. The tab may be closed
// by the time it is undone: then there is nothing to change.
class HeadersCommand : public QUndoCommand
{
public:
    HeadersCommand(RequestTab *tab, QList<HeaderTableModel::Row> before, QList<HeaderTableModel::Row> after, const QString &text)
        : QUndoCommand(text)
        , m_tab(tab)
        , m_before(std::move(before))
        , m_after(std::move(after))
    {
    }
    void undo() override { apply(m_before); }
    void redo() override { apply(m_after); }

private:
    void apply(const QList<HeaderTableModel::Row> &rows)
    {
        if (!m_tab)
            return;
        m_tab->requestPanel()->setHeaderRows(rows);
        m_tab->refreshModified();
    }

    QPointer<RequestTab> m_tab;
    QList<HeaderTableModel::Row> m_before;
    QList<HeaderTableModel::Row> m_after;
};

// Undoable change of the workspace tree (new, rename, duplicate, delete, move): the whole
// workspace before and after, so undo is exact whatever the edit was.
class WorkspaceCommand : public QUndoCommand
{
public:
    WorkspaceCommand(MainWindow *window, Workspace before, Workspace after, const QString &text)
        : QUndoCommand(text)
        , m_window(window)
        , m_before(std::move(before))
        , m_after(std::move(after))
    {
    }
    void undo() override { m_window->setWorkspaceState(m_before); }
    void redo() override { m_window->setWorkspaceState(m_after); }

private:
    MainWindow *m_window;
    Workspace m_before;
    Workspace m_after;
};

// Containers a request can be saved into, indented by depth: (label, id).
void listContainers(const Folder &folder, int depth, QList<std::pair<QString, QString>> &out)
{
    out.append({QString(depth * 4, u' ') + folder.name, folder.id});
    for (const Folder &child : folder.folders)
        listContainers(child, depth + 1, out);
}

void listRequests(const Folder &folder, const QString &path, QList<std::pair<QString, const Request *>> &out)
{
    for (const Folder &child : folder.folders)
        listRequests(child, path + child.name + u" / "_s, out);
    for (const Request &request : folder.requests)
        out.append({path, &request});
}

// "ord" matches "Get orders": the typed characters in order, ignoring case.
bool fuzzyMatches(QStringView text, QStringView typed)
{
    qsizetype at = 0;
    for (const QChar c : typed) {
        if (c.isSpace())
            continue;
        at = text.indexOf(c, at, Qt::CaseInsensitive);
        if (at < 0)
            return false;
        ++at;
    }
    return true;
}

} // namespace

MainWindow::MainWindow(HttpClient &client, SyntaxSupport &syntax, SecretStore *secrets, QWidget *parent)
    : QMainWindow(parent)
    , m_client(client)
    , m_syntax(syntax)
    , m_secrets(secrets)
    , m_sidebar(new Sidebar(this))
    , m_environment(new QComboBox(this))
    , m_tabs(new QTabWidget(this))
    , m_inspector(new InspectorPanel(this))
    , m_inspectorDock(new QDockWidget(tr("APIM Inspector"), this))
    , m_history(new HistoryPanel(this))
    , m_historyDock(new QDockWidget(tr("History"), this))
    , m_undo(new QUndoStack(this))
    , m_sessionTimer(new QTimer(this))
{
    setObjectName(u"mainWindow"_s);
    setWindowTitle(tr("Gatehouse"));
    setWindowIcon(QIcon(u":/icons/gatehouse.svg"_s));
    setAcceptDrops(true); // drop a Postman, OpenAPI, HAR, .http or Insomnia file to import it

    // [sidebar | tabs of [URL bar over [request | response]]]
    m_tabs->setObjectName(u"openRequestTabs"_s);
    m_tabs->setAccessibleName(tr("Open requests"));
    m_tabs->setDocumentMode(true);
    m_tabs->setTabsClosable(true);
    m_tabs->setMovable(true);
    m_tabs->setUsesScrollButtons(true);
    m_tabs->tabBar()->setElideMode(Qt::ElideMiddle);
    connect(m_tabs, &QTabWidget::tabCloseRequested, this, &MainWindow::closeTab);
    connect(m_tabs, &QTabWidget::currentChanged, this, [this] {
        showTabState();
        scheduleSessionWrite();
    });
    connect(m_tabs->tabBar(), &QTabBar::tabMoved, this, &MainWindow::scheduleSessionWrite);

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->setObjectName(u"mainSplitter"_s);
    splitter->addWidget(m_sidebar);
    splitter->addWidget(m_tabs);
    splitter->setStretchFactor(0, 0);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({250, 1030});
    splitter->setChildrenCollapsible(false);
    // Request names stay readable however long the translated tab titles beside them are.
    m_sidebar->setMinimumWidth(m_sidebar->fontMetrics().averageCharWidth() * 26);
    m_sidebar->hide(); // until a workspace is open
    connect(m_sidebar, &Sidebar::requestActivated, this, &MainWindow::openRequest);
    connect(m_sidebar, &Sidebar::newRequestRequested, this, [this] { newItem(false); });
    connect(m_sidebar, &Sidebar::newFolderRequested, this, [this] { newItem(true); });
    connect(m_sidebar, &Sidebar::renameRequested, this, &MainWindow::renameItem);
    connect(m_sidebar, &Sidebar::duplicateRequested, this, &MainWindow::duplicateItem);
    connect(m_sidebar, &Sidebar::deleteRequested, this, &MainWindow::deleteItem);
    connect(m_sidebar, &Sidebar::runRequested, this, [this](const QString &id) { openRunner(id); });
    connect(m_sidebar, &Sidebar::moveRequested, this, [this](const QString &id, const QString &parentItem, int row) {
        if (!m_workspace)
            return;
        Workspace after = *m_workspace;
        if (gatehouse::moveItem(after, id, parentItem, row) && after != *m_workspace)
            changeWorkspace(after, tr("Move “%1”").arg(itemName(*m_workspace, id)));
    });

    auto *toolbar = addToolBar(tr("Environment"));
    toolbar->setObjectName(u"environmentToolBar"_s);
    toolbar->setMovable(false);
    auto *environmentLabel = new QLabel(tr("&Environment:"), toolbar);
    environmentLabel->setBuddy(m_environment);
    environmentLabel->setContentsMargins(4, 0, 4, 0);
    m_environment->setObjectName(u"environmentCombo"_s);
    m_environment->setAccessibleName(tr("Environment"));
    m_environment->setMinimumContentsLength(16);
    m_environment->addItem(tr("No environment"), QString());
    m_environment->setEnabled(false);
    connect(m_environment, &QComboBox::currentIndexChanged, this, &MainWindow::scheduleSessionWrite);
    toolbar->addWidget(environmentLabel);
    toolbar->addWidget(m_environment);
    m_editEnvironments = new QToolButton(toolbar);
    m_editEnvironments->setObjectName(u"editEnvironmentsButton"_s);
    m_editEnvironments->setText(tr("Edit…"));
    m_editEnvironments->setToolTip(tr("Variables, secrets and the APIM gateway of each environment (Ctrl+E)"));
    m_editEnvironments->setEnabled(false);
    connect(m_editEnvironments, &QToolButton::clicked, this, [this] { editEnvironments(); });
    toolbar->addWidget(m_editEnvironments);
    connect(m_environment, &QComboBox::currentIndexChanged, this, &MainWindow::updateEnvironmentTip);

    auto *central = new QWidget(this);
    auto *layout = new QVBoxLayout(central);
    layout->setContentsMargins(8, 4, 8, 4);
    layout->addWidget(splitter);
    setCentralWidget(central);

    m_inspectorDock->setObjectName(u"inspectorDock"_s);
    m_inspectorDock->setWidget(m_inspector);
    m_inspectorDock->setFeatures(QDockWidget::DockWidgetClosable | QDockWidget::DockWidgetMovable | QDockWidget::DockWidgetFloatable);
    addDockWidget(Qt::RightDockWidgetArea, m_inspectorDock);
    resizeDocks({m_inspectorDock}, {360}, Qt::Horizontal);
    m_inspectorDock->hide();
    connect(m_inspector, &InspectorPanel::fixRequested, this, &MainWindow::applyFix);
    connect(m_inspector, &InspectorPanel::traceRequested, this, &MainWindow::traceCurrent);
    m_historyDock->setObjectName(u"historyDock"_s);
    m_historyDock->setWidget(m_history);
    addDockWidget(Qt::LeftDockWidgetArea, m_historyDock);
    m_historyDock->hide();
    connect(m_history, &HistoryPanel::entryActivated, this, [this](const HistoryEntry &entry) {
        // A past exchange comes back in a new tab as an unsaved request (credentials were never stored).
        RequestTab *tab = newTab();
        Request request;
        request.method = entry.method;
        request.url = entry.url;
        for (const auto &[name, value] : entry.requestHeaders)
            request.headers.append({QString::fromLatin1(name), QString::fromUtf8(value), true, {}});
        tab->load(request, false);
        updateTabTitle(tab);
        statusBar()->showMessage(tr("Re-opened %1 %2 from the history; masked credentials must be filled in again.").arg(entry.method, entry.url));
    });

    // OAuth tokens are cached in the secret store, never in workspace files.
    m_client.setSecretStore(m_secrets);
    m_management = new ManagementClient(this);

    // Drafts are written shortly after the last edit, so a crash loses at most that moment.
    m_sessionTimer->setSingleShot(true);
    m_sessionTimer->setInterval(400);
    connect(m_sessionTimer, &QTimer::timeout, this, &MainWindow::writeSession);

    createActions();
    addTab();
    statusBar()->showMessage(tr("Ready"));
    resize(1280, 800);
}

MainWindow::~MainWindow() = default;

void MainWindow::createActions()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *newTabAction = file->addAction(tr("&New Request Tab"), this, [this] {
        newTab();
        requestPanel()->focusUrl();
    });
    newTabAction->setObjectName(u"newTabAction"_s);
    newTabAction->setShortcuts({QKeySequence(Qt::CTRL | Qt::Key_T), QKeySequence::New});
    QAction *newCollectionAction = file->addAction(tr("New &Collection…"), this, &MainWindow::newCollection);
    newCollectionAction->setObjectName(u"newCollectionAction"_s);
    QAction *newWorkspaceAction = file->addAction(tr("New &Workspace…"), this, &MainWindow::newWorkspace);
    newWorkspaceAction->setObjectName(u"newWorkspaceAction"_s);
    QAction *open = file->addAction(tr("&Open Workspace…"), this, [this] {
        const QString path = QFileDialog::getExistingDirectory(this, tr("Open Workspace"));
        if (!path.isEmpty())
            openWorkspace(path);
    });
    open->setObjectName(u"openWorkspaceAction"_s);
    open->setShortcut(QKeySequence::Open);
    file->addSeparator();
    QAction *importAction = file->addAction(tr("&Import…"), this, [this] {
        const QString path = QFileDialog::getOpenFileName(this, tr("Import"), QString(),
                                                          tr("API descriptions (*.json *.yaml *.yml *.har *.http *.rest *.txt *.sh);;All files (*)"));
        if (!path.isEmpty())
            importFile(path);
    });
    importAction->setObjectName(u"importAction"_s);
    importAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_I));
    file->addSeparator();
    QAction *saveAction = file->addAction(tr("&Save"), this, &MainWindow::saveCurrent);
    saveAction->setObjectName(u"saveAction"_s);
    saveAction->setShortcut(QKeySequence::Save);
    QAction *saveAsAction = file->addAction(tr("Save &As…"), this, [this] { saveTab(currentTab(), true); });
    saveAsAction->setObjectName(u"saveAsAction"_s);
    saveAsAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S));
    QAction *closeTabAction = file->addAction(tr("&Close Tab"), this, [this] { closeTab(m_tabs->currentIndex()); });
    closeTabAction->setObjectName(u"closeTabAction"_s);
    closeTabAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_W));
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);

    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    QAction *undo = m_undo->createUndoAction(this, tr("&Undo"));
    undo->setShortcut(QKeySequence::Undo);
    undo->setObjectName(u"undoAction"_s);
    edit->addAction(undo);
    QAction *redo = m_undo->createRedoAction(this, tr("&Redo"));
    redo->setShortcut(QKeySequence::Redo);
    redo->setObjectName(u"redoAction"_s);
    edit->addAction(redo);
    edit->addSeparator();
    // Act on the item selected in the sidebar; shortcuts only while the tree has focus.
    const auto treeAction = [&](const QString &text, const QKeySequence &key, const QString &name, auto slot) {
        QAction *action = edit->addAction(text, this, [this, slot] {
            const QString id = m_sidebar->currentItemId();
            if (!id.isEmpty())
                (this->*slot)(id);
        });
        action->setShortcut(key);
        action->setShortcutContext(Qt::WidgetShortcut); // Delete and F2 mean other things in editors
        action->setObjectName(name);
        m_sidebar->view()->addAction(action);
        return action;
    };
    treeAction(tr("&Rename…"), QKeySequence(Qt::Key_F2), u"renameAction"_s, &MainWindow::renameItem);
    treeAction(tr("&Duplicate"), QKeySequence(Qt::CTRL | Qt::Key_D), u"duplicateAction"_s, &MainWindow::duplicateItem);
    treeAction(tr("De&lete"), QKeySequence::Delete, u"deleteAction"_s, &MainWindow::deleteItem);
    QAction *newRequestAction = edit->addAction(tr("New Re&quest Here"), this, [this] { newItem(false); });
    newRequestAction->setObjectName(u"newRequestAction"_s);
    QAction *newFolderAction = edit->addAction(tr("New &Folder Here"), this, [this] { newItem(true); });
    newFolderAction->setObjectName(u"newFolderAction"_s);

    QMenu *view = menuBar()->addMenu(tr("&View"));
    QAction *quickOpenAction = view->addAction(tr("&Quick Open…"), this, &MainWindow::quickOpen);
    quickOpenAction->setObjectName(u"quickOpenAction"_s);
    quickOpenAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_P));
    QAction *filterAction = view->addAction(tr("&Filter Requests"), m_sidebar, &Sidebar::focusFilter);
    filterAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_F));
    QAction *environmentsAction = view->addAction(tr("&Environments…"), this, [this] { editEnvironments(); });
    environmentsAction->setObjectName(u"environmentsAction"_s);
    environmentsAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    QAction *cookiesAction = view->addAction(tr("&Cookies…"), this, &MainWindow::showCookies);
    cookiesAction->setObjectName(u"cookiesAction"_s);
    view->addSeparator();
    QAction *historyAction = m_historyDock->toggleViewAction();
    historyAction->setText(tr("&History"));
    historyAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_H));
    historyAction->setObjectName(u"historyAction"_s);
    view->addAction(historyAction);
    QAction *inspectorAction = m_inspectorDock->toggleViewAction();
    inspectorAction->setText(tr("APIM &Inspector"));
    inspectorAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_I));
    view->addAction(inspectorAction);
    view->addSeparator();
    QAction *nextTab = view->addAction(tr("Ne&xt Tab"), this, [this] {
        if (m_tabs->count() > 1)
            m_tabs->setCurrentIndex((m_tabs->currentIndex() + 1) % m_tabs->count());
    });
    nextTab->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Tab));
    QAction *previousTab = view->addAction(tr("Pre&vious Tab"), this, [this] {
        if (m_tabs->count() > 1)
            m_tabs->setCurrentIndex((m_tabs->currentIndex() + m_tabs->count() - 1) % m_tabs->count());
    });
    previousTab->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Tab));

    QMenu *request = menuBar()->addMenu(tr("&Request"));
    QAction *sendAction = request->addAction(tr("&Send"), this, &MainWindow::send);
    sendAction->setObjectName(u"sendAction"_s);
    sendAction->setShortcuts({QKeySequence(Qt::CTRL | Qt::Key_Return), QKeySequence(Qt::CTRL | Qt::Key_Enter)});
    QAction *cancelAction = request->addAction(tr("&Cancel"), this, &MainWindow::cancel);
    cancelAction->setObjectName(u"cancelAction"_s);
    cancelAction->setShortcut(QKeySequence(Qt::Key_Escape));
    QMenu *copyMenu = request->addMenu(tr("Copy &As"));
    copyMenu->setObjectName(u"copyAsMenu"_s);
    for (const CodeFormat format : codeFormats()) {
        QAction *copy = copyMenu->addAction(codeFormatTitle(format), this, [this, format] { copyAs(format); });
        copy->setObjectName(u"copyAs:"_s + codeFormatName(format));
        if (format == CodeFormat::Curl)
            copy->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C));
    }
    copyMenu->addSeparator();
    m_copyWithSecrets = copyMenu->addAction(tr("Include &Credentials"));
    m_copyWithSecrets->setObjectName(u"copyWithSecretsAction"_s);
    m_copyWithSecrets->setCheckable(true);
    m_copyWithSecrets->setToolTip(tr("Copy keys, tokens and passwords in clear (off: they are masked)"));
    QAction *runAction = request->addAction(tr("&Run Collection…"), this, [this] { openRunner(); });
    runAction->setObjectName(u"runCollectionAction"_s);
    runAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_R));
    QAction *focusUrl = request->addAction(tr("Focus &URL"), this, [this] { requestPanel()->focusUrl(); });
    focusUrl->setObjectName(u"focusUrlAction"_s);
    focusUrl->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_L));
    QAction *findAction = request->addAction(tr("&Find in Response"), this, [this] { responsePanel()->startFind(); });
    findAction->setShortcut(QKeySequence::Find);

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    QAction *playground = help->addAction(tr("Open the &Playground"), this, &MainWindow::playgroundRequested);
    playground->setObjectName(u"openPlaygroundAction"_s);
    playground->setToolTip(tr("Sample requests against a built-in APIM simulator: see each classic error explained."));
    QAction *shortcutsAction = help->addAction(tr("&Keyboard Shortcuts"), this, &MainWindow::showShortcuts);
    shortcutsAction->setObjectName(u"shortcutsAction"_s);
    shortcutsAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Slash));
    QAction *aboutAction = help->addAction(tr("&About Gatehouse"), this, [this] {
        AboutDialog dialog(this);
        dialog.exec();
    });
    aboutAction->setObjectName(u"aboutAction"_s);
}

// ---- Tabs -------------------------------------------------------------------------------------

RequestTab *MainWindow::addTab()
{
    auto *tab = new RequestTab(m_syntax, m_tabs);
    connect(tab->requestPanel(), &RequestPanel::sendRequested, this, &MainWindow::send);
    connect(tab->requestPanel(), &RequestPanel::cancelRequested, this, &MainWindow::cancel);
    // Auth tab, OAuth 2.0, "Get Token": resolved like a send (environment, variables), kept in the
    // token cache the engine uses; the panel shows the outcome, the token only masked.
    connect(tab->requestPanel(), &RequestPanel::oauthTokenRequested, this, [this, tab] {
        RequestPanel *panel = tab->requestPanel();
        const auto prepared = prepare(tab);
        if (!prepared || !prepared->request.oauth2) {
            panel->setOAuthTokenState(prepared ? tr("Fill in the access token URL and the client ID first.")
                                               : tr("The request cannot be resolved (see the response area)."),
                                      false);
            return;
        }
        const QPointer<RequestPanel> guard(panel);
        const auto show = [guard](const Expected<OAuth2Token> &token) {
            if (!guard)
                return;
            if (!token) {
                guard->setOAuthTokenState(token.error().message, false);
                return;
            }
            const QString masked = QString::fromUtf8(maskedKey(token->accessToken));
            guard->setOAuthTokenState(token->expiresAt.isValid()
                                          ? tr("Got a token (%1), valid until %2.").arg(masked, QLocale().toString(token->expiresAt.toLocalTime().time(), QLocale::ShortFormat))
                                          : tr("Got a token (%1).").arg(masked),
                                      true);
        };
        const OAuth2ClientCredentials config = *prepared->request.oauth2;
#ifdef GATEHOUSE_HAVE_OAUTH_BROWSER
        if (config.authorizationCode && m_client.tokenCache().refreshToken(oauth2CacheKey(config)).isEmpty()) {
            // One sign-in per panel: a new one replaces one still waiting.
            if (auto *running = panel->findChild<OAuth2AuthorizationCode *>(QString(), Qt::FindDirectChildrenOnly))
                running->cancel();
            auto *flow = new OAuth2AuthorizationCode([](const QUrl &url) { QDesktopServices::openUrl(url); }, panel);
            flow->setNetworkAccessManager(m_client.networkAccessManager());
            if (m_oauthSignInTimeout.count() > 0)
                flow->setTimeout(m_oauthSignInTimeout);
            connect(panel, &RequestPanel::oauthTokenCancelRequested, flow, &OAuth2AuthorizationCode::cancel);
            connect(flow, &OAuth2AuthorizationCode::finished, panel, [show, flow](const OAuth2Token &token) {
                show(token);
                flow->deleteLater();
            });
            connect(flow, &OAuth2AuthorizationCode::failed, panel, [show, flow](const Error &error) {
                show(std::unexpected(error));
                flow->deleteLater();
            });
            flow->start(config, &m_client.tokenCache());
            if (flow->isRunning()) {
                const auto minutes = std::chrono::duration_cast<std::chrono::minutes>(flow->timeout()).count();
                panel->setOAuthTokenPending(minutes >= 1 ? tr("Waiting for the sign-in in your browser (up to %n minute(s)) …", nullptr, int(minutes))
                                                         : tr("Waiting for the sign-in in your browser …"));
            }
            return;
        }
#endif
        m_client.fetchOAuth2Token(prepared->request, panel, show);
    });
    connect(tab->responsePanel(), &ResponsePanel::cancelRequested, tab, [tab] {
        if (tab->exchange)
            tab->exchange->cancel();
    });
    connect(tab, &RequestTab::edited, this, [this, tab] {
        updateTabTitle(tab);
        scheduleSessionWrite();
    });
    connect(tab, &RequestTab::modifiedChanged, this, [this, tab] { updateTabTitle(tab); });
    connect(tab->requestPanel(), &RequestPanel::statusMessage, this, [this](const QString &message) { statusBar()->showMessage(message); });
    updateVariables(tab);
    const int index = m_tabs->addTab(tab, QString());
    updateTabTitle(tab);
    m_tabs->setCurrentIndex(index);
    return tab;
}

RequestTab *MainWindow::newTab()
{
    RequestTab *tab = addTab();
    scheduleSessionWrite();
    return tab;
}

RequestTab *MainWindow::currentTab() const
{
    return qobject_cast<RequestTab *>(m_tabs->currentWidget());
}

RequestPanel *MainWindow::requestPanel() const
{
    return currentTab()->requestPanel();
}

ResponsePanel *MainWindow::responsePanel() const
{
    return currentTab()->responsePanel();
}

QString MainWindow::currentRequestId() const
{
    return currentTab()->requestId();
}

bool MainWindow::isSending() const
{
    return !currentTab()->exchange.isNull();
}

RequestTab *MainWindow::tabForRequest(const QString &id) const
{
    for (int i = 0; i < m_tabs->count(); ++i) {
        auto *tab = qobject_cast<RequestTab *>(m_tabs->widget(i));
        if (tab && !id.isEmpty() && tab->requestId() == id)
            return tab;
    }
    return nullptr;
}

void MainWindow::updateTabTitle(RequestTab *tab)
{
    const int index = m_tabs->indexOf(tab);
    if (index < 0)
        return;
    const Request edited = tab->requestPanel()->editedRequest();
    QString title = tab->title();
    const bool deleted = !tab->requestId().isEmpty() && m_workspace && !findRequestById(*m_workspace, tab->requestId());
    if (deleted)
        title = tr("%1 (deleted)").arg(title);
    // A dot marks unsaved changes, as in every editor.
    m_tabs->setTabText(index, tab->isModified() ? tr("%1 %2 ●").arg(edited.method, title) : tr("%1 %2").arg(edited.method, title));
    QString tip = edited.url.isEmpty() ? title : edited.url;
    if (tab->isModified())
        tip = tr("%1 — unsaved changes (Ctrl+S saves)").arg(tip);
    m_tabs->setTabToolTip(index, tip);
}

void MainWindow::showTabState()
{
    RequestTab *tab = currentTab();
    if (!tab)
        return;
    m_inspector->setFindings(tab->findings);
    m_inspector->setTrace(std::nullopt); // a trace belongs to the tab it was made in
    if (!tab->requestId().isEmpty())
        m_sidebar->selectRequest(tab->requestId());
}

void MainWindow::openRequest(const QString &id)
{
    if (!m_workspace)
        return;
    const auto location = findRequestById(*m_workspace, id);
    if (!location)
        return;
    RequestTab *tab = tabForRequest(id);
    if (!tab) {
        // An untouched blank tab is reused rather than left behind.
        RequestTab *current = currentTab();
        const bool blank = current && current->requestId().isEmpty() && !current->isModified() && !current->exchange;
        tab = blank ? current : addTab();
        tab->load(*location->request, true);
        updateVariables(tab);
        updateTabTitle(tab);
    }
    m_tabs->setCurrentWidget(tab);
    m_sidebar->selectRequest(id);
    statusBar()->showMessage(location->request->name);
    scheduleSessionWrite();
}

bool MainWindow::closeTab(int index)
{
    auto *tab = qobject_cast<RequestTab *>(m_tabs->widget(index));
    if (!tab)
        return false;
    // Only edits that could be saved are asked about; a scratch request without a workspace has
    // nowhere to go.
    if (tab->isModified() && m_workspace) {
        QMessageBox box(QMessageBox::Warning, tr("Close Tab"), tr("“%1” has changes that are not saved.").arg(tab->title()),
                        QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, this);
        box.setObjectName(u"closeTabQuestion"_s);
        box.setInformativeText(tr("Save them to the workspace before closing the tab?"));
        box.setDefaultButton(QMessageBox::Save);
        switch (box.exec()) {
        case QMessageBox::Save:
            if (!saveTab(tab, false))
                return false;
            break;
        case QMessageBox::Discard:
            break;
        default:
            return false;
        }
    }
    if (tab->exchange)
        tab->exchange->cancel();
    delete tab;
    if (m_tabs->count() == 0)
        addTab();
    scheduleSessionWrite();
    return true;
}

// ---- Sending ----------------------------------------------------------------------------------

std::optional<MainWindow::Prepared> MainWindow::prepare(RequestTab *tab)
{
    RequestPanel *panel = tab->requestPanel();
    ResponsePanel *response = tab->responsePanel();
    Prepared prepared;
    if (panel->urlText().trimmed().isEmpty()) {
        response->showProblem(tr("Enter a URL to send the request to."));
        panel->focusUrl();
        return std::nullopt;
    }
    const auto location = m_workspace && !tab->requestId().isEmpty() ? findRequestById(*m_workspace, tab->requestId()) : std::nullopt;
    if (!location) {
        // Not a workspace request: resolved on its own, like the CLI's ad-hoc send.
        auto adHoc = panel->resolvedRequest();
        if (!adHoc) {
            response->showProblem(adHoc.error().message);
            panel->focusUrl();
            return std::nullopt;
        }
        prepared.request = *adHoc;
    } else {
        // The editor's request, resolved in its place in the workspace like the CLI and runner do.
        const Request edited = panel->editedRequest();
        const Environment *environment = findEnvironment(*m_workspace, m_environment->currentData().toString());
        ResolveContext context = resolveContext(*m_workspace, *location, environment);
        context.baseDirectory = m_workspacePath;
        auto resolved = resolveRequest(edited, context);
        if (!resolved) {
            response->showProblem(resolved.error().message);
            return std::nullopt;
        }
        prepared.request = resolved->request;
        for (const ResolveProblem &problem : std::as_const(resolved->problems))
            prepared.problems.append(problem.message);
        // The environment's subscription key, to its gateway hosts only.
        if (auto apim = resolveApimProfile(context)) {
            for (const ResolveProblem &problem : std::as_const(apim->problems))
                prepared.problems.append(problem.message);
            prepared.apimProfile = apim->profile;
            prepared.keyInjection = injectSubscriptionKey(prepared.request, apim->profile);
        }
        // With a management connection, findings get confirmed or ruled out after the answer.
        if (auto connection = resolveManagementConnection(context))
            prepared.management = connection->connection;
    }
    if (prepared.request.url.isEmpty()) {
        response->showProblem(tr("Enter a URL to send the request to."));
        panel->focusUrl();
        return std::nullopt;
    }
    return prepared;
}

void MainWindow::copyAs(CodeFormat format)
{
    RequestTab *tab = currentTab();
    const auto prepared = prepare(tab);
    if (!prepared)
        return;
    CodegenOptions options;
    options.secrets = m_copyWithSecrets->isChecked() ? Secrets::Reveal : Secrets::Redact;
    if (prepared->apimProfile && prepared->apimProfile->keyLocation == ApimProfile::KeyLocation::Query)
        options.secretQueryItems.append(prepared->apimProfile->queryName);
    QGuiApplication::clipboard()->setText(generateCode(prepared->request, format, options));
    statusBar()->showMessage(options.secrets == Secrets::Reveal
                                 ? tr("Copied as %1, with credentials.").arg(codeFormatTitle(format))
                                 : tr("Copied as %1; credentials are masked (Request › Copy As › Include Credentials to copy them).").arg(codeFormatTitle(format)));
}

void MainWindow::send()
{
    RequestTab *tab = currentTab();
    if (tab->exchange)
        return;
    // The environment's APIM profile can ask for every call to be traced (FACTS.md §4.2).
    if (const auto prepared = prepare(tab); prepared && prepared->management && prepared->management->tracing) {
        traceCurrent();
        return;
    }
    sendWith(std::nullopt);
}

void MainWindow::traceCurrent()
{
    RequestTab *tab = currentTab();
    if (!tab || tab->exchange)
        return;
    const auto prepared = prepare(tab);
    if (!prepared)
        return;
    if (!prepared->management) {
        statusBar()->showMessage(tr("Tracing needs a management connection in the environment's APIM profile (Ctrl+E)."));
        return;
    }
    statusBar()->showMessage(tr("Asking the management API of %1 for debug credentials …").arg(prepared->management->target.serviceName));
    m_inspector->setTraceBusy(true);
    SentRequest sent;
    sent.method = prepared->request.method;
    sent.url = prepared->request.url;
    QPointer<RequestTab> guard(tab);
    acquireDebugCredentials(m_management, *prepared->management, sent, [this, guard](const Expected<DebugCredentials> &credentials) {
        m_inspector->setTraceBusy(false);
        if (!guard || guard != currentTab())
            return;
        if (!credentials) {
            // Sent untraced; the reason stays in the inspector's trace section.
            sendWith(std::nullopt);
            m_inspector->setTrace(std::nullopt, tr("Not traced: %1").arg(credentials.error().message));
            statusBar()->showMessage(tr("Not traced: %1").arg(credentials.error().message));
            return;
        }
        sendWith(*credentials);
    });
}

void MainWindow::fetchTrace(RequestTab *tab, const ManagementConnection &connection, const DebugCredentials &credentials, DiagnosisInput input)
{
    // Trace first, then the confirmation, so that the findings read both.
    QPointer<RequestTab> guard(tab);
    const auto done = [this, guard, connection](const DiagnosisInput &traced, const QString &problem) {
        if (!guard)
            return;
        guard->findings = diagnose(traced);
        if (guard == currentTab()) {
            m_inspector->setFindings(guard->findings);
            m_inspector->setTrace(traced.trace, problem);
            m_inspectorDock->show();
            m_inspectorDock->raise();
        }
        if (!guard->findings.isEmpty())
            confirmFindings(guard, connection, traced);
    };
    const TraceHeaders headers = input.result.response ? traceHeaders(*input.result.response) : TraceHeaders{};
    if (headers.traceId.isEmpty()) {
        done(input, headers.problem());
        return;
    }
    fetchApimTrace(m_management, connection.target, credentials.accessToken, headers.traceId, [input, done](const Expected<ApimTrace> &trace) mutable {
        if (!trace) {
            done(input, QCoreApplication::translate("gatehouse::ui::MainWindow", "The trace could not be fetched: %1").arg(trace.error().message));
            return;
        }
        input.trace = *trace;
        done(input, {});
    });
}

void MainWindow::sendWith(const std::optional<DebugCredentials> &tracing)
{
    RequestTab *tab = currentTab();
    if (tab->exchange)
        return;
    RequestPanel *panel = tab->requestPanel();
    ResponsePanel *response = tab->responsePanel();
    auto prepared = prepare(tab);
    if (!prepared)
        return;
    if (tracing) {
        prepared->request.headers.append({DebugAuthorizationHeader.toByteArray(), tracing->debugToken});
        prepared->request.credentialHeaders.append(DebugAuthorizationHeader.toByteArray());
    }
    m_inspector->setTraceAvailable(prepared->management.has_value());
    if (!tracing)
        m_inspector->setTrace(std::nullopt);
    const HttpRequest &request = prepared->request;
    const QStringList &problems = prepared->problems;
    const std::optional<ManagementConnection> management = prepared->management;
    tab->apimProfile = prepared->apimProfile;
    tab->keyInjection = prepared->keyInjection;
    tab->exchange = m_client.send(request);
    panel->setBusy(true);
    response->showSending(request.url);
    response->setWarnings(problems);
    statusBar()->showMessage(tr("Sending %1 %2 …").arg(QString::fromLatin1(request.method), request.url.toDisplayString()));
    connect(tab->exchange, &Exchange::progressed, response, &ResponsePanel::showProgress);
    connect(tab->exchange, &Exchange::finished, tab, [this, tab, management, tracing](const ExchangeResult &result) {
        tab->exchange->deleteLater();
        tab->exchange = nullptr;
        tab->requestPanel()->setBusy(false);
        tab->responsePanel()->showResult(result);
        if (m_historyStore) {
            HistoryEntry entry = historyEntry(result, QDateTime::currentDateTimeUtc().addMSecs(-result.timings.total()));
            if (m_workspace && !tab->requestId().isEmpty()) {
                entry.requestId = tab->requestId();
                if (const auto location = findRequestById(*m_workspace, tab->requestId()))
                    entry.requestName = location->request->name;
                entry.environment = m_environment->currentText();
            }
            if (auto recorded = m_historyStore->append(entry); !recorded)
                statusBar()->showMessage(recorded.error().message);
            else
                m_history->add(entry);
        }
        const DiagnosisInput input{result, tab->apimProfile, tab->keyInjection, QDateTime::currentDateTimeUtc()};
        tab->findings = diagnose(input);
        if (m_cookies && m_cookies->isModified()) {
            if (auto saved = m_cookies->save(); !saved)
                statusBar()->showMessage(saved.error().message);
        }
        if (management && tracing)
            fetchTrace(tab, *management, *tracing, input);
        else if (management && !tab->findings.isEmpty())
            confirmFindings(tab, *management, input);
        if (tab == currentTab()) {
            m_inspector->setFindings(tab->findings);
            // The inspector opens itself when there is something to explain.
            if (!tab->findings.isEmpty()) {
                m_inspectorDock->show();
                m_inspectorDock->raise();
            }
        }
        statusBar()->showMessage(result.error ? result.error->message : tr("Done in %1 ms").arg(result.timings.total()));
        Q_EMIT exchangeFinished(result);
    });
}

void MainWindow::cancel()
{
    if (RequestTab *tab = currentTab(); tab && tab->exchange)
        tab->exchange->cancel();
}

void MainWindow::confirmFindings(RequestTab *tab, const ManagementConnection &connection, const DiagnosisInput &input)
{
    statusBar()->showMessage(tr("Asking the management API of %1 to confirm …").arg(connection.target.serviceName));
    QPointer<RequestTab> guard(tab);
    fetchManagementSnapshot(
        m_management, connection, input.result, input.profile,
        [this, guard, input](const Expected<ManagementSnapshot> &snapshot) {
            if (!guard)
                return;
            if (!snapshot) {
                statusBar()->showMessage(tr("Not confirmed: %1").arg(snapshot.error().message));
                return;
            }
            guard->findings = diagnose(input, *snapshot);
            if (guard == currentTab())
                m_inspector->setFindings(guard->findings);
            statusBar()->showMessage(tr("The management API was asked; the inspector shows what it confirmed."));
        },
        [this](const QString &userCode, const QUrl &url, const QString &message) {
            // Entra ID's device code flow: the user signs in in a browser with this code.
            auto *box = new QMessageBox(QMessageBox::Information, tr("Sign in to Azure"), message, QMessageBox::Close, this);
            box->setInformativeText(tr("Open %1 and enter the code %2.").arg(url.toString(), userCode));
            box->setTextInteractionFlags(Qt::TextSelectableByMouse);
            box->setAttribute(Qt::WA_DeleteOnClose);
            box->open();
        });
}

void MainWindow::showCookies()
{
    if (!m_cookies)
        return;
    QDialog dialog(this);
    dialog.setObjectName(u"cookiesDialog"_s);
    dialog.setWindowTitle(tr("Cookies"));
    dialog.resize(720, 420);
    auto *layout = new QVBoxLayout(&dialog);
    auto *where = new QLabel(tr("Kept in %1 (local, never shared through git).").arg(QDir::toNativeSeparators(m_cookies->filePath())), &dialog);
    where->setWordWrap(true);
    layout->addWidget(where);
    auto *tree = new QTreeWidget(&dialog);
    tree->setObjectName(u"cookiesList"_s);
    tree->setAccessibleName(tr("Cookies"));
    tree->setHeaderLabels({tr("Domain"), tr("Path"), tr("Name"), tr("Value"), tr("Expires")});
    tree->setRootIsDecorated(false);
    const auto fill = [this, tree] {
        tree->clear();
        for (const QNetworkCookie &cookie : m_cookies->cookies()) {
            auto *item = new QTreeWidgetItem(tree, {cookie.domain(), cookie.path(), QString::fromUtf8(cookie.name()), QString::fromUtf8(cookie.value()).left(80),
                                                    cookie.isSessionCookie() ? tr("end of session") : QLocale().toString(cookie.expirationDate(), QLocale::ShortFormat)});
            item->setData(0, Qt::UserRole, QVariant::fromValue(cookie));
        }
        for (int column = 0; column < tree->columnCount(); ++column)
            tree->resizeColumnToContents(column);
    };
    fill();
    layout->addWidget(tree, 1);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, &dialog);
    QPushButton *remove = buttons->addButton(tr("&Delete"), QDialogButtonBox::ActionRole);
    remove->setObjectName(u"deleteCookieButton"_s);
    QPushButton *clear = buttons->addButton(tr("Clear &All"), QDialogButtonBox::ActionRole);
    clear->setObjectName(u"clearCookiesButton"_s);
    const auto persist = [this] {
        if (auto saved = m_cookies->save(); !saved)
            QMessageBox::warning(this, tr("Cookies"), saved.error().message);
    };
    connect(remove, &QPushButton::clicked, &dialog, [this, tree, fill, persist] {
        if (QTreeWidgetItem *item = tree->currentItem()) {
            m_cookies->removeCookie(item->data(0, Qt::UserRole).value<QNetworkCookie>());
            persist();
            fill();
        }
    });
    connect(clear, &QPushButton::clicked, &dialog, [this, fill, persist] {
        m_cookies->clear();
        persist();
        fill();
    });
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    layout->addWidget(buttons);
    dialog.exec();
}

void MainWindow::updateVariables(RequestTab *tab)
{
    // The URL field colours {{variables}} with what they resolve to in the current environment.
    VariableInfoMap map;
    if (m_workspace) {
        const Environment *environment = findEnvironment(*m_workspace, m_environment->currentData().toString());
        const auto location = tab->requestId().isEmpty() ? std::nullopt : findRequestById(*m_workspace, tab->requestId());
        ResolveContext context;
        if (location) {
            context = resolveContext(*m_workspace, *location, environment);
        } else {
            context.environment = environment;
            context.globals = m_workspace->globals;
        }
        const VariableScopes scopes = variableScopes(context);
        const auto add = [&map](const VariableList &variables) {
            for (const Variable &variable : variables) {
                if (variable.enabled && !map.contains(variable.name))
                    map.insert(variable.name, VariableInfo{variable.value, variable.secret});
            }
        };
        add(scopes.local);
        add(scopes.data);
        add(scopes.environment);
        for (const VariableList &folder : scopes.folders)
            add(folder);
        add(scopes.collection);
        add(scopes.globals);
    }
    tab->requestPanel()->setVariables(map);
}

void MainWindow::updateAllVariables()
{
    for (int i = 0; i < m_tabs->count(); ++i) {
        if (auto *tab = qobject_cast<RequestTab *>(m_tabs->widget(i)))
            updateVariables(tab);
    }
}

void MainWindow::applyFix(const FixAction &fix)
{
    RequestTab *tab = currentTab();
    const QList<HeaderTableModel::Row> before = tab->requestPanel()->headerRows();
    QList<HeaderTableModel::Row> after = before;
    switch (fix.kind) {
    case FixAction::Kind::RenameHeader:
    case FixAction::Kind::TrimKey:
        for (HeaderTableModel::Row &row : after) {
            if (row.name.compare(QString::fromLatin1(fix.from), Qt::CaseInsensitive) != 0)
                continue;
            if (fix.kind == FixAction::Kind::RenameHeader)
                row.name = QString::fromLatin1(fix.to);
            else
                row.value = row.value.trimmed();
        }
        if (after != before)
            m_undo->push(new HeadersCommand(tab, before, after, fix.label));
        statusBar()->showMessage(tr("Changed the request: %1. Undo with Ctrl+Z.").arg(fix.label));
        break;
    case FixAction::Kind::RetryLater:
        statusBar()->showMessage(tr("Sending again in %1 s …").arg(fix.seconds));
        QTimer::singleShot(std::chrono::seconds(fix.seconds), tab, [this, tab] {
            m_tabs->setCurrentWidget(tab);
            send();
        });
        break;
    case FixAction::Kind::AddGatewayHost: {
        // The gateway hosts are shared configuration: the environment file changes (one line in git).
        if (!m_workspace)
            break;
        const QString environmentId = m_environment->currentData().toString();
        Workspace changed = *m_workspace;
        for (Environment &environment : changed.environments) {
            if (environment.id != environmentId || environment.apim.gatewayHosts.contains(fix.host, Qt::CaseInsensitive))
                continue;
            environment.apim.gatewayHosts.append(fix.host);
            changeWorkspace(changed, fix.label);
            statusBar()->showMessage(tr("%1 is now a gateway host of %2; send again to use its key.").arg(fix.host, environment.name));
            break;
        }
        break;
    }
    case FixAction::Kind::SetSubscriptionKey:
        editEnvironments(true);
        break;
    }
}

void MainWindow::setHistoryStore(HistoryStore *store)
{
    m_historyStore = store;
    m_history->setStore(store);
}

// ---- Workspace --------------------------------------------------------------------------------

bool MainWindow::openWorkspace(const QString &path)
{
    auto storage = std::make_unique<WorkspaceStorage>(path, m_secrets);
    auto loaded = storage->load();
    if (!loaded) {
        QMessageBox::warning(this, tr("Open Workspace"), loaded.error().message);
        return false;
    }
    // The tabs of the workspace left behind stay in its session, drafts included.
    m_sessionTimer->stop();
    writeSession();
    m_restoring = true;
    while (m_tabs->count() > 0)
        delete m_tabs->widget(0);
    m_undo->clear();
    m_workspace = loaded->workspace;
    m_storage = std::move(storage);
    m_workspacePath = path;
    // Each workspace has its own cookies, in its git-ignored .gatehouse folder.
    if (auto file = CookieJar::workspaceFile(path)) {
        auto jar = std::make_unique<CookieJar>();
        if (auto read = jar->load(*file); !read)
            statusBar()->showMessage(read.error().message);
        m_client.setCookieJar(jar.get());
        m_cookies = std::move(jar);
    }
    m_sidebar->setWorkspace(*m_workspace);
    m_sidebar->show();
    m_environment->clear();
    refreshEnvironments();
    if (m_workspace->environments.size() == 1)
        m_environment->setCurrentIndex(1);
    addTab();
    m_restoring = false;
    setWindowTitle(tr("%1 — Gatehouse").arg(m_workspace->name.isEmpty() ? QDir(path).dirName() : m_workspace->name));
    QStringList notes;
    for (const StorageProblem &problem : std::as_const(loaded->problems))
        notes.append(problem.error.message);
    if (!loaded->missingSecrets.isEmpty()) {
        QStringList names;
        for (const MissingSecret &secret : std::as_const(loaded->missingSecrets))
            names.append(secret.variable);
        notes.append(tr("Secrets this machine does not have yet: %1").arg(names.join(u", "_s)));
        // Asked once, on open; skipped ones are asked again next time.
        if (m_secrets && m_askForSecrets) {
            SecretsDialog dialog(loaded->missingSecrets, *m_secrets, this);
            if (dialog.exec() == QDialog::Accepted) {
                const auto saved = dialog.save();
                if (!saved)
                    QMessageBox::warning(this, tr("Secrets"), saved.error().message);
                else if (*saved > 0)
                    return openWorkspace(path);
            }
        }
    }
    restoreSession();
    statusBar()->showMessage(notes.isEmpty() ? tr("Opened %1").arg(QDir::toNativeSeparators(path)) : notes.join(u"  ·  "_s));
    return true;
}

bool MainWindow::createWorkspace(const QString &path, const QString &name)
{
    if (WorkspaceStorage::isWorkspace(path))
        return openWorkspace(path);
    Workspace workspace;
    workspace.id = newItemId();
    workspace.name = name.trimmed().isEmpty() ? QDir(path).dirName() : name.trimmed();
    Collection collection;
    collection.name = tr("My Collection");
    addCollection(workspace, collection);
    WorkspaceStorage storage(path, m_secrets);
    if (auto saved = storage.save(workspace); !saved) {
        QMessageBox::warning(this, tr("New Workspace"), saved.error().message);
        return false;
    }
    return openWorkspace(path);
}

void MainWindow::newWorkspace()
{
    const QString path = QFileDialog::getExistingDirectory(this, tr("New Workspace: choose an empty folder (a git repository is a good place)"));
    if (path.isEmpty())
        return;
    if (!WorkspaceStorage::isWorkspace(path) && !QDir(path).isEmpty(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden)
        && QMessageBox::question(this, tr("New Workspace"), tr("%1 is not empty. Create the workspace files in it anyway?").arg(QDir::toNativeSeparators(path)))
            != QMessageBox::Yes)
        return;
    createWorkspace(path, QDir(path).dirName());
}

bool MainWindow::saveWorkspace()
{
    if (!m_workspace || !m_storage)
        return false;
    if (auto saved = m_storage->save(*m_workspace); !saved) {
        QMessageBox::warning(this, tr("Save"), saved.error().message);
        return false;
    }
    const QString selected = m_sidebar->currentItemId();
    m_sidebar->setWorkspace(*m_workspace);
    if (!selected.isEmpty())
        m_sidebar->selectItem(selected);
    return true;
}

bool MainWindow::saveCurrent()
{
    return saveTab(currentTab(), false);
}

bool MainWindow::saveTab(RequestTab *tab, bool askForPlace)
{
    if (!tab)
        return false;
    if (!m_workspace) {
        QMessageBox::information(this, tr("Save Request"),
                                 tr("Requests are saved in a workspace folder. Open one (File > Open Workspace) or create one "
                                    "(File > New Workspace) first; this tab stays open meanwhile."));
        return false;
    }
    Request edited = tab->requestPanel()->editedRequest();
    Workspace after = *m_workspace;
    const bool stored = !tab->requestId().isEmpty() && findRequestById(after, tab->requestId());
    if (stored && !askForPlace) {
        replaceRequest(after, edited);
    } else {
        // Save As: a name and a place.
        if (after.collections.isEmpty()) {
            Collection collection;
            collection.name = tr("My Collection");
            addCollection(after, collection);
        }
        QList<std::pair<QString, QString>> places;
        for (const Collection &collection : std::as_const(after.collections))
            listContainers(collection, 0, places);
        QDialog dialog(this);
        dialog.setObjectName(u"saveAsDialog"_s);
        dialog.setWindowTitle(tr("Save Request"));
        auto *form = new QFormLayout(&dialog);
        auto *name = new QLineEdit(edited.name.isEmpty() ? tab->title() : edited.name, &dialog);
        name->setObjectName(u"saveAsName"_s);
        auto *place = new QComboBox(&dialog);
        place->setObjectName(u"saveAsPlace"_s);
        for (const auto &[label, id] : std::as_const(places))
            place->addItem(label, id);
        const QString near = m_sidebar->currentItemId();
        const QString nearContainer = itemKind(after, near) == ItemKind::Request ? parentId(after, near) : near;
        if (const int index = place->findData(nearContainer); index >= 0)
            place->setCurrentIndex(index);
        form->addRow(tr("&Name:"), name);
        form->addRow(tr("&In:"), place);
        auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, &dialog);
        form->addRow(buttons);
        connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
        connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
        if (dialog.exec() != QDialog::Accepted || name->text().trimmed().isEmpty())
            return false;
        edited.id = newItemId();
        edited.name = name->text().trimmed();
        addRequest(after, place->currentData().toString(), edited);
    }
    const Workspace before = *m_workspace;
    m_workspace = after;
    if (!saveWorkspace()) {
        m_workspace = before;
        return false;
    }
    if (stored && !askForPlace) {
        tab->markSaved(edited);
    } else {
        tab->load(edited, true);
        m_sidebar->selectRequest(edited.id);
    }
    updateTabTitle(tab);
    scheduleSessionWrite();
    statusBar()->showMessage(tr("Saved “%1”.").arg(edited.name));
    return true;
}

void MainWindow::changeWorkspace(const Workspace &after, const QString &description)
{
    if (!m_workspace)
        return;
    m_undo->push(new WorkspaceCommand(this, *m_workspace, after, description));
}

namespace {

// Undo and redo restore the tree and names, but what was saved into a request since stays saved.
void keepRequestContents(Folder &folder, const Workspace &current)
{
    for (Folder &child : folder.folders)
        keepRequestContents(child, current);
    for (Request &request : folder.requests) {
        if (const auto location = findRequestById(current, request.id)) {
            const QString name = request.name;
            request = *location->request;
            request.name = name;
        }
    }
}

} // namespace

void MainWindow::setWorkspaceState(const Workspace &workspace)
{
    if (!m_workspace)
        return;
    Workspace merged = workspace;
    for (Collection &collection : merged.collections)
        keepRequestContents(collection, *m_workspace);
    const Workspace before = *m_workspace;
    m_workspace = merged;
    if (!saveWorkspace()) {
        m_workspace = before;
        return;
    }
    refreshTabsFromWorkspace();
    refreshEnvironments();
    scheduleSessionWrite();
}

void MainWindow::refreshEnvironments()
{
    if (!m_workspace || m_refreshingEnvironments)
        return;
    const QScopedValueRollback guard(m_refreshingEnvironments, true);
    // The switcher lists the workspace's environments; the current one stays current.
    const QString current = m_environment->currentData().toString();
    m_environment->clear();
    m_environment->addItem(tr("No environment"), QString());
    for (const Environment &environment : std::as_const(m_workspace->environments))
        m_environment->addItem(environment.name, environment.id);
    m_environment->setCurrentIndex(std::max(0, m_environment->findData(current)));
    m_environment->setEnabled(true);
    m_editEnvironments->setEnabled(true);
    updateEnvironmentTip();
}

void MainWindow::updateEnvironmentTip()
{
    if (!m_workspace || m_refreshingEnvironments)
        return;
    updateAllVariables();
    // A quick look at the values, secrets masked.
    const Environment *environment = findEnvironment(*m_workspace, m_environment->currentData().toString());
    if (!environment) {
        m_environment->setToolTip(tr("No environment: {{variables}} come from the collection and globals only."));
        return;
    }
    QString tip = u"<b>%1</b><table>"_s.arg(environment->name.toHtmlEscaped());
    for (const Variable &variable : environment->variables) {
        const QString value = variable.secret ? (variable.value.isEmpty() ? tr("(secret, not set on this machine)") : QString(8, QChar(0x2022)))
                                              : variable.value.left(80);
        tip += u"<tr><td>%1</td><td>%2</td></tr>"_s.arg(variable.name.toHtmlEscaped(), value.toHtmlEscaped());
    }
    tip += u"</table>"_s;
    if (!environment->apim.gatewayHosts.isEmpty())
        tip += tr("<p>APIM key added for: %1</p>").arg(environment->apim.gatewayHosts.join(u", "_s).toHtmlEscaped());
    m_environment->setToolTip(tip);
}

void MainWindow::editEnvironments(bool focusKey)
{
    if (!m_workspace) {
        statusBar()->showMessage(tr("Environments belong to a workspace: open or create one first."));
        return;
    }
    EnvironmentEditor editor(m_workspace->environments, m_environment->currentData().toString(), this);
    if (focusKey)
        editor.focusSubscriptionKey();
    if (editor.exec() != QDialog::Accepted)
        return;
    Workspace after = *m_workspace;
    after.environments = editor.environments();
    if (after == *m_workspace)
        return;
    changeWorkspace(after, tr("Edit environments"));
    statusBar()->showMessage(tr("Environments saved."));
}

void MainWindow::refreshTabsFromWorkspace()
{
    for (int i = 0; i < m_tabs->count(); ++i) {
        auto *tab = qobject_cast<RequestTab *>(m_tabs->widget(i));
        if (!tab || tab->requestId().isEmpty())
            continue;
        const auto location = findRequestById(*m_workspace, tab->requestId());
        if (location && *location->request != *tab->savedRequest()) {
            if (!tab->isModified()) {
                tab->load(*location->request, true);
            } else {
                // Keep the edits; take the new name.
                Request edited = tab->requestPanel()->editedRequest();
                edited.name = location->request->name;
                tab->requestPanel()->setRequest(edited);
                tab->markSaved(*location->request);
            }
        }
        updateTabTitle(tab);
    }
}

QString MainWindow::createItem(const QString &nearId, bool folder, const QString &name)
{
    if (!m_workspace)
        return {};
    Workspace after = *m_workspace;
    if (after.collections.isEmpty()) {
        Collection collection;
        collection.name = tr("My Collection");
        addCollection(after, collection);
    }
    QString parent = nearId;
    if (itemKind(after, nearId) == ItemKind::Request)
        parent = parentId(after, nearId);
    if (itemKind(after, parent) == ItemKind::None)
        parent = after.collections.first().id;
    QString id;
    if (folder) {
        Folder item;
        item.id = newItemId();
        item.name = name.isEmpty() ? tr("New Folder") : name;
        id = item.id;
        addFolder(after, parent, item);
        changeWorkspace(after, tr("New folder “%1”").arg(item.name));
        m_sidebar->selectItem(id);
    } else {
        Request item;
        item.id = newItemId();
        item.name = name.isEmpty() ? tr("New Request") : name;
        id = item.id;
        addRequest(after, parent, item);
        changeWorkspace(after, tr("New request “%1”").arg(item.name));
        openRequest(id);
        requestPanel()->focusUrl();
    }
    return id;
}

void MainWindow::newItem(bool folder)
{
    if (!m_workspace) {
        if (!folder) {
            newTab();
            requestPanel()->focusUrl();
        }
        return;
    }
    createItem(m_sidebar->currentItemId(), folder);
    statusBar()->showMessage(tr("Rename it with F2."));
}

void MainWindow::newCollection()
{
    if (!m_workspace) {
        QMessageBox::information(this, tr("New Collection"), tr("Collections live in a workspace folder. Open or create a workspace first."));
        return;
    }
    bool ok = false;
    const QString name = QInputDialog::getText(this, tr("New Collection"), tr("Name of the collection:"), QLineEdit::Normal, tr("New Collection"), &ok);
    if (!ok || name.trimmed().isEmpty())
        return;
    Workspace after = *m_workspace;
    Collection collection;
    collection.id = newItemId();
    collection.name = name.trimmed();
    addCollection(after, collection);
    changeWorkspace(after, tr("New collection “%1”").arg(collection.name));
    m_sidebar->selectItem(collection.id);
}

bool MainWindow::renameItemTo(const QString &id, const QString &name)
{
    if (!m_workspace)
        return false;
    Workspace after = *m_workspace;
    const QString old = itemName(after, id);
    if (!gatehouse::renameItem(after, id, name) || after == *m_workspace)
        return false;
    changeWorkspace(after, tr("Rename “%1” to “%2”").arg(old, name.trimmed()));
    return true;
}

void MainWindow::renameItem(const QString &id)
{
    if (!m_workspace || itemKind(*m_workspace, id) == ItemKind::None)
        return;
    bool ok = false;
    const QString name = QInputDialog::getText(this, tr("Rename"), tr("New name:"), QLineEdit::Normal, itemName(*m_workspace, id), &ok);
    if (ok)
        renameItemTo(id, name);
}

QString MainWindow::duplicateItem(const QString &id)
{
    if (!m_workspace)
        return {};
    Workspace after = *m_workspace;
    const QString copy = gatehouse::duplicateItem(after, id);
    if (copy.isEmpty())
        return {};
    changeWorkspace(after, tr("Duplicate “%1”").arg(itemName(*m_workspace, id)));
    m_sidebar->selectItem(copy);
    return copy;
}

bool MainWindow::deleteItem(const QString &id)
{
    if (!m_workspace)
        return false;
    Workspace after = *m_workspace;
    const QString name = itemName(after, id);
    if (!removeItem(after, id))
        return false;
    // Undoable, so no question asked; the files go when the workspace is saved.
    changeWorkspace(after, tr("Delete “%1”").arg(name));
    statusBar()->showMessage(tr("Deleted “%1”. Undo with Ctrl+Z.").arg(name));
    return true;
}

void MainWindow::setEnvironment(const QString &nameOrId)
{
    if (!m_workspace)
        return;
    const Environment *environment = findEnvironment(*m_workspace, nameOrId);
    const int index = environment ? m_environment->findData(environment->id) : 0;
    if (index >= 0)
        m_environment->setCurrentIndex(index);
}

// ---- Session: open tabs and drafts ------------------------------------------------------------

QString MainWindow::sessionPath() const
{
    if (m_storage) {
        if (const auto local = m_storage->localStateDirectory())
            return *local + u"/session.json"_s;
    }
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + u"/session.json"_s;
}

void MainWindow::scheduleSessionWrite()
{
    if (!m_restoring)
        m_sessionTimer->start();
}

void MainWindow::writeSession()
{
    if (m_restoring || !m_restoresSession)
        return;
    SessionState session;
    session.environmentId = m_environment->currentData().toString();
    for (int i = 0; i < m_tabs->count(); ++i) {
        auto *tab = qobject_cast<RequestTab *>(m_tabs->widget(i));
        if (!tab)
            continue;
        SessionTab entry{tab->requestId(), std::nullopt};
        if (tab->isModified())
            entry.draft = tab->requestPanel()->editedRequest();
        if (entry.requestId.isEmpty() && !entry.draft)
            continue; // a blank tab
        if (i == m_tabs->currentIndex())
            session.current = int(session.tabs.size());
        session.tabs.append(std::move(entry));
    }
    if (auto saved = saveSession(sessionPath(), session); !saved)
        statusBar()->showMessage(saved.error().message);
}

void MainWindow::restoreSession()
{
    if (!m_restoresSession)
        return;
    const auto loaded = loadSession(sessionPath());
    if (!loaded) {
        statusBar()->showMessage(loaded.error().message);
        return;
    }
    if (loaded->tabs.isEmpty())
        return;
    m_restoring = true;
    RequestTab *blank = currentTab();
    if (blank && (!blank->requestId().isEmpty() || blank->isModified()))
        blank = nullptr;
    int restored = 0;
    RequestTab *current = nullptr;
    for (qsizetype i = 0; i < loaded->tabs.size(); ++i) {
        const SessionTab &entry = loaded->tabs.at(i);
        const auto location = m_workspace && !entry.requestId.isEmpty() ? findRequestById(*m_workspace, entry.requestId) : std::nullopt;
        RequestTab *tab = nullptr;
        if (location) {
            tab = addTab();
            tab->load(*location->request, true);
            if (entry.draft) {
                tab->requestPanel()->setRequest(*entry.draft);
                tab->refreshModified();
            }
        } else if (entry.draft) {
            // Its request is gone from the workspace (or it never was in one): an unsaved tab.
            Request draft = *entry.draft;
            draft.id.clear();
            tab = addTab();
            tab->load(draft, false);
        }
        if (!tab)
            continue;
        updateVariables(tab);
        updateTabTitle(tab);
        if (i == loaded->current)
            current = tab;
        ++restored;
    }
    if (blank && restored > 0)
        delete blank;
    if (current)
        m_tabs->setCurrentWidget(current);
    if (!loaded->environmentId.isEmpty())
        setEnvironment(loaded->environmentId);
    m_restoring = false;
    showTabState();
}

// ---- Import --------------------------------------------------------------------------------

bool MainWindow::importFile(const QString &path)
{
    const QString shown = QDir::toNativeSeparators(path);
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        QMessageBox::warning(this, tr("Import"), tr("Cannot read %1: %2").arg(shown, file.errorString()));
        return false;
    }
    auto imported = importData(file.readAll(), ImportFormat::Auto, QFileInfo(path).fileName(), QFileInfo(path).absolutePath());
    if (!imported) {
        QMessageBox::warning(this, tr("Import"), tr("Cannot import %1: %2").arg(shown, imported.error().message));
        return false;
    }
    QStringList notes;
    for (const ImportIssue &issue : std::as_const(imported->issues))
        notes.append(tr("%1 (%2): %3").arg(issue.item, issue.field, issue.message));
    int requests = 0;
    QList<std::pair<QString, const Request *>> found;
    for (const Collection &collection : std::as_const(imported->collections))
        listRequests(collection, {}, found);
    requests = int(found.size());
    if (!m_workspace) {
        if (found.isEmpty()) {
            QMessageBox::information(this, tr("Import"), tr("%1 has no requests to open. Open a workspace to import its environments.").arg(shown));
            return false;
        }
        RequestTab *tab = newTab();
        Request first = *found.first().second;
        first.id.clear();
        tab->load(first, false);
        updateTabTitle(tab);
        statusBar()->showMessage(tr("Opened the first of %1 requests from %2; open a workspace to import all of them.").arg(requests).arg(shown));
        return true;
    }
    Workspace after = *m_workspace;
    const QString format = importFormatName(imported->format);
    mergeImport(after, std::move(*imported));
    changeWorkspace(after, tr("Import %1").arg(QFileInfo(path).fileName()));
    const QString summary = tr("Imported %1 requests from %2 (%3). Undo with Ctrl+Z.").arg(requests).arg(shown, format);
    if (!notes.isEmpty()) {
        QMessageBox box(QMessageBox::Information, tr("Import"), summary, QMessageBox::Ok, this);
        box.setInformativeText(tr("Some parts could not be carried over:"));
        box.setDetailedText(notes.join(u'\n'));
        box.exec();
    }
    statusBar()->showMessage(summary);
    return true;
}

void MainWindow::dragEnterEvent(QDragEnterEvent *event)
{
    const QList<QUrl> urls = event->mimeData()->urls();
    if (!urls.isEmpty() && std::all_of(urls.cbegin(), urls.cend(), [](const QUrl &url) { return url.isLocalFile(); }))
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent *event)
{
    for (const QUrl &url : event->mimeData()->urls())
        importFile(url.toLocalFile());
    event->acceptProposedAction();
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    // Unsaved edits are not asked about: they are kept as drafts and come back next time.
    m_sessionTimer->stop();
    writeSession();
    event->accept();
}

// ---- Quick open and shortcuts -----------------------------------------------------------------

void MainWindow::quickOpen()
{
    if (!m_workspace) {
        statusBar()->showMessage(tr("Quick Open finds requests in a workspace: open one first."));
        return;
    }
    QDialog dialog(this);
    dialog.setObjectName(u"quickOpenDialog"_s);
    dialog.setWindowTitle(tr("Quick Open"));
    dialog.resize(560, 380);
    auto *layout = new QVBoxLayout(&dialog);
    auto *filter = new QLineEdit(&dialog);
    filter->setObjectName(u"quickOpenFilter"_s);
    filter->setPlaceholderText(tr("Type part of a request's name, folder or URL"));
    filter->setAccessibleName(tr("Find a request"));
    auto *list = new QListWidget(&dialog);
    list->setObjectName(u"quickOpenList"_s);
    list->setAccessibleName(tr("Matching requests"));
    layout->addWidget(filter);
    layout->addWidget(list, 1);
    QList<std::pair<QString, const Request *>> requests;
    for (const Collection &collection : std::as_const(m_workspace->collections))
        listRequests(collection, collection.name + u" / "_s, requests);
    for (const auto &[path, request] : std::as_const(requests)) {
        auto *item = new QListWidgetItem(tr("%1  %2    %3").arg(request->method, request->name, path.chopped(3)), list);
        item->setData(Qt::UserRole, request->id);
        item->setData(Qt::UserRole + 1, QString(path + request->name + u' ' + request->url));
        item->setToolTip(request->url);
    }
    const auto refilter = [list](const QString &text) {
        QListWidgetItem *first = nullptr;
        for (int i = 0; i < list->count(); ++i) {
            QListWidgetItem *item = list->item(i);
            const bool match = fuzzyMatches(item->data(Qt::UserRole + 1).toString(), text);
            item->setHidden(!match);
            if (match && !first)
                first = item;
        }
        list->setCurrentItem(first);
    };
    connect(filter, &QLineEdit::textChanged, &dialog, refilter);
    refilter({});
    // Up and down move in the list while typing.
    connect(filter, &QLineEdit::returnPressed, &dialog, &QDialog::accept);
    connect(list, &QListWidget::itemActivated, &dialog, &QDialog::accept);
    auto *down = new QAction(&dialog);
    down->setShortcut(QKeySequence(Qt::Key_Down));
    connect(down, &QAction::triggered, list, [list] {
        for (int row = list->currentRow() + 1; row < list->count(); ++row) {
            if (!list->item(row)->isHidden()) {
                list->setCurrentRow(row);
                return;
            }
        }
    });
    auto *up = new QAction(&dialog);
    up->setShortcut(QKeySequence(Qt::Key_Up));
    connect(up, &QAction::triggered, list, [list] {
        for (int row = list->currentRow() - 1; row >= 0; --row) {
            if (!list->item(row)->isHidden()) {
                list->setCurrentRow(row);
                return;
            }
        }
    });
    filter->addActions({down, up});
    if (dialog.exec() != QDialog::Accepted || !list->currentItem() || list->currentItem()->isHidden())
        return;
    openRequest(list->currentItem()->data(Qt::UserRole).toString());
}

std::unique_ptr<QDialog> MainWindow::shortcutsDialog()
{
    auto dialog = std::make_unique<QDialog>(this);
    dialog->setObjectName(u"shortcutsDialog"_s);
    dialog->setWindowTitle(tr("Keyboard Shortcuts"));
    dialog->resize(480, 560);
    auto *layout = new QVBoxLayout(dialog.get());
    auto *tree = new QTreeWidget(dialog.get());
    tree->setObjectName(u"shortcutsList"_s);
    tree->setHeaderLabels({tr("Action"), tr("Shortcut")});
    tree->setRootIsDecorated(false);
    tree->setAlternatingRowColors(true);
    for (QAction *menuAction : menuBar()->actions()) {
        QMenu *menu = menuAction->menu();
        if (!menu)
            continue;
        for (QAction *action : menu->actions()) {
            if (action->shortcuts().isEmpty())
                continue;
            QStringList keys;
            for (const QKeySequence &key : action->shortcuts())
                keys.append(key.toString(QKeySequence::NativeText));
            QString text = action->text();
            text.remove(u'&');
            new QTreeWidgetItem(tree, {tr("%1 › %2").arg(menuAction->text().remove(u'&'), text), keys.join(tr(" or "))});
        }
    }
    new QTreeWidgetItem(tree, {tr("Send from the URL field"), QKeySequence(Qt::Key_Return).toString(QKeySequence::NativeText)});
    tree->resizeColumnToContents(0);
    layout->addWidget(tree, 1);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, dialog.get());
    connect(buttons, &QDialogButtonBox::rejected, dialog.get(), &QDialog::reject);
    layout->addWidget(buttons);
    return dialog;
}

void MainWindow::showShortcuts()
{
    shortcutsDialog()->exec();
}

RunnerView *MainWindow::openRunner(const QString &itemId)
{
    if (!m_workspace || m_workspace->collections.isEmpty()) {
        statusBar()->showMessage(tr("The runner runs a collection of a workspace: open one first."));
        return nullptr;
    }
    // The runner works on the workspace as it is now; a running one is brought forward.
    if (!m_runner || !m_runner->isRunning()) {
        delete m_runner;
        m_runner = new RunnerView(m_client, *m_workspace, m_workspacePath, this);
    }
    QString target = itemId.isEmpty() ? m_sidebar->currentItemId() : itemId;
    if (itemKind(*m_workspace, target) == ItemKind::Request)
        target = parentId(*m_workspace, target);
    m_runner->select(target, m_environment->currentData().toString());
    m_runner->show();
    m_runner->raise();
    return m_runner;
}

std::unique_ptr<QDialog> MainWindow::createDialog(const QString &name)
{
    if (name == "shortcuts"_L1)
        return shortcutsDialog();
    if (name == "about"_L1)
        return std::make_unique<AboutDialog>(this);
    if (name == "environments"_L1 && m_workspace)
        return std::make_unique<EnvironmentEditor>(m_workspace->environments, m_environment->currentData().toString(), this);
    if (name == "runner"_L1 && m_workspace && !m_workspace->collections.isEmpty()) {
        auto runner = std::make_unique<RunnerView>(m_client, *m_workspace, m_workspacePath, this);
        runner->select(m_workspace->collections.first().id, m_environment->currentData().toString());
        return runner;
    }
    return nullptr;
}

} // namespace gatehouse::ui
