// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "runner/runresult.h"

#include <QCoreApplication>

namespace gatehouse {

// Text for terminals, like newman's cli reporter: a live block per request, then a summary
// table and every failure with its message (and the APIM diagnosis of failed answers).
class CliReporter
{
    Q_DECLARE_TR_FUNCTIONS(gatehouse::CliReporter)
public:
    [[nodiscard]] static QString iterationHeader(int iteration, int count);
    [[nodiscard]] static QString requestStarted(const QString &path);
    [[nodiscard]] static QString requestFinished(const RequestRun &run);
    [[nodiscard]] static QString summary(const RunReport &report);
};

} // namespace gatehouse
