// SPDX-License-Identifier: GPL-3.0-or-later
#include "responsepanel.h"

#include "codeeditor.h"
#include "formats/bodyformat.h"
#include "formats/export/codegen.h"
#include "formats/jsonpath.h"
#include "http/exchangetext.h"
#include "largetextview.h"
#include "storage/atomicfile.h"
#include "syntaxsupport.h"
#include "timelineview.h"

#include <QAction>
#include <QBuffer>
#include <QButtonGroup>
#include <QCheckBox>
#include <QClipboard>
#include <QDesktopServices>
#include <QElapsedTimer>
#include <QLoggingCategory>
#include <QFile>
#include <QFileDialog>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QImageReader>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMenu>
#include <QMessageBox>
#include <QNetworkCookie>
#include <QTemporaryDir>
#include <QScrollArea>
#include <QStackedWidget>
#include <QTabWidget>
#include <QTextBrowser>
#include <QPointer>
#include <QProgressBar>
#include <QTextDocument>
#include <QTextLayout>
#include <QThread>
#include <QThreadPool>
#include <QToolButton>
#include <QTreeWidget>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

#ifdef GATEHOUSE_HAVE_QTPDF
#include <QPdfDocument>
#include <QPdfView>
#endif

using namespace Qt::StringLiterals;

