// SPDX-License-Identifier: GPL-3.0-or-later
// The window end to end through the simulator's management API (issue 5): a failing call, the
// inspector opening by itself, then showing what the management API confirmed; and the Trace
// action re-sending the call with an APIM debug token and showing the gateway's steps.
#include "http/httpclient.h"
#include "inspectorpanel.h"
#include "mainwindow.h"
#include "simconfig.h"
#include "simulatorserver.h"
#include "storage/memorysecretstore.h"
#include "storage/workspacestorage.h"
#include "syntaxsupport.h"

#include <QDockWidget>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace gatehouse;
using namespace gatehouse::sim;

class TestApimManagementUi : public QObject
{
    Q_OBJECT

    std::unique_ptr<ui::SyntaxSupport> m_syntax;
    std::unique_ptr<HttpClient> m_client;
    MemorySecretStore m_secrets;

    struct Setup {
        std::unique_ptr<SimulatorServer> server;
        QTemporaryDir dir;
        std::unique_ptr<ui::MainWindow> window;
        QStringList managementPaths; // what the window asked the management API
    };

    // The scenario's simulator with a management port, and a workspace whose environment points
    // at both: gateway host, subscription key, management connection with a pasted token.
    std::unique_ptr<Setup> start(const QString &scenario, const QString &path, const QString &key)
    {
        auto setup = std::make_unique<Setup>();
        auto config = loadSimConfig(QStringLiteral(GATEHOUSE_SOURCE_DIR) + u"/resources/simulator/scenarios/"_s + scenario);
        if (!config)
            qFatal("%s", qPrintable(config.error().message));
        const SimConfig copy = *config;
        setup->server = std::make_unique<SimulatorServer>(std::move(*config));
        const auto port = setup->server->listen();
        const auto managementPort = setup->server->listenManagement();
        if (!port || !managementPort)
            qFatal("the simulator cannot listen");
        connect(setup->server.get(), &SimulatorServer::requestHandled, this,
                [s = setup.get()](const QByteArray &, const QString &target, int, const QString &, const QString &) {
                    if (target.startsWith(u"/subscriptions/"_s))
                        s->managementPaths.append(target);
                });

        Workspace ws;
        ws.id = u"w"_s;
        ws.name = u"Sim"_s;
        Collection c;
        c.id = u"c"_s;
        c.name = u"Service"_s;
        Request call;
        call.id = u"call"_s;
        call.name = u"Call"_s;
        call.url = u"http://127.0.0.1:%1%2"_s.arg(*port).arg(path);
        c.requests = {call};
        ws.collections = {c};
        Environment env;
        env.id = u"sim"_s;
        env.name = u"Sim"_s;
        env.variables = {{u"managementToken"_s, copy.managementToken, true, true}};
        if (!key.isEmpty())
            env.variables.append({u"apimSubscriptionKey"_s, key, true, true});
        env.apim.gatewayHosts = {u"127.0.0.1:%1"_s.arg(*port)};
        env.apim.management.subscriptionId = copy.subscriptionId;
        env.apim.management.resourceGroup = copy.resourceGroup;
        env.apim.management.serviceName = copy.serviceName;
        env.apim.management.endpoint = u"http://127.0.0.1:%1"_s.arg(*managementPort);
        env.apim.management.tokenSource = EnvironmentApimManagement::TokenSource::TokenVariable;
        env.apim.management.token = u"{{managementToken}}"_s;
        ws.environments = {env};
        WorkspaceStorage storage(setup->dir.path(), &m_secrets);
        if (!storage.save(ws))
            qFatal("cannot write the workspace");

        setup->window = std::make_unique<ui::MainWindow>(*m_client, *m_syntax, &m_secrets);
        setup->window->setAskForSecrets(false);
        setup->window->resize(1400, 900);
        setup->window->show();
        if (!setup->window->openWorkspace(setup->dir.path()))
            qFatal("cannot open the workspace");
        setup->window->setEnvironment(u"Sim"_s);
        setup->window->openRequest(u"call"_s);
        return setup;
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_syntax = std::make_unique<ui::SyntaxSupport>();
        m_client = std::make_unique<HttpClient>();
    }

