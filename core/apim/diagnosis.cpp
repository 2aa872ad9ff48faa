// SPDX-License-Identifier: GPL-3.0-or-later
#include "apim/diagnosis.h"

#include "apim/jwt.h"

#include <QCoreApplication>
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
            f.causes.append(Diagnosis::tr("The key is under a header name the API does not use (%1). APIs can rename the key header; "
                                          "habits from other services (api-key, x-api-key, Authorization) do not carry over.")
                                .arg(QString::fromLatin1(sentUnder)));
            f.causes.append(Diagnosis::tr("The publisher renamed the API's key header and this request still uses the old name."));
            f.fix = FixAction{FixAction::Kind::RenameHeader, Diagnosis::tr("Send it as %1").arg(expected), sentUnder, expected.toLatin1(), {}, 0};
        } else if (in.keyInjection && in.keyInjection->outcome == KeyInjection::Outcome::NotGatewayHost) {
            f.id = u"apim.key.not-a-gateway-host"_s;
            f.title = Diagnosis::tr("The environment's key was not sent: %1 is not one of its gateway hosts").arg(sent.url.host());
            f.causes.append(Diagnosis::tr("Gatehouse only sends the subscription key to the gateway hosts listed in the environment, so it "
                                          "never leaks elsewhere. This host (a custom domain, a regional gateway, another instance?) is not "
                                          "in that list."));
            f.fix = FixAction{FixAction::Kind::AddGatewayHost, Diagnosis::tr("Add %1 as a gateway host").arg(sent.url.host()), {}, {}, sent.url.host(), 0};
        } else if (in.keyInjection && in.keyInjection->outcome == KeyInjection::Outcome::NoKey) {
            f.id = u"apim.key.none-configured"_s;
            f.causes.append(Diagnosis::tr("The environment has no subscription key yet. Get one from the developer portal (Profile) or "
                                          "from the Azure portal (APIM > Subscriptions)."));
            f.fix = FixAction{FixAction::Kind::SetSubscriptionKey, Diagnosis::tr("Set the subscription key…"), {}, {}, {}, 0};
        } else if (sentInQuery) {
            f.causes.append(Diagnosis::tr("The key is in a query parameter the API does not use: APIs can rename the query parameter too."));
        } else {
            f.causes.append(Diagnosis::tr("The request carries no key. Add your subscription key as header %1.").arg(expected));
            f.causes.append(Diagnosis::tr("You expected this API to be open: it requires a subscription, and no open product "
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
        f.causes.append(Diagnosis::tr("The key has spaces or a line break around it (a copy-and-paste accident)."));
        f.fix = FixAction{FixAction::Kind::TrimKey, Diagnosis::tr("Remove the whitespace"), sentUnder, {}, {}, 0};
    }
    f.causes.append(Diagnosis::tr("The API was never added to a product your key belongs to. This is the most common cause: a new API "
                                  "is in no product until someone adds it, and a product key only opens the APIs of its product."));
    f.causes.append(Diagnosis::tr("The key belongs to a subscription of another product (or another API) than the one containing this "
                                  "API: with several subscriptions it is easy to copy the wrong key."));
    f.causes.append(Diagnosis::tr("The subscription is not active: awaiting approval (submitted), suspended, cancelled, rejected or expired."));
    f.causes.append(Diagnosis::tr("The key is from another APIM instance or environment (dev vs prod), or it was regenerated."));
    f.causes.append(Diagnosis::tr("The key was created minutes ago: the gateway can take up to about 10 minutes to know it."));
    if (challenge && in.profile && !challenge->realm.isEmpty()) {
        const QUrl realm(challenge->realm);
        if (!realm.host().isEmpty() && !in.profile->isGatewayUrl(realm) && realm.host() != sent.url.host())
            f.causes.prepend(Diagnosis::tr("The gateway that answered (%1) is not this environment's gateway.").arg(realm.host()));
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
            f.causes.prepend(Diagnosis::tr("The token is expired; validate-jwt allows no clock skew unless configured. Get a new token."));
        }
    } else {
        f.causes.append(Diagnosis::tr("The token has no expiry (exp): validate-jwt requires one by default."));
    }
    if (const auto nbf = jwt.notBefore(); nbf && *nbf > now)
        f.causes.prepend(Diagnosis::tr("The token is not valid yet (nbf %1): check the clocks.").arg(relative(*nbf, now)));
    if (!jwt.audiences().isEmpty())
        f.evidence.append({Diagnosis::tr("Audience (aud)"), jwt.audiences().join(u", "_s)});
    if (!jwt.issuer().isEmpty())
        f.evidence.append({Diagnosis::tr("Issuer (iss)"), jwt.issuer()});
    if (jwt.entraTokenVersion() != 0)
        f.evidence.append({Diagnosis::tr("Entra ID token version"), QString::number(jwt.entraTokenVersion())});
    if (!jwt.signedToken)
        f.causes.append(Diagnosis::tr("The token is not signed: validate-jwt requires signed tokens by default."));
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

QList<Finding> diagnose(const DiagnosisInput &in)
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
    const std::optional<Envelope> envelope = parseEnvelope(r.body);
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
        f.causes.append(Diagnosis::tr("The Origin you send is not in the policy's allowed-origins; a desktop client does not need an Origin header at all."));
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
        f.causes.append(Diagnosis::tr("The API URL suffix is wrong: the first path segment(s) must be the API's suffix."));
        f.causes.append(Diagnosis::tr("The operation's path or template differs, or the operation does not accept %1.").arg(QString::fromLatin1(sent.method)));
        f.causes.append(Diagnosis::tr("The API is versioned and the version is missing or unknown (a path segment, a query parameter such as "
                                      "api-version, or a header such as Api-Version)."));
        f.causes.append(Diagnosis::tr("A revision is addressed wrongly (;rev=N belongs right after the API suffix) or is offline."));
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
            f.causes.append(Diagnosis::tr("The product's default policy is strict: the Starter product allows 5 calls per minute and 100 per week."));
            f.causes.append(Diagnosis::tr("It worked in the Azure portal's Test tab: that uses the built-in all-access key, which skips product policies."));
            f.causes.append(Diagnosis::tr("rate-limit-by-key counts per IP address: everyone behind the same NAT or proxy shares one counter."));
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
        f.causes.append(Diagnosis::tr("The product's quota is small (Starter: 100 calls per week)."));
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
        f.causes.append(Diagnosis::tr("Your IP address is not allowed. Behind Application Gateway or Front Door, the filter sees the proxy's "
                                      "address, not yours."));
        f.causes.append(Diagnosis::tr("Another access-restriction policy refused the call."));
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
                f.causes.append(Diagnosis::tr("The request has no Authorization header: send Authorization: Bearer <token>."));
            else if (!jwt)
                f.causes.append(Diagnosis::tr("The Authorization header does not hold a JWT."));
            f.causes.append(Diagnosis::tr("The policy reads the token from another header or query parameter."));
        } else {
            f.causes.append(Diagnosis::tr("The token was issued for another audience (aud): another app ID URI or client ID than the policy expects."));
            f.causes.append(Diagnosis::tr("Issuer mismatch: Entra ID v1 tokens come from sts.windows.net, v2 tokens from "
                                          "login.microsoftonline.com/…/v2.0; the policy accepts one of them."));
            f.causes.append(Diagnosis::tr("A required claim (roles, scp …) is missing or has another value."));
            if (!authorization.isEmpty() && !authorization.startsWith("Bearer ") && !authorization.startsWith("bearer "))
                f.causes.prepend(Diagnosis::tr("The Authorization header lacks the \"Bearer \" scheme."));
            if (jwt)
                addJwtEvidence(f, *jwt, in.now);
            else if (!authorization.isEmpty())
                f.causes.prepend(Diagnosis::tr("The Authorization header does not hold a JWT."));
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
        f.causes.append(Diagnosis::tr("The backend's TLS certificate is not trusted by APIM (self-signed, private CA, name mismatch)."));
        f.causes.append(Diagnosis::tr("The backend is unreachable or closes connections (intermittent under load: SNAT port exhaustion)."));
        f.causes.append(Diagnosis::tr("The backend took longer than forward-request's timeout (300 s by default, 30 s on Consumption and v2 tiers)."));
        f.causes.append(Diagnosis::tr("A policy expression failed, for example on a missing header or claim."));
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

} // namespace gatehouse
