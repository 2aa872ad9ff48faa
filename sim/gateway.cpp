// SPDX-License-Identifier: GPL-3.0-or-later
#include "gateway.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMessageAuthenticationCode>
#include <QRegularExpression>
#include <QUrl>
#include <QUrlQuery>
#include <QUuid>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace gatehouse::sim {

namespace {

// The gateway's wire texts (FACTS.md §3.2). They are protocol, not user interface: never translated.
constexpr auto missingKeyWire
    = "Access denied due to missing subscription key. Make sure to include subscription key when making requests to an API."_L1;
constexpr auto missingKeyDocumented
    = "Access denied due to missing subscription key. Make sure to include subscription key when making requests to this API."_L1;
constexpr auto invalidKeyCurrent
    = "Access denied due to invalid subscription key. Make sure to provide a valid key for an active subscription."_L1;
constexpr auto invalidKeyLegacy
    = "Access denied due to invalid subscription key. Make sure you are subscribed to an API you are trying to call and provide the right key."_L1;

const QByteArray jsonContentType = "application/json"_ba;

const SimHeaders::value_type *findHeader(const SimHeaders &headers, QByteArrayView name)
{
    for (const auto &header : headers) {
        if (name.compare(header.first, Qt::CaseInsensitive) == 0)
            return &header;
    }
    return nullptr;
}

QByteArray jsonString(const QString &text)
{
    // ["text"] -> "text": QJsonDocument does the escaping.
    const QByteArray array = QJsonDocument(QJsonArray { text }).toJson(QJsonDocument::Compact);
    return array.sliced(1, array.size() - 2);
}

} // namespace

QByteArray GatewayResponse::header(QByteArrayView name) const
{
    const auto *h = findHeader(headers, name);
    return h ? h->second : QByteArray();
}

Gateway::Gateway(SimConfig config)
    : m_config(std::move(config))
    , m_clock([] { return QDateTime::currentDateTimeUtc(); })
{
}

QByteArray Gateway::errorBody(int status, const QString &message, const QString &activityId)
{
    // One line, a space after '{', after each ':' and ',' and before '}' (FACTS.md §3.1).
    QByteArray body = "{ \"statusCode\": " + QByteArray::number(status) + ", \"message\": " + jsonString(message);
    if (!activityId.isEmpty())
        body += ", \"activityId\": " + jsonString(activityId);
    return body + " }";
}

GatewayResponse Gateway::handle(const GatewayRequest &request)
{
    if (std::optional<GatewayResponse> answered = preflight(request))
        return std::move(*answered);

    const std::optional<Match> matched = match(request, request.method);
    if (!matched || !matched->operation)
        return gatewayError(404, u"Resource not found"_s, u"configuration"_s, u"OperationNotFound"_s);
    GatewayResponse response = process(request, *matched);
    traceIfAsked(request, *matched, response);
    return response;
}

GatewayResponse Gateway::process(const GatewayRequest &request, const Match &matched)
{
    std::variant<Context, GatewayResponse> authorized = authorize(request, matched);
    if (auto *refusal = std::get_if<GatewayResponse>(&authorized)) {
        refusal->apiId = matched.api->id;
        refusal->operationId = matched.operation->id;
        return std::move(*refusal);
    }
    const Context context = std::get<Context>(authorized);

    GatewayResponse response;
    Cors cors;
    if (std::optional<GatewayResponse> refused = applyPolicies(request, matched, context, cors))
        response = std::move(*refused);
    else
        response = callBackend(request, matched, context);
    response.headers.append(cors.headers);
    response.apiId = matched.api->id;
    response.operationId = matched.operation->id;
    response.subscriptionId = context.subscription ? context.subscription->id : QString();
    response.productId = context.product ? context.product->id : QString();
    return response;
}

