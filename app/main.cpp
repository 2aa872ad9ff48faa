// SPDX-License-Identifier: GPL-3.0-or-later
// gatehouse: builds the services, injects them into the window, shows it.
#include "buildinfo.h"
#include "http/httpclient.h"
#include "i18n/translations.h"
#include "mainwindow.h"
#include "requestpanel.h"
#include "requesttab.h"
#include "runnerview.h"
#include "sharedicons.h"
#include "responsepanel.h"
#include "storage/fallbacksecretstore.h"
#include "storage/filesecretstore.h"
#include "storage/keychainsecretstore.h"
#include "storage/history.h"
#include "storage/workspacestorage.h"
#include "syntaxsupport.h"
#ifdef GATEHOUSE_HAS_SIMULATOR
#include "playground/playground.h"
#include "playgroundsession.h"
#endif

#include <QApplication>
#include <QCommandLineParser>
#include <QDialog>
#include <QDir>
#include <QEventLoop>
#include <QIcon>
#include <QPalette>
#include <QStyleHints>
#include <QSettings>
#include <QTimer>

#include <cstdio>
#include <memory>

using namespace Qt::StringLiterals;

namespace {

class App
{
    Q_DECLARE_TR_FUNCTIONS(gatehouse::App)
};

void printErr(const QString &text)
{
    const QByteArray bytes = text.toLocal8Bit() + '\n';
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stderr);
}

// Writes the window to a PNG and quits: how the UI is looked at in tests, docs and reviews.
void saveScreenshot(QWidget &window, const QString &path)
{
    const QImage image = window.grab().toImage();
    if (image.isNull() || !image.save(path, "PNG")) {
        printErr(App::tr("gatehouse: cannot write the screenshot to '%1'.").arg(QDir::toNativeSeparators(path)));
        QCoreApplication::exit(1);
        return;
    }
    QCoreApplication::exit(0);
}

void applyDarkFusionPalette()
{
    gatehouse::ui::setApplicationStyle(u"Fusion"_s);
    QPalette p;
    const QColor window(0x2b, 0x2b, 0x2b), base(0x1e, 0x1e, 0x1e), text(0xe6, 0xe6, 0xe6), disabled(0x80, 0x80, 0x80);
    p.setColor(QPalette::Window, window);
    p.setColor(QPalette::WindowText, text);
    p.setColor(QPalette::Base, base);
    p.setColor(QPalette::AlternateBase, window);
    p.setColor(QPalette::ToolTipBase, base);
    p.setColor(QPalette::ToolTipText, text);
    p.setColor(QPalette::Text, text);
    p.setColor(QPalette::PlaceholderText, disabled);
    p.setColor(QPalette::Button, window);
    p.setColor(QPalette::ButtonText, text);
    p.setColor(QPalette::Highlight, QColor(0x2f, 0x6f, 0xd6));
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::Link, QColor(0x79, 0xb8, 0xff));
    p.setColor(QPalette::Mid, QColor(0x50, 0x50, 0x50));
    for (QPalette::ColorRole role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText})
        p.setColor(QPalette::Disabled, role, disabled);
    QApplication::setPalette(p);
}

} // namespace

