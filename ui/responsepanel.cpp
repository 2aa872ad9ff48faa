// SPDX-License-Identifier: GPL-3.0-or-later
#include "responsepanel.h"

#include "codeeditor.h"
#include "formats/bodyformat.h"
#include "http/exchangetext.h"
#include "timelineview.h"

#include <QAction>
#include <QButtonGroup>
#include <QCheckBox>
#include <QClipboard>
#include <QFileDialog>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QSaveFile>
#include <QScrollArea>
#include <QStackedWidget>
#include <QTabWidget>
#include <QToolButton>
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
        return dark ? QColor(0x2e, 0xa0, 0x43) : QColor(0x1a, 0x7f, 0x37);
    if (code >= 300 && code < 400)
        return dark ? QColor(0x38, 0x8b, 0xfd) : QColor(0x09, 0x69, 0xda);
    if (code >= 400 && code < 500)
        return dark ? QColor(0xd2, 0x99, 0x22) : QColor(0xb3, 0x5c, 0x00);
    return dark ? QColor(0xf8, 0x51, 0x49) : QColor(0xcf, 0x22, 0x2e);
}

QToolButton *toolButton(const QString &text, const QString &objectName, QWidget *parent)
{
    auto *b = new QToolButton(parent);
    b->setText(text);
    b->setObjectName(objectName);
    b->setAutoRaise(true);
    return b;
}

} // namespace

