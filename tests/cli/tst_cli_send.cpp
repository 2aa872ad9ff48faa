// SPDX-License-Identifier: GPL-3.0-or-later
// gatehouse-cli send, run as a real process against a loopback server.
#include "testserver.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QFile>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryFile>
#include <QTest>

using namespace Qt::StringLiterals;
using gatehouse::test::TestServer;

struct Run {
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

class TestCliSend : public QObject
{
    Q_OBJECT

    TestServer m_server;

    // The server lives in this process, so wait with an event loop, never waitForFinished().
    Run cli(const QStringList &args, const QByteArray &stdinData = {})
    {
        QProcess p;
        p.start(QStringLiteral(GATEHOUSE_CLI), args);
        if (!p.waitForStarted())
            qFatal("cannot start gatehouse-cli");
        if (!stdinData.isNull()) {
            p.write(stdinData);
            p.closeWriteChannel();
        }
        QSignalSpy finished(&p, &QProcess::finished);
        if (!finished.wait(20000))
            qFatal("gatehouse-cli did not finish");
        return {p.exitCode(), p.readAllStandardOutput(), p.readAllStandardError()};
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_server.listen()); }

    void printsStatusHeadersAndBody()
    {
        const Run r = cli({u"send"_s, m_server.url(u"/json"_s).toString()});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.startsWith("HTTP/1.1 200 OK\n"), r.out.constData());
        QVERIFY(r.out.contains("content-type: application/json; charset=utf-8\n"));
        QVERIFY(r.out.contains(QByteArray("\n\n" + TestServer::jsonDocument())));
    }

    void prettyPrintsOnRequest()
    {
        const Run r = cli({u"send"_s, u"--pretty"_s, m_server.url(u"/json"_s).toString()});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.contains("{\n  \"name\": \"Gatehouse\",\n  \"zeta\": 1.50,"), r.out.constData());
    }

    void errorStatusStillExitsZero()
    {
        const Run r = cli({u"send"_s, m_server.url(u"/status/503"_s).toString()});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.startsWith("HTTP/1.1 503 Service Unavailable\n"));
    }

    void headersAndDataAreSent()
    {
        const Run r = cli({u"send"_s, u"-H"_s, u"X-Trace: 42"_s, u"-H"_s, u"Content-Type: application/json"_s, u"-d"_s, u"{\"a\":1}"_s,
                           m_server.url(u"/echo"_s).toString()});
        QCOMPARE(r.exitCode, 0);
        const TestServer::Request &arrived = m_server.requests().last();
        QCOMPARE(arrived.method, "POST"_ba); // -d implies POST, as in curl
        QCOMPARE(arrived.header("x-trace"), "42"_ba);
        QCOMPARE(arrived.body, "{\"a\":1}"_ba);
    }

    void bodyFromFileAndStdin()
    {
        QTemporaryFile file;
        QVERIFY(file.open());
        file.write("from-file");
        file.close();
        Run r = cli({u"send"_s, u"-X"_s, u"put"_s, u"--data-file"_s, file.fileName(), m_server.url(u"/echo"_s).toString()});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(m_server.requests().last().method, "PUT"_ba);
        QCOMPARE(m_server.requests().last().body, "from-file"_ba);
        r = cli({u"send"_s, u"-d"_s, u"@"_s + file.fileName(), m_server.url(u"/echo"_s).toString()});
        QCOMPARE(m_server.requests().last().body, "from-file"_ba);
        r = cli({u"send"_s, u"--data-file"_s, u"-"_s, m_server.url(u"/echo"_s).toString()}, "from-stdin"_ba);
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(m_server.requests().last().body, "from-stdin"_ba);
    }

    void jsonOutput()
    {
        const Run r = cli({u"send"_s, u"--json"_s, u"-H"_s, u"Ocp-Apim-Subscription-Key: fake-key-0000"_s, m_server.url(u"/status/401"_s).toString()});
        QCOMPARE(r.exitCode, 0);
        QJsonParseError error;
        const QJsonObject o = QJsonDocument::fromJson(r.out, &error).object();
        QCOMPARE(error.error, QJsonParseError::NoError);
        QCOMPARE(o[u"response"_s][u"status"_s].toInt(), 401);
        QCOMPARE(o[u"response"_s][u"body"_s].toString(), u"{\"status\":401}"_s);
        QCOMPARE(o[u"request"_s][u"method"_s].toString(), u"GET"_s);
        QVERIFY(o[u"timings"_s][u"total"_s].toInt() >= 0);
        // The key went on the wire but not into the output.
        QCOMPARE(m_server.requests().last().header("ocp-apim-subscription-key"), "fake-key-0000"_ba);
        QVERIFY(!r.out.contains("fake-key-0000"));
        bool found = false;
        for (const QJsonValue &h : o[u"request"_s][u"headers"_s].toArray())
            found |= h[u"name"_s].toString() == u"Ocp-Apim-Subscription-Key"_s;
        QVERIFY(found);
    }

    void verboseShowsRequestWithoutSecrets()
    {
        Run r = cli({u"send"_s, u"-v"_s, u"-H"_s, u"Authorization: Bearer fake-token"_s, m_server.url(u"/echo"_s).toString()});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.err.contains(QByteArray("> GET " + m_server.url(u"/echo"_s).toEncoded())), r.err.constData());
        QVERIFY(r.err.contains("> Authorization: Bearer \xe2\x80\xa2\xe2\x80\xa2\xe2\x80\xa2"));
        QVERIFY(!r.err.contains("fake-token"));
        r = cli({u"send"_s, u"-v"_s, u"--show-secrets"_s, u"-H"_s, u"Authorization: Bearer fake-token"_s, m_server.url(u"/echo"_s).toString()});
        QVERIFY(r.err.contains("> Authorization: Bearer fake-token"));
    }

    void throughAProxy()
    {
        const Run r = cli({u"send"_s, u"--proxy"_s, m_server.url().toString(), u"http://api.example.invalid/echo"_s});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(m_server.requests().last().target, "http://api.example.invalid/echo"_ba);
    }

    void apimErrorsAreExplained()
    {
        Run r = cli({u"send"_s, m_server.url(u"/apim/key"_s).toString()});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.startsWith("HTTP/1.1 401"));
        QVERIFY2(r.err.contains("[apim.key.missing]"), r.err.constData());
        QVERIFY(r.err.contains("Likely causes:"));

        r = cli({u"send"_s, u"-H"_s, u"api-key: fake-key-0000"_s, m_server.url(u"/apim/key"_s).toString()});
        QVERIFY2(r.err.contains("[apim.key.wrong-header]"), r.err.constData());
        QVERIFY(r.err.contains("Send it as Ocp-Apim-Subscription-Key"));

        r = cli({u"send"_s, u"--no-explain"_s, m_server.url(u"/apim/key"_s).toString()});
        QVERIFY(!r.err.contains("[apim."));
    }

    void environmentKeyGoesToTheGatewayOnly()
    {
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"GATEHOUSE_TEST_KEY"_s, u"fake-key-0000"_s);
        p.setProcessEnvironment(env);
        const QString gateway = u"127.0.0.1:%1"_s.arg(m_server.port());
        p.start(QStringLiteral(GATEHOUSE_CLI), {u"send"_s, u"--json"_s, u"--apim-host"_s, gateway, u"--apim-key-env"_s, u"GATEHOUSE_TEST_KEY"_s,
                                               m_server.url(u"/apim/key"_s).toString()});
        QSignalSpy finished(&p, &QProcess::finished);
        QVERIFY(finished.wait(20000));
        QCOMPARE(p.exitCode(), 0);
        const QByteArray out = p.readAllStandardOutput();
        QCOMPARE(m_server.requests().last().header("ocp-apim-subscription-key"), "fake-key-0000"_ba);
        const QJsonObject o = QJsonDocument::fromJson(out).object();
        QCOMPARE(o[u"response"_s][u"status"_s].toInt(), 200);
        QVERIFY(o[u"findings"_s].toArray().isEmpty());
        // Another host never gets the key, even in the same command line.
        p.start(QStringLiteral(GATEHOUSE_CLI), {u"send"_s, u"--apim-host"_s, u"contoso.azure-api.net"_s, u"--apim-key-env"_s, u"GATEHOUSE_TEST_KEY"_s,
                                               m_server.url(u"/apim/key"_s).toString()});
        QVERIFY(finished.wait(20000));
        QCOMPARE(m_server.requests().last().header("ocp-apim-subscription-key"), QByteArray());
        QVERIFY(p.readAllStandardError().contains("[apim.key.not-a-gateway-host]"));
    }

    void explainASavedExchange()
    {
        const Run sent = cli({u"send"_s, u"--json"_s, u"-H"_s, u"Ocp-Apim-Subscription-Key: wrong-fake-key"_s, m_server.url(u"/apim/key"_s).toString()});
        QCOMPARE(sent.exitCode, 0);
        QCOMPARE(QJsonDocument::fromJson(sent.out).object()[u"findings"_s][0][u"id"_s].toString(), u"apim.key.invalid"_s);
        QTemporaryFile saved;
        QVERIFY(saved.open());
        saved.write(sent.out);
        saved.close();
        Run r = cli({u"explain"_s, saved.fileName()});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.contains("[apim.key.invalid]"), r.out.constData());
        QVERIFY(r.out.contains("never added to a product"));
        r = cli({u"explain"_s, u"--json"_s}, sent.out);
        QCOMPARE(QJsonDocument::fromJson(r.out).array().first()[u"id"_s].toString(), u"apim.key.invalid"_s);
        r = cli({u"explain"_s}, "not json"_ba);
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.err.contains("is not JSON"));
    }

    void exchangesAreRecordedInHistoryWithoutSecrets()
    {
        // ctest gives every test its own XDG_DATA_HOME, so this is the test's own history.
        const QString history = QProcessEnvironment::systemEnvironment().value(u"XDG_DATA_HOME"_s) + u"/Gatehouse/gatehouse/history.jsonl"_s;
        if (!QProcessEnvironment::systemEnvironment().contains(u"XDG_DATA_HOME"_s))
            QSKIP("run through ctest, which sets XDG_DATA_HOME");
        QFile::remove(history);
        Run r = cli({u"send"_s, u"-H"_s, u"Ocp-Apim-Subscription-Key: fake-key-0000"_s, m_server.url(u"/status/201?subscription-key=fake-key-0000"_s).toString()});
        QCOMPARE(r.exitCode, 0);
        QFile file(history);
        QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(history));
        const QByteArray recorded = file.readAll();
        QVERIFY(recorded.contains("/status/201"));
        QVERIFY(recorded.contains("201"));
        QVERIFY(recorded.contains("Ocp-Apim-Subscription-Key"));
        QVERIFY(!recorded.contains("fake-key-0000"));
        file.close();
        r = cli({u"send"_s, u"--no-history"_s, m_server.url(u"/status/202"_s).toString()});
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(!file.readAll().contains("/status/202"));
    }

    void connectionRefusedExitsNonZero()
    {
        quint16 port = 0;
        {
            QTcpServer probe;
            QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
            port = probe.serverPort();
        }
        const Run r = cli({u"send"_s, u"http://127.0.0.1:%1/"_s.arg(port)});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains("Connection refused"), r.err.constData());
        QVERIFY(r.out.isEmpty());
    }

    void transportErrorInJsonToo()
    {
        const Run r = cli({u"send"_s, u"--json"_s, u"--timeout"_s, u"0.3"_s, m_server.url(u"/stall"_s).toString()});
        QCOMPARE(r.exitCode, 1);
        const QJsonObject o = QJsonDocument::fromJson(r.out).object();
        QCOMPARE(o[u"error"_s][u"code"_s].toString(), u"timeout"_s);
        QVERIFY(o[u"response"_s].isNull());
    }

    void badArgumentsExitTwo_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QByteArray>("message");
        QTest::newRow("no url") << QStringList{u"send"_s} << "expected exactly one URL"_ba;
        QTest::newRow("bad header") << QStringList{u"send"_s, u"-H"_s, u"nocolon"_s, u"http://127.0.0.1/"_s} << "must look like 'Name: value'"_ba;
        QTest::newRow("missing file") << QStringList{u"send"_s, u"--data-file"_s, u"/nonexistent/body.json"_s, u"http://127.0.0.1/"_s} << "cannot read body file"_ba;
        QTest::newRow("bad timeout") << QStringList{u"send"_s, u"--timeout"_s, u"soon"_s, u"http://127.0.0.1/"_s} << "--timeout"_ba;
        QTest::newRow("unknown option") << QStringList{u"send"_s, u"--bogus"_s, u"http://127.0.0.1/"_s} << "bogus"_ba;
        QTest::newRow("bad proxy") << QStringList{u"send"_s, u"--proxy"_s, u"ftp://p"_s, u"http://127.0.0.1/"_s} << "is not a proxy address"_ba;
        QTest::newRow("unknown command") << QStringList{u"frobnicate"_s} << "unknown command 'frobnicate'"_ba;
    }

    void badArgumentsExitTwo()
    {
        QFETCH(QStringList, args);
        QFETCH(QByteArray, message);
        const Run r = cli(args);
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(message), r.err.constData());
    }

    void germanMessages()
    {
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"LANGUAGE"_s, u"de"_s);
        env.insert(u"LANG"_s, u"C.UTF-8"_s);
        p.setProcessEnvironment(env);
        p.start(QStringLiteral(GATEHOUSE_CLI), {u"send"_s});
        QVERIFY(p.waitForFinished(20000));
        QCOMPARE(p.exitCode(), 2);
        const QByteArray err = p.readAllStandardError();
        QVERIFY2(err.contains("genau eine URL"), err.constData());
    }
};

QTEST_GUILESS_MAIN(TestCliSend)
#include "tst_cli_send.moc"
