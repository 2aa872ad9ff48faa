// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/filesecretstore.h"

#include <QFile>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace gatehouse;

namespace {

// 0600: Qt also reports the "User" bits, which on Unix mirror the owner's for the file's owner.
bool isOwnerOnly(const QString &path)
{
    const QFileDevice::Permissions others = QFileDevice::ReadGroup | QFileDevice::WriteGroup | QFileDevice::ExeGroup
        | QFileDevice::ReadOther | QFileDevice::WriteOther | QFileDevice::ExeOther | QFileDevice::ExeOwner;
    const QFileDevice::Permissions permissions = QFile::permissions(path);
    return (permissions & others) == 0 && permissions.testFlags(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
}

} // namespace

class TestFileSecretStore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void defaultPathIsPerUserAndOutsideWorkspaces()
    {
        const QString path = FileSecretStore::defaultFilePath();
        QVERIFY(path.startsWith(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)));
        QVERIFY(path.endsWith(u"/secrets.json"_s));
        QVERIFY(FileSecretStore().location().contains(path));
    }

    void writeReadRemove()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"nested/secrets.json"_s);
        FileSecretStore store(path);
        auto value = store.read(u"ws/env/key"_s);
        QVERIFY(value);
        QVERIFY(!value->has_value()); // no file yet: no secrets, no error
        QVERIFY(!QFile::exists(path));

        QVERIFY(store.write(u"ws/env/key"_s, u"fake-secret-0000"_s));
        QVERIFY(store.write(u"ws/env/other"_s, u"fake \"secret\" ü"_s));
        QVERIFY(isOwnerOnly(path));

        FileSecretStore reopened(path);
        value = reopened.read(u"ws/env/other"_s);
        QVERIFY(value && value->has_value());
        QCOMPARE(**value, u"fake \"secret\" ü"_s);

        QVERIFY(reopened.remove(u"ws/env/key"_s));
        value = store.read(u"ws/env/key"_s);
        QVERIFY(value);
        QVERIFY(!value->has_value());
        QVERIFY(isOwnerOnly(path));
    }

    void permissionsAreRestoredOnAnExistingFile()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"secrets.json"_s);
        FileSecretStore store(path);
        QVERIFY(store.write(u"a"_s, u"fake-secret-0001"_s));
        QVERIFY(QFile::setPermissions(path, QFile::permissions(path) | QFileDevice::ReadOther | QFileDevice::ReadGroup));
        QVERIFY(store.write(u"b"_s, u"fake-secret-0002"_s));
        QVERIFY(isOwnerOnly(path));
    }

    void brokenFileIsAnErrorAndKept()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"secrets.json"_s);
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("{ broken");
        file.close();
        FileSecretStore store(path);
        const auto value = store.read(u"a"_s);
        QVERIFY(!value);
        QCOMPARE(value.error().code, Error::Code::SecretStore);
        QVERIFY(value.error().message.contains(u"line 1"_s));
        const auto written = store.write(u"a"_s, u"fake-secret-0003"_s);
        QVERIFY(!written);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), "{ broken"_ba);
    }
};

QTEST_GUILESS_MAIN(TestFileSecretStore)
#include "tst_filesecretstore.moc"
