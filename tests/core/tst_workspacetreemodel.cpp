// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/workspacetreemodel.h"

#include <QAbstractItemModelTester>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace gatehouse;

class TestWorkspaceTreeModel : public QObject
{
    Q_OBJECT

    static Workspace sample()
    {
        Workspace ws;
        Collection shop;
        shop.name = u"Shop"_s;
        Folder orders;
        orders.name = u"Orders"_s;
        Request list;
        list.name = u"List"_s;
        list.url = u"{{base}}/orders"_s;
        Request remove;
        remove.name = u"Cancel"_s;
        remove.method = u"delete"_s;
        remove.url = u"{{base}}/orders/{{id}}"_s;
        orders.requests = {list, remove};
        shop.folders = {orders};
        Request health;
        health.name = u"Health"_s;
        health.url = u"{{base}}/health"_s;
        shop.requests = {health};
        Collection empty;
        empty.name = u"Empty"_s;
        ws.collections = {shop, empty};
        assignMissingIds(ws);
        return ws;
    }

private Q_SLOTS:
    void treeOfCollectionsFoldersRequests()
    {
        WorkspaceTreeModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        const Workspace ws = sample();
        model.setWorkspace(ws);
        QCOMPARE(model.rowCount(), 2);
        const QModelIndex shop = model.index(0, 0);
        QCOMPARE(shop.data().toString(), u"Shop"_s);
        QCOMPARE(shop.data(WorkspaceTreeModel::KindRole).toInt(), int(WorkspaceTreeModel::Kind::Collection));
        QCOMPARE(model.rowCount(shop), 2); // folder first, then the collection's own request
        const QModelIndex orders = model.index(0, 0, shop);
        QCOMPARE(orders.data(WorkspaceTreeModel::KindRole).toInt(), int(WorkspaceTreeModel::Kind::Folder));
        const QModelIndex cancel = model.index(1, 0, orders);
        QCOMPARE(cancel.data().toString(), u"Cancel"_s);
        QCOMPARE(cancel.data(WorkspaceTreeModel::MethodRole).toString(), u"DELETE"_s);
        QCOMPARE(cancel.data(WorkspaceTreeModel::PathRole).toString(), u"Shop/Orders/Cancel"_s);
        QCOMPARE(cancel.parent(), orders);
        QVERIFY(findRequestByPath(ws, cancel.data(WorkspaceTreeModel::PathRole).toString()));
        QCOMPARE(model.indexForId(ws.collections[0].folders[0].requests[1].id), cancel);
        QVERIFY(!model.indexForId(u"nope"_s).isValid());
        QCOMPARE(model.rowCount(model.index(1, 0)), 0);

        model.setWorkspace(Workspace{});
        QCOMPARE(model.rowCount(), 0);
    }

    void filterMatchesNamesAndUrlsAndKeepsParents()
    {
        WorkspaceTreeModel model;
        model.setWorkspace(sample());
        WorkspaceFilterModel filter;
        filter.setSourceModel(&model);
        QAbstractItemModelTester tester(&filter, QAbstractItemModelTester::FailureReportingMode::QtTest);
        filter.setFilterText(u"{{id}}"_s); // only in Cancel's URL
        QCOMPARE(filter.rowCount(), 1);
        const QModelIndex shop = filter.index(0, 0);
        QCOMPARE(filter.rowCount(shop), 1);
        QCOMPARE(filter.rowCount(filter.index(0, 0, shop)), 1);
        QCOMPARE(filter.index(0, 0, filter.index(0, 0, shop)).data().toString(), u"Cancel"_s);
        filter.setFilterText(u"HEALTH"_s);
        QCOMPARE(filter.rowCount(filter.index(0, 0)), 1);
        filter.setFilterText(u"orders"_s); // the folder matches: all its requests stay
        QCOMPARE(filter.rowCount(filter.index(0, 0, filter.index(0, 0))), 2);
        filter.setFilterText(QString());
        QCOMPARE(filter.rowCount(), 2);
    }
};

QTEST_GUILESS_MAIN(TestWorkspaceTreeModel)
#include "tst_workspacetreemodel.moc"
