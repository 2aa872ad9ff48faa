// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QStringList>

namespace gatehouse::cli {

// `gatehouse-cli export DIR --format postman|http [--collection NAME] [-o FILE]`, or one request as code:
// `gatehouse-cli export DIR --format curl|httpie|python|fetch|qt|http --request PATH [--env NAME] [-o FILE]`
class ExportCommand
{
    Q_DECLARE_TR_FUNCTIONS(gatehouse::cli::ExportCommand)
public:
    static int run(const QStringList &arguments);
};

} // namespace gatehouse::cli
