// SPDX-License-Identifier: GPL-3.0-or-later
// `gatehouse-cli send` and `explain` with the simulator's management API connected: every scenario
// of resources/simulator/scenarios/scenarios.json through the real CLI, the top finding confirmed
// as the scenario says, and no key but the one sent ever in the output.
#include "simconfig.h"
#include "simulatorserver.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QProcessEnvironment>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace Qt::StringLiterals;
using namespace gatehouse;
using namespace gatehouse::sim;

namespace {

QString scenarioDir()
{
    return QStringLiteral(GATEHOUSE_SOURCE_DIR) + u"/resources/simulator/scenarios/"_s;
}

struct Run {
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

} // namespace

class TestCliExplainManagement : public QObject
{
    Q_OBJECT

    QTemporaryDir m_home;

    Run cli(const QStringList &args, const QByteArray &input = {})
    {
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"GATEHOUSE_TEST_MANAGEMENT_TOKEN"_s, u"fake-management-token"_s);
        env.insert(u"XDG_DATA_HOME"_s, m_home.path());
        env.insert(u"XDG_CONFIG_HOME"_s, m_home.path());
        p.setProcessEnvironment(env);
        p.start(QStringLiteral(GATEHOUSE_CLI), args);
        if (!input.isEmpty()) {
            p.write(input);
            p.closeWriteChannel();
        }
        QSignalSpy finished(&p, &QProcess::finished);
        // The simulator lives in this process: keep its event loop turning while the CLI runs.
        if (!finished.wait(60'000))
            p.kill();
        return {p.exitCode(), p.readAllStandardOutput(), p.readAllStandardError()};
    }

private Q_SLOTS:
    void scenario_data()
    {
        QTest::addColumn<QJsonObject>("scenario");
        QFile file(scenarioDir() + u"scenarios.json"_s);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QJsonArray scenarios = QJsonDocument::fromJson(file.readAll()).object().value(u"scenarios"_s).toArray();
        for (const QJsonValue &s : scenarios)
            QTest::newRow(qPrintable(s.toObject().value(u"id"_s).toString())) << s.toObject();
    }

    void scenario()
    {
        QFETCH(QJsonObject, scenario);
        auto config = loadSimConfig(scenarioDir() + scenario.value(u"config"_s).toString());
        QVERIFY(config.has_value());
        QStringList keys; // every key of the service: only the one sent may show up
        for (const Subscription &s : config->subscriptions)
            keys << s.primaryKey << s.secondaryKey;
        keys.removeAll(QString());
        const QStringList management{u"--management-token-env"_s, u"GATEHOUSE_TEST_MANAGEMENT_TOKEN"_s, u"--subscription-id"_s,
                                     config->subscriptionId, u"--resource-group"_s, config->resourceGroup, u"--service"_s, config->serviceName};
        SimulatorServer server(std::move(*config));
        const auto port = server.listen();
        QVERIFY(port.has_value());
        const auto managementPort = server.listenManagement();
        QVERIFY(managementPort.has_value());
        server.gateway().setClock([] { return QDateTime(QDate(2026, 6, 1), QTime(0, 0), QTimeZone::UTC); });
        const QString origin = u"http://127.0.0.1:%1"_s.arg(*port);

        const QJsonArray requests = scenario.value(u"requests"_s).toArray();
        for (qsizetype i = 0; i < requests.size(); ++i) {
            const QJsonObject call = requests.at(i).toObject();
            const QJsonObject expect = call.value(u"expect"_s).toObject();
            const QByteArray where = u"request %1 (%2)"_s.arg(i).arg(call.value(u"path"_s).toString()).toUtf8();
            QStringList args{u"send"_s, u"--json"_s, u"--no-history"_s, u"-X"_s, call.value(u"method"_s).toString(), origin + call.value(u"path"_s).toString()};
            QString sentKey;
            const QJsonObject headers = call.value(u"headers"_s).toObject();
            for (auto it = headers.begin(); it != headers.end(); ++it) {
                args << u"-H"_s << it.key() + u": "_s + it.value().toString();
                if (keys.contains(it.value().toString()))
                    sentKey = it.value().toString();
            }
            const bool confirmable = expect.value(u"finding"_s).isString();
            // Only a known gateway host makes a non-APIM body "passed through by APIM".
            if (expect.value(u"finding"_s).toString() == u"apim.backend.passthrough"_s)
                args << u"--apim-host"_s << u"127.0.0.1:%1"_s.arg(*port);
            if (confirmable)
                args << u"--management-url"_s << u"http://127.0.0.1:%1"_s.arg(*managementPort) << management;
            const Run run = cli(args);
            QVERIFY2(run.exitCode == 0, QByteArray(where + ' ' + run.err).constData());
            for (const QString &key : std::as_const(keys)) {
                if (key != sentKey && call.value(u"path"_s).toString().indexOf(key) < 0)
                    QVERIFY2(!run.out.contains(key.toUtf8()) && !run.err.contains(key.toUtf8()), where.constData());
            }
            if (!confirmable)
                continue;
            QVERIFY2(!run.err.contains("could not confirm"), QByteArray(where + ' ' + run.err).constData());
            const QJsonArray findings = QJsonDocument::fromJson(run.out).object().value(u"findings"_s).toArray();
            QVERIFY2(!findings.isEmpty(), QByteArray(where + ' ' + run.out).constData());
            const QJsonObject top = findings.first().toObject();
            QCOMPARE(top.value(u"id"_s).toString(), expect.value(u"finding"_s).toString());
            QVERIFY(top.contains(u"confidence"_s));
            QVERIFY(top.value(u"evidence"_s).isArray());
            QVERIFY(top.value(u"fixes"_s).isArray());
            if (expect.value(u"confirmed"_s).isString()) {
                QVERIFY2(top.value(u"confirmed"_s).toBool(), QByteArray(where + ' ' + QJsonDocument(top).toJson()).constData());
                QCOMPARE(top.value(u"confidence"_s).toDouble(), 1.0);
                const QJsonArray causes = top.value(u"rankedCauses"_s).toArray();
                QCOMPARE(causes.first().toObject().value(u"id"_s).toString(), expect.value(u"confirmed"_s).toString());
                for (const QJsonValue &id : expect.value(u"ruledOut"_s).toArray()) {
                    for (const QJsonValue &c : causes) {
                        if (c.toObject().value(u"id"_s) == id)
                            QCOMPARE(c.toObject().value(u"confirmation"_s).toString(), u"ruled-out"_s);
                    }
                }
            } else {
                QVERIFY2(top.value(u"confirmed"_s).isNull(), QByteArray(where + ' ' + QJsonDocument(top).toJson()).constData());
            }
        }
    }

    void explainASavedExchange()
    {
        auto config = loadSimConfig(scenarioDir() + u"routing-not-found.json"_s);
        QVERIFY(config.has_value());
        const QStringList management{u"--management-token-env"_s, u"GATEHOUSE_TEST_MANAGEMENT_TOKEN"_s, u"--subscription-id"_s,
                                     config->subscriptionId, u"--resource-group"_s, config->resourceGroup, u"--service"_s, config->serviceName};
        SimulatorServer server(std::move(*config));
        const auto port = server.listen();
        const auto managementPort = server.listenManagement();
        QVERIFY(port && managementPort);
        const Run saved = cli({u"send"_s, u"--json"_s, u"--no-history"_s, u"--no-explain"_s, u"http://127.0.0.1:%1/order/7"_s.arg(*port),
                               u"-H"_s, u"Ocp-Apim-Subscription-Key: fake-scenario-key-00000000000001"_s});
        QCOMPARE(saved.exitCode, 0);
        const Run text = cli(QStringList{u"explain"_s, u"-"_s, u"--management-url"_s, u"http://127.0.0.1:%1"_s.arg(*managementPort)} + management,
                             saved.out);
        QCOMPARE(text.exitCode, 0);
        QVERIFY2(text.out.contains("Confirmed: no API of service"), text.out.constData());
        QVERIFY2(text.out.contains("(ruled out)"), text.out.constData());

        // Wrong token: the findings still come, with the reason the confirmation failed.
        const Run denied = cli(QStringList{u"explain"_s, u"-"_s, u"--management-url"_s, u"http://127.0.0.1:%1"_s.arg(*managementPort),
                                           u"--management-token-env"_s, u"HOME"_s, u"--subscription-id"_s, u"x"_s, u"--resource-group"_s, u"y"_s,
                                           u"--service"_s, u"z"_s},
                               saved.out);
        QCOMPARE(denied.exitCode, 0);
        QVERIFY2(denied.err.contains("could not confirm with the management API") && denied.err.contains("HTTP 401"), denied.err.constData());
        QVERIFY(denied.out.contains("apim.route.not-found"));

        // An incomplete connection is a usage error.
        const Run incomplete = cli({u"explain"_s, u"-"_s, u"--service"_s, u"z"_s}, saved.out);
        QCOMPARE(incomplete.exitCode, 2);
        QVERIFY2(incomplete.err.contains("--subscription-id"), incomplete.err.constData());
    }

    void apimTraceFromTheCli()
    {
        auto config = loadSimConfig(scenarioDir() + u"backend-failures.json"_s);
        QVERIFY(config.has_value());
        const QStringList management{u"--management-token-env"_s, u"GATEHOUSE_TEST_MANAGEMENT_TOKEN"_s, u"--subscription-id"_s,
                                     config->subscriptionId, u"--resource-group"_s, config->resourceGroup, u"--service"_s, config->serviceName};
        SimulatorServer server(std::move(*config));
        const auto port = server.listen();
        const auto managementPort = server.listenManagement();
        QVERIFY(port && managementPort);
        const QStringList call{u"send"_s, u"--no-history"_s, u"http://127.0.0.1:%1/orders/down"_s.arg(*port), u"--apim-trace"_s,
                               u"--management-url"_s, u"http://127.0.0.1:%1"_s.arg(*managementPort)};

        // JSON: the trace as listTrace gave it, and the finding it confirms.
        const Run json = cli(QStringList{call} << u"--json"_s << management);
        QVERIFY2(json.exitCode == 0, json.err.constData());
        const QJsonObject o = QJsonDocument::fromJson(json.out).object();
        const QJsonObject trace = o.value(u"apimTrace"_s).toObject();
        QVERIFY2(!trace.isEmpty(), json.out.constData());
        const QJsonArray backend = trace.value(u"traceEntries"_s).toObject().value(u"backend"_s).toArray();
        QCOMPARE(backend.last().toObject().value(u"data"_s).toObject().value(u"reason"_s).toString(), u"BackendConnectionFailure"_s);
        const QJsonObject top = o.value(u"findings"_s).toArray().first().toObject();
        QCOMPARE(top.value(u"id"_s).toString(), u"apim.backend.failure"_s);
        QVERIFY2(top.value(u"confirmed"_s).toBool(), QJsonDocument(top).toJson().constData());
        QCOMPARE(top.value(u"rankedCauses"_s).toArray().first().toObject().value(u"id"_s).toString(), u"backend-unreachable"_s);
        // The debug token is a credential: masked in the request as sent.
        const QJsonArray sentHeaders = o.value(u"request"_s).toObject().value(u"headers"_s).toArray();
        bool masked = false;
        for (const QJsonValue &h : sentHeaders) {
            const QJsonObject header = h.toObject();
            if (header.value(u"name"_s).toString() == u"Apim-Debug-Authorization"_s)
                masked = !header.value(u"value"_s).toString().contains(u"p=tracing"_s);
        }
        QVERIFY2(masked, QJsonDocument(o.value(u"request"_s).toObject()).toJson().constData());

        // Text: the steps on standard error, after the findings.
        const Run text = cli(QStringList{call} << management);
        QVERIFY2(text.exitCode == 0, text.err.constData());
        QVERIFY2(text.err.contains("APIM trace ") && text.err.contains("forward-request") && text.err.contains("BackendConnectionFailure"),
                 text.err.constData());

        // Without a management connection, --apim-trace is a usage error that says what is missing.
        const Run alone = cli({u"send"_s, u"--no-history"_s, u"http://127.0.0.1:%1/orders/down"_s.arg(*port), u"--apim-trace"_s});
        QCOMPARE(alone.exitCode, 2);
        QVERIFY2(alone.err.contains("--apim-trace needs the management connection") && alone.err.contains("--subscription-id"), alone.err.constData());
    }

    void importFromApimThenSend()
    {
        auto config = loadSimConfig(scenarioDir() + u"version-missing-or-unknown.json"_s);
        QVERIFY(config.has_value());
        const QStringList management{u"--management-token-env"_s, u"GATEHOUSE_TEST_MANAGEMENT_TOKEN"_s, u"--subscription-id"_s,
                                     config->subscriptionId, u"--resource-group"_s, config->resourceGroup, u"--service"_s, config->serviceName};
        SimulatorServer server(std::move(*config));
        const auto port = server.listen();
        const auto managementPort = server.listenManagement();
        QVERIFY(port && managementPort);
        QTemporaryDir dir;
        const QString workspace = dir.filePath(u"ws"_s);
        const QString secrets = dir.filePath(u"secrets.json"_s);
        const Run imported = cli(QStringList{u"import"_s, u"--from-apim"_s, u"--api"_s, u"orders-v2"_s, u"--into"_s, workspace, u"--secrets-file"_s,
                                             secrets, u"--env-name"_s, u"sim"_s, u"--management-url"_s, u"http://127.0.0.1:%1"_s.arg(*managementPort)}
                                 + management);
        QVERIFY2(imported.exitCode == 0, imported.err.constData());
        QVERIFY2(imported.out.contains("orders-v2"), imported.out.constData());
        QFile env(workspace + u"/environments/sim.json"_s);
        QVERIFY(env.open(QIODevice::ReadOnly));
        const QByteArray envText = env.readAll();
        QVERIFY2(envText.contains("\"service\": \"scn-versions\""), envText.constData());
        QVERIFY2(envText.contains("\"gatewayHosts\": [\n      \"scn-versions.azure-api.net\""), envText.constData());
        QVERIFY(!envText.contains("fake-scenario-key"));
        QFile secretFile(secrets);
        QVERIFY(secretFile.open(QIODevice::ReadOnly));
        QVERIFY(secretFile.readAll().contains("fake-scenario-key-00000000000001"));

        // The imported request, sent to the simulator with the imported key.
        const Run sent = cli({u"send"_s, u"--no-history"_s, u"--workspace"_s, workspace, u"--request"_s, u"orders-v2/get-items"_s, u"--env"_s,
                              u"sim"_s, u"--secrets-file"_s, secrets, u"--env-var"_s, u"baseUrl=http://127.0.0.1:%1"_s.arg(*port),
                              u"--apim-host"_s, u"127.0.0.1:%1"_s.arg(*port)});
        QVERIFY2(sent.exitCode == 0, sent.err.constData());
        QVERIFY2(sent.out.startsWith("HTTP/1.1 200"), QByteArray(sent.out + sent.err).constData());
    }
};

QTEST_GUILESS_MAIN(TestCliExplainManagement)
#include "tst_cli_explain_management.moc"
