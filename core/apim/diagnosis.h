// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "apim/apimprofile.h"
#include "http/exchangeresult.h"

#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace gatehouse {

// Something the inspector can do for the user in one click (and undo).
struct FixAction {
    enum class Kind {
        RenameHeader,       // send the key under the header name the gateway expects
        AddGatewayHost,     // add the request's host to the environment's gateway hosts
        SetSubscriptionKey, // the environment needs a key
        TrimKey,            // the key has whitespace around it
        RetryLater,         // wait `seconds`, then send again
    };
    Kind kind;
    QString label; // translated button text
    QByteArray from;
    QByteArray to;
    QString host;
    int seconds = 0;
};

// One explanation of what went wrong, with the likely misconfigurations behind it.
struct Finding {
    enum class Severity { Error, Warning, Info };

    QString id; // stable: "apim.key.missing", "apim.route.not-found" … (docs and reports use it)
    Severity severity = Severity::Error;
    QString title;       // one line, translated
    QString explanation; // what the gateway said and what it means
    QStringList causes;  // likely misconfigurations, most likely first
    QString confirm;     // how to confirm (what the management API would show)
    QList<std::pair<QString, QString>> evidence; // label -> value, for display
    std::optional<FixAction> fix;
};

struct DiagnosisInput {
    ExchangeResult result;
    std::optional<ApimProfile> profile;       // the environment's APIM profile, when it has one
    std::optional<KeyInjection> keyInjection; // what the engine did with its key
    QDateTime now = QDateTime::currentDateTimeUtc();
};

// What the gateway's answer means, following FACTS.md: the WWW-Authenticate challenge first,
// then the exact gateway messages, throttling headers, the hosts in front of APIM. An answer
// that is fine, or that does not come from APIM, gives no findings.
QList<Finding> diagnose(const DiagnosisInput &input);

// Parsed `WWW-Authenticate: AzureApiManagementKey realm="…",name="…",type="…"`.
struct ApimKeyChallenge {
    QString realm;
    QString name;
    QString type;
};
std::optional<ApimKeyChallenge> parseApimKeyChallenge(QByteArrayView headerValue);

// "07:01:20" or "20.09:58:55" (.NET TimeSpan) -> seconds.
std::optional<qint64> parseTimeSpan(QStringView text);

} // namespace gatehouse
