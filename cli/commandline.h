// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QStringList>

#include <optional>

class QCommandLineParser;

namespace gatehouse::cli {

// Parses the arguments of `gatehouse-cli COMMAND` (without program and command name). When the
// command is already done — `--help` printed, or a parse error reported on standard error —
// returns its exit code (0 or 2); otherwise nullopt and the parser holds the values.
[[nodiscard]] std::optional<int> parseCommandLine(QCommandLineParser &parser, const QString &command, const QStringList &arguments);

} // namespace gatehouse::cli
