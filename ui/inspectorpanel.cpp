// SPDX-License-Identifier: GPL-3.0-or-later
#include "inspectorpanel.h"

#include <QFormLayout>
#include <QFrame>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace gatehouse::ui {

namespace {

QLabel *wrapped(const QString &text, QWidget *parent)
{
    auto *l = new QLabel(text, parent);
    l->setWordWrap(true);
    l->setTextFormat(Qt::PlainText);
    l->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return l;
}

QColor severityColour(Finding::Severity s, bool dark)
{
    switch (s) {
    case Finding::Severity::Error: return dark ? QColor(0xf8, 0x51, 0x49) : QColor(0xcf, 0x22, 0x2e);
    case Finding::Severity::Warning: return dark ? QColor(0xd2, 0x99, 0x22) : QColor(0xb3, 0x5c, 0x00);
    case Finding::Severity::Info: return dark ? QColor(0x38, 0x8b, 0xfd) : QColor(0x09, 0x69, 0xda);
    }
    return {};
}

} // namespace

InspectorPanel::InspectorPanel(QWidget *parent)
    : QWidget(parent)
    , m_empty(new QLabel(this))
    , m_scroll(new QScrollArea(this))
    , m_cards(new QWidget(this))
    , m_cardsLayout(new QVBoxLayout(m_cards))
{
    setObjectName(u"inspectorPanel"_s);
    setAccessibleName(tr("APIM Inspector"));
    m_empty->setObjectName(u"inspectorEmpty"_s);
    m_empty->setWordWrap(true);
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setForegroundRole(QPalette::PlaceholderText);
    m_empty->setText(tr("When an API gateway answers with an error, the inspector explains it here: what Azure API Management "
                        "means, the likely misconfiguration, and how to fix it."));
    m_cardsLayout->setContentsMargins(0, 0, 0, 0);
    m_cardsLayout->addStretch();

    m_scroll->setWidget(m_cards);
    m_scroll->setWidgetResizable(true);
    m_scroll->setFrameShape(QFrame::NoFrame);
    m_scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(m_empty);
    layout->addWidget(m_scroll, 1);
    setFindings({});
}

void InspectorPanel::setFindings(const QList<Finding> &findings)
{
    m_findings = findings;
    while (m_cardsLayout->count() > 1) {
        QLayoutItem *item = m_cardsLayout->takeAt(0);
        delete item->widget();
        delete item;
    }
    for (const Finding &f : findings)
        m_cardsLayout->insertWidget(m_cardsLayout->count() - 1, cardFor(f));
    m_empty->setVisible(findings.isEmpty());
    m_scroll->setVisible(!findings.isEmpty());
}

QWidget *InspectorPanel::cardFor(const Finding &f)
{
    auto *card = new QFrame(m_cards);
    card->setObjectName(u"finding:"_s + f.id);
    card->setFrameShape(QFrame::StyledPanel);
    const bool dark = palette().color(QPalette::Window).lightnessF() < 0.5;
    auto *layout = new QVBoxLayout(card);

    QLabel *title = wrapped(f.title, card);
    title->setObjectName(u"findingTitle"_s);
    QPalette titlePalette = title->palette();
    titlePalette.setColor(QPalette::WindowText, severityColour(f.severity, dark));
    title->setPalette(titlePalette);
    QFont bold = title->font();
    bold.setBold(true);
    bold.setPointSizeF(bold.pointSizeF() * 1.1);
    title->setFont(bold);
    layout->addWidget(title);
    // What the management API proved, when it was asked: the first thing to read.
    if (!f.verdict.isEmpty()) {
        QLabel *verdict = wrapped(f.verdict, card);
        verdict->setObjectName(u"findingVerdict"_s);
        verdict->setFont(bold);
        QPalette verdictPalette = verdict->palette();
        verdictPalette.setColor(QPalette::WindowText, f.confirmation == Confirmation::RuledOut ? verdictPalette.color(QPalette::PlaceholderText)
                                                      : dark ? QColor(0x6c, 0xd0, 0x7a)
                                                             : QColor(0x1a, 0x7f, 0x37));
        verdict->setPalette(verdictPalette);
        layout->addWidget(verdict);
    } else {
        QLabel *confidence = wrapped(tr("Confidence: %1 %").arg(qRound(f.confidence * 100)), card);
        confidence->setObjectName(u"findingConfidence"_s);
        confidence->setForegroundRole(QPalette::PlaceholderText);
        layout->addWidget(confidence);
    }
    if (!f.explanation.isEmpty())
        layout->addWidget(wrapped(f.explanation, card));

    if (!f.evidence.isEmpty()) {
        auto *form = new QFormLayout;
        form->setContentsMargins(0, 4, 0, 4);
        form->setRowWrapPolicy(QFormLayout::WrapLongRows); // the dock is narrow; long labels go above
        for (const auto &[label, value] : f.evidence) {
            QLabel *v = wrapped(value, card);
            form->addRow(label + u':', v);
        }
        layout->addLayout(form);
    }

    if (!f.rankedCauses.isEmpty()) {
        QLabel *heading = wrapped(tr("Likely causes, most likely first:"), card);
        heading->setFont(bold);
        layout->addWidget(heading);
        for (qsizetype i = 0; i < f.rankedCauses.size(); ++i) {
            const FindingCause &c = f.rankedCauses.at(i);
            QString text = tr("%1. %2 (%3 %)").arg(i + 1).arg(c.text).arg(qRound(c.confidence * 100));
            if (c.confirmation == Confirmation::Confirmed)
                text = tr("%1. Confirmed: %2").arg(i + 1).arg(c.text);
            else if (c.confirmation == Confirmation::RuledOut)
                text = tr("%1. Ruled out: %2").arg(i + 1).arg(c.text);
            if (!c.note.isEmpty())
                text += u"\n"_s + c.note;
            QLabel *cause = wrapped(text, card);
            cause->setObjectName(u"findingCause"_s);
            cause->setContentsMargins(8, 0, 0, 0);
            if (c.confirmation == Confirmation::RuledOut)
                cause->setForegroundRole(QPalette::PlaceholderText);
            if (c.confirmation == Confirmation::Confirmed) {
                QFont confirmed = cause->font();
                confirmed.setBold(true);
                cause->setFont(confirmed);
            }
            layout->addWidget(cause);
        }
    } else if (!f.causes.isEmpty()) {
        QLabel *heading = wrapped(tr("Likely causes, most likely first:"), card);
        heading->setFont(bold);
        layout->addWidget(heading);
        for (qsizetype i = 0; i < f.causes.size(); ++i) {
            QLabel *cause = wrapped(u"%1. "_s.arg(i + 1) + f.causes.at(i), card);
            cause->setObjectName(u"findingCause"_s);
            cause->setContentsMargins(8, 0, 0, 0);
            layout->addWidget(cause);
        }
    }
    if (!f.confirm.isEmpty()) {
        QLabel *confirm = wrapped(tr("How to confirm: %1").arg(f.confirm), card);
        confirm->setForegroundRole(QPalette::PlaceholderText);
        layout->addWidget(confirm);
    }
    if (f.fix) {
        auto *button = new QPushButton(f.fix->label, card);
        button->setObjectName(u"fixButton"_s);
        const FixAction fix = *f.fix;
        connect(button, &QPushButton::clicked, this, [this, fix] { Q_EMIT fixRequested(fix); });
        auto *row = new QHBoxLayout;
        row->addWidget(button);
        row->addStretch();
        layout->addLayout(row);
    }
    return card;
}

} // namespace gatehouse::ui
