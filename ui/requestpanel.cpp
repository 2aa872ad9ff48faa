// SPDX-License-Identifier: GPL-3.0-or-later
#include "requestpanel.h"

#include "codeeditor.h"
#include "formats/import/curl.h"
#include "http/decompress.h"
#include "http/httpclient.h"
#include "http/redaction.h"
#include "model/requestresolver.h"
#include "models/formdatatablemodel.h"
#include "models/keyvaluetablemodel.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QSpinBox>
#include <QSplitter>
#include <QStackedWidget>
#include <QStyle>
#include <QStyledItemDelegate>
#include <QTabWidget>
#include <QTableView>
#include <QTextBrowser>
#include <QToolButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace gatehouse::ui {

namespace {

// While alive, changes are loading, not user edits.
struct LoadingGuard {
    explicit LoadingGuard(int &counter)
        : m_counter(counter)
    {
        ++m_counter;
    }
    ~LoadingGuard() { --m_counter; }
    LoadingGuard(const LoadingGuard &) = delete;
    LoadingGuard &operator=(const LoadingGuard &) = delete;
    int &m_counter;
};

struct SplitUrl {
    QString base;
    QString query; // without the '?'
    bool hasQuery = false;
};

SplitUrl splitUrl(const QString &url)
{
    const qsizetype mark = url.indexOf(u'?');
    if (mark < 0)
        return {url, {}, false};
    return {url.left(mark), url.mid(mark + 1), true};
}

// The table shows parameters as written, as Postman does: "a%3Db" stays "a%3Db" in both places
// and goes out unchanged (see encodeQueryComponent). Only what would split the query differently
// in the URL bar is escaped there (escapeQuerySeparators); the engine sends both spellings the
// same. '%' and '+' are never touched: "%3D" and "+" mean on the wire what they say. A space stays
// a space, as Postman shows it.

KeyValueList parseQuery(const QString &query)
{
    KeyValueList out;
    for (const QString &pair : query.split(u'&', Qt::SkipEmptyParts)) {
        const qsizetype eq = pair.indexOf(u'=');
        KeyValue kv;
        kv.name = eq < 0 ? pair : pair.left(eq);
        kv.value = eq < 0 ? QString() : pair.mid(eq + 1);
        out.append(kv);
    }
    return out;
}

QString queryText(const KeyValueList &params)
{
    QStringList pairs;
    for (const KeyValue &p : params) {
        if (!p.enabled || (p.name.isEmpty() && p.value.isEmpty()))
            continue;
        pairs.append(escapeQuerySeparators(p.name, true) + u'=' + escapeQuerySeparators(p.value));
    }
    return pairs.join(u'&');
}

QString contentTypeForLanguage(const QString &language)
{
    const QString l = language.toLower();
    if (l == "json"_L1)
        return u"application/json"_s;
    if (l == "xml"_L1)
        return u"application/xml"_s;
    if (l == "html"_L1)
        return u"text/html"_s;
    if (l == "javascript"_L1)
        return u"application/javascript"_s;
    return u"text/plain"_s;
}

BodyLanguage bodyLanguageFor(const QString &language)
{
    const QString l = language.toLower();
    if (l == "json"_L1)
        return BodyLanguage::Json;
    if (l == "xml"_L1)
        return BodyLanguage::Xml;
    if (l == "html"_L1)
        return BodyLanguage::Html;
    if (l == "javascript"_L1)
        return BodyLanguage::JavaScript;
    if (l == "yaml"_L1)
        return BodyLanguage::Yaml;
    return BodyLanguage::Text;
}

void setComboData(QComboBox *combo, const QVariant &data, const QString &labelIfMissing)
{
    int index = combo->findData(data);
    if (index < 0) {
        combo->addItem(labelIfMissing, data);
        index = combo->count() - 1;
    }
    combo->setCurrentIndex(index);
}

// The value column takes the room there is, so a narrow panel needs no horizontal scrolling.
QTableView *makeTable(QAbstractItemModel *model, const QString &objectName, const QString &accessibleName, int stretchColumn = 1)
{
    auto *view = new QTableView;
    view->setObjectName(objectName);
    view->setAccessibleName(accessibleName);
    view->setModel(model);
    view->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    view->horizontalHeader()->setSectionResizeMode(stretchColumn, QHeaderView::Stretch);
    view->horizontalHeader()->setMinimumSectionSize(48);
    for (int column = 0; column < model->columnCount(); ++column) {
        if (column != stretchColumn)
            view->setColumnWidth(column, column == 0 ? 170 : 150);
    }
    view->verticalHeader()->hide();
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setEditTriggers(QAbstractItemView::AllEditTriggers);
    view->setTabKeyNavigation(false); // Tab leaves the table; arrows move inside
    view->setContextMenuPolicy(Qt::ActionsContextMenu);
    return view;
}

// The kind column of the multipart table: Text or File from a combo box.
class PartKindDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &, const QModelIndex &) const override
    {
        auto *combo = new QComboBox(parent);
        combo->setObjectName(u"partKindCombo"_s);
        combo->addItem(FormDataTableModel::kindName(FormDataPart::Kind::Text), int(FormDataPart::Kind::Text));
        combo->addItem(FormDataTableModel::kindName(FormDataPart::Kind::File), int(FormDataPart::Kind::File));
        return combo;
    }
    void setEditorData(QWidget *editor, const QModelIndex &index) const override
    {
        auto *combo = static_cast<QComboBox *>(editor);
        combo->setCurrentIndex(qMax(0, combo->findData(index.data(Qt::EditRole).toInt())));
    }
    void setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const override
    {
        model->setData(index, static_cast<QComboBox *>(editor)->currentData(), Qt::EditRole);
    }
};

// A protocolProfileBehavior key: inherited (unset), yes or no.
QComboBox *triStateCombo(QWidget *parent, const QString &objectName, const QString &accessibleName, const QString &toolTip)
{
    auto *combo = new QComboBox(parent);
    combo->setObjectName(objectName);
    combo->setAccessibleName(accessibleName);
    combo->setToolTip(toolTip);
    combo->addItem(QCoreApplication::translate("gatehouse::ui::RequestPanel", "Inherited"), -1);
    combo->addItem(QCoreApplication::translate("gatehouse::ui::RequestPanel", "Yes"), 1);
    combo->addItem(QCoreApplication::translate("gatehouse::ui::RequestPanel", "No"), 0);
    return combo;
}

void setTriState(QComboBox *combo, const std::optional<bool> &value)
{
    combo->setCurrentIndex(combo->findData(value ? int(*value) : -1));
}

std::optional<bool> triState(const QComboBox *combo)
{
    const int v = combo->currentData().toInt();
    return v < 0 ? std::nullopt : std::optional<bool>(v == 1);
}

} // namespace

RequestPanel::RequestPanel(SyntaxSupport &syntax, QWidget *parent)
    : QWidget(parent)
{
    LoadingGuard loading(m_loading);
    // The URL bar spans the request and the response; the window places it.
    m_urlBar = new QWidget(this);
    m_urlBar->setObjectName(u"urlBar"_s);
    m_method = new QComboBox(m_urlBar);
    m_url = new UrlField(m_urlBar);
    m_send = new QPushButton(m_urlBar);

    m_method->setObjectName(u"methodCombo"_s);
    m_method->setEditable(true); // custom methods (PROPFIND, PURGE ...) are legitimate
    m_method->addItems({u"GET"_s, u"POST"_s, u"PUT"_s, u"PATCH"_s, u"DELETE"_s, u"HEAD"_s, u"OPTIONS"_s});
    m_method->setToolTip(tr("HTTP method"));
    m_method->setAccessibleName(tr("HTTP method"));
    m_method->setMinimumContentsLength(7);
    connect(m_method, &QComboBox::currentTextChanged, this, &RequestPanel::edited);

    m_url->setObjectName(u"urlEdit"_s);
    m_url->setAccessibleName(tr("URL"));
    m_url->setAccessibleDescription(tr("The address to send the request to; {{variables}} are highlighted, a pasted curl command is imported"));
    m_url->setPlaceholderText(tr("Enter a URL, for example https://contoso.azure-api.net/echo/resource, or paste a curl command"));
    m_url->setClearButtonEnabled(true);
    connect(m_url, &QLineEdit::returnPressed, this, &RequestPanel::sendRequested);
    connect(m_url, &QLineEdit::textChanged, this, [this] {
        if (m_syncing)
            return;
        syncParamsFromUrl();
        edited();
    });
    connect(m_url, &UrlField::curlPasted, this, &RequestPanel::importCurl);

    m_send->setObjectName(u"sendButton"_s);
    m_send->setDefault(true);
    connect(m_send, &QPushButton::clicked, this, [this] {
        if (m_busy)
            Q_EMIT cancelRequested();
        else
            Q_EMIT sendRequested();
    });
    setBusy(false);

    auto *urlRow = new QHBoxLayout(m_urlBar);
    urlRow->setContentsMargins(0, 0, 0, 0);
    urlRow->addWidget(m_method);
    urlRow->addWidget(m_url, 1);
    urlRow->addWidget(m_send);
    setTabOrder(m_method, m_url);
    setTabOrder(m_url, m_send);

    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(u"requestTabs"_s);
    m_tabs->setAccessibleName(tr("Request parts"));
    m_tabs->setDocumentMode(true);
    // Pages with forms scroll instead of asking for their whole height: when the request stands above
    // the response (a narrow window), the tallest page would otherwise take the response's room.
    const auto scrolled = [this](QWidget *page, const QString &objectName) {
        auto *area = new QScrollArea(this);
        area->setObjectName(objectName);
        area->setWidget(page);
        area->setWidgetResizable(true);
        area->setFrameShape(QFrame::NoFrame);
        area->setFocusPolicy(Qt::NoFocus); // focus goes to the fields, and the area follows it
        return area;
    };
    m_tabs->addTab(buildParamsPage(), tr("&Params"));
    m_tabs->addTab(buildHeadersPage(), tr("&Headers"));
    m_tabs->addTab(scrolled(buildBodyPage(syntax), u"bodyPageScroll"_s), tr("&Body"));
    m_tabs->addTab(scrolled(buildAuthPage(), u"authPageScroll"_s), tr("A&uth"));
    m_tabs->addTab(scrolled(buildScriptsPage(syntax), u"scriptsPageScroll"_s), tr("&Scripts"));
    m_settingsPage = buildSettingsPage();
    m_tabs->addTab(scrolled(m_settingsPage, u"settingsPageScroll"_s), tr("Se&ttings"));
    m_description = new QTextBrowser(this);
    m_description->setObjectName(u"requestDescription"_s);
    m_description->setAccessibleName(tr("Description"));
    m_description->setOpenExternalLinks(true);
    m_description->setPlaceholderText(tr("No description. Stored requests can carry one (Markdown)."));
    m_tabs->addTab(m_description, tr("&Description"));
    connect(m_tabs, &QTabWidget::currentChanged, this, &RequestPanel::updateAutomaticHeaders);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_tabs, 1);

    setRequest(m_original);
}

