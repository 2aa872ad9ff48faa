// SPDX-License-Identifier: GPL-3.0-or-later
// gatehouse-cli: the headless face of Gatehouse. Every command drives the same core as the GUI.
#include "buildinfo.h"
#include "i18n/translations.h"
#include "explaincommand.h"
#include "exportcommand.h"
#include "importcommand.h"
#include "runcommand.h"
#include "sendcommand.h"

#include <QCoreApplication>
#include <QLibraryInfo>

#include <cstdio>

using namespace Qt::StringLiterals;

namespace {

class Cli
{
    Q_DECLARE_TR_FUNCTIONS(gatehouse::cli::Main)
public:
    static QString usage()
    {
        return tr("Usage: gatehouse-cli COMMAND [OPTIONS]\n"
                  "\n"
                  "Commands:\n"
                  "  send       send one HTTP request and print the response (APIM errors explained)\n"
                  "  explain    explain an APIM error from an exchange saved with 'send --json'\n"
                  "  run        run a collection's requests and test scripts (like newman)\n"
                  "  import     import Postman, Insomnia, OpenAPI, HAR, curl or .http files into a workspace\n"
                  "  export     export a collection (Postman, .http) or a request as code (curl, Python ...)\n"
                  "\n"
                  "Run 'gatehouse-cli COMMAND --help' for the options of a command.\n"
                  "Exit codes: 0 a response arrived (whatever its status), 1 no response (connection,\n"
                  "DNS, TLS, timeout), 2 bad arguments.\n");
    }
};

void print(FILE *to, const QString &text)
{
    const QByteArray bytes = text.toLocal8Bit();
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), to);
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(u"gatehouse"_s);
    QCoreApplication::setOrganizationName(u"Gatehouse"_s);
    QCoreApplication::setApplicationVersion(QStringLiteral(GATEHOUSE_VERSION));
    gatehouse::installTranslations(app);

    QStringList args = QCoreApplication::arguments();
    args.removeFirst();
    const QString command = args.isEmpty() ? QString() : args.takeFirst();
    if (command == u"send"_s)
        return gatehouse::cli::SendCommand::run(app, args);
    if (command == u"run"_s)
        return gatehouse::cli::RunCommand::run(app, args);
    if (command == u"import"_s)
        return gatehouse::cli::ImportCommand::run(args);
    if (command == u"export"_s)
        return gatehouse::cli::ExportCommand::run(args);
    if (command == u"explain"_s)
        return gatehouse::cli::ExplainCommand::run(args);
    if (command == u"--version"_s || command == u"-V"_s || command == u"version"_s) {
        print(stdout, gatehouse::versionText(u"gatehouse-cli"_s));
        return 0;
    }
    if (command == u"--help"_s || command == u"-h"_s || command == u"help"_s) {
        print(stdout, Cli::usage());
        return 0;
    }
    if (command.isEmpty())
        print(stderr, Cli::usage());
    else
        print(stderr, Cli::tr("gatehouse-cli: unknown command '%1'.").arg(command) + u"\n\n"_s + Cli::usage());
    return gatehouse::cli::ExitUsage;
}
