// SPDX-License-Identifier: GPL-3.0-or-later
#include "requestpanel.h"

#include "codeeditor.h"

#include <QAction>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScopedValueRollback>
#include <QTabWidget>
#include <QTableView>
#include <QTextBrowser>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace gatehouse::ui {

RequestPanel::RequestPanel(SyntaxSupport &syntax, QWidget *parent)
    : QWidget(parent)
    , m_method(new QComboBox(this))
    , m_url(new QLineEdit(this))
    , m_send(new QPushButton(this))
    , m_tabs(new QTabWidget(this))
    , m_headersView(new QTableView(this))
    , m_headers(new HeaderTableModel(this))
    , m_bodyLanguage(new QComboBox(this))
    , m_body(new CodeEditor(syntax, this))
    , m_description(new QTextBrowser(this))
{
    m_method->setObjectName(u"methodCombo"_s);
    m_method->setEditable(true); // custom methods (PROPFIND, PURGE ...) are legitimate
    m_method->addItems({u"GET"_s, u"POST"_s, u"PUT"_s, u"PATCH"_s, u"DELETE"_s, u"HEAD"_s, u"OPTIONS"_s});
    m_method->setToolTip(tr("HTTP method"));
    m_method->setMinimumContentsLength(7);

    m_url->setObjectName(u"urlEdit"_s);
    m_url->setAccessibleName(tr("URL"));
    m_url->setPlaceholderText(tr("Enter a URL, for example https://contoso.azure-api.net/echo/resource"));
    m_url->setClearButtonEnabled(true);
    connect(m_url, &QLineEdit::returnPressed, this, &RequestPanel::sendRequested);

    m_send->setObjectName(u"sendButton"_s);
    m_send->setDefault(true);
    connect(m_send, &QPushButton::clicked, this, [this] {
        if (m_busy)
            Q_EMIT cancelRequested();
        else
            Q_EMIT sendRequested();
    });
    setBusy(false);

    // The URL bar spans the request and the response; the window places it.
    m_urlBar = new QWidget(this);
    m_urlBar->setObjectName(u"urlBar"_s);
    auto *urlRow = new QHBoxLayout(m_urlBar);
    urlRow->setContentsMargins(0, 0, 0, 0);
    urlRow->addWidget(m_method);
    urlRow->addWidget(m_url, 1);
    urlRow->addWidget(m_send);

    m_headersView->setObjectName(u"headersTable"_s);
    m_headersView->setAccessibleName(tr("Request headers"));
    m_headersView->setModel(m_headers);
    m_headersView->horizontalHeader()->setStretchLastSection(true);
    m_headersView->horizontalHeader()->setSectionResizeMode(HeaderTableModel::NameColumn, QHeaderView::Interactive);
    m_headersView->setColumnWidth(HeaderTableModel::NameColumn, 220);
    m_headersView->verticalHeader()->hide();
    m_headersView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_headersView->setEditTriggers(QAbstractItemView::AllEditTriggers);
    auto *removeHeader = new QAction(tr("Remove Header"), m_headersView);
    removeHeader->setShortcut(QKeySequence::Delete);
    removeHeader->setShortcutContext(Qt::WidgetShortcut);
    connect(removeHeader, &QAction::triggered, this, [this] {
        const QModelIndex current = m_headersView->currentIndex();
        if (current.isValid())
            m_headers->removeRows(current.row(), 1);
    });
    m_headersView->addAction(removeHeader);
    m_headersView->setContextMenuPolicy(Qt::ActionsContextMenu);

    auto *bodyPage = new QWidget(this);
    auto *bodyLayout = new QVBoxLayout(bodyPage);
    auto *bodyBar = new QHBoxLayout;
    auto *languageLabel = new QLabel(tr("&Language:"), bodyPage);
    languageLabel->setBuddy(m_bodyLanguage);
    m_bodyLanguage->setObjectName(u"bodyLanguageCombo"_s);
    for (BodyLanguage l : {BodyLanguage::Json, BodyLanguage::Xml, BodyLanguage::Text, BodyLanguage::Html, BodyLanguage::JavaScript, BodyLanguage::Yaml})
        m_bodyLanguage->addItem(languageDisplayName(l), int(l));
    connect(m_bodyLanguage, &QComboBox::currentIndexChanged, this,
            [this] { m_body->setLanguage(BodyLanguage(m_bodyLanguage->currentData().toInt())); });
    bodyBar->addWidget(languageLabel);
    bodyBar->addWidget(m_bodyLanguage);
    bodyBar->addStretch();
    m_body->setObjectName(u"requestBodyEditor"_s);
    m_body->setPlaceholderText(tr("Request body (sent when not empty)"));
    m_body->setLanguage(BodyLanguage::Json);
    bodyLayout->addLayout(bodyBar);
    bodyLayout->addWidget(m_body, 1);

    m_tabs->setObjectName(u"requestTabs"_s);
    m_tabs->setAccessibleName(tr("Request parts"));
    m_tabs->addTab(m_headersView, tr("&Headers"));
    m_tabs->addTab(bodyPage, tr("&Body"));
    m_description->setObjectName(u"requestDescription"_s);
    m_description->setOpenExternalLinks(true);
    m_description->setPlaceholderText(tr("No description. Stored requests can carry one (Markdown)."));
    m_tabs->addTab(m_description, tr("&Description"));
    m_tabs->setDocumentMode(true);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_tabs, 1);

    const auto edited = [this] {
        if (!m_loading)
            Q_EMIT modified();
    };
    connect(m_url, &QLineEdit::textEdited, this, edited);
    connect(m_method, &QComboBox::currentTextChanged, this, edited);
    connect(m_headers, &QAbstractItemModel::dataChanged, this, edited);
    connect(m_headers, &QAbstractItemModel::rowsInserted, this, edited);
    connect(m_headers, &QAbstractItemModel::rowsRemoved, this, edited);
    connect(m_body, &QPlainTextEdit::textChanged, this, edited);
}