QWidget *RequestPanel::buildParamsPage()
{
    m_params = new KeyValueTableModel(this);
    m_params->setNameTitle(tr("Parameter"));
    m_paramsView = makeTable(m_params, u"paramsTable"_s, tr("Query parameters"));
    auto *remove = new QAction(tr("Remove Parameter"), m_paramsView);
    remove->setShortcut(QKeySequence::Delete);
    remove->setShortcutContext(Qt::WidgetShortcut);
    connect(remove, &QAction::triggered, this, [this] {
        const QModelIndex current = m_paramsView->currentIndex();
        if (current.isValid())
            m_params->removeRows(current.row(), 1);
    });
    m_paramsView->addAction(remove);
    connect(m_params, &KeyValueTableModel::rowsEdited, this, [this] {
        syncUrlFromParams();
        edited();
    });
    return m_paramsView;
}

QWidget *RequestPanel::buildHeadersPage()
{
    m_headers = new HeaderTableModel(this);
    m_headersView = makeTable(m_headers, u"headersTable"_s, tr("Headers"));
    m_headersView->setColumnWidth(HeaderTableModel::NameColumn, 220);
    m_headersView->horizontalHeader()->setSectionResizeMode(HeaderTableModel::ValueColumn, QHeaderView::Stretch);
    auto *removeHeader = new QAction(tr("Remove Header"), m_headersView);
    removeHeader->setShortcut(QKeySequence::Delete);
    removeHeader->setShortcutContext(Qt::WidgetShortcut);
    connect(removeHeader, &QAction::triggered, this, [this] {
        const QModelIndex current = m_headersView->currentIndex();
        if (current.isValid())
            m_headers->removeRows(current.row(), 1);
    });
    m_headersView->addAction(removeHeader);
    connect(m_headers, &HeaderTableModel::headersEdited, this, [this] {
        updateBodyPage();
        edited();
    });
    m_headersPage = new QWidget(this);
    auto *layout = new QVBoxLayout(m_headersPage);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_headersView, 1);
    m_automaticHeaders = new QLabel(m_headersPage);
    m_automaticHeaders->setObjectName(u"automaticHeadersLabel"_s);
    m_automaticHeaders->setAccessibleName(tr("Headers added automatically"));
    m_automaticHeaders->setWordWrap(true);
    m_automaticHeaders->setTextFormat(Qt::PlainText);
    m_automaticHeaders->setEnabled(false); // greyed: shown, not edited
    m_automaticHeaders->setContentsMargins(6, 2, 6, 4);
    layout->addWidget(m_automaticHeaders);
    return m_headersPage;
}

void RequestPanel::updateAutomaticHeaders()
{
    // Resolving costs as much as the body is long: only while the Headers tab is shown.
    if (m_tabs->currentWidget() != m_headersPage)
        return;
    const HeaderList own = m_headers->enabledHeaders();
    HeaderList automatic;
    const auto add = [&](const QByteArray &name, const QByteArray &value) {
        if (!hasHeader(own, name) && !hasHeader(automatic, name))
            automatic.append({name, value});
    };
    const Request edited = editedRequest();
    auto resolved = resolveRequest(edited, ResolveContext{});
    if (resolved) {
        const QUrl &url = resolved->request.url;
        add("Host"_ba, url.port(-1) == -1 ? url.host(QUrl::FullyEncoded).toLatin1()
                                         : url.host(QUrl::FullyEncoded).toLatin1() + ':' + QByteArray::number(url.port()));
    } else {
        // A URL made of variables does not resolve here; the body and auth headers still do.
        Request placeholder = edited;
        placeholder.url = u"http://host.invalid/"_s;
        placeholder.params.clear();
        resolved = resolveRequest(placeholder, ResolveContext{});
    }
    if (resolved) {
        for (const auto &[name, value] : std::as_const(resolved->request.headers))
            add(name, value); // from the body and the auth
    }
    add("User-Agent"_ba, HttpClient::defaultUserAgent());
    add("Accept"_ba, "*/*"_ba);
    add("Accept-Encoding"_ba, acceptedEncodings());
    if (edited.body.kind == Body::Kind::Multipart)
        add("Content-Type"_ba, "multipart/form-data; boundary=…"_ba);
    else if (edited.body.kind == Body::Kind::Binary)
        add("Content-Type"_ba, "application/octet-stream"_ba);
    QStringList lines;
    for (const auto &[name, value] : std::as_const(automatic)) {
        const QByteArray shown = isSecretHeader(name) ? redactedValue(value) : value;
        lines.append(QString::fromLatin1(name) + u": "_s + QString::fromUtf8(shown));
    }
    m_automaticHeaders->setText(tr("Added when sent (a header of yours with the same name replaces them):") + u'\n' + lines.join(u'\n'));
}

