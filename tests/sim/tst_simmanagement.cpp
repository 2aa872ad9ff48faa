// SPDX-License-Identifier: GPL-3.0-or-later
// The simulated management (ARM) API over real loopback HTTP, from the same config as the gateway.
#include "apim/apimpolicy.h"
#include "http/httpclient.h"
#include "simconfig.h"
#include "simulatorserver.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;
using namespace gatehouse;
using namespace gatehouse::sim;

namespace {
const QByteArray token = "Bearer fake-management-token"_ba;
const QString apiVersion = u"?api-version=2024-05-01"_s;
} // namespace

class TestSimManagement : public QObject
{
    Q_OBJECT

    std::unique_ptr<SimulatorServer> m_server;
    std::unique_ptr<HttpClient> m_client;
    QString m_service; // http://127.0.0.1:PORT/subscriptions/.../service/sim-test
    QString m_serviceId;

    HttpResponse call(const QByteArray &method, const QString &pathAndQuery, const QByteArray &authorization = token)
    {
        HttpRequest request;
        request.method = method;
        request.url = QUrl(m_service + pathAndQuery);
        if (!authorization.isEmpty())
            request.headers.append({ "Authorization"_ba, authorization });
        request.timeout = std::chrono::seconds(20);
        Exchange *exchange = m_client->send(request);
        QSignalSpy finished(exchange, &Exchange::finished);
        if (!finished.wait(20'000))
            qWarning() << "no answer for" << pathAndQuery;
        const ExchangeResult result = exchange->result();
        exchange->deleteLater();
        return result.response.value_or(HttpResponse {});
    }

    HttpResponse post(const QString &path, const QJsonObject &body)
    {
        HttpRequest request;
        request.method = "POST"_ba;
        request.url = QUrl(m_service + path + apiVersion);
        request.headers = { { "Authorization"_ba, token }, { "Content-Type"_ba, "application/json"_ba } };
        request.body = QJsonDocument(body).toJson(QJsonDocument::Compact);
        return exchange(request);
    }

    HttpResponse gatewayCall(const QString &path, const HeaderList &headers)
    {
        HttpRequest request;
        request.url = QUrl(m_server->urls().first().toString() + path);
        request.headers = headers;
        return exchange(request);
    }

    HttpResponse exchange(HttpRequest request)
    {
        request.timeout = std::chrono::seconds(20);
        Exchange *exchange = m_client->send(request);
        QSignalSpy finished(exchange, &Exchange::finished);
        if (!finished.wait(20'000))
            qWarning() << "no answer for" << request.url;
        const ExchangeResult result = exchange->result();
        exchange->deleteLater();
        return result.response.value_or(HttpResponse {});
    }

    QJsonObject getJson(const QString &path)
    {
        const HttpResponse r = call("GET"_ba, path + apiVersion);
        if (r.statusCode != 200)
            qWarning() << path << r.statusCode << r.body;
        return QJsonDocument::fromJson(r.body).object();
    }

    static QStringList names(const QJsonObject &list)
    {
        QStringList result;
        for (const QJsonValue &v : list.value(u"value"_s).toArray())
            result.append(v.toObject().value(u"name"_s).toString());
        return result;
    }

private Q_SLOTS:
    void init()
    {
        QFile file(QStringLiteral(GATEHOUSE_SIM_TEST_DATA) + u"/gateway.json"_s);
        QVERIFY(file.open(QIODevice::ReadOnly));
        auto config = parseSimConfig(file.readAll(), file.fileName());
        QVERIFY(config.has_value());
        m_serviceId = config->serviceResourceId();
        m_server = std::make_unique<SimulatorServer>(std::move(*config));
        QVERIFY(m_server->listen());
        const auto port = m_server->listenManagement();
        QVERIFY(port.has_value());
        QCOMPARE(m_server->managementUrls().size(), 1);
        QCOMPARE(m_server->urls().size(), 1);
        m_service = u"http://127.0.0.1:%1"_s.arg(*port) + m_serviceId;
        m_client = std::make_unique<HttpClient>();
    }

    void cleanup()
    {
        m_client.reset();
        m_server.reset();
    }

    void needsATokenAndAnApiVersion()
    {
        const HttpResponse none = call("GET"_ba, u"/apis"_s + apiVersion, {});
        QCOMPARE(none.statusCode, 401);
        QCOMPARE(none.body,
            "{\"error\":{\"code\":\"AuthenticationFailed\",\"message\":\"Authentication failed. The 'Authorization' header is missing.\"}}"_ba);
        const HttpResponse wrong = call("GET"_ba, u"/apis"_s + apiVersion, "Bearer fake-other-token"_ba);
        QCOMPARE(wrong.statusCode, 401);
        QCOMPARE(wrong.body, "{\"error\":{\"code\":\"InvalidAuthenticationToken\",\"message\":\"The access token is invalid.\"}}"_ba);
        const HttpResponse noVersion = call("GET"_ba, u"/apis"_s);
        QCOMPARE(noVersion.statusCode, 400);
        QCOMPARE(noVersion.body,
            "{\"error\":{\"code\":\"MissingApiVersionParameter\",\"message\":\"The api-version query parameter (?api-version=) is required for all requests.\"}}"_ba);
    }

    void service()
    {
        const QJsonObject service = getJson({});
        QCOMPARE(service.value(u"id"_s).toString(), m_serviceId);
        QCOMPARE(service.value(u"name"_s).toString(), u"sim-test"_s);
        QCOMPARE(service.value(u"properties"_s).toObject().value(u"gatewayUrl"_s).toString(), u"https://sim-test.azure-api.net"_s);
    }

    void apisAndTheirProducts()
    {
        const QJsonObject apis = getJson(u"/apis"_s);
        const QStringList ids = names(apis);
        QVERIFY(ids.contains(u"loyalty"_s));
        QCOMPARE(ids.count(u"reviews"_s), 1); // current revisions only
        QCOMPARE(apis.value(u"count"_s).toInt(), ids.size());

        const QJsonObject partners = getJson(u"/apis/partners"_s).value(u"properties"_s).toObject();
        QCOMPARE(partners.value(u"path"_s).toString(), u"partners"_s);
        QVERIFY(partners.value(u"subscriptionRequired"_s).toBool());
        QCOMPARE(partners.value(u"subscriptionKeyParameterNames"_s).toObject().value(u"header"_s).toString(), u"X-Partner-Token"_s);

        // The confirmation the diagnosis needs for the seed story: the API is in no product.
        QCOMPARE(names(getJson(u"/apis/loyalty/products"_s)), QStringList());
        QCOMPARE(names(getJson(u"/apis/echo-api/products"_s)), (QStringList { u"starter"_s, u"limited"_s, u"metered"_s, u"draft"_s }));
        QCOMPARE(names(getJson(u"/products/starter/apis"_s)), (QStringList { u"echo-api"_s, u"backends"_s, u"reviews"_s, u"prices-1"_s }));
        const QJsonObject draft = getJson(u"/products/draft"_s).value(u"properties"_s).toObject();
        QCOMPARE(draft.value(u"state"_s).toString(), u"notPublished"_s);

        const HttpResponse missing = call("GET"_ba, u"/apis/nope"_s + apiVersion);
        QCOMPARE(missing.statusCode, 404);
        QCOMPARE(missing.body, "{\"error\":{\"code\":\"ResourceNotFound\",\"message\":\"Api not found.\"}}"_ba);
    }

    void operationsVersionsAndRevisions()
    {
        const QJsonArray operations = getJson(u"/apis/echo-api/operations"_s).value(u"value"_s).toArray();
        QCOMPARE(operations.size(), 4);
        const QJsonObject user = getJson(u"/apis/echo-api/operations/user"_s).value(u"properties"_s).toObject();
        QCOMPARE(user.value(u"method"_s).toString(), u"GET"_s);
        QCOMPARE(user.value(u"urlTemplate"_s).toString(), u"/users/{id}"_s);
        QCOMPARE(user.value(u"templateParameters"_s).toArray().first().toObject().value(u"name"_s).toString(), u"id"_s);

        const QJsonArray revisions = getJson(u"/apis/reviews/revisions"_s).value(u"value"_s).toArray();
        QCOMPARE(revisions.size(), 3);
        const QJsonObject rev2 = getJson(u"/apis/reviews;rev=2"_s);
        QCOMPARE(rev2.value(u"name"_s).toString(), u"reviews;rev=2"_s);
        QCOMPARE(rev2.value(u"properties"_s).toObject().value(u"isCurrent"_s).toBool(), false);

        const QJsonObject prices = getJson(u"/apis/prices-1"_s).value(u"properties"_s).toObject();
        QCOMPARE(prices.value(u"apiVersion"_s).toString(), u"1"_s);
        QCOMPARE(prices.value(u"apiVersionSetId"_s).toString(), m_serviceId + u"/apiVersionSets/prices-versions"_s);
        const QJsonObject set = getJson(u"/apiVersionSets/prices-versions"_s).value(u"properties"_s).toObject();
        QCOMPARE(set.value(u"versioningScheme"_s).toString(), u"Header"_s);
        QCOMPARE(set.value(u"versionHeaderName"_s).toString(), u"Api-Version"_s);
    }

    void subscriptionsAndSecrets()
    {
        const QJsonObject starter = getJson(u"/subscriptions/team-starter"_s);
        const QJsonObject properties = starter.value(u"properties"_s).toObject();
        QCOMPARE(properties.value(u"scope"_s).toString(), m_serviceId + u"/products/starter"_s);
        QCOMPARE(properties.value(u"state"_s).toString(), u"active"_s);
        QVERIFY(!properties.contains(u"primaryKey"_s)); // keys only through listSecrets
        QCOMPARE(getJson(u"/subscriptions/suspended"_s).value(u"properties"_s).toObject().value(u"state"_s).toString(), u"suspended"_s);
        QCOMPARE(getJson(u"/subscriptions/master"_s).value(u"properties"_s).toObject().value(u"scope"_s).toString(), m_serviceId + u"/"_s);
        QCOMPARE(names(getJson(u"/products/starter/subscriptions"_s)), QStringList { u"team-starter"_s });

        const HttpResponse secrets = call("POST"_ba, u"/subscriptions/team-starter/listSecrets"_s + apiVersion);
        QCOMPARE(secrets.statusCode, 200);
        const QJsonObject keys = QJsonDocument::fromJson(secrets.body).object();
        QCOMPARE(keys.value(u"primaryKey"_s).toString(), u"fake-starter-primary-key-0000002"_s);
        QCOMPARE(keys.value(u"secondaryKey"_s).toString(), u"fake-starter-secondary-key-000002"_s);
        QCOMPARE(call("GET"_ba, u"/subscriptions/team-starter/listSecrets"_s + apiVersion).statusCode, 405);
    }

    void tracing()
    {
        const HttpResponse badApi = post(u"/gateways/managed/listDebugCredentials"_s,
            QJsonObject { { u"apiId"_s, u"loyalty"_s }, { u"purposes"_s, QJsonArray { u"tracing"_s } } });
        QCOMPARE(badApi.statusCode, 400); // the full resource id is needed (FACTS.md §4.2)

        const auto tokenFor = [this](const QString &apiId, const QString &lifetime) {
            const HttpResponse r = post(u"/gateways/managed/listDebugCredentials"_s,
                QJsonObject { { u"credentialsExpireAfter"_s, lifetime }, { u"apiId"_s, QString(m_serviceId + u"/apis/"_s + apiId) },
                    { u"purposes"_s, QJsonArray { u"tracing"_s } } });
            return QJsonDocument::fromJson(r.body).object().value(u"token"_s).toString().toUtf8();
        };
        const QByteArray token = tokenFor(u"loyalty"_s, u"PT1H"_s);
        QVERIFY2(token.startsWith("p=tracing&aid=loyalty&ex="), token.constData());

        // The seed story, traced: the gateway answers 401 and names a trace.
        const HttpResponse traced = gatewayCall(u"/loyalty/points"_s,
            { { "Ocp-Apim-Subscription-Key"_ba, "fake-starter-primary-key-0000002"_ba }, { "Apim-Debug-Authorization"_ba, token } });
        QCOMPARE(traced.statusCode, 401);
        const QByteArray traceId = headerValue(traced.headers, "apim-trace-id");
        QVERIFY(!traceId.isEmpty());

        const HttpResponse trace = post(u"/gateways/managed/listTrace"_s, QJsonObject { { u"traceId"_s, QString::fromLatin1(traceId) } });
        QCOMPARE(trace.statusCode, 200);
        const QJsonObject body = QJsonDocument::fromJson(trace.body).object();
        QCOMPARE(body.value(u"serviceName"_s).toString(), u"sim-test"_s);
        QCOMPARE(body.value(u"traceId"_s).toString(), QString::fromLatin1(traceId));
        const QJsonArray inbound = body.value(u"traceEntries"_s).toObject().value(u"inbound"_s).toArray();
        QCOMPARE(inbound.first().toObject().value(u"source"_s).toString(), u"api-inspector"_s);
        QCOMPARE(inbound.last().toObject().value(u"source"_s).toString(), u"authorization"_s);
        QCOMPARE(inbound.last().toObject().value(u"data"_s).toObject().value(u"reason"_s).toString(), u"SubscriptionKeyInvalid"_s);
        QVERIFY(!trace.body.contains("fake-starter-primary-key")); // keys are masked

        // A token for another API, and an expired one.
        const HttpResponse wrongApi = gatewayCall(u"/open/ping"_s, { { "Apim-Debug-Authorization"_ba, token } });
        QCOMPARE(wrongApi.statusCode, 200);
        QVERIFY(hasHeader(wrongApi.headers, "apim-debug-authorization-wrongapi"));
        QVERIFY(!hasHeader(wrongApi.headers, "apim-trace-id"));
        m_server->gateway().setClock([] { return QDateTime::currentDateTimeUtc().addSecs(2 * 3600); });
        const HttpResponse expired = gatewayCall(u"/loyalty/points"_s, { { "Apim-Debug-Authorization"_ba, token } });
        QVERIFY(hasHeader(expired.headers, "apim-debug-authorization-expired"));
        QVERIFY(!hasHeader(expired.headers, "apim-trace-id"));
        // A made-up token is ignored.
        QVERIFY(!hasHeader(
            gatewayCall(u"/loyalty/points"_s, { { "Apim-Debug-Authorization"_ba, "p=tracing&aid=loyalty&ex=29990101000000&sn=forged"_ba } })
                .headers,
            "apim-trace-id"));
        QCOMPARE(post(u"/gateways/managed/listTrace"_s, QJsonObject { { u"traceId"_s, u"nope"_s } }).statusCode, 404);
    }

    void policiesOfEveryScope()
    {
        // The global policy always exists; it forwards to the backend.
        const QJsonObject global = getJson(u"/policies/policy"_s);
        QCOMPARE(global.value(u"id"_s).toString(), m_serviceId + u"/policies/policy"_s);
        QCOMPARE(global.value(u"name"_s).toString(), u"policy"_s);
        QCOMPARE(global.value(u"properties"_s).toObject().value(u"format"_s).toString(), u"xml"_s);
        QVERIFY(global.value(u"properties"_s).toObject().value(u"value"_s).toString().contains(u"<forward-request/>"_s));

        // A product's rate limit and quota, as the gateway runs them, in rawxml on request.
        const HttpResponse limited = call("GET"_ba, u"/products/limited/policies/policy"_s + apiVersion + u"&format=rawxml"_s);
        QCOMPARE(limited.statusCode, 200);
        const QJsonObject contract = QJsonDocument::fromJson(limited.body).object();
        QCOMPARE(contract.value(u"type"_s).toString(), u"Microsoft.ApiManagement/service/products/policies"_s);
        const QJsonObject properties = contract.value(u"properties"_s).toObject();
        QCOMPARE(properties.value(u"format"_s).toString(), u"rawxml"_s);
        const QString xml = properties.value(u"value"_s).toString();
        QVERIFY2(xml.contains(u"<base/>"_s) && xml.contains(u"<rate-limit calls=\"2\" renewal-period=\"60\"/>"_s), qPrintable(xml));
        const QList<PolicyStatement> statements = parsePolicyXml(xml, PolicyStatement::Scope::Product, u"limited"_s);
        QCOMPARE(statements.size(), 1);
        QCOMPARE(statements.first().name, u"rate-limit"_s);
        QCOMPARE(statements.first().section, u"inbound"_s);
        QCOMPARE(statements.first().attribute(u"calls"_s), u"2"_s);

        // validate-jwt at API scope, ip-filter at operation scope: what the diagnosis reads.
        const QString secure = getJson(u"/apis/secure/policies/policy"_s).value(u"properties"_s).toObject().value(u"value"_s).toString();
        const QList<PolicyStatement> jwt = parsePolicyXml(secure, PolicyStatement::Scope::Api, u"secure"_s);
        QCOMPARE(jwt.size(), 1);
        QCOMPARE(jwt.first().name, u"validate-jwt"_s);
        QCOMPARE(jwt.first().attribute(u"header-name"_s), u"Authorization"_s);
        QCOMPARE(jwt.first().attribute(u"require-scheme"_s), u"Bearer"_s);
        QCOMPARE(jwt.first().values(u"audience"_s), QStringList { u"api://secure"_s });
        QCOMPARE(jwt.first().values(u"issuer"_s), QStringList { u"https://login.example.test/"_s });
        const QString elsewhere = getJson(u"/apis/internal/operations/elsewhere/policies/policy"_s)
                                      .value(u"properties"_s).toObject().value(u"value"_s).toString();
        const QList<PolicyStatement> ip = parsePolicyXml(elsewhere, PolicyStatement::Scope::Operation, u"elsewhere"_s);
        QCOMPARE(ip.size(), 1);
        QCOMPARE(ip.first().attribute(u"action"_s), u"allow"_s);
        QCOMPARE(ip.first().values(u"address"_s), QStringList { u"10.0.0.1"_s });
        QCOMPARE(ip.first().values(u"address-range"_s), QStringList { u"192.168.0.1-192.168.0.9"_s });

        // No policy of its own: 404 for the policy, an empty list for the collection.
        const HttpResponse none = call("GET"_ba, u"/apis/loyalty/policies/policy"_s + apiVersion);
        QCOMPARE(none.statusCode, 404);
        QCOMPARE(none.body, "{\"error\":{\"code\":\"ResourceNotFound\",\"message\":\"Policy configuration not found.\"}}"_ba);
        QCOMPARE(getJson(u"/apis/loyalty/policies"_s).value(u"value"_s).toArray().size(), 0);
        QCOMPARE(getJson(u"/apis/secure/policies"_s).value(u"value"_s).toArray().size(), 1);
        QCOMPARE(call("GET"_ba, u"/policies/policy"_s + apiVersion + u"&format=json"_s).statusCode, 400);
        QCOMPARE(call("PUT"_ba, u"/policies/policy"_s + apiVersion).statusCode, 405);
        QCOMPARE(call("GET"_ba, u"/apis/nope/policies/policy"_s + apiVersion).statusCode, 404);
    }

    void portsAreSeparate()
    {
        // The gateway port does not answer management calls, and the other way round.
        HttpRequest request;
        request.url = QUrl(m_server->urls().first().toString() + m_serviceId + u"/apis"_s + apiVersion);
        request.headers = { { "Authorization"_ba, token } };
        Exchange *exchange = m_client->send(request);
        QSignalSpy finished(exchange, &Exchange::finished);
        QVERIFY(finished.wait(20'000));
        QCOMPARE(exchange->result().response->statusCode, 404);
        QCOMPARE(exchange->result().response->body, "{ \"statusCode\": 404, \"message\": \"Resource not found\" }"_ba);
    }
};

QTEST_GUILESS_MAIN(TestSimManagement)
#include "tst_simmanagement.moc"
