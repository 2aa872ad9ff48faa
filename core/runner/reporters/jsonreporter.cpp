// SPDX-License-Identifier: GPL-3.0-or-later
#include "jsonreporter.h"

#include "apim/findingformat.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace gatehouse {

namespace {

QJsonObject stat(qint64 total, qint64 failed)
{
    return QJsonObject{{u"total"_s, double(total)}, {u"failed"_s, double(failed)}};
}

QJsonObject assertionToJson(const Assertion &a)
{
    QJsonObject o{{u"assertion"_s, a.name}, {u"skipped"_s, a.skipped}, {u"passed"_s, a.passed}};
    if (a.scriptError)
        o.insert(u"scriptError"_s, true);
    if (!a.passed) {
        QJsonObject error{{u"name"_s, a.errorName.isEmpty() ? u"AssertionError"_s : a.errorName}, {u"message"_s, a.message}};
        if (a.line > 0)
            error.insert(u"line"_s, a.line);
        o.insert(u"error"_s, error);
    }
    return o;
}

} // namespace

QJsonObject JsonReporter::report(const RunReport &report)
{
    const RunStats &s = report.stats;
    QJsonArray executions;
    QJsonArray failures;
    for (const RequestRun &run : report.requests) {
        QJsonArray assertions;
        for (const Assertion &a : run.assertions) {
            assertions.append(assertionToJson(a));
            if (!a.passed) {
                QJsonObject failure = assertionToJson(a);
                failure.insert(u"request"_s, run.path);
                failure.insert(u"iteration"_s, run.iteration);
                failures.append(failure);
            }
        }
        QJsonObject execution{{u"iteration"_s, run.iteration},
                              {u"index"_s, run.index},
                              {u"id"_s, run.requestId},
                              {u"name"_s, run.name},
                              {u"path"_s, run.path},
                              {u"request"_s, QJsonObject{{u"method"_s, run.method}, {u"url"_s, run.url}}},
                              {u"assertions"_s, assertions},
                              {u"skipped"_s, run.skipped}};
        if (run.status > 0) {
            execution.insert(u"response"_s, QJsonObject{{u"code"_s, run.status},
                                                          {u"status"_s, run.statusText},
                                                          {u"responseTime"_s, double(run.responseTime)},
                                                          {u"responseSize"_s, double(run.responseSize)}});
        }
        if (run.error) {
            const QJsonObject error{{u"code"_s, errorCodeName(run.error->code)}, {u"message"_s, run.error->message}};
            execution.insert(u"requestError"_s, error);
            failures.append(QJsonObject{{u"request"_s, run.path}, {u"iteration"_s, run.iteration}, {u"requestError"_s, error}});
        }
        if (!run.console.isEmpty()) {
            QJsonArray console;
            for (const ConsoleLine &line : run.console)
                console.append(QJsonObject{{u"level"_s, line.level}, {u"text"_s, line.text}});
            execution.insert(u"console"_s, console);
        }
        if (!run.findings.isEmpty())
            execution.insert(u"findings"_s, findingsToJson(run.findings));
        executions.append(execution);
    }
    const QJsonObject stats{{u"iterations"_s, stat(s.iterations, 0)},
                            {u"requests"_s, stat(s.requests, s.failedRequests)},
                            {u"testScripts"_s, stat(s.testScripts, s.failedTestScripts)},
                            {u"prerequestScripts"_s, stat(s.prerequestScripts, s.failedPrerequestScripts)},
                            {u"assertions"_s, stat(s.assertions, s.failedAssertions)}};
    const QJsonObject timings{{u"started"_s, report.started.toString(Qt::ISODateWithMs)},
                              {u"duration"_s, double(report.durationMs)},
                              {u"responseAverage"_s, double(s.averageResponseTime())}};
    QJsonObject run{{u"stats"_s, stats},
                    {u"timings"_s, timings},
                    {u"executions"_s, executions},
                    {u"failures"_s, failures},
                    {u"passed"_s, report.passed()},
                    {u"bailed"_s, report.stoppedByBail}};
    if (report.error)
        run.insert(u"error"_s, QJsonObject{{u"code"_s, errorCodeName(report.error->code)}, {u"message"_s, report.error->message}});
    return QJsonObject{{u"collection"_s, QJsonObject{{u"name"_s, report.collectionName}}},
                       {u"environment"_s, QJsonObject{{u"name"_s, report.environmentName}}},
                       {u"run"_s, run}};
}

} // namespace gatehouse
