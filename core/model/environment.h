// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/variable.h"

namespace gatehouse {

// A named set of variables ("dev", "prod"): switching environments switches hosts and keys.
struct Environment {
    QString id;
    QString name;
    VariableList variables;

    friend bool operator==(const Environment &, const Environment &) = default;
};

} // namespace gatehouse
