// SPDX-License-Identifier: GPL-3.0-or-later
// The diagnosis engine on gateway answers as FACTS.md records them, byte for byte.
#include "apim/diagnosis.h"
#include "apim/findingformat.h"
#include "apim/jwt.h"

#include <QJsonArray>
#include <QJsonObject>

#include <QTest>
#include <QTimeZone>

using namespace Qt::StringLiterals;
using namespace gatehouse;

namespace {

const QByteArray missingBody =
    "{ \"statusCode\": 401, \"message\": \"Access denied due to missing subscription key. Make sure to include subscription key when making requests to an API.\" }"_ba;
const QByteArray invalidBody =
    "{ \"statusCode\": 401, \"message\": \"Access denied due to invalid subscription key. Make sure to provide a valid key for an active subscription.\" }"_ba;

DiagnosisInput exchange(int status, const QByteArray &body, const HeaderList &responseHeaders = {}, const HeaderList &requestHeaders = {},
                        const QString &url = u"https://contoso.azure-api.net/echo/resource"_s, const QByteArray &method = "GET"_ba)
{
    DiagnosisInput in;
    in.result.request.method = method;
    in.result.request.url = QUrl(url);
    in.result.request.headers = requestHeaders;
    HttpResponse r;
    r.statusCode = status;
    r.body = body;
    r.headers = responseHeaders;
    in.result.response = r;
    in.now = QDateTime(QDate(2026, 11, 26), QTime(12, 0), QTimeZone::UTC);
    return in;
}

HeaderList challenge(const QByteArray &name = "Ocp-Apim-Subscription-Key"_ba)
{
    return {{"Content-Type"_ba, "application/json"_ba},
            {"WWW-Authenticate"_ba, "AzureApiManagementKey realm=\"https://contoso.azure-api.net/echo\",name=\"" + name + "\",type=\"header\""}};
}

QByteArray jwt(const QByteArray &payload)
{
    const auto b64 = [](const QByteArray &d) { return d.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals); };
    return b64("{\"alg\":\"RS256\",\"typ\":\"JWT\"}"_ba) + '.' + b64(payload) + ".fake-signature";
}

// The service of the seed story: API "orders" in product Starter, API "loyalty" in none.
ManagementSnapshot seedService()
{
    ManagementSnapshot m;
    m.serviceName = u"contoso"_s;
    m.gatewayHosts = {u"contoso.azure-api.net"_s};
    ManagementSnapshot::Api orders;
    orders.id = u"orders"_s;
    orders.path = u"orders"_s;
    ManagementSnapshot::Api loyalty;
    loyalty.id = u"loyalty"_s;
    loyalty.path = u"loyalty"_s;
    m.apis = {orders, loyalty};
    m.products = {{u"starter"_s, u"Starter"_s, true, false, true}};
    ManagementSnapshot::Subscription team;
    team.id = u"team-a"_s;
    team.displayName = u"team-a"_s;
    team.state = u"active"_s;
    team.scopeKind = ManagementSnapshot::Subscription::ScopeKind::Product;
    team.scopeTarget = u"starter"_s;
    team.createdDate = QDateTime(QDate(2025, 1, 1), QTime(0, 0), QTimeZone::UTC);
    m.subscriptions = {team};
    return m;
}

// The snapshot the client would build for in's request, with the key belonging to `owner`.
ManagementSnapshot snapshotFor(const DiagnosisInput &in, ManagementSnapshot m, const QString &owner = {})
{
    matchRequest(m, in.result.request);
    if (m.api && m.api->id == u"orders"_s)
        m.apiProducts = {m.products.first()};
    m.operations = {{u"get-item"_s, "GET"_ba, u"/items/{id}"_s}};
    matchOperation(m, in.result.request);
    m.keyMatch = owner.isEmpty() ? ManagementSnapshot::KeyMatch::NoMatch : ManagementSnapshot::KeyMatch::Primary;
    for (const auto &s : m.subscriptions) {
        if (s.id == owner)
            m.keyOwner = s;
    }
    return m;
}

const FindingCause &causeOf(const Finding &f, const QString &id)
{
    for (const FindingCause &c : f.rankedCauses) {
        if (c.id == id)
            return c;
    }
    qFatal("no cause %s", qPrintable(id));
}

Finding only(const QList<Finding> &findings)
{
    if (findings.size() != 1)
        qFatal("expected one finding, got %d", int(findings.size()));
    return findings.first();
}

} // namespace

