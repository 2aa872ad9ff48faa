// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/filesecretstore.h"

#include "storage/orderedjson.h"
#include "storage/workspacejson.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QStandardPaths>

using namespace Qt::StringLiterals;

namespace gatehouse {

namespace {

constexpr QFileDevice::Permissions kOwnerOnly = QFileDevice::ReadOwner | QFileDevice::WriteOwner;

} // namespace

FileSecretStore::FileSecretStore(QString filePath)
    : m_filePath(std::move(filePath))
{
}

QString FileSecretStore::defaultFilePath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + "/secrets.json"_L1;
}

Expected<std::optional<QString>> FileSecretStore::read(const QString &key) const
{
    auto values = load();
    if (!values)
        return std::unexpected(values.error());
    const auto it = values->constFind(key);
    if (it == values->cend())
        return std::optional<QString>();
    return std::optional<QString>(*it);
}

Expected<void> FileSecretStore::write(const QString &key, const QString &value)
{
    auto values = load();
    if (!values)
        return std::unexpected(values.error());
    if (values->value(key) == value && values->contains(key))
        return {};
    values->insert(key, value);
    return store(*values);
}

Expected<void> FileSecretStore::remove(const QString &key)
{
    auto values = load();
    if (!values)
        return std::unexpected(values.error());
    if (values->remove(key) == 0)
        return {};
    return store(*values);
}

QString FileSecretStore::location() const
{
    return QCoreApplication::translate("gatehouse::FileSecretStore", "the file %1 (readable only by you)").arg(QDir::toNativeSeparators(m_filePath));
}

Expected<QMap<QString, QString>> FileSecretStore::load() const
{
    QFile file(m_filePath);
    if (!file.exists())
        return QMap<QString, QString>();
    if (!file.open(QIODevice::ReadOnly)) {
        return std::unexpected(Error{Error::Code::SecretStore, QCoreApplication::translate("gatehouse::FileSecretStore", "Cannot read the secret store %1: %2")
                                                                   .arg(QDir::toNativeSeparators(m_filePath), file.errorString())});
    }
    auto json = parseWorkspaceFile(file.readAll(), QDir::toNativeSeparators(m_filePath), "secrets"_L1);
    if (!json)
        return std::unexpected(Error{Error::Code::SecretStore, json.error().message});
    QMap<QString, QString> values;
    const QJsonObject secrets = json->value("secrets"_L1).toObject();
    for (auto it = secrets.begin(); it != secrets.end(); ++it)
        values.insert(it.key(), it.value().toString());
    return values;
}

Expected<void> FileSecretStore::store(const QMap<QString, QString> &values)
{
    const QString directory = QFileInfo(m_filePath).absolutePath();
    if (!QDir().mkpath(directory)) {
        return std::unexpected(
            Error{Error::Code::SecretStore, QCoreApplication::translate("gatehouse::FileSecretStore", "Cannot create the folder %1 for the secret store.").arg(QDir::toNativeSeparators(directory))});
    }
    OrderedJson secrets = OrderedJson::object();
    for (auto it = values.cbegin(); it != values.cend(); ++it)
        secrets.insert(it.key(), it.value());
    OrderedJson json = OrderedJson::object();
    json.insert(u"schemaVersion"_s, kWorkspaceSchemaVersion).insert(u"type"_s, u"secrets"_s).insert(u"secrets"_s, std::move(secrets));

    QSaveFile file(m_filePath);
    // Owner-only before a single byte is written, so the secrets are never readable by others.
    if (!file.open(QIODevice::WriteOnly) || !file.setPermissions(kOwnerOnly) || file.write(json.toJson()) < 0 || !file.commit()) {
        return std::unexpected(Error{Error::Code::SecretStore, QCoreApplication::translate("gatehouse::FileSecretStore", "Cannot write the secret store %1: %2")
                                                                   .arg(QDir::toNativeSeparators(m_filePath), file.errorString())});
    }
    return {};
}

} // namespace gatehouse
