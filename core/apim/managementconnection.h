// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "apim/managementclient.h"
#include "apim/managementtoken.h"
#include "model/environment.h"
#include "model/requestresolver.h"

#include <functional>
#include <optional>

namespace gatehouse {

// Everything needed to ask a service's management API: where, and how to get a token. In memory
// only: `token` holds a resolved secret.
struct ManagementConnection {
    using TokenSource = EnvironmentApimManagement::TokenSource;

    ManagementTarget target;
    TokenSource tokenSource = TokenSource::AzureCli;
    QByteArray token;         // TokenVariable: the token itself
    QString tokenEnvVariable; // or: read it from this environment variable when needed (the CLI)
    QString tenant;           // DeviceCode
    QString clientId;         // DeviceCode
    QUrl authority;           // DeviceCode; empty: Microsoft Entra ID
    bool tracing = false;
};

struct ResolvedManagementConnection {
    ManagementConnection connection;
    QList<ResolveProblem> problems; // variables without a value (the token among them)
};

// The context environment's management connection with its {{variables}} resolved; nullopt when
// the environment names no service.
[[nodiscard]] std::optional<ResolvedManagementConnection> resolveManagementConnection(const ResolveContext &context);

// Gets a token the way the connection says, asynchronously; done runs once, on context's thread,
// unless context is destroyed first. onUserCode is told the device code to show.
void acquireManagementToken(QObject *context, const ManagementConnection &connection, TokenCallback done,
                            std::function<void(const QString &userCode, const QUrl &url, const QString &message)> onUserCode = {});

// Token, then snapshot of what `result`'s request hit, with the key it carried matched in memory.
void fetchManagementSnapshot(ManagementClient *client, const ManagementConnection &connection, const ExchangeResult &result,
                             const std::optional<ApimProfile> &profile, ManagementClient::SnapshotCallback done,
                             std::function<void(const QString &userCode, const QUrl &url, const QString &message)> onUserCode = {});

} // namespace gatehouse
