// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/keychainsecretstore.h"

#include <QSignalSpy>
#include <QTest>
#include <QUuid>

using namespace Qt::StringLiterals;
using namespace gatehouse;

// CI machines have no keychain service: there the store must fail cleanly (so the application can
// fall back to the file store); where one runs, values must round-trip.
class TestKeychainSecretStore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void unopenedStoreRefuses()
    {
        KeychainSecretStore store(u"gatehouse-test"_s);
        QVERIFY(!store.isOpen());
        const auto value = store.read(u"k"_s);
        QVERIFY(!value);
        QCOMPARE(value.error().code, Error::Code::SecretStore);
        QVERIFY(!store.write(u"k"_s, u"fake-secret-0000"_s));
        QVERIFY(store.location().contains(u"gatehouse-test"_s));
    }

    void opensOrFailsCleanly()
    {
        const QString service = u"gatehouse-test-"_s + QUuid::createUuid().toString(QUuid::WithoutBraces);
        KeychainSecretStore store(service);
        QSignalSpy opened(&store, &KeychainSecretStore::opened);
        QSignalSpy failed(&store, &KeychainSecretStore::openFailed);
        store.open();
        QTRY_VERIFY_WITH_TIMEOUT(opened.count() + failed.count() == 1, 30'000);
        if (failed.count() == 1) {
            const Error error = failed.first().first().value<Error>();
            QCOMPARE(error.code, Error::Code::SecretStore);
            QVERIFY(!error.message.isEmpty());
            QVERIFY(!store.isOpen());
            qInfo("No keychain here: %s", qPrintable(error.message));
            return;
        }
        QVERIFY(store.isOpen());
        QVERIFY(store.write(u"ws/env/key"_s, u"fake-secret-0000"_s));
        QSignalSpy writeFailed(&store, &KeychainSecretStore::writeFailed);
        KeychainSecretStore reopened(service);
        QSignalSpy reopenedSpy(&reopened, &KeychainSecretStore::opened);
        QTest::qWait(500);
        reopened.open();
        QTRY_COMPARE_WITH_TIMEOUT(reopenedSpy.count(), 1, 30'000);
        QCOMPARE(reopened.read(u"ws/env/key"_s).value(), std::optional<QString>(u"fake-secret-0000"_s));
        QVERIFY(reopened.remove(u"ws/env/key"_s));
        QTest::qWait(500);
        QVERIFY(writeFailed.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestKeychainSecretStore)
#include "tst_keychainsecretstore.moc"