void RequestPanel::setRequest(const Request &request)
{
    const QScopedValueRollback loading(m_loading, true);
    m_loaded = request;
    setMethod(request.method);
    setUrl(request.url);
    QList<HeaderTableModel::Row> rows;
    for (const KeyValue &h : request.headers)
        rows.append({h.enabled, h.name, h.value});
    setHeaderRows(rows);
    setBody(request.body.kind == Body::Kind::Raw ? request.body.raw : QString());
}

Request RequestPanel::editedRequest() const
{
    Request r = m_loaded;
    r.method = m_method->currentText().trimmed().toUpper();
    r.url = m_url->text().trimmed();
    r.headers.clear();
    for (const HeaderTableModel::Row &row : m_headers->rows())
        r.headers.append({row.name, row.value, row.enabled, {}});
    if (r.body.kind == Body::Kind::Raw || r.body.kind == Body::Kind::None) {
        r.body.raw = m_body->toPlainText();
        r.body.kind = r.body.raw.isEmpty() ? Body::Kind::None : Body::Kind::Raw;
    }
    return r;
}

HttpRequest RequestPanel::request() const
{
    HttpRequest r;
    r.method = m_method->currentText().trimmed().toUpper().toLatin1();
    QString url = m_url->text().trimmed();
    if (!url.isEmpty() && !url.contains(u"://"_s))
        url.prepend(u"http://"_s);
    r.url = QUrl(url, QUrl::TolerantMode);
    r.headers = m_headers->enabledHeaders();
    r.body = m_body->toPlainText().toUtf8();
    if (!r.body.isEmpty() && !hasHeader(r.headers, "content-type")) {
        static constexpr std::pair<BodyLanguage, QByteArrayView> types[] = {
            {BodyLanguage::Json, "application/json"}, {BodyLanguage::Xml, "application/xml"},
            {BodyLanguage::Html, "text/html"},        {BodyLanguage::JavaScript, "application/javascript"},
            {BodyLanguage::Yaml, "application/yaml"}, {BodyLanguage::Text, "text/plain"},
        };
        for (const auto &[language, type] : types) {
            if (language == m_body->language())
                r.headers.append({"Content-Type"_ba, type.toByteArray()});
        }
    }
    return r;
}

void RequestPanel::setMethod(const QString &method)
{
    m_method->setCurrentText(method.toUpper());
}

void RequestPanel::setUrl(const QString &url)
{
    m_url->setText(url);
}

void RequestPanel::setHeaders(const HeaderList &headers)
{
    QList<HeaderTableModel::Row> rows;
    for (const auto &[name, value] : headers)
        rows.append({true, QString::fromLatin1(name), QString::fromUtf8(value)});
    m_headers->setRows(rows);
}

QList<HeaderTableModel::Row> RequestPanel::headerRows() const
{
    return m_headers->rows();
}

void RequestPanel::setHeaderRows(const QList<HeaderTableModel::Row> &rows)
{
    m_headers->setRows(rows);
}

void RequestPanel::setBody(const QString &body)
{
    m_body->setPlainText(body);
}

void RequestPanel::setDescription(const QString &markdown)
{
    m_description->setMarkdown(markdown);
    if (!markdown.isEmpty())
        m_tabs->setCurrentWidget(m_description);
}

QString RequestPanel::urlText() const
{
    return m_url->text().trimmed();
}

QString RequestPanel::bodyText() const
{
    return m_body->toPlainText();
}

void RequestPanel::setBusy(bool busy)
{
    m_busy = busy;
    m_send->setText(busy ? tr("Cancel") : tr("Send"));
    m_send->setToolTip(busy ? tr("Cancel the request in flight") : tr("Send the request (Ctrl+Enter)"));
}

void RequestPanel::focusUrl()
{
    m_url->setFocus(Qt::ShortcutFocusReason);
    m_url->selectAll();
}

} // namespace gatehouse::ui