std::optional<GatewayResponse> Gateway::preflight(const GatewayRequest &request) const
{
    // A CORS preflight is answered by the cors policy alone, unless the API has an OPTIONS
    // operation of its own; without a cors policy it is just an unmatched OPTIONS (FACTS.md §3.4).
    // It carries no key, so a cors policy at product scope never sees it.
    const auto *origin = findHeader(request.headers, "Origin");
    const auto *requested = findHeader(request.headers, "Access-Control-Request-Method");
    if (request.method != "OPTIONS" || !origin || !requested)
        return std::nullopt;
    const std::optional<Match> api = match(request, request.method);
    if (!api || api->operation)
        return std::nullopt;
    const std::optional<Match> target = match(request, requested->second.trimmed().toUpper());
    const Policy *policy = nullptr;
    QList<const QList<Policy> *> scopes = { &m_config.policies, &api->api->policies };
    if (target && target->operation)
        scopes.append(&target->operation->policies);
    for (const QList<Policy> *scope : scopes) {
        for (const Policy &p : *scope) {
            if (p.kind == Policy::Kind::Cors && !policy)
                policy = &p;
        }
    }
    if (!policy)
        return std::nullopt;

    const QString originText = QString::fromUtf8(origin->second).trimmed();
    const QString method = QString::fromLatin1(requested->second.trimmed());
    bool allowed = policy->allowedOrigins.contains(u"*"_s) || policy->allowedOrigins.contains(originText, Qt::CaseInsensitive);
    allowed = allowed && (policy->allowedMethods.contains(u"*"_s) || policy->allowedMethods.contains(method, Qt::CaseInsensitive));
    QStringList headers;
    if (const auto *requestedHeaders = findHeader(request.headers, "Access-Control-Request-Headers")) {
        for (const QString &h : QString::fromLatin1(requestedHeaders->second).split(u',', Qt::SkipEmptyParts))
            headers.append(h.trimmed());
    }
    for (const QString &h : std::as_const(headers))
        allowed = allowed && (policy->allowedHeaders.contains(u"*"_s) || policy->allowedHeaders.contains(h, Qt::CaseInsensitive));

    GatewayResponse response;
    response.apiId = api->api->id;
    response.errorSource = u"cors"_s;
    if (!allowed) {
        if (!policy->terminateUnmatchedRequest.value_or(m_config.behaviour.corsTerminateUnmatchedByDefault))
            return gatewayError(404, u"Resource not found"_s, u"configuration"_s, u"OperationNotFound"_s);
        return response; // an empty 200 without CORS headers
    }
    const bool wildcard = policy->allowedOrigins.contains(u"*"_s) && !policy->allowCredentials;
    response.headers.append({ "Access-Control-Allow-Origin"_ba, wildcard ? "*"_ba : origin->second.trimmed() });
    if (policy->allowCredentials)
        response.headers.append({ "Access-Control-Allow-Credentials"_ba, "true"_ba });
    response.headers.append({ "Access-Control-Allow-Methods"_ba, method.toLatin1() });
    if (!headers.isEmpty())
        response.headers.append({ "Access-Control-Allow-Headers"_ba, headers.join(u',').toLatin1() });
    if (policy->preflightResultMaxAge > 0)
        response.headers.append({ "Access-Control-Max-Age"_ba, QByteArray::number(policy->preflightResultMaxAge) });
    if (!wildcard)
        response.headers.append({ "Vary"_ba, "Origin"_ba });
    return response;
}

std::optional<GatewayResponse> Gateway::applyCors(const Policy &policy, const GatewayRequest &request, Cors &cors) const
{
    const auto *origin = findHeader(request.headers, "Origin");
    if (cors.seen || !origin)
        return std::nullopt; // no Origin: "not cross-domain. CORS policy was not applied."
    cors.seen = true;
    const QString originText = QString::fromUtf8(origin->second).trimmed();
    const bool allowed = (policy.allowedOrigins.contains(u"*"_s) || policy.allowedOrigins.contains(originText, Qt::CaseInsensitive))
        && (policy.allowedMethods.contains(u"*"_s)
            || policy.allowedMethods.contains(QString::fromLatin1(request.method), Qt::CaseInsensitive));
    if (!allowed) {
        // terminate-unmatched-request: a GET or HEAD from a foreign origin ends as an empty 200 (§3.2 row 20).
        if ((request.method == "GET" || request.method == "HEAD")
            && policy.terminateUnmatchedRequest.value_or(m_config.behaviour.corsTerminateUnmatchedByDefault)) {
            GatewayResponse response;
            response.errorSource = u"cors"_s;
            return response;
        }
        return std::nullopt;
    }
    const bool wildcard = policy.allowedOrigins.contains(u"*"_s) && !policy.allowCredentials;
    cors.headers.append({ "Access-Control-Allow-Origin"_ba, wildcard ? "*"_ba : origin->second.trimmed() });
    if (policy.allowCredentials)
        cors.headers.append({ "Access-Control-Allow-Credentials"_ba, "true"_ba });
    if (!policy.exposeHeaders.isEmpty())
        cors.headers.append({ "Access-Control-Expose-Headers"_ba, policy.exposeHeaders.join(u',').toLatin1() });
    return std::nullopt;
}

