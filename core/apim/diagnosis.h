// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "apim/apimprofile.h"
#include "apim/apimtrace.h"
#include "apim/managementsnapshot.h"
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

// What the management API said about a finding or one of its causes.
enum class Confirmation {
    Unknown,   // not checked, or the management API could not tell
    Confirmed, // the service's configuration shows it
    RuledOut,  // the service's configuration shows it is not so
};

// One likely misconfiguration behind a finding.
struct FindingCause {
    QString id;   // stable within its finding: "api-in-no-product", "suffix" … (tests and docs use it)
    QString text; // translated
    double confidence = 0; // 0–1; the causes of a finding add up to at most 1
    Confirmation confirmation = Confirmation::Unknown;
    QString note; // translated: what the management API showed, for Confirmed and RuledOut
};

// One explanation of what went wrong, with the likely misconfigurations behind it.
struct Finding {
    enum class Severity { Error, Warning, Info };

    QString id; // stable: "apim.key.missing", "apim.route.not-found" … (docs and reports use it)
    Severity severity = Severity::Error;
    QString title;       // one line, translated
    QString explanation; // what the gateway said and what it means
    QStringList causes;  // the texts of rankedCauses, in the same order (most likely first)
    QList<FindingCause> rankedCauses; // confirmed first, then by confidence, ruled out last
    QString confirm;     // how to confirm (what the management API would show)
    double confidence = 0.5; // 0–1: how sure the engine is that this finding explains the answer
    Confirmation confirmation = Confirmation::Unknown;
    // With a management snapshot: one sentence saying what was confirmed or ruled out, e.g.
    // "Confirmed: API 'orders' is in no product. Your key belongs to subscription 'team-a' (product Starter)."
    QString verdict;
    QList<std::pair<QString, QString>> evidence; // label -> value, for display
    std::optional<FixAction> fix;
};

struct DiagnosisInput {
    ExchangeResult result;
    std::optional<ApimProfile> profile;       // the environment's APIM profile, when it has one
    std::optional<KeyInjection> keyInjection; // what the engine did with its key
    QDateTime now = QDateTime::currentDateTimeUtc();
    // The APIM trace of this very call (FACTS.md §4.2), when it was traced: its failing step
    // confirms a cause.
    std::optional<ApimTrace> trace = std::nullopt;
};

// What the gateway's answer means, following FACTS.md: the WWW-Authenticate challenge first,
// then the exact gateway messages, throttling headers, the hosts in front of APIM. An answer
// that is fine, or that does not come from APIM, gives no findings.
QList<Finding> diagnose(const DiagnosisInput &input);
// The same, checked against what the management API says about the service (FACTS.md §5.2):
// findings and causes become confirmed or ruled out, and are ranked by it.
QList<Finding> diagnose(const DiagnosisInput &input, const std::optional<ManagementSnapshot> &management);

// The subscription key the request carried, wherever it was (the profile's header or query
// parameter, or a header people commonly put keys under), trimmed; empty when there was none.
// For matching against the service's subscriptions in memory only.
QByteArray sentSubscriptionKey(const SentRequest &sent, const std::optional<ApimProfile> &profile);

// "confirmed", "ruled-out", "unknown" (for JSON).
QString confirmationName(Confirmation confirmation);

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
