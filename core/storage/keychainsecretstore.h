// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "storage/secretstore.h"

#include <QMap>
#include <QObject>

namespace gatehouse {

// Secrets in the operating system's keychain (Secret Service / KWallet, macOS Keychain, Windows
// Credential Manager) through QtKeychain. All of Gatehouse's secrets live in one keychain entry, so
// opening a workspace asks the keychain (and perhaps the user) once, asynchronously; after that,
// reads come from memory and writes go back in the background. Where no keychain service runs,
// open() fails and the application falls back to a FileSecretStore (and tells the user where).
class KeychainSecretStore : public QObject, public SecretStore
{
    Q_OBJECT
public:
    explicit KeychainSecretStore(QString service = QStringLiteral("Gatehouse"), QObject *parent = nullptr);
    ~KeychainSecretStore() override;

    // Reads the entry; emits opened() or openFailed(). Until opened, every call fails.
    void open();
    bool isOpen() const { return m_open; }

    [[nodiscard]] Expected<std::optional<QString>> read(const QString &key) const override;
    [[nodiscard]] Expected<void> write(const QString &key, const QString &value) override;
    [[nodiscard]] Expected<void> remove(const QString &key) override;
    QString location() const override;

Q_SIGNALS:
    void opened();
    void openFailed(const gatehouse::Error &error);
    // A background write did not reach the keychain; the value is still known to this process.
    void writeFailed(const gatehouse::Error &error);

private:
    [[nodiscard]] Expected<void> checkOpen() const;
    void flush();

    QString m_service;
    QMap<QString, QString> m_values;
    bool m_open = false;
    bool m_writing = false;
    bool m_dirty = false;
};

} // namespace gatehouse
