// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "error.h"

#include <QDateTime>
#include <QObject>
#include <QPointer>
#include <QUrl>

#include <functional>

class QNetworkAccessManager;
class QProcess;
class QTimer;

namespace gatehouse {

// An access token for the management (ARM) endpoint. Kept in memory only; never logged or saved.
struct ManagementToken {
    QByteArray accessToken;
    QDateTime expiresOn; // invalid when unknown
};

using TokenCallback = std::function<void(const Expected<ManagementToken> &)>;

// The resource (v1) a token must be issued for: the endpoint's origin with a trailing slash,
// "https://management.azure.com/" (FACTS.md §5.1).
QString managementResource(const QUrl &endpoint);

// A pasted token from an environment variable (the CLI's --management-token-env). Surrounding
// whitespace and a "Bearer " prefix are dropped.
[[nodiscard]] Expected<ManagementToken> tokenFromEnvironment(const QString &variable);

// Runs `az account get-access-token --resource RESOURCE --output json` when the Azure CLI is on
// PATH, and reads accessToken and expiresOn from its answer. Asynchronous; the CLI's own error text
// (for instance "Please run 'az login'") is passed on.
class AzureCliTokenSource : public QObject
{
    Q_OBJECT
public:
    explicit AzureCliTokenSource(QObject *parent = nullptr);
    ~AzureCliTokenSource() override;

    static bool isAvailable(); // az is on PATH
    void fetch(const QUrl &endpoint, TokenCallback done);

private:
    QPointer<QProcess> m_process;
};

// The Microsoft Entra ID device code flow (OAuth 2.0 RFC 8628) for a public client: asks for a
// user code, reports it with the URL to open through userCodeReceived, then polls the token
// endpoint until the user has signed in, declined, or the code expired. Qt NetworkAuth has no
// device flow before Qt 6.9, hence the few requests here.
class DeviceCodeTokenSource : public QObject
{
    Q_OBJECT
public:
    // The Azure CLI's public client id, the usual choice for tools that call ARM for a user.
    static constexpr QLatin1StringView DefaultClientId{"04b07795-8ddb-461a-bbee-02f9e1bf7b46"};

    explicit DeviceCodeTokenSource(QObject *parent = nullptr);
    ~DeviceCodeTokenSource() override;

    // https://login.microsoftonline.com by default; tests point it at a loopback fake.
    void setAuthority(const QUrl &authority) { m_authority = authority; }
    void setTenant(const QString &tenant) { m_tenant = tenant; }     // empty: "organizations"
    void setClientId(const QString &clientId) { m_clientId = clientId; } // empty: DefaultClientId

    void fetch(const QUrl &endpoint, TokenCallback done);
    void cancel();

Q_SIGNALS:
    // Show this to the user: open verificationUrl and enter userCode. message is Entra's own
    // sentence saying the same, in the user's language when the service knows it.
    void userCodeReceived(const QString &userCode, const QUrl &verificationUrl, const QString &message);

private:
    QUrl endpointUrl(const QString &name) const;
    void poll();
    void finish(const Expected<ManagementToken> &result);

    QNetworkAccessManager *m_nam;
    QTimer *m_timer;
    QUrl m_authority = QUrl(QStringLiteral("https://login.microsoftonline.com"));
    QString m_tenant;
    QString m_clientId;
    QByteArray m_deviceCode;
    int m_interval = 5;
    QDateTime m_expires;
    TokenCallback m_done;
};

} // namespace gatehouse
