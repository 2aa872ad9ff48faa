// SPDX-License-Identifier: GPL-3.0-or-later
#include "runcommand.h"

#include "commandline.h"
#include "formats/import/postman.h"
#include "http/cookiejar.h"
#include "http/httpclient.h"
#include "model/requestresolver.h"
#include "runner/collectionrunner.h"
#include "runner/iterationdata.h"
#include "runner/reporters/clireporter.h"
#include "runner/reporters/jsonreporter.h"
#include "runner/reporters/junitreporter.h"
#include "storage/atomicfile.h"
#include "storage/workspacestorage.h"
#include "workspacerequest.h"

#include <QCommandLineParser>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>

#include <cstdio>

using namespace Qt::StringLiterals;

namespace gatehouse::cli {

namespace {

enum { ExitPassed = 0, ExitFailed = 1, ExitBadInput = 2 };

void writeOut(const QString &text)
{
    const QByteArray bytes = text.toLocal8Bit();
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stdout);
    std::fflush(stdout);
}

void writeErr(const QString &text)
{
    const QByteArray bytes = text.toLocal8Bit();
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stderr);
}

Expected<QByteArray> readFile(const QString &path)
{
    QFile file(path);
    if (!file.exists())
        return std::unexpected(Error{Error::Code::FileNotFound, RunCommand::tr("The file %1 does not exist.").arg(path)});
    if (!file.open(QIODevice::ReadOnly))
        return std::unexpected(Error{Error::Code::FileUnreadable, RunCommand::tr("Cannot read %1: %2").arg(path, file.errorString())});
    return file.readAll();
}

void setVariable(VariableList &list, const QString &name, const QString &value)
{
    for (Variable &v : list) {
        if (v.name == name) {
            v.value = value;
            v.enabled = true;
            return;
        }
    }
    list.append(Variable{name, value});
}

// Prints the message (already translated) and gives the exit code for bad input.
int usageError(const QString &message)
{
    writeErr(RunCommand::tr("gatehouse-cli run: %1").arg(message) + u"\n"_s);
    return ExitBadInput;
}

QByteArray postmanEnvironmentJson(const Environment &environment, const QString &scope)
{
    QJsonArray values;
    for (const Variable &v : environment.variables)
        values.append(QJsonObject{{u"key"_s, v.name}, {u"value"_s, v.value}, {u"type"_s, v.secret ? u"secret"_s : u"default"_s}, {u"enabled"_s, v.enabled}});
    const QJsonObject o{{u"id"_s, environment.id},
                        {u"name"_s, environment.name},
                        {u"values"_s, values},
                        {u"_postman_variable_scope"_s, scope}};
    return QJsonDocument(o).toJson(QJsonDocument::Indented);
}

} // namespace

