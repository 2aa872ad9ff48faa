// SPDX-License-Identifier: GPL-3.0-or-later
// Runs every scenario of resources/simulator/scenarios/scenarios.json through a real simulator
// over loopback, so the scenario files the diagnosis tests build on stay true.
#include "apim/diagnosis.h"
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
        SimulatorServer server(std::move(*config));
        const auto port = server.listen();
        QVERIFY(port.has_value());
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
            }
            exchange->deleteLater();
        }
    }
};

QTEST_GUILESS_MAIN(TestSimScenarios)
#include "tst_simscenarios.moc"
