// SPDX-License-Identifier: GPL-3.0-or-later
#include "commandline.h"

#include <QCommandLineParser>

#include <cstdio>

using namespace Qt::StringLiterals;

namespace gatehouse::cli {

namespace {

class CommandLine
{
    Q_DECLARE_TR_FUNCTIONS(gatehouse::cli::CommandLine)
};

void write(FILE *to, const QString &text)
{
    const QByteArray bytes = text.toLocal8Bit();
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), to);
}

} // namespace

std::optional<int> parseCommandLine(QCommandLineParser &parser, const QString &command, const QStringList &arguments)
{
    QStringList args = arguments;
    args.prepend(u"gatehouse-cli "_s + command);
    if (!parser.parse(args)) {
        write(stderr, CommandLine::tr("gatehouse-cli %1: %2").arg(command, parser.errorText()) + u'\n');
        return 2;
    }
    if (parser.isSet(u"help"_s)) {
        write(stdout, parser.helpText());
        return 0;
    }
    return std::nullopt;
}

} // namespace gatehouse::cli
