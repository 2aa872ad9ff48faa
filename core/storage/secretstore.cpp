// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/secretstore.h"

namespace gatehouse {

SecretStore::~SecretStore() = default;

QString secretKey(const QString &workspaceId, const QString &scopeId, const QString &variableName)
{
    return workspaceId + u'/' + scopeId + u'/' + variableName;
}

} // namespace gatehouse
