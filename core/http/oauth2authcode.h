// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "error.h"
#include "http/httprequest.h"
#include "http/oauth2.h"

#include <QNetworkAccessManager>
#include <QObject>
#include <QPointer>

#include <chrono>

#include <functional>

class QOAuth2AuthorizationCodeFlow;
class QOAuthHttpServerReplyHandler;
class QTimer;

namespace gatehouse {

// The OAuth 2.0 authorization code grant with PKCE (S256), through Qt NetworkAuth: the user signs
// in in the system browser, which comes back to a one-shot HTTP server on loopback; the code is
// exchanged for a token at the token URL. The token goes into the token cache under the request's
// cache key, where the engine finds it when the request is sent.
//
// A library of its own (gatehouse_oauth_browser): Qt NetworkAuth pulls in QtGui at run time, which
// the CLI does not load.
class OAuth2AuthorizationCode : public QObject
{
    Q_OBJECT
public:
    // Opens the authorization URL: QDesktopServices::openUrl in the app; a test follows it itself.
    using OpenUrl = std::function<void(const QUrl &)>;

    explicit OAuth2AuthorizationCode(OpenUrl openUrl, QObject *parent = nullptr);
    ~OAuth2AuthorizationCode() override;

    // The manager the token request goes through (proxies, TLS); null: a private one.
    void setNetworkAccessManager(QNetworkAccessManager *manager) { m_manager = manager; }
    // The port of the loopback redirect (http://127.0.0.1:PORT/); zero: any free one.
    void setCallbackPort(quint16 port) { m_port = port; }
    // How long the user has to finish signing in in the browser; then failed() with Code::Timeout
    // and the loopback redirect closes. Zero: no limit.
    void setTimeout(std::chrono::milliseconds timeout) { m_timeout = timeout; }
    std::chrono::milliseconds timeout() const { return m_timeout; }
    static constexpr std::chrono::minutes kDefaultTimeout{5};

    // Starts the flow for config (authorizationUrl, tokenUrl, client, scope); one of finished()
    // or failed() follows. With cache set, the token is stored there under oauth2CacheKey(config).
    void start(const OAuth2ClientCredentials &config, OAuth2TokenCache *cache = nullptr);
    // Gives up waiting for the sign-in: failed() with Code::Cancelled follows when one was running.
    void cancel();
    // True from start() until finished() or failed().
    bool isRunning() const { return m_flow && !m_done; }

    // The redirect URI the authorization server sees (valid after start()).
    QString redirectUri() const;

Q_SIGNALS:
    void finished(const gatehouse::OAuth2Token &token);
    void failed(const gatehouse::Error &error);

private:
    void fail(const QString &message, Error::Code code = Error::Code::Auth);
    void stop();

    OpenUrl m_openUrl;
    QPointer<QNetworkAccessManager> m_manager;
    quint16 m_port = 0;
    QOAuth2AuthorizationCodeFlow *m_flow = nullptr;
    QOAuthHttpServerReplyHandler *m_handler = nullptr;
    OAuth2ClientCredentials m_config;
    OAuth2TokenCache *m_cache = nullptr;
    QTimer *m_timer = nullptr;
    std::chrono::milliseconds m_timeout = kDefaultTimeout;
    bool m_done = false;
};

} // namespace gatehouse

Q_DECLARE_METATYPE(gatehouse::OAuth2Token)
