// SPDX-License-Identifier: GPL-3.0-or-later
// The pm sandbox: assertions, chai messages, variables, libraries, errors and the watchdog.
#include "runner/scriptengine.h"

#include <QElapsedTimer>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace gatehouse;

class TestScriptEngine : public QObject
{
    Q_OBJECT

    static ScriptContext testContext(int code = 200, const QByteArray &body = R"({"name":"Gatehouse","items":[1,2,3],"nested":{"ok":true}})"_ba)
    {
        ScriptContext c;
        c.eventName = u"test"_s;
        c.request.name = u"Get thing"_s;
        c.request.method = u"GET"_s;
        c.request.url = u"http://example.test/things?id=7"_s;
        c.request.headers = {{u"Accept"_s, u"application/json"_s, true, {}}};
        ScriptResponse r;
        r.code = code;
        r.status = code == 200 ? u"OK"_s : u"Not Found"_s;
        r.headers = {{"Content-Type"_ba, "application/json"_ba}, {"X-Trace"_ba, "abc"_ba}};
        r.body = body;
        r.responseTime = 12;
        r.responseSize = body.size();
        c.response = r;
        return c;
    }

    // name -> message ("" when passed)
    static QMap<QString, QString> verdicts(const ScriptResult &r)
    {
        QMap<QString, QString> out;
        for (const Assertion &a : r.assertions)
            out.insert(a.name, a.passed ? QString() : a.message);
        return out;
    }

private Q_SLOTS:
    void chaiChainPassesAndFails_data()
    {
        QTest::addColumn<QString>("expression");
        QTest::addColumn<bool>("passes");
        QTest::addColumn<QString>("message");
        QTest::newRow("equal") << u"pm.expect(1).to.equal(1)"_s << true << QString();
        QTest::newRow("equal fails") << u"pm.expect('a').to.equal('b')"_s << false << u"expected 'a' to equal 'b'"_s;
        QTest::newRow("not.equal") << u"pm.expect(1).to.not.equal(2)"_s << true << QString();
        QTest::newRow("eql") << u"pm.expect({a:[1,{b:2}]}).to.eql({a:[1,{b:2}]})"_s << true << QString();
        QTest::newRow("deep.equal fails") << u"pm.expect({a:1}).to.deep.equal({a:2})"_s << false << u"expected { a: 1 } to deeply equal { a: 2 }"_s;
        QTest::newRow("include string") << u"pm.expect('gatehouse').to.include('gate')"_s << true << QString();
        QTest::newRow("include array") << u"pm.expect([1,2]).to.contain(3)"_s << false << u"expected [ 1, 2 ] to include 3"_s;
        QTest::newRow("include object") << u"pm.expect({a:1,b:2}).to.include({a:1})"_s << true << QString();
        QTest::newRow("property") << u"pm.expect({a:{b:1}}).to.have.property('a').that.has.property('b', 1)"_s << true << QString();
        QTest::newRow("property fails") << u"pm.expect({a:1}).to.have.property('b')"_s << false << u"expected { a: 1 } to have property 'b'"_s;
        QTest::newRow("nested property") << u"pm.expect({a:{b:[5]}}).to.have.nested.property('a.b[0]', 5)"_s << true << QString();
        QTest::newRow("lengthOf") << u"pm.expect([1,2,3]).to.have.lengthOf(3)"_s << true << QString();
        QTest::newRow("length.above") << u"pm.expect('abc').to.have.length.above(2)"_s << true << QString();
        QTest::newRow("oneOf") << u"pm.expect(201).to.be.oneOf([200, 201])"_s << true << QString();
        QTest::newRow("a string") << u"pm.expect('x').to.be.a('string')"_s << true << QString();
        QTest::newRow("an array fails") << u"pm.expect({}).to.be.an('array')"_s << false << u"expected {} to be an array"_s;
        QTest::newRow("ok true false null undefined") << u"pm.expect(1).to.be.ok; pm.expect(true).to.be.true; pm.expect(false).to.be.false; pm.expect(null).to.be.null; pm.expect(undefined).to.be.undefined"_s << true << QString();
        QTest::newRow("empty") << u"pm.expect([]).to.be.empty; pm.expect('').to.be.empty; pm.expect({a:1}).not.to.be.empty"_s << true << QString();
        QTest::newRow("above below") << u"pm.expect(5).to.be.above(4).and.below(6); pm.expect(5).to.be.at.least(5).and.at.most(5)"_s << true << QString();
        QTest::newRow("below fails") << u"pm.expect(7).to.be.below(6)"_s << false << u"expected 7 to be below 6"_s;
        QTest::newRow("within") << u"pm.expect(5).to.be.within(1, 10)"_s << true << QString();
        QTest::newRow("match") << u"pm.expect('abc-123').to.match(/\\d+$/)"_s << true << QString();
        QTest::newRow("keys") << u"pm.expect({a:1,b:2}).to.have.keys('a','b'); pm.expect({a:1,b:2}).to.include.keys('a'); pm.expect({a:1,b:2}).to.have.any.keys('z','a')"_s << true << QString();
        QTest::newRow("keys fails") << u"pm.expect({a:1,b:2}).to.have.keys('a')"_s << false << u"expected { a: 1, b: 2 } to have keys 'a'"_s;
        QTest::newRow("status") << u"pm.response.to.have.status(200); pm.expect(pm.response).to.have.status('OK')"_s << true << QString();
        QTest::newRow("status fails") << u"pm.response.to.have.status(201)"_s << false << u"expected response to have status code 201 but got 200"_s;
        QTest::newRow("response ok/success") << u"pm.response.to.be.ok; pm.response.to.be.success; pm.response.to.not.be.error"_s << true << QString();
        QTest::newRow("header") << u"pm.response.to.have.header('x-trace'); pm.response.to.have.header('Content-Type', 'application/json')"_s << true << QString();
        QTest::newRow("header fails") << u"pm.response.to.have.header('X-Missing')"_s << false << u"expected response to have header with key 'X-Missing'"_s;
        QTest::newRow("jsonBody") << u"pm.response.to.have.jsonBody('nested.ok', true); pm.response.to.be.json"_s << true << QString();
        QTest::newRow("jsonSchema") << u"pm.response.to.have.jsonSchema({type:'object', required:['name'], properties:{name:{type:'string'}, items:{type:'array', items:{type:'integer'}}}})"_s << true << QString();
        QTest::newRow("jsonSchema fails") << u"pm.expect({n:'x'}).to.have.jsonSchema({type:'object', required:['id'], properties:{n:{enum:['a','b']}}})"_s << false
                                          << u"expected data to satisfy schema but found following errors: \ndata should have required property 'id', data.n should be equal to one of the allowed values"_s;
    }
    void chaiChainPassesAndFails()
    {
        QFETCH(QString, expression);
        QFETCH(bool, passes);
        QFETCH(QString, message);
        ScriptEngine engine;
        const ScriptResult r = engine.run(u"pm.test('t', function () { "_s + expression + u"; });"_s, u"s"_s, testContext());
        QCOMPARE(r.assertions.size(), 1);
        QCOMPARE(r.assertions.first().passed, passes);
        QCOMPARE(r.assertions.first().message, message);
        QVERIFY(!r.error);
    }

