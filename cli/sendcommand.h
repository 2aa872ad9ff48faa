// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QStringList>

namespace gatehouse::cli {

// Exit codes shared by every command, documented in docs/cli.md.
enum ExitCode { ExitOk = 0, ExitTransportError = 1, ExitUsage = 2 };

// `gatehouse-cli send [-X METHOD] URL [-H 'Name: value']... [-d BODY | --data-file FILE] [--json]`
class SendCommand
{
    Q_DECLARE_TR_FUNCTIONS(gatehouse::cli::SendCommand)
public:
    // Parses arguments (without the program and command name) and runs to completion on the
    // application's event loop; returns the process exit code.
    static int run(QCoreApplication &app, const QStringList &arguments);
};

} // namespace gatehouse::cli
