// SPDX-License-Identifier: GPL-3.0-or-later
#include "environmenteditor.h"

#include "model/workspace.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPainter>
#include <QPushButton>
#include <QRegularExpression>
#include <QSplitter>
#include <QStyledItemDelegate>
#include <QTableWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace gatehouse::ui {

namespace {

enum Column { EnabledColumn, NameColumn, ValueColumn, SecretColumn };
enum TlsColumn { TlsHostColumn, TlsVerifyColumn, TlsCaColumn, TlsCertificateColumn, TlsKeyColumn, TlsPassphraseColumn, TlsColumnCount };

// Secret values are drawn as dots, and edited in a password field, unless revealed.
class SecretValueDelegate : public QStyledItemDelegate
{
public:
    SecretValueDelegate(QTableWidget *table, QCheckBox *reveal)
        : QStyledItemDelegate(table)
        , m_table(table)
        , m_reveal(reveal)
    {
    }

    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override
    {
        QStyledItemDelegate::initStyleOption(option, index);
        if (masked(index.row()) && !option->text.isEmpty())
            option->text = QString(8, QChar(0x2022));
    }
    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        QWidget *editor = QStyledItemDelegate::createEditor(parent, option, index);
        if (auto *line = qobject_cast<QLineEdit *>(editor); line && masked(index.row()))
            line->setEchoMode(QLineEdit::Password);
        return editor;
    }

private:
    bool masked(int row) const
    {
        const QTableWidgetItem *secret = m_table->item(row, SecretColumn);
        return secret && secret->checkState() == Qt::Checked && !m_reveal->isChecked();
    }
    QTableWidget *m_table;
    QCheckBox *m_reveal;
};

} // namespace

