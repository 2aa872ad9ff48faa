// SPDX-License-Identifier: GPL-3.0-or-later
#include "importcommand.h"

#include "managementoptions.h"

#include "commandline.h"
#include "formats/import/importer.h"
#include "sendcommand.h"
#include "storage/workspacestorage.h"
#include "workspacerequest.h"

#include <QCommandLineParser>
#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <cstdio>

using namespace Qt::StringLiterals;

namespace gatehouse::cli {

namespace {

void writeTo(FILE *to, const QString &text)
{
    const QByteArray bytes = text.toLocal8Bit();
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), to);
}

void count(const Folder &folder, int &folders, int &requests)
{
    requests += int(folder.requests.size());
    for (const Folder &child : folder.folders) {
        ++folders;
        count(child, folders, requests);
    }
}

bool hasSecretValues(const VariableList &variables)
{
    return std::any_of(variables.cbegin(), variables.cend(), [](const Variable &v) { return v.secret && !v.value.isEmpty(); });
}

bool hasSecretValues(const Folder &folder)
{
    if (hasSecretValues(folder.variables))
        return true;
    return std::any_of(folder.folders.cbegin(), folder.folders.cend(), [](const Folder &f) { return hasSecretValues(f); });
}

bool hasSecretValues(const ImportResult &result)
{
    if (hasSecretValues(result.globals))
        return true;
    for (const Environment &environment : result.environments) {
        if (hasSecretValues(environment.variables))
            return true;
    }
    return std::any_of(result.collections.cbegin(), result.collections.cend(), [](const Collection &c) { return hasSecretValues(c); });
}

} // namespace