namespace gatehouse::ui {

// QT_LOGGING_RULES="gatehouse.ui.largebody.debug=true": what the GUI thread spends on a whole large body.
Q_LOGGING_CATEGORY(lcLargeBody, "gatehouse.ui.largebody", QtWarningMsg)

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
    , m_progress(new QWidget(this))
    , m_progressBar(new QProgressBar(m_progress))
    , m_progressText(new QLabel(m_progress))
    , m_tabs(new QTabWidget(this))
    , m_prettyButton(toolButton(tr("Pretty"), u"prettyButton"_s, this))
    , m_rawButton(toolButton(tr("Raw"), u"rawButton"_s, this))
    , m_find(new QLineEdit(this))
    , m_jsonPath(new QLineEdit(this))
    , m_body(new CodeEditor(syntax, this))
    , m_bodyStack(new QStackedWidget(this))
    , m_largeView(new LargeTextView(syntax, this))
    , m_headers(new QTreeWidget(this))
    , m_cookies(new QTreeWidget(this))
    , m_largeBar(new QWidget(this))
    , m_largeNotice(new QLabel(m_largeBar))
    , m_fullBodyButton(new QToolButton(m_largeBar))
    , m_timeline(new TimelineView(this))
    , m_request(new CodeEditor(syntax, this))
    , m_revealSecrets(new QCheckBox(tr("Show credentials"), this))
    , m_copyAs(toolButton(tr("Copy as"), u"copyAsButton"_s, this))
    , m_preview(new QStackedWidget(this))
    , m_previewHtml(new QTextBrowser(this))
    , m_previewImage(new QLabel(this))
    , m_previewNote(new QLabel(this))
    , m_pdfNote(new QLabel(this))
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
    // The protocol the response came over, next to its status ("200 OK · HTTP/2").
    m_httpVersion = new QLabel(this);
    m_httpVersion->setObjectName(u"httpVersionLabel"_s);
    m_httpVersion->setToolTip(tr("The HTTP version the response came over"));
    m_httpVersion->setForegroundRole(QPalette::PlaceholderText);
    m_httpVersion->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *summary = new QHBoxLayout;
    summary->addWidget(m_status);
    summary->addWidget(m_httpVersion);
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
        (largeViewShown() ? static_cast<QWidget *>(m_largeView) : m_body)->setFocus();
    });
    m_find->addAction(hideFind);
    // A JSONPath filter over JSON bodies ($.items[0].name, $..id): shows the selected values only.
    m_jsonPath->setObjectName(u"jsonPathFilter"_s);
    m_jsonPath->setPlaceholderText(tr("Filter JSON: $.items[0].name, $..id"));
    m_jsonPath->setToolTip(tr("A JSONPath expression; the body shows the values it selects. Empty: the whole body."));
    m_jsonPath->setClearButtonEnabled(true);
    m_jsonPath->hide();
    connect(m_jsonPath, &QLineEdit::textChanged, this, &ResponsePanel::applyJsonPath);
    QToolButton *findButton = toolButton(tr("Find"), u"findButton"_s, this);
    findButton->setToolTip(tr("Find in the body (Ctrl+F)"));
    connect(findButton, &QToolButton::clicked, this, &ResponsePanel::startFind);
    QToolButton *copyButton = toolButton(tr("Copy"), u"copyBodyButton"_s, this);
    copyButton->setToolTip(tr("Copy the body as shown"));
    connect(copyButton, &QToolButton::clicked, this, [this] { QGuiApplication::clipboard()->setText(shownBodyText()); });
    QToolButton *saveButton = toolButton(tr("Save…"), u"saveBodyButton"_s, this);
    saveButton->setToolTip(tr("Save the body, exactly as received, to a file"));
    connect(saveButton, &QToolButton::clicked, this, &ResponsePanel::saveBody);
    auto *bodyBar = new QHBoxLayout;
    bodyBar->setContentsMargins(0, 0, 0, 0);
    bodyBar->addWidget(m_prettyButton);
    bodyBar->addWidget(m_rawButton);
    bodyBar->addSpacing(8);
    bodyBar->addWidget(m_find, 1);
    bodyBar->addWidget(m_jsonPath, 1);
    bodyBar->addStretch();
    bodyBar->addWidget(findButton);
    bodyBar->addWidget(copyButton);
    bodyBar->addWidget(saveButton);
    m_body->setObjectName(u"responseBodyEditor"_s);
    m_body->setReadOnly(true);
    m_body->setUndoRedoEnabled(false); // read-only: an undo stack would only double big bodies
    m_largeView->setObjectName(u"largeBodyView"_s);
    m_largeView->setFont(m_body->font());
    m_bodyStack->addWidget(m_body);
    m_bodyStack->addWidget(m_largeView);

    m_largeBar->setObjectName(u"largeBodyBar"_s);
    m_largeNotice->setObjectName(u"largeBodyNotice"_s);
    m_largeNotice->setWordWrap(true);
    m_fullBodyButton->setObjectName(u"fullBodyButton"_s);
    m_fullBodyButton->setToolButtonStyle(Qt::ToolButtonTextOnly);
    connect(m_fullBodyButton, &QToolButton::clicked, this, &ResponsePanel::requestFullBody);
    auto *largeLayout = new QHBoxLayout(m_largeBar);
    largeLayout->setContentsMargins(0, 0, 0, 0);
    largeLayout->addWidget(m_largeNotice, 1);
    largeLayout->addWidget(m_fullBodyButton);
    m_largeBar->hide();
    auto *bodyPage = new QWidget(this);
    auto *bodyLayout = new QVBoxLayout(bodyPage);
    bodyLayout->setContentsMargins(0, 4, 0, 0);
    bodyLayout->addLayout(bodyBar);
    bodyLayout->addWidget(m_largeBar);
    bodyLayout->addWidget(m_bodyStack, 1);
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

    m_cookies->setObjectName(u"responseCookiesView"_s);
    m_cookies->setColumnCount(6);
    m_cookies->setHeaderLabels({tr("Name"), tr("Value"), tr("Domain"), tr("Path"), tr("Expires"), tr("Flags")});
    m_cookies->setRootIsDecorated(false);
    m_cookies->setAlternatingRowColors(true);

    auto *timelineScroll = new QScrollArea(this);
    timelineScroll->setWidget(m_timeline);
    timelineScroll->setWidgetResizable(true);
    timelineScroll->setFrameShape(QFrame::NoFrame);

    m_request->setObjectName(u"requestAsSentView"_s);
    m_request->setReadOnly(true);
    m_revealSecrets->setObjectName(u"revealSecretsCheck"_s);
    m_revealSecrets->setToolTip(tr("Credentials (Authorization, subscription keys, cookies) are masked so they never end up in a screenshot."));
    connect(m_revealSecrets, &QCheckBox::toggled, this, &ResponsePanel::showRequest);
    // "Copy as": the request as sent, as curl (the default) or code; credentials as the checkbox says.
    m_copyAs->setToolTip(tr("Copy the request as sent as a curl command (or, from the menu, as code)"));
    m_copyAs->setPopupMode(QToolButton::MenuButtonPopup);
    auto *copyMenu = new QMenu(m_copyAs);
    const auto copyRequestAs = [this](CodeFormat format) {
        HttpRequest request;
        request.method = m_result.request.method;
        request.url = m_result.request.url;
        request.headers = m_result.request.headers;
        request.body = m_result.request.body;
        request.credentialHeaders = m_result.request.credentialHeaders;
        request.followRedirects = false; // what was sent: one hop
        CodegenOptions options;
        options.secrets = m_revealSecrets->isChecked() ? Secrets::Reveal : Secrets::Redact;
        QGuiApplication::clipboard()->setText(generateCode(request, format, options));
    };
    for (const CodeFormat format : codeFormats()) {
        QAction *action = copyMenu->addAction(codeFormatTitle(format));
        action->setObjectName(u"copyAs_"_s + codeFormatName(format));
        connect(action, &QAction::triggered, this, [copyRequestAs, format] { copyRequestAs(format); });
    }
    m_copyAs->setMenu(copyMenu);
    connect(m_copyAs, &QToolButton::clicked, this, [copyRequestAs] { copyRequestAs(CodeFormat::Curl); });
    auto *requestPage = new QWidget(this);
    auto *requestLayout = new QVBoxLayout(requestPage);
    requestLayout->setContentsMargins(0, 4, 0, 0);
    auto *requestBar = new QHBoxLayout;
    requestBar->addWidget(m_revealSecrets);
    requestBar->addStretch();
    requestBar->addWidget(m_copyAs);
    requestLayout->addLayout(requestBar);
    requestLayout->addWidget(m_request, 1);

    m_tabs->setObjectName(u"responseTabs"_s);
    m_tabs->setDocumentMode(true);
    m_tabs->addTab(bodyPage, tr("Body"));
    m_tabs->addTab(m_headers, tr("Headers"));
    m_tabs->addTab(m_cookies, tr("Cookies"));
    m_previewHtml->setObjectName(u"previewHtml"_s);
    m_previewHtml->setOpenLinks(false); // a preview, not a browser: nothing is fetched
    m_previewImage->setObjectName(u"previewImage"_s);
    m_previewImage->setAlignment(Qt::AlignCenter);
    m_previewNote->setObjectName(u"previewNote"_s);
    m_previewNote->setAlignment(Qt::AlignCenter);
    m_previewNote->setWordWrap(true);
    m_previewNote->setForegroundRole(QPalette::PlaceholderText);
    m_preview->setObjectName(u"responsePreview"_s);
    m_preview->addWidget(m_previewNote);
    m_preview->addWidget(m_previewHtml);
    auto *imageScroll = new QScrollArea(this);
    imageScroll->setWidget(m_previewImage);
    imageScroll->setWidgetResizable(true);
    m_preview->addWidget(imageScroll);
    // PDF: shown by Qt PDF where the build has it; always offered to the desktop's PDF viewer.
    auto *pdfPage = new QWidget(this);
    auto *pdfLayout = new QVBoxLayout(pdfPage);
    pdfLayout->setContentsMargins(0, 4, 0, 0);
    auto *pdfBar = new QHBoxLayout;
    m_pdfNote->setObjectName(u"pdfNote"_s);
    m_pdfNote->setWordWrap(true);
    QToolButton *openPdf = toolButton(tr("Open in PDF Viewer"), u"openPdfButton"_s, pdfPage);
    openPdf->setToolTip(tr("Open the PDF with the desktop's default PDF viewer"));
    connect(openPdf, &QToolButton::clicked, this, &ResponsePanel::openPdfExternally);
    pdfBar->addWidget(m_pdfNote, 1);
    pdfBar->addWidget(openPdf);
    pdfLayout->addLayout(pdfBar);
    // The QPdfView is made with the first PDF body (ensurePdfView): each one starts a render thread.
    m_pdfPage = pdfPage;
