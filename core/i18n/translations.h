// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

class QCoreApplication;

namespace gatehouse {

// Loads Gatehouse's and Qt's own catalogues for the user's UI languages (LANGUAGE, LC_ALL,
// LANG ...) and installs them on the application. English needs none.
void installTranslations(QCoreApplication &app);

} // namespace gatehouse
