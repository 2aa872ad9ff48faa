// SPDX-License-Identifier: GPL-3.0-or-later
#include "secretsdialog.h"

#include "storage/secretstore.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace gatehouse::ui {

SecretsDialog::SecretsDialog(const QList<MissingSecret> &missing, SecretStore &store, QWidget *parent)
    : QDialog(parent)
    , m_missing(missing)
    , m_store(store)
{
    setObjectName(u"secretsDialog"_s);
    setWindowTitle(tr("Secrets for This Workspace"));
    auto *intro = new QLabel(tr("This workspace needs secrets that this machine does not have yet. They are kept in %1, "
                                "never in the workspace's shared files. Ask your team where to find them.")
                                 .arg(QDir::toNativeSeparators(store.location())),
                             this);
    intro->setWordWrap(true);
    auto *form = new QFormLayout;
    for (const MissingSecret &secret : missing) {
        auto *field = new QLineEdit(this);
        field->setObjectName(u"secret:"_s + secret.variable);
        field->setEchoMode(QLineEdit::Password);
        field->setPlaceholderText(tr("leave empty to skip"));
        form->addRow(tr("%1 in %2").arg(secret.variable, secret.scopeName), field);
        m_fields.append(field);
    }
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(buttons);
}

Expected<int> SecretsDialog::save()
{
    int saved = 0;
    for (qsizetype i = 0; i < m_missing.size(); ++i) {
        const QString value = m_fields.at(i)->text();
        if (value.isEmpty())
            continue;
        if (auto written = m_store.write(m_missing.at(i).key, value); !written)
            return std::unexpected(written.error());
        ++saved;
    }
    return saved;
}

} // namespace gatehouse::ui
