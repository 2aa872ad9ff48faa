// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "apim/apimimport.h"
#include "apim/apimtrace.h"
#include "apim/managementconnection.h"

#include <QCommandLineOption>
#include <QCoreApplication>

#include <optional>

class QCommandLineParser;

namespace gatehouse::cli {

// The options that connect `send` and `explain` to a service's management API, so that findings
// are confirmed or ruled out:
//   --management-url URL --management-token-env VAR --subscription-id ID --resource-group RG --service NAME
//   [--management-token-source azure-cli|device-code|env]
class ManagementOptions
{
    Q_DECLARE_TR_FUNCTIONS(gatehouse::cli::ManagementOptions)
public:
    ManagementOptions();
    // withTrace adds --apim-trace (send only): trace the call through APIM (FACTS.md §4.2).
    void addTo(QCommandLineParser &parser, bool withTrace = false) const;

    // The connection the options describe, over fromWorkspace (the environment's profile) where
    // both give a value; nullopt without either. Fails for an incomplete or malformed connection.
    [[nodiscard]] Expected<std::optional<ManagementConnection>> read(const QCommandLineParser &parser,
                                                                     std::optional<ManagementConnection> fromWorkspace) const;

    // The management snapshot for result's request (token first; a device code is shown on
    // standard error), or nullopt after saying why on standard error. Runs its own event loop
    // until done: the CLI has nothing else to do meanwhile.
    [[nodiscard]] static std::optional<ManagementSnapshot> snapshotFor(const ManagementConnection &connection, const ExchangeResult &result,
                                                                       const std::optional<ApimProfile> &profile, const QString &command);

    // --apim-trace, step 1: debug credentials for the API request goes to (blocking, as above), or
    // nullopt after saying why on standard error (the call then goes out untraced).
    [[nodiscard]] static std::optional<DebugCredentials> traceCredentials(const ManagementConnection &connection, const HttpRequest &request,
                                                                         const QString &command);
    // Step 2: the trace the gateway named in result's Apim-Trace-Id, or nullopt after saying why.
    [[nodiscard]] static std::optional<ApimTrace> traceOf(const ManagementConnection &connection, const DebugCredentials &credentials,
                                                          const ExchangeResult &result, const QString &command);

    // `import --from-apim`: token, then the API as a collection and environment (blocking, as above).
    [[nodiscard]] static Expected<ImportResult> importFromService(const ManagementConnection &connection, const ApimImportOptions &options);

private:
    QCommandLineOption m_url;
    QCommandLineOption m_tokenEnv;
    QCommandLineOption m_tokenSource;
    QCommandLineOption m_subscriptionId;
    QCommandLineOption m_resourceGroup;
    QCommandLineOption m_service;
    QCommandLineOption m_trace;
    mutable bool m_withTrace = false;
};

} // namespace gatehouse::cli