std::optional<Gateway::Match> Gateway::match(const GatewayRequest &request, const QByteArray &method) const
{
    const Qt::CaseSensitivity cs = m_config.behaviour.caseSensitivePaths ? Qt::CaseSensitive : Qt::CaseInsensitive;

    // Raw (still encoded) segments; a revision marker ";rev=N" may end the API suffix or the version
    // segment ("/orders;rev=3/items", FACTS.md §3.3).
    QList<QStringView> raw;
    for (const QStringView part : QStringView(request.path).tokenize(u'/', Qt::SkipEmptyParts))
        raw.append(part);
    QStringList segments;
    qsizetype revisionAt = -1;
    QString revision;
    static const QRegularExpression marker(u";rev=([0-9]+)$"_s);
    for (qsizetype i = 0; i < raw.size(); ++i) {
        QString segment = raw.at(i).toString();
        if (const QRegularExpressionMatch m = marker.match(segment); m.hasMatch() && revisionAt < 0) {
            revisionAt = i;
            revision = m.captured(1);
            segment.truncate(m.capturedStart());
        }
        segments.append(QUrl::fromPercentEncoding(segment.toUtf8()));
    }
    const QUrlQuery query(request.query);

    // The current API whose suffix (and version) consumes the most segments.
    const Api *best = nullptr;
    qsizetype bestConsumed = -1;
    for (const Api &api : m_config.apis) {
        if (!api.isCurrent)
            continue;
        const QStringList suffix = pathSegments(api.path);
        if (suffix.size() > segments.size())
            continue;
        bool prefix = true;
        for (qsizetype i = 0; i < suffix.size() && prefix; ++i)
            prefix = segments.at(i).compare(suffix.at(i), cs) == 0;
        if (!prefix)
            continue;
        qsizetype consumed = suffix.size();
        if (const VersionSet *set = m_config.versionSet(api.versionSetId)) {
            // A missing or unknown version matches nothing: 404 before any key check (§3.3, §6 row 30).
            switch (set->scheme) {
            case VersionSet::Scheme::Segment:
                if (!api.apiVersion.isEmpty()) {
                    if (consumed >= segments.size() || segments.at(consumed).compare(api.apiVersion, cs) != 0)
                        continue;
                    ++consumed;
                }
                break;
            case VersionSet::Scheme::Query:
                if (api.apiVersion.isEmpty() ? query.hasQueryItem(set->queryName)
                                             : query.queryItemValue(set->queryName, QUrl::FullyDecoded) != api.apiVersion)
                    continue;
                break;
            case VersionSet::Scheme::Header: {
                const auto *header = findHeader(request.headers, set->headerName.toLatin1());
                if (api.apiVersion.isEmpty() ? header != nullptr
                                             : (!header || QString::fromUtf8(header->second).trimmed() != api.apiVersion))
                    continue;
                break;
            }
            }
        }
        // The revision marker belongs on the last segment consumed, nowhere else.
        if (revisionAt >= 0 && revisionAt != consumed - 1)
            continue;
        if (consumed > bestConsumed) {
            best = &api;
            bestConsumed = consumed;
        }
    }
    if (!best)
        return std::nullopt;

    // ";rev=N" picks that revision if it is online; without it the current one answers.
    if (revisionAt >= 0 && revision != best->apiRevision) {
        const Api *chosen = nullptr;
        for (const Api &api : m_config.apis) {
            if (api.id == best->id && api.apiRevision == revision)
                chosen = &api;
        }
        if (!chosen || !chosen->isOnline)
            return std::nullopt;
        best = chosen;
    }

    QString rest;
    for (qsizetype i = bestConsumed; i < raw.size(); ++i)
        rest += u'/' + raw.at(i).toString();
    for (const Operation &operation : best->operations) {
        if (operation.method != method)
            continue; // a wrong method is "not found" too, never 405 (FACTS.md §3.3)
        if (std::optional<QHash<QString, QString>> parameters = operation.urlTemplate.match(rest, cs))
            return Match { best, &operation, std::move(*parameters), rest };
    }
    return Match { best, nullptr, {}, rest };
}

bool Gateway::productCallable(const Product &product) const
{
    return product.published || m_config.behaviour.unpublishedProductsCallable;
}

bool Gateway::covers(const Subscription &subscription, const Api &api) const
{
    switch (subscription.scopeKind) {
    case Subscription::ScopeKind::Service:
    case Subscription::ScopeKind::AllApis: return true;
    case Subscription::ScopeKind::Api: return subscription.scopeTarget == api.id;
    case Subscription::ScopeKind::Product:
        if (const Product *product = m_config.product(subscription.scopeTarget))
            return product->apis.contains(api.id) && productCallable(*product);
        return false;
    }
    return false;
}