ResponsePanel::ResponsePanel(SyntaxSupport &syntax, QWidget *parent)
    : QWidget(parent)
    , m_syntax(syntax)
    , m_stack(new QStackedWidget(this))
    , m_placeholder(new QLabel(this))
    , m_status(new QLabel(this))
    , m_time(new QLabel(this))
    , m_size(new QLabel(this))
    , m_tlsWarning(new QLabel(this))
    , m_warnings(new QLabel(this))
    , m_tabs(new QTabWidget(this))
    , m_prettyButton(toolButton(tr("Pretty"), u"prettyButton"_s, this))
    , m_rawButton(toolButton(tr("Raw"), u"rawButton"_s, this))
    , m_find(new QLineEdit(this))
    , m_body(new CodeEditor(syntax, this))
    , m_headers(new QTreeWidget(this))
    , m_timeline(new TimelineView(this))
    , m_request(new CodeEditor(syntax, this))
    , m_revealSecrets(new QCheckBox(tr("Show credentials"), this))
{
    m_placeholder->setObjectName(u"responsePlaceholder"_s);
    m_placeholder->setAlignment(Qt::AlignCenter);
    m_placeholder->setWordWrap(true);
    m_placeholder->setText(tr("Enter a URL and press Send (Ctrl+Enter).\nThe response appears here."));
    m_placeholder->setForegroundRole(QPalette::PlaceholderText);

    m_status->setObjectName(u"statusLabel"_s);
    m_time->setObjectName(u"timeLabel"_s);
    m_size->setObjectName(u"sizeLabel"_s);
    m_tlsWarning->setObjectName(u"tlsWarning"_s);
    QFont bold = m_status->font();
    bold.setBold(true);
    m_status->setFont(bold);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_status->setWordWrap(true);
    m_tlsWarning->setText(tr("⚠ TLS certificate not verified"));
    m_tlsWarning->setToolTip(tr("Certificate verification was switched off for this request: anyone between you and the server could read and change it."));
    m_tlsWarning->hide();
    auto *summary = new QHBoxLayout;
    summary->addWidget(m_status);
    summary->addSpacing(8);
    summary->addWidget(m_tlsWarning);
    summary->addStretch(1);
    summary->addWidget(m_time);
    summary->addSpacing(12);
    summary->addWidget(m_size);

    // Body page: Pretty/Raw, find, copy, save over the highlighted body.
    auto *modes = new QButtonGroup(this);
    for (QToolButton *b : {m_prettyButton, m_rawButton}) {
        b->setCheckable(true);
        modes->addButton(b);
    }
    m_prettyButton->setChecked(true);
    connect(modes, &QButtonGroup::buttonToggled, this, [this](QAbstractButton *, bool checked) {
        if (checked)
            showBody();
    });
    m_find->setObjectName(u"bodyFindEdit"_s);
    m_find->setPlaceholderText(tr("Find in body (Enter: next, Shift+Enter: previous)"));
    m_find->setClearButtonEnabled(true);
    m_find->hide();
    connect(m_find, &QLineEdit::returnPressed, this, [this] {
        findNext(m_find->text(), QGuiApplication::keyboardModifiers() & Qt::ShiftModifier);
    });
    auto *hideFind = new QAction(m_find);
    hideFind->setShortcut(QKeySequence(Qt::Key_Escape));
    hideFind->setShortcutContext(Qt::WidgetShortcut);
    connect(hideFind, &QAction::triggered, this, [this] {
        m_find->hide();
        m_body->setFocus();
    });
    m_find->addAction(hideFind);
    QToolButton *findButton = toolButton(tr("Find"), u"findButton"_s, this);
    findButton->setToolTip(tr("Find in the body (Ctrl+F)"));
    connect(findButton, &QToolButton::clicked, this, &ResponsePanel::startFind);
    QToolButton *copyButton = toolButton(tr("Copy"), u"copyBodyButton"_s, this);
    copyButton->setToolTip(tr("Copy the body as shown"));
    connect(copyButton, &QToolButton::clicked, this, [this] { QGuiApplication::clipboard()->setText(m_body->toPlainText()); });
    QToolButton *saveButton = toolButton(tr("Save…"), u"saveBodyButton"_s, this);
    saveButton->setToolTip(tr("Save the body, exactly as received, to a file"));
    connect(saveButton, &QToolButton::clicked, this, &ResponsePanel::saveBody);
    auto *bodyBar = new QHBoxLayout;
    bodyBar->setContentsMargins(0, 0, 0, 0);
    bodyBar->addWidget(m_prettyButton);
    bodyBar->addWidget(m_rawButton);
    bodyBar->addSpacing(8);
    bodyBar->addWidget(m_find, 1);
    bodyBar->addStretch();
    bodyBar->addWidget(findButton);
    bodyBar->addWidget(copyButton);
    bodyBar->addWidget(saveButton);
    m_body->setObjectName(u"responseBodyEditor"_s);
    m_body->setReadOnly(true);
    auto *bodyPage = new QWidget(this);
    auto *bodyLayout = new QVBoxLayout(bodyPage);
    bodyLayout->setContentsMargins(0, 4, 0, 0);
    bodyLayout->addLayout(bodyBar);
    bodyLayout->addWidget(m_body, 1);
    auto *findAction = new QAction(this);
    findAction->setShortcut(QKeySequence::Find);
    findAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(findAction, &QAction::triggered, this, &ResponsePanel::startFind);
    addAction(findAction);

    m_headers->setObjectName(u"responseHeadersView"_s);
    m_headers->setColumnCount(2);
    m_headers->setHeaderLabels({tr("Header"), tr("Value")});
    m_headers->setRootIsDecorated(false);
    m_headers->setAlternatingRowColors(true);
    m_headers->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);

    auto *timelineScroll = new QScrollArea(this);
    timelineScroll->setWidget(m_timeline);
    timelineScroll->setWidgetResizable(true);
    timelineScroll->setFrameShape(QFrame::NoFrame);

    m_request->setObjectName(u"requestAsSentView"_s);
    m_request->setReadOnly(true);
    m_revealSecrets->setObjectName(u"revealSecretsCheck"_s);
    m_revealSecrets->setToolTip(tr("Credentials (Authorization, subscription keys, cookies) are masked so they never end up in a screenshot."));
    connect(m_revealSecrets, &QCheckBox::toggled, this, &ResponsePanel::showRequest);
    auto *requestPage = new QWidget(this);
    auto *requestLayout = new QVBoxLayout(requestPage);
    requestLayout->setContentsMargins(0, 4, 0, 0);
    requestLayout->addWidget(m_revealSecrets);
    requestLayout->addWidget(m_request, 1);

    m_tabs->setObjectName(u"responseTabs"_s);
    m_tabs->setDocumentMode(true);
    m_tabs->addTab(bodyPage, tr("Body"));
    m_tabs->addTab(m_headers, tr("Headers"));
    m_tabs->addTab(timelineScroll, tr("Timeline"));
    m_tabs->addTab(requestPage, tr("Request sent"));

    auto *resultPage = new QWidget(this);
    auto *resultLayout = new QVBoxLayout(resultPage);
    resultLayout->setContentsMargins(0, 0, 0, 0);
    m_warnings->setObjectName(u"requestWarnings"_s);
    m_warnings->setWordWrap(true);
    m_warnings->hide();
    resultLayout->addWidget(m_warnings);
    resultLayout->addLayout(summary);
    resultLayout->addWidget(m_tabs, 1);

    m_stack->addWidget(m_placeholder);
    m_stack->addWidget(resultPage);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_stack);
}