int ImportCommand::run(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Import a collection, environment or request into a workspace."));
    parser.addHelpOption();
    const QCommandLineOption intoOpt(u"into"_s, tr("The workspace folder to import into (created when it does not exist)."), tr("DIR"));
    const QCommandLineOption formatOpt({u"format"_s, u"from"_s}, tr("The format of FILE: %1 (default auto: detected).").arg(importFormatNames().join(u", "_s)),
                                       tr("FORMAT"), u"auto"_s);
    const QCommandLineOption secretsFileOpt(u"secrets-file"_s, tr("Keep imported secret values in this file instead of the keychain."), tr("FILE"));
    parser.addOptions({intoOpt, formatOpt, secretsFileOpt});
    const QCommandLineOption fromApimOpt(u"from-apim"_s, tr("Import an API from an APIM service through its management API (with --api and the management options)."));
    const QCommandLineOption apiOpt(u"api"_s, tr("With --from-apim: the API to import (its name in the service)."), tr("ID"));
    const QCommandLineOption keySubscriptionOpt(u"key-subscription"_s, tr("With --from-apim: fill in the key of this subscription (default: one that opens the API)."), tr("SID"));
    const QCommandLineOption envNameOpt(u"env-name"_s, tr("With --from-apim: the name of the environment (default: the service name)."), tr("NAME"));
    parser.addOptions({fromApimOpt, apiOpt, keySubscriptionOpt, envNameOpt});
    const ManagementOptions managementOpts;
    managementOpts.addTo(parser);
    parser.addPositionalArgument(u"file"_s, tr("The file to import ('-' for standard input)."), tr("FILE"));

    if (const auto done = parseCommandLine(parser, u"import"_s, arguments))
        return *done;
    const QStringList positional = parser.positionalArguments();
    const bool fromApim = parser.isSet(fromApimOpt);
    if (positional.size() != (fromApim ? 0 : 1) || !parser.isSet(intoOpt) || (fromApim && !parser.isSet(apiOpt))) {
        if (fromApim)
            writeTo(stderr, tr("Usage: gatehouse-cli import --from-apim --api ID --subscription-id ID --resource-group RG --service NAME --into DIR") + u"\n"_s);
        else
        writeTo(stderr, tr("Usage: gatehouse-cli import FILE --into DIR [--format %1]").arg(importFormatNames().join(u'|')) + u"\n"_s);
        return ExitUsage;
    }
    const auto format = importFormatFromName(parser.value(formatOpt));
    if (!format) {
        writeTo(stderr, tr("gatehouse-cli import: unknown format '%1'; use one of: %2.").arg(parser.value(formatOpt), importFormatNames().join(u", "_s)) + u"\n"_s);
        return ExitUsage;
    }

    std::optional<Expected<ImportResult>> fromService;
    if (fromApim) {
        const auto connection = managementOpts.read(parser, std::nullopt);
        if (!connection || !*connection) {
            writeTo(stderr, tr("gatehouse-cli import: %1").arg(connection ? tr("--from-apim needs --subscription-id, --resource-group and --service.") : connection.error().message) + u"\n"_s);
            return ExitUsage;
        }
        ApimImportOptions options;
        options.apiId = parser.value(apiOpt);
        options.subscriptionId = parser.value(keySubscriptionOpt);
        options.environmentName = parser.value(envNameOpt);
        options.tokenSource = (*connection)->tokenSource;
        fromService = ManagementOptions::importFromService(**connection, options);
    }
    const QString fileName = fromApim ? u"apim:%1/%2"_s.arg(parser.value(u"service"_s), parser.value(apiOpt)) : positional.first();
    QFile file;
    const bool opened = fromApim || (fileName == "-"_L1 ? file.open(stdin, QIODevice::ReadOnly) : (file.setFileName(fileName), file.open(QIODevice::ReadOnly)));
    if (!opened) {
        writeTo(stderr, tr("gatehouse-cli import: cannot read '%1': %2").arg(fileName, file.errorString()) + u"\n"_s);
        return ExitUsage;
    }
    const QByteArray data = fromApim ? QByteArray() : file.readAll();

    // Everything is read and checked in memory first: a failed import writes nothing.
    auto imported = fromService ? std::move(*fromService) : importData(data, *format, fileName == "-"_L1 ? QString() : QFileInfo(fileName).fileName(),
                                                                                  fileName == "-"_L1 ? QString() : QFileInfo(fileName).absolutePath());
    if (!imported) {
        writeTo(stderr, tr("gatehouse-cli import: %1: %2").arg(fileName, imported.error().message) + u"\n"_s);
        return ExitUsage;
    }

    const QString dir = parser.value(intoOpt);
    std::unique_ptr<SecretStore> secrets;
    if (hasSecretValues(*imported))
        secrets = openSecretStore(parser.value(secretsFileOpt));
    WorkspaceStorage storage(dir, secrets.get());
    Workspace workspace;
    if (WorkspaceStorage::isWorkspace(dir)) {
        auto loaded = storage.load();
        if (!loaded) {
            writeTo(stderr, tr("gatehouse-cli import: %1").arg(loaded.error().message) + u"\n"_s);
            return ExitUsage;
        }
        for (const StorageProblem &problem : std::as_const(loaded->problems))
            writeTo(stderr, tr("gatehouse-cli import: warning: %1").arg(problem.error.message) + u"\n"_s);
        workspace = std::move(loaded->workspace);
    } else {
        const QDir target(dir);
        if (target.exists() && !target.isEmpty(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden)) {
            writeTo(stderr, tr("gatehouse-cli import: %1 is neither a workspace nor empty; nothing was written.").arg(QDir::toNativeSeparators(dir)) + u"\n"_s);
            return ExitUsage;
        }
        workspace.name = QFileInfo(QDir::cleanPath(QDir(dir).absolutePath())).fileName();
    }

    const ImportResult report = *imported;
    mergeImport(workspace, std::move(*imported));
    if (auto saved = storage.save(workspace); !saved) {
        writeTo(stderr, tr("gatehouse-cli import: %1").arg(saved.error().message) + u"\n"_s);
        return ExitUsage;
    }

    QString out = tr("Imported %1 (%2) into %3").arg(fileName, importFormatName(report.format), QDir::toNativeSeparators(storage.rootPath())) + u"\n"_s;
    for (const Collection &collection : report.collections) {
        int folders = 0;
        int requests = 0;
        count(collection, folders, requests);
        out += tr("  collection “%1”: requests: %2, folders: %3").arg(collection.name).arg(requests).arg(folders) + u"\n"_s;
    }
    for (const Environment &environment : report.environments)
        out += tr("  environment “%1”: variables: %2").arg(environment.name).arg(environment.variables.size()) + u"\n"_s;
    if (!report.globals.isEmpty())
        out += tr("  globals: variables: %1").arg(report.globals.size()) + u"\n"_s;
    if (report.issues.isEmpty()) {
        out += tr("Everything was carried over.") + u"\n"_s;
    } else {
        out += tr("Not carried over (%1):").arg(report.issues.size()) + u"\n"_s;
        for (const ImportIssue &issue : report.issues)
            out += tr("  %1 [%2]: %3").arg(issue.item, issue.field, issue.message) + u"\n"_s;
    }
    writeTo(stdout, out);
    return ExitOk;
}

} // namespace gatehouse::cli
