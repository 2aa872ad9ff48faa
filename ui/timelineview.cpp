// SPDX-License-Identifier: GPL-3.0-or-later
#include "timelineview.h"

#include <QPainter>

using namespace Qt::StringLiterals;

namespace gatehouse::ui {

TimelineView::TimelineView(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(u"timelineView"_s);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Minimum);
}

void TimelineView::setTimings(const Timings &timings)
{
    m_phases = timingPhases(timings);
    m_total = std::max<qint64>(1, timings.total());
    updateGeometry();
    update();
}

QSize TimelineView::sizeHint() const
{
    const int row = fontMetrics().height() + 8;
    return {400, int(m_phases.size() + 1) * row + 8};
}

void TimelineView::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    const QFontMetrics fm = fontMetrics();
    const int row = fm.height() + 8;
    int labelWidth = fm.horizontalAdvance(tr("Total"));
    for (const TimingPhase &ph : std::as_const(m_phases))
        labelWidth = std::max(labelWidth, fm.horizontalAdvance(ph.name));
    labelWidth += 16;
    const int valueWidth = fm.horizontalAdvance(u"99999 ms"_s) + 12;
    const int barArea = std::max(40, width() - labelWidth - valueWidth - 8);
    const QColor bar = palette().color(QPalette::Highlight);
    int y = 4;
    const auto drawRow = [&](const QString &name, qint64 start, qint64 end, const QColor &colour) {
        p.setPen(palette().color(QPalette::WindowText));
        p.drawText(QRect(4, y, labelWidth, row), Qt::AlignVCenter | Qt::AlignLeft, name);
        const int x0 = labelWidth + int(barArea * double(start) / double(m_total));
        const int w = std::max(2, int(barArea * double(end - start) / double(m_total)));
        p.fillRect(QRect(x0, y + 4, w, row - 8), colour);
        p.drawText(QRect(labelWidth + barArea + 8, y, valueWidth, row), Qt::AlignVCenter | Qt::AlignRight, tr("%1 ms").arg(end - start));
        y += row;
    };
    for (const TimingPhase &ph : std::as_const(m_phases))
        drawRow(ph.name, ph.start, ph.end, bar);
    if (!m_phases.isEmpty())
        drawRow(tr("Total"), 0, m_total, palette().color(QPalette::Mid));
}

} // namespace gatehouse::ui
