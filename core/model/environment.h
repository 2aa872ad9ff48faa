// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/auth.h"
#include "model/variable.h"

#include <QStringList>

namespace gatehouse {

// The environment's APIM gateway: the subscription key is added to requests for these hosts only.
// The key itself is never stored here: subscriptionKey refers to a (secret) variable.
struct EnvironmentApim {
    // Host names ("contoso.azure-api.net") or host:port ("127.0.0.1:8080"); empty: no APIM gateway.
    QStringList gatewayHosts;
    Auth::Location keyLocation = Auth::Location::Header;
    QString headerName; // empty: Ocp-Apim-Subscription-Key
    QString queryName;  // empty: subscription-key
    QString subscriptionKey; // text with {{variables}}; empty: {{apimSubscriptionKey}}

    bool isEmpty() const { return gatewayHosts.isEmpty(); }
    friend bool operator==(const EnvironmentApim &, const EnvironmentApim &) = default;
};

// A named set of variables ("dev", "prod"): switching environments switches hosts and keys.
struct Environment {
    QString id;
    QString name;
    VariableList variables;
    EnvironmentApim apim;

    friend bool operator==(const Environment &, const Environment &) = default;
};

} // namespace gatehouse