EnvironmentEditor::EnvironmentEditor(const QList<Environment> &environments, const QString &currentId, QWidget *parent)
    : QDialog(parent)
    , m_environments(environments)
    , m_list(new QListWidget(this))
    , m_name(new QLineEdit(this))
    , m_variables(new QTableWidget(0, 4, this))
    , m_reveal(new QCheckBox(tr("&Show secret values"), this))
    , m_gatewayHosts(new QLineEdit(this))
    , m_keyLocation(new QComboBox(this))
    , m_keyName(new QLineEdit(this))
    , m_subscriptionKey(new QLineEdit(this))
    , m_tlsHosts(new QTableWidget(0, TlsColumnCount, this))
    , m_tlsWarning(new QLabel(this))
{
    setObjectName(u"environmentEditor"_s);
    setWindowTitle(tr("Environments"));
    resize(900, 760);

    // Left: the environments.
    m_list->setObjectName(u"environmentList"_s);
    m_list->setAccessibleName(tr("Environments"));
    auto *add = new QPushButton(tr("&Add"), this);
    add->setObjectName(u"addEnvironmentButton"_s);
    auto *duplicate = new QPushButton(tr("D&uplicate"), this);
    auto *remove = new QPushButton(tr("&Remove"), this);
    remove->setObjectName(u"removeEnvironmentButton"_s);
    auto *left = new QWidget(this);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(m_list, 1);
    auto *listButtons = new QHBoxLayout;
    listButtons->addWidget(add);
    listButtons->addWidget(duplicate);
    listButtons->addWidget(remove);
    leftLayout->addLayout(listButtons);

    // Right: name, variables, APIM profile.
    m_name->setObjectName(u"environmentName"_s);
    m_variables->setObjectName(u"environmentVariables"_s);
    m_variables->setAccessibleName(tr("Variables"));
    m_variables->setHorizontalHeaderLabels({tr("On"), tr("Name"), tr("Value"), tr("Secret")});
    m_variables->verticalHeader()->hide();
    m_variables->horizontalHeader()->setSectionResizeMode(EnabledColumn, QHeaderView::ResizeToContents);
    m_variables->horizontalHeader()->setSectionResizeMode(NameColumn, QHeaderView::Interactive);
    m_variables->horizontalHeader()->setSectionResizeMode(ValueColumn, QHeaderView::Stretch);
    m_variables->horizontalHeader()->setSectionResizeMode(SecretColumn, QHeaderView::ResizeToContents);
    m_variables->setColumnWidth(NameColumn, 200);
    m_variables->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_variables->setItemDelegateForColumn(ValueColumn, new SecretValueDelegate(m_variables, m_reveal));
    m_reveal->setObjectName(u"revealSecretsCheck"_s);
    connect(m_reveal, &QCheckBox::toggled, this, &EnvironmentEditor::updateMasking);
    connect(m_variables, &QTableWidget::itemChanged, this, [this](QTableWidgetItem *item) {
        if (item->column() == SecretColumn)
            updateMasking();
    });
    auto *addVariableButton = new QPushButton(tr("Add &Variable"), this);
    addVariableButton->setObjectName(u"addVariableButton"_s);
    connect(addVariableButton, &QPushButton::clicked, this, [this] {
        addVariable({});
        m_variables->setCurrentCell(m_variables->rowCount() - 1, NameColumn);
        m_variables->editItem(m_variables->item(m_variables->rowCount() - 1, NameColumn));
    });
    auto *removeVariableButton = new QPushButton(tr("Remove Variable"), this);
    connect(removeVariableButton, &QPushButton::clicked, this, [this] {
        if (m_variables->currentRow() >= 0)
            m_variables->removeRow(m_variables->currentRow());
    });
    auto *variableButtons = new QHBoxLayout;
    variableButtons->addWidget(addVariableButton);
    variableButtons->addWidget(removeVariableButton);
    variableButtons->addStretch();
    variableButtons->addWidget(m_reveal);

    auto *apim = new QGroupBox(tr("APIM gateway"), this);
    apim->setObjectName(u"apimProfileGroup"_s);
    auto *apimForm = new QFormLayout(apim);
    m_gatewayHosts->setObjectName(u"gatewayHostsEdit"_s);
    m_gatewayHosts->setPlaceholderText(tr("contoso.azure-api.net, api.contoso.com"));
    m_gatewayHosts->setToolTip(tr("The subscription key is added to requests for these hosts only, never anywhere else."));
    m_keyLocation->setObjectName(u"keyLocationCombo"_s);
    m_keyLocation->addItem(tr("Header"), int(Auth::Location::Header));
    m_keyLocation->addItem(tr("Query parameter"), int(Auth::Location::Query));
    m_keyName->setObjectName(u"keyNameEdit"_s);
    const auto updateKeyNamePlaceholder = [this] {
        const bool query = m_keyLocation->currentData().toInt() == int(Auth::Location::Query);
        m_keyName->setPlaceholderText(query ? QString(kApimSubscriptionQuery) : QString(kApimSubscriptionHeader));
    };
    connect(m_keyLocation, &QComboBox::currentIndexChanged, this, updateKeyNamePlaceholder);
    updateKeyNamePlaceholder();
    m_subscriptionKey->setObjectName(u"subscriptionKeyEdit"_s);
    m_subscriptionKey->setPlaceholderText(u"{{%1}}"_s.arg(kApimSubscriptionVariable));
    m_subscriptionKey->setToolTip(tr("Usually a reference to a secret variable, so the key itself never goes into the shared file."));
    apimForm->addRow(tr("&Gateway hosts:"), m_gatewayHosts);
    apimForm->addRow(tr("Key &goes in:"), m_keyLocation);
    apimForm->addRow(tr("Header or parameter &name:"), m_keyName);
    apimForm->addRow(tr("Subscription &key:"), m_subscriptionKey);
    auto *hint = new QLabel(tr("Keep the key in a secret variable (Secret ticked): its value stays in this machine's keychain, "
                               "and only its name goes into the environment file."),
                            apim);
    hint->setWordWrap(true);
    hint->setForegroundRole(QPalette::PlaceholderText);
    apimForm->addRow(hint);

    // TLS per host: verification, extra trusted CAs, a client certificate.
    auto *tls = new QGroupBox(tr("TLS / certificates"), this);
    tls->setObjectName(u"tlsHostsGroup"_s);
    auto *tlsLayout = new QVBoxLayout(tls);
    m_tlsHosts->setObjectName(u"tlsHostsTable"_s);
    m_tlsHosts->setAccessibleName(tr("TLS settings per host"));
    m_tlsHosts->setHorizontalHeaderLabels({tr("Host"), tr("Verify"), tr("CA bundle"), tr("Client certificate"), tr("Key"), tr("Passphrase")});
    m_tlsHosts->horizontalHeaderItem(TlsHostColumn)->setToolTip(tr("api.contoso.com, api.contoso.com:8443 or *.contoso.com"));
    m_tlsHosts->horizontalHeaderItem(TlsCertificateColumn)->setToolTip(tr("A PEM certificate (with its key) or a PKCS#12 bundle (.p12/.pfx)"));
    m_tlsHosts->horizontalHeaderItem(TlsPassphraseColumn)->setToolTip(tr("A reference to a secret variable, such as {{clientKeyPassphrase}}"));
    m_tlsHosts->verticalHeader()->hide();
    m_tlsHosts->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_tlsHosts->horizontalHeader()->setSectionResizeMode(TlsVerifyColumn, QHeaderView::ResizeToContents);
    m_tlsHosts->setSelectionBehavior(QAbstractItemView::SelectItems);
    m_tlsHosts->setMinimumHeight(90);
    connect(m_tlsHosts, &QTableWidget::itemChanged, this, &EnvironmentEditor::updateTlsWarning);
    m_tlsWarning->setObjectName(u"tlsVerificationWarning"_s);
    m_tlsWarning->setWordWrap(true);
    m_tlsWarning->setStyleSheet(u"QLabel { color: white; background: #b3261e; padding: 4px; font-weight: bold; }"_s);
    m_tlsWarning->hide();
    auto *addTls = new QPushButton(tr("Add &Host"), this);
    addTls->setObjectName(u"addTlsHostButton"_s);
    connect(addTls, &QPushButton::clicked, this, [this] {
        addTlsHost({});
        m_tlsHosts->setCurrentCell(m_tlsHosts->rowCount() - 1, TlsHostColumn);
        m_tlsHosts->editItem(m_tlsHosts->item(m_tlsHosts->rowCount() - 1, TlsHostColumn));
    });
    auto *removeTls = new QPushButton(tr("Remove Host"), this);
    connect(removeTls, &QPushButton::clicked, this, [this] {
        if (m_tlsHosts->currentRow() >= 0)
            m_tlsHosts->removeRow(m_tlsHosts->currentRow());
        updateTlsWarning();
    });
    auto *chooseFile = new QPushButton(tr("Choose &File…"), this);
    chooseFile->setToolTip(tr("Choose the file for the selected CA bundle, client certificate or key cell."));
    connect(chooseFile, &QPushButton::clicked, this, [this] {
        const int row = m_tlsHosts->currentRow();
        const int column = m_tlsHosts->currentColumn();
        if (row < 0 || (column != TlsCaColumn && column != TlsCertificateColumn && column != TlsKeyColumn))
            return;
        const QString filter = column == TlsCertificateColumn ? tr("Certificates (*.pem *.crt *.cer *.p12 *.pfx);;All files (*)")
                                                              : tr("PEM files (*.pem *.crt *.key);;All files (*)");
        const QString file = QFileDialog::getOpenFileName(this, tr("Choose a File"), m_tlsHosts->item(row, column)->text(), filter);
        if (!file.isEmpty())
            m_tlsHosts->item(row, column)->setText(file);
    });
    auto *tlsButtons = new QHBoxLayout;
    tlsButtons->addWidget(addTls);
    tlsButtons->addWidget(removeTls);
    tlsButtons->addWidget(chooseFile);
    tlsButtons->addStretch();
    tlsLayout->addWidget(m_tlsWarning);
    tlsLayout->addWidget(m_tlsHosts);
    tlsLayout->addLayout(tlsButtons);

    auto *right = new QWidget(this);
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    auto *nameForm = new QFormLayout;
    nameForm->addRow(tr("&Name:"), m_name);
    rightLayout->addLayout(nameForm);
    m_variables->setMinimumHeight(150); // the APIM and TLS sections below must not squeeze it to a row
    rightLayout->addWidget(m_variables, 1);
    rightLayout->addLayout(variableButtons);
    rightLayout->addWidget(apim);
    rightLayout->addWidget(tls);

    auto *splitter = new QSplitter(this);
    splitter->addWidget(left);
    splitter->addWidget(right);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({200, 700});
    splitter->setChildrenCollapsible(false);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        commit();
        accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(splitter, 1);
    layout->addWidget(buttons);

    for (const Environment &environment : std::as_const(m_environments))
        m_list->addItem(environment.name);
    connect(m_list, &QListWidget::currentRowChanged, this, [this](int row) {
        commit();
        load(row);
    });
    connect(m_name, &QLineEdit::textEdited, this, [this](const QString &text) {
        if (QListWidgetItem *item = m_list->item(m_current))
            item->setText(text);
    });
    connect(add, &QPushButton::clicked, this, [this] {
        commit();
        Environment environment;
        environment.id = newItemId();
        environment.name = tr("New Environment");
        m_environments.append(environment);
        m_list->addItem(environment.name);
        m_list->setCurrentRow(m_list->count() - 1);
        m_name->setFocus();
        m_name->selectAll();
    });
    connect(duplicate, &QPushButton::clicked, this, [this] {
        if (m_current < 0)
            return;
        commit();
        Environment copy = m_environments.at(m_current);
        copy.id = newItemId();
        copy.name = tr("%1 copy").arg(copy.name);
        m_environments.append(copy);
        m_list->addItem(copy.name);
        m_list->setCurrentRow(m_list->count() - 1);
    });
    connect(remove, &QPushButton::clicked, this, [this] {
        if (m_current < 0)
            return;
        const int row = m_current;
        m_current = -1; // nothing to commit
        m_environments.removeAt(row);
        delete m_list->takeItem(row);
        if (m_list->count() == 0)
            load(-1);
    });
    selectEnvironment(currentId);
    if (m_current < 0 && !m_environments.isEmpty())
        m_list->setCurrentRow(0);
    if (m_environments.isEmpty())
        load(-1);
}