QWidget *RequestPanel::buildBodyPage(SyntaxSupport &syntax)
{
    auto *page = new QWidget(this);
    auto *layout = new QVBoxLayout(page);
    auto *bar = new QHBoxLayout;

    auto *kindLabel = new QLabel(tr("Bod&y:"), page);
    m_bodyKind = new QComboBox(page);
    m_bodyKind->setObjectName(u"bodyKindCombo"_s);
    m_bodyKind->setAccessibleName(tr("Body type"));
    kindLabel->setBuddy(m_bodyKind);
    m_bodyKind->addItem(tr("None"), int(Body::Kind::None));
    m_bodyKind->addItem(tr("Raw"), int(Body::Kind::Raw));
    m_bodyKind->addItem(tr("Form URL-encoded"), int(Body::Kind::FormUrlEncoded));
    m_bodyKind->addItem(tr("Multipart form"), int(Body::Kind::Multipart));
    m_bodyKind->addItem(tr("Binary file"), int(Body::Kind::Binary));
    m_bodyKind->addItem(tr("GraphQL"), int(Body::Kind::GraphQL));

    m_bodyLanguageLabel = new QLabel(tr("&Language:"), page);
    m_bodyLanguage = new QComboBox(page);
    m_bodyLanguage->setObjectName(u"bodyLanguageCombo"_s);
    m_bodyLanguage->setAccessibleName(tr("Body language"));
    m_bodyLanguageLabel->setBuddy(m_bodyLanguage);
    m_bodyLanguage->addItem(u"JSON"_s, u"json"_s);
    m_bodyLanguage->addItem(u"XML"_s, u"xml"_s);
    m_bodyLanguage->addItem(u"HTML"_s, u"html"_s);
    m_bodyLanguage->addItem(u"JavaScript"_s, u"javascript"_s);
    m_bodyLanguage->addItem(tr("Text"), u"text"_s);

    m_contentType = new QLabel(page);
    m_contentType->setObjectName(u"contentTypeLabel"_s);
    m_contentType->setAccessibleName(tr("Content-Type that is sent"));
    m_contentType->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_contentType->setEnabled(false); // greyed: it describes, it is not a control

    bar->addWidget(kindLabel);
    bar->addWidget(m_bodyKind);
    bar->addSpacing(12);
    bar->addWidget(m_bodyLanguageLabel);
    bar->addWidget(m_bodyLanguage);
    bar->addStretch();
    bar->addWidget(m_contentType);
    layout->addLayout(bar);

    m_bodyStack = new QStackedWidget(page);
    m_bodyStack->setObjectName(u"bodyStack"_s);
    // None
    auto *none = new QLabel(tr("This request has no body."), m_bodyStack);
    none->setAlignment(Qt::AlignCenter);
    none->setEnabled(false);
    m_bodyStack->addWidget(none);
    // Raw
    m_body = new CodeEditor(syntax, m_bodyStack);
    m_body->setObjectName(u"requestBodyEditor"_s);
    m_body->setAccessibleName(tr("Request body"));
    m_body->setPlaceholderText(tr("Request body"));
    m_body->setTabChangesFocus(true);
    m_body->setLanguage(BodyLanguage::Json);
    m_bodyStack->addWidget(m_body);
    // Form URL-encoded
    m_form = new KeyValueTableModel(this);
    m_form->setNameTitle(tr("Field"));
    m_formView = makeTable(m_form, u"formTable"_s, tr("Form fields"));
    auto *removeField = new QAction(tr("Remove Field"), m_formView);
    removeField->setShortcut(QKeySequence::Delete);
    removeField->setShortcutContext(Qt::WidgetShortcut);
    connect(removeField, &QAction::triggered, this, [this] {
        const QModelIndex current = m_formView->currentIndex();
        if (current.isValid())
            m_form->removeRows(current.row(), 1);
    });
    m_formView->addAction(removeField);
    m_bodyStack->addWidget(m_formView);
    // Multipart
    auto *multipart = new QWidget(m_bodyStack);
    auto *multipartLayout = new QVBoxLayout(multipart);
    multipartLayout->setContentsMargins(0, 0, 0, 0);
    m_parts = new FormDataTableModel(this);
    m_partsView = makeTable(m_parts, u"multipartTable"_s, tr("Multipart parts"), FormDataTableModel::ValueColumn);
    m_partsView->setColumnWidth(FormDataTableModel::KindColumn, 70);
    m_partsView->setItemDelegateForColumn(FormDataTableModel::KindColumn, new PartKindDelegate(m_partsView));
    auto *removePart = new QAction(tr("Remove Part"), m_partsView);
    removePart->setShortcut(QKeySequence::Delete);
    removePart->setShortcutContext(Qt::WidgetShortcut);
    connect(removePart, &QAction::triggered, this, [this] {
        const QModelIndex current = m_partsView->currentIndex();
        if (current.isValid())
            m_parts->removeRows(current.row(), 1);
    });
    m_partsView->addAction(removePart);
    auto *chooseFile = new QPushButton(tr("Choose &File…"), multipart);
    chooseFile->setObjectName(u"multipartFileButton"_s);
    chooseFile->setToolTip(tr("Make the selected part a file part, or add one"));
    connect(chooseFile, &QPushButton::clicked, this, &RequestPanel::choosePartFile);
    auto *partsBar = new QHBoxLayout;
    partsBar->addWidget(chooseFile);
    partsBar->addStretch();
    multipartLayout->addWidget(m_partsView, 1);
    multipartLayout->addLayout(partsBar);
    m_bodyStack->addWidget(multipart);
    // Binary
    auto *binary = new QWidget(m_bodyStack);
    auto *binaryLayout = new QVBoxLayout(binary);
    auto *binaryRow = new QHBoxLayout;
    auto *binaryLabel = new QLabel(tr("F&ile:"), binary);
    m_binaryPath = new QLineEdit(binary);
    m_binaryPath->setObjectName(u"binaryFileEdit"_s);
    m_binaryPath->setAccessibleName(tr("Body file"));
    m_binaryPath->setPlaceholderText(tr("A file sent as the body, streamed from disk (relative to the workspace)"));
    binaryLabel->setBuddy(m_binaryPath);
    auto *chooseBinary = new QPushButton(tr("&Choose…"), binary);
    chooseBinary->setObjectName(u"binaryFileButton"_s);
    connect(chooseBinary, &QPushButton::clicked, this, &RequestPanel::chooseBinaryFile);
    binaryRow->addWidget(binaryLabel);
    binaryRow->addWidget(m_binaryPath, 1);
    binaryRow->addWidget(chooseBinary);
    binaryLayout->addLayout(binaryRow);
    binaryLayout->addStretch();
    m_bodyStack->addWidget(binary);
    // GraphQL
    auto *graphql = new QSplitter(Qt::Vertical, m_bodyStack);
    graphql->setObjectName(u"graphqlSplitter"_s);
    graphql->setChildrenCollapsible(false);
    auto *queryBox = new QWidget(graphql);
    auto *queryLayout = new QVBoxLayout(queryBox);
    queryLayout->setContentsMargins(0, 0, 0, 0);
    auto *queryLabel = new QLabel(tr("&Query:"), queryBox);
    m_graphqlQuery = new CodeEditor(syntax, queryBox);
    m_graphqlQuery->setObjectName(u"graphqlQueryEditor"_s);
    m_graphqlQuery->setAccessibleName(tr("GraphQL query"));
    m_graphqlQuery->setTabChangesFocus(true);
    m_graphqlQuery->setDefinitionName(u"GraphQL"_s);
    m_graphqlQuery->setPlaceholderText(u"query { … }"_s);
    queryLabel->setBuddy(m_graphqlQuery);
    queryLayout->addWidget(queryLabel);
    queryLayout->addWidget(m_graphqlQuery, 1);
    auto *variablesBox = new QWidget(graphql);
    auto *variablesLayout = new QVBoxLayout(variablesBox);
    variablesLayout->setContentsMargins(0, 0, 0, 0);
    auto *variablesLabel = new QLabel(tr("&Variables (JSON):"), variablesBox);
    m_graphqlVariables = new CodeEditor(syntax, variablesBox);
    m_graphqlVariables->setObjectName(u"graphqlVariablesEditor"_s);
    m_graphqlVariables->setAccessibleName(tr("GraphQL variables"));
    m_graphqlVariables->setTabChangesFocus(true);
    m_graphqlVariables->setLanguage(BodyLanguage::Json);
    m_graphqlVariables->setPlaceholderText(u"{ }"_s);
    variablesLabel->setBuddy(m_graphqlVariables);
    variablesLayout->addWidget(variablesLabel);
    variablesLayout->addWidget(m_graphqlVariables, 1);
    graphql->addWidget(queryBox);
    graphql->addWidget(variablesBox);
    graphql->setStretchFactor(0, 3);
    graphql->setStretchFactor(1, 1);
    m_bodyStack->addWidget(graphql);
    layout->addWidget(m_bodyStack, 1);
    setTabOrder({m_bodyKind, m_bodyLanguage, m_body, m_formView, m_partsView, chooseFile, m_binaryPath, chooseBinary, m_graphqlQuery,
                 m_graphqlVariables});

    connect(m_bodyKind, &QComboBox::currentIndexChanged, this, [this] {
        updateBodyPage();
        edited();
    });
    connect(m_bodyLanguage, &QComboBox::currentIndexChanged, this, [this] {
        m_body->setLanguage(bodyLanguageFor(m_bodyLanguage->currentData().toString()));
        updateBodyPage();
        edited();
    });
    connect(m_body, &QPlainTextEdit::textChanged, this, [this] {
        // Text put into the raw editor while the kind is None means a raw body.
        if (!m_loading && Body::Kind(m_bodyKind->currentData().toInt()) == Body::Kind::None && !m_body->document()->isEmpty())
            m_bodyKind->setCurrentIndex(m_bodyKind->findData(int(Body::Kind::Raw)));
        edited();
    });
    connect(m_form, &KeyValueTableModel::rowsEdited, this, &RequestPanel::edited);
    connect(m_parts, &FormDataTableModel::partsEdited, this, &RequestPanel::edited);
    connect(m_binaryPath, &QLineEdit::textChanged, this, &RequestPanel::edited);
    connect(m_graphqlQuery, &QPlainTextEdit::textChanged, this, &RequestPanel::edited);
    connect(m_graphqlVariables, &QPlainTextEdit::textChanged, this, &RequestPanel::edited);
    return page;
}

QWidget *RequestPanel::secretField(QLineEdit *edit)
{
    edit->setEchoMode(QLineEdit::Password);
    auto *box = new QWidget;
    auto *row = new QHBoxLayout(box);
    row->setContentsMargins(0, 0, 0, 0);
    auto *reveal = new QToolButton(box);
    reveal->setObjectName(edit->objectName() + u"Reveal"_s);
    reveal->setText(tr("Show"));
    reveal->setCheckable(true);
    reveal->setToolTip(tr("Show or hide the secret"));
    reveal->setAccessibleName(tr("Show %1").arg(edit->accessibleName()));
    const QString show = tr("Show");
    const QString hide = tr("Hide");
    connect(reveal, &QToolButton::toggled, edit, [edit, reveal, show, hide](bool on) {
        edit->setEchoMode(on ? QLineEdit::Normal : QLineEdit::Password);
        reveal->setText(on ? hide : show);
    });
    row->addWidget(edit, 1);
    row->addWidget(reveal);
    return box;
}

