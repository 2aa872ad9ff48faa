// SPDX-License-Identifier: GPL-3.0-or-later
#include "apim/diagnosis.h"

#include "apim/jwt.h"

#include <QCoreApplication>
#include <QHostAddress>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QRegularExpression>
#include <QUrlQuery>

using namespace Qt::StringLiterals;

namespace gatehouse {

namespace {

class Diagnosis
{
    Q_DECLARE_TR_FUNCTIONS(gatehouse::Diagnosis)
};

void addCause(Finding &f, const QString &id, const QString &text)
{
    f.rankedCauses.append(FindingCause{id, text, 0, Confirmation::Unknown, {}});
}

void prependCause(Finding &f, const QString &id, const QString &text)
{
    f.rankedCauses.prepend(FindingCause{id, text, 0, Confirmation::Unknown, {}});
}

// The gateway's own error envelope: { "statusCode": N, "message": "…" [, "activityId": "…"] }.
struct Envelope {
    int statusCode = 0;
    QString message;
    QString activityId;
};

std::optional<Envelope> parseEnvelope(const QByteArray &body)
{
    if (body.size() > 64 * 1024)
        return std::nullopt;
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject())
        return std::nullopt;
    const QJsonObject o = doc.object();
    if (!o.value(u"statusCode"_s).isDouble() || !o.value(u"message"_s).isString())
        return std::nullopt;
    return Envelope{o.value(u"statusCode"_s).toInt(), o.value(u"message"_s).toString(), o.value(u"activityId"_s).toString()};
}

// Header names people put subscription keys under, rightly or wrongly (FACTS.md §6 row 6).
const QList<QByteArray> &keyLikeHeaders()
{
    static const QList<QByteArray> names{"Ocp-Apim-Subscription-Key"_ba, "api-key"_ba, "x-api-key"_ba, "apikey"_ba,
                                         "subscription-key"_ba, "x-subscription-key"_ba, "Authorization"_ba};
    return names;
}

QString formatSeconds(qint64 seconds)
{
    if (seconds < 120)
        return Diagnosis::tr("%1 seconds").arg(seconds);
    if (seconds < 2 * 3600)
        return Diagnosis::tr("%1 minutes").arg((seconds + 59) / 60);
    if (seconds < 2 * 86400)
        return Diagnosis::tr("%1 hours").arg((seconds + 3599) / 3600);
    return Diagnosis::tr("%1 days").arg((seconds + 86399) / 86400);
}

QString relative(const QDateTime &when, const QDateTime &now)
{
    const qint64 delta = now.secsTo(when);
    return delta >= 0 ? Diagnosis::tr("in %1").arg(formatSeconds(delta)) : Diagnosis::tr("%1 ago").arg(formatSeconds(-delta));
}

bool isGatewayLikeHost(const QString &host)
{
    return host.endsWith(".azure-api.net"_L1) || host.endsWith(".azure-api.us"_L1) || host.endsWith(".azure-api.cn"_L1);
}

Finding keyFinding(const DiagnosisInput &in, const Envelope *envelope, const std::optional<ApimKeyChallenge> &challenge)
{
    const SentRequest &sent = in.result.request;
    const bool missing = envelope ? envelope->message.startsWith("Access denied due to missing subscription key"_L1)
                                  : !envelope; // a bare challenge reads as "missing" only with the message
    const QString expected = challenge ? challenge->name
                                       : QString::fromLatin1(in.profile ? in.profile->headerName : "Ocp-Apim-Subscription-Key"_ba);
    Finding f;
    if (challenge) {
        f.evidence.append({Diagnosis::tr("Gateway expects the key in"), challenge->type == "header"_L1 ? Diagnosis::tr("header %1").arg(challenge->name) : challenge->name});
        f.evidence.append({Diagnosis::tr("API matched (realm)"), challenge->realm});
    }
    if (envelope)
        f.evidence.append({Diagnosis::tr("Gateway message"), envelope->message});

    // Which key-like headers did the request carry?
    QByteArray sentUnder;
    QByteArray sentValue;
    for (const auto &[name, value] : sent.headers) {
        for (const QByteArray &k : keyLikeHeaders() + (in.profile ? QList<QByteArray>{in.profile->headerName} : QList<QByteArray>{})) {
            if (name.compare(k, Qt::CaseInsensitive) == 0 && sentUnder.isEmpty()) {
                sentUnder = name;
                sentValue = value;
            }
        }
    }
    const bool sentExpected = !sentUnder.isEmpty() && QString::fromLatin1(sentUnder).compare(expected, Qt::CaseInsensitive) == 0;
    const QUrlQuery query(sent.url);
    const bool sentInQuery = query.hasQueryItem(in.profile ? in.profile->queryName : u"subscription-key"_s) || query.hasQueryItem(u"subscription-key"_s);

    if (missing) {
        f.id = u"apim.key.missing"_s;
        f.title = Diagnosis::tr("The gateway found no subscription key in this request");
        f.explanation = Diagnosis::tr("APIM answers 401 \"missing subscription key\" when the API (or every product it is in) requires a "
                                      "subscription and the request has no key under the header name the API is configured for "
                                      "(%1), nor in its query parameter.")
                            .arg(expected);
        if (!sentUnder.isEmpty() && !sentExpected) {
            f.id = u"apim.key.wrong-header"_s;
            f.title = Diagnosis::tr("The key was sent as %1, but this API expects %2").arg(QString::fromLatin1(sentUnder), expected);
            addCause(f, u"wrong-header"_s, Diagnosis::tr("The key is under a header name the API does not use (%1). APIs can rename the key header; "
                                          "habits from other services (api-key, x-api-key, Authorization) do not carry over.")
                                .arg(QString::fromLatin1(sentUnder)));
            addCause(f, u"header-renamed"_s, Diagnosis::tr("The publisher renamed the API's key header and this request still uses the old name."));
            f.fix = FixAction{FixAction::Kind::RenameHeader, Diagnosis::tr("Send it as %1").arg(expected), sentUnder, expected.toLatin1(), {}, 0};
        } else if (in.keyInjection && in.keyInjection->outcome == KeyInjection::Outcome::NotGatewayHost) {
            f.id = u"apim.key.not-a-gateway-host"_s;
            f.title = Diagnosis::tr("The environment's key was not sent: %1 is not one of its gateway hosts").arg(sent.url.host());
            addCause(f, u"not-a-gateway-host"_s, Diagnosis::tr("Gatehouse only sends the subscription key to the gateway hosts listed in the environment, so it "
                                          "never leaks elsewhere. This host (a custom domain, a regional gateway, another instance?) is not "
                                          "in that list."));
            f.fix = FixAction{FixAction::Kind::AddGatewayHost, Diagnosis::tr("Add %1 as a gateway host").arg(sent.url.host()), {}, {}, sent.url.host(), 0};
        } else if (in.keyInjection && in.keyInjection->outcome == KeyInjection::Outcome::NoKey) {
            f.id = u"apim.key.none-configured"_s;
            addCause(f, u"no-key-configured"_s, Diagnosis::tr("The environment has no subscription key yet. Get one from the developer portal (Profile) or "
                                          "from the Azure portal (APIM > Subscriptions)."));
            f.fix = FixAction{FixAction::Kind::SetSubscriptionKey, Diagnosis::tr("Set the subscription key…"), {}, {}, {}, 0};
        } else if (sentInQuery) {
            addCause(f, u"query-name"_s, Diagnosis::tr("The key is in a query parameter the API does not use: APIs can rename the query parameter too."));
        } else {
            addCause(f, u"no-key"_s, Diagnosis::tr("The request carries no key. Add your subscription key as header %1.").arg(expected));
            addCause(f, u"expected-open"_s, Diagnosis::tr("You expected this API to be open: it requires a subscription, and no open product "
                                          "(a product without \"Requires subscription\") contains it."));
        }
        f.confirm = Diagnosis::tr("In the API's settings: \"Subscription required\" and the header/query parameter names. "
                                  "The products that contain the API: GET …/apis/{apiId}/products.");
        return f;
    }

    // Invalid key.
    f.id = u"apim.key.invalid"_s;
    f.title = Diagnosis::tr("The gateway rejected the subscription key");
    f.explanation = Diagnosis::tr("APIM answers 401 \"invalid subscription key\" when the key is not a key of an active subscription "
                                  "whose scope covers this API: the API itself, all APIs, the whole service, or a product that "
                                  "contains this API.");
    if (sentValue != sentValue.trimmed()) {
        f.id = u"apim.key.whitespace"_s;
        addCause(f, u"whitespace"_s, Diagnosis::tr("The key has spaces or a line break around it (a copy-and-paste accident)."));
        f.fix = FixAction{FixAction::Kind::TrimKey, Diagnosis::tr("Remove the whitespace"), sentUnder, {}, {}, 0};
    }
    addCause(f, u"api-in-no-product"_s, Diagnosis::tr("The API was never added to a product your key belongs to. This is the most common cause: a new API "
                                  "is in no product until someone adds it, and a product key only opens the APIs of its product."));
    addCause(f, u"key-other-product"_s, Diagnosis::tr("The key belongs to a subscription of another product (or another API) than the one containing this "
                                  "API: with several subscriptions it is easy to copy the wrong key."));
    addCause(f, u"api-scoped-key"_s, Diagnosis::tr("The key belongs to a subscription scoped to one single API, and this is another API."));
    addCause(f, u"subscription-not-active"_s, Diagnosis::tr("The subscription is not active: awaiting approval (submitted), suspended, cancelled, rejected or expired."));
    addCause(f, u"key-unknown"_s, Diagnosis::tr("The key is from another APIM instance or environment (dev vs prod), or it was regenerated."));
    addCause(f, u"key-propagating"_s, Diagnosis::tr("The key was created minutes ago: the gateway can take up to about 10 minutes to know it."));
    if (challenge && in.profile && !challenge->realm.isEmpty()) {
        const QUrl realm(challenge->realm);
        if (!realm.host().isEmpty() && !in.profile->isGatewayUrl(realm) && realm.host() != sent.url.host())
            prependCause(f, u"other-gateway"_s, Diagnosis::tr("The gateway that answered (%1) is not this environment's gateway.").arg(realm.host()));
    }
    f.confirm = Diagnosis::tr("With the management API: the products of the API (GET …/apis/{apiId}/products), and the scope and "
                              "state of the subscription that owns the key (GET …/subscriptions, then listSecrets).");
    return f;
}

void addJwtEvidence(Finding &f, const Jwt &jwt, const QDateTime &now)
{
    if (const auto exp = jwt.expires()) {
        f.evidence.append({Diagnosis::tr("Token expires"), QLocale().toString(exp->toLocalTime(), QLocale::ShortFormat) + u" ("_s + relative(*exp, now) + u')'});
        if (*exp <= now) {
            f.id = u"apim.jwt.expired"_s;
            f.title = Diagnosis::tr("The access token expired %1").arg(relative(*exp, now));
            prependCause(f, u"expired"_s, Diagnosis::tr("The token is expired; validate-jwt allows no clock skew unless configured. Get a new token."));
        }
    } else {
        addCause(f, u"no-expiry"_s, Diagnosis::tr("The token has no expiry (exp): validate-jwt requires one by default."));
    }
    if (const auto nbf = jwt.notBefore(); nbf && *nbf > now)
        prependCause(f, u"not-yet-valid"_s, Diagnosis::tr("The token is not valid yet (nbf %1): check the clocks.").arg(relative(*nbf, now)));
    if (!jwt.audiences().isEmpty())
        f.evidence.append({Diagnosis::tr("Audience (aud)"), jwt.audiences().join(u", "_s)});
    if (!jwt.issuer().isEmpty())
        f.evidence.append({Diagnosis::tr("Issuer (iss)"), jwt.issuer()});
    if (jwt.entraTokenVersion() != 0)
        f.evidence.append({Diagnosis::tr("Entra ID token version"), QString::number(jwt.entraTokenVersion())});
    if (!jwt.signedToken)
        addCause(f, u"unsigned"_s, Diagnosis::tr("The token is not signed: validate-jwt requires signed tokens by default."));
}

} // namespace

