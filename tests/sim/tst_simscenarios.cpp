// SPDX-License-Identifier: GPL-3.0-or-later
// Runs every scenario of resources/simulator/scenarios/scenarios.json through a real simulator
// over loopback, so the scenario files the diagnosis tests build on stay true.
#include "apim/diagnosis.h"
#include "apim/managementclient.h"
#include "http/httpclient.h"
#include "simconfig.h"
#include "simulatorserver.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
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
} // namespace

class TestSimScenarios : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void scenario_data()
    {
        QTest::addColumn<QJsonObject>("scenario");
        QFile file(scenarioDir() + u"scenarios.json"_s);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QJsonArray scenarios = QJsonDocument::fromJson(file.readAll()).object().value(u"scenarios"_s).toArray();
        QVERIFY(scenarios.size() >= 15);
        for (const QJsonValue &s : scenarios)
            QTest::newRow(qPrintable(s.toObject().value(u"id"_s).toString())) << s.toObject();
    }

    void scenario()
    {
        QFETCH(QJsonObject, scenario);
        auto config = loadSimConfig(scenarioDir() + scenario.value(u"config"_s).toString());
        QVERIFY2(config.has_value(), qPrintable(config ? QString() : config.error().message));
        ManagementTarget target;
        target.subscriptionId = config->subscriptionId;
        target.resourceGroup = config->resourceGroup;
        target.serviceName = config->serviceName;
        const QByteArray managementToken = config->managementToken.toUtf8();
        SimulatorServer server(std::move(*config));
        const auto port = server.listen();
        QVERIFY(port.has_value());
        const auto managementPort = server.listenManagement();
        QVERIFY(managementPort.has_value());
        target.endpoint = QUrl(u"http://127.0.0.1:%1"_s.arg(*managementPort));
        ManagementClient management;
        management.setCacheLifetime(std::chrono::milliseconds(0));
        server.gateway().setClock([] { return QDateTime(QDate(2026, 6, 1), QTime(0, 0), QTimeZone::UTC); });
        const QString origin = u"http://127.0.0.1:%1"_s.arg(*port);
        HttpClient client;

        const QJsonArray requests = scenario.value(u"requests"_s).toArray();
        QVERIFY(!requests.isEmpty());
        for (qsizetype i = 0; i < requests.size(); ++i) {
            const QJsonObject call = requests.at(i).toObject();
            const QJsonObject expect = call.value(u"expect"_s).toObject();
            const QByteArray where
                = u"request %1 (%2 %3)"_s.arg(i).arg(call.value(u"method"_s).toString(), call.value(u"path"_s).toString()).toUtf8();
            HttpRequest request;
            request.method = call.value(u"method"_s).toString().toLatin1();
            request.url = QUrl(origin + call.value(u"path"_s).toString());
            const QJsonObject headers = call.value(u"headers"_s).toObject();
            for (auto it = headers.begin(); it != headers.end(); ++it)
                request.headers.append({ it.key().toLatin1(), it.value().toString().toUtf8() });
            request.timeout = std::chrono::seconds(20);

            QSignalSpy handled(&server, &SimulatorServer::requestHandled);
            Exchange *exchange = client.send(request);
            QSignalSpy finished(exchange, &Exchange::finished);
            QVERIFY2(finished.wait(20'000), where.constData());
            const ExchangeResult result = exchange->result();
            QVERIFY2(result.response.has_value(), where.constData());
            const HttpResponse &response = *result.response;

            QVERIFY2(response.statusCode == expect.value(u"status"_s).toInt(),
                QByteArray(where + " status " + QByteArray::number(response.statusCode) + " body " + response.body).constData());
            if (expect.contains(u"body"_s))
                QVERIFY2(
                    response.body == expect.value(u"body"_s).toString().toUtf8(), QByteArray(where + " body " + response.body).constData());
            const QJsonObject expectedHeaders = expect.value(u"headers"_s).toObject();
            for (auto it = expectedHeaders.begin(); it != expectedHeaders.end(); ++it) {
                const QByteArray expected = it.value().toString().replace(u"{origin}"_s, origin).toUtf8();
                const QByteArray actual = headerValue(response.headers, it.key().toLatin1());
                QVERIFY2(actual == expected, QByteArray(where + ' ' + it.key().toLatin1() + ": " + actual + " != " + expected).constData());
            }
            if (expect.contains(u"lastErrorReason"_s)) {
                QTRY_COMPARE(handled.size(), 1);
                QVERIFY2(handled.first().at(4).toString() == expect.value(u"lastErrorReason"_s).toString(),
                    QByteArray(where + " reason " + handled.first().at(4).toString().toUtf8()).constData());
            }
            // The diagnosis engine reads this answer as the scenario says (FACTS.md §6): the top
            // finding, or none at all for an answer that is fine.
            if (expect.contains(u"finding"_s)) {
                ApimProfile profile;
                profile.gatewayHosts = {u"127.0.0.1:%1"_s.arg(*port)};
                const QList<Finding> findings = diagnose({result, profile, std::nullopt, QDateTime(QDate(2026, 6, 1), QTime(0, 0), QTimeZone::UTC)});
                const QString expected = expect.value(u"finding"_s).toString();
                const QString actual = findings.isEmpty() ? QString() : findings.first().id;
                QVERIFY2(actual == expected, QByteArray(where + " finding '" + actual.toUtf8() + "' expected '" + expected.toUtf8() + "'").constData());

                // The same answer, checked against the simulator's management API (FACTS.md §5).
                if (!expected.isEmpty()) {
                    std::optional<Expected<ManagementSnapshot>> snapshot;
                    management.fetchSnapshot(target, managementToken, result.request, sentSubscriptionKey(result.request, profile),
                                             [&snapshot](const Expected<ManagementSnapshot> &s) { snapshot = s; });
                    QTRY_VERIFY_WITH_TIMEOUT(snapshot.has_value(), 20'000);
                    QVERIFY2(snapshot->has_value(), QByteArray(where + ' ' + (snapshot->has_value() ? QByteArray() : snapshot->error().message.toUtf8())).constData());
                    const QList<Finding> confirmed
                        = diagnose({result, profile, std::nullopt, QDateTime(QDate(2026, 6, 1), QTime(0, 0), QTimeZone::UTC)}, **snapshot);
                    QVERIFY2(!confirmed.isEmpty(), where.constData());
                    const Finding &top = confirmed.first();
                    QVERIFY2(top.id == expected, QByteArray(where + " confirmed finding " + top.id.toUtf8()).constData());
                    const QJsonValue cause = expect.value(u"confirmed"_s);
                    if (cause.isString()) {
                        QVERIFY2(top.confirmation == Confirmation::Confirmed,
                                 QByteArray(where + " not confirmed: " + top.verdict.toUtf8()).constData());
                        QVERIFY2(top.verdict.startsWith(u"Confirmed: "_s), QByteArray(where + ' ' + top.verdict.toUtf8()).constData());
                        QVERIFY2(!top.rankedCauses.isEmpty() && top.rankedCauses.first().id == cause.toString(),
                                 QByteArray(where + " top cause " + (top.rankedCauses.isEmpty() ? QByteArray() : top.rankedCauses.first().id.toUtf8())
                                            + " (" + top.verdict.toUtf8() + ")")
                                     .constData());
                        QCOMPARE(top.rankedCauses.first().confirmation, Confirmation::Confirmed);
                        QVERIFY(top.confidence > 0.99);
                        QCOMPARE(top.causes.first(), top.rankedCauses.first().text);
                    } else {
                        QVERIFY2(top.confirmation == Confirmation::Unknown, QByteArray(where + ' ' + top.verdict.toUtf8()).constData());
                    }
                    for (const QJsonValue &id : expect.value(u"ruledOut"_s).toArray()) {
                        bool found = false;
                        for (const FindingCause &c : top.rankedCauses) {
                            if (c.id == id.toString()) {
                                found = true;
                                QVERIFY2(c.confirmation == Confirmation::RuledOut,
                                         QByteArray(where + " cause " + c.id.toUtf8() + " not ruled out").constData());
                                QCOMPARE(c.confidence, 0.0);
                            }
                        }
                        QVERIFY2(found, QByteArray(where + " no cause " + id.toString().toUtf8()).constData());
                    }
                }
            }
            exchange->deleteLater();
        }
    }
};

QTEST_GUILESS_MAIN(TestSimScenarios)
#include "tst_simscenarios.moc"