void ResponsePanel::setStatus(const QString &text, int statusCode)
{
    m_status->setText(text);
    const bool dark = palette().color(QPalette::Window).lightnessF() < 0.5;
    if (statusCode > 0) {
        // A coloured badge, as in every API client: the colour alone tells success from failure.
        m_status->setStyleSheet(u"QLabel#statusLabel { background: %1; color: white; border-radius: 4px; padding: 2px 8px; }"_s
                                    .arg(statusColour(statusCode, dark).name()));
        m_status->setSizePolicy(QSizePolicy::Maximum, QSizePolicy::Preferred);
        m_status->setMinimumWidth(0);
    } else if (statusCode < 0) {
        m_status->setStyleSheet(u"QLabel#statusLabel { color: %1; }"_s.arg(statusColour(500, dark).name()));
        m_status->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
        m_status->setMinimumWidth(200);
    } else {
        m_status->setStyleSheet({});
        m_status->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    }
}

void ResponsePanel::showSending(const QUrl &url)
{
    ++m_generation;
    m_stack->setCurrentIndex(1);
    setStatus(tr("Sending to %1 …").arg(url.host()), 0);
    m_time->clear();
    m_size->clear();
    m_tlsWarning->hide();
}

void ResponsePanel::showProblem(const QString &message)
{
    ++m_generation;
    m_stack->setCurrentIndex(1);
    setStatus(message, -1);
    m_time->clear();
    m_size->clear();
    m_tlsWarning->hide();
    m_body->setBodyText({});
    m_headers->clear();
    Q_EMIT bodyShown();
}

