// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QHash>
#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <optional>

namespace gatehouse::sim {

// Request tracing as the current APIM flow has it (FACTS.md §4.2): the management API issues a
// short-lived debug token for one API (listDebugCredentials), the caller sends it in
// Apim-Debug-Authorization, the gateway answers with Apim-Trace-Id, and listTrace returns the trace.
// Tokens look like APIM's ("p=tracing&aid=orders&ex=20260601120000&sn=...") and are signed with a
// secret of this process, so they are worthless anywhere else.
class DebugTracing
{
public:
    DebugTracing();

    QString issueToken(const QString &apiId, const QDateTime &expires) const;

    enum class Verdict { Valid, Expired, WrongApi, Invalid };
    struct Check {
        Verdict verdict = Verdict::Invalid;
        QString apiId; // the API the token was issued for
        QDateTime expires; // when it expires (UTC)
    };
    Check check(const QString &token, const QString &apiId, const QDateTime &now) const;

    // Keeps the most recent traces; returns the trace id.
    QString store(QJsonObject trace);
    std::optional<QJsonObject> trace(const QString &traceId) const;

private:
    QByteArray signature(const QString &payload) const;

    QByteArray m_secret;
    QHash<QString, QJsonObject> m_traces;
    QStringList m_order;
};

} // namespace gatehouse::sim
