// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QStringList>

namespace gatehouse::cli {

// `gatehouse-cli explain [FILE|-] [--json] [management options]`: explains an exchange saved with
// `send --json`, confirmed through the service's management API when connected.
class ExplainCommand
{
    Q_DECLARE_TR_FUNCTIONS(gatehouse::cli::ExplainCommand)
public:
    static int run(const QStringList &arguments);
};

} // namespace gatehouse::cli