void EnvironmentEditor::selectEnvironment(const QString &id)
{
    for (qsizetype i = 0; i < m_environments.size(); ++i) {
        if (m_environments.at(i).id == id)
            m_list->setCurrentRow(int(i));
    }
}

void EnvironmentEditor::focusSubscriptionKey()
{
    m_subscriptionKey->setFocus(Qt::OtherFocusReason);
}

QList<Environment> EnvironmentEditor::environments()
{
    commit();
    return m_environments;
}

void EnvironmentEditor::addVariable(const Variable &variable)
{
    const QSignalBlocker blocker(m_variables);
    const int row = m_variables->rowCount();
    m_variables->insertRow(row);
    auto *enabled = new QTableWidgetItem;
    enabled->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable | Qt::ItemIsSelectable);
    enabled->setCheckState(variable.enabled ? Qt::Checked : Qt::Unchecked);
    m_variables->setItem(row, EnabledColumn, enabled);
    m_variables->setItem(row, NameColumn, new QTableWidgetItem(variable.name));
    m_variables->setItem(row, ValueColumn, new QTableWidgetItem(variable.value));
    auto *secret = new QTableWidgetItem;
    secret->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable | Qt::ItemIsSelectable);
    secret->setCheckState(variable.secret ? Qt::Checked : Qt::Unchecked);
    secret->setToolTip(tr("A secret's value stays on this machine (keychain) and never goes into the shared file."));
    m_variables->setItem(row, SecretColumn, secret);
}

