// SPDX-License-Identifier: GPL-3.0-or-later
// The pm sandbox: assertions, chai messages, variables, libraries, errors and the watchdog.
#include "runner/scriptengine.h"

#include <QElapsedTimer>
#include <QFile>
#include <QJsonObject>
#include <QNetworkCookie>
#include <QNetworkCookieJar>
#include <QTemporaryDir>
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

    // What a script logs (one line) on body, once with the lazy JSON view for every object and
    // array (threshold 2 bytes), once with plain JSON.parse.
    static std::pair<QString, QString> logLazyAndParsed(const QString &script, const QByteArray &body)
    {
        ScriptEngine lazy;
        lazy.setLazyJsonThreshold(2);
        ScriptEngine parsed;
        const ScriptResult a = lazy.run(script, u"lazy"_s, testContext(200, body));
        const ScriptResult b = parsed.run(script, u"parsed"_s, testContext(200, body));
        const auto line = [](const ScriptResult &r) {
            return r.console.size() == 1 && !r.error ? r.console.first().text : u"%1 lines, error %2"_s.arg(r.console.size()).arg(r.error);
        };
        return {line(a), line(b)};
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
            pm.test('Buffer', () => { pm.expect(Buffer.from('us@r:p@ssword').toString('base64')).to.equal('dXNAcjpwQHNzd29yZA==');
                                      pm.expect(Buffer.from('aMOp', 'base64').toString()).to.equal('hé');
                                      pm.expect(Buffer.from('hé').length).to.equal(3);
                                      pm.expect(Buffer.from([104, 105]).toString('hex')).to.equal('6869');
                                      pm.expect(require('buffer').Buffer.isBuffer(Buffer.from('x'))).to.be.true; });
            console.log('hello', {a: 1});
        )"_s, u"s"_s, testContext());
        const auto v = verdicts(r);
        QCOMPARE(v.size(), 10);
        for (auto it = v.begin(); it != v.end(); ++it)
            QVERIFY2(it.value().isEmpty(), qPrintable(it.key() + u": "_s + it.value()));
        QCOMPARE(r.console.size(), 1);
        QCOMPARE(r.console.first().text, u"hello {\"a\":1}"_s);
    }

    // Expected values were produced by newman 6.2 (postman-sandbox's ajv 6, tv4 and xml2Json):
    // a collection whose test script stored JSON.stringify of each result in the environment,
    // run with `newman run gen.json --export-environment out.json` (newman installed by
    // `python3 bench/run.py runner-vs-newman`). Gatehouse implements these libraries itself.
    // Defined after the class: moc stops reading a class at a raw string holding "#/ (as these
    // expectations do), and every test slot after it would silently not run.
    void schemaLibrariesAnswerAsNewman_data();
    void schemaLibrariesAnswerAsNewman()
    {
        QFETCH(QString, schema);
        QFETCH(QString, data);
        QFETCH(QString, ajv);
        QFETCH(QString, ajvAllErrors);
        QFETCH(QString, tv4);
        QFETCH(QString, chai);
        ScriptEngine engine;
        const ScriptResult r = engine.run(u"var s = "_s + schema + u", d = "_s + data + uR"(;
            var Ajv = require('ajv');
            var ajv = new Ajv({logger: false});
            var ok = ajv.validate(s, d);
            console.log(JSON.stringify({valid: ok, errors: ajv.errors, text: ajv.errorsText()}));
            var v = new Ajv({logger: false, allErrors: true}).compile(s);
            var ok2 = v(d);
            console.log(JSON.stringify({valid: ok2, errors: v.errors}));
            var t = tv4.validateResult(d, s);
            console.log(JSON.stringify({valid: t.valid, error: t.error && {message: t.error.message, code: t.error.code, dataPath: t.error.dataPath}}));
            console.log(String(tv4.validate(d, s) === t.valid && require('tv4') === tv4));
            try { pm.expect(d).to.be.jsonSchema(s); console.log('pass'); } catch (e) { console.log(e.message); }
        )"_s, u"s"_s, testContext());
        QVERIFY(!r.error);
        QCOMPARE(r.console.size(), 5);
        QCOMPARE(r.console.at(0).text, ajv);
        QCOMPARE(r.console.at(1).text, ajvAllErrors);
        QCOMPARE(r.console.at(2).text, tv4);
        QCOMPARE(r.console.at(3).text, u"true"_s);
        QCOMPARE(r.console.at(4).text, chai);
    }

    // xml2Json as newman gives it (see above for how the expectations were made).
    void xml2JsonAnswersAsNewman_data()
    {
        QTest::addColumn<QString>("xml");
        QTest::addColumn<QString>("json");
        QTest::newRow("food") << u"<?xml version=\"1.0\" encoding=\"UTF-8\"?><food><name lang=\"en\">Waffles</name><price>5.95</price><tags><tag>a</tag><tag>b</tag></tags><empty/><note>  </note></food>"_s << uR"js({"food":{"name":{"_":"Waffles","$":{"lang":"en"}},"price":"5.95","tags":{"tag":["a","b"]},"empty":"","note":"  "}})js"_s;
        QTest::newRow("mixed") << u"<a x=\"1\">text<b>1</b><b y=\"2\">2</b> tail </a>"_s << uR"js({"a":{"_":"text tail","$":{"x":"1"},"b":["1",{"_":"2","$":{"y":"2"}}]}})js"_s;
        QTest::newRow("cdata") << u"<r><![CDATA[ <x> ]]></r>"_s << uR"js({"r":"<x>"})js"_s;
        QTest::newRow("ns") << u"<soap:Envelope xmlns:soap=\"http://schemas.xmlsoap.org/soap/envelope/\"><soap:Body><m:GetPrice xmlns:m=\"https://example.test/prices\"><m:Item>Apples</m:Item></m:GetPrice></soap:Body></soap:Envelope>"_s << uR"js({"soap:Envelope":{"$":{"xmlns:soap":"http://schemas.xmlsoap.org/soap/envelope/"},"soap:Body":{"m:GetPrice":{"$":{"xmlns:m":"https://example.test/prices"},"m:Item":"Apples"}}}})js"_s;
        QTest::newRow("entities") << u"<t>a &amp; b &lt;c&gt;</t>"_s << uR"js({"t":"a & b <c>"})js"_s;
        QTest::newRow("attrsWhitespace") << u"<a k=\"v\"> </a>"_s << uR"js({"a":{"$":{"k":"v"}}})js"_s;
        QTest::newRow("triple") << u"<l><i>1</i><i>2</i><i>3</i></l>"_s << uR"js({"l":{"i":["1","2","3"]}})js"_s;
        QTest::newRow("pretty") << u"<root>\n  <child id=\"7\">\n    <leaf>x</leaf>\n  </child>\n</root>\n"_s << uR"js({"root":{"child":{"$":{"id":"7"},"leaf":"x"}}})js"_s;
        QTest::newRow("malformed") << u"<a><b></a>"_s << uR"js(undefined)js"_s;
        QTest::newRow("empty") << u""_s << uR"js(null)js"_s;
    }
    void xml2JsonAnswersAsNewman()
    {
        QFETCH(QString, xml);
        QFETCH(QString, json);
        ScriptEngine engine;
        engine.setIterationData(QJsonObject{{u"xml"_s, xml}});
        const ScriptResult r = engine.run(u"var j = xml2Json(pm.iterationData.get('xml')); console.log(j === undefined ? 'undefined' : JSON.stringify(j));"_s,
                                          u"s"_s, testContext());
        QVERIFY(!r.error);
        QCOMPARE(r.console.size(), 1);
        QCOMPARE(r.console.first().text, json);
    }

    void cookiesComeFromTheJar()
    {
        QNetworkCookieJar jar;
        QNetworkCookie session("sid"_ba, "fake-session-0000"_ba);
        session.setPath(u"/"_s);
        QNetworkCookie other("theme"_ba, "dark"_ba);
        other.setPath(u"/things"_s);
        QVERIFY(jar.setCookiesFromUrl({session, other}, QUrl(u"http://example.test/things"_s)));
        QNetworkCookie elsewhere("sid"_ba, "other-host"_ba);
        QVERIFY(jar.setCookiesFromUrl({elsewhere}, QUrl(u"http://other.test/"_s)));

        ScriptEngine engine;
        engine.setCookieJar(&jar);
        const ScriptResult r = engine.run(uR"(
            pm.test('list', () => {
                pm.expect(pm.cookies.has('sid')).to.be.true;
                pm.expect(pm.cookies.has('sid', 'fake-session-0000')).to.be.true;
                pm.expect(pm.cookies.get('sid')).to.equal('fake-session-0000');
                pm.expect(pm.cookies.get('theme')).to.equal('dark');
                pm.expect(pm.cookies.has('nope')).to.be.false;
                pm.expect(pm.cookies.toObject()).to.eql({sid: 'fake-session-0000', theme: 'dark'});
                pm.expect(pm.cookies.count()).to.equal(2);
                pm.expect(pm.cookies.one('sid').domain).to.equal('example.test');
                pm.expect(postman.getResponseCookie('sid').value).to.equal('fake-session-0000');
                pm.expect(postman.getResponseCookie('nope')).to.be.undefined;
                pm.expect(responseCookies.length).to.equal(2);
            });
            var jar = pm.cookies.jar();
            jar.set('http://example.test/', 'added', 'v1', function (error, cookie) {
                pm.test('set', () => { pm.expect(error).to.be.null; pm.expect(cookie.value).to.equal('v1'); });
            });
            jar.get('example.test', 'added', function (error, value) { pm.test('get', () => pm.expect(value).to.equal('v1')); });
            jar.unset('http://example.test/', 'sid', function (error) { pm.test('unset', () => pm.expect(error).to.be.null); });
            jar.getAll('http://example.test/', function (error, cookies) {
                pm.test('getAll', () => pm.expect(cookies.map(c => c.name).sort()).to.eql(['added']));
            });
            jar.clear('http://other.test/');
        )"_s, u"s"_s, testContext());
        const auto v = verdicts(r);
        QCOMPARE(v.size(), 5);
        for (auto it = v.begin(); it != v.end(); ++it)
            QVERIFY2(it.value().isEmpty(), qPrintable(it.key() + u": "_s + it.value()));
        // The script's jar changes are the jar's.
        const QList<QNetworkCookie> left = jar.cookiesForUrl(QUrl(u"http://example.test/things"_s));
        QStringList names;
        for (const QNetworkCookie &c : left)
            names.append(QString::fromUtf8(c.name()));
        names.sort();
        QCOMPARE(names, (QStringList{u"added"_s, u"theme"_s}));
        QVERIFY(jar.cookiesForUrl(QUrl(u"http://other.test/"_s)).isEmpty());

        // Without a jar pm.cookies is empty, not an error.
        ScriptEngine bare;
        const ScriptResult none = bare.run(u"pm.test('empty', () => { pm.expect(pm.cookies.count()).to.equal(0); pm.expect(pm.cookies.get('sid')).to.be.undefined; });"_s,
                                           u"s"_s, testContext());
        QVERIFY(none.assertions.first().passed);
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
        // Syntax errors (caught when the script is compiled) and thrown non-errors fail the script too.
        const ScriptResult syntax = engine.run(u"var a = 1;\nvar = ;"_s, u"s"_s, testContext());
        QVERIFY(syntax.error);
        QCOMPARE(syntax.assertions.last().errorName, u"SyntaxError"_s);
        QCOMPARE(syntax.assertions.last().line, 2);
        const ScriptResult thrown = engine.run(u"throw 'boom';"_s, u"s"_s, testContext());
        QVERIFY(thrown.error);
        QCOMPARE(thrown.assertions.last().message, u"boom"_s);
        // The engine keeps working afterwards, and a script compiled once runs afresh each time.
        QVERIFY(!engine.run(u"pm.test('ok', () => {});"_s, u"s"_s, testContext()).error);
        const QString counter = u"pm.globals.set('n', (pm.globals.get('n') || 0) + 1); pm.test('n', () => {});"_s;
        (void)engine.run(counter, u"s"_s, testContext());
        const ScriptResult second = engine.run(counter, u"s"_s, testContext());
        QCOMPARE(second.assertions.size(), 1);
        QVERIFY(second.variablesChanged);
        QCOMPARE(engine.variables(ScriptEngine::Scope::Globals).first().value, u"2"_s);
        QVERIFY(!engine.run(u"pm.test('reads only', () => pm.expect(pm.globals.get('n')).to.equal(2));"_s, u"s"_s, testContext()).variablesChanged);
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

    // pm.response.json() on a big body is a lazy view (sandbox.js, lazyJson). With the threshold
    // at 2 bytes every object and array of this body becomes one; each expression must give what
    // it gives on the JSON.parse'd body.
    void lazyJsonViewBehavesAsParsed_data()
    {
        QTest::addColumn<QString>("expression");
        QTest::newRow("stringify") << u"JSON.stringify(j)"_s;
        QTest::newRow("stringify indented") << u"JSON.stringify(j.obj, null, 2)"_s;
        QTest::newRow("keys in order") << u"[Object.keys(j), Object.keys(j.obj), Object.getOwnPropertyNames(j.items)]"_s;
        QTest::newRow("for in") << u"(function () { var r = []; for (var k in j) r.push(k); for (var i in j.items) r.push(i); return r; })()"_s;
        QTest::newRow("entries and assign") << u"[Object.entries(j.obj), Object.assign({}, j.items[0]), Object.values(j.empty)]"_s;
        QTest::newRow("primitives") << u"[j.name, j['10'], j[2], j.dup, j['ü'], j.obj['a\\nb'], j.obj.n, j.items[2].name, j.items[2].tags, j.missing]"_s;
        QTest::newRow("identity and equality") << u"[j.items === j.items, j.items[0] === j.items[0], j.name === 'Gatehouse', j.obj.deep.k[1][1][0] === 3]"_s;
        QTest::newRow("types") << u"[typeof j, Array.isArray(j.items), Array.isArray(j.obj), j.items instanceof Array, Object.prototype.toString.call(j.items), Object.prototype.toString.call(j)]"_s;
        QTest::newRow("in and own") << u"['name' in j, 'nope' in j, j.hasOwnProperty('items'), 0 in j.items, 3 in j.items, 'length' in j.items, 'toString' in j]"_s;
        QTest::newRow("array methods") << u"[j.items.length, j.items.map(function (x) { return x.id; }), j.items.filter(function (x) { return x.id > 1; }).length, j.items.find(function (x) { return x.name === 'b'; }), j.items.slice(1), j.items.indexOf(j.items[1]), j.items.some(function (x) { return x.tags === null; }), j.items.reduce(function (a, x) { return a + x.id; }, 0), j.none.length]"_s;
        QTest::newRow("join and concat") << u"[String(j.items[0].tags), j.items[0].tags.join('+'), j.obj.deep.k.concat([9]), [].concat(j.items[0].tags), Array.from(j.items[0].tags), j.items[0].tags.includes('y')]"_s;
        QTest::newRow("writes") << u"(j.added = 1, j.name = 'changed', delete j.dup, j.items.push({id: 4}), j.items[0].id = 10, JSON.stringify(j))"_s;
        QTest::newRow("array shortened") << u"(j.items.pop(), j.items.length = 1, [j.items.length, JSON.stringify(j.items), 1 in j.items])"_s;
        QTest::newRow("sort and reverse") << u"[j.items.sort(function (a, b) { return b.id - a.id; }).map(function (x) { return x.id; }), j.obj.deep.k.reverse()]"_s;
        QTest::newRow("chai") << u"(pm.expect(j).to.have.property('items').with.lengthOf(3), pm.expect(j.obj).to.eql({'a\\nb': true, n: -1500, deep: {k: [1, [2, [3]]]}}), pm.expect(j.items).to.deep.include({id: 2, name: 'b', tags: []}), pm.expect(j).to.include.keys('name', 'obj'), pm.expect(j.empty).to.be.empty, pm.expect(j.items[0]).to.be.an('object'), pm.expect(j.items).to.be.an('array'), 'ok')"_s;
        QTest::newRow("chai failure message") << u"pm.expect(j.items[0]).to.eql({id: 1})"_s;
        QTest::newRow("lodash") << u"[_.get(j, 'items[1].name'), _.get(j, 'obj.deep.k[1][0]'), _.size(j.items), _.keys(j.obj), _.isEqual(j.items[0], {id: 1, name: 'a', tags: ['x', 'y']}), _.cloneDeep(j).items.length, _.map(j.items, 'id'), _.isEmpty(j.empty)]"_s;
        QTest::newRow("tv4 and ajv") << u"[tv4.validate(j, {type: 'object', required: ['items'], properties: {items: {type: 'array', items: {type: 'object', required: ['id']}}}}), new (require('ajv'))({allErrors: true}).validate({type: 'object', properties: {items: {type: 'array', maxItems: 2}, name: {type: 'number'}}}, j), tv4.validateMultiple(j.items, {type: 'array', items: {properties: {id: {type: 'string'}}}}).errors.length]"_s;
        QTest::newRow("jsonSchema") << u"(pm.expect(j).to.have.jsonSchema({type: 'object', properties: {obj: {type: 'object', properties: {n: {type: 'number', maximum: 0}}}}}), 'ok')"_s;
        QTest::newRow("legacy JSON.parse(responseBody)") << u"(function () { var r = JSON.parse(responseBody), t = JSON.parse(pm.response.text()); return [r === j, r === t, r.items.length, JSON.stringify(t) === JSON.stringify(j), Object.keys(r), JSON.parse(responseBody, function (k, v) { return typeof v === 'number' ? v + 1 : v; }).items[0].id]; })()"_s;
        QTest::newRow("descriptor") << u"[Object.getOwnPropertyDescriptor(j, 'name'), Object.getOwnPropertyDescriptor(j.items, 'length'), Object.getOwnPropertyDescriptor(j, 'nope')]"_s;
    }

    void lazyJsonViewBehavesAsParsed()
    {
        QFETCH(QString, expression);
        const QByteArray body = R"( {"name":"Gate\u0068ouse","10":"ten","2":"two","dup":1,"items":[{"id":1,"name":"a","tags":["x","y"]},{"id":2,"name":"b","tags":[]},)"
                                R"({"id":3,"name":"c\tq\/","tags":null}],"obj":{"a\nb":true,"n":-1.5e3,"deep":{"k":[1,[2,[3]]]}},"dup":2,"empty":{},"none":[],"ü":"ümlaut"} )"_ba;
        const QString script = u"var j = pm.response.json(); try { var v = (function () { return "_s + expression
                               + u"; })(); var s = JSON.stringify(v); console.log(s === undefined ? 'undefined' : s); }"
                                 u" catch (e) { console.log('threw ' + e.name + ': ' + e.message); }"_s;
        const auto [lazy, parsed] = logLazyAndParsed(script, body);
        QCOMPARE(lazy, parsed);
    }

    void lazyJsonViewParsesOnlyWhatIsTouched()
    {
        // JSON.parse, watched: the lazy view hands it the members a script reaches, never the body.
        const QString script = uR"(
            var calls = [], parse = JSON.parse;
            JSON.parse = function (s) { calls.push(String(s).length); return parse.apply(JSON, arguments); };
            var j = pm.response.json();
            var n = j.items.length, second = j.items[1].id;
            JSON.parse = parse;
            pm.test('values', () => { pm.expect(n).to.equal(3); pm.expect(second).to.equal(2); });
            pm.test('parsed', () => pm.expect(calls).to.eql([8]));
        )"_s;
        ScriptEngine engine;
        engine.setLazyJsonThreshold(20);
        const auto v = verdicts(engine.run(script, u"s"_s, testContext(200, R"({"items":[{"id":1},{"id":2},{"id":3}], "pad": "0123456789"})"_ba)));
        QCOMPARE(v.value(u"values"_s), QString());
        QCOMPARE(v.value(u"parsed"_s), QString());
    }

    void lazyJsonViewKeepsJsonParseErrors_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::newRow("trailing comma") << R"({"a":[1,2,],"b":"long enough"})"_ba;
        QTest::newRow("unclosed") << R"({"a":[1,2],"b":"long enough")"_ba;
        QTest::newRow("bad escape") << R"({"a":"\x41","b":"long enough"})"_ba;
        QTest::newRow("control character") << "{\"a\":\"tab\there\",\"b\":\"long enough\"}"_ba;
        QTest::newRow("leading zero") << R"({"a":01,"b":"long enough"})"_ba;
        QTest::newRow("garbage after") << R"({"a":1,"b":"long enough"} x)"_ba;
        QTest::newRow("single quotes") << R"({'a':1,"b":"long enough"})"_ba;
        QTest::newRow("valid") << " \r\n{\"a\":[1,-0.5e-3,true,false,null,\"\\u00fc\\/\"],\"b\":{}}\t"_ba;
    }

    void lazyJsonViewKeepsJsonParseErrors()
    {
        QFETCH(QByteArray, body);
        const QString script = u"try { console.log(JSON.stringify(pm.response.json())); } catch (e) { console.log(e.name + ': ' + e.message); }"_s;
        const auto [lazy, parsed] = logLazyAndParsed(script, body);
        QCOMPARE(lazy, parsed);
    }

    // moment comes from Debian's libjs-moment (as newman's sandbox has moment 2.x).
    void momentComesFromTheDebianPackage()
    {
        if (!QFile::exists(u"/usr/share/javascript/moment/moment.js"_s))
            QSKIP("libjs-moment is not installed");
        ScriptEngine engine;
        const ScriptResult r = engine.run(uR"(
            var moment = require('moment');
            pm.test('format', () => pm.expect(moment.utc('2026-11-27T01:02:03Z').format('dddd, MMMM Do YYYY, HH:mm:ss')).to.equal('Friday, November 27th 2026, 01:02:03'));
            pm.test('month arithmetic', () => pm.expect(moment.utc('2026-01-31').add(1, 'month').format('YYYY-MM-DD')).to.equal('2026-02-28'));
            pm.test('unix', () => pm.expect(moment.unix(86400).utc().toISOString()).to.equal('1970-01-02T00:00:00.000Z'));
            pm.test('diff', () => pm.expect(moment.utc('2026-11-27').diff(moment.utc('2026-11-20'), 'days')).to.equal(7));
            pm.test('loaded once', () => pm.expect(require('moment')).to.equal(moment));
            pm.test('version 2', () => pm.expect(moment.version).to.match(/^2\./));
        )"_s, u"s"_s, testContext());
        const auto v = verdicts(r);
        QCOMPARE(v.size(), 6);
        for (auto it = v.begin(); it != v.end(); ++it)
            QVERIFY2(it.value().isEmpty(), qPrintable(it.key() + u": "_s + it.value()));
        // The next script gets the same module without loading it again.
        QVERIFY(engine.run(u"pm.test('again', () => pm.expect(require('moment').utc(0).year()).to.equal(1970));"_s, u"s"_s, testContext()).assertions.first().passed);
    }

    void missingMomentNamesThePackage()
    {
        QTemporaryDir empty;
        ScriptEngine engine;
        engine.setSystemModuleRoot(empty.path());
        const ScriptResult r = engine.run(u"pm.test('moment', () => require('moment'));"_s, u"s"_s, testContext());
        QCOMPARE(r.assertions.size(), 1);
        QVERIFY(!r.assertions.first().passed);
        QVERIFY2(r.assertions.first().message.contains(u"libjs-moment"_s), qPrintable(r.assertions.first().message));
        QVERIFY(r.assertions.first().message.contains(u"moment/moment.js"_s));
        QVERIFY(!engine.run(u"pm.test('unknown', () => require('left-pad'));"_s, u"s"_s, testContext()).assertions.first().passed);
    }

    // pm.iterationData as Postman documents it: get, has, toObject, toJSON, unset, replaceIn.
    void iterationDataScopeAsPostman()
    {
        ScriptEngine engine;
        engine.setIterationData(QJsonObject{{u"n"_s, 5}, {u"name"_s, u"ada"_s}, {u"obj"_s, QJsonObject{{u"a"_s, 1}}}});
        const ScriptResult r = engine.run(uR"(
            var d = pm.iterationData;
            pm.test('get and has', () => { pm.expect(d.get('n')).to.equal(5); pm.expect(d.has('name')).to.be.true; pm.expect(d.has('nope')).to.be.false;
                                          pm.expect(d.get('nope')).to.be.undefined; pm.expect(d.get('obj')).to.eql({a: 1}); });
            pm.test('toObject and toJSON', () => { pm.expect(d.toObject()).to.eql({n: 5, name: 'ada', obj: {a: 1}}); pm.expect(d.toJSON()).to.eql(d.toObject());
                                                  d.toObject().n = 6; pm.expect(d.get('n')).to.equal(5); });
            pm.test('replaceIn', () => pm.expect(d.replaceIn('{{name}}-{{n}}-{{missing}}')).to.equal('ada-5-{{missing}}'));
            pm.test('read-only otherwise', () => { pm.expect(d.set).to.be.undefined; pm.expect(d.clear).to.be.undefined; });
            d.unset('name');
            pm.test('unset', () => { pm.expect(d.has('name')).to.be.false; pm.expect(d.get('name')).to.be.undefined;
                                    pm.expect(pm.variables.has('name')).to.be.false; pm.expect(data.name).to.be.undefined;
                                    pm.expect(Object.keys(d.toObject())).to.eql(['n', 'obj']); });
        )"_s, u"s"_s, testContext());
        const auto v = verdicts(r);
        QCOMPARE(v.size(), 5);
        for (auto it = v.begin(); it != v.end(); ++it)
            QVERIFY2(it.value().isEmpty(), qPrintable(it.key() + u": "_s + it.value()));
        QVERIFY(!r.variablesChanged); // nothing for the runner to read back
        // The rest of the iteration does not see it; the next iteration's row brings it back.
        const QString has = u"pm.test('has', () => pm.expect(pm.iterationData.has('name')).to.equal(%1));"_s;
        QVERIFY(engine.run(has.arg(u"false"_s), u"s"_s, testContext()).assertions.first().passed);
        engine.setIterationData(QJsonObject{{u"name"_s, u"grace"_s}});
        QVERIFY(engine.run(has.arg(u"true"_s), u"s"_s, testContext()).assertions.first().passed);
    }

    void scriptsDoNotShareDeclarations()
    {
        ScriptEngine engine;
        (void)engine.run(u"var leaked = 1; function f() {}"_s, u"s"_s, testContext());
        const ScriptResult r = engine.run(u"pm.test('isolated', () => pm.expect(typeof leaked).to.equal('undefined'));"_s, u"s"_s, testContext());
        QVERIFY(r.assertions.first().passed);
    }
};

