// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "apim/diagnosis.h"

#include <QJsonArray>

namespace gatehouse {

// Findings for terminals and logs: title, explanation, numbered likely causes, how to confirm.
QString findingsAsText(const QList<Finding> &findings);
// Findings for --json output and reports.
QJsonArray findingsToJson(const QList<Finding> &findings);

} // namespace gatehouse