void EnvironmentEditor::addTlsHost(const EnvironmentTlsHost &host)
{
    const QSignalBlocker blocker(m_tlsHosts);
    const int row = m_tlsHosts->rowCount();
    m_tlsHosts->insertRow(row);
    m_tlsHosts->setItem(row, TlsHostColumn, new QTableWidgetItem(host.host));
    auto *verify = new QTableWidgetItem;
    verify->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable | Qt::ItemIsSelectable);
    verify->setCheckState(host.verifyPeer ? Qt::Checked : Qt::Unchecked);
    verify->setToolTip(tr("Verify the server's certificate. Turn off only for a test server you trust."));
    m_tlsHosts->setItem(row, TlsVerifyColumn, verify);
    m_tlsHosts->setItem(row, TlsCaColumn, new QTableWidgetItem(host.caBundleFile));
    m_tlsHosts->setItem(row, TlsCertificateColumn, new QTableWidgetItem(host.clientCertificateFile));
    m_tlsHosts->setItem(row, TlsKeyColumn, new QTableWidgetItem(host.clientKeyFile));
    m_tlsHosts->setItem(row, TlsPassphraseColumn, new QTableWidgetItem(host.clientKeyPassphrase));
    updateTlsWarning();
}

void EnvironmentEditor::updateTlsWarning()
{
    QStringList unverified;
    for (int row = 0; row < m_tlsHosts->rowCount(); ++row) {
        const QTableWidgetItem *verify = m_tlsHosts->item(row, TlsVerifyColumn);
        const QTableWidgetItem *host = m_tlsHosts->item(row, TlsHostColumn);
        if (verify && host && verify->checkState() != Qt::Checked)
            unverified.append(host->text().trimmed().isEmpty() ? tr("(no host yet)") : host->text().trimmed());
    }
    m_tlsWarning->setText(tr("Certificate verification is OFF for: %1. Anyone on the network path can read and change these requests.")
                              .arg(unverified.join(u", "_s)));
    m_tlsWarning->setVisible(!unverified.isEmpty());
}