QWidget *RequestPanel::buildAuthPage()
{
    auto *page = new QWidget(this);
    auto *layout = new QVBoxLayout(page);
    auto *bar = new QHBoxLayout;
    auto *kindLabel = new QLabel(tr("&Type:"), page);
    m_authKind = new QComboBox(page);
    m_authKind->setObjectName(u"authKindCombo"_s);
    m_authKind->setAccessibleName(tr("Auth type"));
    kindLabel->setBuddy(m_authKind);
    m_authKind->addItem(tr("Inherit from parent"), int(Auth::Kind::Inherit));
    m_authKind->addItem(tr("No auth"), int(Auth::Kind::None));
    m_authKind->addItem(tr("Basic"), int(Auth::Kind::Basic));
    m_authKind->addItem(tr("Digest"), int(Auth::Kind::Digest));
    m_authKind->addItem(tr("Bearer token"), int(Auth::Kind::Bearer));
    m_authKind->addItem(tr("API key"), int(Auth::Kind::ApiKey));
    m_authKind->addItem(tr("APIM subscription key"), int(Auth::Kind::ApimSubscriptionKey));
    m_authKind->addItem(tr("OAuth 1.0"), int(Auth::Kind::OAuth1));
    m_authKind->addItem(tr("OAuth 2.0"), int(Auth::Kind::OAuth2));
    bar->addWidget(kindLabel);
    bar->addWidget(m_authKind);
    bar->addStretch();
    layout->addLayout(bar);

    m_authNote = new QLabel(page);
    m_authNote->setObjectName(u"authNote"_s);
    m_authNote->setWordWrap(true);
    layout->addWidget(m_authNote);

    auto line = [this](const QString &objectName, const QString &accessibleName) {
        auto *edit = new QLineEdit(this);
        edit->setObjectName(objectName);
        edit->setAccessibleName(accessibleName);
        connect(edit, &QLineEdit::textChanged, this, &RequestPanel::edited);
        return edit;
    };

    m_authStack = new QStackedWidget(page);
    m_authStack->setObjectName(u"authStack"_s);
    // Inherit and None: the note says it all.
    m_authStack->addWidget(new QWidget(m_authStack));
    // Basic and Digest
    auto *basic = new QWidget(m_authStack);
    auto *basicForm = new QFormLayout(basic);
    m_username = line(u"authUsernameEdit"_s, tr("Username"));
    m_password = line(u"authPasswordEdit"_s, tr("Password"));
    basicForm->addRow(tr("&Username:"), m_username);
    basicForm->addRow(tr("&Password:"), secretField(m_password));
    // Digest's advanced fields: with realm and nonce, the header goes out with the first request.
    const auto choice = [this](QWidget *parent, const QString &objectName, const QString &accessibleName, const QStringList &items) {
        auto *combo = new QComboBox(parent);
        combo->setObjectName(objectName);
        combo->setAccessibleName(accessibleName);
        combo->setEditable(true); // {{variables}} too
        combo->addItems(items);
        combo->setSizePolicy(QSizePolicy::Maximum, QSizePolicy::Fixed);
        connect(combo, &QComboBox::currentTextChanged, this, &RequestPanel::edited);
        return combo;
    };
    m_basicForm = basicForm;
    m_digestRealm = line(u"authDigestRealmEdit"_s, tr("Realm"));
    m_digestRealm->setPlaceholderText(tr("From the server's challenge"));
    m_digestNonce = line(u"authDigestNonceEdit"_s, tr("Nonce"));
    m_digestNonce->setPlaceholderText(tr("From the server's challenge"));
    m_digestAlgorithm = choice(basic, u"authDigestAlgorithmCombo"_s, tr("Algorithm"), {u"MD5"_s, u"MD5-sess"_s, u"SHA-256"_s, u"SHA-256-sess"_s});
    m_digestQop = choice(basic, u"authDigestQopCombo"_s, tr("Quality of protection"), {QString(), u"auth"_s});
    m_digestQop->lineEdit()->setPlaceholderText(tr("None"));
    m_digestQop->setMinimumContentsLength(6);
    m_digestNonceCount = line(u"authDigestNonceCountEdit"_s, tr("Nonce count"));
    m_digestNonceCount->setPlaceholderText(u"00000001"_s);
    m_digestClientNonce = line(u"authDigestClientNonceEdit"_s, tr("Client nonce"));
    m_digestClientNonce->setPlaceholderText(tr("Random"));
    m_digestOpaque = line(u"authDigestOpaqueEdit"_s, tr("Opaque"));
    basicForm->addRow(tr("&Realm:"), m_digestRealm);
    basicForm->addRow(tr("&Nonce:"), m_digestNonce);
    basicForm->addRow(tr("&Algorithm:"), m_digestAlgorithm);
    basicForm->addRow(tr("&qop:"), m_digestQop);
    basicForm->addRow(tr("Nonce &count:"), m_digestNonceCount);
    basicForm->addRow(tr("C&lient nonce:"), m_digestClientNonce);
    basicForm->addRow(tr("&Opaque:"), m_digestOpaque);
    m_authStack->addWidget(basic);
    // Bearer
    auto *bearer = new QWidget(m_authStack);
    auto *bearerForm = new QFormLayout(bearer);
    m_bearerToken = line(u"authTokenEdit"_s, tr("Token"));
    m_bearerToken->setPlaceholderText(u"{{token}}"_s);
    bearerForm->addRow(tr("T&oken:"), secretField(m_bearerToken));
    m_authStack->addWidget(bearer);
    // API key and APIM subscription key
    auto *key = new QWidget(m_authStack);
    auto *keyForm = new QFormLayout(key);
    m_keyName = line(u"authKeyNameEdit"_s, tr("Key name"));
    m_keyValue = line(u"authKeyValueEdit"_s, tr("Key value"));
    m_keyLocation = new QComboBox(key);
    m_keyLocation->setObjectName(u"authKeyLocationCombo"_s);
    m_keyLocation->setAccessibleName(tr("Where the key goes"));
    m_keyLocation->addItem(tr("Header"), int(Auth::Location::Header));
    m_keyLocation->addItem(tr("Query parameter"), int(Auth::Location::Query));
    m_keyLocation->setSizePolicy(QSizePolicy::Maximum, QSizePolicy::Fixed);
    connect(m_keyLocation, &QComboBox::currentIndexChanged, this, [this] {
        updateAuthPage();
        edited();
    });
    keyForm->addRow(tr("&Name:"), m_keyName);
    keyForm->addRow(tr("&Value:"), secretField(m_keyValue));
    keyForm->addRow(tr("&Add to:"), m_keyLocation);
    m_authStack->addWidget(key);
    // OAuth 2.0
    auto *oauth = new QWidget(m_authStack);
    auto *oauthForm = new QFormLayout(oauth);
    m_grantType = new QComboBox(oauth);
    m_grantType->setObjectName(u"authGrantTypeCombo"_s);
    m_grantType->setAccessibleName(tr("Grant type"));
    m_grantType->addItem(tr("Authorization code"), u"authorization_code"_s);
    m_grantType->addItem(tr("Client credentials"), u"client_credentials"_s);
    m_grantType->addItem(tr("Password"), u"password"_s);
    m_grantType->addItem(tr("Implicit"), u"implicit"_s);
    m_grantType->setSizePolicy(QSizePolicy::Maximum, QSizePolicy::Fixed);
    connect(m_grantType, &QComboBox::currentIndexChanged, this, &RequestPanel::edited);
    m_clientAuthentication = new QComboBox(oauth);
    m_clientAuthentication->setObjectName(u"authClientAuthenticationCombo"_s);
    m_clientAuthentication->setAccessibleName(tr("How the client credentials are sent"));
    m_clientAuthentication->addItem(tr("As a Basic auth header"), u"header"_s);
    m_clientAuthentication->addItem(tr("In the token request body"), u"body"_s);
    m_clientAuthentication->setSizePolicy(QSizePolicy::Maximum, QSizePolicy::Fixed);
    connect(m_clientAuthentication, &QComboBox::currentIndexChanged, this, &RequestPanel::edited);
    m_authUrl = line(u"authAuthUrlEdit"_s, tr("Authorization URL"));
    m_tokenUrl = line(u"authTokenUrlEdit"_s, tr("Access token URL"));
    m_clientId = line(u"authClientIdEdit"_s, tr("Client ID"));
    m_clientSecret = line(u"authClientSecretEdit"_s, tr("Client secret"));
    m_scope = line(u"authScopeEdit"_s, tr("Scope"));
    m_headerPrefix = line(u"authHeaderPrefixEdit"_s, tr("Header prefix"));
    m_headerPrefix->setPlaceholderText(u"Bearer"_s);
    m_oauthToken = line(u"authAccessTokenEdit"_s, tr("Access token"));
    m_oauthToken->setPlaceholderText(tr("Filled in when a token is fetched"));
    oauthForm->addRow(tr("&Grant type:"), m_grantType);
    oauthForm->addRow(tr("Authori&zation URL:"), m_authUrl);
    oauthForm->addRow(tr("Access token U&RL:"), m_tokenUrl);
    oauthForm->addRow(tr("&Client ID:"), m_clientId);
    oauthForm->addRow(tr("Client s&ecret:"), secretField(m_clientSecret));
    oauthForm->addRow(tr("Send client credentials:"), m_clientAuthentication);
    oauthForm->addRow(tr("Sc&ope:"), m_scope);
    oauthForm->addRow(tr("Header &prefix:"), m_headerPrefix);
    oauthForm->addRow(tr("Access to&ken:"), secretField(m_oauthToken));
    // Get a token now (the browser sign-in for the authorization code): it goes into the token
    // cache the engine uses, never into the request; the state shows it masked.
    m_getToken = new QPushButton(tr("Get &Token"), oauth);
    m_getToken->setObjectName(u"authGetTokenButton"_s);
    m_getToken->setToolTip(tr("Get an OAuth 2.0 token now with these settings (in the current environment) and keep it for sending."));
    m_getToken->setSizePolicy(QSizePolicy::Maximum, QSizePolicy::Fixed);
    connect(m_getToken, &QPushButton::clicked, this, [this] {
        m_getToken->setEnabled(false);
        m_tokenState->setText(tr("Getting a token …"));
        m_tokenState->setStyleSheet(QString());
        Q_EMIT oauthTokenRequested();
    });
    m_cancelToken = new QPushButton(tr("Cancel Sign-&In"), oauth);
    m_cancelToken->setObjectName(u"authCancelTokenButton"_s);
    m_cancelToken->setToolTip(tr("Stop waiting for the sign-in in the browser."));
    m_cancelToken->setSizePolicy(QSizePolicy::Maximum, QSizePolicy::Fixed);
    m_cancelToken->hide();
    connect(m_cancelToken, &QPushButton::clicked, this, &RequestPanel::oauthTokenCancelRequested);
    m_tokenState = new QLabel(oauth);
    m_tokenState->setObjectName(u"authTokenStateLabel"_s);
    m_tokenState->setAccessibleName(tr("OAuth 2.0 token state"));
    m_tokenState->setWordWrap(true);
    m_tokenState->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *tokenRow = new QHBoxLayout;
    tokenRow->addWidget(m_getToken);
    tokenRow->addWidget(m_cancelToken);
    tokenRow->addWidget(m_tokenState, 1);
    oauthForm->addRow(QString(), tokenRow);
    m_authStack->addWidget(oauth);
    // OAuth 1.0
    auto *oauth1 = new QWidget(m_authStack);
    auto *oauth1Form = new QFormLayout(oauth1);
    m_oauth1Method = choice(oauth1, u"authOAuth1MethodCombo"_s, tr("Signature method"),
                            {u"HMAC-SHA1"_s, u"HMAC-SHA256"_s, u"HMAC-SHA512"_s, u"PLAINTEXT"_s});
    m_consumerKey = line(u"authConsumerKeyEdit"_s, tr("Consumer key"));
    m_consumerSecret = line(u"authConsumerSecretEdit"_s, tr("Consumer secret"));
    m_oauth1Token = line(u"authOAuth1TokenEdit"_s, tr("Access token"));
    m_tokenSecret = line(u"authTokenSecretEdit"_s, tr("Token secret"));
    m_oauth1Callback = line(u"authOAuth1CallbackEdit"_s, tr("Callback URL"));
    m_oauth1Verifier = line(u"authOAuth1VerifierEdit"_s, tr("Verifier"));
    m_oauth1Timestamp = line(u"authOAuth1TimestampEdit"_s, tr("Timestamp"));
    m_oauth1Timestamp->setPlaceholderText(tr("Now"));
    m_oauth1Nonce = line(u"authOAuth1NonceEdit"_s, tr("Nonce"));
    m_oauth1Nonce->setPlaceholderText(tr("Random"));
    m_oauth1Version = line(u"authOAuth1VersionEdit"_s, tr("Version"));
    m_oauth1Version->setPlaceholderText(tr("Not sent"));
    m_oauth1Realm = line(u"authOAuth1RealmEdit"_s, tr("Realm"));
    m_oauth1Location = new QComboBox(oauth1);
    m_oauth1Location->setObjectName(u"authOAuth1LocationCombo"_s);
    m_oauth1Location->setAccessibleName(tr("Where the OAuth 1.0 parameters go"));
    m_oauth1Location->addItem(tr("Authorization header"), true);
    m_oauth1Location->addItem(tr("Query (or the form body)"), false);
    m_oauth1Location->setSizePolicy(QSizePolicy::Maximum, QSizePolicy::Fixed);
    connect(m_oauth1Location, &QComboBox::currentIndexChanged, this, &RequestPanel::edited);
    m_oauth1SignEmpty = new QCheckBox(tr("Send and sign &empty parameters"), oauth1);
    m_oauth1SignEmpty->setObjectName(u"authOAuth1SignEmptyCheck"_s);
    connect(m_oauth1SignEmpty, &QCheckBox::toggled, this, &RequestPanel::edited);
    m_oauth1BodyHash = new QCheckBox(tr("Include a &body hash"), oauth1);
    m_oauth1BodyHash->setObjectName(u"authOAuth1BodyHashCheck"_s);
    connect(m_oauth1BodyHash, &QCheckBox::toggled, this, &RequestPanel::edited);
    oauth1Form->addRow(tr("Signature &method:"), m_oauth1Method);
    oauth1Form->addRow(tr("&Consumer key:"), m_consumerKey);
    oauth1Form->addRow(tr("Consumer s&ecret:"), secretField(m_consumerSecret));
    oauth1Form->addRow(tr("Access to&ken:"), m_oauth1Token);
    oauth1Form->addRow(tr("T&oken secret:"), secretField(m_tokenSecret));
    oauth1Form->addRow(tr("Callback &URL:"), m_oauth1Callback);
    oauth1Form->addRow(tr("Verif&ier:"), m_oauth1Verifier);
    oauth1Form->addRow(tr("Time&stamp:"), m_oauth1Timestamp);
    oauth1Form->addRow(tr("&Nonce:"), m_oauth1Nonce);
    oauth1Form->addRow(tr("&Version:"), m_oauth1Version);
    oauth1Form->addRow(tr("&Realm:"), m_oauth1Realm);
    oauth1Form->addRow(tr("&Add to:"), m_oauth1Location);
    oauth1Form->addRow(QString(), m_oauth1SignEmpty);
    oauth1Form->addRow(QString(), m_oauth1BodyHash);
    m_authStack->addWidget(oauth1);
    layout->addWidget(m_authStack);
    layout->addStretch();

    // Bearer and OAuth 2.0 share the token.
    connect(m_bearerToken, &QLineEdit::textEdited, m_oauthToken, &QLineEdit::setText);
    connect(m_oauthToken, &QLineEdit::textEdited, m_bearerToken, &QLineEdit::setText);
    connect(m_authKind, &QComboBox::currentIndexChanged, this, [this] {
        updateAuthPage();
        edited();
    });
    // Keyboard order follows the forms top to bottom (the secret fields were moved into their rows).
    const auto reveal = [this](QLineEdit *edit) { return findChild<QWidget *>(edit->objectName() + u"Reveal"_s); };
    setTabOrder({m_authKind, m_username, m_password, reveal(m_password), m_bearerToken, reveal(m_bearerToken), m_keyName, m_keyValue,
                 reveal(m_keyValue), m_keyLocation, m_grantType, m_authUrl, m_tokenUrl, m_clientId, m_clientSecret,
                 reveal(m_clientSecret), m_clientAuthentication, m_scope, m_headerPrefix, m_oauthToken, reveal(m_oauthToken), m_getToken, m_cancelToken,
                 m_oauth1Method, m_consumerKey, m_consumerSecret, reveal(m_consumerSecret), m_oauth1Token, m_tokenSecret, reveal(m_tokenSecret),
                 m_oauth1Callback, m_oauth1Verifier, m_oauth1Timestamp, m_oauth1Nonce, m_oauth1Version, m_oauth1Realm, m_oauth1Location,
                 m_oauth1SignEmpty, m_oauth1BodyHash});
    setTabOrder({m_password, m_digestRealm, m_digestNonce, m_digestAlgorithm, m_digestQop, m_digestNonceCount, m_digestClientNonce, m_digestOpaque});
    return page;
}

