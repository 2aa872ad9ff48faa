// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/auth.h"
#include "model/body.h"
#include "model/variable.h"

#include <QString>

#include <optional>

namespace gatehouse {

// Scripts are stored now and run by the collection runner (a later issue).
struct Scripts {
    QString preRequest;
    QString test;

    friend bool operator==(const Scripts &, const Scripts &) = default;
};

// Postman's protocolProfileBehavior keys beyond following redirects and verifying TLS (those two
// are RequestSettings' own). A request, a folder and the collection may each set any of them; an
// unset key comes from the nearest folder that sets it, then the collection, then the default
// named here (effectiveBehavior in model/requestresolver.h).
struct ProtocolBehavior {
    std::optional<bool> followOriginalHttpMethod;      // redirects keep method and body (default: 301/302/303 turn into GET)
    std::optional<bool> followAuthorizationHeader;     // Authorization follows a redirect to another origin (default: no)
    std::optional<bool> removeRefererHeaderOnRedirect; // no Referer on redirected requests (default: one is added)
    std::optional<int> maxRedirects;                   // default 10
    std::optional<bool> disableBodyPruning;            // send a body with GET, HEAD, COPY, PURGE, UNLOCK (default: yes)
    std::optional<bool> disableUrlEncoding;            // send the URL as written, without encoding (default: no)
    std::optional<bool> disableCookies;                // neither send nor store cookies of the jar (default: no)

    bool isEmpty() const { return *this == ProtocolBehavior{}; }
    // These keys, with the ones left unset taken from outer.
    [[nodiscard]] ProtocolBehavior over(const ProtocolBehavior &outer) const
    {
        ProtocolBehavior r = *this;
        const auto take = [](auto &mine, const auto &theirs) {
            if (!mine)
                mine = theirs;
        };
        take(r.followOriginalHttpMethod, outer.followOriginalHttpMethod);
        take(r.followAuthorizationHeader, outer.followAuthorizationHeader);
        take(r.removeRefererHeaderOnRedirect, outer.removeRefererHeaderOnRedirect);
        take(r.maxRedirects, outer.maxRedirects);
        take(r.disableBodyPruning, outer.disableBodyPruning);
        take(r.disableUrlEncoding, outer.disableUrlEncoding);
        take(r.disableCookies, outer.disableCookies);
        return r;
    }

    friend bool operator==(const ProtocolBehavior &, const ProtocolBehavior &) = default;
};

// The request's own settings; the ProtocolBehavior keys it leaves unset are inherited.
struct RequestSettings : ProtocolBehavior {
    int timeoutMs = 0; // zero: no limit
    bool followRedirects = true;
    bool verifyTls = true;
    int connectTimeoutMs = 0;  // establishing the connection (TCP and TLS); zero: no limit
    int transferTimeoutMs = 0; // nothing sent or received for this long; zero: no limit

    friend bool operator==(const RequestSettings &, const RequestSettings &) = default;
};

// A request as the user edits it: {{variables}} unresolved, auth not yet applied.
// The url is the address; params are query parameters appended to it (a query already in the
// url is kept in front of them).
struct Request {
    QString id;
    QString name;
    QString method = QStringLiteral("GET");
    QString url;
    KeyValueList params;
    KeyValueList headers;
    Body body;
    Auth auth; // Inherit by default
    RequestSettings settings;
    QString description; // Markdown
    Scripts scripts;

    friend bool operator==(const Request &, const Request &) = default;
};

} // namespace gatehouse
