// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/sessionstate.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace gatehouse;

class TestSessionState : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void missingFileIsEmpty()
    {
        QTemporaryDir dir;
        const auto loaded = loadSession(dir.filePath(u"none.json"_s));
        QVERIFY(loaded);
        QVERIFY(loaded->tabs.isEmpty());
    }

    void roundTripWithDraftsIsPrivate()
    {
        QTemporaryDir dir;
        SessionState session;
        session.environmentId = u"env-1"_s;
        Request draft;
        draft.id = u"r1"_s;
        draft.name = u"Orders"_s;
        draft.method = u"POST"_s;
        draft.url = u"{{baseUrl}}/orders"_s;
        draft.body.kind = Body::Kind::Raw;
        draft.body.raw = u"{\n  \"a\": 1\n}"_s;
        session.tabs = {SessionTab{u"r1"_s, draft}, SessionTab{u"r2"_s, std::nullopt}, SessionTab{QString(), draft}};
        session.current = 2;
        const QString path = dir.filePath(u"sub/session.json"_s);
        QVERIFY(saveSession(path, session));
        QCOMPARE(QFile::permissions(path) & (QFileDevice::ReadGroup | QFileDevice::ReadOther), QFileDevice::Permissions());
        const auto loaded = loadSession(path);
        QVERIFY(loaded);
        QCOMPARE(*loaded, session);
    }

    void malformedIsAnErrorNamingTheFile()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"session.json"_s);
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("{\"type\": \"gatehouse-session\", \"tabs\": [");  // truncated by a crash
        file.close();
        const auto loaded = loadSession(path);
        QVERIFY(!loaded);
        QCOMPARE(loaded.error().code, Error::Code::MalformedFile);
        QVERIFY(loaded.error().message.contains(u"session.json"_s));
    }

    void currentIsClamped()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"session.json"_s);
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("{\"type\": \"gatehouse-session\", \"version\": 1, \"current\": 7, \"tabs\": [{\"requestId\": \"a\"}, {}]}");
        file.close();
        const auto loaded = loadSession(path);
        QVERIFY(loaded);
        QCOMPARE(loaded->tabs.size(), 1); // the empty entry is dropped
        QCOMPARE(loaded->current, 0);
    }
};

QTEST_GUILESS_MAIN(TestSessionState)
#include "tst_sessionstate.moc"