#ifndef GATEHOUSE_HAVE_QTPDF
    pdfLayout->addStretch(1);
#endif
    m_preview->addWidget(pdfPage);
    m_tabs->addTab(m_preview, tr("Preview"));
    m_tabs->addTab(timelineScroll, tr("Timeline"));
    m_tabs->addTab(requestPage, tr("Request sent"));

    // Download progress: what arrived, of how much, how fast; Cancel stops the exchange.
    m_progress->setObjectName(u"downloadProgress"_s);
    m_progressBar->setObjectName(u"downloadProgressBar"_s);
    m_progressBar->setAccessibleName(tr("Download progress"));
    m_progressBar->setTextVisible(false);
    m_progressBar->setMaximumHeight(m_progressText->sizeHint().height());
    m_progressText->setObjectName(u"downloadProgressText"_s);
    QToolButton *cancelButton = toolButton(tr("Cancel"), u"cancelDownloadButton"_s, m_progress);
    cancelButton->setToolTip(tr("Stop receiving the response (Esc)"));
    connect(cancelButton, &QToolButton::clicked, this, &ResponsePanel::cancelRequested);
    auto *progressLayout = new QHBoxLayout(m_progress);
    progressLayout->setContentsMargins(0, 0, 0, 0);
    progressLayout->addWidget(m_progressBar, 1);
    progressLayout->addWidget(m_progressText);
    progressLayout->addWidget(cancelButton);
    m_progress->hide();

    auto *resultPage = new QWidget(this);
    auto *resultLayout = new QVBoxLayout(resultPage);
    resultLayout->setContentsMargins(0, 0, 0, 0);
    m_warnings->setObjectName(u"requestWarnings"_s);
    m_warnings->setWordWrap(true);
    m_warnings->hide();
    resultLayout->addWidget(m_warnings);
    resultLayout->addLayout(summary);
    resultLayout->addWidget(m_progress);
    resultLayout->addWidget(m_tabs, 1);

    m_stack->addWidget(m_placeholder);
    m_stack->addWidget(resultPage);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_stack);
}

