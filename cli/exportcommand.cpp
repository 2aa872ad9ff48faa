// SPDX-License-Identifier: GPL-3.0-or-later
#include "exportcommand.h"

#include "commandline.h"
#include "formats/export/postmanexport.h"
#include "sendcommand.h"
#include "storage/workspacestorage.h"

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

} // namespace

int ExportCommand::run(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Export a collection of a workspace to another tool's format."));
    parser.addHelpOption();
    const QCommandLineOption formatOpt({u"format"_s, u"to"_s}, tr("The format to write: postman (Postman Collection v2.1)."), tr("FORMAT"), u"postman"_s);
    const QCommandLineOption collectionOpt(u"collection"_s, tr("The collection to export (needed when the workspace has several)."), tr("NAME"));
    const QCommandLineOption outputOpt({u"o"_s, u"output"_s}, tr("Write to FILE instead of standard output."), tr("FILE"));
    parser.addOptions({formatOpt, collectionOpt, outputOpt});
    parser.addPositionalArgument(u"dir"_s, tr("The workspace folder."), tr("DIR"));

    if (const auto done = parseCommandLine(parser, u"export"_s, arguments))
        return *done;
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 1) {
        writeTo(stderr, tr("Usage: gatehouse-cli export DIR --format postman [--collection NAME] [-o FILE]") + u"\n"_s);
        return ExitUsage;
    }
    if (parser.value(formatOpt).compare("postman"_L1, Qt::CaseInsensitive) != 0) {
        writeTo(stderr, tr("gatehouse-cli export: unknown format '%1'; use postman.").arg(parser.value(formatOpt)) + u"\n"_s);
        return ExitUsage;
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

    const PostmanExport exported = exportPostmanCollection(*collection);
    for (const ImportIssue &issue : exported.issues)
        writeTo(stderr, tr("gatehouse-cli export: not exported: %1 [%2]: %3").arg(issue.item, issue.field, issue.message) + u"\n"_s);
    const QString output = parser.value(outputOpt);
    if (output.isEmpty() || output == "-"_L1) {
        std::fwrite(exported.json.constData(), 1, size_t(exported.json.size()), stdout);
        return ExitOk;
    }
    QSaveFile file(output);
    if (!file.open(QIODevice::WriteOnly) || file.write(exported.json) != exported.json.size() || !file.commit()) {
        writeTo(stderr, tr("gatehouse-cli export: cannot write %1: %2").arg(QDir::toNativeSeparators(output), file.errorString()) + u"\n"_s);
        return ExitUsage;
    }
    return ExitOk;
}

} // namespace gatehouse::cli
