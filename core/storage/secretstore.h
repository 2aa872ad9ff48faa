// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "error.h"

#include <QString>

#include <optional>

namespace gatehouse {

// Where secret variable values live: never in the workspace's shared files.
// Keys are "<workspace id>/<scope id>/<variable name>" (see secretKey()).
class SecretStore
{
public:
    virtual ~SecretStore();

    // The value, nothing when the store has none for key, or an error when the store itself fails.
    [[nodiscard]] virtual Expected<std::optional<QString>> read(const QString &key) const = 0;
    [[nodiscard]] virtual Expected<void> write(const QString &key, const QString &value) = 0;
    [[nodiscard]] virtual Expected<void> remove(const QString &key) = 0;
    // Where the secrets are kept, in words for the user ("the file /home/…/secrets.json").
    virtual QString location() const = 0;
};

// scopeId is an environment, collection or folder id, or "globals".
QString secretKey(const QString &workspaceId, const QString &scopeId, const QString &variableName);

} // namespace gatehouse
