// SPDX-License-Identifier: GPL-3.0-or-later
#include "mainwindow.h"

#include "apim/diagnosis.h"
#include "http/httpclient.h"
#include "inspectorpanel.h"
#include "requestpanel.h"
#include "responsepanel.h"

#include <QAction>
#include <QApplication>
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

MainWindow::MainWindow(HttpClient &client, SyntaxSupport &syntax, QWidget *parent)
    : QMainWindow(parent)
    , m_client(client)
    , m_request(new RequestPanel(syntax, this))
    , m_response(new ResponsePanel(syntax, this))
    , m_inspector(new InspectorPanel(this))
    , m_inspectorDock(new QDockWidget(tr("APIM Inspector"), this))
    , m_undo(new QUndoStack(this))
{
    setObjectName(u"mainWindow"_s);
    setWindowTitle(tr("Gatehouse"));
    setWindowIcon(QIcon(u":/icons/gatehouse.svg"_s));

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->setObjectName(u"mainSplitter"_s);
    splitter->addWidget(m_request);
    splitter->addWidget(m_response);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 1);
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
    const HttpRequest request = m_request->request();
    if (request.url.isEmpty()) {
        m_response->showProblem(tr("Enter a URL to send the request to."));
        m_request->focusUrl();
        return;
    }
    m_exchange = m_client.send(request);
    m_request->setBusy(true);
    m_response->showSending(request.url);
    statusBar()->showMessage(tr("Sending %1 %2 …").arg(QString::fromLatin1(request.method), request.url.toDisplayString()));
    connect(m_exchange, &Exchange::finished, this, [this](const ExchangeResult &result) {
        m_exchange->deleteLater();
        m_exchange = nullptr;
        m_request->setBusy(false);
        m_response->showResult(result);
        const QList<Finding> findings = diagnose({result, std::nullopt, std::nullopt, QDateTime::currentDateTimeUtc()});
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
    case FixAction::Kind::AddGatewayHost:
    case FixAction::Kind::SetSubscriptionKey:
        // Only raised for requests sent with an environment, which the window does not have yet.
        break;
    }
}

void MainWindow::cancel()
{
    if (m_exchange)
        m_exchange->cancel();
}

} // namespace gatehouse::ui