ResponsePanel::~ResponsePanel() = default;

void ResponsePanel::setStatus(const QString &text, int statusCode)
{
    m_status->setText(text);
    m_httpVersion->clear(); // set again by showResult for a response
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
    m_progressBar->setRange(0, 0); // busy until the first bytes say how many
    m_progressText->setText(tr("Waiting for the response …"));
    m_progress->show();
}

void ResponsePanel::showProgress(qint64 bytesReceived, qint64 bytesTotal, double bytesPerSecond)
{
    if (bytesTotal > 0) {
        // QProgressBar counts in int: per mille of the total.
        m_progressBar->setRange(0, 1000);
        m_progressBar->setValue(int(std::clamp(bytesReceived * 1000 / bytesTotal, qint64(0), qint64(1000))));
    } else {
        m_progressBar->setRange(0, 0);
    }
    const QString rate = bytesPerSecond > 0 ? tr("%1/s").arg(formatSize(qint64(bytesPerSecond))) : QString();
    QString text = bytesTotal > 0 ? tr("%1 of %2").arg(formatSize(bytesReceived), formatSize(bytesTotal))
                                  : tr("%1 received").arg(formatSize(bytesReceived));
    if (!rate.isEmpty())
        text += u" · "_s + rate;
    m_progressText->setText(text);
    m_progress->show();
}

