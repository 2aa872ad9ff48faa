// SPDX-License-Identifier: GPL-3.0-or-later
#include "clireporter.h"

#include "apim/findingformat.h"

#include <QLocale>

using namespace Qt::StringLiterals;

namespace gatehouse {

namespace {

QString sizeText(qint64 bytes)
{
    return QLocale::c().formattedDataSize(bytes, 1, QLocale::DataSizeSIFormat);
}

QString row(const QString &label, qint64 executed, qint64 failed)
{
    return label.leftJustified(24) + QString::number(executed).rightJustified(10) + QString::number(failed).rightJustified(10) + u'\n';
}

} // namespace

QString CliReporter::iterationHeader(int iteration, int count)
{
    if (count <= 1)
        return {};
    return u"\n"_s + tr("Iteration %1/%2").arg(iteration + 1).arg(count) + u"\n"_s;
}

QString CliReporter::requestStarted(const QString &path)
{
    return u"\n\u2192 "_s + path + u'\n';
}

QString CliReporter::requestFinished(const RequestRun &run)
{
    QString out = u"  "_s + run.method + u' ' + run.url;
    if (run.skipped)
        out += u"  "_s + tr("[skipped]");
    else if (run.error)
        out += u"  "_s + tr("[error: %1]").arg(run.error->message);
    else
        out += u"  "_s + tr("[%1 %2, %3, %4 ms]").arg(run.status).arg(run.statusText, sizeText(run.responseSize)).arg(run.responseTime);
    out += u'\n';
    for (const ConsoleLine &line : run.console)
        out += u"  \u2502 "_s + line.text + u'\n';
    for (const Assertion &a : run.assertions) {
        if (a.skipped)
            out += u"  - "_s + a.name + u"  "_s + tr("(skipped)") + u'\n';
        else if (a.passed)
            out += u"  \u2713 "_s + a.name + u'\n';
        else if (a.scriptError)
            out += u"  \u2717 "_s + tr("script error in %1: %2").arg(a.name, a.message) + u'\n';
        else
            out += u"  \u2717 "_s + a.name + u"\n      "_s + a.message + u'\n';
    }
    for (const Finding &f : run.findings)
        out += u"  ! "_s + f.title + u'\n';
    return out;
}

QString CliReporter::summary(const RunReport &report)
{
    const RunStats &s = report.stats;
    QString out = u"\n"_s;
    out += QString().leftJustified(24) + tr("executed").rightJustified(10) + tr("failed").rightJustified(10) + u'\n';
    out += row(tr("iterations"), s.iterations, 0);
    out += row(tr("requests"), s.requests, s.failedRequests);
    out += row(tr("test scripts"), s.testScripts, s.failedTestScripts);
    out += row(tr("pre-request scripts"), s.prerequestScripts, s.failedPrerequestScripts);
    out += row(tr("assertions"), s.assertions, s.failedAssertions);
    out += tr("total run duration: %1 ms").arg(report.durationMs) + u'\n';
    out += tr("average response time: %1 ms").arg(s.averageResponseTime()) + u'\n';
    if (report.stoppedByBail)
        out += tr("The run stopped at the first failure (--bail).") + u'\n';
    if (report.cancelled)
        out += tr("The run was cancelled.") + u'\n';

    int number = 0;
    QString failures;
    QString diagnoses;
    for (const RequestRun &run : report.requests) {
        const QString where = tr("at request “%1” (iteration %2)").arg(run.path).arg(run.iteration + 1);
        if (run.error) {
            failures += u"%1. "_s.arg(++number, 3) + tr("request error") + u"  "_s + run.error->message + u"\n      "_s + where + u'\n';
        }
        for (const Assertion &a : run.assertions) {
            if (a.passed)
                continue;
            const QString kind = a.errorName.isEmpty() ? u"AssertionError"_s : a.errorName;
            if (a.scriptError)
                failures += u"%1. "_s.arg(++number, 3) + kind + u"  "_s + tr("in %1").arg(a.name) + u"\n      "_s + a.message + u"\n      "_s + where + u'\n';
            else
                failures += u"%1. "_s.arg(++number, 3) + kind + u"  "_s + a.name + u"\n      "_s + a.message + u"\n      "_s + where + u'\n';
        }
        if (!run.findings.isEmpty()) {
            QString text = findingsAsText(run.findings).trimmed();
            text.replace(u'\n', u"\n      "_s);
            diagnoses += u"  "_s + run.path + u" ("_s + QString::number(run.status) + u")\n      "_s + text + u'\n';
        }
    }
    if (number > 0)
        out += u"\n"_s + tr("Failures: %1").arg(number) + u'\n' + failures;
    if (!diagnoses.isEmpty())
        out += u"\n"_s + tr("APIM diagnosis:") + u'\n' + diagnoses;
    return out;
}

} // namespace gatehouse
