// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/headertablemodel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace gatehouse;

class TestHeaderTableModel : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void typingIntoTheEmptyRowAddsAHeader()
    {
        HeaderTableModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy edited(&model, &HeaderTableModel::headersEdited);
        QCOMPARE(model.rowCount(), 1);
        QVERIFY(model.setData(model.index(0, HeaderTableModel::NameColumn), u"Accept"_s));
        QCOMPARE(model.rowCount(), 2);
        QVERIFY(model.setData(model.index(0, HeaderTableModel::ValueColumn), u"application/json"_s));
        QCOMPARE(model.enabledHeaders(), (HeaderList{{"Accept"_ba, "application/json"_ba}}));
        QCOMPARE(edited.size(), 2);
        // Nothing typed: no row.
        QVERIFY(!model.setData(model.index(1, HeaderTableModel::NameColumn), QString()));
        QCOMPARE(model.rowCount(), 2);
    }

    void disabledAndNamelessHeadersAreNotSent()
    {
        HeaderTableModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setRows({{true, u"X-A"_s, u"1"_s}, {false, u"X-B"_s, u"2"_s}, {true, u"  "_s, u"3"_s}});
        QCOMPARE(model.data(model.index(1, 0), Qt::CheckStateRole).toInt(), int(Qt::Unchecked));
        QCOMPARE(model.enabledHeaders(), (HeaderList{{"X-A"_ba, "1"_ba}}));
        QVERIFY(model.setData(model.index(1, 0), Qt::Checked, Qt::CheckStateRole));
        QCOMPARE(model.enabledHeaders().size(), 2);
        QVERIFY(!(model.flags(model.index(3, 0)) & Qt::ItemIsUserCheckable));
    }

    void credentialsAreMaskedOnDisplayOnly()
    {
        HeaderTableModel model;
        model.setRows({{true, u"Ocp-Apim-Subscription-Key"_s, u"fake-key-0000"_s}, {true, u"Authorization"_s, u"Bearer fake-token"_s},
                       {true, u"Accept"_s, u"*/*"_s}});
        QCOMPARE(model.data(model.index(0, 1)).toString(), u"•••"_s);
        QCOMPARE(model.data(model.index(1, 1)).toString(), u"Bearer •••"_s);
        QCOMPARE(model.data(model.index(2, 1)).toString(), u"*/*"_s);
        QCOMPARE(model.data(model.index(0, 1), Qt::EditRole).toString(), u"fake-key-0000"_s);
        QCOMPARE(model.enabledHeaders().first().second, "fake-key-0000"_ba);
    }

    void removingRows()
    {
        HeaderTableModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setRows({{true, u"X-A"_s, u"1"_s}, {true, u"X-B"_s, u"2"_s}});
        QVERIFY(model.removeRows(0, 1));
        QCOMPARE(model.rows().size(), 1);
        QCOMPARE(model.rows().first().name, u"X-B"_s);
        QVERIFY(!model.removeRows(1, 1)); // the empty row cannot be removed
        QCOMPARE(model.rowCount(), 2);
    }
};

QTEST_GUILESS_MAIN(TestHeaderTableModel)
#include "tst_headertablemodel.moc"
