// SPDX-License-Identifier: GPL-3.0-or-later
// The diagnosis engine on gateway answers as FACTS.md records them, byte for byte.
#include "apim/diagnosis.h"
#include "apim/jwt.h"

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
};

QTEST_GUILESS_MAIN(TestDiagnosis)
#include "tst_diagnosis.moc"
