// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "http/exchange.h"
#include "http/httprequest.h"
#include "http/oauth2.h"
#include "http/proxy.h"

#include <QHash>
#include <QNetworkCookieJar>
#include <QObject>
#include <QPointer>

#include <functional>

class QNetworkAccessManager;

namespace gatehouse {

class HttpAccessManager;

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

    QNetworkAccessManager *networkAccessManager() const;
    // Plain http:// without a proxy goes over Gatehouse's own HTTP/1.1 path unless this is off
    // (GATEHOUSE_HTTP_QT=1 turns it off at start); docs/http-engine.md.
    void setDirectHttpEnabled(bool on);
    bool isDirectHttpEnabled() const;

    // Applies to exchanges started from now on; pooled connections are dropped.
    void setProxySettings(const ProxySettings &settings);

    // The jar whose cookies exchanges send and which stores the cookies responses set (every hop
    // of a redirect chain); null (the default): no cookies are sent or kept. Not owned: the
    // workspace (or the CLI) keeps it and saves it.
    void setCookieJar(QNetworkCookieJar *jar);
    QNetworkCookieJar *cookieJar() const { return m_cookieJar; }

    // OAuth 2.0 tokens the exchanges got, reused until they expire. With a secret store they are
    // kept there too (never in workspace files) and survive the process.
    void setSecretStore(SecretStore *store) { m_tokens.setSecretStore(store); }
    OAuth2TokenCache &tokenCache() { return m_tokens; }

    // "Get token" in the auth editor: a token for request.oauth2 now, as sending would get one (with
    // the refresh token kept in the cache, else by client credentials), kept in the cache; done
    // gets it or why not, on context's thread. The authorization code grant without a refresh token
    // needs the browser (OAuth2AuthorizationCode): done gets an error saying so.
    void fetchOAuth2Token(const HttpRequest &request, QObject *context, std::function<void(const Expected<OAuth2Token> &)> done);

    static QByteArray defaultUserAgent();

private:
    friend class Exchange;
    // Qt pools connections by scheme, host and port only: a connection opened with verification
    // off must never carry a later request that wants it on. Drops pooled connections when the
    // TLS options for an origin change.
    void prepareConnection(const QUrl &url, const TlsOptions &tls);

    HttpAccessManager *m_nam;
    QHash<QString, QByteArray> m_tlsFingerprints;
    QPointer<QNetworkCookieJar> m_cookieJar;
    OAuth2TokenCache m_tokens;
};

} // namespace gatehouse
