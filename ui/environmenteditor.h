// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/environment.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QTableWidget;

namespace gatehouse::ui {

// Environments → edit: their variables (secret ones masked, with a reveal switch), the APIM
// gateway profile (gateway hosts, the subscription key and where it goes), and TLS settings per
// host (verification, a CA bundle, a client certificate).
class EnvironmentEditor : public QDialog
{
    Q_OBJECT
public:
    EnvironmentEditor(const QList<Environment> &environments, const QString &currentId, QWidget *parent = nullptr);

    // The environments as edited (new ones have ids).
    QList<Environment> environments();
    // Selects an environment and puts the focus on its APIM subscription key (the inspector's fix).
    void focusSubscriptionKey();
    void selectEnvironment(const QString &id);

private:
    void commit();
    void load(int row);
    void addVariable(const Variable &variable);
    void updateMasking();
    void addTlsHost(const EnvironmentTlsHost &host);
    void updateTlsWarning();

    QList<Environment> m_environments;
    int m_current = -1;
    QListWidget *m_list;
    QLineEdit *m_name;
    QTableWidget *m_variables;
    QCheckBox *m_reveal;
    QLineEdit *m_gatewayHosts;
    QComboBox *m_keyLocation;
    QLineEdit *m_keyName;
    QLineEdit *m_subscriptionKey;
    QTableWidget *m_tlsHosts;
    QLabel *m_tlsWarning;
};

} // namespace gatehouse::ui
