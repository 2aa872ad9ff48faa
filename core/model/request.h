// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/auth.h"
#include "model/body.h"
#include "model/variable.h"

#include <QString>

namespace gatehouse {

// Scripts are stored now and run by the collection runner (a later issue).
struct Scripts {
    QString preRequest;
    QString test;

    friend bool operator==(const Scripts &, const Scripts &) = default;
};

struct RequestSettings {
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
