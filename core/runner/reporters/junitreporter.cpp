// SPDX-License-Identifier: GPL-3.0-or-later
#include "junitreporter.h"

#include "apim/findingformat.h"

#include <QXmlStreamWriter>

using namespace Qt::StringLiterals;

namespace gatehouse {

namespace {

QString seconds(qint64 ms)
{
    return QString::number(double(qMax<qint64>(0, ms)) / 1000.0, 'f', 3);
}

} // namespace

QString JunitReporter::className(const QString &name)
{
    // lodash's camelCase with the first letter up: words split at non-alphanumerics and at
    // lower-to-upper changes, each word capitalised, the rest lower case ("GET" -> "Get").
    QString out;
    bool wordStart = true;
    QChar previous;
    for (const QChar c : name) {
        if (!c.isLetterOrNumber()) {
            wordStart = true;
            previous = QChar();
            continue;
        }
        if (previous.isLower() && c.isUpper())
            wordStart = true;
        out += wordStart ? c.toUpper() : c.toLower();
        wordStart = false;
        previous = c;
    }
    return out;
}

QByteArray JunitReporter::report(const RunReport &report)
{
    int tests = 0;
    int failures = 0;
    int errors = 0;
    for (const RequestRun &run : report.requests) {
        for (const Assertion &a : run.assertions) {
            ++tests;
            if (!a.passed)
                (a.scriptError ? errors : failures) += 1;
        }
        if (run.error) {
            ++tests;
            ++errors;
        }
    }

    QByteArray out;
    QXmlStreamWriter xml(&out);
    xml.setAutoFormatting(true);
    xml.setAutoFormattingIndent(2);
    xml.writeStartDocument();
    xml.writeStartElement(u"testsuites"_s);
    xml.writeAttribute(u"name"_s, report.collectionName);
    xml.writeAttribute(u"tests"_s, QString::number(tests));
    xml.writeAttribute(u"failures"_s, QString::number(failures));
    xml.writeAttribute(u"errors"_s, QString::number(errors));
    xml.writeAttribute(u"time"_s, seconds(report.durationMs));

    const bool severalIterations = report.stats.iterations > 1;
    for (const RequestRun &run : report.requests) {
        int suiteFailures = 0;
        int suiteErrors = 0;
        for (const Assertion &a : run.assertions) {
            if (!a.passed)
                (a.scriptError ? suiteErrors : suiteFailures) += 1;
        }
        if (run.error)
            ++suiteErrors;
        const QString classname = className(run.name);
        const QString time = seconds(run.responseTime);
        QString findings;
        if (!run.findings.isEmpty())
            findings = u"\n\n"_s + findingsAsText(run.findings);

        xml.writeStartElement(u"testsuite"_s);
        xml.writeAttribute(u"name"_s, severalIterations ? tr("%1 (iteration %2)").arg(run.path).arg(run.iteration + 1) : run.path);
        xml.writeAttribute(u"id"_s, run.requestId);
        xml.writeAttribute(u"timestamp"_s, report.started.toString(Qt::ISODate));
        xml.writeAttribute(u"tests"_s, QString::number(run.assertions.size() + (run.error ? 1 : 0)));
        xml.writeAttribute(u"failures"_s, QString::number(suiteFailures));
        xml.writeAttribute(u"errors"_s, QString::number(suiteErrors));
        xml.writeAttribute(u"skipped"_s, QString::number(std::count_if(run.assertions.cbegin(), run.assertions.cend(), [](const Assertion &a) { return a.skipped; })));
        xml.writeAttribute(u"time"_s, time);
        if (run.error) {
            xml.writeStartElement(u"testcase"_s);
            xml.writeAttribute(u"name"_s, tr("request"));
            xml.writeAttribute(u"classname"_s, classname);
            xml.writeAttribute(u"time"_s, time);
            xml.writeStartElement(u"error"_s);
            xml.writeAttribute(u"type"_s, errorCodeName(run.error->code));
            xml.writeAttribute(u"message"_s, run.error->message);
            xml.writeCharacters(run.method + u' ' + run.url + u'\n' + run.error->message);
            xml.writeEndElement();
            xml.writeEndElement();
        }
        for (const Assertion &a : run.assertions) {
            xml.writeStartElement(u"testcase"_s);
            xml.writeAttribute(u"name"_s, a.name);
            xml.writeAttribute(u"classname"_s, classname);
            xml.writeAttribute(u"time"_s, time);
            if (a.skipped) {
                xml.writeEmptyElement(u"skipped"_s);
            } else if (!a.passed) {
                xml.writeStartElement(a.scriptError ? u"error"_s : u"failure"_s);
                xml.writeAttribute(u"type"_s, a.scriptError ? (a.errorName.isEmpty() ? u"Error"_s : a.errorName) : u"AssertionFailure"_s);
                xml.writeAttribute(u"message"_s, a.message);
                xml.writeCharacters(a.message + u"\n"_s + run.method + u' ' + run.url + u" -> "_s + QString::number(run.status) + findings);
                xml.writeEndElement();
            }
            xml.writeEndElement();
        }
        if (!run.console.isEmpty()) {
            QString text;
            for (const ConsoleLine &line : run.console)
                text += line.text + u'\n';
            xml.writeTextElement(u"system-out"_s, text);
        }
        xml.writeEndElement();
    }
    xml.writeEndElement();
    xml.writeEndDocument();
    return out;
}

} // namespace gatehouse
