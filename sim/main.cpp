// SPDX-License-Identifier: GPL-3.0-or-later
// gatehouse-apimsim: a local Azure API Management gateway, configured by a JSON file
// (docs/simulator.md). Prints the URL it serves on and runs until SIGINT or SIGTERM.
#include "buildinfo.h"
#include "i18n/translations.h"
#include "simconfig.h"
#include "simulatorserver.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QSocketNotifier>

#include <csignal>
#include <cstdio>
#include <sys/socket.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace {

class Main
{
    Q_DECLARE_TR_FUNCTIONS(gatehouse::sim::Main)
};

void print(FILE *to, const QString &text)
{
    const QByteArray bytes = text.toLocal8Bit();
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), to);
    std::fflush(to);
}

// SIGINT/SIGTERM -> one byte down a socket pair -> QSocketNotifier -> quit() on the event loop,
// the only async-signal-safe way back into Qt.
int signalPipe[2] = { -1, -1 };

void onSignal(int)
{
    const char byte = 1;
    [[maybe_unused]] const auto written = ::write(signalPipe[0], &byte, 1);
}

bool installSignalHandlers(QCoreApplication &app)
{
    if (::socketpair(AF_UNIX, SOCK_STREAM, 0, signalPipe) != 0)
        return false;
    auto *notifier = new QSocketNotifier(signalPipe[1], QSocketNotifier::Read, &app);
    QObject::connect(notifier, &QSocketNotifier::activated, &app, [notifier] {
        notifier->setEnabled(false);
        char byte = 0;
        [[maybe_unused]] const auto got = ::read(signalPipe[1], &byte, 1);
        QCoreApplication::quit();
    });
    struct sigaction action = {};
    action.sa_handler = onSignal;
    sigemptyset(&action.sa_mask);
    action.sa_flags = SA_RESTART;
    return ::sigaction(SIGINT, &action, nullptr) == 0 && ::sigaction(SIGTERM, &action, nullptr) == 0;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(u"gatehouse-apimsim"_s);
    QCoreApplication::setOrganizationName(u"Gatehouse"_s);
    QCoreApplication::setApplicationVersion(QStringLiteral(GATEHOUSE_VERSION));
    gatehouse::installTranslations(app);

    QCommandLineParser parser;
    parser.setApplicationDescription(Main::tr("A local Azure API Management gateway simulator, configured by a JSON file."));
    parser.addHelpOption();
    const QCommandLineOption versionOpt({u"v"_s, u"version"_s}, Main::tr("Print the version, and those of Qt and KF6, and exit."));
    parser.addOption(versionOpt);
    const QCommandLineOption configOpt(
        u"config"_s, Main::tr("The simulator configuration (JSON; see docs/simulator.md)."), Main::tr("FILE"));
    const QCommandLineOption portOpt(u"port"_s, Main::tr("Gateway port; 0 (the default) picks a free one."), Main::tr("N"), u"0"_s);
    const QCommandLineOption listenOpt(u"listen"_s,
        Main::tr("Address to listen on (default 127.0.0.1; 0.0.0.0 or :: to accept other machines)."), Main::tr("ADDR"), u"127.0.0.1"_s);
    const QCommandLineOption managementPortOpt(
        u"management-port"_s, Main::tr("Also serve the management (ARM) API on port N (0 picks a free one)."), Main::tr("N"));
    const QCommandLineOption checkOpt(u"check"_s, Main::tr("Only check the configuration and exit (0: valid, 1: not)."));
    const QCommandLineOption quietOpt({ u"q"_s, u"quiet"_s }, Main::tr("Do not log each request to standard error."));
    parser.addOptions({ configOpt, portOpt, managementPortOpt, listenOpt, checkOpt, quietOpt });
    parser.process(app);
    if (parser.isSet(versionOpt)) {
        print(stdout, gatehouse::versionText(u"gatehouse-apimsim"_s));
        return 0;
    }

    if (!parser.positionalArguments().isEmpty()) {
        print(stderr, Main::tr("gatehouse-apimsim: unexpected argument '%1'.").arg(parser.positionalArguments().constFirst()) + u"\n"_s);
        return 2;
    }
    if (!parser.isSet(configOpt)) {
        print(stderr, Main::tr("gatehouse-apimsim: --config FILE is required.") + u"\n\n"_s + parser.helpText());
        return 2;
    }
    bool portOk = false;
    const uint port = parser.value(portOpt).toUInt(&portOk);
    if (!portOk || port > 65535) {
        print(stderr, Main::tr("gatehouse-apimsim: --port needs a number from 0 to 65535, not '%1'.").arg(parser.value(portOpt)) + u"\n"_s);
        return 2;
    }
    uint managementPort = 0;
    if (parser.isSet(managementPortOpt)) {
        managementPort = parser.value(managementPortOpt).toUInt(&portOk);
        if (!portOk || managementPort > 65535) {
            print(stderr,
                Main::tr("gatehouse-apimsim: --management-port needs a number from 0 to 65535, not '%1'.")
                        .arg(parser.value(managementPortOpt))
                    + u"\n"_s);
            return 2;
        }
    }
    QHostAddress address;
    const QString listen = parser.value(listenOpt);
    if (listen == u"localhost"_s)
        address = QHostAddress::LocalHost;
    else if (!address.setAddress(listen)) {
        print(stderr, Main::tr("gatehouse-apimsim: --listen needs an IP address such as 127.0.0.1, not '%1'.").arg(listen) + u"\n"_s);
        return 2;
    }

    gatehouse::Expected<gatehouse::sim::SimConfig> config = gatehouse::sim::loadSimConfig(parser.value(configOpt));
    if (!config) {
        print(stderr, Main::tr("gatehouse-apimsim: %1").arg(config.error().message) + u"\n"_s);
        return 1;
    }
    if (parser.isSet(checkOpt)) {
        qsizetype current = 0;
        for (const gatehouse::sim::Api &api : config->apis)
            current += api.isCurrent ? 1 : 0;
        print(stdout,
            Main::tr("%1: valid: service '%2'; APIs: %3, products: %4, subscriptions: %5.")
                    .arg(parser.value(configOpt), config->serviceName)
                    .arg(current)
                    .arg(config->products.size())
                    .arg(config->subscriptions.size())
                + u"\n"_s);
        return 0;
    }
    if (!installSignalHandlers(app))
        print(stderr, Main::tr("gatehouse-apimsim: cannot catch SIGINT/SIGTERM; stop it with SIGKILL.") + u"\n"_s);
    const QString serviceName = config->serviceName;
    gatehouse::sim::SimulatorServer server(std::move(*config));
    const gatehouse::Expected<quint16> bound = server.listen(address, quint16(port));
    if (!bound) {
        print(stderr, Main::tr("gatehouse-apimsim: %1").arg(bound.error().message) + u"\n"_s);
        return 1;
    }
    if (parser.isSet(managementPortOpt)) {
        const gatehouse::Expected<quint16> management = server.listenManagement(address, quint16(managementPort));
        if (!management) {
            print(stderr, Main::tr("gatehouse-apimsim: %1").arg(management.error().message) + u"\n"_s);
            return 1;
        }
    }
    if (!parser.isSet(quietOpt)) {
        QObject::connect(&server, &gatehouse::sim::SimulatorServer::requestHandled, &app,
            [](const QByteArray &method, const QString &target, int status, const QString &source, const QString &reason) {
                QString line = QString::fromLatin1(method) + u' ' + target + u' ' + QString::number(status);
                if (!reason.isEmpty())
                    line += u' ' + source + u'/' + reason;
                print(stderr, line + u'\n');
            });
    }

    // For scripts and tests: "Gateway: URL" first, then "Management: URL/subscriptions/.../service/NAME".
    for (const QUrl &url : server.urls())
        print(stdout, u"Gateway: %1\n"_s.arg(url.toString()));
    for (const QUrl &url : server.managementUrls())
        print(stdout, u"Management: %1%2\n"_s.arg(url.toString(), server.gateway().config().serviceResourceId()));
    print(stderr, Main::tr("Simulating the API Management service '%1'. Stop with Ctrl+C.").arg(serviceName) + u"\n"_s);

    const int rc = app.exec();
    print(stderr, Main::tr("gatehouse-apimsim: stopped.") + u"\n"_s);
    return rc;
}
