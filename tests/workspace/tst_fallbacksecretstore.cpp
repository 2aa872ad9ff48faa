// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/fallbacksecretstore.h"
#include "storage/filesecretstore.h"
#include "storage/memorysecretstore.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace gatehouse;

class TestFallbackSecretStore : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void withoutAKeychainEverythingGoesToTheFile()
    {
        QTemporaryDir dir;
        FileSecretStore file(dir.filePath(u"secrets.json"_s));
        FallbackSecretStore store(nullptr, file);
        QVERIFY(!store.usesPrimary());
        QVERIFY(store.write(u"w/e/key"_s, u"fake-key-0001"_s));
        QCOMPARE(file.read(u"w/e/key"_s)->value_or(QString()), u"fake-key-0001"_s);
        QCOMPARE(store.read(u"w/e/key"_s)->value_or(QString()), u"fake-key-0001"_s);
        QCOMPARE(store.location(), file.location());
    }

    void theKeychainWinsAndOldFileValuesMoveOver()
    {
        QTemporaryDir dir;
        FileSecretStore file(dir.filePath(u"secrets.json"_s));
        MemorySecretStore keychain;
        // Saved while this machine had no keychain.
        QVERIFY(file.write(u"w/e/old"_s, u"fake-old-0002"_s));
        FallbackSecretStore store(&keychain, file);
        QCOMPARE(store.read(u"w/e/old"_s)->value_or(QString()), u"fake-old-0002"_s);
        QVERIFY(!store.read(u"w/e/none"_s)->has_value());
        // Written again: to the keychain, and gone from the file.
        QVERIFY(store.write(u"w/e/old"_s, u"fake-new-0003"_s));
        QCOMPARE(keychain.read(u"w/e/old"_s)->value_or(QString()), u"fake-new-0003"_s);
        QVERIFY(!file.read(u"w/e/old"_s)->has_value());
        QVERIFY(!QFile(file.filePath()).exists() || !QFile(file.filePath()).readAll().contains("fake-old"));
        QCOMPARE(store.read(u"w/e/old"_s)->value_or(QString()), u"fake-new-0003"_s);
        QVERIFY(store.remove(u"w/e/old"_s));
        QVERIFY(!store.read(u"w/e/old"_s)->has_value());
    }
};

QTEST_GUILESS_MAIN(TestFallbackSecretStore)
#include "tst_fallbacksecretstore.moc"
