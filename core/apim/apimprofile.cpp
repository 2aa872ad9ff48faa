// SPDX-License-Identifier: GPL-3.0-or-later
#include "apim/apimprofile.h"

#include "http/redaction.h"

#include <QCoreApplication>
#include <QUrlQuery>

using namespace Qt::StringLiterals;

namespace gatehouse {

bool ApimProfile::isGatewayUrl(const QUrl &url) const
{
    const QString host = url.host().toLower();
    if (host.isEmpty())
        return false;
    const int port = url.port(url.scheme() == "https"_L1 ? 443 : 80);
    for (const QString &entry : gatewayHosts) {
        const QString e = entry.trimmed().toLower();
        if (e.isEmpty())
            continue;
        // host:port, but not an IPv6 literal without brackets.
        const qsizetype colon = e.lastIndexOf(u':');
        if (colon > 0 && !e.first(colon).contains(u':')) {
            bool ok = false;
            const int p = e.sliced(colon + 1).toInt(&ok);
            if (ok && e.first(colon) == host && p == port)
                return true;
            continue;
        }
        QString bare = e;
        if (bare.startsWith(u'[') && bare.endsWith(u']'))
            bare = bare.mid(1, bare.size() - 2);
        if (bare == host)
            return true;
    }
    return false;
}

KeyInjection injectSubscriptionKey(HttpRequest &request, const ApimProfile &profile)
{
    if (!profile.isGatewayUrl(request.url)) {
        return {KeyInjection::Outcome::NotGatewayHost,
                QCoreApplication::translate("gatehouse::ApimProfile", "%1 is not a gateway host of this environment; the subscription key was not sent.").arg(request.url.host())};
    }
    const QUrlQuery query(request.url);
    const bool headerPresent = hasHeader(request.headers, profile.headerName)
        || hasHeader(request.headers, "Ocp-Apim-Subscription-Key");
    const bool queryPresent = query.hasQueryItem(profile.queryName) || query.hasQueryItem(u"subscription-key"_s);
    if (headerPresent || queryPresent) {
        return {KeyInjection::Outcome::UserProvided,
                QCoreApplication::translate("gatehouse::ApimProfile", "The request sets a subscription key itself; the environment's key was not added.")};
    }
    if (profile.subscriptionKey.isEmpty()) {
        return {KeyInjection::Outcome::NoKey, QCoreApplication::translate("gatehouse::ApimProfile", "This environment has no subscription key yet; none was sent.")};
    }
    const QByteArray masked = maskedKey(profile.subscriptionKey);
    const QString source = profile.environmentName.isEmpty() ? QCoreApplication::translate("gatehouse::ApimProfile", "the command line") : profile.environmentName;
    if (profile.keyLocation == ApimProfile::KeyLocation::Header) {
        request.headers.append({profile.headerName, profile.subscriptionKey});
        request.credentialHeaders.append(profile.headerName);
        request.injectedCredentials.append({profile.headerName, {}, source});
        KeyInjection injected{KeyInjection::Outcome::Injected,
                              QCoreApplication::translate("gatehouse::ApimProfile", "Subscription key added as header %1: %2 from %3.")
                                  .arg(QString::fromLatin1(profile.headerName), QString::fromUtf8(masked), source)};
        injected.maskedKey = masked;
        return injected;
    }
    QUrlQuery q(request.url);
    q.addQueryItem(profile.queryName, QString::fromLatin1(profile.subscriptionKey.toPercentEncoding()));
    request.url.setQuery(q);
    request.injectedCredentials.append({{}, profile.queryName, source});
    KeyInjection injected{KeyInjection::Outcome::Injected,
                          QCoreApplication::translate("gatehouse::ApimProfile", "Subscription key added as query parameter %1: %2 from %3.")
                              .arg(profile.queryName, QString::fromUtf8(masked), source)};
    injected.maskedKey = masked;
    return injected;
}

} // namespace gatehouse