void RequestPanel::setOAuthTokenPending(const QString &text)
{
    m_getToken->setEnabled(false);
    m_cancelToken->show();
    m_tokenState->setText(text);
    m_tokenState->setStyleSheet(QString());
}

void RequestPanel::setOAuthTokenState(const QString &text, bool ok)
{
    const bool hadFocus = m_cancelToken->hasFocus();
    m_cancelToken->hide();
    m_getToken->setEnabled(true);
    if (hadFocus)
        m_getToken->setFocus();
    m_tokenState->setText(text);
    m_tokenState->setStyleSheet(ok ? QString() : u"QLabel { color: #b3261e; font-weight: bold; }"_s);
}

QWidget *RequestPanel::buildScriptsPage(SyntaxSupport &syntax)
{
    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->setObjectName(u"scriptsSplitter"_s);
    splitter->setChildrenCollapsible(false);
    const auto addEditor = [&](CodeEditor *&editor, const QString &objectName, const QString &label, const QString &accessibleName,
                               const QString &placeholder) {
        auto *box = new QWidget(splitter);
        auto *boxLayout = new QVBoxLayout(box);
        boxLayout->setContentsMargins(0, 0, 0, 0);
        auto *title = new QLabel(label, box);
        editor = new CodeEditor(syntax, box);
        editor->setObjectName(objectName);
        editor->setAccessibleName(accessibleName);
        editor->setTabChangesFocus(true);
        editor->setLanguage(BodyLanguage::JavaScript);
        editor->setPlaceholderText(placeholder);
        title->setBuddy(editor);
        boxLayout->addWidget(title);
        boxLayout->addWidget(editor, 1);
        splitter->addWidget(box);
        connect(editor, &QPlainTextEdit::textChanged, this, &RequestPanel::edited);
    };
    addEditor(m_preRequestScript, u"preRequestScriptEditor"_s, tr("Pre-re&quest script (JavaScript, runs before sending):"),
              tr("Pre-request script"), u"pm.variables.set(\"requestId\", pm.variables.replaceIn(\"{{$guid}}\"));"_s);
    addEditor(m_testScript, u"testScriptEditor"_s, tr("&Tests (JavaScript, run on the response):"), tr("Test script"),
              u"pm.test(\"status is 200\", () => pm.response.to.have.status(200));"_s);
    return splitter;
}

