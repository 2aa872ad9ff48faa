// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "apim/apimprofile.h"
#include "error.h"
#include "model/environment.h"
#include "model/folder.h"
#include "runner/runresult.h"
#include "runner/scriptengine.h"

#include <QJsonObject>
#include <QObject>
#include <QPointer>

#include <chrono>
#include <memory>
#include <optional>

namespace gatehouse {

class Exchange;
class HttpClient;
struct ExchangeResult;

struct RunOptions {
    Collection collection;
    QStringList folders; // folder names or paths ("Users/Admin") below the collection; empty: all
    std::optional<Environment> environment;
    VariableList globals;
    QList<QJsonObject> data; // iteration data rows
    int iterations = 0;      // 0: one per data row, or 1
    std::chrono::milliseconds delay{0};
    std::chrono::milliseconds requestTimeout{0}; // 0: each request's own setting
    std::chrono::milliseconds scriptTimeout{5000};
    bool bail = false; // stop at the first failed request or assertion
    bool insecure = false;
    // Host (or host:port) -> replacement: where requests for that host connect, on every hop
    // (redirects and pm.sendRequest included); the scheme follows the replacement's
    // ("https://staging:8443") or stays. A transport-level redirection: pm.request.url and the
    // reports keep the URL as written; a replacement that is an IP address also keeps the original
    // Host header (like curl --connect-to), a host name goes out as the Host (HttpRequest::hostRewrites).
    QList<std::pair<QString, QString>> hostRewrites;
    QString baseDirectory; // for body files
    std::optional<ApimProfile> apimProfile;
};

// Runs a collection (or some of its folders) the way Postman's runner and newman do: for each
// iteration every request in order, with pre-request and test scripts at collection, folder
// and request level, variables flowing from script to script, setNextRequest jumps. Never
// blocks: each step comes back through the event loop, and every request reports
// requestStarted then requestFinished.
class CollectionRunner : public QObject
{
    Q_OBJECT
public:
    explicit CollectionRunner(HttpClient *client, QObject *parent = nullptr);
    ~CollectionRunner() override;

    // Fails at once when the folders do not exist or nothing is left to run; otherwise the run
    // starts on the next event loop pass.
    [[nodiscard]] Expected<void> start(RunOptions options);
    void cancel();
    bool isRunning() const { return m_running; }

    const RunReport &report() const { return m_report; }
    // The variables as the scripts left them (for --export-environment and the GUI).
    std::optional<Environment> environment() const { return m_environment; }
    VariableList globals() const { return m_globals; }
    VariableList collectionVariables() const { return m_collection.variables; }

    // Where a URL connects under the rewrites (exposed for the CLI and tests; gatehouse::rewriteHost).
    static QUrl rewriteHost(const QUrl &url, const QList<std::pair<QString, QString>> &rewrites);

Q_SIGNALS:
    void iterationStarted(int iteration, int count);
    void requestStarted(int index, const QString &name, int iteration);
    void requestFinished(const gatehouse::RequestRun &run);
    void finished(const gatehouse::RunReport &report);

private:
    struct Item {
        const Request *request = nullptr;
        QList<const Folder *> folders; // outermost first
        QString path;
    };

    Expected<void> collectItems();
    void startIteration();
    void runItem();
    void sendItem(const ScriptRequest &scriptRequest);
    void onExchangeFinished(const ExchangeResult &result);
    void finishItem();
    void finishRun();
    // Scripts of one phase run one after the other; pm.sendRequest calls pause them until the
    // answers are in (nextScript / sendOutgoing), then scriptsDone() moves the item on.
    void startScripts(bool test, const ScriptRequest &request, const ExchangeResult *exchange);
    void nextScript();
    void applyScriptResult(const ScriptResult &result);
    void sendOutgoing();
    void scriptsDone();
    void syncVariables();

    HttpClient *m_client;
    std::unique_ptr<ScriptEngine> m_engine;
    RunOptions m_options;
    Collection m_collection; // its variables change as scripts set them; items point into it
    std::optional<Environment> m_environment;
    VariableList m_globals;
    VariableList m_localVariables; // pm.variables.set() values, read back after each change
    QList<Item> m_items;
    int m_iterations = 1;
    int m_iteration = 0;
    qsizetype m_position = 0;
    std::optional<qsizetype> m_jump; // set by setNextRequest: index, or items.size() to stop
    RequestRun m_current;
    QList<std::pair<QString, QString>> m_scripts; // source, label of the current phase
    qsizetype m_scriptIndex = 0;
    bool m_testPhase = false;
    bool m_skip = false;
    ScriptContext m_scriptContext;
    QList<OutgoingRequest> m_outgoing;
    QString m_outgoingLabel;
    QString m_sentBodyMode; // the current request's form body, for its test scripts
    QUrl m_sentUrl;         // and its URL: as QUrl holds it, and as written (pm.request.url)
    QString m_sentWrittenUrl;
    KeyValueList m_sentFormFields;
    QPointer<Exchange> m_exchange;
    RunReport m_report;
    qint64 m_startedMs = 0;
    bool m_running = false;
    bool m_cancelled = false;
};

} // namespace gatehouse
