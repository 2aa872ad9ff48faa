// SPDX-License-Identifier: GPL-3.0-or-later
#include "atomicfile.h"

#include <QCoreApplication>
#include <QSaveFile>

namespace gatehouse {

Expected<void> writeFileAtomically(const QString &path, const QByteArray &data)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(data) != data.size() || !file.commit())
        return std::unexpected(
            Error{Error::Code::FileUnwritable, QCoreApplication::translate("gatehouse::AtomicFile", "Cannot write %1: %2").arg(path, file.errorString())});
    return {};
}

} // namespace gatehouse
