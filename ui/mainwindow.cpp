// SPDX-License-Identifier: GPL-3.0-or-later
#include "mainwindow.h"

#include "apim/diagnosis.h"
#include "http/httpclient.h"
#include "historypanel.h"
#include "inspectorpanel.h"
#include "storage/history.h"
#include "model/requestresolver.h"
#include "secretsdialog.h"
#include "sidebar.h"
#include "storage/workspacestorage.h"
#include "requestpanel.h"
#include "responsepanel.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QFileDialog>
#include <QLabel>
#include <QToolBar>
#include <QDir>
#include <QDockWidget>
#include <QTimer>
#include <QUndoStack>
#include <QMenuBar>
#include <QMessageBox>
#include <QSplitter>
#include <QStatusBar>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace gatehouse::ui {

MainWindow::MainWindow(HttpClient &client, SyntaxSupport &syntax, SecretStore *secrets, QWidget *parent)
    : QMainWindow(parent)
    , m_client(client)
    , m_secrets(secrets)
    , m_sidebar(new Sidebar(this))
    , m_environment(new QComboBox(this))
    , m_request(new RequestPanel(syntax, this))
    , m_response(new ResponsePanel(syntax, this))
    , m_inspector(new InspectorPanel(this))
    , m_inspectorDock(new QDockWidget(tr("APIM Inspector"), this))
    , m_history(new HistoryPanel(this))
    , m_historyDock(new QDockWidget(tr("History"), this))
    , m_undo(new QUndoStack(this))
{
    setObjectName(u"mainWindow"_s);
    setWindowTitle(tr("Gatehouse"));
    setWindowIcon(QIcon(u":/icons/gatehouse.svg"_s));

    // [sidebar | [URL bar over [request | response]]]
    auto *exchangeSplitter = new QSplitter(Qt::Horizontal, this);
    exchangeSplitter->setObjectName(u"exchangeSplitter"_s);
    exchangeSplitter->addWidget(m_request);
    exchangeSplitter->addWidget(m_response);
    exchangeSplitter->setChildrenCollapsible(false);
    auto *exchangeArea = new QWidget(this);
    auto *exchangeLayout = new QVBoxLayout(exchangeArea);
    exchangeLayout->setContentsMargins(0, 0, 0, 0);
    exchangeLayout->addWidget(m_request->urlBar());
    exchangeLayout->addWidget(exchangeSplitter, 1);

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->setObjectName(u"mainSplitter"_s);
    splitter->addWidget(m_sidebar);
    splitter->addWidget(exchangeArea);
    splitter->setStretchFactor(0, 0);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({250, 1030});
    m_sidebar->hide(); // until a workspace is open
    connect(m_sidebar, &Sidebar::requestActivated, this, &MainWindow::openRequest);

    auto *toolbar = addToolBar(tr("Environment"));
    toolbar->setObjectName(u"environmentToolBar"_s);
    toolbar->setMovable(false);
    auto *environmentLabel = new QLabel(tr("&Environment:"), toolbar);
    environmentLabel->setBuddy(m_environment);
    environmentLabel->setContentsMargins(4, 0, 4, 0);
    m_environment->setObjectName(u"environmentCombo"_s);
    m_environment->setMinimumContentsLength(16);
    m_environment->addItem(tr("No environment"), QString());
    m_environment->setEnabled(false);
    toolbar->addWidget(environmentLabel);
    toolbar->addWidget(m_environment);
    splitter->setChildrenCollapsible(false);

    auto *central = new QWidget(this);
    auto *layout = new QVBoxLayout(central);
    layout->setContentsMargins(8, 8, 8, 4);
    layout->addWidget(splitter);
    setCentralWidget(central);

    m_inspectorDock->setObjectName(u"inspectorDock"_s);
    m_inspectorDock->setWidget(m_inspector);
    m_inspectorDock->setFeatures(QDockWidget::DockWidgetClosable | QDockWidget::DockWidgetMovable | QDockWidget::DockWidgetFloatable);
    addDockWidget(Qt::RightDockWidgetArea, m_inspectorDock);
    resizeDocks({m_inspectorDock}, {360}, Qt::Horizontal);
    m_inspectorDock->hide();
    connect(m_inspector, &InspectorPanel::fixRequested, this, &MainWindow::applyFix);
    m_historyDock->setObjectName(u"historyDock"_s);
    m_historyDock->setWidget(m_history);
    addDockWidget(Qt::LeftDockWidgetArea, m_historyDock);
    m_historyDock->hide();
    connect(m_history, &HistoryPanel::entryActivated, this, [this](const HistoryEntry &entry) {
        // A past exchange comes back as an ad-hoc request (credentials were never stored).
        m_currentRequestId.clear();
        m_request->setMethod(entry.method);
        m_request->setUrl(entry.url);
        m_request->setHeaders(entry.requestHeaders);
        m_request->setDescription({});
        statusBar()->showMessage(tr("Re-opened %1 %2 from the history; masked credentials must be filled in again.").arg(entry.method, entry.url));
    });

    connect(m_request, &RequestPanel::sendRequested, this, &MainWindow::send);
    connect(m_request, &RequestPanel::cancelRequested, this, &MainWindow::cancel);
    createActions();
    statusBar()->showMessage(tr("Ready"));
    resize(1280, 800);
}