const Product *Gateway::openProductOf(const Api &api) const
{
    for (const Product &product : m_config.products) {
        if (!product.subscriptionRequired && product.apis.contains(api.id) && productCallable(product))
            return &product;
    }
    return nullptr;
}

std::variant<Gateway::Context, GatewayResponse> Gateway::authorize(const GatewayRequest &request, const Match &match) const
{
    const Api &api = *match.api;
    const Behaviour &behaviour = m_config.behaviour;

    // The configured header first; the query parameter only when the header is absent (FACTS.md §2.1).
    QString key;
    if (const auto *header = findHeader(request.headers, api.keyHeaderName.toLatin1()))
        key = QString::fromUtf8(header->second).trimmed();
    else
        key = QUrlQuery(request.query).queryItemValue(api.keyQueryName, QUrl::FullyDecoded);

    // Keyless access: an open product that contains the API, else the API itself if it needs no key.
    std::optional<Context> keyless;
    if (const Product *open = openProductOf(api))
        keyless = Context { nullptr, open };
    else if (!api.subscriptionRequired)
        keyless = Context {};

    if (key.isEmpty()) {
        if (keyless)
            return *keyless;
        return keyError(request, api, true);
    }

    const Subscription *owner = nullptr;
    for (const Subscription &s : m_config.subscriptions) {
        if (s.primaryKey == key || (!s.secondaryKey.isEmpty() && s.secondaryKey == key)) {
            owner = &s;
            break;
        }
    }
    const QDateTime now = m_clock();
    const bool propagating = owner && owner->createdDate.isValid() && behaviour.keyPropagationDelay.count() > 0
        && owner->createdDate.secsTo(now) < behaviour.keyPropagationDelay.count();
    const bool inScope = owner && covers(*owner, api);
    if (owner && !propagating && inScope && owner->state == Subscription::State::Active) {
        const Product *product = owner->scopeKind == Subscription::ScopeKind::Product ? m_config.product(owner->scopeTarget) : nullptr;
        return Context { owner, product };
    }
    // A key that does not open this API: 401 even where no key is needed, as documented (§2.3),
    // unless the switch says such keys are ignored.
    if (keyless && !behaviour.rejectInvalidKeyOnOpenApi)
        return *keyless;
    if (owner && !propagating && inScope && behaviour.inactiveSubscription == Behaviour::InactiveSubscription::Forbidden) {
        GatewayResponse forbidden = gatewayError(403, invalidKeyCurrent, u"authorization"_s, u"SubscriptionKeyInvalid"_s);
        forbidden.subscriptionId = owner->id;
        return forbidden;
    }
    GatewayResponse invalid = keyError(request, api, false);
    if (owner)
        invalid.subscriptionId = owner->id;
    return invalid;
}

std::optional<GatewayResponse> Gateway::applyPolicies(const GatewayRequest &request, const Match &match, const Context &context, Cors &cors)
{
    // Scope order global -> product -> API -> operation (FACTS.md §1 step 5). Product policies run
    // only in a product context: not for all-access, all-APIs or API-scoped keys (§2.4).
    for (const Policy &policy : m_config.policies) {
        if (std::optional<GatewayResponse> refused = applyPolicy(policy, request, cors))
            return refused;
    }
    if (context.product) {
        for (const Policy &policy : context.product->policies) {
            if (std::optional<GatewayResponse> refused = applyPolicy(policy, request, cors))
                return refused;
        }
        // rate-limit and quota count per subscription, so keyless calls through an open product
        // are not counted (§3.2 row 4).
        if (context.subscription) {
            if (std::optional<GatewayResponse> refused = applyRateLimitAndQuota(*context.product, *context.subscription))
                return refused;
        }
    }
    for (const QList<Policy> *scope : { &match.api->policies, &match.operation->policies }) {
        for (const Policy &policy : *scope) {
            if (std::optional<GatewayResponse> refused = applyPolicy(policy, request, cors))
                return refused;
        }
    }
    return std::nullopt;
}

