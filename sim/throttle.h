// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "simconfig.h"

#include <QHash>
#include <QString>

#include <chrono>
#include <deque>

namespace gatehouse::sim {

// Call counters for the rate-limit and quota policies, one per counter key (the subscription).
// Times are milliseconds since the epoch, passed in so that tests can move the clock.
class Throttle
{
public:
    struct Verdict {
        bool allowed = true;
        std::chrono::seconds retryAfter { 0 }; // when not allowed: until a call will be allowed again
    };

    // rate-limit: at most limit.calls calls in any sliding window of limit.renewalPeriod.
    Verdict rateLimit(const QString &key, const Limit &limit, qint64 nowMs);
    // quota: at most limit.calls calls per fixed period; periods are counted from periodStartMs,
    // or from the first call of this key when periodStartMs is negative.
    Verdict quota(const QString &key, const Limit &limit, qint64 periodStartMs, qint64 nowMs);

    void reset();

private:
    struct QuotaCounter {
        qint64 start = 0;
        qint64 period = -1;
        int calls = 0;
    };

    QHash<QString, std::deque<qint64>> m_rateWindows;
    QHash<QString, QuotaCounter> m_quotas;
};

// A TimeSpan the way .NET's "c" format prints it: "hh:mm:ss", or "d.hh:mm:ss" from one day on.
QString formatTimeSpan(std::chrono::seconds span);

} // namespace gatehouse::sim
