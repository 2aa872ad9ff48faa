// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "error.h"

#include <QByteArray>
#include <QString>

namespace gatehouse {

// Writes data to path through QSaveFile: the file is replaced only when everything was written,
// so a failure (full disk, no permission, a crash) leaves the previous file as it was. The error
// names the file and the reason.
[[nodiscard]] Expected<void> writeFileAtomically(const QString &path, const QByteArray &data);

} // namespace gatehouse