std::optional<GatewayResponse> Gateway::applyRateLimitAndQuota(const Product &product, const Subscription &subscription)
{
    const qint64 now = m_clock().toMSecsSinceEpoch();
    if (product.rateLimit) {
        const Throttle::Verdict verdict = m_throttle.rateLimit(subscription.id, *product.rateLimit, now);
        if (!verdict.allowed) {
            const QString seconds = QString::number(verdict.retryAfter.count());
            GatewayResponse response = gatewayError(
                429, u"Rate limit is exceeded. Try again in %1 seconds."_s.arg(seconds), u"rate-limit"_s, u"RateLimitExceeded"_s);
            response.headers.append({ "Retry-After"_ba, seconds.toLatin1() });
            return response;
        }
    }
    if (product.quota) {
        const qint64 start = subscription.createdDate.isValid() ? subscription.createdDate.toMSecsSinceEpoch() : -1;
        const Throttle::Verdict verdict = m_throttle.quota(subscription.id, *product.quota, start, now);
        if (!verdict.allowed) {
            GatewayResponse response
                = gatewayError(403, u"Out of call volume quota. Quota will be replenished in %1."_s.arg(formatTimeSpan(verdict.retryAfter)),
                    u"quota"_s, u"QuotaExceeded"_s);
            response.headers.append({ "Retry-After"_ba, QByteArray::number(verdict.retryAfter.count()) });
            return response;
        }
    }
    return std::nullopt;
}

std::optional<GatewayResponse> Gateway::applyPolicy(const Policy &policy, const GatewayRequest &request, Cors &cors) const
{
    switch (policy.kind) {
    case Policy::Kind::IpFilter: {
        const QHostAddress peer = request.peer;
        bool listed = false;
        for (const QHostAddress &address : policy.addresses)
            listed = listed || address.isEqual(peer, QHostAddress::TolerantConversion);
        bool ok = false;
        const quint32 v4 = peer.toIPv4Address(&ok);
        for (const auto &[from, to] : policy.ranges)
            listed = listed || (ok && v4 >= from.toIPv4Address() && v4 <= to.toIPv4Address());
        if (policy.allow && !listed)
            return gatewayError(403, u"Forbidden"_s, u"ip-filter"_s, u"CallerIpNotAllowed"_s);
        if (!policy.allow && listed)
            return gatewayError(403, u"Forbidden"_s, u"ip-filter"_s, u"CallerIpBlocked"_s);
        return std::nullopt;
    }
    case Policy::Kind::CheckHeader: {
        const auto *header = findHeader(request.headers, policy.headerName.toLatin1());
        if (!header)
            return gatewayError(policy.failedStatus, policy.failedMessage, u"check-header"_s, u"HeaderNotFound"_s);
        if (policy.values.isEmpty())
            return std::nullopt;
        const QString value = QString::fromUtf8(header->second).trimmed();
        for (const QString &allowed : policy.values) {
            if (value.compare(allowed, policy.ignoreCase ? Qt::CaseInsensitive : Qt::CaseSensitive) == 0)
                return std::nullopt;
        }
        return gatewayError(policy.failedStatus, policy.failedMessage, u"check-header"_s, u"HeaderValueNotAllowed"_s);
    }
    case Policy::Kind::ValidateJwt: return validateJwt(policy, request);
    case Policy::Kind::Cors: return applyCors(policy, request, cors);
    }
    return std::nullopt;
}