void ResponsePanel::showProblem(const QString &message)
{
    ++m_generation;
    m_progress->hide();
    releaseLargeDocument();
    m_large = false;
    m_largeBar->hide();
    m_jsonPath->hide();
    m_cookies->clear();
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
    m_progress->hide();
    releaseLargeDocument(); // hundreds of MB for a large body: not kept beside the next one
    m_result = result;
    m_prettyReady = false;
    m_prettyText.clear();
    m_large = false;
    m_fullLoading = false;
    m_fullShown = false;
    m_bodyStack->setCurrentWidget(m_body);
    m_largeBar->hide();
    m_jsonPath->hide();
    m_cookies->clear();
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
    if (!r.httpVersion.isEmpty())
        m_httpVersion->setText(u"· HTTP/"_s + QString::fromLatin1(r.httpVersion));
    m_size->setText(formatSize(r.bodySize()));
    m_size->setToolTip(r.encodedBodySize != r.bodySize()
                           ? tr("Body %1 (%2 on the wire), headers %3").arg(formatSize(r.bodySize()), formatSize(r.encodedBodySize), formatSize(r.headerBytes))
                           : tr("Body %1, headers %2").arg(formatSize(r.bodySize()), formatSize(r.headerBytes)));
    for (const auto &[name, value] : r.headers)
        m_headers->addTopLevelItem(new QTreeWidgetItem({QString::fromLatin1(name), QString::fromUtf8(value)}));
    showCookies();
    showPreviewTab();
    m_large = r.bodyInFile() || r.bodySize() > LargeBodyThreshold;
    if (m_large) {
        // Raw first bytes at once; the whole body, formatted, only when asked for.
        showPreview();
        return;
    }

    const QByteArray contentType = headerValue(r.headers, "content-type");
    m_body->setLanguage(languageForContentType(contentType));
    m_jsonPath->setVisible(!m_large && languageForContentType(contentType) == BodyLanguage::Json);
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
    if (m_large) {
        // Pretty/Raw changed: back to the preview; "Show all" formats the whole body the new way.
        ++m_generation;
        releaseLargeDocument();
        m_fullLoading = false;
        m_fullShown = false;
        showPreview();
        return;
    }
    if (isPretty() && !m_prettyReady)
        return; // arrives with the background result
    const QString text = isPretty() ? m_prettyText : decodeBody(r.body, headerValue(r.headers, "content-type"));
    // Wrapping helps reading long values; on big bodies it would cost too much layout work.
    m_body->setLineWrapMode(text.size() < 1024 * 1024 ? QPlainTextEdit::WidgetWidth : QPlainTextEdit::NoWrap);
    m_body->setBodyText(text);
    if (!m_jsonPath->isHidden() && !m_jsonPath->text().trimmed().isEmpty())
        applyJsonPath();
    Q_EMIT bodyShown();
}

void ResponsePanel::showPreview()
{
    const HttpResponse &r = *m_result.response;
    const QByteArray contentType = headerValue(r.headers, "content-type");
    const QByteArray head = r.body.first(std::min(r.body.size(), PreviewBytes));
    // In the large-body view, wrapped: the editor would lay out all of a first line of 64 KB
    // (a JSON document on one line) at once, tens of ms on the GUI thread. Not highlighted:
    // partial JSON would only highlight as errors.
    if (!m_body->document()->isEmpty())
        m_body->setBodyText({});
    m_largeView->setWrapping(true);
    m_largeView->setDefinition({});
    m_largeView->setText(LargeText::make(decodeBody(head, contentType)));
    m_bodyStack->setCurrentWidget(m_largeView);
    const BodyLanguage language = languageForContentType(contentType);
    const bool formattable = language == BodyLanguage::Json || language == BodyLanguage::Xml;
    m_largeNotice->setText(tr("Large body (%1): the first %2 are shown as received.").arg(formatSize(r.bodySize()), formatSize(head.size())));
    m_fullBodyButton->setText(isPretty() && formattable ? tr("Show all, formatted") : tr("Show all"));
    m_fullBodyButton->setEnabled(true);
    m_largeBar->show();
    Q_EMIT bodyShown();
}

