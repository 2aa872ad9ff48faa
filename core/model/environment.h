// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/auth.h"
#include "model/variable.h"

#include <QStringList>

namespace gatehouse {

// How Gatehouse reaches the service's management (ARM) API to confirm a diagnosis (FACTS.md §5).
// The access token is never stored here: with TokenSource::TokenVariable, `token` refers to a
// (secret) variable; the other sources get a fresh token when needed and keep it in memory only.
struct EnvironmentApimManagement {
    enum class TokenSource {
        AzureCli,      // `az account get-access-token --resource ENDPOINT`
        DeviceCode,    // Microsoft Entra ID device code flow, signed in interactively
        TokenVariable, // a pasted token in a secret variable
    };
    QString subscriptionId; // the Azure subscription (a GUID), text with {{variables}}
    QString resourceGroup;
    QString serviceName;
    QString endpoint; // empty: https://management.azure.com
    TokenSource tokenSource = TokenSource::AzureCli;
    QString token;    // TokenVariable: text with {{variables}}; empty: {{apimManagementToken}}
    QString tenant;   // DeviceCode: tenant id or domain; empty: organizations
    QString clientId; // DeviceCode: the public client application; empty: the Azure CLI's
    bool tracing = false; // ask for debug credentials and trace requests (Apim-Debug-Authorization)

    bool isEmpty() const { return serviceName.isEmpty(); }
    friend bool operator==(const EnvironmentApimManagement &, const EnvironmentApimManagement &) = default;
};

// The environment's APIM gateway: the subscription key is added to requests for these hosts only.
// The key itself is never stored here: subscriptionKey refers to a (secret) variable.
struct EnvironmentApim {
    // Host names ("contoso.azure-api.net") or host:port ("127.0.0.1:8080"); empty: no APIM gateway.
    QStringList gatewayHosts;
    Auth::Location keyLocation = Auth::Location::Header;
    QString headerName; // empty: Ocp-Apim-Subscription-Key
    QString queryName;  // empty: subscription-key
    QString subscriptionKey; // text with {{variables}}; empty: {{apimSubscriptionKey}}
    EnvironmentApimManagement management;

    bool isEmpty() const { return gatewayHosts.isEmpty() && management.isEmpty(); }
    friend bool operator==(const EnvironmentApim &, const EnvironmentApim &) = default;
};

// TLS settings for the requests of an environment to one host: "api.contoso.com", with a port
// ("127.0.0.1:8443"), or "*.contoso.com". Files and the passphrase are text with {{variables}};
// the passphrase belongs in a secret variable, never here in clear.
struct EnvironmentTlsHost {
    QString host;
    bool verifyPeer = true; // off: shown loudly on every exchange with this host
    QString caBundleFile;   // extra trusted CAs (PEM), relative to the workspace when not absolute
    QString clientCertificateFile; // PEM certificate, or a PKCS#12 bundle (.p12/.pfx)
    QString clientKeyFile;         // PEM private key (not for PKCS#12)
    QString clientKeyPassphrase;   // e.g. {{clientKeyPassphrase}}

    friend bool operator==(const EnvironmentTlsHost &, const EnvironmentTlsHost &) = default;
};

// A named set of variables ("dev", "prod"): switching environments switches hosts and keys.
struct Environment {
    QString id;
    QString name;
    VariableList variables;
    EnvironmentApim apim;
    QList<EnvironmentTlsHost> tlsHosts;

    friend bool operator==(const Environment &, const Environment &) = default;
};

} // namespace gatehouse
