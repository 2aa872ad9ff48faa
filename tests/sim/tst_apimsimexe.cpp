// SPDX-License-Identifier: GPL-3.0-or-later
// The gatehouse-apimsim executable: starts, prints its URL, answers like APIM, stops on SIGTERM.
#include "http/httpclient.h"

#include <QProcess>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>

using namespace Qt::StringLiterals;
using namespace gatehouse;

class TestApimSimExe : public QObject
{
    Q_OBJECT

    static QString program() { return QStringLiteral(GATEHOUSE_APIMSIM_PATH); }
    static QString playground() { return QStringLiteral(GATEHOUSE_SOURCE_DIR) + u"/resources/simulator/playground.json"_s; }

    static HttpResponse fetch(HttpClient &client, const QUrl &url, const HeaderList &headers = {})
    {
        HttpRequest request;
        request.url = url;
        request.headers = headers;
        request.timeout = std::chrono::seconds(20);
        Exchange *exchange = client.send(request);
        QSignalSpy finished(exchange, &Exchange::finished);
        if (!finished.wait(20'000))
            return {};
        return exchange->result().response.value_or(HttpResponse {});
    }

private Q_SLOTS:
    void servesThePlaygroundAndStopsOnSigterm()
    {
        QProcess sim;
        sim.start(program(), { u"--config"_s, playground(), u"--port"_s, u"0"_s });
        QVERIFY2(sim.waitForStarted(10'000), qPrintable(sim.errorString()));
        QTRY_VERIFY_WITH_TIMEOUT(sim.canReadLine(), 10'000);
        const QString line = QString::fromUtf8(sim.readLine()).trimmed();
        static const QRegularExpression urlLine(u"^Gateway: (http://127\\.0\\.0\\.1:(\\d+))$"_s);
        const QRegularExpressionMatch m = urlLine.match(line);
        QVERIFY2(m.hasMatch(), qPrintable(line));
        QVERIFY(m.captured(2).toInt() > 0);
        const QString base = m.captured(1);

        HttpClient client;
        // The seed story: a valid Starter key on the API that is in no product.
        const HttpResponse seed = fetch(client, QUrl(base + u"/loyalty/members/7/points"_s),
            { { "Ocp-Apim-Subscription-Key"_ba, "fake-starter-primary-key-00000001"_ba } });
        QCOMPARE(seed.statusCode, 401);
        QCOMPARE(seed.body,
            "{ \"statusCode\": 401, \"message\": \"Access denied due to invalid subscription key. Make sure to provide a valid key for an active subscription.\" }"_ba);
        QCOMPARE(headerValue(seed.headers, "www-authenticate"),
            (u"AzureApiManagementKey realm=\"%1/loyalty\",name=\"Ocp-Apim-Subscription-Key\",type=\"header\""_s.arg(base)).toUtf8());
        // The same key on an API of its product works.
        const HttpResponse ok = fetch(
            client, QUrl(base + u"/echo/resource"_s), { { "Ocp-Apim-Subscription-Key"_ba, "fake-starter-primary-key-00000001"_ba } });
        QCOMPARE(ok.statusCode, 200);

        // Each request is logged to stderr, without the query string.
        QByteArray log;
        QTRY_VERIFY_WITH_TIMEOUT(
            (log += sim.readAllStandardError()).contains("GET /loyalty/members/7/points 401 authorization/SubscriptionKeyInvalid"), 5000);

        ::kill(pid_t(sim.processId()), SIGTERM);
        QVERIFY(sim.waitForFinished(10'000));
        QCOMPARE(sim.exitStatus(), QProcess::NormalExit);
        QCOMPARE(sim.exitCode(), 0);
    }

    void servesTheManagementApi()
    {
        QProcess sim;
        sim.start(program(), { u"--config"_s, playground(), u"--management-port"_s, u"0"_s, u"--quiet"_s });
        QVERIFY2(sim.waitForStarted(10'000), qPrintable(sim.errorString()));
        QByteArray out;
        QTRY_VERIFY_WITH_TIMEOUT((out += sim.readAllStandardOutput()).count('\n') >= 2, 10'000);
        const QList<QByteArray> lines = out.split('\n');
        QVERIFY2(lines.at(0).startsWith("Gateway: http://127.0.0.1:"), lines.at(0).constData());
        static const QRegularExpression managementLine(
            u"^Management: (http://127\\.0\\.0\\.1:\\d+/subscriptions/[^/]+/resourceGroups/rg-contoso-coffee/providers/Microsoft\\.ApiManagement/service/contoso-coffee)$"_s);
        const QRegularExpressionMatch m = managementLine.match(QString::fromUtf8(lines.at(1)));
        QVERIFY2(m.hasMatch(), lines.at(1).constData());

        HttpClient client;
        // Management confirms the seed story: the API with the 401 is in no product.
        const HttpResponse products = fetch(client, QUrl(m.captured(1) + u"/apis/loyalty/products?api-version=2024-05-01"_s),
            { { "Authorization"_ba, "Bearer fake-management-token"_ba } });
        QCOMPARE(products.statusCode, 200);
        QCOMPARE(products.body, "{\"count\":0,\"value\":[]}"_ba);

        sim.terminate(); // SIGTERM
        QVERIFY(sim.waitForFinished(10'000));
        QCOMPARE(sim.exitCode(), 0);
    }

    void badConfigExitsWithTheReason()
    {
        QTemporaryDir dir;
        const QString file = dir.filePath(u"broken.json"_s);
        QFile f(file);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("{ \"service\": { \"name\": \"x\" }, \"subscriptions\": [ { \"id\": \"s\", \"scope\": \"/products/gold\", \"primaryKey\": "
                "\"k\" } ] }");
        f.close();
        QProcess sim;
        sim.start(program(), { u"--config"_s, file });
        QVERIFY(sim.waitForFinished(10'000));
        QCOMPARE(sim.exitCode(), 1);
        const QString err = QString::fromUtf8(sim.readAllStandardError());
        QVERIFY2(err.contains(file + u": subscriptions[0].scope: there is no product with the id 'gold'."_s), qPrintable(err));
        QVERIFY(sim.readAllStandardOutput().isEmpty());
    }

    void checkOnly()
    {
        QProcess sim;
        sim.start(program(), { u"--check"_s, u"--config"_s, playground() });
        QVERIFY(sim.waitForFinished(10'000));
        QCOMPARE(sim.exitCode(), 0);
        QCOMPARE(QString::fromUtf8(sim.readAllStandardOutput()),
            playground() + u": valid: service 'contoso-coffee'; APIs: 7, products: 4, subscriptions: 6.\n"_s);
    }

    void usageErrors()
    {
        QProcess sim;
        sim.start(program(), { u"--port"_s, u"0"_s });
        QVERIFY(sim.waitForFinished(10'000));
        QCOMPARE(sim.exitCode(), 2);
        QVERIFY(sim.readAllStandardError().contains("--config FILE is required"));

        sim.start(program(), { u"--config"_s, playground(), u"--listen"_s, u"not-an-address"_s });
        QVERIFY(sim.waitForFinished(10'000));
        QCOMPARE(sim.exitCode(), 2);
    }
};

QTEST_GUILESS_MAIN(TestApimSimExe)
#include "tst_apimsimexe.moc"
