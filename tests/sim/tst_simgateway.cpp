// SPDX-License-Identifier: GPL-3.0-or-later
// The simulated gateway over real loopback HTTP: every answer is checked against FACTS.md, byte
// for byte where FACTS.md gives the bytes.
#include "http/httpclient.h"
#include "simconfig.h"
#include "simulatorserver.h"

#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMessageAuthenticationCode>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTest>

#include <functional>
#include <memory>

using namespace Qt::StringLiterals;
using namespace gatehouse;
using namespace gatehouse::sim;

namespace {

// FACTS.md §3.2: the exact bodies (Content-Length 152 and 143 in the Microsoft capture).
const QByteArray missingKeyBody
    = "{ \"statusCode\": 401, \"message\": \"Access denied due to missing subscription key. Make sure to include subscription key when making requests to an API.\" }"_ba;
const QByteArray invalidKeyBody
    = "{ \"statusCode\": 401, \"message\": \"Access denied due to invalid subscription key. Make sure to provide a valid key for an active subscription.\" }"_ba;
const QByteArray notFoundBody = "{ \"statusCode\": 404, \"message\": \"Resource not found\" }"_ba;

const QByteArray masterKey = "fake-master-key-00000000000000001"_ba;
const QByteArray starterKey = "fake-starter-primary-key-0000002"_ba;
const QByteArray starterSecondaryKey = "fake-starter-secondary-key-000002"_ba;
const QByteArray goldKey = "fake-gold-primary-key-00000000003"_ba;
const QByteArray allApisKey = "fake-all-apis-key-00000000000004"_ba;
const QByteArray echoOnlyKey = "fake-echo-only-key-0000000000005"_ba;
const QByteArray limitedKey = "fake-limited-key-000000000000006"_ba;
const QByteArray quotaKey = "fake-quota-key-00000000000000007"_ba;
const QByteArray draftKey = "fake-draft-key-00000000000000008"_ba;
const QByteArray newKey = "fake-brand-new-key-0000000000009"_ba;

// A small service with one of each situation the tests need.
QByteArray baseConfig()
{
    QFile file(QStringLiteral(GATEHOUSE_SIM_TEST_DATA) + u"/gateway.json"_s);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", qPrintable(file.fileName()));
    return file.readAll();
}

const QByteArray signingKey = "fake-signing-key-for-gatehouse-tests"_ba;
const QDateTime jwtNow = QDateTime(QDate(2026, 6, 1), QTime(0, 0), QTimeZone::UTC);

// An HS256 token as an identity provider would issue it.
QByteArray makeJwt(QJsonObject claims, const QByteArray &key = signingKey, const QString &alg = u"HS256"_s)
{
    const auto b64 = [](const QByteArray &bytes) { return bytes.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals); };
    const QByteArray head = b64(QJsonDocument(QJsonObject { { u"alg"_s, alg }, { u"typ"_s, u"JWT"_s } }).toJson(QJsonDocument::Compact));
    const QByteArray body = b64(QJsonDocument(claims).toJson(QJsonDocument::Compact));
    const QByteArray signature = alg == u"none"_s
        ? QByteArray()
        : b64(QMessageAuthenticationCode::hash(QByteArray(head + '.' + body), key, QCryptographicHash::Sha256));
    return head + '.' + body + '.' + signature;
}

QJsonObject goodClaims()
{
    return { { u"iss"_s, u"https://login.example.test/"_s }, { u"aud"_s, u"api://secure"_s }, { u"sub"_s, u"user-1"_s },
        { u"exp"_s, double(jwtNow.toSecsSinceEpoch() + 3600) } };
}

struct Call {
    QByteArray method = "GET"_ba;
    QString pathAndQuery;
    HeaderList headers;
};

} // namespace

class TestSimGateway : public QObject
{
    Q_OBJECT

    std::unique_ptr<SimulatorServer> m_server;
    std::unique_ptr<HttpClient> m_client;
    quint16 m_port = 0;

    // Starts a simulator on 127.0.0.1 and a free port, with baseConfig plus the given switches.
    bool start(const QJsonObject &behaviour = {}, const QJsonObject &extra = {}, const std::function<void(QJsonObject &)> &edit = {})
    {
        QJsonObject root = QJsonDocument::fromJson(baseConfig()).object();
        if (edit)
            edit(root);
        if (!behaviour.isEmpty())
            root.insert(u"behaviour"_s, behaviour);
        for (auto it = extra.begin(); it != extra.end(); ++it)
            root.insert(it.key(), it.value());
        auto config = parseSimConfig(QJsonDocument(root).toJson(), u"test.json"_s);
        if (!config) {
            qWarning() << config.error().message;
            return false;
        }
        m_server = std::make_unique<SimulatorServer>(std::move(*config));
        const auto port = m_server->listen(QHostAddress::LocalHost, 0);
        if (!port) {
            qWarning() << port.error().message;
            return false;
        }
        m_port = *port;
        return true;
    }

    QString origin() const { return u"http://127.0.0.1:%1"_s.arg(m_port); }

