// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>
#include <QMainWindow>
#include <QPointer>

class QAction;
class QComboBox;
class QDialog;
class QDockWidget;
class QTabWidget;
class QTimer;
class QToolButton;
class QUndoStack;

#include "apim/apimprofile.h"
#include "apim/apimtrace.h"
#include "apim/managementconnection.h"
#include "formats/export/codegen.h"
#include "http/httprequest.h"
#include "model/workspace.h"

#include <chrono>
#include <memory>
#include <optional>

namespace gatehouse {
class CookieJar;
class HttpClient;
class HistoryStore;
class ManagementClient;
struct DiagnosisInput;
class SecretStore;
class WorkspaceStorage;
struct ExchangeResult;
struct FixAction;
}

namespace gatehouse::ui {

class HistoryPanel;
class InspectorPanel;
class RequestPanel;
class RequestTab;
class RunnerView;
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

    // The current tab's editor and response (there is always at least one tab).
    RequestTab *currentTab() const;
    RequestPanel *requestPanel() const;
    ResponsePanel *responsePanel() const;
    QTabWidget *tabs() const { return m_tabs; }
    InspectorPanel *inspector() const { return m_inspector; }
    QDockWidget *inspectorDock() const { return m_inspectorDock; }
    QUndoStack *undoStack() const { return m_undo; }
    void applyFix(const gatehouse::FixAction &fix);

    // Opens a workspace folder: its collections in the sidebar, its environments in the switcher,
    // and the tabs (with unsaved drafts) that were open in it last time.
    bool openWorkspace(const QString &path);
    // Opens a workspace request in a tab (or brings its tab forward).
    void openRequest(const QString &id);
    RequestTab *newTab();
    // Asks about unsaved edits first; false when the user cancelled.
    bool closeTab(int index);
    // Ctrl+S: writes the current tab's request to the workspace (Save As for a new request).
    bool saveCurrent();
    void setEnvironment(const QString &nameOrId);
    // The collection runner for a collection or folder (the selected one when empty), shown.
    RunnerView *openRunner(const QString &itemId = {});
    // The named dialog, not shown, for screenshots: "environments", "shortcuts". Null if unknown.
    std::unique_ptr<QDialog> createDialog(const QString &name);
    // Environments → edit (Ctrl+E); focusKey: straight to the APIM subscription key.
    void editEnvironments(bool focusKey = false);
    Sidebar *sidebar() const { return m_sidebar; }
    const std::optional<Workspace> &workspace() const { return m_workspace; }
    QString workspacePath() const { return m_workspacePath; }
    QString currentRequestId() const;
    // Where sent exchanges are recorded (masked); null: no history.
    void setHistoryStore(HistoryStore *store);
    HistoryPanel *history() const { return m_history; }
    // Whether opening a workspace asks for missing secrets (off for screenshots and tests).
    void setAskForSecrets(bool ask) { m_askForSecrets = ask; }

    // Open tabs and drafts: written a moment after every edit, restored on start.
    QString sessionPath() const;
    void restoreSession();
    // Off: workspaces open with one blank tab (screenshots, scripted runs).
    void setRestoresSession(bool restores) { m_restoresSession = restores; }
    // How long "Get Token" waits for a browser sign-in (authorization code); zero: the flow's default.
    void setOAuthSignInTimeout(std::chrono::milliseconds timeout) { m_oauthSignInTimeout = timeout; }
    void writeSession();

    // A workspace edit made undoable: the workspace becomes `after` and is saved.
    void changeWorkspace(const Workspace &after, const QString &description);
    // Applies a workspace state (used by undo/redo). The tree and names come from `workspace`;
    // the contents of requests that exist in both stay as they are now (saves are not undone).
    void setWorkspaceState(const Workspace &workspace);
    // The sidebar's edits, each undoable. nearId: the selected item (the new item goes into it,
    // or next to it); returns the new item's id.
    QString createItem(const QString &nearId, bool folder, const QString &name = {});
    bool renameItemTo(const QString &id, const QString &name);
    QString duplicateItem(const QString &id);
    bool deleteItem(const QString &id);
    // Postman, OpenAPI, HAR, .http, Insomnia or curl files (also dropped on the window) come into
    // the workspace as one undoable change; without a workspace their first request opens in a tab.
    bool importFile(const QString &path);
    // A new workspace in folder path (with one collection), then opened.
    bool createWorkspace(const QString &path, const QString &name);

    void send();
    // Sends the current request again with an APIM debug token and shows the gateway's trace in
    // the inspector (FACTS.md §4.2); needs the environment's management connection.
    void traceCurrent();
    void cancel();
    // Request › Copy As: the current request, resolved as it would be sent, to the clipboard.
    void copyAs(gatehouse::CodeFormat format);
    bool isSending() const;

Q_SIGNALS:
    void exchangeFinished(const gatehouse::ExchangeResult &result);
    // Help > Open Playground: the app owns the simulator, so it opens the Playground.
    void playgroundRequested();

protected:
    void closeEvent(QCloseEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void createActions();
    // The current request resolved for sending (variables, auth, the environment's APIM key);
    // nothing, with the reason shown in the tab, when it cannot be.
    struct Prepared {
        HttpRequest request;
        QStringList problems;
        std::optional<ApimProfile> apimProfile;
        std::optional<KeyInjection> keyInjection;
        std::optional<ManagementConnection> management;
    };
    std::optional<Prepared> prepare(RequestTab *tab);
    RequestTab *addTab();
    RequestTab *tabForRequest(const QString &id) const;
    void updateTabTitle(RequestTab *tab);
    void showTabState();
    bool saveTab(RequestTab *tab, bool askForPlace);
    bool saveWorkspace();
    void scheduleSessionWrite();
    void refreshTabsFromWorkspace();
    void refreshEnvironments();
    void updateEnvironmentTip();
    void updateVariables(RequestTab *tab);
    void updateAllVariables();
    void confirmFindings(RequestTab *tab, const ManagementConnection &connection, const DiagnosisInput &input);
    void sendWith(const std::optional<DebugCredentials> &tracing);
    void fetchTrace(RequestTab *tab, const ManagementConnection &connection, const DebugCredentials &credentials, DiagnosisInput input);
    void newItem(bool folder);
    void renameItem(const QString &id);
    void newCollection();
    void newWorkspace();
    void quickOpen();
    void showCookies();
    void showShortcuts();
    std::unique_ptr<QDialog> shortcutsDialog();

    HttpClient &m_client;
    SyntaxSupport &m_syntax;
    SecretStore *m_secrets;
    Sidebar *m_sidebar;
    QComboBox *m_environment;
    QTabWidget *m_tabs;
    std::optional<Workspace> m_workspace;
    std::unique_ptr<WorkspaceStorage> m_storage;
    QString m_workspacePath;
    bool m_askForSecrets = true;
    bool m_restoring = false;
    bool m_restoresSession = true;
    std::chrono::milliseconds m_oauthSignInTimeout{0};
    InspectorPanel *m_inspector;
    QDockWidget *m_inspectorDock;
    HistoryPanel *m_history;
    QDockWidget *m_historyDock;
    HistoryStore *m_historyStore = nullptr;
    QUndoStack *m_undo;
    QTimer *m_sessionTimer;
    QPointer<RunnerView> m_runner;
    std::unique_ptr<CookieJar> m_cookies;
    ManagementClient *m_management = nullptr;
    QAction *m_copyWithSecrets = nullptr;
    QToolButton *m_editEnvironments = nullptr;
    bool m_refreshingEnvironments = false;
};

} // namespace gatehouse::ui
