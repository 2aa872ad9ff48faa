// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "http/exchangeresult.h"

#include <QList>
#include <QString>

namespace gatehouse {

struct TimingPhase {
    QString name; // translated
    qint64 start = 0;
    qint64 end = 0;
    qint64 duration() const { return end - start; }
};

// The phases an exchange went through, in order, on one time axis (ms); phases that did not
// happen (no new connection, no TLS) are left out.
QList<TimingPhase> timingPhases(const Timings &timings);

} // namespace gatehouse
