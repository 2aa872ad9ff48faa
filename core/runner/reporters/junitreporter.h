// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "runner/runresult.h"

#include <QByteArray>
#include <QCoreApplication>

namespace gatehouse {

// JUnit XML as CI systems read it (Jenkins, GitLab, GitHub actions): one testsuite per request
// run, one testcase per assertion; failed assertions are <failure>, script and request errors
// <error>. APIM findings go into the failure text.
class JunitReporter
{
    Q_DECLARE_TR_FUNCTIONS(gatehouse::JunitReporter)
public:
    [[nodiscard]] static QByteArray report(const RunReport &report);
    // "A simple GET request" -> "ASimpleGetRequest", as newman names test classes.
    [[nodiscard]] static QString className(const QString &name);
};

} // namespace gatehouse