MainWindow::~MainWindow() = default;

void MainWindow::createActions()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *open = file->addAction(tr("&Open Workspace…"), this, [this] {
        const QString path = QFileDialog::getExistingDirectory(this, tr("Open Workspace"));
        if (!path.isEmpty())
            openWorkspace(path);
    });
    open->setObjectName(u"openWorkspaceAction"_s);
    open->setShortcut(QKeySequence::Open);
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
    edit->addAction(redo);

    QMenu *view = menuBar()->addMenu(tr("&View"));
    QAction *historyAction = m_historyDock->toggleViewAction();
    historyAction->setText(tr("&History"));
    historyAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_H));
    historyAction->setObjectName(u"historyAction"_s);
    view->addAction(historyAction);
    QAction *inspectorAction = m_inspectorDock->toggleViewAction();
    inspectorAction->setText(tr("APIM &Inspector"));
    inspectorAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_I));
    view->addAction(inspectorAction);

    QMenu *request = menuBar()->addMenu(tr("&Request"));
    QAction *sendAction = request->addAction(tr("&Send"), this, &MainWindow::send);
    sendAction->setObjectName(u"sendAction"_s);
    sendAction->setShortcuts({QKeySequence(Qt::CTRL | Qt::Key_Return), QKeySequence(Qt::CTRL | Qt::Key_Enter)});
    QAction *cancelAction = request->addAction(tr("&Cancel"), this, &MainWindow::cancel);
    cancelAction->setObjectName(u"cancelAction"_s);
    cancelAction->setShortcut(QKeySequence(Qt::Key_Escape));
    QAction *focusUrl = request->addAction(tr("Focus &URL"), m_request, &RequestPanel::focusUrl);
    focusUrl->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_L));

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    QAction *playground = help->addAction(tr("Open the &Playground"), this, &MainWindow::playgroundRequested);
    playground->setObjectName(u"openPlaygroundAction"_s);
    playground->setToolTip(tr("Sample requests against a built-in APIM simulator: see each classic error explained."));
    help->addAction(tr("&About Gatehouse"), this, [this] {
        QMessageBox::about(this, tr("About Gatehouse"),
                           tr("<h3>Gatehouse %1</h3><p>A native API client that understands Azure API Management.</p>"
                              "<p>Qt %2</p>")
                               .arg(QApplication::applicationVersion(), QString::fromLatin1(qVersion())));
    });
}