namespace {

struct FormattedBody {
    std::shared_ptr<const LargeText> text;
    qint64 characters = 0;
    bool truncated = false;
};

// Reads, decodes and formats the whole body and indexes its lines. Runs on a worker thread.
FormattedBody formatLargeBody(QByteArray body, const QString &path, const QByteArray &contentType, bool pretty)
{
    if (!path.isEmpty()) {
        QFile file(path);
        if (file.open(QIODevice::ReadOnly))
            body = file.readAll();
    }
    QString text = pretty ? prettyPrinted(body, contentType) : decodeBody(body, contentType);
    body = QByteArray();
    FormattedBody out;
    if (text.size() > ResponsePanel::FullBodyTextLimit) {
        const qsizetype newline = text.lastIndexOf(u'\n', ResponsePanel::FullBodyTextLimit);
        text.truncate(newline > 0 ? newline : ResponsePanel::FullBodyTextLimit);
        text.squeeze();
        out.truncated = true;
    }
    out.characters = text.size();
    out.text = LargeText::make(std::move(text));
    return out;
}

} // namespace

bool ResponsePanel::requestFullBody()
{
    if (!m_result.response || !m_large || m_fullShown || m_fullLoading)
        return false;
    m_fullLoading = true;
    const quint64 generation = m_generation;
    const HttpResponse &r = *m_result.response;
    const QByteArray contentType = headerValue(r.headers, "content-type");
    m_fullBodyButton->setEnabled(false);
    m_largeNotice->setText(tr("Reading and formatting %1 …").arg(formatSize(r.bodySize())));
    QtConcurrent::run([body = r.body, path = r.bodyFilePath, keep = r.bodyTempFile, contentType, pretty = isPretty()] {
        return formatLargeBody(body, path, contentType, pretty);
    }).then(this, [this, generation, contentType](FormattedBody formatted) {
        if (generation != m_generation) {
            // Dropped on a worker: freeing hundreds of MB is not free either.
            QThreadPool::globalInstance()->start([text = std::move(formatted.text)]() mutable { text.reset(); });
            return;
        }
        const KSyntaxHighlighting::Definition definition = m_syntax.definitionFor(languageForContentType(contentType));
        QString notice = formatted.truncated
            ? tr("The first %1 characters of the body are shown; save the body to see all of it.").arg(QLocale().toString(formatted.characters))
            : tr("The whole body is shown.");
        notice += u' ' + (definition.isValid() ? tr("Highlighting follows the lines on screen.") : tr("Not highlighted."));
        m_largeNotice->setText(notice);
        QElapsedTimer clock;
        clock.start();
        // Costs the same for any number of lines: the view lays out only what is on screen.
        m_largeView->setWrapping(false);
        m_largeView->setText(std::move(formatted.text));
        m_largeView->setDefinition(definition);
        m_bodyStack->setCurrentWidget(m_largeView);
        qCDebug(lcLargeBody, "GUI thread: %.1f ms to show %lld lines", double(clock.nsecsElapsed()) / 1e6, qlonglong(m_largeView->text()->lineCount()));
        m_fullLoading = false;
        m_fullShown = true;
        Q_EMIT bodyShown();
    });
    return true;
}

void ResponsePanel::releaseLargeDocument()
{
    m_largeView->clear();
    if (m_bodyStack->currentWidget() == m_largeView)
        m_bodyStack->setCurrentWidget(m_body);
}

bool ResponsePanel::largeViewShown() const
{
    return m_bodyStack->currentWidget() == m_largeView;
}

QString ResponsePanel::shownBodyText() const
{
    return largeViewShown() ? m_largeView->plainText() : m_body->toPlainText();
}

