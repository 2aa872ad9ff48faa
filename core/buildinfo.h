// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>

namespace gatehouse {

// One component Gatehouse is built on, for --version and the About dialog.
struct ComponentInfo {
    QString name;    // "Qt", "KF6 SyntaxHighlighting" (proper names: not translated)
    QString version; // the version in use; for Qt the one loaded at run time
    QString licence; // SPDX expression
};

// Gatehouse's own version ("0.1.0").
[[nodiscard]] QString gatehouseVersion();

// Qt (run-time version, and the build-time one when they differ), KF6 SyntaxHighlighting and
// QtKeychain, with their licences.
[[nodiscard]] QList<ComponentInfo> componentInfo();

// What `PROGRAM --version` prints: "PROGRAM 0.1.0" and one line per component, ending in a newline.
[[nodiscard]] QString versionText(const QString &program);

} // namespace gatehouse
