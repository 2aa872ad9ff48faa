// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "storage/workspacestorage.h"

#include <QDialog>

class QLineEdit;

namespace gatehouse::ui {

// Asked once when a workspace needs secrets this machine does not have: one masked field per
// secret, saved to the secret store (never to the workspace's shared files).
class SecretsDialog : public QDialog
{
    Q_OBJECT
public:
    SecretsDialog(const QList<MissingSecret> &missing, SecretStore &store, QWidget *parent = nullptr);

    // Writes what was typed; empty fields are skipped (asked again next time).
    [[nodiscard]] Expected<int> save();

private:
    QList<MissingSecret> m_missing;
    QList<QLineEdit *> m_fields;
    SecretStore &m_store;
};

} // namespace gatehouse::ui