void ResponsePanel::applyJsonPath()
{
    if (!m_result.response || m_large)
        return;
    const HttpResponse &r = *m_result.response;
    const QString path = m_jsonPath->text().trimmed();
    m_jsonPath->setStyleSheet({});
    if (path.isEmpty()) {
        m_body->setBodyText(isPretty() && m_prettyReady ? m_prettyText : decodeBody(r.body, headerValue(r.headers, "content-type")));
        return;
    }
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(r.body, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        m_jsonPath->setToolTip(tr("The body is no valid JSON: %1").arg(parseError.errorString()));
        return;
    }
    const QJsonValue root = document.isArray() ? QJsonValue(document.array()) : QJsonValue(document.object());
    const auto selected = evaluateJsonPath(root, path);
    if (!selected) {
        // Typing goes through incomplete expressions: mark the field, keep the last good result.
        m_jsonPath->setStyleSheet(u"QLineEdit#jsonPathFilter { color: %1; }"_s.arg(statusColour(500, palette().color(QPalette::Window).lightnessF() < 0.5).name()));
        m_jsonPath->setToolTip(selected.error().message);
        return;
    }
    m_jsonPath->setToolTip(tr("%1 values selected").arg(selected->size()));
    m_body->setBodyText(QString::fromUtf8(QJsonDocument(*selected).toJson(QJsonDocument::Indented)));
}

void ResponsePanel::showPreviewTab()
{
    m_previewHtml->clear();
    m_previewImage->clear();
    const HttpResponse &r = *m_result.response;
    const QByteArray type = headerValue(r.headers, "content-type").toLower();
    if (type.startsWith("image/") && !r.bodyInFile()) {
        QBuffer buffer;
        buffer.setData(r.body);
        QImageReader reader(&buffer);
        const QImage image = reader.read();
        if (!image.isNull()) {
            m_previewImage->setPixmap(QPixmap::fromImage(image));
            m_previewImage->setToolTip(tr("%1 × %2 pixels").arg(image.width()).arg(image.height()));
            m_preview->setCurrentIndex(2);
            return;
        }
        m_previewNote->setText(tr("This image cannot be shown: %1").arg(reader.errorString()));
    } else if (type.startsWith("application/pdf")) {
        m_pdfNote->setText(tr("PDF document, %1.").arg(formatSize(r.bodySize())));
#ifdef GATEHOUSE_HAVE_QTPDF
        auto *document = static_cast<QPdfView *>(ensurePdfView())->document();
        document->close();
        qDeleteAll(document->findChildren<QBuffer *>(Qt::FindDirectChildrenOnly)); // the last body's
        if (r.bodyInFile()) {
            document->load(r.bodyFilePath);
        } else {
            auto *buffer = new QBuffer(document);
            buffer->setData(r.body);
            buffer->open(QIODevice::ReadOnly);
            document->load(buffer); // the note follows statusChanged
        }
#else
        m_pdfNote->setText(tr("PDF document, %1. This build has no PDF preview: open it in your PDF viewer.").arg(formatSize(r.bodySize())));
#endif
        m_preview->setCurrentIndex(3);
        return;
    } else if (type.startsWith("text/html") && r.bodySize() <= LargeBodyThreshold) {
        // QTextBrowser renders a subset of HTML 4 and CSS, without scripts or remote content.
        m_previewHtml->setHtml(decodeBody(r.body, type));
        m_preview->setCurrentIndex(1);
        return;
    } else {
        m_previewNote->setText(tr("A preview is shown for HTML pages (up to %1), images and PDF documents.").arg(formatSize(LargeBodyThreshold)));
    }
    m_preview->setCurrentIndex(0);
}

#ifdef GATEHOUSE_HAVE_QTPDF
QWidget *ResponsePanel::ensurePdfView()
{
    if (m_pdfView)
        return m_pdfView;
    auto *pdfView = new QPdfView(m_pdfPage);
    pdfView->setObjectName(u"pdfView"_s);
    pdfView->setPageMode(QPdfView::PageMode::MultiPage);
    pdfView->setZoomMode(QPdfView::ZoomMode::FitToWidth);
    auto *pdfDocument = new QPdfDocument(pdfView);
    pdfView->setDocument(pdfDocument);
    connect(pdfDocument, &QPdfDocument::statusChanged, this, [this, pdfDocument](QPdfDocument::Status status) {
        if (!m_result.response)
            return;
        if (status == QPdfDocument::Status::Ready)
            m_pdfNote->setText(tr("PDF document, %1, %n page(s).", nullptr, pdfDocument->pageCount()).arg(formatSize(m_result.response->bodySize())));
        else if (status == QPdfDocument::Status::Error)
            m_pdfNote->setText(tr("This PDF cannot be shown here; try the PDF viewer."));
    });
    qobject_cast<QVBoxLayout *>(m_pdfPage->layout())->addWidget(pdfView, 1);
    m_pdfView = pdfView;
    return pdfView;
}
#endif