    HttpResponse send(const Call &call)
    {
        HttpRequest request;
        request.method = call.method;
        request.url = QUrl(origin() + call.pathAndQuery);
        request.headers = call.headers;
        request.timeout = std::chrono::seconds(20);
        Exchange *exchange = m_client->send(request);
        QSignalSpy finished(exchange, &Exchange::finished);
        if (!finished.wait(20'000))
            qWarning() << "no answer for" << call.pathAndQuery;
        const ExchangeResult result = exchange->result();
        exchange->deleteLater();
        if (!result.response)
            qWarning() << "no response for" << call.pathAndQuery << (result.error ? result.error->message : QString());
        return result.response.value_or(HttpResponse {});
    }

    HttpResponse get(const QString &pathAndQuery, const QByteArray &key = {}, const QByteArray &header = "Ocp-Apim-Subscription-Key"_ba)
    {
        Call call { "GET"_ba, pathAndQuery, {} };
        if (!key.isEmpty())
            call.headers.append({ header, key });
        return send(call);
    }

    QByteArray challenge(const QString &apiPath, const QString &headerName = u"Ocp-Apim-Subscription-Key"_s) const
    {
        return (u"AzureApiManagementKey realm=\"%1/%2\",name=\"%3\",type=\"header\""_s.arg(origin(), apiPath, headerName)).toUtf8();
    }

    static QJsonObject echoed(const HttpResponse &response) { return QJsonDocument::fromJson(response.body).object(); }

private Q_SLOTS:
    void init()
    {
        m_client = std::make_unique<HttpClient>();
        QVERIFY(start());
    }

    void cleanup()
    {
        m_client.reset();
        m_server.reset();
    }

    // --- FACTS.md §1 step 2/3: API and operation matching -----------------------------------------

    void unknownApiIsResourceNotFound()
    {
        const HttpResponse r = get(u"/nothing-here/resource"_s, masterKey);
        QCOMPARE(r.statusCode, 404);
        QCOMPARE(r.body, notFoundBody);
        QCOMPARE(headerValue(r.headers, "content-type"), "application/json"_ba);
        QCOMPARE(headerValue(r.headers, "content-length"), QByteArray::number(notFoundBody.size()));
        QVERIFY(!hasHeader(r.headers, "www-authenticate"));
    }

    void unknownOperationIsResourceNotFound()
    {
        const HttpResponse r = get(u"/echo/nope"_s, masterKey);
        QCOMPARE(r.statusCode, 404);
        QCOMPARE(r.body, notFoundBody);
    }

    void wrongMethodIsNotFoundNot405()
    {
        const HttpResponse r = send({ "DELETE"_ba, u"/echo/resource"_s, { { "Ocp-Apim-Subscription-Key"_ba, masterKey } } });
        QCOMPARE(r.statusCode, 404);
        QCOMPARE(r.body, notFoundBody);
    }

    void operationMatchingComesBeforeTheKeyCheck()
    {
        // No key at all, but the operation does not exist: 404, not 401.
        const HttpResponse r = send({ "PUT"_ba, u"/echo/resource"_s, {} });
        QCOMPARE(r.statusCode, 404);
        QCOMPARE(r.body, notFoundBody);
    }

    void trailingSlashAndTemplates()
    {
        QCOMPARE(get(u"/echo/resource/"_s, masterKey).statusCode, 200);
        const HttpResponse user = get(u"/echo/users/42"_s, masterKey);
        QCOMPARE(user.statusCode, 200);
        QCOMPARE(echoed(user).value(u"apim"_s).toObject().value(u"operation"_s).toString(), u"user"_s);
        QCOMPARE(echoed(user).value(u"apim"_s).toObject().value(u"templateParameters"_s).toObject().value(u"id"_s).toString(), u"42"_s);
        QCOMPARE(get(u"/echo/users/42/more"_s, masterKey).statusCode, 404);
        const HttpResponse file = get(u"/echo/files/a/b.txt"_s, masterKey);
        QCOMPARE(
            echoed(file).value(u"apim"_s).toObject().value(u"templateParameters"_s).toObject().value(u"path"_s).toString(), u"a/b.txt"_s);
    }

    void suffixMatchesWholeSegmentsOnly()
    {
        // "echoes" is not the API "echo"; it falls to the API with the empty suffix and matches nothing.
        QCOMPARE(get(u"/echoes/resource"_s, masterKey).statusCode, 404);
        QCOMPARE(get(u"/health"_s, masterKey).statusCode, 200);
    }

    // --- FACTS.md §2: the subscription key step ----------------------------------------------------

    void missingKey()
    {
        const HttpResponse r = get(u"/echo/resource"_s);
        QCOMPARE(r.statusCode, 401);
        QCOMPARE(r.body, missingKeyBody);
        QCOMPARE(headerValue(r.headers, "content-length"), "152"_ba);
        QCOMPARE(headerValue(r.headers, "content-type"), "application/json"_ba);
        QCOMPARE(headerValue(r.headers, "www-authenticate"), challenge(u"echo"_s));
        QCOMPARE(headerValue(r.headers, "vary"), "Origin"_ba);
    }

    void invalidKey()
    {
        const HttpResponse r = get(u"/echo/resource"_s, "fake-not-a-key-of-this-service"_ba);
        QCOMPARE(r.statusCode, 401);
        QCOMPARE(r.body, invalidKeyBody);
        QCOMPARE(headerValue(r.headers, "content-length"), "143"_ba);
        QCOMPARE(headerValue(r.headers, "www-authenticate"), challenge(u"echo"_s));
    }

    void apiInNoProductRejectsAValidProductKey()
    {
        // The seed story: the key is fine (it works on echo-api), the API was never added to a product.
        QCOMPARE(get(u"/echo/resource"_s, starterKey).statusCode, 200);
        const HttpResponse r = get(u"/loyalty/points"_s, starterKey);
        QCOMPARE(r.statusCode, 401);
        QCOMPARE(r.body, invalidKeyBody);
        QCOMPARE(headerValue(r.headers, "www-authenticate"), challenge(u"loyalty"_s));
        // And without a key it is the missing-key answer.
        QCOMPARE(get(u"/loyalty/points"_s).body, missingKeyBody);
        // Keys not bound to products still open it.
        QCOMPARE(get(u"/loyalty/points"_s, allApisKey).statusCode, 200);
        QCOMPARE(get(u"/loyalty/points"_s, masterKey).statusCode, 200);
    }

    void keyOfAnotherProduct()
    {
        const HttpResponse r = get(u"/partners/stock"_s, starterKey, "X-Partner-Token"_ba);
        QCOMPARE(r.statusCode, 401);
        QCOMPARE(r.body, invalidKeyBody);
        QCOMPARE(get(u"/partners/stock"_s, goldKey, "X-Partner-Token"_ba).statusCode, 200);
    }

    void apiScopedKeyOnAnotherApi()
    {
        QCOMPARE(get(u"/echo/resource"_s, echoOnlyKey).statusCode, 200);
        const HttpResponse r = get(u"/loyalty/points"_s, echoOnlyKey);
        QCOMPARE(r.statusCode, 401);
        QCOMPARE(r.body, invalidKeyBody);
    }

    void secondaryKeyWorks()
    {
        const HttpResponse r = get(u"/echo/resource"_s, starterSecondaryKey);
        QCOMPARE(r.statusCode, 200);
        QCOMPARE(echoed(r).value(u"apim"_s).toObject().value(u"subscription"_s).toString(), u"team-starter"_s);
        QCOMPARE(echoed(r).value(u"apim"_s).toObject().value(u"product"_s).toString(), u"starter"_s);
    }

    void inactiveSubscriptions_data()
    {
        QTest::addColumn<QByteArray>("key");
        QTest::newRow("suspended") << "fake-suspended-key-00000000000010"_ba;
        QTest::newRow("submitted") << "fake-submitted-key-00000000000011"_ba;
        QTest::newRow("rejected") << "fake-rejected-key-000000000000012"_ba;
        QTest::newRow("cancelled") << "fake-cancelled-key-00000000000013"_ba;
        QTest::newRow("expired") << "fake-expired-key-000000000000014"_ba;
    }

    void inactiveSubscriptions()
    {
        QFETCH(QByteArray, key);
        const HttpResponse r = get(u"/echo/resource"_s, key);
        QCOMPARE(r.statusCode, 401);
        QCOMPARE(r.body, invalidKeyBody);
        QCOMPARE(headerValue(r.headers, "www-authenticate"), challenge(u"echo"_s));
    }

    void inactiveSubscriptionForbiddenSwitch()
    {
        QVERIFY(start({ { u"inactiveSubscription"_s, u"forbidden"_s } }));
        const HttpResponse r = get(u"/echo/resource"_s, "fake-suspended-key-00000000000010"_ba);
        QCOMPARE(r.statusCode, 403);
        QVERIFY(!hasHeader(r.headers, "www-authenticate"));
        // Unknown keys are still 401.
        QCOMPARE(get(u"/echo/resource"_s, "fake-unknown"_ba).statusCode, 401);
    }

    void customHeaderName()
    {
        // The default header is not where this API looks: "missing", and the challenge names the right one.
        const HttpResponse r = get(u"/partners/stock"_s, goldKey);
        QCOMPARE(r.statusCode, 401);
        QCOMPARE(r.body, missingKeyBody);
        QCOMPARE(headerValue(r.headers, "www-authenticate"), challenge(u"partners"_s, u"X-Partner-Token"_s));
        // Header names are case-insensitive.
        QCOMPARE(get(u"/partners/stock"_s, goldKey, "x-partner-token"_ba).statusCode, 200);
    }

    void queryKey()
    {
        QCOMPARE(get(u"/echo/resource?subscription-key="_s + QString::fromLatin1(starterKey)).statusCode, 200);
        QCOMPARE(get(u"/partners/stock?partner-token="_s + QString::fromLatin1(goldKey)).statusCode, 200);
        // The default query name does not count on an API that renamed it: missing.
        QCOMPARE(get(u"/partners/stock?subscription-key="_s + QString::fromLatin1(goldKey)).body, missingKeyBody);
    }

    void headerWinsOverQuery()
    {
        // The query is consulted only when the header is absent.
        QCOMPARE(get(u"/echo/resource?subscription-key=fake-wrong"_s, starterKey).statusCode, 200);
        const HttpResponse r = get(u"/echo/resource?subscription-key="_s + QString::fromLatin1(starterKey), "fake-wrong"_ba);
        QCOMPARE(r.statusCode, 401);
        QCOMPARE(r.body, invalidKeyBody);
    }

    void keyIsForwardedToTheBackend()
    {
        const HttpResponse r = get(u"/echo/resource"_s, starterKey);
        QCOMPARE(
            echoed(r).value(u"headers"_s).toObject().value(u"ocp-apim-subscription-key"_s).toString(), QString::fromLatin1(starterKey));
    }

    void openProductAndOpenApi()
    {
        const HttpResponse menu = get(u"/menu/drinks"_s);
        QCOMPARE(menu.statusCode, 200);
        QCOMPARE(echoed(menu).value(u"apim"_s).toObject().value(u"product"_s).toString(), u"public"_s);
        QCOMPARE(get(u"/open/ping"_s).statusCode, 200);
        // A valid key still works there, and gives subscription context.
        QCOMPARE(echoed(get(u"/open/ping"_s, masterKey)).value(u"apim"_s).toObject().value(u"subscription"_s).toString(), u"master"_s);
        // A key that does not open the API is rejected even there, as documented (§2.3) ...
        const HttpResponse wrong = get(u"/open/ping"_s, "fake-unknown"_ba);
        QCOMPARE(wrong.statusCode, 401);
        QCOMPARE(wrong.body, invalidKeyBody);
        QCOMPARE(get(u"/menu/drinks"_s, starterKey).statusCode, 401);
    }

    void invalidKeyOnOpenApiIgnoredSwitch()
    {
        QVERIFY(start({ { u"rejectInvalidKeyOnOpenApi"_s, false } }));
        QCOMPARE(get(u"/open/ping"_s, "fake-unknown"_ba).statusCode, 200);
        QCOMPARE(get(u"/menu/drinks"_s, starterKey).statusCode, 200);
        // Where a key is required it is still checked.
        QCOMPARE(get(u"/echo/resource"_s, "fake-unknown"_ba).statusCode, 401);
    }

    void unpublishedProduct()
    {
        QCOMPARE(get(u"/echo/resource"_s, draftKey).statusCode, 200); // 2023 reading (default)
        QVERIFY(start({ { u"unpublishedProductsCallable"_s, false } }));
        const HttpResponse r = get(u"/echo/resource"_s, draftKey);
        QCOMPARE(r.statusCode, 401);
        QCOMPARE(r.body, invalidKeyBody);
    }

    void messageWordingSwitches()
    {
        QVERIFY(start({ { u"missingKeyMessage"_s, u"documentation"_s }, { u"invalidKeyMessage"_s, u"legacy"_s },
            { u"varyOriginOnKeyErrors"_s, false } }));
        const HttpResponse missing = get(u"/echo/resource"_s);
        QCOMPARE(missing.body,
            "{ \"statusCode\": 401, \"message\": \"Access denied due to missing subscription key. Make sure to include subscription key when making requests to this API.\" }"_ba);
        QVERIFY(!hasHeader(missing.headers, "vary"));
        QCOMPARE(get(u"/echo/resource"_s, "fake-unknown"_ba).body,
            "{ \"statusCode\": 401, \"message\": \"Access denied due to invalid subscription key. Make sure you are subscribed to an API you are trying to call and provide the right key.\" }"_ba);
    }

    void realmSwitchAndEmptySuffix()
    {
        QCOMPARE(headerValue(get(u"/health"_s).headers, "www-authenticate"), challenge(QString()));
        QVERIFY(challenge(QString()).contains("/\",name="));
        QVERIFY(start({ { u"realm"_s, u"gateway-url"_s } }));
        QCOMPARE(headerValue(get(u"/echo/resource"_s).headers, "www-authenticate"),
            "AzureApiManagementKey realm=\"https://sim-test.azure-api.net/echo\",name=\"Ocp-Apim-Subscription-Key\",type=\"header\""_ba);
    }

    void brandNewKeyPropagates()
    {
        QVERIFY(start({ { u"keyPropagationDelaySeconds"_s, 600 } }));
        QDateTime now = QDateTime(QDate(2026, 3, 1), QTime(12, 5), QTimeZone::UTC);
        m_server->gateway().setClock([&now] { return now; });
        QCOMPARE(get(u"/echo/resource"_s, newKey).body, invalidKeyBody);
        now = now.addSecs(6 * 60);
        QCOMPARE(get(u"/echo/resource"_s, newKey).statusCode, 200);
    }

    // --- FACTS.md §3.2 rows 4 and 5: rate-limit and quota -------------------------------------------

    void rateLimit()
    {
        QDateTime now = QDateTime(QDate(2026, 5, 4), QTime(10, 0), QTimeZone::UTC);
        m_server->gateway().setClock([&now] { return now; });
        QCOMPARE(get(u"/echo/resource"_s, limitedKey).statusCode, 200);
        now = now.addSecs(9);
        QCOMPARE(get(u"/echo/resource"_s, limitedKey).statusCode, 200);
        now = now.addMSecs(100);
        const HttpResponse r = get(u"/echo/resource"_s, limitedKey);
        QCOMPARE(r.statusCode, 429);
        // The first call leaves the 60 s sliding window 51 s after this one.
        QCOMPARE(r.body, "{ \"statusCode\": 429, \"message\": \"Rate limit is exceeded. Try again in 51 seconds.\" }"_ba);
        QCOMPARE(headerValue(r.headers, "content-length"), "84"_ba); // as captured (FACTS.md §3.1)
        QCOMPARE(headerValue(r.headers, "retry-after"), "51"_ba);
        QCOMPARE(headerValue(r.headers, "content-type"), "application/json"_ba);
        now = now.addSecs(51);
        QCOMPARE(get(u"/echo/resource"_s, limitedKey).statusCode, 200);
        // Other subscriptions have their own counters, and product policies do not apply to
        // all-access or API-scoped keys.
        for (int i = 0; i < 4; ++i) {
            QCOMPARE(get(u"/echo/resource"_s, masterKey).statusCode, 200);
            QCOMPARE(get(u"/echo/resource"_s, echoOnlyKey).statusCode, 200);
        }
    }

    void quota()
    {
        // Subscription created 2026-01-01 with a 2-day quota period: the period runs 3 Jan 00:00 to 5 Jan 00:00.
        QDateTime now = QDateTime(QDate(2026, 1, 3), QTime(2, 58, 55), QTimeZone::UTC);
        m_server->gateway().setClock([&now] { return now; });
        QCOMPARE(get(u"/echo/resource"_s, quotaKey).statusCode, 200);
        QCOMPARE(get(u"/echo/resource"_s, quotaKey).statusCode, 200);
        const HttpResponse r = get(u"/echo/resource"_s, quotaKey);
        QCOMPARE(r.statusCode, 403);
        QCOMPARE(r.body, "{ \"statusCode\": 403, \"message\": \"Out of call volume quota. Quota will be replenished in 1.21:01:05.\" }"_ba);
        QCOMPARE(headerValue(r.headers, "retry-after"), QByteArray::number(86'400 + 21 * 3600 + 65));
        now = QDateTime(QDate(2026, 1, 4), QTime(16, 58, 40), QTimeZone::UTC);
        QCOMPARE(get(u"/echo/resource"_s, quotaKey).body,
            "{ \"statusCode\": 403, \"message\": \"Out of call volume quota. Quota will be replenished in 07:01:20.\" }"_ba);
        now = QDateTime(QDate(2026, 1, 5), QTime(0, 0), QTimeZone::UTC);
        QCOMPARE(get(u"/echo/resource"_s, quotaKey).statusCode, 200);
    }

    // --- Backends -------------------------------------------------------------------------------

    void staticBackend()
    {
        const HttpResponse r = get(u"/backends/static"_s, starterKey);
        QCOMPARE(r.statusCode, 418);
        QCOMPARE(r.body, "short and stout"_ba);
        QCOMPARE(headerValue(r.headers, "x-brewed-by"), "teapot"_ba);
        const HttpResponse json = get(u"/backends/json"_s, starterKey);
        QCOMPARE(json.statusCode, 200);
        QCOMPARE(json.body, "{\"ok\":true}"_ba);
        QCOMPARE(headerValue(json.headers, "content-type"), "application/json; charset=utf-8"_ba);
    }

    void echoBackend()
    {
        const HttpResponse r
            = send({ "POST"_ba, u"/echo/resource?a=1"_s, { { "Ocp-Apim-Subscription-Key"_ba, starterKey }, { "X-Trace"_ba, "t1"_ba } } });
        QCOMPARE(r.statusCode, 200);
        const QJsonObject echo = echoed(r);
        QCOMPARE(echo.value(u"method"_s).toString(), u"POST"_s);
        QCOMPARE(echo.value(u"path"_s).toString(), u"/resource"_s);
        QCOMPARE(echo.value(u"query"_s).toString(), u"a=1"_s);
        QCOMPARE(echo.value(u"headers"_s).toObject().value(u"x-trace"_s).toString(), u"t1"_s);
    }

    void slowBackendDoesNotBlockTheGateway()
    {
        HttpRequest slow;
        slow.url = QUrl(origin() + u"/backends/slow"_s);
        slow.headers = { { "Ocp-Apim-Subscription-Key"_ba, starterKey } };
        QElapsedTimer clock;
        clock.start();
        Exchange *slowExchange = m_client->send(slow);
        QSignalSpy slowDone(slowExchange, &Exchange::finished);
        // Another call answers at once while the slow one waits.
        QCOMPARE(get(u"/echo/resource"_s, starterKey).statusCode, 200);
        QVERIFY(slowDone.isEmpty());
        QVERIFY(slowDone.wait(5000));
        QVERIFY2(clock.elapsed() >= 390, qPrintable(QString::number(clock.elapsed())));
        QCOMPARE(slowExchange->result().response->statusCode, 200);
    }

    void clientGoneBeforeSlowAnswer()
    {
        HttpRequest slow;
        slow.url = QUrl(origin() + u"/backends/slow"_s);
        slow.headers = { { "Ocp-Apim-Subscription-Key"_ba, starterKey } };
        Exchange *exchange = m_client->send(slow);
        QSignalSpy handled(m_server.get(), &SimulatorServer::requestHandled);
        QTest::qWait(50);
        exchange->cancel();
        QVERIFY(handled.wait(2000)); // the server answers into the void without crashing
        QCOMPARE(get(u"/echo/resource"_s, starterKey).statusCode, 200);
    }

    void backendFailures_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<int>("minimumMs");
        QTest::addColumn<QString>("reason");
        QTest::newRow("connection failure") << u"/backends/down"_s << 0 << u"BackendConnectionFailure"_s;
        QTest::newRow("timeout") << u"/backends/timeout"_s << 290 << u"Timeout"_s;
        QTest::newRow("slower than the timeout") << u"/backends/too-slow"_s << 190 << u"Timeout"_s;
    }

    void backendFailures()
    {
        QFETCH(QString, path);
        QFETCH(int, minimumMs);
        QFETCH(QString, reason);
        QSignalSpy handled(m_server.get(), &SimulatorServer::requestHandled);
        QElapsedTimer clock;
        clock.start();
        const HttpResponse r = get(path, starterKey);
        QVERIFY(clock.elapsed() >= minimumMs);
        QVERIFY(clock.elapsed() < 4000);
        QCOMPARE(r.statusCode, 500);
        static const QRegularExpression body(
            u"^\\{ \"statusCode\": 500, \"message\": \"Internal server error\", \"activityId\": \"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\" \\}$"_s);
        QVERIFY2(body.match(QString::fromUtf8(r.body)).hasMatch(), r.body.constData());
        QCOMPARE(headerValue(r.headers, "content-type"), "application/json"_ba);
        QCOMPARE(handled.size(), 1);
        QCOMPARE(handled.first().at(3).toString(), u"forward-request"_s);
        QCOMPARE(handled.first().at(4).toString(), reason);
    }

    void noActivityIdSwitch()
    {
        QVERIFY(start({ { u"activityIdOn500"_s, false } }));
        QCOMPARE(get(u"/backends/down"_s, starterKey).body, "{ \"statusCode\": 500, \"message\": \"Internal server error\" }"_ba);
    }

    void caseSensitivePathsSwitch()
    {
        QCOMPARE(get(u"/ECHO/Resource"_s, starterKey).statusCode, 200);
        QVERIFY(start({ { u"caseSensitivePaths"_s, true } }));
        QCOMPARE(get(u"/ECHO/Resource"_s, starterKey).statusCode, 404);
    }

    void requestLogNeverShowsTheQuery()
    {
        QSignalSpy handled(m_server.get(), &SimulatorServer::requestHandled);
        get(u"/echo/resource?subscription-key=fake-secret"_s);
        QCOMPARE(handled.size(), 1);
        QCOMPARE(handled.first().at(1).toString(), u"/echo/resource"_s);
        QCOMPARE(handled.first().at(4).toString(), u"SubscriptionKeyInvalid"_s);
    }

    // --- FACTS.md §3.3: versions and revisions --------------------------------------------------

    void segmentVersions()
    {
        const auto apiOf
            = [this](const QString &path) { return echoed(get(path, masterKey)).value(u"apim"_s).toObject().value(u"api"_s).toString(); };
        QCOMPARE(apiOf(u"/catalog/v1/items"_s), u"catalog-v1"_s);
        QCOMPARE(apiOf(u"/catalog/v2/items"_s), u"catalog-v2"_s);
        QCOMPARE(apiOf(u"/catalog/items"_s), u"catalog"_s); // the unversioned original
        const HttpResponse unknown = get(u"/catalog/v3/items"_s, masterKey);
        QCOMPARE(unknown.statusCode, 404);
        QCOMPARE(unknown.body, notFoundBody);
    }

    void queryVersions()
    {
        QCOMPARE(get(u"/stock/levels?api-version=2024-01-01"_s, masterKey).statusCode, 200);
        QCOMPARE(get(u"/stock/levels?api-version=2023-01-01"_s, masterKey).body, notFoundBody);
        QCOMPARE(get(u"/stock/levels"_s, masterKey).body, notFoundBody);
    }

    void headerVersionMissingIs404BeforeTheKeyCheck()
    {
        // FACTS.md §6 row 30: 404 without the version header, 401 missing key once it is there.
        const HttpResponse noVersion = get(u"/prices/list"_s);
        QCOMPARE(noVersion.statusCode, 404);
        QCOMPARE(noVersion.body, notFoundBody);
        const HttpResponse noKey = send({ "GET"_ba, u"/prices/list"_s, { { "Api-Version"_ba, "1"_ba } } });
        QCOMPARE(noKey.statusCode, 401);
        QCOMPARE(noKey.body, missingKeyBody);
        QCOMPARE(send({ "GET"_ba, u"/prices/list"_s, { { "Api-Version"_ba, "1"_ba }, { "Ocp-Apim-Subscription-Key"_ba, starterKey } } })
                     .statusCode,
            200);
        QCOMPARE(send({ "GET"_ba, u"/prices/list"_s, { { "Api-Version"_ba, "2"_ba }, { "Ocp-Apim-Subscription-Key"_ba, starterKey } } })
                     .statusCode,
            404);
    }

    void revisions()
    {
        const auto revisionOf = [this](const QString &path) {
            const HttpResponse r = get(path, starterKey);
            return r.statusCode == 200 ? echoed(r).value(u"apim"_s).toObject().value(u"apiRevision"_s).toString()
                                       : QString::number(r.statusCode);
        };
        QCOMPARE(revisionOf(u"/reviews/list"_s), u"3"_s); // the current revision
        QCOMPARE(revisionOf(u"/reviews;rev=3/list"_s), u"3"_s);
        QCOMPARE(revisionOf(u"/reviews;rev=2/list"_s), u"2"_s);
        QCOMPARE(revisionOf(u"/reviews;rev=2/legacy"_s), u"2"_s); // an operation only revision 2 has
        QCOMPARE(revisionOf(u"/reviews/legacy"_s), u"404"_s);
        QCOMPARE(revisionOf(u"/reviews;rev=1/list"_s), u"404"_s); // offline
        QCOMPARE(revisionOf(u"/reviews;rev=9/list"_s), u"404"_s); // no such revision
        QCOMPARE(revisionOf(u"/reviews/list;rev=2"_s), u"404"_s); // marker in the wrong place
        // Revisions share the API's products: the key step is the same.
        QCOMPARE(get(u"/reviews;rev=2/list"_s).body, missingKeyBody);
    }

    // --- FACTS.md §3.2 rows 7-10: policies ---------------------------------------------------------

    void validateJwt_data()
    {
        QTest::addColumn<QByteArray>("authorization");
        QTest::addColumn<int>("status");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("reason");

        const QByteArray notPresent = "{ \"statusCode\": 401, \"message\": \"JWT not present.\" }"_ba;
        const QByteArray invalid = "{ \"statusCode\": 401, \"message\": \"Invalid JWT.\" }"_ba;
        QJsonObject expired = goodClaims();
        expired[u"exp"_s] = double(jwtNow.toSecsSinceEpoch() - 1);
        QJsonObject otherAudience = goodClaims();
        otherAudience[u"aud"_s] = QJsonArray { u"api://other"_s };
        QJsonObject listedAudience = goodClaims();
        listedAudience[u"aud"_s] = QJsonArray { u"api://other"_s, u"api://secure"_s };
        QJsonObject otherIssuer = goodClaims();
        otherIssuer[u"iss"_s] = u"https://sts.example.test/"_s;
        QJsonObject noExpiry = goodClaims();
        noExpiry.remove(u"exp"_s);

        QTest::newRow("valid") << "Bearer " + makeJwt(goodClaims()) << 200 << QByteArray() << QString();
        QTest::newRow("audience in a list") << "Bearer " + makeJwt(listedAudience) << 200 << QByteArray() << QString();
        QTest::newRow("no token") << QByteArray() << 401 << notPresent << u"TokenNotPresent"_s;
        QTest::newRow("no Bearer scheme") << makeJwt(goodClaims()) << 401 << invalid << u"JwtInvalid"_s;
        QTest::newRow("not a JWT") << "Bearer not-a-token"_ba << 401 << invalid << u"JwtInvalid"_s;
        QTest::newRow("expired") << "Bearer " + makeJwt(expired) << 401 << invalid << u"TokenExpired"_s;
        QTest::newRow("no exp") << "Bearer " + makeJwt(noExpiry) << 401 << invalid << u"TokenExpired"_s;
        QTest::newRow("wrong audience") << "Bearer " + makeJwt(otherAudience) << 401 << invalid << u"TokenAudienceNotAllowed"_s;
        QTest::newRow("wrong issuer") << "Bearer " + makeJwt(otherIssuer) << 401 << invalid << u"TokenIssuerNotAllowed"_s;
        QTest::newRow("wrong key") << "Bearer " + makeJwt(goodClaims(), "fake-some-other-key"_ba) << 401 << invalid
                                   << u"TokenSignatureInvalid"_s;
        QTest::newRow("unsigned") << "Bearer " + makeJwt(goodClaims(), {}, u"none"_s) << 401 << invalid << u"TokenSignatureInvalid"_s;
    }

    void validateJwt()
    {
        QFETCH(QByteArray, authorization);
        QFETCH(int, status);
        QFETCH(QByteArray, body);
        QFETCH(QString, reason);
        m_server->gateway().setClock([] { return jwtNow; });
        QSignalSpy handled(m_server.get(), &SimulatorServer::requestHandled);
        const HttpResponse r = get(u"/secure/me"_s, authorization, "Authorization"_ba);
        QCOMPARE(r.statusCode, status);
        if (!body.isEmpty()) {
            QCOMPARE(r.body, body);
            QCOMPARE(headerValue(r.headers, "content-type"), "application/json"_ba);
            QVERIFY(!hasHeader(r.headers, "www-authenticate")); // only the key step challenges (§3.2 notes)
        }
        QCOMPARE(handled.size(), 1);
        QCOMPARE(handled.first().at(4).toString(), reason);
    }

    void validateJwtCustomPlaceAndMessage()
    {
        m_server->gateway().setClock([] { return jwtNow; });
        const QByteArray custom = "{ \"statusCode\": 403, \"message\": \"Unauthorized. Access token is missing or invalid.\" }"_ba;
        QCOMPARE(get(u"/custom-jwt/me"_s).body, custom);
        QCOMPARE(get(u"/custom-jwt/me"_s, makeJwt(goodClaims()), "Authorization"_ba).body, custom); // not where the policy looks
        QCOMPARE(get(u"/custom-jwt/me"_s, makeJwt(goodClaims()), "X-Token"_ba).statusCode, 200);
        QCOMPARE(get(u"/custom-jwt/me?token="_s + QString::fromLatin1(makeJwt(goodClaims()))).statusCode, 200);
        QJsonObject noExpiry = goodClaims();
        noExpiry.remove(u"exp"_s);
        QCOMPARE(get(u"/custom-jwt/me"_s, makeJwt(noExpiry), "X-Token"_ba).statusCode, 200); // requireExpirationTime false
    }

    void jwtMissingMessageSwitch()
    {
        QVERIFY(start({ { u"jwtMissingMessage"_s, u"legacy"_s } }));
        QCOMPARE(get(u"/secure/me"_s).body, "{ \"statusCode\": 401, \"message\": \"JWT not found in the request. Access denied.\" }"_ba);
    }

    void ipFilter()
    {
        const QByteArray forbidden = "{ \"statusCode\": 403, \"message\": \"Forbidden\" }"_ba;
        QSignalSpy handled(m_server.get(), &SimulatorServer::requestHandled);
        QCOMPARE(get(u"/internal/allowed"_s).statusCode, 200);
        const HttpResponse blocked = get(u"/internal/blocked"_s);
        QCOMPARE(blocked.statusCode, 403);
        QCOMPARE(blocked.body, forbidden);
        QCOMPARE(handled.at(1).at(4).toString(), u"CallerIpBlocked"_s);
        // X-Forwarded-For does not matter: the caller is the TCP peer.
        const HttpResponse elsewhere = send({ "GET"_ba, u"/internal/elsewhere"_s, { { "X-Forwarded-For"_ba, "10.0.0.1"_ba } } });
        QCOMPARE(elsewhere.statusCode, 403);
        QCOMPARE(elsewhere.body, forbidden);
        QCOMPARE(handled.at(2).at(4).toString(), u"CallerIpNotAllowed"_s);
    }

    void checkHeader()
    {
        const QByteArray refused = "{ \"statusCode\": 403, \"message\": \"Tenant header missing or not allowed\" }"_ba;
        QCOMPARE(get(u"/tenant/info"_s).body, refused);
        QCOMPARE(get(u"/tenant/info"_s, "northwind"_ba, "X-Tenant"_ba).body, refused);
        QCOMPARE(get(u"/tenant/info"_s, "Contoso"_ba, "X-Tenant"_ba).statusCode, 200); // ignoreCase
    }

    void productPoliciesOnlyInProductContext()
    {
        const HttpResponse guarded = send({ "GET"_ba, u"/tenant/info"_s,
            { { "X-Tenant"_ba, "contoso"_ba }, { "Ocp-Apim-Subscription-Key"_ba, "fake-guarded-key-000000000000015"_ba } } });
        QCOMPARE(guarded.statusCode, 401);
        QCOMPARE(guarded.body, "{ \"statusCode\": 401, \"message\": \"Guarded product\" }"_ba);
        // The all-access key skips product policies (FACTS.md §2.4).
        QCOMPARE(send({ "GET"_ba, u"/tenant/info"_s, { { "X-Tenant"_ba, "contoso"_ba }, { "Ocp-Apim-Subscription-Key"_ba, masterKey } } })
                     .statusCode,
            200);
    }

    void globalPoliciesRunAfterTheKeyStep()
    {
        QVERIFY(start({},
            { { u"policies"_s,
                QJsonArray { QJsonObject { { u"type"_s, u"ip-filter"_s }, { u"action"_s, u"forbid"_s },
                    { u"addresses"_s, QJsonArray { u"127.0.0.1"_s } } } } } }));
        QCOMPARE(get(u"/echo/resource"_s, masterKey).statusCode, 403);
        QCOMPARE(get(u"/echo/resource"_s).body, missingKeyBody); // the key step comes first
        QCOMPARE(get(u"/echo/nope"_s).body, notFoundBody); // and matching before it
    }

    // --- FACTS.md §3.4: CORS -------------------------------------------------------------------

    void corsPreflight()
    {
        const HttpResponse r = send({ "OPTIONS"_ba, u"/webapp/data"_s,
            { { "Origin"_ba, "https://app.example.test"_ba }, { "Access-Control-Request-Method"_ba, "POST"_ba },
                { "Access-Control-Request-Headers"_ba, "content-type"_ba } } });
        QCOMPARE(r.statusCode, 200);
        QVERIFY(r.body.isEmpty());
        QCOMPARE(headerValue(r.headers, "access-control-allow-origin"), "https://app.example.test"_ba);
        QCOMPARE(headerValue(r.headers, "access-control-allow-methods"), "POST"_ba);
        QCOMPARE(headerValue(r.headers, "access-control-allow-headers"), "content-type"_ba);
        QCOMPARE(headerValue(r.headers, "access-control-max-age"), "300"_ba);
    }

    void corsPreflightRefused()
    {
        const HeaderList foreign = { { "Origin"_ba, "https://evil.example.test"_ba }, { "Access-Control-Request-Method"_ba, "GET"_ba } };
        const HttpResponse terminated = send({ "OPTIONS"_ba, u"/webapp/data"_s, foreign });
        QCOMPARE(terminated.statusCode, 200);
        QVERIFY(terminated.body.isEmpty());
        QVERIFY(!hasHeader(terminated.headers, "access-control-allow-origin"));
        const HttpResponse method = send({ "OPTIONS"_ba, u"/webapp/data"_s,
            { { "Origin"_ba, "https://app.example.test"_ba }, { "Access-Control-Request-Method"_ba, "DELETE"_ba } } });
        QVERIFY(!hasHeader(method.headers, "access-control-allow-origin"));
        // Not terminated: it is an OPTIONS request the API has no operation for.
        QCOMPARE(send({ "OPTIONS"_ba, u"/webapp-lenient/data"_s, foreign }).body, notFoundBody);
        // No cors policy at all: the same 404.
        QCOMPARE(send({ "OPTIONS"_ba, u"/echo/resource"_s,
                          { { "Origin"_ba, "https://app.example.test"_ba }, { "Access-Control-Request-Method"_ba, "GET"_ba } } })
                     .body,
            notFoundBody);
    }

    void corsSimpleRequests()
    {
        const HttpResponse allowed = get(u"/webapp/data"_s, "https://app.example.test"_ba, "Origin"_ba);
        QCOMPARE(allowed.statusCode, 200);
        QCOMPARE(headerValue(allowed.headers, "access-control-allow-origin"), "https://app.example.test"_ba);
        QCOMPARE(headerValue(allowed.headers, "access-control-expose-headers"), "X-Request-Id"_ba);
        QVERIFY(!allowed.body.isEmpty());
        // A foreign origin on a GET: the empty 200 people ask about (FACTS.md §3.2 row 20).
        const HttpResponse foreign = get(u"/webapp/data"_s, "https://evil.example.test"_ba, "Origin"_ba);
        QCOMPARE(foreign.statusCode, 200);
        QVERIFY(foreign.body.isEmpty());
        QVERIFY(!hasHeader(foreign.headers, "access-control-allow-origin"));
        // Without terminate-unmatched-request the call goes through, without CORS headers.
        const HttpResponse lenient = get(u"/webapp-lenient/data"_s, "https://evil.example.test"_ba, "Origin"_ba);
        QCOMPARE(lenient.statusCode, 200);
        QVERIFY(!lenient.body.isEmpty());
        QVERIFY(!hasHeader(lenient.headers, "access-control-allow-origin"));
        // No Origin: not cross-domain, the policy does nothing.
        const HttpResponse plain = get(u"/webapp/data"_s);
        QVERIFY(!plain.body.isEmpty());
        QVERIFY(!hasHeader(plain.headers, "access-control-allow-origin"));
    }

    void corsTerminateDefaultSwitch()
    {
        QVERIFY(start({ { u"corsTerminateUnmatchedByDefault"_s, false } }));
        const HttpResponse foreign = get(u"/webapp/data"_s, "https://evil.example.test"_ba, "Origin"_ba);
        QCOMPARE(foreign.statusCode, 200);
        QVERIFY(!foreign.body.isEmpty());
    }

    void globalCorsAndHeaderVersioning()
    {
        const QJsonObject cors { { u"type"_s, u"cors"_s }, { u"allowedOrigins"_s, QJsonArray { u"*"_s } } };
        // Without the catch-all API of empty suffix, which would otherwise take the preflight.
        QVERIFY(start({}, { { u"policies"_s, QJsonArray { cors } } }, [](QJsonObject &root) {
            QJsonArray apis = root.value(u"apis"_s).toArray();
            for (qsizetype i = 0; i < apis.size(); ++i) {
                if (apis.at(i).toObject().value(u"id"_s).toString() == u"root"_s)
                    apis.removeAt(i--);
            }
            root.insert(u"apis"_s, apis);
        }));
        const HeaderList preflight = { { "Origin"_ba, "https://app.example.test"_ba }, { "Access-Control-Request-Method"_ba, "GET"_ba } };
        const HttpResponse ok = send({ "OPTIONS"_ba, u"/echo/resource"_s, preflight });
        QCOMPARE(ok.statusCode, 200);
        QCOMPARE(headerValue(ok.headers, "access-control-allow-origin"), "*"_ba);
        // A preflight never carries the version header, so a header-versioned API cannot be matched (§3.4).
        QCOMPARE(send({ "OPTIONS"_ba, u"/prices/list"_s, preflight }).body, notFoundBody);
    }

    void legacyTracingSwitch()
    {
        const HeaderList traced = { { "Ocp-Apim-Subscription-Key"_ba, masterKey }, { "Ocp-Apim-Trace"_ba, "true"_ba } };
        QVERIFY(!hasHeader(send({ "GET"_ba, u"/echo/resource"_s, traced }).headers, "ocp-apim-trace-location")); // off by default
        QVERIFY(start({ { u"legacyTracing"_s, true } }, {}, [](QJsonObject &root) {
            QJsonArray subscriptions = root.value(u"subscriptions"_s).toArray();
            QJsonObject master = subscriptions.at(0).toObject();
            master.insert(u"allowTracing"_s, true);
            subscriptions.replace(0, master);
            root.insert(u"subscriptions"_s, subscriptions);
        }));
        const QByteArray location = headerValue(send({ "GET"_ba, u"/echo/resource"_s, traced }).headers, "ocp-apim-trace-location");
        QVERIFY2(location.startsWith("https://apimstfake.blob.core.windows.net/apiinspectorcontainer/"), location.constData());
        // Only for subscriptions that allow tracing.
        QVERIFY(!hasHeader(
            send({ "GET"_ba, u"/echo/resource"_s, { { "Ocp-Apim-Subscription-Key"_ba, starterKey }, { "Ocp-Apim-Trace"_ba, "true"_ba } } })
                .headers,
            "ocp-apim-trace-location"));
    }

    void listenFailureIsAnError()
    {
        auto config = parseSimConfig(baseConfig(), u"test.json"_s);
        QVERIFY(config);
        SimulatorServer second(std::move(*config));
        const auto port = second.listen(QHostAddress::LocalHost, m_port);
        QVERIFY(!port);
        QCOMPARE(port.error().code, Error::Code::ListenFailed);
        QVERIFY(port.error().message.contains(QString::number(m_port)));
    }
};

QTEST_GUILESS_MAIN(TestSimGateway)
#include "tst_simgateway.moc"
