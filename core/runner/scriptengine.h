// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "http/httprequest.h"
#include "model/variable.h"
#include "runner/runresult.h"

#include <QCoreApplication>

#include <QJsonObject>
#include <QString>

#include <chrono>
#include <memory>
#include <optional>

class QJSValue;
class QNetworkCookieJar;

namespace gatehouse {

// The request as a script sees it (pm.request) and may change it (pre-request scripts).
struct ScriptRequest {
    QString id;
    QString name;
    QString method;
    QString url;
    KeyValueList headers;
    std::optional<QString> rawBody; // set for raw bodies only
    QString bodyMode;               // Postman's body.mode: "raw", "urlencoded", "formdata", "file", "graphql" or empty
    KeyValueList formFields;        // urlencoded and formdata fields (file parts carry the path)
};

// The response as a test script sees it (pm.response).
struct ScriptResponse {
    int code = 0;
    QString status; // reason phrase
    HeaderList headers;
    QByteArray body;
    qint64 responseTime = 0;
    qint64 responseSize = 0;
    qint64 headerSize = 0;
};

struct ScriptContext {
    QString eventName; // "prerequest" or "test", as pm.info.eventName
    int iteration = 0;
    int iterationCount = 1;
    QString environmentName;
    ScriptRequest request;
    std::optional<ScriptResponse> response; // test scripts only
};

// A request a script asked for with pm.sendRequest; the runner sends it and calls deliver().
struct OutgoingRequest {
    int id = 0;
    QString method;
    QString url;
    QList<std::pair<QString, QString>> headers;
    std::optional<QString> body;
};

struct ScriptResult {
    QList<Assertion> assertions;
    QList<ConsoleLine> console;
    bool nextRequestSet = false;        // setNextRequest() was called
    std::optional<QString> nextRequest; // its argument; empty optional for null (stop the run)
    bool skipRequest = false;           // pm.execution.skipRequest()
    QList<OutgoingRequest> outgoing;    // pm.sendRequest calls waiting to be sent
    ScriptRequest request;              // pm.request after the script
    bool error = false;                 // the script threw (or timed out) outside pm.test
    bool variablesChanged = false;      // the script may have set, unset or cleared variables

    bool failed() const
    {
        for (const Assertion &a : assertions) {
            if (!a.passed)
                return true;
        }
        return false;
    }
};

// Runs Postman-style scripts in a QJSEngine with the pm API (sandbox.js). One engine serves a
// whole run: variables set by one script are there for the next. Scripts run synchronously on
// the calling thread; a watchdog thread interrupts a script that runs longer than the timeout.
// A script error never escapes: it becomes a failed Assertion with the message and line.
class ScriptEngine
{
    Q_DECLARE_TR_FUNCTIONS(gatehouse::ScriptEngine)
public:
    enum class Scope { Globals, Environment, Collection, Local, IterationData, Folders };

    ScriptEngine();
    ~ScriptEngine();
    ScriptEngine(const ScriptEngine &) = delete;
    ScriptEngine &operator=(const ScriptEngine &) = delete;

    // Enabled variables only; disabled ones are not visible to scripts.
    void setVariables(Scope scope, const VariableList &variables);
    // Iteration data keeps its JSON types (numbers stay numbers in scripts).
    void setIterationData(const QJsonObject &row);
    // The scope as scripts left it; objects are JSON text, as Postman substitutes them.
    [[nodiscard]] VariableList variables(Scope scope) const;

    // The jar behind pm.cookies (the cookies for the request's URL) and pm.cookies.jar(); not
    // owned. Without one, pm.cookies is empty.
    void setCookieJar(QNetworkCookieJar *jar);

    // pm.response.json() on a body of at least this many bytes gives a lazy view: objects and
    // arrays of this size are parsed only as far as a script walks into them (default 1 MiB).
    void setLazyJsonThreshold(qsizetype bytes);

    // Where require() finds the libraries that come from Debian packages (libjs-moment's
    // moment/moment.js); /usr/share/javascript unless a test says otherwise.
    void setSystemModuleRoot(const QString &directory);

    void setTimeout(std::chrono::milliseconds timeout);
    std::chrono::milliseconds timeout() const;

    // scriptName names the script in errors ("Collection/Folder [test]").
    [[nodiscard]] ScriptResult run(const QString &source, const QString &scriptName, const ScriptContext &context);
    // Calls the callback of pm.sendRequest call `id` with the response, or with error when none
    // came. The result holds what the callback did (tests, variables, further requests).
    [[nodiscard]] ScriptResult deliver(int id, const std::optional<ScriptResponse> &response, const QString &error, const QString &scriptName,
                                       const ScriptRequest &request);

    // The values of current folded into original: disabled and unchanged variables keep their
    // place and flags, changed values are updated, unset ones removed, new ones appended.
    [[nodiscard]] static VariableList mergeVariables(const VariableList &original, const VariableList &current);

private:
    ScriptResult collect(const QJSValue &value, const QStringList &trace, bool interrupted, const QString &scriptName, const ScriptRequest &request);

    class Private;
    std::unique_ptr<Private> d;
};

} // namespace gatehouse