void MainWindow::send()
{
    if (m_exchange)
        return;
    HttpRequest request = m_request->request();
    QStringList problems;
    m_apimProfile.reset();
    m_keyInjection.reset();
    if (m_workspace && !m_currentRequestId.isEmpty()) {
        if (const auto location = findRequestById(*m_workspace, m_currentRequestId)) {
            // The stored request with the editor's changes, resolved like the CLI and runner do.
            Request edited = *location->request;
            edited.method = QString::fromLatin1(request.method);
            edited.url = m_request->urlText();
            edited.headers.clear();
            for (const HeaderTableModel::Row &row : m_request->headerRows())
                edited.headers.append({row.name, row.value, row.enabled, {}});
            if (edited.body.kind == Body::Kind::Raw || edited.body.kind == Body::Kind::None) {
                edited.body.raw = m_request->bodyText();
                edited.body.kind = edited.body.raw.isEmpty() ? Body::Kind::None : Body::Kind::Raw;
            }
            const Environment *environment = findEnvironment(*m_workspace, m_environment->currentData().toString());
            ResolveContext context = resolveContext(*m_workspace, *location, environment);
            context.baseDirectory = m_workspacePath;
            auto resolved = resolveRequest(edited, context);
            if (!resolved) {
                m_response->showProblem(resolved.error().message);
                return;
            }
            request = resolved->request;
            for (const ResolveProblem &problem : std::as_const(resolved->problems))
                problems.append(problem.message);
            // The environment's subscription key, to its gateway hosts only.
            if (auto apim = resolveApimProfile(context)) {
                for (const ResolveProblem &problem : std::as_const(apim->problems))
                    problems.append(problem.message);
                m_apimProfile = apim->profile;
                m_keyInjection = injectSubscriptionKey(request, apim->profile);
            }
        }
    }
    if (request.url.isEmpty()) {
        m_response->showProblem(tr("Enter a URL to send the request to."));
        m_request->focusUrl();
        return;
    }
    m_exchange = m_client.send(request);
    m_request->setBusy(true);
    m_response->showSending(request.url);
    m_response->setWarnings(problems);
    statusBar()->showMessage(tr("Sending %1 %2 …").arg(QString::fromLatin1(request.method), request.url.toDisplayString()));
    connect(m_exchange, &Exchange::finished, this, [this](const ExchangeResult &result) {
        m_exchange->deleteLater();
        m_exchange = nullptr;
        m_request->setBusy(false);
        m_response->showResult(result);
        if (m_historyStore) {
            HistoryEntry entry = historyEntry(result, QDateTime::currentDateTimeUtc().addMSecs(-result.timings.total()));
            if (m_workspace && !m_currentRequestId.isEmpty()) {
                entry.requestId = m_currentRequestId;
                if (const auto location = findRequestById(*m_workspace, m_currentRequestId))
                    entry.requestName = location->request->name;
                entry.environment = m_environment->currentText();
            }
            if (auto recorded = m_historyStore->append(entry); !recorded)
                statusBar()->showMessage(recorded.error().message);
            m_history->reload();
        }
        const QList<Finding> findings = diagnose({result, m_apimProfile, m_keyInjection, QDateTime::currentDateTimeUtc()});
        m_inspector->setFindings(findings);
        // The inspector opens itself when there is something to explain.
        if (!findings.isEmpty()) {
            m_inspectorDock->show();
            m_inspectorDock->raise();
        }
        statusBar()->showMessage(result.error ? result.error->message : tr("Done in %1 ms").arg(result.timings.total()));
        Q_EMIT exchangeFinished(result);
    });
}

namespace {

// Undoable change of the request's headers, as the inspector's fixes make them.
class HeadersCommand : public QUndoCommand
{
public:
    HeadersCommand(RequestPanel *panel, QList<HeaderTableModel::Row> before, QList<HeaderTableModel::Row> after, const QString &text)
        : QUndoCommand(text)
        , m_panel(panel)
        , m_before(std::move(before))
        , m_after(std::move(after))
    {
    }
    void undo() override { m_panel->setHeaderRows(m_before); }
    void redo() override { m_panel->setHeaderRows(m_after); }

private:
    RequestPanel *m_panel;
    QList<HeaderTableModel::Row> m_before;
    QList<HeaderTableModel::Row> m_after;
};

} // namespace