void ResponsePanel::showResult(const ExchangeResult &result)
{
    const quint64 generation = ++m_generation;
    m_result = result;
    m_prettyReady = false;
    m_prettyText.clear();
    m_stack->setCurrentIndex(1);
    m_time->setText(tr("%1 ms").arg(result.timings.total()));
    m_time->setToolTip(tr("First byte after %1 ms").arg(result.timings.firstByte));
    m_tlsWarning->setVisible(result.tls && !result.tls->verified);
    m_timeline->setTimings(result.timings);
    m_headers->clear();
    showRequest();
    if (!result.response) {
        setStatus(result.error ? result.error->message : tr("No response."), -1);
        m_size->clear();
        m_body->setBodyText({});
        Q_EMIT bodyShown();
        return;
    }
    const HttpResponse &r = *result.response;
    QString status = QString::number(r.statusCode);
    if (!r.reasonPhrase.isEmpty())
        status += u' ' + QString::fromLatin1(r.reasonPhrase);
    setStatus(status, r.statusCode);
    m_size->setText(formatSize(r.body.size()));
    m_size->setToolTip(r.encodedBodySize != r.body.size()
                           ? tr("Body %1 (%2 on the wire), headers %3").arg(formatSize(r.body.size()), formatSize(r.encodedBodySize), formatSize(r.headerBytes))
                           : tr("Body %1, headers %2").arg(formatSize(r.body.size()), formatSize(r.headerBytes)));
    for (const auto &[name, value] : r.headers)
        m_headers->addTopLevelItem(new QTreeWidgetItem({QString::fromLatin1(name), QString::fromUtf8(value)}));

    const QByteArray contentType = headerValue(r.headers, "content-type");
    m_body->setLanguage(languageForContentType(contentType));
    if (!isPretty()) {
        showBody();
        return;
    }
    m_body->setBodyText(tr("Formatting %1 …").arg(formatSize(r.body.size())));
    // Pretty-printing a large body takes a while: do it off the GUI thread, drop stale results.
    QtConcurrent::run([body = r.body, contentType] { return prettyPrinted(body, contentType); })
        .then(this, [this, generation](const QString &text) {
            if (generation != m_generation)
                return;
            m_prettyText = text;
            m_prettyReady = true;
            showBody();
        });
}

void ResponsePanel::showBody()
{
    if (!m_result.response)
        return;
    const HttpResponse &r = *m_result.response;
    if (isPretty() && !m_prettyReady)
        return; // arrives with the background result
    const QString text = isPretty() ? m_prettyText : decodeBody(r.body, headerValue(r.headers, "content-type"));
    // Wrapping helps reading long values; on big bodies it would cost too much layout work.
    m_body->setLineWrapMode(text.size() < 1024 * 1024 ? QPlainTextEdit::WidgetWidth : QPlainTextEdit::NoWrap);
    m_body->setBodyText(text);
    Q_EMIT bodyShown();
}

void ResponsePanel::showRequest()
{
    m_request->setBodyText(sentRequestText(m_result.request, m_revealSecrets->isChecked() ? Secrets::Reveal : Secrets::Redact));
}

bool ResponsePanel::isPretty() const
{
    return m_prettyButton->isChecked();
}

void ResponsePanel::setPretty(bool pretty)
{
    (pretty ? m_prettyButton : m_rawButton)->setChecked(true);
}

void ResponsePanel::startFind()
{
    m_tabs->setCurrentIndex(0);
    m_find->show();
    m_find->setFocus(Qt::ShortcutFocusReason);
    m_find->selectAll();
}

bool ResponsePanel::findNext(const QString &text, bool backwards)
{
    if (text.isEmpty())
        return false;
    const QTextDocument::FindFlags flags = backwards ? QTextDocument::FindBackward : QTextDocument::FindFlags();
    if (m_body->find(text, flags))
        return true;
    // Wrap around once.
    QTextCursor cursor = m_body->textCursor();
    cursor.movePosition(backwards ? QTextCursor::End : QTextCursor::Start);
    m_body->setTextCursor(cursor);
    return m_body->find(text, flags);
}

void ResponsePanel::saveBody()
{
    if (!m_result.response)
        return;
    const QString path = QFileDialog::getSaveFileName(this, tr("Save Response Body"));
    if (path.isEmpty())
        return;
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(m_result.response->body) != m_result.response->body.size() || !file.commit())
        QMessageBox::warning(this, tr("Save Response Body"), tr("Cannot write '%1': %2").arg(path, file.errorString()));
}

void ResponsePanel::setWarnings(const QStringList &warnings)
{
    m_warnings->setText(warnings.isEmpty() ? QString() : u"⚠ "_s + warnings.join(u"\n⚠ "_s));
    m_warnings->setVisible(!warnings.isEmpty());
}

QString ResponsePanel::statusText() const
{
    return m_status->text();
}

} // namespace gatehouse::ui