void EnvironmentEditor::updateMasking()
{
    m_variables->viewport()->update();
}

void EnvironmentEditor::commit()
{
    if (m_current < 0 || m_current >= m_environments.size())
        return;
    Environment &environment = m_environments[m_current];
    if (!m_name->text().trimmed().isEmpty())
        environment.name = m_name->text().trimmed();
    environment.variables.clear();
    for (int row = 0; row < m_variables->rowCount(); ++row) {
        Variable variable;
        variable.name = m_variables->item(row, NameColumn)->text().trimmed();
        if (variable.name.isEmpty())
            continue;
        variable.value = m_variables->item(row, ValueColumn)->text();
        variable.enabled = m_variables->item(row, EnabledColumn)->checkState() == Qt::Checked;
        variable.secret = m_variables->item(row, SecretColumn)->checkState() == Qt::Checked;
        environment.variables.append(variable);
    }
    EnvironmentApim &apim = environment.apim;
    apim.gatewayHosts.clear();
    for (const QString &host : m_gatewayHosts->text().split(QRegularExpression(u"[,\\s]+"_s), Qt::SkipEmptyParts))
        apim.gatewayHosts.append(host.trimmed());
    apim.keyLocation = Auth::Location(m_keyLocation->currentData().toInt());
    const QString keyName = m_keyName->text().trimmed();
    if (apim.keyLocation == Auth::Location::Query)
        apim.queryName = keyName;
    else
        apim.headerName = keyName;
    apim.subscriptionKey = m_subscriptionKey->text().trimmed();
    environment.tlsHosts.clear();
    for (int row = 0; row < m_tlsHosts->rowCount(); ++row) {
        EnvironmentTlsHost host;
        host.host = m_tlsHosts->item(row, TlsHostColumn)->text().trimmed();
        if (host.host.isEmpty())
            continue;
        host.verifyPeer = m_tlsHosts->item(row, TlsVerifyColumn)->checkState() == Qt::Checked;
        host.caBundleFile = m_tlsHosts->item(row, TlsCaColumn)->text().trimmed();
        host.clientCertificateFile = m_tlsHosts->item(row, TlsCertificateColumn)->text().trimmed();
        host.clientKeyFile = m_tlsHosts->item(row, TlsKeyColumn)->text().trimmed();
        host.clientKeyPassphrase = m_tlsHosts->item(row, TlsPassphraseColumn)->text().trimmed();
        environment.tlsHosts.append(host);
    }
}

void EnvironmentEditor::load(int row)
{
    m_current = row;
    const bool valid = row >= 0 && row < m_environments.size();
    for (QWidget *widget : {static_cast<QWidget *>(m_name), static_cast<QWidget *>(m_variables), static_cast<QWidget *>(m_gatewayHosts),
                            static_cast<QWidget *>(m_keyLocation), static_cast<QWidget *>(m_keyName), static_cast<QWidget *>(m_subscriptionKey),
                            static_cast<QWidget *>(m_tlsHosts)})
        widget->setEnabled(valid);
    m_variables->setRowCount(0);
    m_tlsHosts->setRowCount(0);
    updateTlsWarning();
    if (!valid) {
        m_name->clear();
        m_gatewayHosts->clear();
        m_keyName->clear();
        m_subscriptionKey->clear();
        return;
    }
    const Environment &environment = m_environments.at(row);
    m_name->setText(environment.name);
    for (const Variable &variable : environment.variables)
        addVariable(variable);
    m_gatewayHosts->setText(environment.apim.gatewayHosts.join(u", "_s));
    m_keyLocation->setCurrentIndex(m_keyLocation->findData(int(environment.apim.keyLocation)));
    m_keyName->setText(environment.apim.keyLocation == Auth::Location::Query ? environment.apim.queryName : environment.apim.headerName);
    m_subscriptionKey->setText(environment.apim.subscriptionKey);
    for (const EnvironmentTlsHost &host : environment.tlsHosts)
        addTlsHost(host);
}

} // namespace gatehouse::ui
