// SPDX-License-Identifier: GPL-3.0-or-later
#include "http/oauth2authcode.h"

#include <QCoreApplication>
#include <QHostAddress>
#include <QNetworkAccessManager>
#include <QOAuth2AuthorizationCodeFlow>
#include <QOAuthHttpServerReplyHandler>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace gatehouse {

OAuth2AuthorizationCode::OAuth2AuthorizationCode(OpenUrl openUrl, QObject *parent)
    : QObject(parent)
    , m_openUrl(std::move(openUrl))
{
    qRegisterMetaType<gatehouse::OAuth2Token>();
}

OAuth2AuthorizationCode::~OAuth2AuthorizationCode() = default;

QString OAuth2AuthorizationCode::redirectUri() const
{
    return m_handler ? m_handler->callback() : QString();
}

void OAuth2AuthorizationCode::start(const OAuth2ClientCredentials &config, OAuth2TokenCache *cache)
{
    stop();
    m_done = false;
    m_config = config;
    m_cache = cache;
    m_flow = new QOAuth2AuthorizationCodeFlow(this);
    if (m_manager)
        m_flow->setNetworkAccessManager(m_manager);
    m_flow->setAuthorizationUrl(config.authorizationUrl);
    m_flow->setAccessTokenUrl(config.tokenUrl);
    m_flow->setClientIdentifier(config.clientId);
    if (!config.clientSecret.isEmpty())
        m_flow->setClientIdentifierSharedKey(config.clientSecret);
    if (!config.scope.isEmpty())
        m_flow->setScope(config.scope);
    m_flow->setPkceMethod(QOAuth2AuthorizationCodeFlow::PkceMethod::S256);

    m_handler = new QOAuthHttpServerReplyHandler(QHostAddress::LocalHost, m_port, this);
    if (!m_handler->isListening()) {
        fail(tr("Cannot listen on 127.0.0.1 port %1 for the sign-in redirect.").arg(m_port));
        return;
    }
    m_handler->setCallbackText(tr("Signed in. You can close this tab and return to Gatehouse."));
    m_flow->setReplyHandler(m_handler);

    connect(m_flow, &QAbstractOAuth::authorizeWithBrowser, this, [this](const QUrl &url) {
        if (m_openUrl)
            m_openUrl(url);
        else
            fail(tr("There is no way to open a browser here; open this address yourself: %1").arg(url.toString()));
    });
    connect(m_flow, &QAbstractOAuth::granted, this, [this] {
        if (m_done)
            return;
        OAuth2Token token;
        token.accessToken = m_flow->token().toUtf8();
        token.tokenType = "Bearer"_ba;
        token.expiresAt = m_flow->expirationAt().toUTC();
        token.refreshToken = m_flow->refreshToken().toUtf8(); // the engine refreshes with it when the token expires
        if (m_cache)
            m_cache->insert(oauth2CacheKey(m_config), token);
        m_done = true;
        if (m_timer)
            m_timer->stop();
        m_handler->close();
        Q_EMIT finished(token);
    });
    connect(m_flow, &QAbstractOAuth2::error, this, [this](const QString &error, const QString &description, const QUrl &) {
        const QString where = m_config.authorizationUrl.host();
        fail(description.isEmpty() ? tr("The authorization server %1 refused the sign-in: %2").arg(where, error)
                                   : tr("The authorization server %1 refused the sign-in: %2: %3").arg(where, error, description));
    });
    connect(m_flow, &QAbstractOAuth::requestFailed, this, [this](QAbstractOAuth::Error) {
        fail(tr("Cannot get an OAuth 2.0 token from %1.").arg(m_config.tokenUrl.toString(QUrl::RemoveUserInfo | QUrl::RemoveQuery)));
    });
    // A sign-in the user abandons (closed the tab, never came back) must not keep the redirect
    // port open and the caller waiting for ever.
    if (m_timeout.count() > 0) {
        if (!m_timer) {
            m_timer = new QTimer(this);
            m_timer->setSingleShot(true);
            connect(m_timer, &QTimer::timeout, this, [this] {
                const auto minutes = std::chrono::duration_cast<std::chrono::minutes>(m_timeout).count();
                const auto seconds = std::chrono::duration_cast<std::chrono::seconds>(m_timeout).count();
                fail(minutes >= 1 ? tr("The browser sign-in was not completed within %n minute(s); try again.", nullptr, int(minutes))
                                  : tr("The browser sign-in was not completed within %n second(s); try again.", nullptr, int(seconds)),
                     Error::Code::Timeout);
            });
        }
        m_timer->start(m_timeout);
    }
    m_flow->grant();
}

void OAuth2AuthorizationCode::cancel()
{
    const bool running = isRunning();
    if (running)
        fail(tr("The browser sign-in was cancelled."), Error::Code::Cancelled);
    stop();
}

void OAuth2AuthorizationCode::stop()
{
    if (m_timer)
        m_timer->stop();
    if (m_handler)
        m_handler->close();
    // Deleted later: stop() may run inside one of the flow's own signals.
    if (m_flow) {
        m_flow->disconnect(this); // a late answer to the old flow must not reach this one
        m_flow->deleteLater();
    }
    m_flow = nullptr;
    if (m_handler)
        m_handler->deleteLater();
    m_handler = nullptr;
}

void OAuth2AuthorizationCode::fail(const QString &message, Error::Code code)
{
    if (m_done)
        return;
    m_done = true;
    if (m_timer)
        m_timer->stop();
    if (m_handler)
        m_handler->close();
    Q_EMIT failed(Error{code, message});
}

} // namespace gatehouse