class TestDiagnosis : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void challengeParsing()
    {
        auto c = parseApimKeyChallenge("AzureApiManagementKey realm=\"https://pratyay.azure-api.net/echo\",name=\"Ocp-Apim-Subscription-Key\",type=\"header\"");
        QVERIFY(c);
        QCOMPARE(c->realm, u"https://pratyay.azure-api.net/echo"_s);
        QCOMPARE(c->name, u"Ocp-Apim-Subscription-Key"_s);
        QCOMPARE(c->type, u"header"_s);
        // Third-party transcriptions put a space after the commas.
        c = parseApimKeyChallenge("AzureApiManagementKey realm=\"https://x.azure-api.net/\", name=\"x-api-key\", type=\"header\"");
        QVERIFY(c);
        QCOMPARE(c->name, u"x-api-key"_s);
        QVERIFY(!parseApimKeyChallenge("Bearer realm=\"x\""));
    }

    void timeSpans()
    {
        QCOMPARE(parseTimeSpan(u"07:01:20"), 7 * 3600 + 60 + 20);
        QCOMPARE(parseTimeSpan(u"20.09:58:55"), 20 * 86400 + 9 * 3600 + 58 * 60 + 55);
        QVERIFY(!parseTimeSpan(u"soon"));
    }

    void missingKeyNothingSent()
    {
        const Finding f = only(diagnose(exchange(401, missingBody, challenge())));
        QCOMPARE(f.id, u"apim.key.missing"_s);
        QCOMPARE(f.severity, Finding::Severity::Error);
        QVERIFY(f.explanation.contains(u"Ocp-Apim-Subscription-Key"_s));
        QVERIFY(!f.causes.isEmpty());
        QVERIFY(!f.fix);
        bool realm = false;
        for (const auto &[label, value] : f.evidence)
            realm |= value == u"https://contoso.azure-api.net/echo"_s;
        QVERIFY(realm);
    }

    void keyUnderTheWrongHeader_data()
    {
        QTest::addColumn<QByteArray>("sentAs");
        QTest::addColumn<QByteArray>("expected");
        QTest::newRow("azure openai habit") << "api-key"_ba << "Ocp-Apim-Subscription-Key"_ba;
        QTest::newRow("x-api-key") << "x-api-key"_ba << "Ocp-Apim-Subscription-Key"_ba;
        QTest::newRow("renamed header") << "Ocp-Apim-Subscription-Key"_ba << "X-Partner-Token"_ba;
    }

    void keyUnderTheWrongHeader()
    {
        QFETCH(QByteArray, sentAs);
        QFETCH(QByteArray, expected);
        const Finding f = only(diagnose(exchange(401, missingBody, challenge(expected), {{sentAs, "fake-key-0000"_ba}})));
        QCOMPARE(f.id, u"apim.key.wrong-header"_s);
        QVERIFY(f.title.contains(QString::fromLatin1(sentAs)));
        QVERIFY(f.title.contains(QString::fromLatin1(expected)));
        QVERIFY(f.fix);
        QCOMPARE(f.fix->kind, FixAction::Kind::RenameHeader);
        QCOMPARE(f.fix->from, sentAs);
        QCOMPARE(f.fix->to, expected);
    }

    void keyWithheldFromANonGatewayHost()
    {
        DiagnosisInput in = exchange(401, missingBody, challenge(), {}, u"https://api.contoso.com/echo/x"_s);
        in.profile = ApimProfile{};
        in.profile->gatewayHosts = {u"contoso.azure-api.net"_s};
        in.keyInjection = KeyInjection{KeyInjection::Outcome::NotGatewayHost, {}};
        const Finding f = only(diagnose(in));
        QCOMPARE(f.id, u"apim.key.not-a-gateway-host"_s);
        QCOMPARE(f.fix->kind, FixAction::Kind::AddGatewayHost);
        QCOMPARE(f.fix->host, u"api.contoso.com"_s);
    }

    void invalidKeyLeadsWithTheClassic()
    {
        const Finding f = only(diagnose(exchange(401, invalidBody, challenge(), {{"Ocp-Apim-Subscription-Key"_ba, "fake-key-0000"_ba}})));
        QCOMPARE(f.id, u"apim.key.invalid"_s);
        QVERIFY(f.causes.size() >= 4);
        QVERIFY2(f.causes.first().contains(u"never added to a product"_s), qPrintable(f.causes.first()));
        QVERIFY(f.confirm.contains(u"/products"_s));
    }

    void invalidKeyWithWhitespace()
    {
        const Finding f = only(diagnose(exchange(401, invalidBody, challenge(), {{"Ocp-Apim-Subscription-Key"_ba, " fake-key-0000\n"_ba}})));
        QCOMPARE(f.id, u"apim.key.whitespace"_s);
        QCOMPARE(f.fix->kind, FixAction::Kind::TrimKey);
    }

    void invalidKeyFromAnotherGateway()
    {
        DiagnosisInput in = exchange(401, invalidBody, challenge(), {{"Ocp-Apim-Subscription-Key"_ba, "fake-key-0000"_ba}},
                                     u"https://api.fabrikam.com/echo/x"_s);
        in.profile = ApimProfile{};
        in.profile->gatewayHosts = {u"api.fabrikam.com"_s};
        const Finding f = only(diagnose(in));
        QVERIFY2(f.causes.first().contains(u"contoso.azure-api.net"_s), qPrintable(f.causes.first()));
    }

    void routeNotFound()
    {
        const Finding f = only(diagnose(exchange(404, "{ \"statusCode\": 404, \"message\": \"Resource not found\" }"_ba, {}, {},
                                                  u"https://contoso.azure-api.net/orders/v3/items"_s, "DELETE"_ba)));
        QCOMPARE(f.id, u"apim.route.not-found"_s);
        QVERIFY(f.title.contains(u"DELETE /orders/v3/items"_s));
        QVERIFY(f.explanation.contains(u"405"_s));
    }

    void rateLimit()
    {
        const Finding f = only(diagnose(exchange(429, "{ \"statusCode\": 429, \"message\": \"Rate limit is exceeded. Try again in 51 seconds.\" }"_ba,
                                                  {{"Retry-After"_ba, "51"_ba}})));
        QCOMPARE(f.id, u"apim.throttle.rate-limit"_s);
        QCOMPARE(f.fix->kind, FixAction::Kind::RetryLater);
        QCOMPARE(f.fix->seconds, 51);
        QVERIFY(f.title.contains(u"51 seconds"_s));
    }

    void quotaIsA403NotAPermissionProblem()
    {
        const Finding f = only(diagnose(exchange(403, "{ \"statusCode\": 403, \"message\": \"Out of call volume quota. Quota will be replenished in 20.09:58:55.\" }"_ba)));
        QCOMPARE(f.id, u"apim.quota.calls"_s);
        QCOMPARE(f.fix->seconds, 20 * 86400 + 9 * 3600 + 58 * 60 + 55);
        QVERIFY(f.title.contains(u"21 days"_s));
    }

    void forbiddenIsIpFilter()
    {
        QCOMPARE(only(diagnose(exchange(403, "{ \"statusCode\": 403, \"message\": \"Forbidden\" }"_ba))).id, u"apim.access.ip-filter"_s);
    }

    void jwtMissing()
    {
        const Finding f = only(diagnose(exchange(401, "{ \"statusCode\": 401, \"message\": \"JWT not present.\" }"_ba)));
        QCOMPARE(f.id, u"apim.jwt.missing"_s);
        QVERIFY(f.causes.first().contains(u"Authorization: Bearer"_s));
    }

    void expiredJwtIsNamed()
    {
        const QByteArray token = jwt("{\"aud\":\"api://orders\",\"iss\":\"https://sts.windows.net/00000000-0000-0000-0000-000000000000/\",\"exp\":1790000000}"_ba);
        const Finding f = only(diagnose(exchange(401, "{ \"statusCode\": 401, \"message\": \"Invalid JWT.\" }"_ba, {},
                                                  {{"Authorization"_ba, "Bearer " + token}})));
        QCOMPARE(f.id, u"apim.jwt.expired"_s);
        QVERIFY(f.title.contains(u"ago"_s));
        QStringList labels;
        for (const auto &[label, value] : f.evidence)
            labels << label + u'=' + value;
        QVERIFY2(labels.contains(u"Audience (aud)=api://orders"_s), qPrintable(labels.join(u"; "_s)));
        QVERIFY(labels.contains(u"Entra ID token version=1"_s));
    }

    void jwtWithoutBearerScheme()
    {
        const QByteArray token = jwt("{\"aud\":\"x\",\"exp\":1900000000}"_ba);
        const Finding f = only(diagnose(exchange(401, "{ \"statusCode\": 401, \"message\": \"Unauthorized. Access token is missing or invalid.\" }"_ba,
                                                  {}, {{"Authorization"_ba, token}})));
        QCOMPARE(f.id, u"apim.jwt.invalid"_s);
        QVERIFY(f.causes.first().contains(u"Bearer"_s));
    }

    void backendFailureCarriesTheActivityId()
    {
        const Finding f = only(diagnose(exchange(500, "{ \"statusCode\": 500, \"message\": \"Internal server error\", \"activityId\": \"87aeb87f-192c-424c-84d1-32d5bbfec437\" }"_ba)));
        QCOMPARE(f.id, u"apim.backend.failure"_s);
        bool found = false;
        for (const auto &[label, value] : f.evidence)
            found |= value == u"87aeb87f-192c-424c-84d1-32d5bbfec437"_s;
        QVERIFY(found);
    }

    void applicationGatewayInFront()
    {
        const Finding f = only(diagnose(exchange(403, "<html><body>403 Forbidden</body></html>"_ba,
                                                  {{"Server"_ba, "Microsoft-Azure-Application-Gateway/v2"_ba}})));
        QCOMPARE(f.id, u"apim.front.application-gateway"_s);
    }

    void backendErrorPassedThrough()
    {
        const Finding f = only(diagnose(exchange(400, "{\"error\":\"name is required\"}"_ba)));
        QCOMPARE(f.id, u"apim.backend.passthrough"_s);
        QCOMPARE(f.severity, Finding::Severity::Info);
    }

    void notApimNoFindings()
    {
        QVERIFY(diagnose(exchange(200, "{}"_ba)).isEmpty());
        QVERIFY(diagnose(exchange(404, "not here"_ba, {}, {}, u"http://localhost:8080/x"_s)).isEmpty());
        DiagnosisInput noResponse;
        noResponse.result.error = Error{Error::Code::ConnectionRefused, u"refused"_s};
        QVERIFY(diagnose(noResponse).isEmpty());
    }

    void notTheGatewayHost()
    {
        const QList<Finding> f = diagnose(exchange(200, "<html/>"_ba, {}, {}, u"https://contoso.developer.azure-api.net/echo"_s));
        QCOMPARE(f.size(), 1);
        QCOMPARE(f.first().id, u"apim.host.not-gateway"_s);
    }

    void jwtDecoding()
    {
        const auto decoded = decodeJwt(QByteArray("Bearer " + jwt("{\"aud\":[\"a\",\"b\"],\"iss\":\"https://login.microsoftonline.com/t/v2.0\",\"nbf\":1}"_ba)));
        QVERIFY(decoded);
        QCOMPARE(decoded->audiences(), (QStringList{u"a"_s, u"b"_s}));
        QCOMPARE(decoded->entraTokenVersion(), 2);
        QCOMPARE(decoded->notBefore()->toSecsSinceEpoch(), 1);
        QVERIFY(!decoded->expires());
        QVERIFY(decoded->signedToken);
        QVERIFY(!decodeJwt("not a token"));
        QVERIFY(!decodeJwt("a.b.c"));
        QVERIFY(!decodeJwt(""));
    }

    void causesHaveIdsAndConfidences()
    {
        const Finding f = only(diagnose(exchange(401, invalidBody, challenge(), {{"Ocp-Apim-Subscription-Key"_ba, "fake-key-0000"_ba}})));
        QCOMPARE(f.confirmation, Confirmation::Unknown);
        QVERIFY(f.verdict.isEmpty());
        QCOMPARE(f.rankedCauses.size(), f.causes.size());
        QCOMPARE(f.rankedCauses.first().id, u"api-in-no-product"_s);
        double total = 0;
        for (qsizetype i = 0; i < f.rankedCauses.size(); ++i) {
            QCOMPARE(f.causes.at(i), f.rankedCauses.at(i).text);
            if (i > 0)
                QVERIFY(f.rankedCauses.at(i - 1).confidence >= f.rankedCauses.at(i).confidence);
            total += f.rankedCauses.at(i).confidence;
        }
        QVERIFY(qAbs(total - 1.0) < 1e-9);
        QVERIFY(f.confidence > 0.5 && f.confidence < 1.0);
    }

    void confirmedApiInNoProduct()
    {
        const DiagnosisInput in = exchange(401, invalidBody, challenge(), {{"Ocp-Apim-Subscription-Key"_ba, "fake-key-0000"_ba}},
                                           u"https://contoso.azure-api.net/loyalty/items/7"_s);
        const Finding f = only(diagnose(in, snapshotFor(in, seedService(), u"team-a"_s)));
        QCOMPARE(f.id, u"apim.key.invalid"_s);
        QCOMPARE(f.confirmation, Confirmation::Confirmed);
        QCOMPARE(f.verdict, u"Confirmed: API 'loyalty' is in no product. Your key belongs to subscription 'team-a' (product Starter)."_s);
        QCOMPARE(f.confidence, 1.0);
        QCOMPARE(f.rankedCauses.first().id, u"api-in-no-product"_s);
        QCOMPARE(f.rankedCauses.first().confirmation, Confirmation::Confirmed);
        QCOMPARE(causeOf(f, u"key-unknown"_s).confirmation, Confirmation::RuledOut);
        QCOMPARE(causeOf(f, u"subscription-not-active"_s).confirmation, Confirmation::RuledOut);
        QCOMPARE(f.rankedCauses.last().confirmation, Confirmation::RuledOut);
        QCOMPARE(f.rankedCauses.last().confidence, 0.0);
        QCOMPARE(f.causes.first(), f.rankedCauses.first().text);
    }

    void confirmedOtherCauses()
    {
        const DiagnosisInput in = exchange(401, invalidBody, challenge(), {{"Ocp-Apim-Subscription-Key"_ba, "fake-key-0000"_ba}},
                                           u"https://contoso.azure-api.net/orders/items/7"_s);
        // A key of no subscription of this service.
        Finding f = only(diagnose(in, snapshotFor(in, seedService())));
        QCOMPARE(f.rankedCauses.first().id, u"key-unknown"_s);
        QCOMPARE(causeOf(f, u"api-in-no-product"_s).confirmation, Confirmation::RuledOut);
        // A suspended subscription.
        ManagementSnapshot m = seedService();
        m.subscriptions.first().state = u"suspended"_s;
        f = only(diagnose(in, snapshotFor(in, m, u"team-a"_s)));
        QCOMPARE(f.rankedCauses.first().id, u"subscription-not-active"_s);
        QVERIFY2(f.verdict.contains(u"suspended"_s), qPrintable(f.verdict));
        // A brand-new subscription that opens the API: the key is still propagating.
        m = seedService();
        m.subscriptions.first().createdDate = in.now.addSecs(-120);
        f = only(diagnose(in, snapshotFor(in, m, u"team-a"_s)));
        QCOMPARE(f.rankedCauses.first().id, u"key-propagating"_s);
        QCOMPARE(causeOf(f, u"api-in-no-product"_s).confirmation, Confirmation::RuledOut);
        // An old subscription that opens the API: nothing to confirm, the scope causes are ruled out.
        f = only(diagnose(in, snapshotFor(in, seedService(), u"team-a"_s)));
        QCOMPARE(f.confirmation, Confirmation::Unknown);
        QCOMPARE(causeOf(f, u"key-other-product"_s).confirmation, Confirmation::RuledOut);
        QCOMPARE(f.rankedCauses.last().confirmation, Confirmation::RuledOut);
    }

    void routeConfirmation()
    {
        const QByteArray notFound = "{ \"statusCode\": 404, \"message\": \"Resource not found\" }"_ba;
        DiagnosisInput in = exchange(404, notFound, {}, {}, u"https://contoso.azure-api.net/order/items/7"_s);
        Finding f = only(diagnose(in, snapshotFor(in, seedService())));
        QCOMPARE(f.rankedCauses.first().id, u"suffix"_s);
        QVERIFY2(f.verdict.contains(u"/orders, /loyalty"_s), qPrintable(f.verdict));
        in = exchange(404, notFound, {}, {}, u"https://contoso.azure-api.net/orders/items/7"_s, "DELETE"_ba);
        f = only(diagnose(in, snapshotFor(in, seedService())));
        QCOMPARE(f.rankedCauses.first().id, u"operation"_s);
        QCOMPARE(causeOf(f, u"suffix"_s).confirmation, Confirmation::RuledOut);
        // Everything matches: the finding itself is ruled out and drops in rank.
        in = exchange(404, notFound, {}, {}, u"https://contoso.azure-api.net/orders/items/7"_s);
        f = only(diagnose(in, snapshotFor(in, seedService())));
        QCOMPARE(f.confirmation, Confirmation::RuledOut);
        QVERIFY(f.confidence <= 0.1);
        QVERIFY(f.verdict.startsWith(u"Ruled out: "_s));
    }

    void confirmationInJson()
    {
        const DiagnosisInput in = exchange(401, invalidBody, challenge(), {{"Ocp-Apim-Subscription-Key"_ba, "fake-key-0000"_ba}},
                                           u"https://contoso.azure-api.net/loyalty/items/7"_s);
        const QJsonArray json = findingsToJson(diagnose(in, snapshotFor(in, seedService(), u"team-a"_s)));
        const QJsonObject f = json.first().toObject();
        QCOMPARE(f.value(u"id"_s).toString(), u"apim.key.invalid"_s);
        QCOMPARE(f.value(u"confidence"_s).toDouble(), 1.0);
        QCOMPARE(f.value(u"confirmed"_s).toBool(), true);
        QVERIFY(f.value(u"evidence"_s).isArray());
        QVERIFY(f.value(u"fixes"_s).isArray());
        QCOMPARE(f.value(u"rankedCauses"_s).toArray().first().toObject().value(u"confirmation"_s).toString(), u"confirmed"_s);
        QVERIFY(findingsToJson(diagnose(in)).first().toObject().value(u"confirmed"_s).isNull());
        QVERIFY(findingsAsText(diagnose(in, snapshotFor(in, seedService(), u"team-a"_s))).contains(u"(ruled out)"_s));
    }

    void sentKeyIsFound()
    {
        SentRequest r;
        r.url = QUrl(u"https://contoso.azure-api.net/orders?subscription-key=fake-q-0000"_s);
        QCOMPARE(sentSubscriptionKey(r, std::nullopt), "fake-q-0000"_ba);
        r.headers = {{"X-Api-Key"_ba, " fake-h-0000 "_ba}};
        QCOMPARE(sentSubscriptionKey(r, std::nullopt), "fake-h-0000"_ba);
        ApimProfile p;
        p.headerName = "My-Key"_ba;
        r.headers.prepend({"my-key"_ba, "fake-p-0000"_ba});
        QCOMPARE(sentSubscriptionKey(r, p), "fake-p-0000"_ba);
        QVERIFY(sentSubscriptionKey(SentRequest{}, std::nullopt).isEmpty());
    }

    void requestMatching()
    {
        ManagementSnapshot m = seedService();
        ManagementSnapshot::Api v1;
        v1.id = u"stock-v1"_s;
        v1.path = u"stock"_s;
        v1.versionSetId = u"stock-set"_s;
        v1.apiVersion = u"v1"_s;
        m.apis.append(v1);
        m.versionSets = {{u"stock-set"_s, u"Header"_s, {}, u"Api-Version"_s}};
        SentRequest r;
        r.method = "GET"_ba;
        r.url = QUrl(u"https://contoso.azure-api.net/stock/items"_s);
        matchRequest(m, r);
        QCOMPARE(m.api->id, u"stock-v1"_s);
        QCOMPARE(m.versionMatch, ManagementSnapshot::VersionMatch::Missing);
        QCOMPARE(m.knownVersions, QStringList{u"v1"_s});
        r.headers = {{"Api-Version"_ba, "v9"_ba}};
        matchRequest(m, r);
        QCOMPARE(m.versionMatch, ManagementSnapshot::VersionMatch::Unknown);
        r.headers = {{"api-version"_ba, "v1"_ba}};
        matchRequest(m, r);
        QCOMPARE(m.versionMatch, ManagementSnapshot::VersionMatch::Matched);
        QCOMPARE(m.restPath, u"/items"_s);
        r.url = QUrl(u"https://contoso.azure-api.net/orders;rev=3/items/7"_s);
        matchRequest(m, r);
        QCOMPARE(m.api->id, u"orders"_s);
        QCOMPARE(m.requestedRevision, u"3"_s);
        QVERIFY(!m.revisionMisplaced);
        QCOMPARE(m.restPath, u"/items/7"_s);
        r.url = QUrl(u"https://contoso.azure-api.net/orders/items;rev=3"_s);
        matchRequest(m, r);
        QVERIFY(m.revisionMisplaced);
        QVERIFY(urlTemplateMatches(u"/items/{id}", u"/items/7"));
        QVERIFY(urlTemplateMatches(u"/files/{*path}", u"/files/a/b"));
        QVERIFY(urlTemplateMatches(u"/items?x={x}", u"/items/"));
        QVERIFY(!urlTemplateMatches(u"/items/{id}", u"/items"));
        QVERIFY(!urlTemplateMatches(u"/items/{id}", u"/items/7/lines"));
    }
};

QTEST_GUILESS_MAIN(TestDiagnosis)
#include "tst_diagnosis.moc"
