// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QStringList>

namespace gatehouse::cli {

// `gatehouse-cli explain [FILE|-] [--json]`: explains an exchange saved with `send --json`.
class ExplainCommand
{
    Q_DECLARE_TR_FUNCTIONS(gatehouse::cli::ExplainCommand)
public:
    static int run(const QStringList &arguments);
};

} // namespace gatehouse::cli
