// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "storage/secretstore.h"

#include <QMap>

namespace gatehouse {

// Secrets in a per-user JSON file outside every workspace, readable by its owner only (0600),
// for machines without a keychain service (headless, CI). Every call reads or rewrites the
// whole file (atomically), so two processes never see a half-written store.
class FileSecretStore : public SecretStore
{
public:
    explicit FileSecretStore(QString filePath = defaultFilePath());

    // <AppDataLocation>/secrets.json
    static QString defaultFilePath();
    QString filePath() const { return m_filePath; }

    [[nodiscard]] Expected<std::optional<QString>> read(const QString &key) const override;
    [[nodiscard]] Expected<void> write(const QString &key, const QString &value) override;
    [[nodiscard]] Expected<void> remove(const QString &key) override;
    QString location() const override;

private:
    [[nodiscard]] Expected<QMap<QString, QString>> load() const;
    [[nodiscard]] Expected<void> store(const QMap<QString, QString> &values);

    QString m_filePath;
};

} // namespace gatehouse