QWidget *RequestPanel::buildSettingsPage()
{
    auto *page = new QWidget(this);
    auto *layout = new QVBoxLayout(page);
    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::FieldsStayAtSizeHint);
    m_timeout = new QSpinBox(page);
    m_timeout->setObjectName(u"timeoutSpin"_s);
    m_timeout->setAccessibleName(tr("Timeout in milliseconds"));
    m_timeout->setRange(0, 24 * 3600 * 1000);
    m_timeout->setSingleStep(1000);
    m_timeout->setSuffix(tr(" ms"));
    m_timeout->setSpecialValueText(tr("No limit"));
    m_timeout->setToolTip(tr("The whole exchange must finish within this time; 0 means no limit"));
    connect(m_timeout, &QSpinBox::valueChanged, this, &RequestPanel::edited);
    const auto limit = [this, page](const QString &objectName, const QString &accessibleName, const QString &toolTip) {
        auto *spin = new QSpinBox(page);
        spin->setObjectName(objectName);
        spin->setAccessibleName(accessibleName);
        spin->setToolTip(toolTip);
        spin->setRange(0, 24 * 3600 * 1000);
        spin->setSingleStep(1000);
        spin->setSuffix(m_timeout->suffix());
        spin->setSpecialValueText(m_timeout->specialValueText());
        connect(spin, &QSpinBox::valueChanged, this, &RequestPanel::edited);
        return spin;
    };
    m_connectTimeout = limit(u"connectTimeoutSpin"_s, tr("Connect timeout in milliseconds"),
                             tr("Establishing the connection (TCP and TLS) must take no longer; 0 means no limit"));
    m_transferTimeout = limit(u"transferTimeoutSpin"_s, tr("Transfer timeout in milliseconds"),
                              tr("The longest time without anything sent or received; 0 means no limit"));
    m_followRedirects = new QCheckBox(tr("&Follow redirects"), page);
    m_followRedirects->setObjectName(u"followRedirectsCheck"_s);
    connect(m_followRedirects, &QCheckBox::toggled, this, &RequestPanel::edited);
    m_verifyTls = new QCheckBox(tr("&Verify TLS certificates"), page);
    m_verifyTls->setObjectName(u"verifyTlsCheck"_s);
    connect(m_verifyTls, &QCheckBox::toggled, this, [this] {
        updateTlsWarning();
        edited();
    });
    form->addRow(tr("T&imeout:"), m_timeout);
    form->addRow(tr("&Connect timeout:"), m_connectTimeout);
    form->addRow(tr("Tr&ansfer timeout:"), m_transferTimeout);
    form->addRow(QString(), m_followRedirects);
    form->addRow(QString(), m_verifyTls);
    layout->addLayout(form);

    // Postman's protocolProfileBehavior: what the request leaves "Inherited" comes from the nearest
    // folder that sets it, then the collection, then the default named in the tool tip.
    auto *behavior = new QGroupBox(tr("Protocol behaviour (as in Postman)"), page);
    behavior->setObjectName(u"protocolBehaviorGroup"_s);
    auto *behaviorForm = new QFormLayout(behavior);
    behaviorForm->setFieldGrowthPolicy(QFormLayout::FieldsStayAtSizeHint);
    m_followOriginalMethod = triStateCombo(behavior, u"followOriginalMethodCombo"_s, tr("Keep the method on redirects"),
                                           tr("Yes: a redirect keeps the method and body. Default: 301, 302 and 303 turn into a GET without "
                                              "a body; 307 and 308 keep them. (followOriginalHttpMethod)"));
    m_followAuthorization = triStateCombo(behavior, u"followAuthorizationCombo"_s, tr("Keep Authorization on redirects to another host"),
                                          tr("Yes: the Authorization header follows a redirect to another host. Default: it is dropped "
                                             "there. (followAuthorizationHeader)"));
    m_removeReferer = triStateCombo(behavior, u"removeRefererCombo"_s, tr("Remove the Referer on redirects"),
                                    tr("Yes: redirected requests carry no Referer of Gatehouse's (one you set stays). Default: each "
                                       "carries the address it was redirected from. (removeRefererHeaderOnRedirect)"));
    m_maxRedirects = new QSpinBox(behavior);
    m_maxRedirects->setObjectName(u"maxRedirectsSpin"_s);
    m_maxRedirects->setAccessibleName(tr("Maximum redirects"));
    m_maxRedirects->setToolTip(tr("How many redirects are followed at most; default 10. (maxRedirects)"));
    m_maxRedirects->setRange(-1, 1000);
    m_maxRedirects->setSpecialValueText(tr("Inherited"));
    m_sendBodyAlways = triStateCombo(behavior, u"sendBodyAlwaysCombo"_s, tr("Send the body with GET and HEAD"),
                                     tr("Yes: a GET, HEAD, COPY, PURGE or UNLOCK sends its body. No: the body is left out, as "
                                        "Postman does by default. Default: sent (collections imported from Postman say No). "
                                        "(disableBodyPruning)"));
    m_urlAsWritten = triStateCombo(behavior, u"urlAsWrittenCombo"_s, tr("Send the URL without encoding"),
                                   tr("Yes: the URL goes out as written, without percent-encoding. Default: no. (disableUrlEncoding)"));
    m_ignoreCookies = triStateCombo(behavior, u"ignoreCookiesCombo"_s, tr("Ignore the cookie jar"),
                                    tr("Yes: no cookies from the jar are sent, and none received are kept. Default: no. (disableCookies)"));
    for (QComboBox *combo : {m_followOriginalMethod, m_followAuthorization, m_removeReferer, m_sendBodyAlways, m_urlAsWritten, m_ignoreCookies})
        connect(combo, &QComboBox::currentIndexChanged, this, &RequestPanel::edited);
    connect(m_maxRedirects, &QSpinBox::valueChanged, this, &RequestPanel::edited);
    behaviorForm->addRow(tr("Keep the &method on redirects:"), m_followOriginalMethod);
    behaviorForm->addRow(tr("Keep A&uthorization on redirects to another host:"), m_followAuthorization);
    behaviorForm->addRow(tr("Remove the &Referer on redirects:"), m_removeReferer);
    behaviorForm->addRow(tr("Ma&ximum redirects:"), m_maxRedirects);
    behaviorForm->addRow(tr("Send the bod&y with GET and HEAD:"), m_sendBodyAlways);
    behaviorForm->addRow(tr("Send the URL &without encoding:"), m_urlAsWritten);
    behaviorForm->addRow(tr("I&gnore the cookie jar:"), m_ignoreCookies);
    m_tlsWarning = new QLabel(page);
    m_tlsWarning->setObjectName(u"tlsWarning"_s);
    m_tlsWarning->setWordWrap(true);
    m_tlsWarning->setText(tr("<b>TLS certificate verification is off.</b> Any server can pretend to be this one, and "
                             "anyone on the way can read and change the request, keys included. Turn it off only "
                             "for a test server with a self-signed certificate."));
    m_tlsWarning->setAutoFillBackground(true);
    m_tlsWarning->setMargin(8);
    m_tlsWarning->setStyleSheet(u"QLabel { background: #c01c28; color: white; border-radius: 4px; }"_s);
    layout->addWidget(m_tlsWarning);
    layout->addWidget(behavior);
    layout->addStretch();
    return page;
}

void RequestPanel::edited()
{
    if (m_loading)
        return;
    updateAutomaticHeaders();
    Q_EMIT modified();
}

void RequestPanel::syncParamsFromUrl()
{
    // The URL's query replaces the enabled rows in place; disabled rows keep their places.
    const KeyValueList parsed = parseQuery(splitUrl(m_url->text()).query);
    KeyValueList merged;
    qsizetype next = 0;
    for (const KeyValue &row : m_params->rows()) {
        if (!row.enabled || (row.name.isEmpty() && row.value.isEmpty())) {
            if (!row.enabled)
                merged.append(row);
            continue;
        }
        if (next < parsed.size()) {
            KeyValue updated = parsed.at(next++);
            updated.description = row.description;
            merged.append(updated);
        }
    }
    for (; next < parsed.size(); ++next)
        merged.append(parsed.at(next));
    if (merged != m_params->rows())
        m_params->setRows(merged);
}

void RequestPanel::syncUrlFromParams()
{
    const SplitUrl split = splitUrl(m_url->text());
    const QString query = queryText(m_params->rows());
    const QString url = query.isEmpty() ? split.base : split.base + u'?' + query;
    if (url == m_url->text())
        return;
    m_syncing = true;
    const int cursor = m_url->cursorPosition();
    m_url->setText(url);
    m_url->setCursorPosition(qMin(cursor, int(url.size())));
    m_syncing = false;
}

