// SPDX-License-Identifier: GPL-3.0-or-later
#include "workspacerequest.h"

#include "model/requestresolver.h"
#include "model/workspace.h"
#include "storage/filesecretstore.h"
#include "storage/keychainsecretstore.h"
#include "storage/workspacestorage.h"

#include <QDir>
#include <QEventLoop>
#include <QTimer>

#include <memory>

using namespace Qt::StringLiterals;

namespace gatehouse::cli {

std::unique_ptr<SecretStore> openSecretStore(const QString &secretsFile)
{
    if (!secretsFile.isEmpty())
        return std::make_unique<FileSecretStore>(secretsFile);
    const QString fromEnvironment = qEnvironmentVariable("GATEHOUSE_SECRETS_FILE");
    if (!fromEnvironment.isEmpty())
        return std::make_unique<FileSecretStore>(fromEnvironment);
    auto keychain = std::make_unique<KeychainSecretStore>();
    QEventLoop loop;
    QTimer timeout;
    timeout.setSingleShot(true);
    QObject::connect(keychain.get(), &KeychainSecretStore::opened, &loop, &QEventLoop::quit);
    QObject::connect(keychain.get(), &KeychainSecretStore::openFailed, &loop, &QEventLoop::quit);
    QObject::connect(&timeout, &QTimer::timeout, &loop, &QEventLoop::quit);
    timeout.start(5000);
    keychain->open();
    if (!keychain->isOpen())
        loop.exec();
    if (keychain->isOpen())
        return keychain;
    return std::make_unique<FileSecretStore>();
}

namespace {

void setVariable(VariableList &variables, const QString &name, const QString &value)
{
    for (Variable &variable : variables) {
        if (variable.name == name) {
            variable.value = value;
            variable.enabled = true;
            return;
        }
    }
    variables.append({name, value, true, false});
}

// A secret without a value here must not resolve to an empty string: disabled, it is reported.
void disableMissing(VariableList &variables, const QString &name)
{
    for (Variable &variable : variables) {
        if (variable.secret && variable.name == name && variable.value.isEmpty())
            variable.enabled = false;
    }
}

void disableMissing(Folder &folder, const QString &scopeId, const QString &name)
{
    if (folder.id == scopeId)
        disableMissing(folder.variables, name);
    for (Folder &child : folder.folders)
        disableMissing(child, scopeId, name);
}

} // namespace

Expected<WorkspaceRequest> WorkspaceRequest::load(const Options &options)
{
    WorkspaceRequest out;

    // NAME=VALUE pairs first: a typo there is a usage error, whatever the workspace holds.
    QList<std::pair<QString, QString>> overrides;
    for (const QString &pair : options.envVars) {
        const qsizetype eq = pair.indexOf(u'=');
        if (eq <= 0) {
            return std::unexpected(Error{Error::Code::InvalidArgument,
                                         tr("--env-var '%1' must look like NAME=VALUE.").arg(pair)});
        }
        overrides.append({pair.first(eq).trimmed(), pair.sliced(eq + 1)});
    }

    const std::shared_ptr<SecretStore> secrets = openSecretStore(options.secretsFile);
    out.secrets = secrets;
    WorkspaceStorage storage(options.workspaceDir, secrets.get());
    auto loaded = storage.load();
    if (!loaded)
        return std::unexpected(loaded.error());
    for (const StorageProblem &problem : std::as_const(loaded->problems))
        out.warnings.append(problem.error.message);
    Workspace &workspace = loaded->workspace;
    for (const MissingSecret &missing : std::as_const(loaded->missingSecrets)) {
        const QString scopeId = missing.key.section(u'/', 1, 1); // <workspace id>/<scope id>/<name>
        if (scopeId == "globals"_L1)
            disableMissing(workspace.globals, missing.variable);
        for (Environment &environment : workspace.environments) {
            if (environment.id == scopeId)
                disableMissing(environment.variables, missing.variable);
        }
        for (Collection &collection : workspace.collections)
            disableMissing(collection, scopeId, missing.variable);
    }

    const auto location = findRequestByPath(workspace, options.requestPath);
    if (!location) {
        return std::unexpected(Error{Error::Code::InvalidArgument,
                                     tr("There is no request “%1” in %2 (give it as Collection/Folder/Request).")
                                         .arg(options.requestPath, QDir::toNativeSeparators(storage.rootPath()))});
    }

    Environment adHoc;
    const Environment *environment = nullptr;
    if (!options.environment.isEmpty()) {
        const Environment *found = findEnvironment(workspace, options.environment);
        if (!found) {
            QStringList names;
            for (const Environment &e : std::as_const(workspace.environments))
                names.append(e.name);
            return std::unexpected(Error{Error::Code::InvalidArgument,
                                         names.isEmpty() ? tr("There is no environment “%1”: the workspace has none.").arg(options.environment)
                                                         : tr("There is no environment “%1”; the workspace has: %2.").arg(options.environment, names.join(u", "_s))});
        }
        adHoc = *found;
    }
    QSet<QString> provided;
    for (const auto &[name, value] : std::as_const(overrides)) {
        setVariable(adHoc.variables, name, value);
        provided.insert(name);
    }
    if (!options.environment.isEmpty() || !overrides.isEmpty())
        environment = &adHoc;

    ResolveContext context = resolveContext(workspace, *location, environment);
    context.baseDirectory = storage.rootPath();
    auto resolved = resolveRequest(*location->request, context);
    if (!resolved)
        return std::unexpected(resolved.error());
    out.request = resolved->request;
    QList<ResolveProblem> problems = resolved->problems;

    if (auto apim = resolveApimProfile(context)) {
        problems += apim->problems;
        out.profile = apim->profile;
    }
    if (auto management = resolveManagementConnection(context)) {
        // Without its token the request still goes out; only the confirmation is missing.
        for (const ResolveProblem &problem : std::as_const(management->problems))
            out.warnings.append(problem.message);
        out.management = management->connection;
    }

    // Secrets this machine does not have, among the variables the request needs.
    QStringList lines;
    QSet<QString> explained;
    for (const ResolveProblem &problem : std::as_const(problems)) {
        lines.append(problem.message);
        if (problem.kind != ResolveProblem::Kind::UnresolvedVariable || explained.contains(problem.name))
            continue;
        for (const MissingSecret &missing : std::as_const(loaded->missingSecrets)) {
            if (missing.variable != problem.name || provided.contains(missing.variable))
                continue;
            explained.insert(problem.name);
            lines.append(tr("The secret “%1” (%2) has no value on this machine. Provide it with --env-var %1=VALUE, "
                            "or store it in %3 under the key “%4”.")
                             .arg(missing.variable, missing.scopeName, secrets->location(), missing.key));
            break;
        }
    }
    if (problems.isEmpty())
        return out;
    if (!options.allowUnresolved) {
        lines.append(tr("Nothing was sent. Give the missing values with --env-var NAME=VALUE, or send anyway with --allow-unresolved."));
        return std::unexpected(Error{Error::Code::InvalidArgument, lines.join(u'\n')});
    }
    out.warnings += lines;
    return out;
}

} // namespace gatehouse::cli
