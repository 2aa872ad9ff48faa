// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "http/exchange.h"
#include "http/httprequest.h"
#include "http/proxy.h"

#include <QHash>
#include <QObject>

class QNetworkAccessManager;

namespace gatehouse {

// The one HTTP path for GUI and CLI. Sending never blocks: send() returns an Exchange at once,
// and the Exchange reports exactly one finished() later, on the event loop.
class HttpClient : public QObject
{
    Q_OBJECT
public:
    explicit HttpClient(QObject *parent = nullptr);
    ~HttpClient() override;

    // The Exchange is a child of this client; delete it (or deleteLater) when done with it.
    [[nodiscard]] Exchange *send(const HttpRequest &request);

    QNetworkAccessManager *networkAccessManager() const { return m_nam; }

    // Applies to exchanges started from now on; pooled connections are dropped.
    void setProxySettings(const ProxySettings &settings);

    static QByteArray defaultUserAgent();

private:
    friend class Exchange;
    // Qt pools connections by scheme, host and port only: a connection opened with verification
    // off must never carry a later request that wants it on. Drops pooled connections when the
    // TLS options for an origin change.
    void prepareConnection(const QUrl &url, const TlsOptions &tls);

    QNetworkAccessManager *m_nam;
    QHash<QString, QByteArray> m_tlsFingerprints;
};

} // namespace gatehouse
