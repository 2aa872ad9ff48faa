// SPDX-License-Identifier: GPL-3.0-or-later
#include "responsepanel.h"

#include "codeeditor.h"
#include "formats/bodyformat.h"

#include <QFutureWatcher>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QStackedWidget>
#include <QTabWidget>
#include <QTreeWidget>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

using namespace Qt::StringLiterals;

namespace gatehouse::ui {

namespace {

// Status colours readable on light and dark windows alike.
QColor statusColour(int code, bool dark)
{
    if (code >= 200 && code < 300)
        return dark ? QColor(0x6c, 0xd0, 0x7a) : QColor(0x1a, 0x7f, 0x37);
    if (code >= 300 && code < 400)
        return dark ? QColor(0x79, 0xb8, 0xff) : QColor(0x09, 0x69, 0xda);
    if (code >= 400 && code < 500)
        return dark ? QColor(0xf0, 0xa0, 0x40) : QColor(0xb3, 0x5c, 0x00);
    return dark ? QColor(0xff, 0x7b, 0x72) : QColor(0xcf, 0x22, 0x2e);
}

} // namespace

ResponsePanel::ResponsePanel(SyntaxSupport &syntax, QWidget *parent)
    : QWidget(parent)
    , m_stack(new QStackedWidget(this))
    , m_placeholder(new QLabel(this))
    , m_status(new QLabel(this))
    , m_time(new QLabel(this))
    , m_size(new QLabel(this))
    , m_tabs(new QTabWidget(this))
    , m_body(new CodeEditor(syntax, this))
    , m_headers(new QTreeWidget(this))
{
    m_placeholder->setObjectName(u"responsePlaceholder"_s);
    m_placeholder->setAlignment(Qt::AlignCenter);
    m_placeholder->setWordWrap(true);
    m_placeholder->setText(tr("Enter a URL and press Send (Ctrl+Enter).\nThe response appears here."));
    m_placeholder->setForegroundRole(QPalette::PlaceholderText);

    m_status->setObjectName(u"statusLabel"_s);
    m_time->setObjectName(u"timeLabel"_s);
    m_size->setObjectName(u"sizeLabel"_s);
    QFont bold = m_status->font();
    bold.setBold(true);
    m_status->setFont(bold);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_status->setWordWrap(true);
    auto *summary = new QHBoxLayout;
    summary->addWidget(m_status, 1);
    summary->addWidget(m_time);
    summary->addSpacing(12);
    summary->addWidget(m_size);

    m_body->setObjectName(u"responseBodyEditor"_s);
    m_body->setReadOnly(true);
    m_headers->setObjectName(u"responseHeadersView"_s);
    m_headers->setColumnCount(2);
    m_headers->setHeaderLabels({tr("Header"), tr("Value")});
    m_headers->setRootIsDecorated(false);
    m_headers->setAlternatingRowColors(true);
    m_headers->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_tabs->setObjectName(u"responseTabs"_s);
    m_tabs->setDocumentMode(true);
    m_tabs->addTab(m_body, tr("Body"));
    m_tabs->addTab(m_headers, tr("Headers"));

    auto *resultPage = new QWidget(this);
    auto *resultLayout = new QVBoxLayout(resultPage);
    resultLayout->setContentsMargins(0, 0, 0, 0);
    resultLayout->addLayout(summary);
    resultLayout->addWidget(m_tabs, 1);

    m_stack->addWidget(m_placeholder);
    m_stack->addWidget(resultPage);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_stack);
}

void ResponsePanel::setStatus(const QString &text, const QColor &colour)
{
    m_status->setText(text);
    QPalette p = m_status->palette();
    p.setColor(QPalette::WindowText, colour);
    m_status->setPalette(p);
}

void ResponsePanel::showSending(const QUrl &url)
{
    ++m_generation;
    m_stack->setCurrentIndex(1);
    setStatus(tr("Sending to %1 …").arg(url.host()), palette().color(QPalette::WindowText));
    m_time->clear();
    m_size->clear();
}

void ResponsePanel::showProblem(const QString &message)
{
    ++m_generation;
    m_stack->setCurrentIndex(1);
    const bool dark = palette().color(QPalette::Window).lightnessF() < 0.5;
    setStatus(message, statusColour(500, dark));
    m_time->clear();
    m_size->clear();
    m_body->setBodyText({});
    m_headers->clear();
}

void ResponsePanel::showResult(const ExchangeResult &result)
{
    const quint64 generation = ++m_generation;
    m_stack->setCurrentIndex(1);
    const bool dark = palette().color(QPalette::Window).lightnessF() < 0.5;
    m_time->setText(tr("%1 ms").arg(result.timings.total()));
    m_time->setToolTip(tr("First byte after %1 ms").arg(result.timings.firstByte));
    m_headers->clear();
    if (!result.response) {
        setStatus(result.error ? result.error->message : tr("No response."), statusColour(500, dark));
        m_size->clear();
        m_body->setBodyText({});
        Q_EMIT bodyShown();
        return;
    }
    const HttpResponse &r = *result.response;
    QString status = QString::number(r.statusCode);
    if (!r.reasonPhrase.isEmpty())
        status += u' ' + QString::fromLatin1(r.reasonPhrase);
    setStatus(status, statusColour(r.statusCode, dark));
    m_size->setText(formatSize(r.body.size()));
    m_size->setToolTip(tr("Body %1, headers %2").arg(formatSize(r.body.size()), formatSize(r.headerBytes)));
    for (const auto &[name, value] : r.headers)
        m_headers->addTopLevelItem(new QTreeWidgetItem({QString::fromLatin1(name), QString::fromUtf8(value)}));

    const QByteArray contentType = headerValue(r.headers, "content-type");
    const BodyLanguage language = languageForContentType(contentType);
    m_body->setBodyText(tr("Formatting %1 …").arg(formatSize(r.body.size())));
    // Pretty-printing a large body takes a while: do it off the GUI thread, drop stale results.
    QtConcurrent::run([body = r.body, contentType] { return prettyPrinted(body, contentType); })
        .then(this, [this, generation, language](const QString &text) {
            if (generation != m_generation)
                return;
            m_body->setLanguage(language);
            m_body->setBodyText(text);
            Q_EMIT bodyShown();
        });
}

QString ResponsePanel::statusText() const
{
    return m_status->text();
}

} // namespace gatehouse::ui
