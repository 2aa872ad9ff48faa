// SPDX-License-Identifier: GPL-3.0-or-later
#include "http/timingphases.h"

#include <QCoreApplication>

namespace gatehouse {

QList<TimingPhase> timingPhases(const Timings &t)
{
    QList<TimingPhase> out;
    qint64 cursor = 0;
    const auto add = [&](const QString &name, qint64 end) {
        if (end < 0)
            return;
        out.append({name, cursor, std::max(cursor, end)});
        cursor = std::max(cursor, end);
    };
    if (t.connectStarted > 0)
        add(QCoreApplication::translate("gatehouse::TimingPhases", "Queued"), t.connectStarted);
    if (t.connectStarted >= 0) {
        cursor = t.connectStarted;
        if (t.tlsDone >= 0)
            add(QCoreApplication::translate("gatehouse::TimingPhases", "Connect + TLS"), t.tlsDone);
        else if (t.requestSent >= 0)
            add(QCoreApplication::translate("gatehouse::TimingPhases", "Connect"), t.requestSent);
    }
    add(QCoreApplication::translate("gatehouse::TimingPhases", "Request sent"), t.requestSent);
    add(QCoreApplication::translate("gatehouse::TimingPhases", "Waiting (first byte)"), t.firstByte);
    add(QCoreApplication::translate("gatehouse::TimingPhases", "Download"), t.finished);
    return out;
}

} // namespace gatehouse