void RequestPanel::updateBodyPage()
{
    const auto kind = Body::Kind(m_bodyKind->currentData().toInt());
    m_bodyStack->setCurrentIndex(int(kind));
    const bool raw = kind == Body::Kind::Raw;
    m_bodyLanguageLabel->setVisible(raw);
    m_bodyLanguage->setVisible(raw);

    QString automatic;
    switch (kind) {
    case Body::Kind::None:
        break;
    case Body::Kind::Raw:
        automatic = contentTypeForLanguage(m_bodyLanguage->currentData().toString());
        break;
    case Body::Kind::FormUrlEncoded:
        automatic = u"application/x-www-form-urlencoded"_s;
        break;
    case Body::Kind::Multipart:
        automatic = u"multipart/form-data; boundary=…"_s;
        break;
    case Body::Kind::Binary:
        automatic = u"application/octet-stream"_s;
        break;
    case Body::Kind::GraphQL:
        automatic = u"application/json"_s;
        break;
    }
    const QByteArray set = headerValue(m_headers->enabledHeaders(), "content-type");
    if (kind == Body::Kind::None)
        m_contentType->clear();
    else if (!set.isEmpty())
        m_contentType->setText(tr("Content-Type: %1 (set in Headers)").arg(QString::fromUtf8(set)));
    else
        m_contentType->setText(tr("Content-Type: %1 (automatic)").arg(automatic));
}

void RequestPanel::updateAuthPage()
{
    const auto kind = Auth::Kind(m_authKind->currentData().toInt());
    int page = 0;
    QString note;
    switch (kind) {
    case Auth::Kind::Inherit:
        note = tr("Uses the auth of the nearest folder that has one, else the collection's.");
        break;
    case Auth::Kind::None:
        note = tr("No credentials are added to this request.");
        break;
    case Auth::Kind::Basic:
        page = 1;
        break;
    case Auth::Kind::Digest:
        page = 1;
        note = tr("The password answers the server's digest challenge; it is never sent itself. With realm and nonce "
                  "filled in, the answer goes with the first request (as in Postman).");
        break;
    case Auth::Kind::Bearer:
        page = 2;
        note = tr("Sent as “Authorization: Bearer <token>”.");
        break;
    case Auth::Kind::ApiKey:
        page = 3;
        break;
    case Auth::Kind::ApimSubscriptionKey:
        page = 3;
        note = tr("Leave the value empty to use {{%1}} from the environment.").arg(kApimSubscriptionVariable);
        break;
    case Auth::Kind::OAuth2:
        page = 4;
        note = tr("Gatehouse stores this configuration; the access token below is what is sent.");
        break;
    case Auth::Kind::OAuth1:
        page = 5;
        note = tr("Each request is signed as it goes out (RFC 5849), over its method, URL, query and form body.");
        break;
    }
    for (QWidget *field : std::initializer_list<QWidget *>{m_digestRealm, m_digestNonce, m_digestAlgorithm, m_digestQop, m_digestNonceCount,
                                                           m_digestClientNonce, m_digestOpaque})
        m_basicForm->setRowVisible(field, kind == Auth::Kind::Digest);
    m_authStack->setCurrentIndex(page);
    m_authNote->setText(note);
    m_authNote->setVisible(!note.isEmpty());
    const bool apim = kind == Auth::Kind::ApimSubscriptionKey;
    const bool query = Auth::Location(m_keyLocation->currentData().toInt()) == Auth::Location::Query;
    m_keyName->setPlaceholderText(apim ? (query ? QString(kApimSubscriptionQuery) : QString(kApimSubscriptionHeader)) : (query ? u"api_key"_s : u"X-API-Key"_s));
    m_keyValue->setPlaceholderText(apim ? u"{{"_s + kApimSubscriptionVariable + u"}}"_s : u"{{apiKey}}"_s);
}

void RequestPanel::updateTlsWarning()
{
    const bool off = !m_verifyTls->isChecked();
    m_tlsWarning->setVisible(off);
    const int index = m_tabs->indexOf(m_settingsPage->parentWidget()->parentWidget()); // in its scroll area
    if (index >= 0) {
        m_tabs->setTabIcon(index, off ? style()->standardIcon(QStyle::SP_MessageBoxWarning) : QIcon());
        m_tabs->setTabToolTip(index, off ? tr("TLS certificate verification is off for this request") : QString());
    }
}

void RequestPanel::setRequest(const Request &request)
{
    LoadingGuard loading(m_loading);
    m_original = request;

    m_method->setCurrentText(request.method.trimmed().toUpper());

    // The URL shows its own query followed by the enabled params; the table shows them all.
    const SplitUrl split = splitUrl(request.url);
    KeyValueList rows = parseQuery(split.query);
    rows += request.params;
    const QString extra = queryText(request.params);
    QString shown = request.url;
    if (!extra.isEmpty())
        shown += (split.hasQuery ? (split.query.isEmpty() || shown.endsWith(u'&') ? u""_s : u"&"_s) : u"?"_s) + extra;
    m_syncing = true;
    m_url->setText(shown);
    m_url->setCursorPosition(0);
    m_syncing = false;
    m_params->setRows(rows);
    m_originalUrlText = shown;
    m_originalParams = rows;

    QList<HeaderTableModel::Row> headerRows;
    for (const KeyValue &h : request.headers)
        headerRows.append({h.enabled, h.name, h.value});
    m_headers->setRows(headerRows);

    const Body &body = request.body;
    m_bodyKind->setCurrentIndex(m_bodyKind->findData(int(body.kind)));
    setComboData(m_bodyLanguage, body.language.toLower(), body.language);
    m_body->setLanguage(bodyLanguageFor(body.language));
    m_body->setBodyText(body.raw);
    m_form->setRows(body.form);
    m_parts->setParts(body.parts);
    m_binaryPath->setText(body.filePath);
    m_graphqlQuery->setPlainText(body.graphqlQuery);
    m_graphqlVariables->setPlainText(body.graphqlVariables);

    const Auth &auth = request.auth;
    m_authKind->setCurrentIndex(m_authKind->findData(int(auth.kind)));
    m_username->setText(auth.username);
    m_password->setText(auth.password);
    m_bearerToken->setText(auth.token);
    m_oauthToken->setText(auth.token);
    if (!m_cancelToken->isHidden())
        Q_EMIT oauthTokenCancelRequested(); // a sign-in for the request shown before
    m_cancelToken->hide();
    m_tokenState->clear(); // a state belongs to the request it was fetched for
    m_getToken->setEnabled(true);
    m_keyName->setText(auth.keyName);
    m_keyValue->setText(auth.keyValue);
    m_keyLocation->setCurrentIndex(m_keyLocation->findData(int(auth.location)));
    setComboData(m_grantType, auth.grantType, auth.grantType.isEmpty() ? tr("Not chosen") : auth.grantType);
    m_authUrl->setText(auth.authUrl);
    m_tokenUrl->setText(auth.accessTokenUrl);
    m_clientId->setText(auth.clientId);
    m_clientSecret->setText(auth.clientSecret);
    m_scope->setText(auth.scope);
    m_headerPrefix->setText(auth.headerPrefix);
    setComboData(m_clientAuthentication, auth.clientAuthentication.isEmpty() ? u"header"_s : auth.clientAuthentication, auth.clientAuthentication);
    m_digestRealm->setText(auth.digest.realm);
    m_digestNonce->setText(auth.digest.nonce);
    m_digestAlgorithm->setCurrentText(auth.digest.algorithm.isEmpty() ? u"MD5"_s : auth.digest.algorithm);
    m_digestQop->setCurrentText(auth.digest.qop);
    m_digestNonceCount->setText(auth.digest.nonceCount);
    m_digestClientNonce->setText(auth.digest.clientNonce);
    m_digestOpaque->setText(auth.digest.opaque);
    const Auth::OAuth1 &oauth1 = auth.oauth1;
    m_oauth1Method->setCurrentText(oauth1.signatureMethod.isEmpty() ? u"HMAC-SHA1"_s : oauth1.signatureMethod);
    m_consumerKey->setText(oauth1.consumerKey);
    m_consumerSecret->setText(oauth1.consumerSecret);
    m_oauth1Token->setText(oauth1.token);
    m_tokenSecret->setText(oauth1.tokenSecret);
    m_oauth1Callback->setText(oauth1.callback);
    m_oauth1Verifier->setText(oauth1.verifier);
    m_oauth1Timestamp->setText(oauth1.timestamp);
    m_oauth1Nonce->setText(oauth1.nonce);
    m_oauth1Version->setText(oauth1.version);
    m_oauth1Realm->setText(oauth1.realm);
    m_oauth1Location->setCurrentIndex(oauth1.inHeader ? 0 : 1);
    m_oauth1SignEmpty->setChecked(oauth1.addEmptyParamsToSign);
    m_oauth1BodyHash->setChecked(oauth1.includeBodyHash);

    m_timeout->setValue(qMax(0, request.settings.timeoutMs));
    m_connectTimeout->setValue(qMax(0, request.settings.connectTimeoutMs));
    m_transferTimeout->setValue(qMax(0, request.settings.transferTimeoutMs));
    m_followRedirects->setChecked(request.settings.followRedirects);
    m_verifyTls->setChecked(request.settings.verifyTls);
    setTriState(m_followOriginalMethod, request.settings.followOriginalHttpMethod);
    setTriState(m_followAuthorization, request.settings.followAuthorizationHeader);
    setTriState(m_removeReferer, request.settings.removeRefererHeaderOnRedirect);
    m_maxRedirects->setValue(request.settings.maxRedirects.value_or(-1));
    setTriState(m_sendBodyAlways, request.settings.disableBodyPruning);
    setTriState(m_urlAsWritten, request.settings.disableUrlEncoding);
    setTriState(m_ignoreCookies, request.settings.disableCookies);
    m_preRequestScript->setPlainText(request.scripts.preRequest);
    m_testScript->setPlainText(request.scripts.test);

    updateBodyPage();
    updateAuthPage();
    updateTlsWarning();
    setDescription(request.description);
    updateAutomaticHeaders();
}

