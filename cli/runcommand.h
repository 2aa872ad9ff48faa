// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QStringList>

namespace gatehouse::cli {

// `gatehouse-cli run WORKSPACE_DIR_OR_POSTMAN_FILE [--collection NAME] [--folder PATH]... [--env NAME | -e FILE] ...`
// Runs a collection like newman: exit code 0 only when every assertion passed and every
// request got a response; 1 otherwise; 2 for bad arguments or unreadable input.
class RunCommand
{
    Q_DECLARE_TR_FUNCTIONS(gatehouse::cli::RunCommand)
public:
    static int run(QCoreApplication &app, const QStringList &arguments);
};

} // namespace gatehouse::cli
