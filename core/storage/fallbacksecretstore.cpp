// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/fallbacksecretstore.h"

namespace gatehouse {

FallbackSecretStore::FallbackSecretStore(SecretStore *primary, SecretStore &fallback)
    : m_primary(primary)
    , m_fallback(fallback)
{
}

Expected<std::optional<QString>> FallbackSecretStore::read(const QString &key) const
{
    if (m_primary) {
        auto value = m_primary->read(key);
        if (!value || value->has_value())
            return value;
    }
    return m_fallback.read(key);
}

Expected<void> FallbackSecretStore::write(const QString &key, const QString &value)
{
    if (!m_primary)
        return m_fallback.write(key, value);
    if (auto written = m_primary->write(key, value); !written)
        return written;
    // One place per secret: an older copy in the file goes.
    if (auto old = m_fallback.read(key); old && old->has_value())
        return m_fallback.remove(key);
    return {};
}

Expected<void> FallbackSecretStore::remove(const QString &key)
{
    if (m_primary) {
        if (auto removed = m_primary->remove(key); !removed)
            return removed;
    }
    if (auto old = m_fallback.read(key); old && old->has_value())
        return m_fallback.remove(key);
    return {};
}

QString FallbackSecretStore::location() const
{
    return m_primary ? m_primary->location() : m_fallback.location();
}

} // namespace gatehouse