Request RequestPanel::editedRequest() const
{
    Request r = m_original;
    const QString method = m_method->currentText().trimmed();
    if (method.compare(m_original.method.trimmed(), Qt::CaseInsensitive) != 0)
        r.method = method.isEmpty() ? u"GET"_s : method.toUpper();

    const QString url = m_url->text().trimmed();
    if (url != m_originalUrlText.trimmed() || m_params->rows() != m_originalParams) {
        r.url = splitUrl(url).base;
        r.params = m_params->rows();
    }

    r.headers.clear();
    const QList<HeaderTableModel::Row> headerRows = m_headers->rows();
    for (qsizetype i = 0; i < headerRows.size(); ++i) {
        const HeaderTableModel::Row &row = headerRows.at(i);
        KeyValue header{row.name, row.value, row.enabled, {}};
        if (i < m_original.headers.size() && m_original.headers.at(i).name == row.name)
            header.description = m_original.headers.at(i).description;
        r.headers.append(header);
    }

    Body &body = r.body;
    body.kind = Body::Kind(m_bodyKind->currentData().toInt());
    const QString language = m_bodyLanguage->currentData().toString();
    if (language.compare(m_original.body.language, Qt::CaseInsensitive) != 0)
        body.language = language;
    body.raw = m_body->toPlainText();
    body.form = m_form->rows();
    body.parts = m_parts->parts();
    body.filePath = m_binaryPath->text();
    body.graphqlQuery = m_graphqlQuery->toPlainText();
    body.graphqlVariables = m_graphqlVariables->toPlainText();

    Auth &auth = r.auth;
    auth.kind = Auth::Kind(m_authKind->currentData().toInt());
    auth.username = m_username->text();
    auth.password = m_password->text();
    auth.token = auth.kind == Auth::Kind::OAuth2 ? m_oauthToken->text() : m_bearerToken->text();
    auth.keyName = m_keyName->text();
    auth.keyValue = m_keyValue->text();
    auth.location = Auth::Location(m_keyLocation->currentData().toInt());
    auth.grantType = m_grantType->currentData().toString();
    auth.authUrl = m_authUrl->text();
    auth.accessTokenUrl = m_tokenUrl->text();
    auth.clientId = m_clientId->text();
    auth.clientSecret = m_clientSecret->text();
    auth.scope = m_scope->text();
    auth.headerPrefix = m_headerPrefix->text();
    // Empty means "header": an unchanged default stays empty.
    const QString clientAuthentication = m_clientAuthentication->currentData().toString();
    if (clientAuthentication != (m_original.auth.clientAuthentication.isEmpty() ? u"header"_s : m_original.auth.clientAuthentication))
        auth.clientAuthentication = clientAuthentication;
    // An untouched default algorithm stays as it was (empty means MD5).
    const QString algorithm = m_digestAlgorithm->currentText().trimmed();
    auth.digest = {m_digestRealm->text(),      m_digestNonce->text(),       algorithm == u"MD5"_s && m_original.auth.digest.algorithm.isEmpty() ? QString() : algorithm,
                   m_digestQop->currentText().trimmed(), m_digestNonceCount->text(), m_digestClientNonce->text(), m_digestOpaque->text()};
    Auth::OAuth1 &oauth1 = auth.oauth1;
    const QString signatureMethod = m_oauth1Method->currentText().trimmed();
    oauth1.signatureMethod = signatureMethod == u"HMAC-SHA1"_s && m_original.auth.oauth1.signatureMethod.isEmpty() ? QString() : signatureMethod;
    oauth1.consumerKey = m_consumerKey->text();
    oauth1.consumerSecret = m_consumerSecret->text();
    oauth1.token = m_oauth1Token->text();
    oauth1.tokenSecret = m_tokenSecret->text();
    oauth1.callback = m_oauth1Callback->text();
    oauth1.verifier = m_oauth1Verifier->text();
    oauth1.timestamp = m_oauth1Timestamp->text();
    oauth1.nonce = m_oauth1Nonce->text();
    oauth1.version = m_oauth1Version->text();
    oauth1.realm = m_oauth1Realm->text();
    oauth1.inHeader = m_oauth1Location->currentIndex() == 0;
    oauth1.addEmptyParamsToSign = m_oauth1SignEmpty->isChecked();
    oauth1.includeBodyHash = m_oauth1BodyHash->isChecked();

    r.settings.timeoutMs = m_timeout->value();
    r.settings.connectTimeoutMs = m_connectTimeout->value();
    r.settings.transferTimeoutMs = m_transferTimeout->value();
    r.settings.followRedirects = m_followRedirects->isChecked();
    r.settings.verifyTls = m_verifyTls->isChecked();
    r.settings.followOriginalHttpMethod = triState(m_followOriginalMethod);
    r.settings.followAuthorizationHeader = triState(m_followAuthorization);
    r.settings.removeRefererHeaderOnRedirect = triState(m_removeReferer);
    r.settings.maxRedirects = m_maxRedirects->value() < 0 ? std::nullopt : std::optional<int>(m_maxRedirects->value());
    r.settings.disableBodyPruning = triState(m_sendBodyAlways);
    r.settings.disableUrlEncoding = triState(m_urlAsWritten);
    r.settings.disableCookies = triState(m_ignoreCookies);
    r.scripts.preRequest = m_preRequestScript->toPlainText();
    r.scripts.test = m_testScript->toPlainText();
    return r;
}

void RequestPanel::setVariables(const VariableInfoMap &variables)
{
    m_url->setVariables(variables);
}

Expected<HttpRequest> RequestPanel::resolvedRequest() const
{
    auto resolved = resolveRequest(editedRequest(), ResolveContext{});
    if (!resolved)
        return std::unexpected(resolved.error());
    return resolved->request;
}

HttpRequest RequestPanel::request() const
{
    if (auto resolved = resolvedRequest())
        return *resolved;
    HttpRequest r;
    r.method = m_method->currentText().trimmed().toUpper().toLatin1();
    r.headers = m_headers->enabledHeaders();
    return r; // no URL: the caller reports it
}

void RequestPanel::setMethod(const QString &method)
{
    LoadingGuard loading(m_loading);
    m_method->setCurrentText(method.toUpper());
}

void RequestPanel::setUrl(const QString &url)
{
    LoadingGuard loading(m_loading);
    m_url->setText(url);
    updateAutomaticHeaders();
}

void RequestPanel::setHeaders(const HeaderList &headers)
{
    QList<HeaderTableModel::Row> rows;
    for (const auto &[name, value] : headers)
        rows.append({true, QString::fromLatin1(name), QString::fromUtf8(value)});
    setHeaderRows(rows);
}

QList<HeaderTableModel::Row> RequestPanel::headerRows() const
{
    return m_headers->rows();
}

void RequestPanel::setHeaderRows(const QList<HeaderTableModel::Row> &rows)
{
    LoadingGuard loading(m_loading);
    m_headers->setRows(rows);
    updateBodyPage();
    updateAutomaticHeaders();
}

void RequestPanel::setBody(const QString &body)
{
    LoadingGuard loading(m_loading);
    m_body->setPlainText(body);
    m_bodyKind->setCurrentIndex(m_bodyKind->findData(int(body.isEmpty() ? Body::Kind::None : Body::Kind::Raw)));
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
    m_send->setAccessibleName(m_send->text());
}

void RequestPanel::focusUrl()
{
    m_url->setFocus(Qt::ShortcutFocusReason);
    m_url->selectAll();
}

void RequestPanel::importCurl(const QString &text)
{
    auto imported = gatehouse::importCurl(text);
    if (!imported) {
        Q_EMIT statusMessage(tr("The pasted curl command was not imported: %1").arg(imported.error().message));
        return;
    }
    Request request = imported->request;
    // The request being edited stays itself (its tab, its place in the workspace); only its content changes.
    if (!m_original.id.isEmpty()) {
        request.id = m_original.id;
        request.name = m_original.name;
        request.description = m_original.description;
    }
    const Request before = m_original;
    setRequest(request);
    // Edits relative to what was loaded, so the change counts as the user's.
    m_original = before;
    m_originalUrlText.clear();
    QString message = tr("Imported the curl command: %1 %2").arg(request.method, request.url);
    for (const ImportIssue &issue : std::as_const(imported->issues))
        message += u"  ·  "_s + issue.message;
    Q_EMIT statusMessage(message);
    Q_EMIT modified();
}

void RequestPanel::chooseBinaryFile()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Choose the Body File"), m_binaryPath->text());
    if (!path.isEmpty())
        m_binaryPath->setText(path);
}

void RequestPanel::choosePartFile()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Choose a File to Upload"));
    if (path.isEmpty())
        return;
    const QModelIndex current = m_partsView->currentIndex();
    if (current.isValid() && current.row() < m_parts->parts().size()) {
        m_parts->setData(m_parts->index(current.row(), FormDataTableModel::KindColumn), int(FormDataPart::Kind::File));
        m_parts->setData(m_parts->index(current.row(), FormDataTableModel::ValueColumn), path);
    } else {
        m_parts->appendFile(QFileInfo(path).completeBaseName(), path);
    }
}

} // namespace gatehouse::ui
