// SPDX-License-Identifier: GPL-3.0-or-later
#include "http/proxy.h"

#include <QCoreApplication>
#include <QHostAddress>
#include <QNetworkProxy>

using namespace Qt::StringLiterals;

namespace gatehouse {

Expected<QUrl> parseProxyUrl(const QString &text)
{
    QString t = text.trimmed();
    if (!t.contains(u"://"_s))
        t.prepend(u"http://"_s);
    const QUrl url(t, QUrl::StrictMode);
    const QString scheme = url.scheme().toLower();
    const bool knownScheme = scheme == "http"_L1 || scheme == "https"_L1 || scheme == "socks5"_L1 || scheme == "socks5h"_L1;
    if (!url.isValid() || url.host().isEmpty() || !knownScheme) {
        return std::unexpected(Error{Error::Code::InvalidArgument,
                                     QCoreApplication::translate("gatehouse::Proxy",
                                                                 "'%1' is not a proxy address; use http://host:port or socks5://host:port.")
                                         .arg(text)});
    }
    return url;
}

bool matchesNoProxy(const QUrl &url, const QStringList &patterns)
{
    const QString host = url.host().toLower();
    const int port = url.port(url.scheme() == "https"_L1 ? 443 : 80);
    for (QString p : patterns) {
        p = p.trimmed().toLower();
        if (p.isEmpty())
            continue;
        if (p == "*"_L1)
            return true;
        int onlyPort = -1;
        const qsizetype colon = p.lastIndexOf(u':');
        if (colon > 0 && !p.first(colon).contains(u':') && !p.startsWith(u'[')) {
            onlyPort = p.sliced(colon + 1).toInt();
            p.truncate(colon);
        }
        if (onlyPort > 0 && onlyPort != port)
            continue;
        if (p.startsWith("*."_L1))
            p.remove(0, 1);
        if (p.startsWith(u'.'))
            p.remove(0, 1);
        if (p.startsWith(u'[') && p.endsWith(u']'))
            p = p.mid(1, p.size() - 2);
        if (host == p || host.endsWith(u'.' + p))
            return true;
        // CIDR ranges such as 10.0.0.0/8
        if (p.contains(u'/')) {
            const auto subnet = QHostAddress::parseSubnet(p);
            const QHostAddress address(host);
            if (!address.isNull() && address.isInSubnet(subnet))
                return true;
        }
    }
    return false;
}

QStringList environmentNoProxy()
{
    QByteArray value = qgetenv("NO_PROXY");
    if (value.isEmpty())
        value = qgetenv("no_proxy");
    return QString::fromLocal8Bit(value).split(u',', Qt::SkipEmptyParts);
}

ProxyFactory::ProxyFactory(ProxySettings settings)
    : m_settings(std::move(settings))
    , m_noProxy(m_settings.noProxy + environmentNoProxy())
{
}

QList<QNetworkProxy> ProxyFactory::queryProxy(const QNetworkProxyQuery &query)
{
    const QUrl url = query.url();
    const QHostAddress address(url.host());
    const bool loopback = url.host().compare("localhost"_L1, Qt::CaseInsensitive) == 0 || (!address.isNull() && address.isLoopback());
    if (loopback || m_settings.mode == ProxySettings::Mode::None || matchesNoProxy(url, m_noProxy))
        return {QNetworkProxy::NoProxy};
    if (m_settings.mode == ProxySettings::Mode::System)
        return QNetworkProxyFactory::systemProxyForQuery(query);
    const QUrl &p = m_settings.proxy;
    const bool socks = p.scheme().startsWith("socks"_L1, Qt::CaseInsensitive);
    QNetworkProxy proxy(socks ? QNetworkProxy::Socks5Proxy : QNetworkProxy::HttpProxy, p.host(), quint16(p.port(socks ? 1080 : 8080)),
                        p.userName(QUrl::FullyDecoded), p.password(QUrl::FullyDecoded));
    // As curl: socks5h:// lets the proxy resolve host names, socks5:// resolves them here and
    // hands the proxy an address.
    if (socks && p.scheme().compare("socks5h"_L1, Qt::CaseInsensitive) != 0)
        proxy.setCapabilities(proxy.capabilities() & ~QNetworkProxy::HostNameLookupCapability);
    return {proxy};
}

} // namespace gatehouse
