// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "storage/secretstore.h"

#include <QMap>

namespace gatehouse {

// Secrets for this process only: tests, and runs that must not leave anything behind.
class MemorySecretStore : public SecretStore
{
public:
    [[nodiscard]] Expected<std::optional<QString>> read(const QString &key) const override;
    [[nodiscard]] Expected<void> write(const QString &key, const QString &value) override;
    [[nodiscard]] Expected<void> remove(const QString &key) override;
    QString location() const override;

    const QMap<QString, QString> &values() const { return m_values; }

private:
    QMap<QString, QString> m_values;
};

} // namespace gatehouse