    void responseApi()
    {
        ScriptEngine engine;
        const ScriptResult r = engine.run(uR"(
            pm.test('code', () => pm.expect(pm.response.code).to.equal(200));
            pm.test('json', () => pm.expect(pm.response.json().items[2]).to.equal(3));
            pm.test('text', () => pm.expect(pm.response.text()).to.include('Gatehouse'));
            pm.test('headers', () => { pm.expect(pm.response.headers.get('content-type')).to.equal('application/json');
                                        pm.expect(pm.response.headers.has('X-TRACE')).to.be.true; });
            pm.test('time and size', () => { pm.expect(pm.response.responseTime).to.equal(12);
                                              pm.expect(pm.response.responseSize).to.be.above(10); });
            pm.test('request', () => { pm.expect(pm.request.method).to.equal('GET');
                                        pm.expect(pm.request.url.toString()).to.equal('http://example.test/things?id=7');
                                        pm.expect(pm.request.url.query.get('id')).to.equal('7');
                                        pm.expect(pm.request.headers.get('accept')).to.equal('application/json'); });
            pm.test('info', () => { pm.expect(pm.info.requestName).to.equal('Get thing'); pm.expect(pm.info.eventName).to.equal('test'); });
            tests['legacy passes'] = responseCode.code === 200 && JSON.parse(responseBody).name === 'Gatehouse';
            tests['legacy fails'] = false;
        )"_s, u"s"_s, testContext());
        const auto v = verdicts(r);
        QCOMPARE(v.size(), 9);
        for (const QString &name : {u"code"_s, u"json"_s, u"text"_s, u"headers"_s, u"time and size"_s, u"request"_s, u"info"_s, u"legacy passes"_s})
            QVERIFY2(v.value(name).isEmpty(), qPrintable(name + u": "_s + v.value(name)));
        QCOMPARE(v.value(u"legacy fails"_s), u"expected false to be truthy"_s);
    }

