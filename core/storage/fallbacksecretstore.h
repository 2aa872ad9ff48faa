// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "storage/secretstore.h"

namespace gatehouse {

// The keychain first, the private file where there is none: reads look in the primary store and
// then in the fallback (values saved before a keychain was available keep working); writes go to
// the primary when it is usable, and a value moved there is removed from the file. With no usable
// primary, everything goes to the fallback.
class FallbackSecretStore : public SecretStore
{
public:
    // primary may be null (no keychain on this machine).
    FallbackSecretStore(SecretStore *primary, SecretStore &fallback);

    [[nodiscard]] Expected<std::optional<QString>> read(const QString &key) const override;
    [[nodiscard]] Expected<void> write(const QString &key, const QString &value) override;
    [[nodiscard]] Expected<void> remove(const QString &key) override;
    QString location() const override;
    bool usesPrimary() const { return m_primary != nullptr; }

private:
    SecretStore *m_primary;
    SecretStore &m_fallback;
};

} // namespace gatehouse
