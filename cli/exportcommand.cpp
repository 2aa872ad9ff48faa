// SPDX-License-Identifier: GPL-3.0-or-later
#include "exportcommand.h"

#include "commandline.h"
#include "formats/export/codegen.h"
#include "formats/export/httpfileexport.h"
#include "formats/export/postmanexport.h"
#include "sendcommand.h"
#include "storage/workspacestorage.h"
#include "workspacerequest.h"

#include <QCommandLineParser>
#include <QDir>
#include <QFile>
#include <QSaveFile>

#include <cstdio>

using namespace Qt::StringLiterals;

namespace gatehouse::cli {

namespace {

void writeTo(FILE *to, const QString &text)
{
    const QByteArray bytes = text.toLocal8Bit();
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), to);
}

// Standard output for "" and "-", else FILE written atomically.
int writeOutput(const QString &output, const QByteArray &bytes)
{
    if (output.isEmpty() || output == "-"_L1) {
        std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stdout);
        return ExitOk;
    }
    QSaveFile file(output);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
        writeTo(stderr, ExportCommand::tr("gatehouse-cli export: cannot write %1: %2").arg(QDir::toNativeSeparators(output), file.errorString()) + u"\n"_s);
        return ExitUsage;
    }
    return ExitOk;
}

} // namespace

