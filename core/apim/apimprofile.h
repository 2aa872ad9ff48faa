// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "http/httprequest.h"

#include <QString>
#include <QStringList>

namespace gatehouse {

// An environment's APIM gateway: which hosts are its gateway, its subscription key, and where
// that key goes. APIM lets each API rename the header and the query parameter (FACTS.md §2.1).
struct ApimProfile {
    enum class KeyLocation { Header, Query };

    // Host names ("contoso.azure-api.net", "api.contoso.com") or host:port ("127.0.0.1:8080").
    // A name without a port matches any port; matching ignores case.
    QStringList gatewayHosts;
    QByteArray subscriptionKey; // a secret: never logged, never written to shared files
    KeyLocation keyLocation = KeyLocation::Header;
    QByteArray headerName = QByteArrayLiteral("Ocp-Apim-Subscription-Key");
    QString queryName = QStringLiteral("subscription-key");
    QString environmentName = {}; // where the key comes from, for display

    bool isGatewayUrl(const QUrl &url) const;
};

// What injecting the key did to a request, for the request-as-sent view and the CLI.
struct KeyInjection {
    enum class Outcome {
        Injected,        // the key was added
        NoKey,           // the profile has no key (yet): nothing added
        NotGatewayHost,  // the request goes elsewhere: the key stays home
        UserProvided,    // the request already carries a key: the user's wins, nothing added
    };
    Outcome outcome = Outcome::NoKey;
    QString message; // translated, for display; contains the key only masked (maskedKey())
    QByteArray maskedKey = {}; // "abcd…wxyz" when injected
};

// Adds the profile's subscription key to the request when, and only when, the request goes to
// one of the profile's gateway hosts and does not carry a key already. The key header is also
// marked as a credential, so it never follows a redirect to another origin.
[[nodiscard]] KeyInjection injectSubscriptionKey(HttpRequest &request, const ApimProfile &profile);

} // namespace gatehouse
