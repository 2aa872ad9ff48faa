// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QMainWindow>
#include <QPointer>

class QComboBox;
class QDockWidget;
class QSplitter;
class QUndoStack;

#include "apim/apimprofile.h"
#include "model/workspace.h"

#include <optional>

namespace gatehouse {
class Exchange;
class HttpClient;
class HistoryStore;
class SecretStore;
struct ExchangeResult;
struct FixAction;
}

namespace gatehouse::ui {

class HistoryPanel;
class InspectorPanel;
class RequestPanel;
class ResponsePanel;
class Sidebar;
class SyntaxSupport;

class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    // secrets may be null: secret variables then stay unresolved (and say so).
    MainWindow(HttpClient &client, SyntaxSupport &syntax, SecretStore *secrets = nullptr, QWidget *parent = nullptr);
    ~MainWindow() override;

    RequestPanel *requestPanel() const { return m_request; }
    ResponsePanel *responsePanel() const { return m_response; }
    InspectorPanel *inspector() const { return m_inspector; }
    QDockWidget *inspectorDock() const { return m_inspectorDock; }
    QUndoStack *undoStack() const { return m_undo; }
    void applyFix(const gatehouse::FixAction &fix);

    // Opens a workspace folder: its collections in the sidebar, its environments in the switcher.
    bool openWorkspace(const QString &path);
    void openRequest(const QString &id);
    void setEnvironment(const QString &nameOrId);
    Sidebar *sidebar() const { return m_sidebar; }
    const std::optional<Workspace> &workspace() const { return m_workspace; }
    QString currentRequestId() const { return m_currentRequestId; }
    // Where sent exchanges are recorded (masked); null: no history.
    void setHistoryStore(HistoryStore *store);
    HistoryPanel *history() const { return m_history; }
    // Whether opening a workspace asks for missing secrets (off for screenshots and tests).
    void setAskForSecrets(bool ask) { m_askForSecrets = ask; }

    void send();
    void cancel();
    bool isSending() const { return !m_exchange.isNull(); }

Q_SIGNALS:
    void exchangeFinished(const gatehouse::ExchangeResult &result);
    // Help > Open Playground: the app owns the simulator, so it opens the Playground.
    void playgroundRequested();

private:
    void createActions();

    HttpClient &m_client;
    SecretStore *m_secrets;
    Sidebar *m_sidebar;
    QComboBox *m_environment;
    std::optional<Workspace> m_workspace;
    QString m_workspacePath;
    QString m_currentRequestId;
    std::optional<ApimProfile> m_apimProfile;   // of the exchange in flight, for the inspector
    std::optional<KeyInjection> m_keyInjection;
    bool m_askForSecrets = true;
    RequestPanel *m_request;
    ResponsePanel *m_response;
    InspectorPanel *m_inspector;
    QDockWidget *m_inspectorDock;
    HistoryPanel *m_history;
    QDockWidget *m_historyDock;
    HistoryStore *m_historyStore = nullptr;
    QUndoStack *m_undo;
    QPointer<Exchange> m_exchange;
};

} // namespace gatehouse::ui