int ExportCommand::run(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Export a collection of a workspace to another tool's format."));
    parser.addHelpOption();
    const QCommandLineOption formatOpt({u"format"_s, u"to"_s}, tr("The format to write: postman (Postman Collection v2.1), http (a .http file), or code for one --request: curl, httpie, python, fetch, qt."), tr("FORMAT"), u"postman"_s);
    const QCommandLineOption collectionOpt(u"collection"_s, tr("The collection to export (needed when the workspace has several)."), tr("NAME"));
    const QCommandLineOption outputOpt({u"o"_s, u"output"_s}, tr("Write to FILE instead of standard output."), tr("FILE"));
    const QCommandLineOption requestOpt(u"request"_s, tr("Export this one request (Collection/Folder/Request), resolved as it would be sent."), tr("PATH"));
    const QCommandLineOption envOpt(u"env"_s, tr("With --request: resolve variables and the APIM key in this environment."), tr("NAME"));
    const QCommandLineOption envVarOpt(u"env-var"_s, tr("With --request: set a variable (over the environment's value); repeatable."), tr("NAME=VALUE"));
    const QCommandLineOption secretsFileOpt(u"secrets-file"_s, tr("With --request: read secret values from this file instead of the keychain."), tr("FILE"));
    const QCommandLineOption revealOpt(u"reveal-secrets"_s, tr("Write credentials (Authorization, cookies, APIM keys, secret variables) in clear instead of masked."));
    parser.addOptions({formatOpt, collectionOpt, outputOpt, requestOpt, envOpt, envVarOpt, secretsFileOpt, revealOpt});
    parser.addPositionalArgument(u"dir"_s, tr("The workspace folder."), tr("DIR"));

    if (const auto done = parseCommandLine(parser, u"export"_s, arguments))
        return *done;
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 1) {
        writeTo(stderr, tr("Usage: gatehouse-cli export DIR --format postman|http [--collection NAME] [-o FILE]") + u"\n"_s
                    + tr("       gatehouse-cli export DIR --format curl|httpie|python|fetch|qt|http --request PATH [--env NAME] [-o FILE]") + u"\n"_s);
        return ExitUsage;
    }
    const bool postman = parser.value(formatOpt).compare("postman"_L1, Qt::CaseInsensitive) == 0;
    const std::optional<CodeFormat> codeFormat = codeFormatFromName(parser.value(formatOpt));
    if (!postman && !codeFormat) {
        writeTo(stderr, tr("gatehouse-cli export: unknown format '%1'; use postman, http, curl, httpie, python, fetch or qt.").arg(parser.value(formatOpt)) + u"\n"_s);
        return ExitUsage;
    }
    const Secrets secrets = parser.isSet(revealOpt) ? Secrets::Reveal : Secrets::Redact;
    if (codeFormat && (parser.isSet(requestOpt) || *codeFormat != CodeFormat::Http)) {
        if (!parser.isSet(requestOpt)) {
            writeTo(stderr, tr("gatehouse-cli export: --format %1 writes one request; name it with --request Collection/Folder/Request.").arg(codeFormatName(*codeFormat)) + u"\n"_s);
            return ExitUsage;
        }
        WorkspaceRequest::Options options;
        options.workspaceDir = positional.first();
        options.requestPath = parser.value(requestOpt);
        options.environment = parser.value(envOpt);
        options.envVars = parser.values(envVarOpt);
        options.secretsFile = parser.value(secretsFileOpt);
        options.allowUnresolved = true; // code with {{name}} left in it is still useful
        auto stored = WorkspaceRequest::load(options);
        if (!stored) {
            writeTo(stderr, tr("gatehouse-cli export: %1").arg(stored.error().message) + u"\n"_s);
            return ExitUsage;
        }
        for (const QString &warning : std::as_const(stored->warnings))
            writeTo(stderr, tr("gatehouse-cli export: warning: %1").arg(warning) + u"\n"_s);
        HttpRequest request = stored->request;
        CodegenOptions codegen;
        codegen.secrets = secrets;
        if (stored->profile) {
            // The APIM key goes where the engine would put it; custom names are masked too.
            (void)injectSubscriptionKey(request, *stored->profile);
            request.credentialHeaders.append(stored->profile->headerName);
            codegen.secretQueryItems.append(stored->profile->queryName);
        }
        return writeOutput(parser.value(outputOpt), generateCode(request, *codeFormat, codegen).toUtf8());
    }

    WorkspaceStorage storage(positional.first());
    auto loaded = storage.load();
    if (!loaded) {
        writeTo(stderr, tr("gatehouse-cli export: %1").arg(loaded.error().message) + u"\n"_s);
        return ExitUsage;
    }
    for (const StorageProblem &problem : std::as_const(loaded->problems))
        writeTo(stderr, tr("gatehouse-cli export: warning: %1").arg(problem.error.message) + u"\n"_s);
    const QList<Collection> &collections = loaded->workspace.collections;
    QStringList names;
    for (const Collection &c : collections)
        names.append(c.name);
    const Collection *collection = nullptr;
    if (parser.isSet(collectionOpt)) {
        for (const Collection &c : collections) {
            if (c.name == parser.value(collectionOpt) || c.id == parser.value(collectionOpt))
                collection = &c;
        }
        if (!collection) {
            writeTo(stderr, tr("gatehouse-cli export: there is no collection “%1”; the workspace has: %2.").arg(parser.value(collectionOpt), names.join(u", "_s)) + u"\n"_s);
            return ExitUsage;
        }
    } else if (collections.size() == 1) {
        collection = &collections.first();
    } else {
        writeTo(stderr, (collections.isEmpty() ? tr("gatehouse-cli export: the workspace has no collection.")
                                               : tr("gatehouse-cli export: name the collection with --collection; the workspace has: %1.").arg(names.join(u", "_s)))
                    + u"\n"_s);
        return ExitUsage;
    }

    if (!postman) {
        const HttpFileExport exported = exportHttpFile(*collection, secrets);
        for (const ImportIssue &issue : exported.issues)
            writeTo(stderr, tr("gatehouse-cli export: not exported: %1 [%2]: %3").arg(issue.item, issue.field, issue.message) + u"\n"_s);
        return writeOutput(parser.value(outputOpt), exported.text.toUtf8());
    }
    const PostmanExport exported = exportPostmanCollection(*collection);
    for (const ImportIssue &issue : exported.issues)
        writeTo(stderr, tr("gatehouse-cli export: not exported: %1 [%2]: %3").arg(issue.item, issue.field, issue.message) + u"\n"_s);
    return writeOutput(parser.value(outputOpt), exported.json);
}

} // namespace gatehouse::cli
