// SPDX-License-Identifier: GPL-3.0-or-later
#include "simconfig.h"

#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace gatehouse::sim;
using gatehouse::Error;

class TestSimConfig : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void minimalConfigGetsDefaults()
    {
        const auto config = parseSimConfig(
            "{ \"service\": { \"name\": \"contoso\" }, \"apis\": [ { \"id\": \"echo-api\", \"path\": \"/echo/\", \"operations\": [ { \"id\": \"get\", \"method\": \"GET\", \"urlTemplate\": \"/resource\" } ] } ], \"products\": [ { \"id\": \"starter\", \"apis\": [\"echo-api\"] } ], \"subscriptions\": [ { \"id\": \"s1\", \"scope\": \"/products/starter\", \"primaryKey\": \"fake-key-1\" } ] }"_ba,
            u"mini.json"_s);
        QVERIFY2(config.has_value(), qPrintable(config ? QString() : config.error().message));
        QCOMPARE(config->serviceName, u"contoso"_s);
        QCOMPARE(config->gatewayUrl, u"https://contoso.azure-api.net"_s);
        QCOMPARE(config->hostnames, QStringList { u"contoso.azure-api.net"_s });
        QCOMPARE(config->apis.size(), 1);
        const Api &api = config->apis.first();
        QCOMPARE(api.path, u"echo"_s); // slashes trimmed
        QVERIFY(api.subscriptionRequired);
        QCOMPARE(api.keyHeaderName, u"Ocp-Apim-Subscription-Key"_s);
        QCOMPARE(api.keyQueryName, u"subscription-key"_s);
        QCOMPARE(api.backend.kind, Backend::Kind::Echo);
        QCOMPARE(api.operations.first().method, "GET"_ba);
        const Product &product = config->products.first();
        QVERIFY(product.subscriptionRequired);
        QVERIFY(product.published);
        QVERIFY(!product.rateLimit);
        const Subscription &s = config->subscriptions.first();
        QCOMPARE(s.state, Subscription::State::Active);
        QCOMPARE(s.scopeKind, Subscription::ScopeKind::Product);
        QCOMPARE(s.scopeTarget, u"starter"_s);
        // Switch defaults follow FACTS.md's preferred readings.
        const Behaviour &b = config->behaviour;
        QCOMPARE(b.missingKeyMessage, Behaviour::MissingKeyMessage::Wire);
        QVERIFY(b.unpublishedProductsCallable);
        QVERIFY(b.rejectInvalidKeyOnOpenApi);
        QVERIFY(b.varyOriginOnKeyErrors);
        QCOMPARE(b.keyPropagationDelay.count(), 0);
    }

    void scopes_data()
    {
        QTest::addColumn<QString>("scope");
        QTest::addColumn<int>("kind");
        QTest::addColumn<QString>("target");
        QTest::newRow("all-access") << u"/"_s << int(Subscription::ScopeKind::Service) << QString();
        QTest::newRow("all APIs") << u"/apis"_s << int(Subscription::ScopeKind::AllApis) << QString();
        QTest::newRow("API") << u"/apis/a1"_s << int(Subscription::ScopeKind::Api) << u"a1"_s;
        QTest::newRow("product") << u"/products/p1"_s << int(Subscription::ScopeKind::Product) << u"p1"_s;
        const QString arm
            = u"/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg/providers/Microsoft.ApiManagement/service/contoso"_s;
        QTest::newRow("ARM all-access") << arm + u"/"_s << int(Subscription::ScopeKind::Service) << QString();
        QTest::newRow("ARM product") << arm + u"/products/p1"_s << int(Subscription::ScopeKind::Product) << u"p1"_s;
    }

    void scopes()
    {
        QFETCH(QString, scope);
        QFETCH(int, kind);
        QFETCH(QString, target);
        const QByteArray json
            = "{ \"service\": { \"name\": \"contoso\" }, \"apis\": [ { \"id\": \"a1\", \"path\": \"a\" } ], \"products\": [ { \"id\": \"p1\", \"apis\": [\"a1\"] } ], \"subscriptions\": [ { \"id\": \"s\", \"scope\": \""_ba
            + scope.toUtf8() + "\", \"primaryKey\": \"k\" } ] }"_ba;
        const auto config = parseSimConfig(json, u"scopes.json"_s);
        QVERIFY2(config.has_value(), qPrintable(config ? QString() : config.error().message));
        QCOMPARE(int(config->subscriptions.first().scopeKind), kind);
        QCOMPARE(config->subscriptions.first().scopeTarget, target);
    }

    void errorsNameFileAndPlace_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("expected");

        const QByteArray service = "\"service\": { \"name\": \"contoso\" }"_ba;
        QTest::newRow("not JSON") << "{\n  \"service\": {\n  \"name\": }"_ba << u"bad.json:3:12: not valid JSON"_s;
        QTest::newRow("not an object") << "[1]"_ba << u"bad.json: the top level must be a JSON object."_s;
        QTest::newRow("no service") << "{}"_ba << u"bad.json: the required key 'service' is missing."_s;
        QTest::newRow("unknown top-level key")
            << ("{" + service + ", \"api\": []}"_ba)
            << u"bad.json: unknown key 'api' (expected one of: $schema, description, service, behaviour, policies, versionSets, apis, products, subscriptions)."_s;
        QTest::newRow("misspelt API key") << ("{" + service
            + ", \"apis\": [ { \"id\": \"a\", \"path\": \"a\", \"subscriptionRequierd\": false } ]}"_ba)
                                          << u"bad.json: apis[0]: unknown key 'subscriptionRequierd'"_s;
        QTest::newRow("wrong type") << ("{" + service
            + ", \"apis\": [ { \"id\": \"a\", \"path\": \"a\", \"subscriptionRequired\": \"no\" } ]}"_ba)
                                    << u"bad.json: apis[0].subscriptionRequired: expected true or false, found a string."_s;
        QTest::newRow("bad method")
            << ("{" + service
                   + ", \"apis\": [ { \"id\": \"a\", \"path\": \"a\", \"operations\": [ { \"id\": \"o\", \"method\": \"FETCH\", \"urlTemplate\": \"/\" } ] } ]}"_ba)
            << u"bad.json: apis[0].operations[0].method: 'FETCH' is not one of: GET, PUT, POST, DELETE, HEAD, OPTIONS, PATCH, TRACE."_s;
        QTest::newRow("bad template") << ("{" + service
            + ", \"apis\": [ { \"id\": \"a\", \"path\": \"a\", \"operations\": [ { \"id\": \"o\", \"method\": \"GET\", \"urlTemplate\": \"users\" } ] } ]}"_ba)
                                      << u"bad.json: apis[0].operations[0].urlTemplate: the URL template 'users' must start with '/'."_s;
        QTest::newRow("duplicate API path") << ("{" + service
            + ", \"apis\": [ { \"id\": \"a\", \"path\": \"x\" }, { \"id\": \"b\", \"path\": \"/x\" } ]}"_ba)
                                            << u"bad.json: apis[1].path: the URL suffix 'x' is already used by the API 'a'."_s;
        QTest::newRow("duplicate API id") << ("{" + service
            + ", \"apis\": [ { \"id\": \"a\", \"path\": \"a\" }, { \"id\": \"a\", \"path\": \"b\" } ]}"_ba)
                                          << u"bad.json: apis[1].id: the API id 'a' is used twice."_s;
        QTest::newRow("revision without current")
            << ("{" + service + ", \"apis\": [ { \"id\": \"a\", \"path\": \"a\", \"apiRevision\": \"2\", \"isCurrent\": false } ]}"_ba)
            << u"bad.json: apis[0].isCurrent: the API 'a' has no current revision."_s;
        QTest::newRow("revision on another path") << ("{" + service
            + ", \"apis\": [ { \"id\": \"a\", \"path\": \"a\" }, { \"id\": \"a\", \"path\": \"b\", \"apiRevision\": \"2\", \"isCurrent\": false } ]}"_ba)
                                                  << u"bad.json: apis[1].path: every revision of the API 'a' must have the same URL suffix."_s;
        QTest::newRow("unknown version set") << ("{" + service
            + ", \"apis\": [ { \"id\": \"a\", \"path\": \"a\", \"apiVersionSetId\": \"vs\", \"apiVersion\": \"v1\" } ]}"_ba)
                                             << u"bad.json: apis[0].apiVersionSetId: there is no version set with the id 'vs'."_s;
        QTest::newRow("same version twice") << ("{" + service
            + ", \"versionSets\": [ { \"id\": \"vs\", \"versioningScheme\": \"Segment\" } ], \"apis\": [ { \"id\": \"a\", \"path\": \"a\", \"apiVersionSetId\": \"vs\", \"apiVersion\": \"v1\" }, { \"id\": \"b\", \"path\": \"a\", \"apiVersionSetId\": \"vs\", \"apiVersion\": \"v1\" } ]}"_ba)
                                            << u"bad.json: apis[1].apiVersion: the version 'v1' of 'a' is already the API 'a'."_s;
        QTest::newRow("check-header without message")
            << ("{" + service + ", \"policies\": [ { \"type\": \"check-header\", \"name\": \"X-A\", \"failedCheckHttpCode\": 403 } ]}"_ba)
            << u"bad.json: policies[0]: the required key 'failedCheckErrorMessage' is missing."_s;
        QTest::newRow("validate-jwt key not base64") << ("{" + service
            + ", \"apis\": [ { \"id\": \"a\", \"path\": \"a\", \"policies\": [ { \"type\": \"validate-jwt\", \"signingKey\": \"not base64!\" } ] } ]}"_ba)
                                                     << u"bad.json: apis[0].policies[0].signingKey: the key must be base64"_s;
        QTest::newRow("ip-filter bad address") << ("{" + service
            + ", \"policies\": [ { \"type\": \"ip-filter\", \"action\": \"allow\", \"addresses\": [\"10.0.0.300\"] } ]}"_ba)
                                               << u"bad.json: policies[0].addresses: '10.0.0.300' is not an IP address."_s;
        QTest::newRow("unknown policy")
            << ("{" + service + ", \"policies\": [ { \"type\": \"set-header\" } ]}"_ba)
            << u"bad.json: policies[0].type: 'set-header' is not one of: ip-filter, check-header, validate-jwt, cors."_s;
        QTest::newRow("unknown API in product") << ("{" + service + ", \"products\": [ { \"id\": \"p\", \"apis\": [\"nope\"] } ]}"_ba)
                                                << u"bad.json: products[0].apis[0]: there is no API with the id 'nope'."_s;
        QTest::newRow("API in two open products") << ("{" + service
            + ", \"apis\": [ { \"id\": \"a\", \"path\": \"a\" } ], \"products\": [ { \"id\": \"p\", \"apis\": [\"a\"], \"subscriptionRequired\": false }, { \"id\": \"q\", \"apis\": [\"a\"], \"subscriptionRequired\": false } ]}"_ba)
                                                  << u"bad.json: products[1].apis[0]: the API 'a' is already in the open product 'p'"_s;
        QTest::newRow("rate-limit period over 300 s")
            << ("{" + service + ", \"products\": [ { \"id\": \"p\", \"rateLimit\": { \"calls\": 5, \"renewalPeriod\": 600 } } ]}"_ba)
            << u"bad.json: products[0].rateLimit.renewalPeriod: 600 is out of range (1 to 300)."_s;
        QTest::newRow("bad scope") << ("{" + service
            + ", \"subscriptions\": [ { \"id\": \"s\", \"scope\": \"/product/p\", \"primaryKey\": \"k\" } ]}"_ba)
                                   << u"bad.json: subscriptions[0].scope: '/product/p' is not a subscription scope"_s;
        QTest::newRow("scope names unknown product")
            << ("{" + service + ", \"subscriptions\": [ { \"id\": \"s\", \"scope\": \"/products/p\", \"primaryKey\": \"k\" } ]}"_ba)
            << u"bad.json: subscriptions[0].scope: there is no product with the id 'p'."_s;
        QTest::newRow("bad state")
            << ("{" + service
                   + ", \"subscriptions\": [ { \"id\": \"s\", \"scope\": \"/apis\", \"state\": \"paused\", \"primaryKey\": \"k\" } ]}"_ba)
            << u"bad.json: subscriptions[0].state: 'paused' is not one of: active, suspended, submitted, rejected, cancelled, expired."_s;
        QTest::newRow("missing key") << ("{" + service + ", \"subscriptions\": [ { \"id\": \"s\", \"scope\": \"/apis\" } ]}"_ba)
                                     << u"bad.json: subscriptions[0]: the required key 'primaryKey' is missing."_s;
        QTest::newRow("duplicate key")
            << ("{" + service
                   + ", \"subscriptions\": [ { \"id\": \"s\", \"scope\": \"/apis\", \"primaryKey\": \"k\" }, { \"id\": \"t\", \"scope\": \"/\", \"primaryKey\": \"x\", \"secondaryKey\": \"k\" } ]}"_ba)
            << u"bad.json: subscriptions[1].secondaryKey: this key is already a key of the subscription 's'; every key must be unique."_s;
        QTest::newRow("static fields on echo") << ("{" + service
            + ", \"apis\": [ { \"id\": \"a\", \"path\": \"a\", \"backend\": { \"type\": \"echo\", \"status\": 200 } } ]}"_ba)
                                               << u"bad.json: apis[0].backend.status: only a backend of type 'static' has 'status'."_s;
        QTest::newRow("bad switch") << ("{" + service + ", \"behaviour\": { \"realm\": \"somewhere\" } }"_ba)
                                    << u"bad.json: behaviour.realm: 'somewhere' is not one of: request-origin, gateway-url."_s;
        QTest::newRow("bad created date") << ("{" + service
            + ", \"subscriptions\": [ { \"id\": \"s\", \"scope\": \"/apis\", \"primaryKey\": \"k\", \"createdDate\": \"yesterday\" } ]}"_ba)
                                          << u"bad.json: subscriptions[0].createdDate: 'yesterday' is not an ISO 8601 date and time"_s;
    }

    void errorsNameFileAndPlace()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, expected);
        const auto config = parseSimConfig(json, u"bad.json"_s);
        QVERIFY(!config.has_value());
        QCOMPARE(config.error().code, Error::Code::InvalidConfig);
        QVERIFY2(config.error().message.startsWith(expected), qPrintable(u"got: "_s + config.error().message));
    }

    void loadsFromFile()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString missing = dir.filePath(u"missing.json"_s);
        const auto notThere = loadSimConfig(missing);
        QVERIFY(!notThere);
        QCOMPARE(notThere.error().code, Error::Code::FileNotFound);
        QVERIFY(notThere.error().message.contains(missing));

        QFile file(dir.filePath(u"broken.json"_s));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("{ \"service\": { \"name\": \"x\" }, \"apis\": [ { \"id\": \"a\" } ] }");
        file.close();
        const auto broken = loadSimConfig(file.fileName());
        QVERIFY(!broken);
        QCOMPARE(broken.error().message, file.fileName() + u": apis[0]: the required key 'path' is missing."_s);
    }

    void playgroundLoads()
    {
        const auto config = loadSimConfig(QStringLiteral(GATEHOUSE_SOURCE_DIR) + u"/resources/simulator/playground.json"_s);
        QVERIFY2(config.has_value(), qPrintable(config ? QString() : config.error().message));
        // The seed story: an API that is in no product at all.
        const Api *loyalty = config->api(u"loyalty");
        QVERIFY(loyalty);
        for (const Product &product : config->products)
            QVERIFY2(!product.apis.contains(loyalty->id), qPrintable(product.id));
        QVERIFY(loyalty->subscriptionRequired);
    }
};

QTEST_GUILESS_MAIN(TestSimConfig)
#include "tst_simconfig.moc"
