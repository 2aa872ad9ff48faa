// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "apim/apimprofile.h"
#include "apim/managementconnection.h"
#include "error.h"
#include "http/httprequest.h"
#include "storage/secretstore.h"

#include <QCoreApplication>
#include <QStringList>

#include <memory>
#include <optional>

namespace gatehouse::cli {

// Where the CLI keeps secret values: secretsFile when given (or $GATEHOUSE_SECRETS_FILE), else the
// keychain when one answers within a few seconds, else the per-user secrets file.
[[nodiscard]] std::unique_ptr<SecretStore> openSecretStore(const QString &secretsFile);

// A request stored in a workspace, made ready to send: `send --workspace`.
class WorkspaceRequest
{
    Q_DECLARE_TR_FUNCTIONS(gatehouse::cli::WorkspaceRequest)
public:
    struct Options {
        QString workspaceDir;
        QString requestPath; // "Collection/Folder/Request"
        QString environment; // name or id; empty: none
        QStringList envVars; // NAME=VALUE, over the environment's values
        QString secretsFile; // empty: the keychain, or the per-user secrets file without one
        bool allowUnresolved = false;
    };

    HttpRequest request;
    std::optional<ApimProfile> profile; // the environment's APIM gateway, key resolved
    std::optional<ManagementConnection> management; // the environment's management connection (token resolved if stored)
    QStringList warnings;               // for standard error; sending goes ahead
    std::shared_ptr<SecretStore> secrets; // where OAuth 2.0 tokens are cached between runs

    // Loads the workspace, resolves the request in the environment (variables, auth, APIM key).
    // Fails for what makes sending impossible or unwanted: a missing workspace, request or
    // environment, and (unless allowUnresolved) variables without a value. The error message
    // names every such variable and its place, and says how to provide missing secrets.
    [[nodiscard]] static Expected<WorkspaceRequest> load(const Options &options);
};

} // namespace gatehouse::cli