void ResponsePanel::openPdfExternally()
{
    if (!m_result.response)
        return;
    const HttpResponse &r = *m_result.response;
    // A copy named .pdf in a private directory (removed with the panel): viewers go by the name.
    m_pdfDir = std::make_unique<QTemporaryDir>();
    const QString path = m_pdfDir->filePath(u"response.pdf"_s);
    bool written = false;
    if (r.bodyInFile()) {
        written = QFile::copy(r.bodyFilePath, path);
    } else {
        QFile file(path);
        written = m_pdfDir->isValid() && file.open(QIODevice::WriteOnly) && file.write(r.body) == r.body.size();
    }
    if (!written || !QDesktopServices::openUrl(QUrl::fromLocalFile(path)))
        QMessageBox::warning(this, tr("Open PDF"), written ? tr("No application to open PDF documents was found.") : tr("Cannot write '%1'.").arg(path));
}

void ResponsePanel::showCookies()
{
    m_cookies->clear();
    if (!m_result.response)
        return;
    for (const auto &[name, value] : m_result.response->headers) {
        if (name.compare("set-cookie", Qt::CaseInsensitive) != 0)
            continue;
        for (const QNetworkCookie &cookie : QNetworkCookie::parseCookies(value)) {
            QStringList flags;
            if (cookie.isHttpOnly())
                flags.append(u"HttpOnly"_s);
            if (cookie.isSecure())
                flags.append(u"Secure"_s);
            if (cookie.sameSitePolicy() == QNetworkCookie::SameSite::Strict)
                flags.append(u"SameSite=Strict"_s);
            else if (cookie.sameSitePolicy() == QNetworkCookie::SameSite::Lax)
                flags.append(u"SameSite=Lax"_s);
            else if (cookie.sameSitePolicy() == QNetworkCookie::SameSite::None)
                flags.append(u"SameSite=None"_s);
            const QString expires = cookie.isSessionCookie() ? tr("Session") : QLocale().toString(cookie.expirationDate().toLocalTime(), QLocale::ShortFormat);
            m_cookies->addTopLevelItem(new QTreeWidgetItem({QString::fromUtf8(cookie.name()), QString::fromUtf8(cookie.value()), cookie.domain(),
                                                            cookie.path(), expires, flags.join(u", "_s)}));
        }
    }
    m_tabs->setTabText(m_tabs->indexOf(m_cookies), m_cookies->topLevelItemCount() ? tr("Cookies (%1)").arg(m_cookies->topLevelItemCount()) : tr("Cookies"));
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
    if (largeViewShown()) {
        m_largeView->find(text, backwards);
        return true;
    }
    const QTextDocument::FindFlags flags = backwards ? QTextDocument::FindBackward : QTextDocument::FindFlags();
    QPlainTextEdit *view = m_body;
    if (view->find(text, flags))
        return true;
    // Wrap around once.
    QTextCursor cursor = view->textCursor();
    cursor.movePosition(backwards ? QTextCursor::End : QTextCursor::Start);
    view->setTextCursor(cursor);
    return view->find(text, flags);
}

void ResponsePanel::saveBody()
{
    if (!m_result.response)
        return;
    const QString path = QFileDialog::getSaveFileName(this, tr("Save Response Body"));
    if (path.isEmpty())
        return;
    if (auto written = writeFileAtomically(path, m_result.response->body); !written)
        QMessageBox::warning(this, tr("Save Response Body"), written.error().message);
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
