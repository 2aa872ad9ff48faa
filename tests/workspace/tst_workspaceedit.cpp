// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/workspaceedit.h"
#include "storage/memorysecretstore.h"
#include "storage/workspacestorage.h"

#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace gatehouse;

namespace {

Request request(const QString &id, const QString &name)
{
    Request r;
    r.id = id;
    r.name = name;
    r.url = u"https://example.invalid/"_s + name;
    return r;
}

// c1: [f1: [f2: [r3]], r1, r2]; c2: []
Workspace sample()
{
    Workspace ws;
    ws.id = u"ws"_s;
    ws.name = u"Sample"_s;
    Collection c1;
    c1.id = u"c1"_s;
    c1.name = u"One"_s;
    Folder f1;
    f1.id = u"f1"_s;
    f1.name = u"Folder"_s;
    Folder f2;
    f2.id = u"f2"_s;
    f2.name = u"Inner"_s;
    f2.requests = {request(u"r3"_s, u"three"_s)};
    f1.folders = {f2};
    c1.folders = {f1};
    c1.requests = {request(u"r1"_s, u"one"_s), request(u"r2"_s, u"two"_s)};
    Collection c2;
    c2.id = u"c2"_s;
    c2.name = u"Two"_s;
    ws.collections = {c1, c2};
    return ws;
}

QStringList requestNames(const Folder &folder)
{
    QStringList names;
    for (const Request &r : folder.requests)
        names.append(r.name);
    return names;
}

} // namespace

class TestWorkspaceEdit : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void kindsAndParents()
    {
        const Workspace ws = sample();
        QCOMPARE(itemKind(ws, u"c1"), ItemKind::Collection);
        QCOMPARE(itemKind(ws, u"f2"), ItemKind::Folder);
        QCOMPARE(itemKind(ws, u"r3"), ItemKind::Request);
        QCOMPARE(itemKind(ws, u"nope"), ItemKind::None);
        QCOMPARE(parentId(ws, u"r3"), u"f2"_s);
        QCOMPARE(parentId(ws, u"f1"), u"c1"_s);
        QCOMPARE(parentId(ws, u"c1"), QString());
        QCOMPARE(itemName(ws, u"f2"), u"Inner"_s);
    }

    void replaceKeepsPlace()
    {
        Workspace ws = sample();
        Request edited = request(u"r2"_s, u"two edited"_s);
        edited.method = u"POST"_s;
        QVERIFY(replaceRequest(ws, edited));
        QCOMPARE(requestNames(ws.collections[0]), (QStringList{u"one"_s, u"two edited"_s}));
        QCOMPARE(ws.collections[0].requests[1].method, u"POST"_s);
        QVERIFY(!replaceRequest(ws, request(u"unknown"_s, u"x"_s)));
    }

    void addRenameRemove()
    {
        Workspace ws = sample();
        QVERIFY(addRequest(ws, u"f2", request(QString(), u"new"_s)));
        const Request &added = ws.collections[0].folders[0].folders[0].requests.last();
        QVERIFY(!added.id.isEmpty());
        QVERIFY(!addRequest(ws, u"r1", request(QString(), u"into a request"_s)));
        Folder folder;
        folder.name = u"Fresh"_s;
        QVERIFY(addFolder(ws, u"c2", folder));
        QCOMPARE(ws.collections[1].folders.size(), 1);
        QVERIFY(renameItem(ws, u"r1", u"  renamed  "_s));
        QCOMPARE(ws.collections[0].requests[0].name, u"renamed"_s);
        QVERIFY(!renameItem(ws, u"r1", u"   "_s));
        QVERIFY(renameItem(ws, u"f1", u"Folder 2"_s));
        QCOMPARE(ws.collections[0].folders[0].name, u"Folder 2"_s);
        QVERIFY(removeItem(ws, u"f2"));
        QVERIFY(ws.collections[0].folders[0].folders.isEmpty());
        QVERIFY(removeItem(ws, u"c2"));
        QCOMPARE(ws.collections.size(), 1);
        QVERIFY(!removeItem(ws, u"c2"));
    }

    void duplicateGivesFreshIds()
    {
        Workspace ws = sample();
        const QString copyId = duplicateItem(ws, u"f1");
        QVERIFY(!copyId.isEmpty());
        QCOMPARE(ws.collections[0].folders.size(), 2);
        const Folder &copy = ws.collections[0].folders[1];
        QCOMPARE(copy.id, copyId);
        QCOMPARE(copy.name, u"Folder copy"_s);
        QVERIFY(copy.folders[0].id != u"f2"_s);
        QVERIFY(copy.folders[0].requests[0].id != u"r3"_s);
        QCOMPARE(copy.folders[0].requests[0].name, u"three"_s);
        const QString requestCopy = duplicateItem(ws, u"r1");
        QCOMPARE(requestNames(ws.collections[0]), (QStringList{u"one"_s, u"one copy"_s, u"two"_s}));
        QCOMPARE(ws.collections[0].requests[1].id, requestCopy);
        QVERIFY(duplicateItem(ws, u"unknown").isEmpty());
    }

    void moveAcrossAndWithin()
    {
        Workspace ws = sample();
        // Within the same list: r1 to the end.
        QVERIFY(moveItem(ws, u"r1", u"c1", -1));
        QCOMPARE(requestNames(ws.collections[0]), (QStringList{u"two"_s, u"one"_s}));
        // Before position 0.
        QVERIFY(moveItem(ws, u"r1", u"c1", 0));
        QCOMPARE(requestNames(ws.collections[0]), (QStringList{u"one"_s, u"two"_s}));
        // Into another collection.
        QVERIFY(moveItem(ws, u"r3", u"c2"));
        QCOMPARE(requestNames(ws.collections[1]), QStringList{u"three"_s});
        QVERIFY(ws.collections[0].folders[0].folders[0].requests.isEmpty());
        // A folder never into itself or its own child.
        QVERIFY(!moveItem(ws, u"f1", u"f1"));
        QVERIFY(!moveItem(ws, u"f1", u"f2"));
        QVERIFY(moveItem(ws, u"f2", u"c2"));
        QCOMPARE(ws.collections[1].folders.size(), 1);
        // Collections reorder among themselves only.
        QVERIFY(!moveItem(ws, u"c2", u"c1"));
        QVERIFY(moveItem(ws, u"c2", {}, 0));
        QCOMPARE(ws.collections[0].id, u"c2"_s);
    }

    void editedWorkspaceSavesAndReloads()
    {
        // The edits produce a workspace the storage writes and reads back unchanged.
        QTemporaryDir dir;
        MemorySecretStore secrets;
        Workspace ws = sample();
        (void)duplicateItem(ws, u"f1");
        QVERIFY(moveItem(ws, u"r2", u"f2", 0));
        WorkspaceStorage storage(dir.path(), &secrets);
        const auto saved = storage.save(ws);
        QVERIFY2(saved, saved ? "" : qPrintable(saved.error().message));
        WorkspaceStorage reader(dir.path(), &secrets);
        const auto loaded = reader.load();
        QVERIFY(loaded);
        QVERIFY(loaded->problems.isEmpty());
        QCOMPARE(loaded->workspace, ws);
    }
};

QTEST_GUILESS_MAIN(TestWorkspaceEdit)
#include "tst_workspaceedit.moc"
