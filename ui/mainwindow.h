// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QMainWindow>
#include <QPointer>

class QDockWidget;
class QUndoStack;

namespace gatehouse {
class Exchange;
class HttpClient;
struct ExchangeResult;
struct FixAction;
}

namespace gatehouse::ui {

class InspectorPanel;
class RequestPanel;
class ResponsePanel;
class SyntaxSupport;

class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    MainWindow(HttpClient &client, SyntaxSupport &syntax, QWidget *parent = nullptr);
    ~MainWindow() override;

    RequestPanel *requestPanel() const { return m_request; }
    ResponsePanel *responsePanel() const { return m_response; }
    InspectorPanel *inspector() const { return m_inspector; }
    QDockWidget *inspectorDock() const { return m_inspectorDock; }
    QUndoStack *undoStack() const { return m_undo; }
    void applyFix(const gatehouse::FixAction &fix);

    void send();
    void cancel();
    bool isSending() const { return !m_exchange.isNull(); }

Q_SIGNALS:
    void exchangeFinished(const gatehouse::ExchangeResult &result);

private:
    void createActions();

    HttpClient &m_client;
    RequestPanel *m_request;
    ResponsePanel *m_response;
    InspectorPanel *m_inspector;
    QDockWidget *m_inspectorDock;
    QUndoStack *m_undo;
    QPointer<Exchange> m_exchange;
};

} // namespace gatehouse::ui