void TestScriptEngine::schemaLibrariesAnswerAsNewman_data()
{
    QTest::addColumn<QString>("schema");
    QTest::addColumn<QString>("data");
    QTest::addColumn<QString>("ajv");
    QTest::addColumn<QString>("ajvAllErrors");
    QTest::addColumn<QString>("tv4");
    QTest::addColumn<QString>("chai");
    QTest::newRow("typeFail") << uR"js({"properties":{"alpha":{"type":"boolean"}}})js"_s << uR"js({"alpha":123})js"_s
        << uR"js({"valid":false,"errors":[{"keyword":"type","dataPath":".alpha","schemaPath":"#/properties/alpha/type","params":{"type":"boolean"},"message":"should be boolean"}],"text":"data.alpha should be boolean"})js"_s
        << uR"js({"valid":false,"errors":[{"keyword":"type","dataPath":".alpha","schemaPath":"#/properties/alpha/type","params":{"type":"boolean"},"message":"should be boolean"}]})js"_s
        << uR"js({"valid":false,"error":{"message":"Invalid type: number (expected boolean)","code":0,"dataPath":"/alpha"}})js"_s
        << u"expected data to satisfy schema but found following errors: \ndata.alpha should be boolean"_s;
    QTest::newRow("required") << uR"js({"type":"object","required":["id","name"],"properties":{"id":{"type":"integer"}}})js"_s << uR"js({"id":1.5})js"_s
        << uR"js({"valid":false,"errors":[{"keyword":"required","dataPath":"","schemaPath":"#/required","params":{"missingProperty":".name"},"message":"should have required property '.name'"}],"text":"data should have required property '.name'"})js"_s
        << uR"js({"valid":false,"errors":[{"keyword":"required","dataPath":"","schemaPath":"#/required","params":{"missingProperty":"name"},"message":"should have required property 'name'"},{"keyword":"type","dataPath":".id","schemaPath":"#/properties/id/type","params":{"type":"integer"},"message":"should be integer"}]})js"_s
        << uR"js({"valid":false,"error":{"message":"Missing required property: name","code":302,"dataPath":""}})js"_s
        << u"expected data to satisfy schema but found following errors: \ndata should have required property 'name', data.id should be integer"_s;
    QTest::newRow("nested") << uR"js({"type":"object","properties":{"items":{"type":"array","items":{"type":"string","minLength":2}}}})js"_s << uR"js({"items":["ab","c",3]})js"_s
        << uR"js({"valid":false,"errors":[{"keyword":"minLength","dataPath":".items[1]","schemaPath":"#/properties/items/items/minLength","params":{"limit":2},"message":"should NOT be shorter than 2 characters"}],"text":"data.items[1] should NOT be shorter than 2 characters"})js"_s
        << uR"js({"valid":false,"errors":[{"keyword":"minLength","dataPath":".items[1]","schemaPath":"#/properties/items/items/minLength","params":{"limit":2},"message":"should NOT be shorter than 2 characters"},{"keyword":"type","dataPath":".items[2]","schemaPath":"#/properties/items/items/type","params":{"type":"string"},"message":"should be string"}]})js"_s
        << uR"js({"valid":false,"error":{"message":"String is too short (1 chars), minimum 2","code":200,"dataPath":"/items/1"}})js"_s
        << u"expected data to satisfy schema but found following errors: \ndata.items[1] should NOT be shorter than 2 characters, data.items[2] should be string"_s;
    QTest::newRow("ref") << uR"js({"definitions":{"pos":{"type":"integer","minimum":1}},"type":"object","properties":{"n":{"$ref":"#/definitions/pos"}}})js"_s << uR"js({"n":0})js"_s
        << uR"js({"valid":false,"errors":[{"keyword":"minimum","dataPath":".n","schemaPath":"#/definitions/pos/minimum","params":{"comparison":">=","limit":1,"exclusive":false},"message":"should be >= 1"}],"text":"data.n should be >= 1"})js"_s
        << uR"js({"valid":false,"errors":[{"keyword":"minimum","dataPath":".n","schemaPath":"#/definitions/pos/minimum","params":{"comparison":">=","limit":1,"exclusive":false},"message":"should be >= 1"}]})js"_s
        << uR"js({"valid":false,"error":{"message":"Value 0 is less than minimum 1","code":101,"dataPath":"/n"}})js"_s
        << u"expected data to satisfy schema but found following errors: \ndata.n should be >= 1"_s;
    QTest::newRow("anyOf") << uR"js({"anyOf":[{"type":"string"},{"type":"number"}]})js"_s << uR"js(true)js"_s
        << uR"js({"valid":false,"errors":[{"keyword":"type","dataPath":"","schemaPath":"#/anyOf/0/type","params":{"type":"string"},"message":"should be string"},{"keyword":"type","dataPath":"","schemaPath":"#/anyOf/1/type","params":{"type":"number"},"message":"should be number"},{"keyword":"anyOf","dataPath":"","schemaPath":"#/anyOf","params":{},"message":"should match some schema in anyOf"}],"text":"data should be string, data should be number, data should match some schema in anyOf"})js"_s
        << uR"js({"valid":false,"errors":[{"keyword":"type","dataPath":"","schemaPath":"#/anyOf/0/type","params":{"type":"string"},"message":"should be string"},{"keyword":"type","dataPath":"","schemaPath":"#/anyOf/1/type","params":{"type":"number"},"message":"should be number"},{"keyword":"anyOf","dataPath":"","schemaPath":"#/anyOf","params":{},"message":"should match some schema in anyOf"}]})js"_s
        << uR"js({"valid":false,"error":{"message":"Data does not match any schemas from \"anyOf\"","code":10,"dataPath":""}})js"_s
        << u"expected data to satisfy schema but found following errors: \ndata should be string, data should be number, data should match some schema in anyOf"_s;
    QTest::newRow("uniq") << uR"js({"type":"array","uniqueItems":true})js"_s << uR"js([1,2,1])js"_s
        << uR"js({"valid":false,"errors":[{"keyword":"uniqueItems","dataPath":"","schemaPath":"#/uniqueItems","params":{"i":2,"j":0},"message":"should NOT have duplicate items (items ## 0 and 2 are identical)"}],"text":"data should NOT have duplicate items (items ## 0 and 2 are identical)"})js"_s
        << uR"js({"valid":false,"errors":[{"keyword":"uniqueItems","dataPath":"","schemaPath":"#/uniqueItems","params":{"i":2,"j":0},"message":"should NOT have duplicate items (items ## 0 and 2 are identical)"}]})js"_s
        << uR"js({"valid":false,"error":{"message":"Array items are not unique (indices 0 and 2)","code":402,"dataPath":""}})js"_s
        << u"expected data to satisfy schema but found following errors: \ndata should NOT have duplicate items (items ## 0 and 2 are identical)"_s;
    QTest::newRow("weirdKey") << uR"js({"type":"object","properties":{"x-y":{"type":"string"}}})js"_s << uR"js({"x-y":1})js"_s
        << uR"js({"valid":false,"errors":[{"keyword":"type","dataPath":"['x-y']","schemaPath":"#/properties/x-y/type","params":{"type":"string"},"message":"should be string"}],"text":"data['x-y'] should be string"})js"_s
        << uR"js({"valid":false,"errors":[{"keyword":"type","dataPath":"['x-y']","schemaPath":"#/properties/x-y/type","params":{"type":"string"},"message":"should be string"}]})js"_s
        << uR"js({"valid":false,"error":{"message":"Invalid type: number (expected string)","code":0,"dataPath":"/x-y"}})js"_s
        << u"expected data to satisfy schema but found following errors: \ndata['x-y'] should be string"_s;
    QTest::newRow("format") << uR"js({"type":"string","format":"email"})js"_s << uR"js("not-an-email")js"_s
        << uR"js({"valid":false,"errors":[{"keyword":"format","dataPath":"","schemaPath":"#/format","params":{"format":"email"},"message":"should match format \"email\""}],"text":"data should match format \"email\""})js"_s
        << uR"js({"valid":false,"errors":[{"keyword":"format","dataPath":"","schemaPath":"#/format","params":{"format":"email"},"message":"should match format \"email\""}]})js"_s
        << uR"js({"valid":true,"error":null})js"_s
        << u"expected data to satisfy schema but found following errors: \ndata should match format \"email\""_s;
    QTest::newRow("additional") << uR"js({"type":"object","properties":{"a":{}},"additionalProperties":false})js"_s << uR"js({"a":1,"b":2})js"_s
        << uR"js({"valid":false,"errors":[{"keyword":"additionalProperties","dataPath":"","schemaPath":"#/additionalProperties","params":{"additionalProperty":"b"},"message":"should NOT have additional properties"}],"text":"data should NOT have additional properties"})js"_s
        << uR"js({"valid":false,"errors":[{"keyword":"additionalProperties","dataPath":"","schemaPath":"#/additionalProperties","params":{"additionalProperty":"b"},"message":"should NOT have additional properties"}]})js"_s
        << uR"js({"valid":false,"error":{"message":"Additional properties not allowed","code":303,"dataPath":"/b"}})js"_s
        << u"expected data to satisfy schema but found following errors: \ndata should NOT have additional properties"_s;
    QTest::newRow("valid") << uR"js({"type":"object","properties":{"a":{"type":"string"}}})js"_s << uR"js({"a":"x"})js"_s
        << uR"js({"valid":true,"errors":null,"text":"No errors"})js"_s
        << uR"js({"valid":true,"errors":null})js"_s
        << uR"js({"valid":true,"error":null})js"_s
        << u"pass"_s;
}

QTEST_GUILESS_MAIN(TestScriptEngine)
#include "tst_scriptengine.moc"
