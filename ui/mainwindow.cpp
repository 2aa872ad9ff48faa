// SPDX-License-Identifier: GPL-3.0-or-later
#include "mainwindow.h"

#include "http/httpclient.h"
#include "requestpanel.h"
#include "responsepanel.h"

#include <QAction>
#include <QApplication>
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
        statusBar()->showMessage(result.error ? result.error->message : tr("Done in %1 ms").arg(result.timings.total()));
        Q_EMIT exchangeFinished(result);
    });
}

void MainWindow::cancel()
{
    if (m_exchange)
        m_exchange->cancel();
}

} // namespace gatehouse::ui