int main(int argc, char *argv[])
{
    // --version works without a display, so before QApplication (which needs one).
    for (int i = 1; i < argc; ++i) {
        const QByteArrayView arg(argv[i]);
        if (arg == "--")
            break;
        if (arg == "--version" || arg == "-v") {
            const QByteArray text = gatehouse::versionText(u"gatehouse"_s).toLocal8Bit();
            std::fwrite(text.constData(), 1, size_t(text.size()), stdout);
            return 0;
        }
    }
    QApplication app(argc, argv);
    QApplication::setApplicationName(u"gatehouse"_s);
    QApplication::setApplicationDisplayName(u"Gatehouse"_s);
    QApplication::setOrganizationName(u"Gatehouse"_s);
    QApplication::setApplicationVersion(QStringLiteral(GATEHOUSE_VERSION));
    QApplication::setDesktopFileName(u"io.github.gatehouse.Gatehouse"_s);
    gatehouse::installTranslations(app);
    gatehouse::ui::setApplicationStyle();

    QCommandLineParser parser;
    parser.setApplicationDescription(App::tr("Gatehouse: a native API client that understands Azure API Management."));
    parser.addHelpOption();
    // Handled before QApplication above; listed here for --help.
    parser.addOption(QCommandLineOption({u"v"_s, u"version"_s}, App::tr("Print the version, and those of Qt and KF6, and exit.")));
    const QCommandLineOption screenshotOpt(u"screenshot"_s,
                                           App::tr("Render the main window offscreen at 1280x800 (after the request, when a URL is given), "
                                                   "write it to FILE as PNG and exit."),
                                           App::tr("FILE"));
    const QCommandLineOption methodOpt({u"X"_s, u"request"_s}, App::tr("HTTP method for the URL given on the command line."), App::tr("METHOD"));
    const QCommandLineOption headerOpt({u"H"_s, u"header"_s}, App::tr("A request header for the URL given on the command line; repeatable."),
                                       App::tr("'Name: value'"));
    const QCommandLineOption dataOpt({u"d"_s, u"data"_s}, App::tr("A request body for the URL given on the command line."), App::tr("BODY"));
    const QCommandLineOption workspaceOpt(u"workspace"_s, App::tr("Open the workspace in DIR."), App::tr("DIR"));
    const QCommandLineOption environmentOpt(u"environment"_s, App::tr("With --workspace: choose this environment."), App::tr("NAME"));
    const QCommandLineOption openOpt(u"open"_s, App::tr("With --workspace: open this request (Collection/Folder/Request)."), App::tr("PATH"));
    const QCommandLineOption playgroundOpt(u"playground"_s,
                                           App::tr("Open the Playground: sample requests against a built-in APIM simulator."));
    const QCommandLineOption colorSchemeOpt(u"color-scheme"_s, App::tr("Use the light or dark colour scheme (default: the desktop's)."),
                                            App::tr("light|dark"));
    parser.addOptions({screenshotOpt, methodOpt, headerOpt, dataOpt, workspaceOpt, environmentOpt, openOpt, playgroundOpt, colorSchemeOpt});
    const QCommandLineOption screenshotDialogOpt(u"screenshot-dialog"_s,
                                                 App::tr("With --screenshot: picture this dialog instead of the window (environments, shortcuts, runner)."),
                                                 App::tr("NAME"));
    parser.addOption(screenshotDialogOpt);
    const QCommandLineOption screenshotSizeOpt(u"screenshot-size"_s, App::tr("With --screenshot: the window's size instead of 1280x800."),
                                               App::tr("WIDTHxHEIGHT"));
    parser.addOption(screenshotSizeOpt);
    parser.addPositionalArgument(u"url"_s, App::tr("A URL to send at start-up."), App::tr("[URL]"));
    parser.process(app);

    QApplication::setWindowIcon(QIcon(u":/icons/gatehouse.svg"_s));
    if (parser.isSet(colorSchemeOpt)) {
        const QString scheme = parser.value(colorSchemeOpt);
        if (scheme != u"light"_s && scheme != u"dark"_s) {
            printErr(App::tr("gatehouse: --color-scheme takes light or dark, not '%1'.").arg(scheme));
            return 2;
        }
        QGuiApplication::styleHints()->setColorScheme(scheme == u"dark"_s ? Qt::ColorScheme::Dark : Qt::ColorScheme::Light);
        // Platforms without a dark theme (offscreen, bare X11) ignore the hint: use Fusion's colours then.
        if (scheme == u"dark"_s && QApplication::palette().color(QPalette::Window).lightnessF() > 0.5)
            applyDarkFusionPalette();
    }
    gatehouse::ui::SyntaxSupport syntax;
    gatehouse::HttpClient client;
    // Secrets never go into the workspace: the OS keychain where one runs, else (and for values saved
    // before there was one) a 0600 file under the user's data folder. GATEHOUSE_SECRETS_FILE names
    // a file to use instead, as for the CLI; screenshots never touch the keychain.
    const QString secretsFile = qEnvironmentVariable("GATEHOUSE_SECRETS_FILE");
    gatehouse::FileSecretStore secretFile(secretsFile.isEmpty() ? gatehouse::FileSecretStore::defaultFilePath() : secretsFile);
    gatehouse::KeychainSecretStore keychain;
    if (secretsFile.isEmpty() && parser.value(screenshotOpt).isEmpty() && QGuiApplication::platformName() != u"offscreen"_s) {
        QEventLoop loop;
        QObject::connect(&keychain, &gatehouse::KeychainSecretStore::opened, &loop, &QEventLoop::quit);
        QObject::connect(&keychain, &gatehouse::KeychainSecretStore::openFailed, &loop, &QEventLoop::quit);
        QTimer::singleShot(std::chrono::seconds(3), &loop, &QEventLoop::quit); // a locked wallet must not stall the start
        keychain.open();
        if (!keychain.isOpen())
            loop.exec();
    }
    gatehouse::FallbackSecretStore secrets(keychain.isOpen() ? &keychain : nullptr, secretFile);
    gatehouse::ui::MainWindow window(client, syntax, &secrets);
    gatehouse::HistoryStore history; // <AppDataLocation>/history.jsonl, credentials masked
    window.setHistoryStore(&history);
    const QString screenshot = parser.value(screenshotOpt);
    // Screenshots show a known state, not whatever tabs were left open last time.
    window.setRestoresSession(screenshot.isEmpty());
    const QStringList positional = parser.positionalArguments();
#ifdef GATEHOUSE_HAS_SIMULATOR
    // The Playground opens by itself on the very first start, and from Help > Open Playground.
    gatehouse::sim::PlaygroundSession playground;
    const auto openPlayground = [&]() -> bool {
        if (playground.gatewayUrl().isEmpty()) {
            auto started = playground.start(gatehouse::sim::PlaygroundSession::defaultWorkspaceDir());
            if (!started) {
                printErr(App::tr("gatehouse: cannot start the Playground: %1").arg(started.error().message));
                return false;
            }
        }
        window.setAskForSecrets(false);
        const bool opened = window.openWorkspace(playground.workspaceDir());
        window.setAskForSecrets(screenshot.isEmpty());
        if (opened)
            window.setEnvironment(gatehouse::playgroundWorkspace(playground.gatewayUrl()).environments.first().id);
        return opened;
    };
    QObject::connect(&window, &gatehouse::ui::MainWindow::playgroundRequested, &window, [&] { openPlayground(); });
    QSettings settings;
    const bool firstRun = !settings.value(u"onboarding/playgroundOffered"_s, false).toBool();
    const bool wantsPlayground = parser.isSet(playgroundOpt)
        || (firstRun && !parser.isSet(workspaceOpt) && positional.isEmpty() && screenshot.isEmpty());
    if (wantsPlayground) {
        settings.setValue(u"onboarding/playgroundOffered"_s, true);
        if (!openPlayground() && parser.isSet(playgroundOpt))
            return 2;
    }
#else
    if (parser.isSet(playgroundOpt)) {
        printErr(App::tr("gatehouse: this build has no APIM simulator, so no Playground."));
        return 2;
    }
#endif
    if (parser.isSet(workspaceOpt)) {
        window.setAskForSecrets(screenshot.isEmpty());
        if (!window.openWorkspace(parser.value(workspaceOpt)))
            return 2;
        if (parser.isSet(environmentOpt))
            window.setEnvironment(parser.value(environmentOpt));
    }
    // Otherwise Gatehouse comes back where it was: the last workspace (or the Playground), its tabs
    // and their drafts; without a workspace, the scratch tabs.
    const bool explicitStart = parser.isSet(workspaceOpt) || parser.isSet(playgroundOpt) || !positional.isEmpty() || !screenshot.isEmpty();
    const QString lastWorkspace = QSettings().value(u"session/lastWorkspace"_s).toString();
    if (!explicitStart && !window.workspace() && !lastWorkspace.isEmpty()) {
        bool reopened = false;
#ifdef GATEHOUSE_HAS_SIMULATOR
        if (QDir(lastWorkspace) == QDir(gatehouse::sim::PlaygroundSession::defaultWorkspaceDir()))
            reopened = openPlayground();
#endif
        if (!reopened && gatehouse::WorkspaceStorage::isWorkspace(lastWorkspace))
            window.openWorkspace(lastWorkspace);
    }
    if (!window.workspace() && screenshot.isEmpty())
        window.restoreSession();
    QObject::connect(&app, &QCoreApplication::aboutToQuit, &window, [&window] {
        QSettings().setValue(u"session/lastWorkspace"_s, window.workspacePath());
    });

    if (parser.isSet(workspaceOpt) || parser.isSet(playgroundOpt)) {
        if (parser.isSet(openOpt) && window.workspace()) {
            const auto location = gatehouse::findRequestByPath(*window.workspace(), parser.value(openOpt));
            if (!location) {
                printErr(App::tr("gatehouse: there is no request '%1' in the workspace.").arg(parser.value(openOpt)));
                return 2;
            }
            window.openRequest(location->request->id);
        }
    }

    if (!positional.isEmpty()) {
        // A URL from the command line gets a tab of its own.
        if (window.currentTab()->isModified() || !window.currentRequestId().isEmpty())
            window.newTab();
        window.requestPanel()->setUrl(positional.first());
        if (parser.isSet(methodOpt))
            window.requestPanel()->setMethod(parser.value(methodOpt));
        else if (parser.isSet(dataOpt))
            window.requestPanel()->setMethod(u"POST"_s);
        gatehouse::HeaderList headers;
        for (const QString &h : parser.values(headerOpt)) {
            const qsizetype colon = h.indexOf(u':');
            if (colon <= 0) {
                printErr(App::tr("gatehouse: header '%1' must look like 'Name: value'.").arg(h));
                return 2;
            }
            headers.append({h.first(colon).trimmed().toLatin1(), h.sliced(colon + 1).trimmed().toUtf8()});
        }
        window.requestPanel()->setHeaders(headers);
        if (parser.isSet(dataOpt))
            window.requestPanel()->setBody(parser.value(dataOpt));
    }

    if (!screenshot.isEmpty() && parser.isSet(screenshotDialogOpt)) {
        window.resize(1280, 800);
        window.show();
        const std::unique_ptr<QDialog> dialog = window.createDialog(parser.value(screenshotDialogOpt));
        if (!dialog) {
            printErr(App::tr("gatehouse: no dialog '%1' to picture (environments and runner need a workspace; or shortcuts).")
                         .arg(parser.value(screenshotDialogOpt)));
            return 2;
        }
        dialog->show();
        if (auto *runner = qobject_cast<gatehouse::ui::RunnerView *>(dialog.get())) {
            // The runner is pictured with its results.
            QObject::connect(runner, &gatehouse::ui::RunnerView::finished, runner,
                             [&] { QTimer::singleShot(0, dialog.get(), [&] { saveScreenshot(*dialog, screenshot); }); });
            runner->start();
        } else {
            QTimer::singleShot(0, dialog.get(), [&] { saveScreenshot(*dialog, screenshot); });
        }
        return app.exec();
    }
    if (!screenshot.isEmpty()) {
        QSize size(1280, 800);
        if (parser.isSet(screenshotSizeOpt)) {
            const QStringList parts = parser.value(screenshotSizeOpt).split(u'x');
            bool wide = false, high = false;
            size = parts.size() == 2 ? QSize(parts.at(0).toInt(&wide), parts.at(1).toInt(&high)) : QSize();
            if (!wide || !high || size.width() < 200 || size.height() < 200) {
                printErr(App::tr("gatehouse: --screenshot-size takes WIDTHxHEIGHT in pixels (at least 200x200), not '%1'.").arg(parser.value(screenshotSizeOpt)));
                return 2;
            }
        }
        window.resize(size);
        window.show();
        if (positional.isEmpty() && !parser.isSet(openOpt)) {
            QTimer::singleShot(0, &window, [&] { saveScreenshot(window, screenshot); });
        } else {
            // Never hang a script: if the exchange has not shown its result in time, take the
            // picture anyway and say so.
            QTimer::singleShot(std::chrono::seconds(25), &window, [&] {
                printErr(App::tr("gatehouse: the request did not finish within 25 s; the screenshot shows the window as it is."));
                saveScreenshot(window, screenshot);
                QCoreApplication::exit(1);
            });
            // The body is formatted in the background; take the picture once it is on screen.
            // A large body first shows a preview: the picture shows all of it, formatted.
            QObject::connect(window.responsePanel(), &gatehouse::ui::ResponsePanel::bodyShown, &window, [&] {
                if (window.responsePanel()->isShowingPreview() && window.responsePanel()->requestFullBody())
                    return;
                QTimer::singleShot(0, &window, [&] { saveScreenshot(window, screenshot); });
            });
            QTimer::singleShot(0, &window, [&] { window.send(); });
        }
        return app.exec();
    }

    window.show();
    if (!positional.isEmpty())
        QTimer::singleShot(0, &window, [&] { window.send(); });
    return app.exec();
}
