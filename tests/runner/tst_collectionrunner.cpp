// SPDX-License-Identifier: GPL-3.0-or-later
// The collection runner against the loopback server: script order, variables flowing between
// requests, setNextRequest, iterations with data, bail, timeouts, APIM findings, reporters.
#include "testserver.h"

#include "http/httpclient.h"
#include "runner/collectionrunner.h"
#include "runner/iterationdata.h"
#include "runner/reporters/clireporter.h"
#include "runner/reporters/jsonreporter.h"
#include "runner/reporters/junitreporter.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkCookieJar>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTest>
#include <QXmlStreamReader>

using namespace Qt::StringLiterals;
using namespace gatehouse;
using gatehouse::test::TestServer;

namespace {

Request request(const QString &name, const QString &url, const QString &test = {}, const QString &pre = {})
{
    Request r;
    r.id = name.toLower();
    r.name = name;
    r.url = url;
    r.scripts.test = test;
    r.scripts.preRequest = pre;
    return r;
}

QStringList consoleTexts(const RunReport &report)
{
    QStringList out;
    for (const RequestRun &run : report.requests) {
        for (const ConsoleLine &line : run.console)
            out.append(line.text);
    }
    return out;
}

} // namespace

class TestCollectionRunner : public QObject
{
    Q_OBJECT

    TestServer m_server;

    QString base() const { return m_server.url().toString(QUrl::StripTrailingSlash); }