    void theSeedStoryIsConfirmed()
    {
        const auto s = start(u"api-in-no-product.json"_s, u"/loyalty/items"_s, u"fake-scenario-key-00000000000001"_s);
        QSignalSpy finished(s->window.get(), &ui::MainWindow::exchangeFinished);
        s->window->send();
        QVERIFY(finished.wait(20'000));
        QCOMPARE(finished.first().first().value<ExchangeResult>().response->statusCode, 401);
        // The inspector opens by itself with the engine's reading, then the management API's word.
        QVERIFY(s->window->inspectorDock()->isVisible());
        ui::InspectorPanel *inspector = s->window->inspector();
        QTRY_VERIFY_WITH_TIMEOUT(inspector->findChild<QLabel *>(u"findingVerdict"_s) != nullptr, 20'000);
        QCOMPARE(inspector->findChild<QLabel *>(u"findingVerdict"_s)->text(),
                 u"Confirmed: API 'loyalty' is in no product. Your key belongs to subscription 'team' (product starter)."_s);
        QCOMPARE(inspector->findings().first().id, u"apim.key.invalid"_s);
        QCOMPARE(inspector->findings().first().confirmation, Confirmation::Confirmed);
        // It asked the real endpoints, listSecrets among them, and no key reached the inspector.
        QVERIFY(std::any_of(s->managementPaths.cbegin(), s->managementPaths.cend(), [](const QString &p) { return p.contains(u"/listSecrets"_s); }));
        QVERIFY(std::any_of(s->managementPaths.cbegin(), s->managementPaths.cend(), [](const QString &p) { return p.contains(u"/policies/policy"_s); }));
        for (QLabel *label : inspector->findChildren<QLabel *>())
            QVERIFY(!label->text().contains(u"fake-scenario-key"_s));
        QVERIFY(inspector->findChild<QPushButton *>(u"traceButton"_s)->isVisible());
    }

    void traceShowsTheGatewaysStepsAndConfirms()
    {
        const auto s = start(u"ip-filter.json"_s, u"/orders/items"_s, {});
        QSignalSpy finished(s->window.get(), &ui::MainWindow::exchangeFinished);
        s->window->send();
        QVERIFY(finished.wait(20'000));
        QCOMPARE(finished.first().first().value<ExchangeResult>().response->statusCode, 403);
        ui::InspectorPanel *inspector = s->window->inspector();
        QTRY_COMPARE_WITH_TIMEOUT(inspector->findings().first().confirmation, Confirmation::Confirmed, 20'000);
        QCOMPARE(inspector->findings().first().rankedCauses.first().id, u"ip-not-allowed"_s);
        QVERIFY2(inspector->findings().first().verdict.contains(u"10.20.0.1–10.20.0.254; you came from 127.0.0.1"_s),
                 qPrintable(inspector->findings().first().verdict));
        auto *traceBox = inspector->findChild<QWidget *>(u"traceBox"_s);
        QVERIFY(!traceBox->isVisible());

        // Trace: debug credentials, the call again with Apim-Debug-Authorization, then listTrace.
        finished.clear();
        QPushButton *trace = inspector->findChild<QPushButton *>(u"traceButton"_s);
        QVERIFY(trace->isVisible());
        QTest::mouseClick(trace, Qt::LeftButton);
        QVERIFY(finished.wait(20'000));
        const ExchangeResult traced = finished.first().first().value<ExchangeResult>();
        QVERIFY(hasHeader(traced.request.headers, "Apim-Debug-Authorization"));
        QVERIFY(hasHeader(traced.response->headers, "Apim-Trace-Id"));
        QTRY_VERIFY_WITH_TIMEOUT(traceBox->isVisible(), 20'000);
        QVERIFY(std::any_of(s->managementPaths.cbegin(), s->managementPaths.cend(), [](const QString &p) { return p.contains(u"/listDebugCredentials"_s); }));
        QVERIFY(std::any_of(s->managementPaths.cbegin(), s->managementPaths.cend(), [](const QString &p) { return p.contains(u"/listTrace"_s); }));
        const QList<QLabel *> sections = inspector->findChildren<QLabel *>(u"traceSection"_s);
        QCOMPARE(sections.size(), 2);
        QCOMPARE(sections.at(0)->text(), u"inbound"_s);
        QCOMPARE(sections.at(1)->text(), u"outbound"_s);
        const QList<QLabel *> steps = inspector->findChildren<QLabel *>(u"traceStep"_s);
        QCOMPARE(steps.size(), 4); // request, configuration, ip-filter, transfer-response
        QCOMPARE(steps.at(0)->text(), u"api-inspector · 0.0 ms\nGET "_s + traced.request.url.toString());
        QVERIFY2(steps.at(1)->text().contains(u"API /orders"_s) && steps.at(1)->text().contains(u"operation GET /items"_s), qPrintable(steps.at(1)->text()));
        QLabel *failed = steps.at(2);
        QVERIFY2(failed->text().startsWith(u"ip-filter · 0.0 ms\n"_s) && failed->text().contains(u"failed: CallerIpNotAllowed (403)"_s), qPrintable(failed->text()));
        QVERIFY(failed->font().bold());
        QVERIFY(!steps.at(0)->font().bold());
        QVERIFY(failed->toolTip().contains(u"00:00:00.0000000"_s));
        // The findings read the trace too, and the confirmation still comes.
        QTRY_COMPARE_WITH_TIMEOUT(inspector->findings().first().confirmation, Confirmation::Confirmed, 20'000);
        bool traceEvidence = false;
        for (const auto &[label, value] : inspector->findings().first().evidence)
            traceEvidence = traceEvidence || (label == u"APIM trace"_s && value == QString::fromLatin1(headerValue(traced.response->headers, "apim-trace-id")));
        QVERIFY(traceEvidence);
    }
};

QTEST_MAIN(TestApimManagementUi)
#include "tst_apimmanagementui.moc"
