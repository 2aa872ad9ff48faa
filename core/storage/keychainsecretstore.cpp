// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/keychainsecretstore.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>

#include <qt6keychain/keychain.h>

using namespace Qt::StringLiterals;

namespace gatehouse {

namespace {

const QString kEntry = u"secrets"_s;

} // namespace

KeychainSecretStore::KeychainSecretStore(QString service, QObject *parent)
    : QObject(parent)
    , m_service(std::move(service))
{
}

KeychainSecretStore::~KeychainSecretStore() = default;

void KeychainSecretStore::open()
{
    auto *job = new QKeychain::ReadPasswordJob(m_service, this);
    job->setAutoDelete(true);
    job->setKey(kEntry);
    connect(job, &QKeychain::Job::finished, this, [this](QKeychain::Job *finished) {
        const auto *readJob = static_cast<QKeychain::ReadPasswordJob *>(finished);
        if (finished->error() != QKeychain::NoError && finished->error() != QKeychain::EntryNotFound) {
            Q_EMIT openFailed(Error{Error::Code::SecretStore,
                                    QCoreApplication::translate("gatehouse::KeychainSecretStore", "The keychain cannot be used: %1")
                                        .arg(finished->errorString())});
            return;
        }
        m_values.clear();
        if (finished->error() == QKeychain::NoError) {
            const QJsonDocument document = QJsonDocument::fromJson(readJob->textData().toUtf8());
            if (!document.isObject()) {
                Q_EMIT openFailed(Error{Error::Code::SecretStore,
                                        QCoreApplication::translate("gatehouse::KeychainSecretStore",
                                                                    "Gatehouse's keychain entry is damaged; it was left as it is.")});
                return;
            }
            const QJsonObject object = document.object();
            for (auto it = object.begin(); it != object.end(); ++it)
                m_values.insert(it.key(), it.value().toString());
        }
        m_open = true;
        Q_EMIT opened();
    });
    job->start();
}

Expected<void> KeychainSecretStore::checkOpen() const
{
    if (m_open)
        return {};
    return std::unexpected(Error{Error::Code::SecretStore,
                                 QCoreApplication::translate("gatehouse::KeychainSecretStore", "The keychain has not been opened.")});
}

Expected<std::optional<QString>> KeychainSecretStore::read(const QString &key) const
{
    if (auto ok = checkOpen(); !ok)
        return std::unexpected(ok.error());
    const auto it = m_values.constFind(key);
    if (it == m_values.cend())
        return std::optional<QString>();
    return std::optional<QString>(*it);
}

Expected<void> KeychainSecretStore::write(const QString &key, const QString &value)
{
    if (auto ok = checkOpen(); !ok)
        return ok;
    if (m_values.contains(key) && m_values.value(key) == value)
        return {};
    m_values.insert(key, value);
    flush();
    return {};
}

Expected<void> KeychainSecretStore::remove(const QString &key)
{
    if (auto ok = checkOpen(); !ok)
        return ok;
    if (m_values.remove(key) > 0)
        flush();
    return {};
}

QString KeychainSecretStore::location() const
{
    return QCoreApplication::translate("gatehouse::KeychainSecretStore", "the system keychain (entry “%1” of “%2”)").arg(kEntry, m_service);
}

// One write in flight at a time; changes made meanwhile go out in one more write when it ends,
// so the keychain always ends up with the latest values.
void KeychainSecretStore::flush()
{
    if (m_writing) {
        m_dirty = true;
        return;
    }
    m_writing = true;
    QJsonObject object;
    for (auto it = m_values.cbegin(); it != m_values.cend(); ++it)
        object.insert(it.key(), it.value());
    auto *job = new QKeychain::WritePasswordJob(m_service, this);
    job->setAutoDelete(true);
    job->setKey(kEntry);
    job->setTextData(QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact)));
    connect(job, &QKeychain::Job::finished, this, [this](QKeychain::Job *finished) {
        m_writing = false;
        if (finished->error() != QKeychain::NoError) {
            Q_EMIT writeFailed(Error{Error::Code::SecretStore,
                                     QCoreApplication::translate("gatehouse::KeychainSecretStore", "Saving to the keychain failed: %1")
                                         .arg(finished->errorString())});
        }
        if (m_dirty) {
            m_dirty = false;
            flush();
        }
    });
    job->start();
}

} // namespace gatehouse