    void variablesFlowBetweenScriptsAndScopes()
    {
        ScriptEngine engine;
        engine.setVariables(ScriptEngine::Scope::Environment, {{u"host"_s, u"api.test"_s}, {u"off"_s, u"x"_s, false, false}});
        engine.setVariables(ScriptEngine::Scope::Globals, {{u"g"_s, u"global"_s}, {u"host"_s, u"shadowed"_s}});
        engine.setIterationData(QJsonObject{{u"n"_s, 5}});
        ScriptContext c = testContext();
        ScriptResult r = engine.run(uR"(
            pm.environment.set('token', 'abc');
            pm.environment.set('count', 3);
            pm.globals.unset('g');
            pm.collectionVariables.set('obj', {a: 1});
            pm.variables.set('local', 'L');
            pm.test('precedence', () => {
                pm.expect(pm.variables.get('host')).to.equal('api.test');
                pm.expect(pm.environment.has('off')).to.be.false;
                pm.expect(pm.iterationData.get('n')).to.equal(5);
                pm.expect(pm.variables.replaceIn('https://{{host}}/{{local}}?n={{n}}')).to.equal('https://api.test/L?n=5');
                pm.expect(pm.variables.replaceIn('{{$guid}}')).to.match(/^[0-9a-f-]{36}$/);
            });
        )"_s, u"s"_s, c);
        QVERIFY2(verdicts(r).value(u"precedence"_s).isEmpty(), qPrintable(verdicts(r).value(u"precedence"_s)));
        r = engine.run(u"pm.test('later script sees it', () => { pm.expect(pm.environment.get('count')).to.equal(3); pm.expect(pm.variables.get('local')).to.equal('L'); });"_s,
                       u"s"_s, c);
        QVERIFY(r.assertions.first().passed);

        const VariableList env = engine.variables(ScriptEngine::Scope::Environment);
        QCOMPARE(env.size(), 3);
        QCOMPARE(env.at(2).name, u"count"_s);
        QCOMPARE(env.at(2).value, u"3"_s);
        QCOMPARE(engine.variables(ScriptEngine::Scope::Collection).first().value, u"{\"a\":1}"_s);
        QVERIFY(engine.variables(ScriptEngine::Scope::Globals).size() == 1);
        // Disabled variables survive a merge; unset ones go; new ones are appended.
        const VariableList merged = ScriptEngine::mergeVariables({{u"host"_s, u"api.test"_s}, {u"off"_s, u"x"_s, false, false}, {u"gone"_s, u"1"_s}},
                                                                 {{u"host"_s, u"api2"_s}, {u"new"_s, u"n"_s}});
        QCOMPARE(merged.size(), 3);
        QCOMPARE(merged.at(0).value, u"api2"_s);
        QVERIFY(!merged.at(1).enabled);
        QCOMPARE(merged.at(2).name, u"new"_s);
    }

    void preRequestScriptChangesTheRequest()
    {
        ScriptEngine engine;
        ScriptContext c = testContext();
        c.eventName = u"prerequest"_s;
        c.response.reset();
        const ScriptResult r = engine.run(uR"(
            pm.request.headers.add({key: 'X-Signed', value: 'yes'});
            pm.request.headers.remove('Accept');
            pm.request.url.query.upsert({key: 'id', value: '8'});
            pm.request.method = 'post';
            pm.execution.setNextRequest('Other');
        )"_s, u"s"_s, c);
        QVERIFY(!r.error);
        QCOMPARE(r.request.method, u"POST"_s);
        QCOMPARE(r.request.url, u"http://example.test/things?id=8"_s);
        QCOMPARE(r.request.headers.size(), 1);
        QCOMPARE(r.request.headers.first().name, u"X-Signed"_s);
        QVERIFY(r.nextRequestSet);
        QCOMPARE(r.nextRequest, std::optional<QString>(u"Other"_s));

        const ScriptResult stop = engine.run(u"postman.setNextRequest(null); pm.execution.skipRequest();"_s, u"s"_s, c);
        QVERIFY(stop.nextRequestSet);
        QVERIFY(!stop.nextRequest);
        QVERIFY(stop.skipRequest);
    }

