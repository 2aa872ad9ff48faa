// SPDX-License-Identifier: GPL-3.0-or-later
// ManagementClient against the simulator's management (ARM) API over loopback: the snapshot it
// builds, the cache, and the errors for a rejected token, a missing role and an unreachable endpoint.
#include "apim/apimimport.h"
#include "apim/diagnosis.h"
#include "apim/apimtrace.h"
#include "apim/managementclient.h"
#include "http/httpclient.h"
#include "simconfig.h"
#include "simulatorserver.h"

#include <QSignalSpy>
#include <QTcpServer>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;
using namespace gatehouse;
using namespace gatehouse::sim;

namespace {

QString scenario(const QString &name)
{
    return QStringLiteral(GATEHOUSE_SOURCE_DIR) + u"/resources/simulator/scenarios/"_s + name;
}

SentRequest sent(const QString &url, const QByteArray &key = {})
{
    SentRequest r;
    r.method = "GET"_ba;
    r.url = QUrl(url);
    if (!key.isEmpty())
        r.headers.append({"Ocp-Apim-Subscription-Key"_ba, key});
    return r;
}

} // namespace

class TestManagementClient : public QObject
{
    Q_OBJECT

    std::unique_ptr<SimulatorServer> m_server;
    ManagementTarget m_target;
    QByteArray m_token;
    int m_managementCalls = 0;

    void start(const QString &config, SimConfig::ManagementRole role = SimConfig::ManagementRole::Contributor)
    {
        auto loaded = loadSimConfig(scenario(config));
        QVERIFY(loaded.has_value());
        loaded->managementRole = role;
        m_target.subscriptionId = loaded->subscriptionId;
        m_target.resourceGroup = loaded->resourceGroup;
        m_target.serviceName = loaded->serviceName;
        m_token = loaded->managementToken.toUtf8();
        m_server = std::make_unique<SimulatorServer>(std::move(*loaded));
        QVERIFY(m_server->listen());
        const auto port = m_server->listenManagement();
        QVERIFY(port.has_value());
        m_target.endpoint = QUrl(u"http://127.0.0.1:%1"_s.arg(*port));
        m_managementCalls = 0;
        connect(m_server.get(), &SimulatorServer::requestHandled, this,
                [this](const QByteArray &, const QString &target, int, const QString &, const QString &) {
                    if (target.startsWith(u"/subscriptions/"_s))
                        ++m_managementCalls;
                });
    }

