// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "apim/diagnosis.h"

#include <QWidget>

class QLabel;
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

Q_SIGNALS:
    void fixRequested(const gatehouse::FixAction &fix);

private:
    QWidget *cardFor(const Finding &finding);

    QList<Finding> m_findings;
    QLabel *m_empty;
    QScrollArea *m_scroll;
    QWidget *m_cards;
    QVBoxLayout *m_cardsLayout;
};

} // namespace gatehouse::ui