std::optional<GatewayResponse> Gateway::validateJwt(const Policy &policy, const GatewayRequest &request) const
{
    const auto refuse = [&](bool missing, const QString &reason) {
        QString message = policy.failedMessage;
        if (message.isEmpty() && missing)
            message = m_config.behaviour.jwtMissingMessage == Behaviour::JwtMissingMessage::Current
                ? u"JWT not present."_s
                : u"JWT not found in the request. Access denied."_s;
        if (message.isEmpty())
            message = u"Invalid JWT."_s;
        return gatewayError(policy.failedStatus, message, u"validate-jwt"_s, reason);
    };

    QString token;
    if (const auto *header = findHeader(request.headers, policy.tokenHeaderName.toLatin1())) {
        token = QString::fromUtf8(header->second).trimmed();
        // require-scheme only works with the Authorization header (FACTS.md §3.2 notes on rows 9-11).
        const bool authorization = policy.tokenHeaderName.compare(u"Authorization"_s, Qt::CaseInsensitive) == 0;
        if (authorization && !policy.requireScheme.isEmpty()) {
            if (!token.startsWith(policy.requireScheme + u' ', Qt::CaseInsensitive))
                return refuse(false, u"JwtInvalid"_s);
            token = token.sliced(policy.requireScheme.size() + 1).trimmed();
        } else if (token.startsWith(u"Bearer "_s, Qt::CaseInsensitive)) {
            token = token.sliced(7).trimmed();
        }
    } else if (!policy.tokenQueryName.isEmpty()) {
        token = QUrlQuery(request.query).queryItemValue(policy.tokenQueryName, QUrl::FullyDecoded);
    }
    if (token.isEmpty())
        return refuse(true, u"TokenNotPresent"_s);

    const QStringList parts = token.split(u'.');
    if (parts.size() != 3)
        return refuse(false, u"JwtInvalid"_s);
    const auto decode = [](const QString &part) {
        return QByteArray::fromBase64Encoding(part.toLatin1(), QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
    };
    const auto header = decode(parts.at(0));
    const auto payload = decode(parts.at(1));
    const auto signature = decode(parts.at(2));
    if (!header || !payload || !signature)
        return refuse(false, u"JwtInvalid"_s);
    const QJsonObject headerJson = QJsonDocument::fromJson(header.decoded).object();
    const QJsonObject claims = QJsonDocument::fromJson(payload.decoded).object();
    if (headerJson.isEmpty() || claims.isEmpty())
        return refuse(false, u"JwtInvalid"_s);
    if (headerJson.value(u"alg"_s).toString() != u"HS256"_s)
        return refuse(false, u"TokenSignatureInvalid"_s); // unsigned ("none") or an algorithm the key cannot check
    const QByteArray expected
        = QMessageAuthenticationCode::hash((parts.at(0) + u'.' + parts.at(1)).toLatin1(), policy.signingKey, QCryptographicHash::Sha256);
    if (expected != signature.decoded)
        return refuse(false, u"TokenSignatureInvalid"_s);

    const qint64 now = m_clock().toSecsSinceEpoch();
    const qint64 skew = policy.clockSkew.count();
    if (!claims.contains(u"exp"_s)) {
        if (policy.requireExpirationTime)
            return refuse(false, u"TokenExpired"_s);
    } else if (qint64(claims.value(u"exp"_s).toDouble()) + skew <= now) {
        return refuse(false, u"TokenExpired"_s);
    }
    if (claims.contains(u"nbf"_s) && qint64(claims.value(u"nbf"_s).toDouble()) - skew > now)
        return refuse(false, u"JwtInvalid"_s);
    if (!policy.issuers.isEmpty() && !policy.issuers.contains(claims.value(u"iss"_s).toString()))
        return refuse(false, u"TokenIssuerNotAllowed"_s);
    if (!policy.audiences.isEmpty()) {
        const QJsonValue aud = claims.value(u"aud"_s);
        QStringList audiences;
        if (aud.isArray()) {
            for (const QJsonValue &v : aud.toArray())
                audiences.append(v.toString());
        } else {
            audiences.append(aud.toString());
        }
        const bool allowed
            = std::any_of(audiences.cbegin(), audiences.cend(), [&](const QString &a) { return policy.audiences.contains(a); });
        if (!allowed)
            return refuse(false, u"TokenAudienceNotAllowed"_s);
    }
    return std::nullopt;
}

void Gateway::traceIfAsked(const GatewayRequest &request, const Match &match, GatewayResponse &response)
{
    const QDateTime now = m_clock();
    const auto *token = findHeader(request.headers, "Apim-Debug-Authorization");
    const auto *legacy = findHeader(request.headers, "Ocp-Apim-Trace");
    bool legacyTrace = false;
    if (!token && legacy && legacy->second.trimmed().compare("true", Qt::CaseInsensitive) == 0 && m_config.behaviour.legacyTracing
        && response.errorSource != u"authorization"_s) {
        // Only with the key of a subscription that allows tracing (FACTS.md §4.1).
        for (const Subscription &s : m_config.subscriptions)
            legacyTrace = legacyTrace || (s.id == response.subscriptionId && s.allowTracing);
    }
    if (!token && !legacyTrace)
        return;
    const DebugTracing::Check check = legacyTrace ? DebugTracing::Check { DebugTracing::Verdict::Valid, match.api->id, now }
                                                  : m_tracing.check(QString::fromUtf8(token->second).trimmed(), match.api->id, now);
    switch (check.verdict) {
    case DebugTracing::Verdict::Invalid: return; // not a token of this service: no tracing, no complaint
    case DebugTracing::Verdict::Expired:
        response.headers.append(
            { "Apim-Debug-Authorization-Expired"_ba, (u"Debug token expired at %1."_s.arg(check.expires.toString(Qt::ISODate))).toUtf8() });
        return;
    case DebugTracing::Verdict::WrongApi:
        response.headers.append({ "Apim-Debug-Authorization-WrongAPI"_ba,
            (u"Debug token was issued for the API '%1', not '%2'."_s.arg(check.apiId, match.api->id)).toUtf8() });
        return;
    case DebugTracing::Verdict::Valid: break;
    }

    // The shape of listTrace (FACTS.md §4.2): entries by section, each with source, timestamp,
    // elapsed and data. Keys are masked: traces get shared.
    const QString timestamp = now.toString(Qt::ISODateWithMs);
    const auto entry = [&](const QString &source, const QJsonObject &data) {
        return QJsonObject { { u"source"_s, source }, { u"timestamp"_s, timestamp }, { u"elapsed"_s, u"00:00:00.0000000"_s },
            { u"data"_s, data } };
    };
    QJsonArray headers;
    for (const auto &[name, value] : request.headers) {
        const bool secret = name.compare(match.api->keyHeaderName.toLatin1(), Qt::CaseInsensitive) == 0
            || name.compare("Authorization", Qt::CaseInsensitive) == 0
            || name.compare("Apim-Debug-Authorization", Qt::CaseInsensitive) == 0;
        headers.append(
            QJsonObject { { u"name"_s, QString::fromLatin1(name) }, { u"value"_s, secret ? u"***"_s : QString::fromUtf8(value) } });
    }
    QJsonArray inbound;
    inbound.append(entry(u"api-inspector"_s,
        { { u"request"_s,
            QJsonObject { { u"method"_s, QString::fromLatin1(request.method) }, { u"url"_s, QString(request.origin + request.path) },
                { u"headers"_s, headers } } } }));
    QJsonObject configuration { { u"api"_s, QJsonObject { { u"from"_s, QString(u'/' + match.api->path) }, { u"to"_s, QJsonValue::Null } } },
        { u"revision"_s, match.api->apiRevision },
        { u"operation"_s,
            QJsonObject { { u"method"_s, QString::fromLatin1(match.operation->method) },
                { u"uriTemplate"_s, match.operation->urlTemplate.text() } } },
        { u"user"_s, u"-"_s },
        { u"product"_s,
            response.productId.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(QJsonObject { { u"id"_s, response.productId } }) } };
    if (!match.api->versionSetId.isEmpty())
        configuration.insert(u"version"_s, match.api->apiVersion);
    inbound.append(entry(u"api-inspector"_s, { { u"configuration"_s, configuration } }));
    QJsonArray backend;
    if (response.errorSource == u"forward-request"_s) {
        backend.append(entry(u"forward-request"_s, { { u"message"_s, u"Request is being forwarded to the backend service."_s } }));
        backend.append(entry(u"forward-request"_s,
            { { u"messages"_s, QJsonArray { u"Error occured while calling backend service."_s } },
                { u"reason"_s, response.errorReason } }));
    } else if (!response.errorSource.isEmpty()) {
        inbound.append(entry(response.errorSource, { { u"reason"_s, response.errorReason }, { u"statusCode"_s, response.status } }));
    } else {
        backend.append(entry(u"forward-request"_s, { { u"message"_s, u"Request is being forwarded to the backend service."_s } }));
        backend.append(entry(
            u"forward-request"_s, { { u"response"_s, QJsonObject { { u"status"_s, QJsonObject { { u"code"_s, response.status } } } } } }));
    }
    QJsonArray outbound;
    outbound.append(entry(u"transfer-response"_s, { { u"message"_s, u"Response has been sent to the caller in full"_s } }));
    const QString traceId = m_tracing.store({ { u"serviceName"_s, m_config.serviceName },
        { u"traceEntries"_s, QJsonObject { { u"inbound"_s, inbound }, { u"backend"_s, backend }, { u"outbound"_s, outbound } } } });
    if (legacyTrace) {
        // The old flow pointed at a blob; this one points nowhere real, listTrace serves the trace.
        response.headers.append({ "Ocp-Apim-Trace-Location"_ba,
            "https://apimstfake.blob.core.windows.net/apiinspectorcontainer/" + traceId.toLatin1()
                + "?sv=2019-07-07&sr=b&sig=fake-signature&se=2099-01-01T00%3A00%3A00Z&sp=r" });
        return;
    }
    response.headers.append({ "Apim-Trace-Id"_ba, traceId.toLatin1() });
}

GatewayResponse Gateway::callBackend(const GatewayRequest &request, const Match &match, const Context &context) const
{
    const Backend &backend = match.operation->backend ? *match.operation->backend : match.api->backend;
    if (backend.kind == Backend::Kind::Failure) {
        if (backend.failure == Backend::Failure::Timeout)
            return backendFailure(u"Timeout"_s, backend.timeout);
        return backendFailure(u"BackendConnectionFailure"_s, backend.delay);
    }
    if (backend.delay >= backend.timeout)
        return backendFailure(u"Timeout"_s, backend.timeout);

    GatewayResponse response;
    response.delay = backend.delay;
    if (backend.kind == Backend::Kind::Static) {
        response.status = backend.status;
        response.headers = backend.headers;
        response.body = backend.body;
        return response;
    }

    // Echo: what the backend received. The key travels on to the backend unless a policy strips
    // it, which is APIM's default too (FACTS.md §2.1).
    QJsonObject headers;
    for (const auto &[name, value] : request.headers) {
        const QString n = QString::fromLatin1(name);
        const QString v = QString::fromUtf8(value);
        headers.insert(n, headers.contains(n) ? headers.value(n).toString() + u", "_s + v : v);
    }
    QJsonObject parameters;
    for (auto it = match.parameters.begin(); it != match.parameters.end(); ++it)
        parameters.insert(it.key(), it.value());
    QJsonObject apim { { u"api"_s, match.api->id }, { u"apiRevision"_s, match.api->apiRevision }, { u"operation"_s, match.operation->id },
        { u"templateParameters"_s, parameters } };
    if (!match.api->versionSetId.isEmpty())
        apim.insert(u"apiVersion"_s, match.api->apiVersion);
    if (context.subscription)
        apim.insert(u"subscription"_s, context.subscription->id);
    if (context.product)
        apim.insert(u"product"_s, context.product->id);
    const QJsonObject echo { { u"method"_s, QString::fromLatin1(request.method) },
        { u"path"_s, match.remainder.isEmpty() ? u"/"_s : match.remainder }, { u"query"_s, request.query }, { u"headers"_s, headers },
        { u"body"_s, QString::fromUtf8(request.body) }, { u"apim"_s, apim } };
    response.headers.append({ "Content-Type"_ba, "application/json; charset=utf-8"_ba });
    response.body = QJsonDocument(echo).toJson(QJsonDocument::Compact);
    return response;
}

GatewayResponse Gateway::gatewayError(int status, const QString &message, const QString &source, const QString &reason) const
{
    GatewayResponse response;
    response.status = status;
    response.headers.append({ "Content-Type"_ba, jsonContentType });
    response.body = errorBody(status, message);
    response.errorSource = source;
    response.errorReason = reason;
    return response;
}

GatewayResponse Gateway::keyError(const GatewayRequest &request, const Api &api, bool missing) const
{
    const Behaviour &behaviour = m_config.behaviour;
    const QString message = missing
        ? QString(behaviour.missingKeyMessage == Behaviour::MissingKeyMessage::Wire ? missingKeyWire : missingKeyDocumented)
        : QString(behaviour.invalidKeyMessage == Behaviour::InvalidKeyMessage::Current ? invalidKeyCurrent : invalidKeyLegacy);
    GatewayResponse response
        = gatewayError(401, message, u"authorization"_s, missing ? u"SubscriptionKeyNotFound"_s : u"SubscriptionKeyInvalid"_s);
    // realm = gateway origin + API suffix; name = the header this API expects (FACTS.md §2.2).
    const QString origin = behaviour.realm == Behaviour::Realm::RequestOrigin ? request.origin : m_config.gatewayUrl;
    const QByteArray challenge = "AzureApiManagementKey realm=\"" + (origin + u'/' + api.path).toUtf8() + "\",name=\""
        + api.keyHeaderName.toLatin1() + "\",type=\"header\"";
    response.headers.append({ "WWW-Authenticate"_ba, challenge });
    if (behaviour.varyOriginOnKeyErrors)
        response.headers.append({ "Vary"_ba, "Origin"_ba });
    return response;
}

GatewayResponse Gateway::backendFailure(const QString &reason, std::chrono::milliseconds after) const
{
    const QString activityId = m_config.behaviour.activityIdOn500 ? QUuid::createUuid().toString(QUuid::WithoutBraces) : QString();
    GatewayResponse response;
    response.status = 500;
    response.headers.append({ "Content-Type"_ba, jsonContentType });
    response.body = errorBody(500, u"Internal server error"_s, activityId);
    response.errorSource = u"forward-request"_s;
    response.errorReason = reason;
    response.delay = after;
    return response;
}

} // namespace gatehouse::sim
