// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QStringList>

namespace gatehouse::cli {

// `gatehouse-cli import FILE --into DIR [--format auto|postman|curl|http|har|insomnia|openapi]`: reads FILE in memory,
// then saves it into a new or existing workspace in one go; prints what came in and every issue.
class ImportCommand
{
    Q_DECLARE_TR_FUNCTIONS(gatehouse::cli::ImportCommand)
public:
    static int run(const QStringList &arguments);
};

} // namespace gatehouse::cli
