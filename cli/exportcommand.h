// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QStringList>

namespace gatehouse::cli {

// `gatehouse-cli export DIR --format postman [--collection NAME] [-o FILE]`
class ExportCommand
{
    Q_DECLARE_TR_FUNCTIONS(gatehouse::cli::ExportCommand)
public:
    static int run(const QStringList &arguments);
};

} // namespace gatehouse::cli
