// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "apim/diagnosis.h"

#include <QWidget>

class QGroupBox;
class QLabel;
class QPushButton;
class QScrollArea;
class QVBoxLayout;

namespace gatehouse::ui {

// The APIM inspector: what the gateway's answer means, the likely misconfigurations, how to
// confirm them, and the one-click fix where there is one.
class InspectorPanel : public QWidget
{
    Q_OBJECT
public:
    explicit InspectorPanel(QWidget *parent = nullptr);

    void setFindings(const QList<Finding> &findings);
    const QList<Finding> &findings() const { return m_findings; }

    // APIM request tracing (FACTS.md §4.2): whether the "Trace" action can run (the environment has
    // a management connection), whether it is running, and the trace of the last traced call, or
    // why there is none (problem).
    void setTraceAvailable(bool available);
    void setTraceBusy(bool busy);
    void setTrace(const std::optional<ApimTrace> &trace, const QString &problem = {});

Q_SIGNALS:
    void fixRequested(const gatehouse::FixAction &fix);
    void traceRequested();

private:
    QWidget *cardFor(const Finding &finding);

    QList<Finding> m_findings;
    QLabel *m_empty;
    QScrollArea *m_scroll;
    QWidget *m_cards;
    QVBoxLayout *m_cardsLayout;
    QPushButton *m_traceButton;
    QGroupBox *m_traceBox;
    QLabel *m_traceProblem;
    QScrollArea *m_traceScroll;
    QVBoxLayout *m_traceSteps;
};

} // namespace gatehouse::ui
