// SPDX-License-Identifier: GPL-3.0-or-later
#include "explaincommand.h"

#include "commandline.h"
#include "managementoptions.h"
#include "apim/diagnosis.h"
#include "apim/findingformat.h"
#include "http/exchangejson.h"
#include "sendcommand.h"

#include <QCommandLineParser>
#include <QDateTime>
#include <QFile>
#include <QJsonDocument>

#include <cstdio>

using namespace Qt::StringLiterals;

namespace gatehouse::cli {

namespace {

void print(FILE *to, const QString &text)
{
    const QByteArray bytes = text.toLocal8Bit();
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), to);
}

} // namespace

int ExplainCommand::run(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Explain an APIM error from an exchange saved with 'gatehouse-cli send --json'."));
    parser.addHelpOption();
    const QCommandLineOption jsonOpt(u"json"_s, tr("Print the findings as JSON."));
    parser.addOption(jsonOpt);
    const ManagementOptions managementOpts;
    managementOpts.addTo(parser);
    parser.addPositionalArgument(u"file"_s, tr("The saved exchange ('-' or nothing: standard input)."), tr("[FILE]"));
    if (const auto done = parseCommandLine(parser, u"explain"_s, arguments))
        return *done;
    const QString path = parser.positionalArguments().value(0, u"-"_s);
    QFile file;
    const bool opened = path == u"-"_s ? file.open(stdin, QIODevice::ReadOnly) : (file.setFileName(path), file.open(QIODevice::ReadOnly));
    if (!opened) {
        print(stderr, tr("gatehouse-cli explain: cannot read '%1': %2").arg(path, file.errorString()) + u"\n"_s);
        return ExitUsage;
    }
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject()) {
        print(stderr, tr("gatehouse-cli explain: '%1' is not JSON (%2 at offset %3).").arg(path, error.errorString()).arg(error.offset) + u"\n"_s);
        return ExitUsage;
    }
    const auto exchange = exchangeFromJson(doc.object());
    if (!exchange) {
        print(stderr, tr("gatehouse-cli explain: %1").arg(exchange.error().message) + u"\n"_s);
        return ExitUsage;
    }
    const auto connection = managementOpts.read(parser, std::nullopt);
    if (!connection) {
        print(stderr, tr("gatehouse-cli explain: %1").arg(connection.error().message) + u"\n"_s);
        return ExitUsage;
    }
    QList<Finding> findings = diagnose({*exchange, std::nullopt, std::nullopt, QDateTime::currentDateTimeUtc()});
    // A saved exchange has its key masked (unless saved with --show-secrets): the key's
    // subscription is then not matched, the API's configuration still is.
    if (!findings.isEmpty() && *connection) {
        if (const auto snapshot = ManagementOptions::snapshotFor(**connection, *exchange, std::nullopt, u"explain"_s))
            findings = diagnose({*exchange, std::nullopt, std::nullopt, QDateTime::currentDateTimeUtc()}, snapshot);
    }
    if (parser.isSet(jsonOpt))
        print(stdout, QString::fromUtf8(QJsonDocument(findingsToJson(findings)).toJson(QJsonDocument::Indented)));
    else if (findings.isEmpty())
        print(stdout, tr("No APIM problem recognised in this exchange.") + u"\n"_s);
    else
        print(stdout, findingsAsText(findings));
    return ExitOk;
}

} // namespace gatehouse::cli