    RunReport run(RunOptions options, QList<RequestRun> *live = nullptr, QNetworkCookieJar *jar = nullptr)
    {
        HttpClient client;
        client.setCookieJar(jar);
        CollectionRunner runner(&client);
        QSignalSpy started(&runner, &CollectionRunner::requestStarted);
        QSignalSpy finishedOne(&runner, &CollectionRunner::requestFinished);
        QSignalSpy finished(&runner, &CollectionRunner::finished);
        const qsizetype before = m_server.requests().size();
        const auto ok = runner.start(std::move(options));
        if (!ok)
            qFatal("start failed: %s", qPrintable(ok.error().message));
        // Never blocks: nothing has been sent when start() returns.
        if (m_server.requests().size() != before || !started.isEmpty())
            qFatal("start() did work synchronously");
        if (!finished.wait(20000))
            qFatal("run did not finish");
        if (started.size() != finishedOne.size())
            qFatal("every started request must finish");
        if (live) {
            for (const QList<QVariant> &args : std::as_const(finishedOne))
                live->append(args.at(0).value<RequestRun>());
        }
        return runner.report();
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_server.listen()); }

    // A cookie one request gets is sent by the next; pm.cookies shows the jar's cookies for the
    // request's URL, and a script's jar changes reach the next request.
    void cookiesFlowFromOneRequestToTheNext()
    {
        RunOptions options;
        options.collection.name = u"Cookies"_s;
        options.collection.requests = {
            request(u"Set"_s, base() + u"/cookies/set?foo=bar"_s, u"pm.test('after redirect', () => pm.expect(pm.cookies.get('foo')).to.equal('bar'));"_s),
            request(u"Verify"_s, base() + u"/cookies"_s,
                    u"pm.test('sent', () => pm.expect(pm.response.json().cookies).to.eql({foo: 'bar'}));"
                    u"pm.cookies.jar().set(pm.request.url.toString(), 'fromScript', 'yes');"_s),
            request(u"Again"_s, base() + u"/cookies"_s, u"pm.test('script cookie sent', () => pm.expect(pm.response.json().cookies.fromScript).to.equal('yes'));"_s),
        };
        QNetworkCookieJar jar;
        const RunReport report = run(options, nullptr, &jar);
        QVERIFY2(report.passed(), qPrintable(consoleTexts(report).join(u'\n')));
        QCOMPARE(report.stats.assertions, 3);
        QCOMPARE(m_server.requests().last().header("cookie").split(';').size(), 2);

        // Without a jar nothing is kept: the verdicts say so.
        const RunReport none = run(options);
        QCOMPARE(none.stats.failedAssertions, 3);
    }

    // The engine keeps bodies over 10 MB in a file; scripts still see all of them.
    void scriptsSeeTheWholeOfABigBody()
    {
        RunOptions options;
        options.collection.name = u"Big"_s;
        // The echo of a 12 MB body is a JSON document of a little more than that.
        Request big = request(u"Big"_s, base() + u"/echo"_s,
                              u"pm.test('whole body', () => pm.expect(pm.response.json().body.length).to.equal(12000000));"_s);
        big.method = u"POST"_s;
        big.body.kind = Body::Kind::Raw;
        big.body.language = u"text"_s;
        big.body.raw = QString(12000000, u'a');
        options.collection.requests = {big};
        const RunReport report = run(options);
        QCOMPARE(report.requests.size(), 1);
        QVERIFY(report.requests.first().responseSize > 12000000);
        QVERIFY2(report.passed(), qPrintable(report.requests.first().assertions.value(0).message));
    }

    void scriptsRunInPostmanOrderAndVariablesFlow()
    {
        RunOptions o;
        o.collection.name = u"Order"_s;
        o.collection.variables = {{u"base"_s, base()}};
        o.collection.scripts = {u"console.log('collection pre')"_s, u"console.log('collection test')"_s};
        Folder folder;
        folder.name = u"Users"_s;
        folder.scripts = {u"console.log('folder pre')"_s, u"console.log('folder test')"_s};
        folder.requests.append(request(u"Login"_s, u"{{base}}/json"_s,
                                       u"console.log('request test'); pm.test('got name', () => pm.expect(pm.response.json().name).to.equal('Gatehouse'));"
                                       u"pm.environment.set('token', pm.response.json().name + '-42');"_s,
                                       u"console.log('request pre')"_s));
        folder.requests.append(request(u"Use token"_s, u"{{base}}/echo?t={{token}}"_s,
                                       u"pm.test('token was sent', () => pm.expect(pm.response.json().target).to.equal('/echo?t=Gatehouse-42'));"_s));
        o.collection.folders.append(folder);
        o.environment = Environment{};
        o.environment->name = u"dev"_s;

        HttpClient client;
        CollectionRunner runner(&client);
        QSignalSpy finished(&runner, &CollectionRunner::finished);
        QVERIFY(runner.start(o).has_value());
        QVERIFY(finished.wait(20000));
        const RunReport report = runner.report();
        QCOMPARE(report.requests.size(), 2);
        QCOMPARE(consoleTexts(report).mid(0, 6), (QStringList{u"collection pre"_s, u"folder pre"_s, u"request pre"_s, u"collection test"_s,
                                                            u"folder test"_s, u"request test"_s}));
        QCOMPARE(m_server.requests().last().target, "/echo?t=Gatehouse-42"_ba);
        QCOMPARE(report.stats.assertions, 2);
        QCOMPARE(report.stats.failedAssertions, 0);
        QCOMPARE(report.stats.testScripts, 6);
        QCOMPARE(report.stats.prerequestScripts, 5); // three before Login, two before Use token
        QVERIFY(report.passed());
        QCOMPARE(report.requests.first().path, u"Users/Login"_s);
        // The environment as the scripts left it, for --export-environment.
        QCOMPARE(runner.environment()->variables.first().name, u"token"_s);
        QCOMPARE(runner.environment()->variables.first().value, u"Gatehouse-42"_s);
    }

    void preRequestScriptChangesTheRequest()
    {
        RunOptions o;
        o.collection.name = u"Pre"_s;
        Request r = request(u"Signed"_s, base() + u"/echo"_s, {},
                            u"pm.request.headers.add({key: 'X-Signature', value: CryptoJS.HmacSHA256('GET', 'k').toString()});"
                            u"pm.variables.set('path', 'echo');"_s);
        r.url = base() + u"/{{path}}"_s;
        o.collection.requests.append(r);
        const RunReport report = run(o);
        QVERIFY(report.requests.first().error == std::nullopt);
        QCOMPARE(m_server.requests().last().target, "/echo"_ba);
        QCOMPARE(m_server.requests().last().header("x-signature").size(), 64);
    }

    void setNextRequestJumpsAndStops()
    {
        RunOptions o;
        o.collection.name = u"Flow"_s;
        o.collection.requests = {request(u"A"_s, base() + u"/echo?a"_s, u"postman.setNextRequest('C')"_s),
                                 request(u"B"_s, base() + u"/echo?b"_s),
                                 request(u"C"_s, base() + u"/echo?c"_s, u"pm.execution.setNextRequest(null)"_s),
                                 request(u"D"_s, base() + u"/echo?d"_s)};
        o.iterations = 2;
        const RunReport report = run(o);
        QStringList names;
        for (const RequestRun &r : report.requests)
            names.append(r.name);
        QCOMPARE(names, (QStringList{u"A"_s, u"C"_s, u"A"_s, u"C"_s}));
        QCOMPARE(report.stats.iterations, 2);
    }

    void iterationsTakeTheirDataRow()
    {
        auto rows = IterationData::parse("user,id\r\n\"Doe, J\",1\nroe,2\n", true);
        QVERIFY(rows.has_value());
        QCOMPARE(rows->size(), 2);
        QCOMPARE(rows->at(0).value(u"user"_s).toString(), u"Doe, J"_s);
        RunOptions o;
        o.collection.name = u"Data"_s;
        o.collection.requests = {request(u"Get"_s, base() + u"/echo?id={{id}}"_s,
                                         u"pm.test('row', () => pm.expect(pm.iterationData.get('id')).to.equal(String(pm.info.iteration + 1)));"_s)};
        o.data = *rows;
        const qsizetype before = m_server.requests().size();
        const RunReport report = run(o);
        QCOMPARE(report.stats.iterations, 2);
        QCOMPARE(m_server.requests().size(), before + 2);
        QCOMPARE(m_server.requests().at(before).target, "/echo?id=1"_ba);
        QCOMPARE(m_server.requests().at(before + 1).target, "/echo?id=2"_ba);
        QVERIFY(report.passed());

        const auto json = IterationData::parse(R"([{"n": 1}, {"n": 2}, {"n": 3}])", false);
        QVERIFY(json.has_value());
        QCOMPARE(json->size(), 3);
        QVERIFY(!IterationData::parse("{\"n\": 1}", false).has_value());
    }

    void failuresAreCountedAndBailStops()
    {
        RunOptions o;
        o.collection.name = u"Bail"_s;
        o.collection.requests = {request(u"Missing"_s, base() + u"/status/404"_s, u"pm.test('is 200', () => pm.response.to.have.status(200));"_s),
                                 request(u"Fine"_s, base() + u"/json"_s, u"pm.test('ok', () => pm.response.to.be.ok);"_s)};
        RunReport report = run(o);
        QCOMPARE(report.requests.size(), 2);
        QCOMPARE(report.stats.failedAssertions, 1);
        QVERIFY(!report.passed());
        QCOMPARE(report.requests.first().assertions.first().message, u"expected response to have status code 200 but got 404"_s);

        o.bail = true;
        report = run(o);
        QCOMPARE(report.requests.size(), 1);
        QVERIFY(report.stoppedByBail);
    }

    void scriptErrorFailsButTheRunGoesOn()
    {
        RunOptions o;
        o.collection.name = u"Errors"_s;
        o.collection.requests = {request(u"Broken"_s, base() + u"/json"_s, u"pm.test('fine', () => {});\nnull.x;"_s),
                                 request(u"After"_s, base() + u"/json"_s, u"pm.test('still runs', () => {});"_s)};
        const RunReport report = run(o);
        QCOMPARE(report.requests.size(), 2);
        QCOMPARE(report.stats.failedTestScripts, 1);
        QVERIFY(!report.passed());
        const Assertion &error = report.requests.first().assertions.last();
        QVERIFY(error.scriptError);
        QCOMPARE(error.line, 2);
        QVERIFY(report.requests.last().assertions.first().passed);
    }

    void transportErrorsAndTimeoutsFailTheRequest()
    {
        QTcpServer closed;
        QVERIFY(closed.listen(QHostAddress::LocalHost));
        const quint16 port = closed.serverPort();
        closed.close();
        RunOptions o;
        o.collection.name = u"Down"_s;
        o.collection.requests = {request(u"Refused"_s, u"http://127.0.0.1:%1/x"_s.arg(port),
                                         u"pm.test('no answer', () => { pm.expect(pm.response.code).to.be.undefined; pm.expect(responseCode.code).to.be.undefined; });"
                                         u"pm.test('status', () => { pm.response.to.have.status(200); });"_s),
                                 request(u"Stalled"_s, base() + u"/stall"_s),
                                 request(u"Unsendable"_s, u"http://127.0.0.1:99999/x"_s, u"pm.test('status', () => { pm.response.to.have.status(200); });"_s)};
        o.requestTimeout = std::chrono::milliseconds(300);
        const RunReport report = run(o);
        QCOMPARE(report.requests.size(), 3);
        // Never sent (the port is out of range): a failed request, and its test ran on no answer.
        QVERIFY(report.requests.at(2).error.has_value());
        QCOMPARE(report.requests.at(2).assertions.size(), 1);
        QVERIFY(!report.requests.at(2).assertions.at(0).passed);
        QVERIFY(report.requests.at(0).error.has_value());
        QCOMPARE(report.requests.at(0).error->code, Error::Code::ConnectionRefused);
        // No answer: the test script still runs (as in newman), on an empty response.
        const QList<Assertion> &assertions = report.requests.at(0).assertions;
        QCOMPARE(assertions.size(), 2);
        QVERIFY2(assertions.at(0).passed, qPrintable(assertions.at(0).message));
        QVERIFY(!assertions.at(1).passed);
        QCOMPARE(report.stats.failedAssertions, 2);
        QCOMPARE(report.requests.at(1).error->code, Error::Code::Timeout);
        QCOMPARE(report.stats.failedRequests, 3);
        QVERIFY(!report.passed());
    }

    void skipRequestAndFolderSelection()
    {
        RunOptions o;
        o.collection.name = u"Pick"_s;
        Folder a;
        a.name = u"A"_s;
        Folder inner;
        inner.name = u"Inner"_s;
        inner.requests = {request(u"Deep"_s, base() + u"/echo?deep"_s)};
        a.folders = {inner};
        a.requests = {request(u"Skipped"_s, base() + u"/echo?skipped"_s, {}, u"pm.execution.skipRequest()"_s)};
        Folder b;
        b.name = u"B"_s;
        b.requests = {request(u"Other"_s, base() + u"/echo?other"_s)};
        o.collection.folders = {a, b};
        o.folders = {u"A"_s};
        const qsizetype before = m_server.requests().size();
        const RunReport report = run(o);
        QCOMPARE(report.requests.size(), 2);
        QCOMPARE(report.requests.at(0).path, u"A/Inner/Deep"_s);
        QVERIFY(report.requests.at(1).skipped);
        QCOMPARE(m_server.requests().size(), before + 1);
        QCOMPARE(report.stats.requests, 1);

        o.folders = {u"A/Inner"_s};
        QCOMPARE(run(o).requests.size(), 1);

        HttpClient client;
        CollectionRunner runner(&client);
        o.folders = {u"Nope"_s};
        QCOMPARE(runner.start(o).error().code, Error::Code::InvalidArgument);
    }

    void hostRewrite()
    {
        const QList<std::pair<QString, QString>> rewrites{{u"postman-echo.com"_s, u"http://127.0.0.1:9"_s}, {u"api.test:8443"_s, u"staging:1"_s}};
        QCOMPARE(CollectionRunner::rewriteHost(QUrl(u"https://postman-echo.com/get?a=1"_s), rewrites), QUrl(u"http://127.0.0.1:9/get?a=1"_s));
        QCOMPARE(CollectionRunner::rewriteHost(QUrl(u"https://api.test:8443/x"_s), rewrites), QUrl(u"https://staging:1/x"_s));
        QCOMPARE(CollectionRunner::rewriteHost(QUrl(u"https://other.test/x"_s), rewrites), QUrl(u"https://other.test/x"_s));
    }

    // A rewrite moves the connection only (like curl --connect-to): scripts, the report and the
    // server see the URL as written, its query separators included; the Host header names it.
    void hostRewriteKeepsTheUrlAsWritten()
    {
        RunOptions o;
        o.collection.name = u"Rewrite"_s;
        const QString url = u"https://postman-echo.test/get?a=%2a&&b"_s; // %2a as written, not %2A
        o.collection.requests = {request(u"Echo"_s, url,
                                         u"pm.test('url', () => pm.expect(pm.request.url.toString()).to.equal('%1'));"
                                         u"pm.test('server', () => pm.expect(pm.response.json().url).to.equal('http://postman-echo.test/get?a=%2a&&b'));"_s.arg(url),
                                         u"pm.test('pre', () => pm.expect(pm.request.url.toString()).to.equal('%1'));"_s.arg(url))};
        o.hostRewrites = {{u"postman-echo.test"_s, base()}};
        const RunReport report = run(o);
        QCOMPARE(report.requests.size(), 1);
        const RequestRun &r = report.requests.first();
        QVERIFY2(!r.error, qPrintable(r.error ? r.error->message : QString()));
        QCOMPARE(r.assertions.size(), 3);
        for (const Assertion &a : r.assertions)
            QVERIFY2(a.passed, qPrintable(a.name + u": "_s + a.message));
        QCOMPARE(r.url, url);
        QCOMPARE(m_server.requests().last().header("host"), "postman-echo.test"_ba);
        QCOMPARE(m_server.requests().last().target, "/get?a=%2a&&b"_ba);
    }

    void apimFailuresCarryFindingsInEveryReporter()
    {
        RunOptions o;
        o.collection.name = u"APIM"_s;
        o.collection.requests = {request(u"Keyless"_s, base() + u"/apim/key"_s, u"pm.test('authorised', () => pm.response.to.have.status(200));"_s)};
        const RunReport report = run(o);
        const RequestRun &r = report.requests.first();
        QCOMPARE(r.status, 401);
        QVERIFY(!r.findings.isEmpty());
        QVERIFY(r.findings.first().id.startsWith(u"apim."_s));

        const QString cli = CliReporter::summary(report);
        QVERIFY2(cli.contains(r.findings.first().title), qPrintable(cli));
        const QJsonObject json = JsonReporter::report(report);
        QVERIFY(!json[u"run"_s][u"executions"_s][0][u"findings"_s].toArray().isEmpty());
        QVERIFY(JunitReporter::report(report).contains(r.findings.first().title.toUtf8()));
    }

    void reporters()
    {
        RunOptions o;
        o.collection.name = u"Report"_s;
        o.collection.requests = {request(u"A simple GET request"_s, base() + u"/json"_s,
                                         u"pm.test('passes', () => {}); pm.test('fails <&>', () => pm.expect(1).to.equal(2)); console.log('hi');"_s),
                                 request(u"Broken"_s, base() + u"/json"_s, u"throw new TypeError('bad');"_s)};
        o.iterations = 1;
        const RunReport report = run(o);

        // JUnit: one testsuite per request, one testcase per assertion, errors for script errors.
        QXmlStreamReader xml(JunitReporter::report(report));
        int suites = 0, cases = 0, failures = 0, errors = 0;
        QString rootTests, firstClass, failureMessage;
        while (!xml.atEnd()) {
            if (xml.readNext() != QXmlStreamReader::StartElement)
                continue;
            if (xml.name() == u"testsuites"_s)
                rootTests = xml.attributes().value(u"tests"_s).toString();
            else if (xml.name() == u"testsuite"_s)
                ++suites;
            else if (xml.name() == u"testcase"_s) {
                ++cases;
                if (firstClass.isEmpty())
                    firstClass = xml.attributes().value(u"classname"_s).toString();
            } else if (xml.name() == u"failure"_s) {
                ++failures;
                failureMessage = xml.attributes().value(u"message"_s).toString();
            } else if (xml.name() == u"error"_s)
                ++errors;
        }
        QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
        QCOMPARE(suites, 2);
        QCOMPARE(cases, 3);
        QCOMPARE(rootTests, u"3"_s);
        QCOMPARE(failures, 1);
        QCOMPARE(errors, 1);
        QCOMPARE(firstClass, u"ASimpleGetRequest"_s);
        QCOMPARE(failureMessage, u"expected 1 to equal 2"_s);

        const QJsonObject json = JsonReporter::report(report);
        QCOMPARE(json[u"run"_s][u"stats"_s][u"assertions"_s][u"total"_s].toInt(), 2);
        QCOMPARE(json[u"run"_s][u"stats"_s][u"assertions"_s][u"failed"_s].toInt(), 1);
        QCOMPARE(json[u"run"_s][u"stats"_s][u"testScripts"_s][u"failed"_s].toInt(), 1);
        QCOMPARE(json[u"run"_s][u"failures"_s].toArray().size(), 2);
        QCOMPARE(json[u"run"_s][u"executions"_s][0][u"console"_s][0][u"text"_s].toString(), u"hi"_s);
        QCOMPARE(json[u"run"_s][u"passed"_s].toBool(), false);

        const QString cli = CliReporter::summary(report);
        QVERIFY(cli.contains(u"assertions                       2         1"_s));
        QVERIFY(cli.contains(u"expected 1 to equal 2"_s));
        QVERIFY(cli.contains(u"TypeError"_s));
        QVERIFY(cli.contains(u"average response time:"_s));
        const QString line = CliReporter::requestFinished(report.requests.first());
        QVERIFY2(line.contains(u"200 OK"_s) && line.contains(u"\u2713 passes"_s) && line.contains(u"\u2717 fails <&>"_s), qPrintable(line));
    }

    void sendRequestPausesTheScriptsUntilAnswered()
    {
        QTcpServer closed;
        QVERIFY(closed.listen(QHostAddress::LocalHost));
        const quint16 port = closed.serverPort();
        closed.close();
        RunOptions o;
        o.collection.name = u"Send"_s;
        o.collection.variables = {{u"base"_s, base()}};
        const QString pre = uR"(
            pm.sendRequest(pm.variables.get('base') + '/json', (err, res) => {
                pm.environment.set('fetched', res.json().name);
                pm.sendRequest({url: pm.variables.get('base') + '/echo', method: 'POST', header: {'X-A': '1'}, body: {mode: 'raw', raw: 'hi'}},
                               (e2, r2) => pm.test('nested', () => pm.expect(JSON.parse(r2.stream.toString()).body).to.equal('hi')));
            });)"_s;
        const QString test = uR"(
            pm.sendRequest('http://127.0.0.1:%1/', (err, res) => {
                pm.test('error given', () => { pm.expect(err).to.not.be.null; pm.expect(res).to.be.undefined; });
            });)"_s.arg(port);
        o.collection.requests = {request(u"Main"_s, u"{{base}}/echo?f={{fetched}}"_s, test, pre)};
        const qsizetype before = m_server.requests().size();
        const RunReport report = run(o);
        QCOMPARE(m_server.requests().size(), before + 3);
        QCOMPARE(m_server.requests().at(before + 1).method, "POST"_ba);
        QCOMPARE(m_server.requests().at(before + 1).header("x-a"), "1"_ba);
        QCOMPARE(m_server.requests().at(before + 2).target, "/echo?f=Gatehouse"_ba);
        const RequestRun &r = report.requests.first();
        QCOMPARE(r.assertions.size(), 2);
        QCOMPARE(r.assertions.at(0).name, u"nested"_s);
        QVERIFY2(r.assertions.at(0).passed, qPrintable(r.assertions.at(0).message));
        QCOMPARE(r.assertions.at(1).name, u"error given"_s);
        QVERIFY2(r.assertions.at(1).passed, qPrintable(r.assertions.at(1).message));
        QVERIFY(report.passed());
    }

    void destroyingTheRunnerMidRequestIsSafe()
    {
        RunOptions o;
        o.collection.name = u"Gone"_s;
        o.collection.requests = {request(u"Stall"_s, base() + u"/stall"_s)};
        HttpClient client;
        auto runner = std::make_unique<CollectionRunner>(&client);
        QSignalSpy started(runner.get(), &CollectionRunner::requestStarted);
        QVERIFY(runner->start(o).has_value());
        QVERIFY(started.wait(5000));
        QTest::qWait(20);
        runner.reset(); // with the exchange in flight
        QTest::qWait(50);
        QVERIFY(client.findChildren<Exchange *>().isEmpty());
    }

    void cancelEndsTheRun()
    {
        RunOptions o;
        o.collection.name = u"Cancel"_s;
        o.collection.requests = {request(u"Stall"_s, base() + u"/stall"_s), request(u"Never"_s, base() + u"/json"_s)};
        HttpClient client;
        CollectionRunner runner(&client);
        QSignalSpy started(&runner, &CollectionRunner::requestStarted);
        QSignalSpy finished(&runner, &CollectionRunner::finished);
        QVERIFY(runner.start(o).has_value());
        QVERIFY(started.wait(5000));
        QTest::qWait(50);
        runner.cancel();
        QTRY_COMPARE(finished.size(), 1);
        QVERIFY(!runner.isRunning());
        QVERIFY(runner.report().cancelled);
        QVERIFY(!runner.report().passed());
        // The request in flight ends as cancelled; the next one never starts.
        QCOMPARE(runner.report().requests.size(), 1);
        QCOMPARE(runner.report().requests.first().error->code, Error::Code::Cancelled);
        QCOMPARE(started.size(), 1);
    }
};

QTEST_GUILESS_MAIN(TestCollectionRunner)
#include "tst_collectionrunner.moc"