    void librariesMatchKnownVectors()
    {
        ScriptEngine engine;
        const ScriptResult r = engine.run(uR"(
            pm.test('md5', () => pm.expect(CryptoJS.MD5('abc').toString()).to.equal('900150983cd24fb0d6963f7d28e17f72'));
            pm.test('sha1', () => pm.expect(CryptoJS.SHA1('abc').toString(CryptoJS.enc.Hex)).to.equal('a9993e364706816aba3e25717850c26c9cd0d89d'));
            pm.test('sha256', () => pm.expect(require('crypto-js').SHA256('abc').toString()).to.equal('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad'));
            pm.test('hmac', () => pm.expect(CryptoJS.HmacSHA256('The quick brown fox jumps over the lazy dog', 'key').toString())
                                    .to.equal('f7bc83f430538424b13298e6aa6fb143ef4d59a14946175997479dbc2d1a3cd8'));
            pm.test('hmac base64', () => pm.expect(CryptoJS.HmacSHA256('m', 'k').toString(CryptoJS.enc.Base64)).to.match(/=$/));
            pm.test('utf8/base64', () => pm.expect(CryptoJS.enc.Base64.stringify(CryptoJS.enc.Utf8.parse('hé'))).to.equal('aMOp'));
            pm.test('atob/btoa', () => { pm.expect(btoa('user:pass')).to.equal('dXNlcjpwYXNz'); pm.expect(atob('dXNlcjpwYXNz')).to.equal('user:pass'); });
            pm.test('lodash', () => { pm.expect(_.map([1,2], x => x * 2)).to.eql([2,4]); pm.expect(_.get({a:{b:1}}, 'a.b')).to.equal(1);
                                       pm.expect(require('lodash').uniq([1,1,2])).to.eql([1,2]); pm.expect(_.isEmpty({})).to.be.true; });
            pm.test('uuid', () => pm.expect(require('uuid').v4()).to.match(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/));
            console.log('hello', {a: 1});
        )"_s, u"s"_s, testContext());
        const auto v = verdicts(r);
        QCOMPARE(v.size(), 9);
        for (auto it = v.begin(); it != v.end(); ++it)
            QVERIFY2(it.value().isEmpty(), qPrintable(it.key() + u": "_s + it.value()));
        QCOMPARE(r.console.size(), 1);
        QCOMPARE(r.console.first().text, u"hello {\"a\":1}"_s);
    }

    void scriptErrorFailsWithMessageAndLine()
    {
        ScriptEngine engine;
        const ScriptResult r = engine.run(u"pm.test('before', () => {});\nvar x = 1;\nundefinedFunction();\npm.test('never', () => {});"_s,
                                          u"Coll/Req [test]"_s, testContext());
        QVERIFY(r.error);
        QCOMPARE(r.assertions.size(), 2);
        QVERIFY(r.assertions.at(0).passed);
        const Assertion &e = r.assertions.at(1);
        QVERIFY(e.scriptError);
        QVERIFY(!e.passed);
        QCOMPARE(e.name, u"Coll/Req [test]"_s);
        QCOMPARE(e.errorName, u"ReferenceError"_s);
        QCOMPARE(e.line, 3);
        QVERIFY2(e.message.contains(u"undefinedFunction"_s) && e.message.contains(u"line 3"_s), qPrintable(e.message));

        // An assertion outside pm.test is a script error too, at the script's line.
        const ScriptResult outside = engine.run(u"\n\npm.expect(1).to.equal(2);"_s, u"s"_s, testContext());
        QVERIFY(outside.error);
        QCOMPARE(outside.assertions.first().line, 3);
        QCOMPARE(outside.assertions.first().errorName, u"AssertionError"_s);
        // The engine keeps working afterwards.
        QVERIFY(!engine.run(u"pm.test('ok', () => {});"_s, u"s"_s, testContext()).error);
    }

    void endlessScriptIsInterrupted()
    {
        ScriptEngine engine;
        engine.setTimeout(std::chrono::milliseconds(300));
        QElapsedTimer clock;
        clock.start();
        const ScriptResult r = engine.run(u"pm.test('a', () => {}); while (true) {}"_s, u"s"_s, testContext());
        QVERIFY(clock.elapsed() < 3000);
        QVERIFY(r.error);
        QCOMPARE(r.assertions.last().errorName, u"TimeoutError"_s);
        QVERIFY(r.assertions.last().message.contains(u"300"_s));
        const ScriptResult after = engine.run(u"pm.test('fine', () => pm.expect(1).to.equal(1));"_s, u"s"_s, testContext());
        QVERIFY(!after.error);
        QVERIFY(after.assertions.first().passed);
    }

    void scriptsDoNotShareDeclarations()
    {
        ScriptEngine engine;
        (void)engine.run(u"var leaked = 1; function f() {}"_s, u"s"_s, testContext());
        const ScriptResult r = engine.run(u"pm.test('isolated', () => pm.expect(typeof leaked).to.equal('undefined'));"_s, u"s"_s, testContext());
        QVERIFY(r.assertions.first().passed);
    }
};

QTEST_GUILESS_MAIN(TestScriptEngine)
#include "tst_scriptengine.moc"
