// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "apim/diagnosis.h"
#include "error.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace gatehouse {

// One pm.test (or legacy tests[...] entry), or the error that stopped a script.
struct Assertion {
    QString name;
    bool passed = true;
    bool skipped = false;
    bool scriptError = false; // the script threw outside pm.test: name is the script, message the error
    QString message;          // why it failed
    QString errorName;        // "AssertionError", "TypeError" ...
    int line = 0;             // for script errors: the line in the script, 1-based; 0 when unknown
};

struct ConsoleLine {
    QString level; // "log", "info", "warn", "error", "debug"
    QString text;
};

// What one request of a run did: the scripts around it, the exchange, the verdicts.
struct RequestRun {
    int iteration = 0;     // 0-based
    int index = 0;         // position in the run, 0-based, counting every request executed
    QString requestId;
    QString name;
    QString path;          // "Folder/Sub folder/Request" below the collection
    QString method;
    QString url;           // as sent
    int status = 0;        // 0: no response
    QString statusText;
    qint64 responseTime = -1; // ms; -1 without a response
    qint64 responseSize = 0;  // body bytes
    bool skipped = false;     // pm.execution.skipRequest()
    std::optional<Error> error; // the request could not be sent or no response came
    QList<Assertion> assertions;
    QList<ConsoleLine> console;
    QList<Finding> findings; // APIM diagnosis of a failed answer

    bool failed() const
    {
        if (error)
            return true;
        for (const Assertion &a : assertions) {
            if (!a.passed)
                return true;
        }
        return false;
    }
};

struct RunStats {
    int iterations = 0;
    int requests = 0;
    int failedRequests = 0;
    int testScripts = 0;
    int failedTestScripts = 0;
    int prerequestScripts = 0;
    int failedPrerequestScripts = 0;
    int assertions = 0;
    int failedAssertions = 0;
    int skippedAssertions = 0;
    qint64 totalResponseTime = 0; // ms, over the requests that got a response
    int responses = 0;
    qint64 averageResponseTime() const { return responses > 0 ? totalResponseTime / responses : 0; }
};

// The whole run, for the reporters.
struct RunReport {
    QString collectionName;
    QString environmentName;
    QDateTime started;
    qint64 durationMs = 0;
    RunStats stats;
    QList<RequestRun> requests;
    bool stoppedByBail = false;
    bool cancelled = false;
    std::optional<Error> error; // the run could not start or went wrong as a whole

    bool passed() const
    {
        return !error && !cancelled && stats.failedAssertions == 0 && stats.failedRequests == 0 && stats.failedTestScripts == 0
            && stats.failedPrerequestScripts == 0;
    }
};

} // namespace gatehouse
