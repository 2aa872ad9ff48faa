// SPDX-License-Identifier: GPL-3.0-or-later
#include "inspectorpanel.h"

#include <QFormLayout>
#include <QFrame>
#include <QGroupBox>
#include <QLabel>
#include <QPushButton>
#include <QRegularExpression>
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

// "00:00:01.2345678" (.NET TimeSpan, as traces write it) -> "1234.6 ms"; anything else as it is.
QString elapsedText(const QString &elapsed)
{
    static const QRegularExpression timeSpan(uR"(^(?:(\d+)\.)?(\d{1,2}):(\d{2}):(\d{2})(\.\d+)?$)"_s);
    const QRegularExpressionMatch m = timeSpan.match(elapsed);
    if (!m.hasMatch())
        return elapsed;
    const double seconds = m.captured(1).toDouble() * 86400 + m.captured(2).toDouble() * 3600 + m.captured(3).toDouble() * 60
        + m.captured(4).toDouble() + (m.captured(5).isEmpty() ? 0.0 : QString(u'0' + m.captured(5)).toDouble());
    return InspectorPanel::tr("%1 ms").arg(seconds * 1000.0, 0, 'f', 1);
}

} // namespace

InspectorPanel::InspectorPanel(QWidget *parent)
    : QWidget(parent)
    , m_empty(new QLabel(this))
    , m_scroll(new QScrollArea(this))
    , m_cards(new QWidget(this))
    , m_cardsLayout(new QVBoxLayout(m_cards))
    , m_traceButton(new QPushButton(this))
    , m_traceBox(new QGroupBox(this))
    , m_traceProblem(wrapped({}, m_traceBox))
    , m_traceScroll(new QScrollArea(m_traceBox))
    , m_traceSteps(nullptr)
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
    // Re-sends the call with an APIM debug token and shows the gateway's trace below.
    m_traceButton->setObjectName(u"traceButton"_s);
    m_traceButton->setText(tr("Trace: Send Again with APIM Tracing"));
    m_traceButton->setToolTip(tr("Gets debug credentials from the management API, sends the request again with "
                                 "Apim-Debug-Authorization and shows the steps the gateway took."));
    m_traceButton->hide();
    connect(m_traceButton, &QPushButton::clicked, this, &InspectorPanel::traceRequested);
    m_traceBox->setObjectName(u"traceBox"_s);
    m_traceBox->setTitle(tr("APIM Trace"));
    m_traceProblem->setObjectName(u"traceProblem"_s);
    // One wrapped label per step: the dock is narrow, and nothing of a step may be cut off.
    auto *steps = new QWidget(m_traceScroll);
    steps->setObjectName(u"traceSteps"_s);
    steps->setAccessibleName(tr("APIM trace steps"));
    m_traceSteps = new QVBoxLayout(steps);
    m_traceSteps->setContentsMargins(0, 0, 0, 0);
    m_traceSteps->addStretch();
    m_traceScroll->setWidget(steps);
    m_traceScroll->setWidgetResizable(true);
    m_traceScroll->setFrameShape(QFrame::NoFrame);
    m_traceScroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    auto *traceLayout = new QVBoxLayout(m_traceBox);
    traceLayout->setContentsMargins(4, 4, 4, 4);
    traceLayout->addWidget(m_traceProblem);
    traceLayout->addWidget(m_traceScroll, 1);
    m_traceBox->hide();

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(m_traceButton);
    layout->addWidget(m_empty);
    layout->addWidget(m_scroll, 1);
    layout->addWidget(m_traceBox, 1);
    setFindings({});
}

void InspectorPanel::setTraceAvailable(bool available)
{
    m_traceButton->setVisible(available);
}

void InspectorPanel::setTraceBusy(bool busy)
{
    m_traceButton->setEnabled(!busy);
    m_traceButton->setText(busy ? tr("Tracing …") : tr("Trace: Send Again with APIM Tracing"));
}

void InspectorPanel::setTrace(const std::optional<ApimTrace> &trace, const QString &problem)
{
    while (m_traceSteps->count() > 1) {
        QLayoutItem *item = m_traceSteps->takeAt(0);
        delete item->widget();
        delete item;
    }
    m_traceProblem->setText(problem);
    m_traceProblem->setVisible(!problem.isEmpty());
    m_traceScroll->setVisible(trace.has_value());
    m_traceBox->setVisible(trace.has_value() || !problem.isEmpty());
    m_empty->setVisible(m_findings.isEmpty() && m_traceBox->isHidden());
    if (!trace) {
        m_traceBox->setTitle(tr("APIM Trace"));
        return;
    }
    m_traceBox->setTitle(tr("APIM Trace %1").arg(trace->traceId));
    const ApimTraceEntry *failed = trace->failure();
    QWidget *steps = m_traceScroll->widget();
    QString section;
    for (const ApimTraceEntry &e : trace->entries) {
        if (e.section != section) {
            section = e.section;
            QLabel *heading = wrapped(section, steps);
            heading->setObjectName(u"traceSection"_s);
            QFont bold = heading->font();
            bold.setBold(true);
            heading->setFont(bold);
            m_traceSteps->insertWidget(m_traceSteps->count() - 1, heading);
        }
        // "ip-filter · 0.0 ms", then what the step did.
        QLabel *step = wrapped(tr("%1 · %2").arg(e.source, elapsedText(e.elapsed)) + u'\n' + e.summary(), steps);
        step->setObjectName(u"traceStep"_s);
        step->setToolTip(tr("%1, elapsed %2").arg(e.timestamp, e.elapsed));
        step->setContentsMargins(12, 0, 0, 2);
        if (&e == failed) {
            QFont bold = step->font();
            bold.setBold(true);
            step->setFont(bold);
        }
        m_traceSteps->insertWidget(m_traceSteps->count() - 1, step);
    }
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
    m_empty->setVisible(findings.isEmpty() && m_traceBox->isHidden());
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
