// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "apim/apimprofile.h"
#include "apim/managementconnection.h"
#include "http/cookiejar.h"
#include "http/exchangejson.h"
#include "http/httprequest.h"
#include "http/proxy.h"
#include "storage/secretstore.h"

#include <QCoreApplication>
#include <QStringList>

#include <optional>

namespace gatehouse::cli {

// Exit codes shared by every command, documented in docs/cli.md.
enum ExitCode { ExitOk = 0, ExitTransportError = 1, ExitUsage = 2 };

// How sendAndPrint() shows an exchange.
struct PrintOptions {
    Secrets secrets = Secrets::Redact;
    bool json = false;    // one JSON object instead of status line, headers and body
    bool pretty = false;  // pretty-print JSON and XML bodies
    bool verbose = false; // the request as sent and the timings on standard error
    bool explain = true;  // explain APIM errors
    bool history = true;  // record the exchange (masked) in the local history
    std::optional<ManagementConnection> management; // confirm APIM findings with the service's management API
    CookieJar *cookieJar = nullptr; // sends its cookies, keeps what the server sets, saved afterwards
    SecretStore *secretStore = nullptr; // caches OAuth 2.0 tokens between runs
};

// Sends request on the application's event loop and prints the outcome as `send` does (status
// line, headers, body; APIM findings on standard error). Returns the process exit code.
int sendAndPrint(QCoreApplication &app, const HttpRequest &request, const ProxySettings &proxy, const PrintOptions &options,
                 const std::optional<ApimProfile> &profile, const std::optional<KeyInjection> &injection);

// `gatehouse-cli send [-X METHOD] URL [-H 'Name: value']... [-d BODY | --data-file FILE] [--json]`,
// or a stored request: `gatehouse-cli send --workspace DIR --request PATH [--env NAME] [--env-var NAME=VALUE]...`
class SendCommand
{
    Q_DECLARE_TR_FUNCTIONS(gatehouse::cli::SendCommand)
public:
    // Parses arguments (without the program and command name) and runs to completion on the
    // application's event loop; returns the process exit code.
    static int run(QCoreApplication &app, const QStringList &arguments);
};

} // namespace gatehouse::cli
