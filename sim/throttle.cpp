// SPDX-License-Identifier: GPL-3.0-or-later
#include "throttle.h"

using namespace Qt::StringLiterals;

namespace gatehouse::sim {

namespace {

std::chrono::seconds ceilSeconds(qint64 ms)
{
    return std::chrono::seconds(std::max<qint64>(1, (ms + 999) / 1000));
}

} // namespace

Throttle::Verdict Throttle::rateLimit(const QString &key, const Limit &limit, qint64 nowMs)
{
    std::deque<qint64> &calls = m_rateWindows[key];
    const qint64 period = std::chrono::milliseconds(limit.renewalPeriod).count();
    while (!calls.empty() && calls.front() <= nowMs - period)
        calls.pop_front();
    if (qsizetype(calls.size()) >= limit.calls)
        return { false, ceilSeconds(calls.front() + period - nowMs) };
    calls.push_back(nowMs);
    return {};
}

Throttle::Verdict Throttle::quota(const QString &key, const Limit &limit, qint64 periodStartMs, qint64 nowMs)
{
    QuotaCounter &counter = m_quotas[key];
    const qint64 period = std::chrono::milliseconds(limit.renewalPeriod).count();
    if (counter.period != period) {
        counter = QuotaCounter { periodStartMs >= 0 ? periodStartMs : nowMs, period, 0 };
    }
    // Move to the period that contains now; a start in the future counts as now.
    if (nowMs < counter.start)
        counter.start = nowMs;
    if (nowMs >= counter.start + period) {
        counter.start += ((nowMs - counter.start) / period) * period;
        counter.calls = 0;
    }
    if (counter.calls >= limit.calls)
        return { false, ceilSeconds(counter.start + period - nowMs) };
    ++counter.calls;
    return {};
}

void Throttle::reset()
{
    m_rateWindows.clear();
    m_quotas.clear();
}

QString formatTimeSpan(std::chrono::seconds span)
{
    const qint64 total = span.count();
    const qint64 days = total / 86'400;
    const QString clock = u"%1:%2:%3"_s.arg((total / 3600) % 24, 2, 10, QChar(u'0'))
                              .arg((total / 60) % 60, 2, 10, QChar(u'0'))
                              .arg(total % 60, 2, 10, QChar(u'0'));
    return days > 0 ? QString::number(days) + u'.' + clock : clock;
}

} // namespace gatehouse::sim