std::optional<ApimKeyChallenge> parseApimKeyChallenge(QByteArrayView headerValue)
{
    static const QRegularExpression re(uR"re(^\s*AzureApiManagementKey\s+realm="([^"]*)",\s*name="([^"]*)",\s*type="([^"]*)")re"_s);
    const QRegularExpressionMatch m = re.match(QString::fromLatin1(headerValue));
    if (!m.hasMatch())
        return std::nullopt;
    return ApimKeyChallenge{m.captured(1), m.captured(2), m.captured(3)};
}

std::optional<qint64> parseTimeSpan(QStringView text)
{
    static const QRegularExpression re(uR"(^(?:(\d+)\.)?(\d{1,2}):(\d{2}):(\d{2})$)"_s);
    const QRegularExpressionMatch m = re.matchView(text);
    if (!m.hasMatch())
        return std::nullopt;
    return m.captured(1).toLongLong() * 86400 + m.captured(2).toLongLong() * 3600 + m.captured(3).toLongLong() * 60 + m.captured(4).toLongLong();
}

namespace {

QList<Finding> applyRules(const DiagnosisInput &in)
{
    QList<Finding> findings;
    if (!in.result.response)
        return findings;
    const HttpResponse &r = *in.result.response;
    const SentRequest &sent = in.result.request;
    const QString host = sent.url.host().toLower();

    // Hosts of an APIM instance that are not its gateway (FACTS.md §1, §6 row 26).
    for (const auto &suffix : {".developer.azure-api.net"_L1, ".portal.azure-api.net"_L1, ".management.azure-api.net"_L1, ".scm.azure-api.net"_L1}) {
        if (host.endsWith(suffix)) {
            Finding f;
            f.id = u"apim.host.not-gateway"_s;
            f.severity = Finding::Severity::Warning;
            f.title = Diagnosis::tr("%1 is not an API gateway host").arg(host);
            f.explanation = Diagnosis::tr("This is the developer portal, the legacy portal, the retired direct management API or the Git "
                                          "endpoint of an APIM instance. API calls go to https://{service}.azure-api.net or a custom gateway domain.");
            findings.append(f);
        }
    }

    const bool corsTerminated = r.statusCode == 200 && r.body.isEmpty() && hasHeader(sent.headers, "origin")
        && !hasHeader(r.headers, "access-control-allow-origin");
    if (r.statusCode < 400 && !corsTerminated)
        return findings;

    const std::optional<ApimKeyChallenge> challenge = parseApimKeyChallenge(headerValue(r.headers, "www-authenticate"));
    // A body kept in a file is bigger than any envelope; its preview must not parse as one.
    const std::optional<Envelope> envelope = r.bodyInFile() ? std::nullopt : parseEnvelope(r.body);
    const QString message = envelope ? envelope->message : QString();
    const QByteArray retryAfter = headerValue(r.headers, "retry-after");
    const QByteArray server = headerValue(r.headers, "server");

    if (r.statusCode == 200) {
        Finding f;
        f.id = u"apim.cors.terminated"_s;
        f.severity = Finding::Severity::Info;
        f.title = Diagnosis::tr("Empty 200 for a request with an Origin header");
        f.explanation = Diagnosis::tr("An APIM cors policy that terminates unmatched requests answers an origin it does not allow with an "
                                      "empty 200 and no CORS headers.");
        addCause(f, u"origin-not-allowed"_s, Diagnosis::tr("The Origin you send is not in the policy's allowed-origins; a desktop client does not need an Origin header at all."));
        findings.append(f);
        return findings;
    }

    if (server.startsWith("Microsoft-Azure-Application-Gateway")) {
        Finding f;
        f.id = u"apim.front.application-gateway"_s;
        f.severity = Finding::Severity::Warning;
        f.title = Diagnosis::tr("This %1 comes from Azure Application Gateway, not from APIM").arg(r.statusCode);
        f.explanation = Diagnosis::tr("An Application Gateway (often with a web application firewall) sits in front of the APIM gateway and "
                                      "answered itself: a WAF block (403), a missing client certificate (400) or an unhealthy backend pool (502).");
        f.evidence.append({Diagnosis::tr("Server"), QString::fromLatin1(server)});
        findings.append(f);
        return findings;
    }

    if (challenge || message.startsWith("Access denied due to missing subscription key"_L1)
        || message.startsWith("Access denied due to invalid subscription key"_L1)) {
        findings.append(keyFinding(in, envelope ? &*envelope : nullptr, challenge));
        return findings;
    }

    if (r.statusCode == 404 && message == "Resource not found"_L1) {
        Finding f;
        f.id = u"apim.route.not-found"_s;
        f.title = Diagnosis::tr("No API operation matches %1 %2").arg(QString::fromLatin1(sent.method), sent.url.path());
        f.explanation = Diagnosis::tr("APIM found no API and operation for this method and URL. It answers 404 before it even looks at the "
                                      "subscription key, and it answers 404 (never 405) for a wrong method.");
        addCause(f, u"suffix"_s, Diagnosis::tr("The API URL suffix is wrong: the first path segment(s) must be the API's suffix."));
        addCause(f, u"operation"_s, Diagnosis::tr("The operation's path or template differs, or the operation does not accept %1.").arg(QString::fromLatin1(sent.method)));
        addCause(f, u"version"_s, Diagnosis::tr("The API is versioned and the version is missing or unknown (a path segment, a query parameter such as "
                                      "api-version, or a header such as Api-Version)."));
        addCause(f, u"revision"_s, Diagnosis::tr("A revision is addressed wrongly (;rev=N belongs right after the API suffix) or is offline."));
        f.confirm = Diagnosis::tr("With the management API: the APIs with their suffixes and versions (GET …/apis), and the operations "
                                  "of the API (GET …/apis/{apiId}/operations).");
        f.evidence.append({Diagnosis::tr("Method and path"), QString::fromLatin1(sent.method) + u' ' + sent.url.path()});
        findings.append(f);
        return findings;
    }

    static const QRegularExpression rateLimit(uR"(^(Rate|Token) limit is exceeded\. Try again in (\d+) seconds?\.$)"_s);
    if (const auto m = rateLimit.match(message); r.statusCode == 429 && m.hasMatch()) {
        const int seconds = m.captured(2).toInt();
        const bool tokens = m.captured(1) == "Token"_L1;
        Finding f;
        f.id = tokens ? u"apim.throttle.token-limit"_s : u"apim.throttle.rate-limit"_s;
        f.severity = Finding::Severity::Warning;
        f.title = tokens ? Diagnosis::tr("Token rate limit reached: try again in %1").arg(formatSeconds(seconds))
                         : Diagnosis::tr("Rate limit reached: try again in %1").arg(formatSeconds(seconds));
        f.explanation = tokens ? Diagnosis::tr("An llm-token-limit policy counts model tokens per minute for this caller.")
                               : Diagnosis::tr("A rate-limit policy allows a number of calls per sliding window (at most 300 s) for "
                                               "your subscription, or per key with rate-limit-by-key.");
        if (!tokens) {
            addCause(f, u"starter-policy"_s, Diagnosis::tr("The product's default policy is strict: the Starter product allows 5 calls per minute and 100 per week."));
            addCause(f, u"portal-master-key"_s, Diagnosis::tr("It worked in the Azure portal's Test tab: that uses the built-in all-access key, which skips product policies."));
            addCause(f, u"shared-counter"_s, Diagnosis::tr("rate-limit-by-key counts per IP address: everyone behind the same NAT or proxy shares one counter."));
        }
        if (!retryAfter.isEmpty())
            f.evidence.append({Diagnosis::tr("Retry-After"), QString::fromLatin1(retryAfter)});
        f.fix = FixAction{FixAction::Kind::RetryLater, Diagnosis::tr("Send again in %1").arg(formatSeconds(seconds)), {}, {}, {}, seconds};
        findings.append(f);
        return findings;
    }

    static const QRegularExpression quota(uR"(^Out of (call volume|bandwidth) quota\. Quota will be replenished in ([\d.:]+)\.$)"_s);
    if (const auto m = quota.match(message); r.statusCode == 403 && m.hasMatch()) {
        const qint64 seconds = parseTimeSpan(m.captured(2)).value_or(retryAfter.toLongLong());
        Finding f;
        f.id = m.captured(1) == "bandwidth"_L1 ? u"apim.quota.bandwidth"_s : u"apim.quota.calls"_s;
        f.severity = Finding::Severity::Warning;
        f.title = Diagnosis::tr("Quota used up: it renews in %1").arg(formatSeconds(seconds));
        f.explanation = Diagnosis::tr("This 403 is not a permission problem: a quota policy limits the calls (or kilobytes) per "
                                      "subscription over a long period, and APIM answers 403, not 429, when it is used up.");
        addCause(f, u"small-quota"_s, Diagnosis::tr("The product's quota is small (Starter: 100 calls per week)."));
        if (!retryAfter.isEmpty())
            f.evidence.append({Diagnosis::tr("Retry-After"), QString::fromLatin1(retryAfter)});
        f.fix = FixAction{FixAction::Kind::RetryLater, Diagnosis::tr("Send again in %1").arg(formatSeconds(seconds)), {}, {}, {}, int(std::min<qint64>(seconds, INT_MAX))};
        findings.append(f);
        return findings;
    }

    if (r.statusCode == 403 && message.startsWith("Token quota is exceeded"_L1)) {
        Finding f;
        f.id = u"apim.quota.tokens"_s;
        f.severity = Finding::Severity::Warning;
        f.title = Diagnosis::tr("Token quota used up");
        f.explanation = message;
        findings.append(f);
        return findings;
    }

    if (r.statusCode == 403 && message == "Forbidden"_L1) {
        Finding f;
        f.id = u"apim.access.ip-filter"_s;
        f.title = Diagnosis::tr("The gateway refused this caller (403 Forbidden)");
        f.explanation = Diagnosis::tr("A bare \"Forbidden\" from APIM usually comes from an ip-filter policy at some scope: global, "
                                      "product, API or operation.");
        addCause(f, u"ip-not-allowed"_s, Diagnosis::tr("Your IP address is not allowed. Behind Application Gateway or Front Door, the filter sees the proxy's "
                                      "address, not yours."));
        addCause(f, u"other-restriction"_s, Diagnosis::tr("Another access-restriction policy refused the call."));
        findings.append(f);
        return findings;
    }

    const bool jwtMissing = message == "JWT not present."_L1;
    const bool jwtInvalid = message == "Invalid JWT."_L1 || message == "Unauthorized. Access token is missing or invalid."_L1;
    if (jwtMissing || jwtInvalid) {
        const QByteArray authorization = headerValue(sent.headers, "authorization");
        const std::optional<Jwt> jwt = decodeJwt(authorization);
        Finding f;
        f.id = jwtMissing ? u"apim.jwt.missing"_s : u"apim.jwt.invalid"_s;
        f.title = jwtMissing ? Diagnosis::tr("The gateway found no access token where its validate-jwt policy looks")
                             : Diagnosis::tr("The gateway rejected the access token");
        f.explanation = Diagnosis::tr("A validate-jwt (or validate-azure-ad-token) policy checks a token in the Authorization header by "
                                      "default, or in the header or query parameter the policy names.");
        if (jwtMissing) {
            if (authorization.isEmpty())
                addCause(f, u"no-authorization-header"_s, Diagnosis::tr("The request has no Authorization header: send Authorization: Bearer <token>."));
            else if (!jwt)
                addCause(f, u"not-a-jwt"_s, Diagnosis::tr("The Authorization header does not hold a JWT."));
            addCause(f, u"token-location"_s, Diagnosis::tr("The policy reads the token from another header or query parameter."));
        } else {
            addCause(f, u"audience"_s, Diagnosis::tr("The token was issued for another audience (aud): another app ID URI or client ID than the policy expects."));
            addCause(f, u"issuer"_s, Diagnosis::tr("Issuer mismatch: Entra ID v1 tokens come from sts.windows.net, v2 tokens from "
                                          "login.microsoftonline.com/…/v2.0; the policy accepts one of them."));
            addCause(f, u"claim"_s, Diagnosis::tr("A required claim (roles, scp …) is missing or has another value."));
            if (!authorization.isEmpty() && !authorization.startsWith("Bearer ") && !authorization.startsWith("bearer "))
                prependCause(f, u"bearer-scheme"_s, Diagnosis::tr("The Authorization header lacks the \"Bearer \" scheme."));
            if (jwt)
                addJwtEvidence(f, *jwt, in.now);
            else if (!authorization.isEmpty())
                prependCause(f, u"not-a-jwt"_s, Diagnosis::tr("The Authorization header does not hold a JWT."));
        }
        findings.append(f);
        return findings;
    }

    if (r.statusCode == 500 && message == "Internal server error"_L1) {
        Finding f;
        f.id = u"apim.backend.failure"_s;
        f.title = Diagnosis::tr("The gateway could not get an answer from the backend (or a policy failed)");
        f.explanation = Diagnosis::tr("APIM answers this 500 itself when calling the backend fails (connection, DNS, TLS trust, timeout) "
                                      "or a policy expression throws.");
        addCause(f, u"backend-tls"_s, Diagnosis::tr("The backend's TLS certificate is not trusted by APIM (self-signed, private CA, name mismatch)."));
        addCause(f, u"backend-unreachable"_s, Diagnosis::tr("The backend is unreachable or closes connections (intermittent under load: SNAT port exhaustion)."));
        addCause(f, u"backend-timeout"_s, Diagnosis::tr("The backend took longer than forward-request's timeout (300 s by default, 30 s on Consumption and v2 tiers)."));
        addCause(f, u"policy-expression"_s, Diagnosis::tr("A policy expression failed, for example on a missing header or claim."));
        f.confirm = Diagnosis::tr("Trace the request (debug credentials and Apim-Debug-Authorization) to see the failing step.");
        if (!envelope->activityId.isEmpty())
            f.evidence.append({Diagnosis::tr("Activity ID"), envelope->activityId});
        findings.append(f);
        return findings;
    }

    if (r.statusCode == 503 && (envelope || isGatewayLikeHost(host))) {
        Finding f;
        f.id = u"apim.backend.circuit-breaker"_s;
        f.severity = Finding::Severity::Warning;
        f.title = Diagnosis::tr("Service unavailable: the backend's circuit breaker may be open");
        f.explanation = Diagnosis::tr("When a backend's circuit breaker trips, APIM stops calling it for the trip duration and answers 503.");
        findings.append(f);
        return findings;
    }

    // An error in the backend's own words, passed through by the gateway.
    const bool viaGateway = (in.profile && in.profile->isGatewayUrl(sent.url)) || isGatewayLikeHost(host);
    if (viaGateway && !envelope) {
        Finding f;
        f.id = u"apim.backend.passthrough"_s;
        f.severity = Finding::Severity::Info;
        f.title = Diagnosis::tr("This %1 comes from the backend, passed through by APIM").arg(r.statusCode);
        f.explanation = Diagnosis::tr("The body is not APIM's own error format, so the gateway let the request through and forwarded the "
                                      "backend's answer unchanged. Look at the backend, not at APIM's configuration.");
        findings.append(f);
    }
    return findings;
}


// How sure each finding is before any confirmation: the gateway's exact texts are near certain,
// readings of headers and shapes less so.
double priorConfidence(const QString &id)
{
    if (id.startsWith("apim.key."_L1) || id.startsWith("apim.quota."_L1) || id.startsWith("apim.throttle."_L1) || id == "apim.route.not-found"_L1
        || id.startsWith("apim.jwt."_L1))
        return 0.9;
    if (id == "apim.front.application-gateway"_L1 || id == "apim.host.not-gateway"_L1)
        return 0.85;
    if (id == "apim.backend.failure"_L1 || id == "apim.access.ip-filter"_L1)
        return 0.75;
    if (id == "apim.cors.terminated"_L1 || id == "apim.backend.passthrough"_L1)
        return 0.6;
    return 0.5;
}

// Causes in the order the rules listed them get falling weights 1, 1/2, 1/3 … that add up to 1.
void assignPriors(Finding &f)
{
    f.confidence = priorConfidence(f.id);
    double total = 0;
    for (qsizetype i = 0; i < f.rankedCauses.size(); ++i)
        total += 1.0 / double(i + 1);
    for (qsizetype i = 0; i < f.rankedCauses.size(); ++i)
        f.rankedCauses[i].confidence = (1.0 / double(i + 1)) / total;
}

FindingCause *cause(Finding &f, QStringView id)
{
    for (FindingCause &c : f.rankedCauses) {
        if (c.id == id)
            return &c;
    }
    return nullptr;
}

// Marks cause `id` confirmed (adding it when the rules did not list it) and the finding with it.
void confirmCause(Finding &f, const QString &id, const QString &note, const QString &text = {})
{
    FindingCause *c = cause(f, id);
    if (!c) {
        f.rankedCauses.append(FindingCause{id, text.isEmpty() ? note : text, 0, Confirmation::Unknown, {}});
        c = &f.rankedCauses.last();
    }
    c->confirmation = Confirmation::Confirmed;
    c->note = note;
    f.confirmation = Confirmation::Confirmed;
    f.verdict = Diagnosis::tr("Confirmed: %1").arg(note);
}

void ruleOut(Finding &f, QStringView id, const QString &note = {})
{
    if (FindingCause *c = cause(f, id); c && c->confirmation == Confirmation::Unknown) {
        c->confirmation = Confirmation::RuledOut;
        c->note = note;
    }
}

void ruleOutOthers(Finding &f, const QStringList &ids)
{
    for (FindingCause &c : f.rankedCauses) {
        if (c.confirmation == Confirmation::Unknown && ids.contains(c.id))
            c.confirmation = Confirmation::RuledOut;
    }
}

QString apiName(const ManagementSnapshot::Api &api)
{
    return api.id;
}

QString ownerSentence(const ManagementSnapshot &m)
{
    if (!m.keyOwner)
        return {};
    return Diagnosis::tr("Your key belongs to subscription '%1' (%2).").arg(m.keyOwner->displayName, m.scopeDescription(*m.keyOwner));
}

QString productList(const QList<ManagementSnapshot::Product> &products)
{
    QStringList names;
    for (const auto &p : products)
        names.append(p.displayName.isEmpty() ? p.id : p.displayName);
    return names.join(u", "_s);
}

void confirmKeyInvalid(Finding &f, const DiagnosisInput &in, const ManagementSnapshot &m)
{
    const QStringList scopeCauses{u"api-in-no-product"_s, u"key-other-product"_s, u"api-scoped-key"_s, u"subscription-not-active"_s,
                                  u"key-unknown"_s, u"key-propagating"_s};
    if (!m.api) {
        f.evidence.append({Diagnosis::tr("Management API"), Diagnosis::tr("No API of service '%1' matches %2.").arg(m.serviceName, in.result.request.url.path())});
        return;
    }
    const QString api = apiName(*m.api);
    const bool inNoProduct = m.apiProducts.isEmpty();
    f.evidence.append({Diagnosis::tr("Products of API '%1'").arg(api), inNoProduct ? Diagnosis::tr("none") : productList(m.apiProducts)});
    if (m.keyOwner)
        f.evidence.append({Diagnosis::tr("Subscription of the key"), Diagnosis::tr("'%1' (%2), %3").arg(m.keyOwner->displayName, m.scopeDescription(*m.keyOwner), m.keyOwner->state)});

    switch (m.keyMatch) {
    case ManagementSnapshot::KeyMatch::NotChecked:
        // Without the keys, only the API's side can be checked.
        if (inNoProduct)
            confirmCause(f, u"api-in-no-product"_s, Diagnosis::tr("API '%1' is in no product: only all-APIs, API-scoped and all-access keys can open it.").arg(api));
        return;
    case ManagementSnapshot::KeyMatch::NoMatch:
        confirmCause(f, u"key-unknown"_s,
                     Diagnosis::tr("no subscription of service '%1' has this key: it was regenerated, mistyped, or belongs to another APIM instance.").arg(m.serviceName));
        ruleOutOthers(f, scopeCauses);
        return;
    case ManagementSnapshot::KeyMatch::Primary:
    case ManagementSnapshot::KeyMatch::Secondary: break;
    }
    if (!m.keyOwner)
        return;
    const ManagementSnapshot::Subscription &owner = *m.keyOwner;
    const QString ownerText = ownerSentence(m);
    ruleOut(f, u"key-unknown", Diagnosis::tr("The key is a key of this service."));
    if (owner.state.compare("active"_L1, Qt::CaseInsensitive) != 0) {
        confirmCause(f, u"subscription-not-active"_s, Diagnosis::tr("subscription '%1' is %2, not active. %3").arg(owner.displayName, owner.state, ownerText));
        ruleOutOthers(f, scopeCauses);
        return;
    }
    ruleOut(f, u"subscription-not-active", Diagnosis::tr("The subscription is active."));
    if (!m.covers(owner)) {
        using Kind = ManagementSnapshot::Subscription::ScopeKind;
        if (owner.scopeKind == Kind::Product && inNoProduct)
            confirmCause(f, u"api-in-no-product"_s, Diagnosis::tr("API '%1' is in no product. %2").arg(api, ownerText));
        else if (owner.scopeKind == Kind::Product)
            confirmCause(f, u"key-other-product"_s, Diagnosis::tr("API '%1' is in %2, not in the product of your key. %3").arg(api, productList(m.apiProducts), ownerText));
        else if (owner.scopeKind == Kind::Api)
            confirmCause(f, u"api-scoped-key"_s, Diagnosis::tr("your key only opens API '%1', not '%2'. %3").arg(owner.scopeTarget, api, ownerText));
        ruleOutOthers(f, scopeCauses);
        return;
    }
    ruleOutOthers(f, {u"api-in-no-product"_s, u"key-other-product"_s, u"api-scoped-key"_s});
    // Active and in scope: the gateway should know this key, unless it is brand new (FACTS.md §2.6).
    if (owner.createdDate.isValid() && owner.createdDate.secsTo(in.now) < 15 * 60) {
        confirmCause(f, u"key-propagating"_s,
                     Diagnosis::tr("subscription '%1' was created %2; the gateway can take about 10 minutes to know new keys. %3")
                         .arg(owner.displayName, relative(owner.createdDate, in.now), ownerText));
        return;
    }
    ruleOut(f, u"key-propagating");
    f.evidence.append({Diagnosis::tr("Management API"),
                       Diagnosis::tr("The key's subscription is active and opens API '%1': the answer may come from another instance "
                                     "or from a gateway with an outdated configuration.")
                           .arg(api)});
}

void confirmKeyMissing(Finding &f, const DiagnosisInput &in, const ManagementSnapshot &m)
{
    const SentRequest &sent = in.result.request;
    if (f.id == "apim.key.not-a-gateway-host"_L1) {
        if (m.gatewayHosts.contains(sent.url.host(), Qt::CaseInsensitive))
            confirmCause(f, u"not-a-gateway-host"_s, Diagnosis::tr("%1 is a gateway host of service '%2'.").arg(sent.url.host(), m.serviceName));
        return;
    }
    if (!m.api)
        return;
    const QString api = apiName(*m.api);
    f.evidence.append({Diagnosis::tr("Key names of API '%1'").arg(api),
                       Diagnosis::tr("header %1, query parameter %2").arg(m.api->keyHeaderName, m.api->keyQueryName)});
    if (cause(f, u"wrong-header")) {
        confirmCause(f, u"wrong-header"_s, Diagnosis::tr("API '%1' reads the key from header %2 (or query parameter %3).").arg(api, m.api->keyHeaderName, m.api->keyQueryName));
        return;
    }
    if (cause(f, u"query-name")) {
        confirmCause(f, u"query-name"_s, Diagnosis::tr("API '%1' reads the key from query parameter %2 (or header %3).").arg(api, m.api->keyQueryName, m.api->keyHeaderName));
        return;
    }
    if (cause(f, u"no-key")) {
        bool open = !m.api->subscriptionRequired;
        for (const auto &p : m.apiProducts)
            open = open || !p.subscriptionRequired;
        if (!open) {
            confirmCause(f, u"no-key"_s, Diagnosis::tr("API '%1' requires a subscription key (header %2), and no open product contains it.").arg(api, m.api->keyHeaderName));
            ruleOut(f, u"expected-open", Diagnosis::tr("The API is not open."));
        }
    }
}

void confirmRoute(Finding &f, const DiagnosisInput &in, const ManagementSnapshot &m)
{
    const SentRequest &sent = in.result.request;
    const QStringList all{u"suffix"_s, u"operation"_s, u"version"_s, u"revision"_s};
    if (!m.api) {
        QStringList suffixes;
        for (const auto &a : m.apis)
            suffixes.append(a.path.isEmpty() ? u"/"_s : u'/' + a.path);
        suffixes.removeDuplicates();
        confirmCause(f, u"suffix"_s, Diagnosis::tr("no API of service '%1' has a URL suffix that starts %2. Its suffixes: %3.")
                                         .arg(m.serviceName, sent.url.path(), suffixes.join(u", "_s)));
        ruleOutOthers(f, all);
        return;
    }
    const QString api = apiName(*m.api);
    ruleOut(f, u"suffix", Diagnosis::tr("The suffix matches API '%1'.").arg(api));
    if (m.revisionMisplaced) {
        confirmCause(f, u"revision"_s, Diagnosis::tr("';rev=%1' must follow the suffix of API '%2' directly.").arg(m.requestedRevision, api));
        ruleOutOthers(f, all);
        return;
    }
    if (!m.requestedRevision.isEmpty() && m.requestedRevision != m.api->revision) {
        if (!m.revisionOnline)
            confirmCause(f, u"revision"_s, Diagnosis::tr("API '%1' has no revision %2.").arg(api, m.requestedRevision));
        else if (!*m.revisionOnline)
            confirmCause(f, u"revision"_s, Diagnosis::tr("revision %1 of API '%2' is offline.").arg(m.requestedRevision, api));
        if (f.confirmation == Confirmation::Confirmed) {
            ruleOutOthers(f, all);
            return;
        }
    }
    if (m.versionMatch == ManagementSnapshot::VersionMatch::Missing || m.versionMatch == ManagementSnapshot::VersionMatch::Unknown) {
        const QString where = m.versionScheme == "Segment"_L1 ? Diagnosis::tr("a path segment after /%1").arg(m.api->path)
            : m.versionScheme == "Query"_L1                   ? Diagnosis::tr("query parameter %1").arg(m.versionName)
                                                              : Diagnosis::tr("header %1").arg(m.versionName);
        confirmCause(f, u"version"_s,
                     (m.versionMatch == ManagementSnapshot::VersionMatch::Missing ? Diagnosis::tr("API '%1' is versioned by %2, and the request names no version. Versions: %3.")
                                                                                  : Diagnosis::tr("API '%1' is versioned by %2, and the request names an unknown version. Versions: %3."))
                         .arg(api, where, m.knownVersions.join(u", "_s)));
        ruleOutOthers(f, all);
        return;
    }
    ruleOut(f, u"version");
    ruleOut(f, u"revision");
    if (!m.operation) {
        QStringList ops;
        for (const auto &o : m.operations) {
            if (ops.size() < 8)
                ops.append(QString::fromLatin1(o.method) + u' ' + o.urlTemplate);
        }
        confirmCause(f, u"operation"_s, Diagnosis::tr("API '%1' has no operation for %2 %3. Its operations: %4.")
                                            .arg(api, QString::fromLatin1(sent.method), m.restPath.isEmpty() ? u"/"_s : m.restPath, ops.join(u", "_s)));
        return;
    }
    ruleOut(f, u"operation", Diagnosis::tr("Operation '%1' matches.").arg(m.operation->id));
    f.confirmation = Confirmation::RuledOut;
    f.verdict = Diagnosis::tr("Ruled out: API '%1' has operation '%2' (%3 %4) for this request; the answer may come from another instance.")
                    .arg(api, m.operation->id, QString::fromLatin1(m.operation->method), m.operation->urlTemplate);
}

// The policy statements named `names` that apply to this call: global, API and operation ones
// always; a product's only for a key of that product (FACTS.md §2.4), or for every product of the
// API when the key's subscription is not known.
QList<const PolicyStatement *> policiesInScope(const ManagementSnapshot &m, const QStringList &names)
{
    QList<const PolicyStatement *> found;
    for (const PolicyStatement &p : m.policies) {
        if (!names.contains(p.name))
            continue;
        if (p.scope == PolicyStatement::Scope::Product && m.keyOwner
            && (m.keyOwner->scopeKind != ManagementSnapshot::Subscription::ScopeKind::Product || m.keyOwner->scopeTarget != p.scopeName))
            continue;
        found.append(&p);
    }
    return found;
}

QString callsText(const PolicyStatement &p)
{
    const int calls = p.attribute(u"calls"_s).toInt();
    const qint64 period = p.attribute(u"renewal-period"_s).toLongLong();
    const QString count = calls == 1 ? Diagnosis::tr("1 call") : Diagnosis::tr("%1 calls").arg(calls);
    QString text = period > 0 ? Diagnosis::tr("%1 allows %2 per %3 on %4").arg(p.name, count, formatSeconds(period), policyScopeDescription(p))
                              : Diagnosis::tr("%1 allows %2 in total on %3").arg(p.name, count, policyScopeDescription(p));
    if (const QString key = p.attribute(u"counter-key"_s); !key.isEmpty())
        text += Diagnosis::tr(", counted per %1").arg(key);
    return text;
}

QString withOwner(const QString &sentence, const ManagementSnapshot &m)
{
    const QString owner = ownerSentence(m);
    return owner.isEmpty() ? sentence : sentence + u' ' + owner;
}

void ruleOutFinding(Finding &f, const QString &verdict)
{
    f.confirmation = Confirmation::RuledOut;
    f.verdict = Diagnosis::tr("Ruled out: %1").arg(verdict);
}

void confirmThrottle(Finding &f, const ManagementSnapshot &m)
{
    if (!m.policiesRead || !m.api)
        return;
    const bool quota = f.id.startsWith("apim.quota."_L1);
    const bool tokens = f.id == "apim.throttle.token-limit"_L1 || f.id == "apim.quota.tokens"_L1;
    const QStringList names = tokens ? QStringList{u"llm-token-limit"_s, u"azure-openai-token-limit"_s}
        : quota                      ? QStringList{u"quota"_s, u"quota-by-key"_s}
                                     : QStringList{u"rate-limit"_s, u"rate-limit-by-key"_s};
    const QList<const PolicyStatement *> found = policiesInScope(m, names);
    if (found.isEmpty()) {
        ruleOutFinding(f, Diagnosis::tr("no %1 policy applies to API '%2' with your key; the answer may come from another instance.")
                              .arg(names.first(), apiName(*m.api)));
        return;
    }
    QStringList limits;
    for (const PolicyStatement *p : found)
        limits.append(callsText(*p));
    f.evidence.append({Diagnosis::tr("Limits in scope"), limits.join(u"; "_s)});
    const PolicyStatement &p = *found.first();
    const QString note = withOwner(callsText(p) + u'.', m);
    if (tokens)
        return;
    if (quota) {
        confirmCause(f, u"quota-policy"_s, note, Diagnosis::tr("A quota policy limits the calls: %1.").arg(callsText(p)));
        return;
    }
    const bool perAddress = p.name == "rate-limit-by-key"_L1 && p.attribute(u"counter-key"_s).contains("IpAddress"_L1);
    if (perAddress) {
        confirmCause(f, u"shared-counter"_s, note);
        return;
    }
    confirmCause(f, u"rate-limit-policy"_s, note, Diagnosis::tr("A rate-limit policy limits the calls: %1.").arg(callsText(p)));
    if (p.name == "rate-limit"_L1)
        ruleOut(f, u"shared-counter", Diagnosis::tr("The limit counts per subscription, not per IP address."));
    if (p.scope != PolicyStatement::Scope::Product)
        ruleOut(f, u"starter-policy", Diagnosis::tr("The limit is not a product's."));
}

// Whether address is in an ip-filter's list of addresses and ranges.
bool listedIn(const PolicyStatement &p, const QHostAddress &address)
{
    for (const QString &a : p.values(u"address"_s)) {
        if (QHostAddress(a).isEqual(address, QHostAddress::TolerantConversion))
            return true;
    }
    bool ok = false;
    const quint32 v4 = address.toIPv4Address(&ok);
    for (const QString &range : p.values(u"address-range"_s)) {
        const QHostAddress from(range.section(u'-', 0, 0));
        const QHostAddress to(range.section(u'-', 1, 1));
        if (ok && v4 >= from.toIPv4Address() && v4 <= to.toIPv4Address())
            return true;
    }
    return false;
}

QString ipListText(const PolicyStatement &p)
{
    QStringList parts = p.values(u"address"_s);
    for (const QString &range : p.values(u"address-range"_s))
        parts.append(range.section(u'-', 0, 0) + u"–"_s + range.section(u'-', 1, 1));
    return p.attribute(u"action"_s) == "forbid"_L1 ? Diagnosis::tr("ip-filter on %1 blocks %2").arg(policyScopeDescription(p), parts.join(u", "_s))
                                                   : Diagnosis::tr("ip-filter on %1 allows only %2").arg(policyScopeDescription(p), parts.join(u", "_s));
}

void confirmIpFilter(Finding &f, const DiagnosisInput &in, const ManagementSnapshot &m)
{
    if (!m.policiesRead || !m.api)
        return;
    const QList<const PolicyStatement *> found = policiesInScope(m, {u"ip-filter"_s});
    if (found.isEmpty()) {
        ruleOut(f, u"ip-not-allowed", Diagnosis::tr("No ip-filter policy applies to API '%1'.").arg(apiName(*m.api)));
        return;
    }
    // The filter sees the TCP peer (FACTS.md §3.2 row 7): known here only for a gateway on this machine.
    const QHostAddress host(in.result.request.url.host());
    const bool local = host.isLoopback() || in.result.request.url.host() == "localhost"_L1;
    for (const PolicyStatement *p : found) {
        f.evidence.append({Diagnosis::tr("Policy"), ipListText(*p)});
        if (!local) {
            confirmCause(f, u"ip-not-allowed"_s,
                         Diagnosis::tr("%1; the gateway sees your public address (or your proxy's), not the one on your network card.").arg(ipListText(*p)));
            ruleOut(f, u"other-restriction");
            return;
        }
        const QHostAddress caller = host.isLoopback() ? host : QHostAddress(QHostAddress::LocalHost);
        const bool listed = listedIn(*p, caller);
        if (listed != (p->attribute(u"action"_s) != "forbid"_L1)) {
            confirmCause(f, u"ip-not-allowed"_s, Diagnosis::tr("%1; you came from %2.").arg(ipListText(*p), caller.toString()));
            ruleOut(f, u"other-restriction");
            return;
        }
    }
    ruleOut(f, u"ip-not-allowed", Diagnosis::tr("The ip-filter policies let this machine through."));
}

void confirmJwt(Finding &f, const DiagnosisInput &in, const ManagementSnapshot &m)
{
    if (!m.policiesRead || !m.api)
        return;
    const QList<const PolicyStatement *> found = policiesInScope(m, {u"validate-jwt"_s, u"validate-azure-ad-token"_s});
    if (found.isEmpty()) {
        ruleOutFinding(f, Diagnosis::tr("no validate-jwt policy applies to API '%1'; the answer may come from another instance.").arg(apiName(*m.api)));
        return;
    }
    const PolicyStatement &p = *found.first();
    const QString where = policyScopeDescription(p);
    const QString headerName = p.attribute(u"header-name"_s, u"Authorization"_s);
    const QString queryName = p.attribute(u"query-parameter-name"_s);
    const QStringList audiences = p.values(u"audience"_s);
    const QStringList issuers = p.values(u"issuer"_s);
    QStringList expects{Diagnosis::tr("token in header %1").arg(headerName)};
    if (!queryName.isEmpty())
        expects.append(Diagnosis::tr("or query parameter %1").arg(queryName));
    if (!audiences.isEmpty())
        expects.append(Diagnosis::tr("audience %1").arg(audiences.join(Diagnosis::tr(" or "))));
    if (!issuers.isEmpty())
        expects.append(Diagnosis::tr("issuer %1").arg(issuers.join(Diagnosis::tr(" or "))));
    f.evidence.append({Diagnosis::tr("validate-jwt on %1 expects").arg(where), expects.join(u", "_s)});

    const SentRequest &sent = in.result.request;
    const QByteArray header = headerValue(sent.headers, headerName.toLatin1());
    if (f.id == "apim.jwt.missing"_L1) {
        if (!header.isEmpty())
            return;
        if (headerName.compare("Authorization"_L1, Qt::CaseInsensitive) == 0) {
            confirmCause(f, u"no-authorization-header"_s,
                         Diagnosis::tr("validate-jwt on %1 reads the token from the Authorization header, and the request has none.").arg(where));
            ruleOut(f, u"token-location");
        } else {
            confirmCause(f, u"token-location"_s,
                         Diagnosis::tr("validate-jwt on %1 reads the token from header %2, and the request has no such header.").arg(where, headerName));
            ruleOut(f, u"no-authorization-header");
        }
        return;
    }
    const QString scheme = p.attribute(u"require-scheme"_s);
    if (!scheme.isEmpty() && headerName.compare("Authorization"_L1, Qt::CaseInsensitive) == 0 && !header.isEmpty()
        && !QString::fromLatin1(header).startsWith(scheme + u' ', Qt::CaseInsensitive)) {
        confirmCause(f, u"bearer-scheme"_s, Diagnosis::tr("validate-jwt on %1 requires the scheme \"%2 \" before the token.").arg(where, scheme),
                     Diagnosis::tr("The Authorization header lacks the \"Bearer \" scheme."));
        return;
    }
    const std::optional<Jwt> jwt = decodeJwt(header);
    if (!jwt)
        return;
    const QStringList tokenAudiences = jwt->audiences();
    bool audienceOk = audiences.isEmpty();
    for (const QString &a : tokenAudiences)
        audienceOk = audienceOk || audiences.contains(a);
    const bool issuerOk = issuers.isEmpty() || issuers.contains(jwt->issuer());
    if (const auto exp = jwt->expires(); exp && f.id == "apim.jwt.expired"_L1) {
        const qint64 skew = p.attribute(u"clock-skew"_s, u"0"_s).toLongLong();
        if (exp->addSecs(skew) <= in.now)
            confirmCause(f, u"expired"_s, Diagnosis::tr("the token expired %1, and validate-jwt on %2 allows a clock skew of %3 s.")
                                               .arg(relative(*exp, in.now), where, QString::number(skew)));
    }
    if (!audienceOk)
        confirmCause(f, u"audience"_s,
                     Diagnosis::tr("validate-jwt on %1 expects audience %2; your token has %3.")
                         .arg(where, audiences.join(Diagnosis::tr(" or ")), tokenAudiences.isEmpty() ? Diagnosis::tr("none") : tokenAudiences.join(u", "_s)));
    else
        ruleOut(f, u"audience", Diagnosis::tr("The token's audience is one the policy accepts."));
    if (!issuerOk)
        confirmCause(f, u"issuer"_s,
                     Diagnosis::tr("validate-jwt on %1 expects issuer %2; your token comes from %3.")
                         .arg(where, issuers.join(Diagnosis::tr(" or ")), jwt->issuer().isEmpty() ? Diagnosis::tr("none") : jwt->issuer()));
    else
        ruleOut(f, u"issuer", Diagnosis::tr("The token's issuer is one the policy accepts."));
}

void confirmBackend(Finding &f, const ManagementSnapshot &m)
{
    if (!m.policiesRead || !m.api)
        return;
    if (m.expressionScopes.isEmpty())
        ruleOut(f, u"policy-expression", Diagnosis::tr("No policy in the scopes of this call uses an expression."));
    else
        f.evidence.append({Diagnosis::tr("Policy expressions in"), m.expressionScopes.join(u", "_s)});
}

// The step of an APIM trace that failed confirms the cause it names (FACTS.md §4.2, §4.3).
void confirmFromTrace(Finding &f, const ApimTrace &trace)
{
    f.evidence.append({Diagnosis::tr("APIM trace"), trace.traceId});
    const ApimTraceEntry *failed = trace.failure();
    if (!failed || f.confirmation == Confirmation::Confirmed)
        return;
    const QString step = Diagnosis::tr("the APIM trace shows %1 (%2) %3.").arg(failed->source, failed->section, failed->summary());
    f.evidence.append({Diagnosis::tr("Failing step"), failed->source + u": "_s + failed->summary()});
    static const QHash<QString, QString> causeOf{{u"BackendConnectionFailure"_s, u"backend-unreachable"_s},
                                                 {u"Timeout"_s, u"backend-timeout"_s},
                                                 {u"ExpressionValueEvaluationFailure"_s, u"policy-expression"_s},
                                                 {u"CallerIpNotAllowed"_s, u"ip-not-allowed"_s},
                                                 {u"CallerIpBlocked"_s, u"ip-not-allowed"_s},
                                                 {u"TokenAudienceNotAllowed"_s, u"audience"_s},
                                                 {u"TokenIssuerNotAllowed"_s, u"issuer"_s},
                                                 {u"TokenExpired"_s, u"expired"_s},
                                                 {u"RateLimitExceeded"_s, u"rate-limit-policy"_s},
                                                 {u"QuotaExceeded"_s, u"quota-policy"_s}};
    const QString id = causeOf.value(failed->reason());
    if (id.isEmpty())
        return;
    if (cause(f, id) || (id == "rate-limit-policy"_L1 && f.id == "apim.throttle.rate-limit"_L1) || (id == "quota-policy"_L1 && f.id.startsWith("apim.quota."_L1)))
        confirmCause(f, id, step);
    if (f.id == "apim.backend.failure"_L1 && f.confirmation == Confirmation::Confirmed)
        ruleOutOthers(f, {u"backend-tls"_s, u"backend-unreachable"_s, u"backend-timeout"_s, u"policy-expression"_s});
}

void confirm(Finding &f, const DiagnosisInput &in, const ManagementSnapshot &m)
{
    for (const QString &note : m.notes)
        f.evidence.append({Diagnosis::tr("Management API"), note});
    if (f.id == "apim.key.invalid"_L1 || f.id == "apim.key.whitespace"_L1)
        confirmKeyInvalid(f, in, m);
    else if (f.id.startsWith("apim.key."_L1))
        confirmKeyMissing(f, in, m);
    else if (f.id == "apim.route.not-found"_L1)
        confirmRoute(f, in, m);
    else if (f.id.startsWith("apim.throttle."_L1) || f.id.startsWith("apim.quota."_L1))
        confirmThrottle(f, m);
    else if (f.id == "apim.access.ip-filter"_L1)
        confirmIpFilter(f, in, m);
    else if (f.id.startsWith("apim.jwt."_L1))
        confirmJwt(f, in, m);
    else if (f.id == "apim.backend.failure"_L1)
        confirmBackend(f, m);
}

int rankOf(Confirmation c)
{
    return c == Confirmation::Confirmed ? 0 : c == Confirmation::Unknown ? 1 : 2;
}

// Confirmed causes first, ruled-out ones last; the confidence follows the evidence.
void rank(Finding &f)
{
    double unknownMass = 0;
    double confirmedCount = 0;
    for (const FindingCause &c : std::as_const(f.rankedCauses)) {
        if (c.confirmation == Confirmation::Unknown)
            unknownMass += c.confidence;
        if (c.confirmation == Confirmation::Confirmed)
            confirmedCount += 1;
    }
    if (f.confirmation != Confirmation::Unknown) {
        const double left = confirmedCount > 0 ? 0.05 : 1.0; // what the unconfirmed causes still share
        for (FindingCause &c : f.rankedCauses) {
            if (c.confirmation == Confirmation::Confirmed)
                c.confidence = (1.0 - (unknownMass > 0 ? left : 0.0)) / confirmedCount;
            else if (c.confirmation == Confirmation::RuledOut)
                c.confidence = 0;
            else if (unknownMass > 0)
                c.confidence = c.confidence / unknownMass * (confirmedCount > 0 ? left : 1.0);
        }
    } else {
        for (FindingCause &c : f.rankedCauses) {
            if (c.confirmation == Confirmation::RuledOut)
                c.confidence = 0;
            else if (unknownMass > 0)
                c.confidence = c.confidence / unknownMass;
        }
    }
    if (f.confirmation == Confirmation::Confirmed)
        f.confidence = 1.0;
    else if (f.confirmation == Confirmation::RuledOut)
        f.confidence = std::min(f.confidence, 0.1);
    std::stable_sort(f.rankedCauses.begin(), f.rankedCauses.end(), [](const FindingCause &a, const FindingCause &b) {
        if (rankOf(a.confirmation) != rankOf(b.confirmation))
            return rankOf(a.confirmation) < rankOf(b.confirmation);
        return a.confidence > b.confidence;
    });
    f.causes.clear();
    for (const FindingCause &c : std::as_const(f.rankedCauses))
        f.causes.append(c.text);
}

} // namespace

QByteArray sentSubscriptionKey(const SentRequest &sent, const std::optional<ApimProfile> &profile)
{
    QList<QByteArray> names;
    if (profile)
        names.append(profile->headerName);
    for (const QByteArray &name : keyLikeHeaders()) {
        if (name.compare("Authorization", Qt::CaseInsensitive) != 0)
            names.append(name);
    }
    // A saved exchange has its keys masked ("•••", "abcd…wxyz"): that is no key to match.
    const auto unmasked = [](const QByteArray &key) {
        return key.contains("\xe2\x80\xa2") || key.contains("\xe2\x80\xa6") ? QByteArray() : key;
    };
    for (const QByteArray &name : std::as_const(names)) {
        if (hasHeader(sent.headers, name))
            return unmasked(headerValue(sent.headers, name).trimmed());
    }
    const QUrlQuery query(sent.url);
    for (const QString &name : {profile ? profile->queryName : u"subscription-key"_s, u"subscription-key"_s}) {
        if (query.hasQueryItem(name))
            return unmasked(query.queryItemValue(name, QUrl::FullyDecoded).toUtf8().trimmed());
    }
    return {};
}

QString confirmationName(Confirmation confirmation)
{
    switch (confirmation) {
    case Confirmation::Confirmed: return u"confirmed"_s;
    case Confirmation::RuledOut: return u"ruled-out"_s;
    case Confirmation::Unknown: break;
    }
    return u"unknown"_s;
}

QList<Finding> diagnose(const DiagnosisInput &in)
{
    return diagnose(in, std::nullopt);
}

QList<Finding> diagnose(const DiagnosisInput &in, const std::optional<ManagementSnapshot> &management)
{
    QList<Finding> findings = applyRules(in);
    for (Finding &f : findings) {
        assignPriors(f);
        if (management)
            confirm(f, in, *management);
        if (in.trace)
            confirmFromTrace(f, *in.trace);
        rank(f);
    }
    // Ruled-out findings drop below the others; confirmed ones lead.
    std::stable_sort(findings.begin(), findings.end(),
                     [](const Finding &a, const Finding &b) { return rankOf(a.confirmation) < rankOf(b.confirmation); });
    return findings;
}

} // namespace gatehouse
