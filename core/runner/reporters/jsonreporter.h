// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "runner/runresult.h"

#include <QJsonObject>

namespace gatehouse {

// A machine-readable report, shaped like newman's JSON reporter where it can be
// (run.stats.assertions.total/failed, run.executions, run.failures), plus APIM findings.
class JsonReporter
{
public:
    [[nodiscard]] static QJsonObject report(const RunReport &report);
};

} // namespace gatehouse