int RunCommand::run(QCoreApplication &app, const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Run a collection's requests and test scripts, like newman."));
    parser.addHelpOption();
    const QCommandLineOption collectionOpt(u"collection"_s, tr("The collection to run (a workspace with several needs it)."), tr("NAME"));
    const QCommandLineOption folderOpt(u"folder"_s, tr("Run only this folder (a name or a path like 'Users/Admin'); repeatable."), tr("PATH"));
    const QCommandLineOption envOpt(u"env"_s, tr("Use the workspace environment with this name."), tr("NAME"));
    const QCommandLineOption envFileOpt({u"e"_s, u"environment"_s}, tr("Use the environment in this Postman environment file."), tr("FILE"));
    const QCommandLineOption envVarOpt(u"env-var"_s, tr("Set an environment variable for this run; repeatable."), tr("NAME=VALUE"));
    const QCommandLineOption globalsOpt({u"g"_s, u"globals"_s}, tr("Read global variables from this Postman globals file."), tr("FILE"));
    const QCommandLineOption iterationsOpt({u"n"_s, u"iteration-count"_s}, tr("Run the collection this many times."), tr("N"));
    const QCommandLineOption dataOpt({u"d"_s, u"iteration-data"_s}, tr("Iteration data: a CSV or JSON file, one row per iteration."), tr("FILE"));
    const QCommandLineOption bailOpt(u"bail"_s, tr("Stop at the first failed request or assertion."));
    const QCommandLineOption delayOpt(u"delay-request"_s, tr("Wait this long between requests."), tr("MS"));
    const QCommandLineOption timeoutOpt(u"timeout-request"_s, tr("Give up on a request after this long."), tr("MS"));
    const QCommandLineOption scriptTimeoutOpt(u"timeout-script"_s, tr("Stop a script that runs longer than this (default 5000)."), tr("MS"));
    const QCommandLineOption insecureOpt({u"k"_s, u"insecure"_s}, tr("Do not verify TLS certificates (for testing only)."));
    const QCommandLineOption reportersOpt({u"r"_s, u"reporters"_s}, tr("Comma-separated reporters: cli, junit, json (default cli)."), tr("LIST"));
    const QCommandLineOption junitOpt(u"reporter-junit-export"_s, tr("Write the JUnit XML report to this file."), tr("FILE"));
    const QCommandLineOption jsonOpt(u"reporter-json-export"_s, tr("Write the JSON report to this file."), tr("FILE"));
    const QCommandLineOption exportEnvOpt(u"export-environment"_s, tr("Write the environment as the scripts left it to this file."), tr("FILE"));
    const QCommandLineOption exportGlobalsOpt(u"export-globals"_s, tr("Write the globals as the scripts left them to this file."), tr("FILE"));
    const QCommandLineOption rewriteOpt(u"rewrite-host"_s, tr("Send requests for HOST to TARGET instead (HOST=TARGET, TARGET like 127.0.0.1:8080 or https://staging), redirects "
                                           "included; scripts and reports keep the URL as written, and an IP address as TARGET keeps "
                                           "the original Host header; repeatable."),
                                        tr("HOST=TARGET"));
    const QCommandLineOption cookieJarOpt(u"cookie-jar"_s,
                                          tr("Start with the cookies stored in FILE and store there the ones the run ends with (created when missing)."),
                                          tr("FILE"));
    const QCommandLineOption noCookiesOpt(u"no-cookies"_s, tr("Neither send nor keep cookies (by default a run keeps them in memory, like newman)."));
    const QCommandLineOption secretsFileOpt(u"secrets-file"_s, tr("For a workspace: read secret values from this file instead of the keychain."),
                                            tr("FILE"));
    parser.addOptions({collectionOpt, folderOpt, envOpt, envFileOpt, envVarOpt, globalsOpt, iterationsOpt, dataOpt, bailOpt, delayOpt, timeoutOpt,
                       scriptTimeoutOpt, insecureOpt, reportersOpt, junitOpt, jsonOpt, exportEnvOpt, exportGlobalsOpt, rewriteOpt, cookieJarOpt,
                       noCookiesOpt, secretsFileOpt});
    parser.addPositionalArgument(u"source"_s, tr("A workspace folder or a Postman collection file."), tr("WORKSPACE_OR_COLLECTION"));

    if (const auto done = parseCommandLine(parser, u"run"_s, arguments))
        return *done;
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 1)
        return usageError(tr("expected one workspace folder or collection file, got %1.").arg(positional.size()));

    const auto number = [&](const QCommandLineOption &option, int fallback, bool *ok) {
        if (!parser.isSet(option))
            return fallback;
        const int value = parser.value(option).toInt(ok);
        if (*ok && value < 0)
            *ok = false;
        return value;
    };

    if (parser.isSet(cookieJarOpt) && parser.isSet(noCookiesOpt))
        return usageError(tr("use either --cookie-jar or --no-cookies, not both."));

    RunOptions options;
    const QString source = positional.first();
    const QFileInfo sourceInfo(source);
    VariableList workspaceGlobals;
    QList<Environment> environments;
    // Secret values (environment secrets, cached OAuth 2.0 tokens) of a workspace, as for send.
    std::unique_ptr<SecretStore> secretStore;
    if (sourceInfo.isDir()) {
        if (!WorkspaceStorage::isWorkspace(source))
            return usageError(tr("%1 is not a Gatehouse workspace.").arg(source));
        secretStore = openSecretStore(parser.value(secretsFileOpt));
        WorkspaceStorage storage(sourceInfo.absoluteFilePath(), secretStore.get());
        auto loaded = storage.load();
        if (!loaded)
            return usageError(loaded.error().message);
        for (const StorageProblem &problem : std::as_const(loaded->problems))
            writeErr(tr("warning: %1").arg(problem.error.message) + u"\n"_s);
        const Workspace &workspace = loaded->workspace;
        const Collection *chosen = nullptr;
        if (parser.isSet(collectionOpt)) {
            for (const Collection &c : workspace.collections) {
                if (c.name == parser.value(collectionOpt) || c.id == parser.value(collectionOpt))
                    chosen = &c;
            }
            if (!chosen)
                return usageError(tr("the workspace has no collection “%1”.").arg(parser.value(collectionOpt)));
        } else if (workspace.collections.size() == 1) {
            chosen = &workspace.collections.first();
        } else {
            QStringList names;
            for (const Collection &c : workspace.collections)
                names.append(c.name);
            return usageError(tr("the workspace has %1 collections; choose one with --collection: %2").arg(workspace.collections.size()).arg(names.join(u", "_s)));
        }
        options.collection = *chosen;
        workspaceGlobals = workspace.globals;
        environments = workspace.environments;
        options.baseDirectory = sourceInfo.absoluteFilePath();
        if (parser.isSet(envOpt)) {
            const Environment *environment = findEnvironment(workspace, parser.value(envOpt));
            if (!environment)
                return usageError(tr("the workspace has no environment “%1”.").arg(parser.value(envOpt)));
            options.environment = *environment;
            // The environment's APIM subscription key goes to its gateway hosts, as for send.
            ResolveContext context;
            context.collection = chosen;
            context.environment = environment;
            context.globals = workspace.globals;
            if (auto apim = resolveApimProfile(context)) {
                for (const ResolveProblem &problem : std::as_const(apim->problems))
                    writeErr(tr("warning: %1").arg(problem.message) + u"\n"_s);
                options.apimProfile = apim->profile;
            }
        }
    } else {
        auto bytes = readFile(source);
        if (!bytes)
            return usageError(bytes.error().message);
        auto imported = importPostmanCollection(*bytes);
        if (!imported)
            return usageError(tr("%1: %2").arg(source, imported.error().message));
        for (const ImportIssue &issue : std::as_const(imported->issues))
            writeErr(tr("warning: %1: %2").arg(issue.item, issue.message) + u"\n"_s);
        options.collection = imported->collection;
        options.baseDirectory = sourceInfo.absolutePath();
        if (parser.isSet(envOpt))
            return usageError(tr("--env names a workspace environment; for a collection file use -e FILE."));
        if (parser.isSet(collectionOpt) && parser.value(collectionOpt) != options.collection.name)
            return usageError(tr("the file holds the collection “%1”, not “%2”.").arg(options.collection.name, parser.value(collectionOpt)));
    }
    options.globals = workspaceGlobals;

    if (parser.isSet(envFileOpt)) {
        auto bytes = readFile(parser.value(envFileOpt));
        if (!bytes)
            return usageError(bytes.error().message);
        auto imported = importPostmanEnvironment(*bytes);
        if (!imported)
            return usageError(tr("%1: %2").arg(parser.value(envFileOpt), imported.error().message));
        options.environment = imported->environment;
    }
    if (parser.isSet(globalsOpt)) {
        auto bytes = readFile(parser.value(globalsOpt));
        if (!bytes)
            return usageError(bytes.error().message);
        auto imported = importPostmanEnvironment(*bytes);
        if (!imported)
            return usageError(tr("%1: %2").arg(parser.value(globalsOpt), imported.error().message));
        for (const Variable &v : std::as_const(imported->environment.variables))
            setVariable(options.globals, v.name, v.value);
    }
    for (const QString &assignment : parser.values(envVarOpt)) {
        const qsizetype eq = assignment.indexOf(u'=');
        if (eq <= 0)
            return usageError(tr("--env-var needs NAME=VALUE, not “%1”.").arg(assignment));
        if (!options.environment)
            options.environment = Environment{};
        setVariable(options.environment->variables, assignment.left(eq), assignment.sliced(eq + 1));
    }
    for (const QString &rewrite : parser.values(rewriteOpt)) {
        const qsizetype eq = rewrite.indexOf(u'=');
        if (eq <= 0 || eq == rewrite.size() - 1)
            return usageError(tr("--rewrite-host needs HOST=TARGET, not “%1”.").arg(rewrite));
        options.hostRewrites.append({rewrite.left(eq), rewrite.sliced(eq + 1)});
    }
    if (parser.isSet(dataOpt)) {
        auto rows = IterationData::load(parser.value(dataOpt));
        if (!rows)
            return usageError(rows.error().message);
        options.data = *rows;
    }
    bool ok = true;
    options.iterations = number(iterationsOpt, 0, &ok);
    if (!ok)
        return usageError(tr("-n needs a positive number, not “%1”.").arg(parser.value(iterationsOpt)));
    options.delay = std::chrono::milliseconds(number(delayOpt, 0, &ok));
    if (!ok)
        return usageError(tr("--delay-request needs milliseconds, not “%1”.").arg(parser.value(delayOpt)));
    options.requestTimeout = std::chrono::milliseconds(number(timeoutOpt, 0, &ok));
    if (!ok)
        return usageError(tr("--timeout-request needs milliseconds, not “%1”.").arg(parser.value(timeoutOpt)));
    options.scriptTimeout = std::chrono::milliseconds(number(scriptTimeoutOpt, 5000, &ok));
    if (!ok)
        return usageError(tr("--timeout-script needs milliseconds, not “%1”.").arg(parser.value(scriptTimeoutOpt)));
    options.folders = parser.values(folderOpt);
    options.bail = parser.isSet(bailOpt);
    options.insecure = parser.isSet(insecureOpt);

    QStringList reporters = parser.isSet(reportersOpt) ? parser.value(reportersOpt).split(u',', Qt::SkipEmptyParts) : QStringList{u"cli"_s};
    for (QString &r : reporters)
        r = r.trimmed().toLower();
    for (const QString &r : std::as_const(reporters)) {
        if (r != u"cli"_s && r != u"junit"_s && r != u"json"_s)
            return usageError(tr("unknown reporter “%1” (known: cli, junit, json).").arg(r));
    }
    if (parser.isSet(junitOpt) && !reporters.contains(u"junit"_s))
        reporters.append(u"junit"_s);
    if (parser.isSet(jsonOpt) && !reporters.contains(u"json"_s))
        reporters.append(u"json"_s);
    const bool cli = reporters.contains(u"cli"_s);
    const QString junitPath = parser.isSet(junitOpt) ? parser.value(junitOpt) : u"gatehouse-run-report.xml"_s;
    const QString jsonPath = parser.isSet(jsonOpt) ? parser.value(jsonOpt) : u"gatehouse-run-report.json"_s;

    // Cookies: in memory for the run (newman's behaviour), or kept in --cookie-jar FILE.
    CookieJar cookieJar;
    if (parser.isSet(cookieJarOpt)) {
        if (auto loaded = cookieJar.load(parser.value(cookieJarOpt)); !loaded)
            return usageError(loaded.error().message);
    }

    HttpClient client;
    if (!parser.isSet(noCookiesOpt))
        client.setCookieJar(&cookieJar);
    client.setSecretStore(secretStore.get());
    CollectionRunner runner(&client);
    if (cli) {
        writeOut(options.collection.name + u"\n"_s);
        QObject::connect(&runner, &CollectionRunner::iterationStarted, &runner,
                         [](int iteration, int count) { writeOut(CliReporter::iterationHeader(iteration, count)); });
        QObject::connect(&runner, &CollectionRunner::requestFinished, &runner,
                         [](const RequestRun &run) { writeOut(CliReporter::requestStarted(run.path) + CliReporter::requestFinished(run)); });
    }
    int exitCode = ExitFailed;
    QObject::connect(&runner, &CollectionRunner::finished, &app, [&](const RunReport &report) {
        exitCode = report.passed() ? ExitPassed : ExitFailed;
        if (cli)
            writeOut(CliReporter::summary(report));
        if (reporters.contains(u"junit"_s)) {
            if (auto written = writeFileAtomically(junitPath, JunitReporter::report(report)); !written) {
                writeErr(written.error().message + u"\n"_s);
                exitCode = ExitFailed;
            }
        }
        if (reporters.contains(u"json"_s)) {
            if (auto written = writeFileAtomically(jsonPath, QJsonDocument(JsonReporter::report(report)).toJson(QJsonDocument::Indented)); !written) {
                writeErr(written.error().message + u"\n"_s);
                exitCode = ExitFailed;
            }
        }
        if (parser.isSet(exportEnvOpt)) {
            Environment environment = runner.environment().value_or(Environment{});
            if (environment.name.isEmpty())
                environment.name = tr("Environment");
            if (auto written = writeFileAtomically(parser.value(exportEnvOpt), postmanEnvironmentJson(environment, u"environment"_s)); !written) {
                writeErr(written.error().message + u"\n"_s);
                exitCode = ExitFailed;
            }
        }
        if (parser.isSet(exportGlobalsOpt)) {
            Environment globals;
            globals.name = tr("Globals");
            globals.variables = runner.globals();
            if (auto written = writeFileAtomically(parser.value(exportGlobalsOpt), postmanEnvironmentJson(globals, u"globals"_s)); !written) {
                writeErr(written.error().message + u"\n"_s);
                exitCode = ExitFailed;
            }
        }
        if (parser.isSet(cookieJarOpt)) {
            if (auto saved = cookieJar.save(); !saved) {
                writeErr(saved.error().message + u"\n"_s);
                exitCode = ExitFailed;
            }
        }
        QCoreApplication::exit(exitCode);
    });
    if (auto started = runner.start(std::move(options)); !started)
        return usageError(started.error().message);
    app.exec();
    return exitCode;
}

} // namespace gatehouse::cli
