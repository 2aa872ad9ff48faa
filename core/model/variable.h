// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>

namespace gatehouse {

// A named value in one scope (globals, an environment, a collection, a folder ...).
// A secret variable's value never goes into a shared file; storage keeps it in a SecretStore.
struct Variable {
    QString name;
    QString value;
    bool enabled = true;
    bool secret = false;

    friend bool operator==(const Variable &, const Variable &) = default;
};

using VariableList = QList<Variable>;

// A name/value row with an on/off switch: query parameters, headers, form fields.
struct KeyValue {
    QString name;
    QString value;
    bool enabled = true;
    QString description;

    friend bool operator==(const KeyValue &, const KeyValue &) = default;
};

using KeyValueList = QList<KeyValue>;

} // namespace gatehouse