    Expected<ManagementSnapshot> fetch(ManagementClient &client, const SentRequest &request, const QByteArray &key,
                                       const QByteArray &token = {})
    {
        std::optional<Expected<ManagementSnapshot>> result;
        client.fetchSnapshot(m_target, token.isEmpty() ? m_token : token, request, key,
                             [&result](const Expected<ManagementSnapshot> &s) { result = s; });
        (void)QTest::qWaitFor([&result] { return result.has_value(); }, 20'000);
        if (!result)
            return std::unexpected(Error{Error::Code::Timeout, u"no answer"_s});
        return *result;
    }

private Q_SLOTS:
    void cleanup() { m_server.reset(); }

    void snapshotOfTheSeedStory()
    {
        start(u"api-in-no-product.json"_s);
        ManagementClient client;
        const QByteArray key = "fake-scenario-key-00000000000001"_ba;
        const auto s = fetch(client, sent(u"https://scn-api-in-no-product.azure-api.net/loyalty/items"_s, key), key);
        QVERIFY2(s.has_value(), qPrintable(s ? QString() : s.error().message));
        QCOMPARE(s->serviceName, u"scn-api-in-no-product"_s);
        QVERIFY(s->gatewayHosts.contains(u"scn-api-in-no-product.azure-api.net"_s));
        QVERIFY(s->api.has_value());
        QCOMPARE(s->api->id, u"loyalty"_s);
        QVERIFY(s->apiProducts.isEmpty());
        QVERIFY(s->operation.has_value());
        QCOMPARE(s->operation->id, u"get-items"_s);
        QCOMPARE(s->keyMatch, ManagementSnapshot::KeyMatch::Primary);
        QVERIFY(s->keyOwner.has_value());
        QCOMPARE(s->keyOwner->id, u"team"_s);
        QCOMPARE(s->keyOwner->scopeKind, ManagementSnapshot::Subscription::ScopeKind::Product);
        QCOMPARE(s->keyOwner->scopeTarget, u"starter"_s);
        QVERIFY(!s->covers(*s->keyOwner));
        QVERIFY(s->notes.isEmpty());

        // The sentence the issue asks for.
        ExchangeResult result;
        result.request = sent(u"https://scn-api-in-no-product.azure-api.net/loyalty/items"_s, key);
        HttpResponse response;
        response.statusCode = 401;
        response.body = "{ \"statusCode\": 401, \"message\": \"Access denied due to invalid subscription key. Make sure to provide a valid key for an active subscription.\" }"_ba;
        result.response = response;
        const QList<Finding> findings = diagnose({result, std::nullopt, std::nullopt, QDateTime::currentDateTimeUtc()}, *s);
        QCOMPARE(findings.size(), 1);
        QCOMPARE(findings.first().verdict, u"Confirmed: API 'loyalty' is in no product. Your key belongs to subscription 'team' (product starter)."_s);
    }

    void policiesInScope()
    {
        start(u"rate-limit.json"_s);
        ManagementClient client;
        const QByteArray key = "fake-scenario-key-00000000000001"_ba;
        const auto s = fetch(client, sent(u"http://x/orders/items"_s, key), key);
        QVERIFY2(s.has_value(), qPrintable(s ? QString() : s.error().message));
        QVERIFY(s->policiesRead);
        // The global policy's forward-request, then the product's rate limit, in scope order.
        QCOMPARE(s->policies.size(), 2);
        QCOMPARE(s->policies.at(0).name, u"forward-request"_s);
        QCOMPARE(s->policies.at(0).scope, PolicyStatement::Scope::Global);
        QCOMPARE(s->policies.at(0).section, u"backend"_s);
        QCOMPARE(s->policies.at(1).name, u"rate-limit"_s);
        QCOMPARE(s->policies.at(1).scope, PolicyStatement::Scope::Product);
        QCOMPARE(s->policies.at(1).scopeName, u"starter"_s);
        QCOMPARE(s->policies.at(1).attribute(u"calls"_s), u"2"_s);
        QVERIFY(s->expressionScopes.isEmpty());
    }

    void debugCredentialsAndTrace()
    {
        start(u"backend-failures.json"_s);
        ManagementClient client;
        std::optional<Expected<QJsonObject>> credentials;
        client.listDebugCredentials(m_target, m_token, u"orders"_s, std::chrono::minutes(30),
                                    [&credentials](const Expected<QJsonObject> &r) { credentials = r; });
        QTRY_VERIFY_WITH_TIMEOUT(credentials.has_value(), 20'000);
        QVERIFY2(credentials->has_value(), qPrintable(credentials->has_value() ? QString() : credentials->error().message));
        const QByteArray token = (*credentials)->value(u"token"_s).toString().toUtf8();
        QVERIFY2(token.startsWith("p=tracing&aid=orders&ex="), token.constData());

        HttpClient http;
        HttpRequest request;
        request.url = QUrl(m_server->urls().first().toString() + u"/orders/down"_s);
        request.headers = {{"Apim-Debug-Authorization"_ba, token}};
        Exchange *exchange = http.send(request);
        QSignalSpy finished(exchange, &Exchange::finished);
        QVERIFY(finished.wait(20'000));
        const ExchangeResult result = exchange->result();
        exchange->deleteLater();
        QCOMPARE(result.response->statusCode, 500);
        const TraceHeaders headers = traceHeaders(*result.response);
        QVERIFY(!headers.traceId.isEmpty());
        QVERIFY(headers.problem().isEmpty());

        std::optional<Expected<ApimTrace>> trace;
        fetchApimTrace(&client, m_target, m_token, headers.traceId, [&trace](const Expected<ApimTrace> &t) { trace = t; });
        QTRY_VERIFY_WITH_TIMEOUT(trace.has_value(), 20'000);
        QVERIFY(trace->has_value());
        const ApimTrace &t = **trace;
        QCOMPARE(t.traceId, headers.traceId);
        QCOMPARE(t.entries.first().section, u"inbound"_s);
        QCOMPARE(t.entries.first().summary(), u"GET "_s + request.url.toString());
        QVERIFY(t.failure());
        QCOMPARE(t.failure()->source, u"forward-request"_s);
        QCOMPARE(t.failure()->reason(), u"BackendConnectionFailure"_s);
        QVERIFY(apimTraceAsText(t).contains(u"forward-request"_s));

        // The trace confirms the cause of the 500; without it, it stays a guess.
        const QList<Finding> guessed = diagnose({result, std::nullopt, std::nullopt, QDateTime::currentDateTimeUtc()});
        QCOMPARE(guessed.first().id, u"apim.backend.failure"_s);
        QCOMPARE(guessed.first().confirmation, Confirmation::Unknown);
        const QList<Finding> traced = diagnose({result, std::nullopt, std::nullopt, QDateTime::currentDateTimeUtc(), t});
        QCOMPARE(traced.first().confirmation, Confirmation::Confirmed);
        QCOMPARE(traced.first().rankedCauses.first().id, u"backend-unreachable"_s);
        QVERIFY(traced.first().verdict.contains(u"BackendConnectionFailure"_s));

        // What the headers say when the gateway did not trace.
        HttpResponse plain;
        QVERIFY(!traceHeaders(plain).problem().isEmpty());
        plain.headers = {{"Apim-Debug-Authorization-Expired"_ba, "Debug token expired at 2026-01-01T00:00:00Z."_ba}};
        QVERIFY(traceHeaders(plain).problem().contains(u"expired"_s));
    }

    void unknownKeyAndNoKey()
    {
        start(u"api-in-no-product.json"_s);
        ManagementClient client;
        const auto unknown = fetch(client, sent(u"http://x/echo/items"_s, "fake-unknown-key"_ba), "fake-unknown-key"_ba);
        QVERIFY(unknown.has_value());
        QCOMPARE(unknown->keyMatch, ManagementSnapshot::KeyMatch::NoMatch);
        QVERIFY(!unknown->keyOwner);
        const auto none = fetch(client, sent(u"http://x/echo/items"_s), {});
        QVERIFY(none.has_value());
        QCOMPARE(none->keyMatch, ManagementSnapshot::KeyMatch::NotChecked);
        QCOMPARE(none->api->id, u"echo-api"_s);
        QCOMPARE(none->apiProducts.size(), 1);
    }

    void cacheSavesCalls()
    {
        start(u"api-in-no-product.json"_s);
        ManagementClient client;
        const QByteArray key = "fake-scenario-key-00000000000001"_ba;
        QVERIFY(fetch(client, sent(u"http://x/loyalty/items"_s, key), key).has_value());
        QTRY_VERIFY(m_managementCalls > 0);
        const int first = m_managementCalls;
        QVERIFY(fetch(client, sent(u"http://x/loyalty/items"_s, key), key).has_value());
        QTest::qWait(50);
        QCOMPARE(m_managementCalls, first); // service lists, API data and key owner all cached

        client.clearCache();
        QVERIFY(fetch(client, sent(u"http://x/loyalty/items"_s, key), key).has_value());
        QTRY_VERIFY(m_managementCalls > first);
    }

    void rejectedToken()
    {
        start(u"api-in-no-product.json"_s);
        ManagementClient client;
        const auto s = fetch(client, sent(u"http://x/loyalty/items"_s), {}, "fake-expired-token"_ba);
        QVERIFY(!s.has_value());
        QCOMPARE(s.error().code, Error::Code::ManagementUnauthorized);
        QVERIFY2(s.error().message.contains(u"HTTP 401"_s), qPrintable(s.error().message));
        QVERIFY2(s.error().message.contains(u"expired"_s), qPrintable(s.error().message));
        QVERIFY(!s.error().message.contains(u"fake-expired-token"_s));
    }

    void noRoleNamesTheRole()
    {
        start(u"api-in-no-product.json"_s, SimConfig::ManagementRole::None);
        ManagementClient client;
        const auto s = fetch(client, sent(u"http://x/loyalty/items"_s), {});
        QVERIFY(!s.has_value());
        QCOMPARE(s.error().code, Error::Code::ManagementForbidden);
        QVERIFY2(s.error().message.contains(u"HTTP 403"_s), qPrintable(s.error().message));
        QVERIFY2(s.error().message.contains(u"API Management Service Reader Role"_s), qPrintable(s.error().message));
    }

    void readerCannotMatchKeys()
    {
        start(u"api-in-no-product.json"_s, SimConfig::ManagementRole::Reader);
        ManagementClient client;
        const QByteArray key = "fake-scenario-key-00000000000001"_ba;
        const auto s = fetch(client, sent(u"http://x/loyalty/items"_s, key), key);
        QVERIFY2(s.has_value(), qPrintable(s ? QString() : s.error().message));
        QCOMPARE(s->keyMatch, ManagementSnapshot::KeyMatch::NotChecked);
        QCOMPARE(s->notes.size(), 1);
        QVERIFY2(s->notes.first().contains(u"API Management Service Contributor"_s), qPrintable(s->notes.first()));
        QVERIFY(s->apiProducts.isEmpty()); // the rest still stands
    }

    void unreachableEndpoint()
    {
        QTcpServer closed;
        QVERIFY(closed.listen(QHostAddress::LocalHost));
        const quint16 port = closed.serverPort();
        closed.close();
        m_target = {QUrl(u"http://127.0.0.1:%1"_s.arg(port)), u"sub"_s, u"rg"_s, u"svc"_s};
        ManagementClient client;
        const auto s = fetch(client, sent(u"http://x/a"_s), {}, "fake-token"_ba);
        QVERIFY(!s.has_value());
        QCOMPARE(s.error().code, Error::Code::ConnectionRefused);
        QVERIFY2(s.error().message.contains(u"127.0.0.1"_s), qPrintable(s.error().message));
    }

    void incompleteTarget()
    {
        m_target = {};
        ManagementClient client;
        const auto s = fetch(client, sent(u"http://x/a"_s), {}, "fake-token"_ba);
        QVERIFY(!s.has_value());
        QCOMPARE(s.error().code, Error::Code::InvalidArgument);
    }

    void importsAnApi()
    {
        start(u"version-missing-or-unknown.json"_s);
        ManagementClient client;
        std::optional<Expected<ImportResult>> result;
        ApimImportOptions options;
        options.apiId = u"orders-v2"_s;
        importApiFromService(&client, m_target, m_token, options, [&result](const Expected<ImportResult> &r) { result = r; });
        QTRY_VERIFY_WITH_TIMEOUT(result.has_value(), 20'000);
        QVERIFY2(result->has_value(), qPrintable(result->has_value() ? QString() : result->error().message));
        const ImportResult &imported = **result;
        QCOMPARE(imported.collections.size(), 1);
        QCOMPARE(imported.environments.size(), 1);
        const Collection &c = imported.collections.first();
        QVERIFY(!c.requests.isEmpty());
        QVERIFY2(c.requests.first().url.startsWith(u"{{baseUrl}}/orders/v2"_s), qPrintable(c.requests.first().url));
        const Environment &e = imported.environments.first();
        QCOMPARE(e.apim.management.serviceName, m_target.serviceName);
        QCOMPARE(e.apim.management.subscriptionId, m_target.subscriptionId);
        QCOMPARE(e.apim.gatewayHosts.size(), 1);
        bool hasKey = false;
        for (const Variable &v : e.variables) {
            if (v.name == u"apimSubscriptionKey"_s) {
                hasKey = true;
                QVERIFY(v.secret);
                QCOMPARE(v.value, u"fake-scenario-key-00000000000001"_s);
            }
            if (v.name == u"baseUrl"_s)
                QVERIFY(v.value.startsWith(u"https://"_s));
        }
        QVERIFY(hasKey);

        // An unknown API is an error that names it.
        result.reset();
        options.apiId = u"nope"_s;
        importApiFromService(&client, m_target, m_token, options, [&result](const Expected<ImportResult> &r) { result = r; });
        QTRY_VERIFY_WITH_TIMEOUT(result.has_value(), 20'000);
        QVERIFY(!result->has_value());
        QCOMPARE(result->error().code, Error::Code::ManagementNotFound);
        QVERIFY2(result->error().message.contains(u"404"_s), qPrintable(result->error().message));
    }
};

QTEST_GUILESS_MAIN(TestManagementClient)
#include "tst_managementclient.moc"
