// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/memorysecretstore.h"

#include <QCoreApplication>

namespace gatehouse {

Expected<std::optional<QString>> MemorySecretStore::read(const QString &key) const
{
    const auto it = m_values.constFind(key);
    if (it == m_values.cend())
        return std::optional<QString>();
    return std::optional<QString>(*it);
}

Expected<void> MemorySecretStore::write(const QString &key, const QString &value)
{
    m_values.insert(key, value);
    return {};
}

Expected<void> MemorySecretStore::remove(const QString &key)
{
    m_values.remove(key);
    return {};
}

QString MemorySecretStore::location() const
{
    return QCoreApplication::translate("gatehouse::MemorySecretStore", "memory (forgotten when Gatehouse quits)");
}

} // namespace gatehouse