void MainWindow::applyFix(const FixAction &fix)
{
    const QList<HeaderTableModel::Row> before = m_request->headerRows();
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
            m_undo->push(new HeadersCommand(m_request, before, after, fix.label));
        statusBar()->showMessage(tr("Changed the request: %1. Undo with Ctrl+Z.").arg(fix.label));
        break;
    case FixAction::Kind::RetryLater:
        statusBar()->showMessage(tr("Sending again in %1 s …").arg(fix.seconds));
        QTimer::singleShot(std::chrono::seconds(fix.seconds), this, &MainWindow::send);
        break;
    case FixAction::Kind::AddGatewayHost: {
        // The gateway hosts are shared configuration: the environment file changes (one line in git).
        if (!m_workspace)
            break;
        const QString environmentId = m_environment->currentData().toString();
        for (Environment &environment : m_workspace->environments) {
            if (environment.id != environmentId || environment.apim.gatewayHosts.contains(fix.host, Qt::CaseInsensitive))
                continue;
            environment.apim.gatewayHosts.append(fix.host);
            WorkspaceStorage storage(m_workspacePath, m_secrets);
            (void)storage.load(); // so the save rewrites the files it owns in place
            if (auto saved = storage.save(*m_workspace); !saved) {
                QMessageBox::warning(this, tr("Add Gateway Host"), saved.error().message);
                break;
            }
            statusBar()->showMessage(tr("%1 is now a gateway host of %2; send again to use its key.").arg(fix.host, environment.name));
        }
        break;
    }
    case FixAction::Kind::SetSubscriptionKey:
        // TODO(#6): the environment editor; until then the secrets dialog asks for missing keys on open.
        statusBar()->showMessage(tr("Set the environment's apimSubscriptionKey variable (a secret) in its file, or in the secrets dialog on open."));
        break;
    }
}

void MainWindow::setHistoryStore(HistoryStore *store)
{
    m_historyStore = store;
    m_history->setStore(store);
}

bool MainWindow::openWorkspace(const QString &path)
{
    WorkspaceStorage storage(path, m_secrets);
    auto loaded = storage.load();
    if (!loaded) {
        QMessageBox::warning(this, tr("Open Workspace"), loaded.error().message);
        return false;
    }
    m_workspace = loaded->workspace;
    m_workspacePath = path;
    m_currentRequestId.clear();
    m_sidebar->setWorkspace(*m_workspace);
    m_sidebar->show();
    m_environment->clear();
    m_environment->addItem(tr("No environment"), QString());
    for (const Environment &environment : std::as_const(m_workspace->environments))
        m_environment->addItem(environment.name, environment.id);
    m_environment->setEnabled(true);
    if (m_workspace->environments.size() == 1)
        m_environment->setCurrentIndex(1);
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
    statusBar()->showMessage(notes.isEmpty() ? tr("Opened %1").arg(QDir::toNativeSeparators(path)) : notes.join(u"  ·  "_s));
    return true;
}

void MainWindow::openRequest(const QString &id)
{
    if (!m_workspace)
        return;
    const auto location = findRequestById(*m_workspace, id);
    if (!location)
        return;
    const Request &r = *location->request;
    m_currentRequestId = id;
    m_request->setMethod(r.method);
    m_request->setUrl(r.url);
    QList<HeaderTableModel::Row> rows;
    for (const KeyValue &h : r.headers)
        rows.append({h.enabled, h.name, h.value});
    m_request->setHeaderRows(rows);
    m_request->setBody(r.body.kind == Body::Kind::Raw ? r.body.raw : QString());
    m_request->setDescription(r.description);
    m_sidebar->selectRequest(id);
    statusBar()->showMessage(r.name);
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

void MainWindow::cancel()
{
    if (m_exchange)
        m_exchange->cancel();
}

} // namespace gatehouse::ui
