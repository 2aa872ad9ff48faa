// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "http/timingphases.h"

#include <QWidget>

namespace gatehouse::ui {

// The phases of an exchange as horizontal bars on one time axis, with their durations.
class TimelineView : public QWidget
{
    Q_OBJECT
public:
    explicit TimelineView(QWidget *parent = nullptr);

    void setTimings(const Timings &timings);
    const QList<TimingPhase> &phases() const { return m_phases; }

    QSize sizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    QList<TimingPhase> m_phases;
    qint64 m_total = 0;
};

} // namespace gatehouse::ui
