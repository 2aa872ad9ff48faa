// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "error.h"

#include <QNetworkProxyFactory>
#include <QStringList>
#include <QUrl>

namespace gatehouse {

struct ProxySettings {
    enum class Mode {
        System, // the desktop's or the environment's (http_proxy, https_proxy, no_proxy)
        None,
        Manual,
    };
    Mode mode = Mode::System;
    QUrl proxy;          // http://[user:password@]host:port or socks5://host:port (Manual)
    QStringList noProxy; // hosts that go direct: "example.com" (and its subdomains), ".corp", "10.0.0.1", "*"
};

// "http://proxy:3128", "socks5://user:pw@host:1080", "proxy:3128" (http) -> settings for Manual.
[[nodiscard]] Expected<QUrl> parseProxyUrl(const QString &text);

// NO_PROXY semantics as curl and most tools read them: a pattern matches the host itself and its
// subdomains, a leading dot or "*." changes nothing, "*" matches everything, host:port only that port.
bool matchesNoProxy(const QUrl &url, const QStringList &patterns);

// The NO_PROXY / no_proxy entries of this process's environment.
QStringList environmentNoProxy();

// Decides the proxy for each connection. Loopback addresses always go direct: the APIM
// simulator and local services are never sent through a corporate proxy.
class ProxyFactory : public QNetworkProxyFactory
{
public:
    explicit ProxyFactory(ProxySettings settings);
    QList<QNetworkProxy> queryProxy(const QNetworkProxyQuery &query) override;

private:
    ProxySettings m_settings;
    QStringList m_noProxy;
};

} // namespace gatehouse
