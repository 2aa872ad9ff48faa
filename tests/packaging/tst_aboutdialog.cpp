// SPDX-License-Identifier: GPL-3.0-or-later
// Help > About: the same versions as --version, and every licence.
#include "aboutdialog.h"
#include "buildinfo.h"

#include <QApplication>
#include <QClipboard>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QTest>

using namespace Qt::StringLiterals;

class TstAboutDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void showsVersionsAndLicences()
    {
        gatehouse::ui::AboutDialog dialog;
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        auto *title = dialog.findChild<QLabel *>(u"aboutTitle"_s);
        QVERIFY(title);
        QVERIFY2(title->text().contains(QStringLiteral(GATEHOUSE_VERSION)), qPrintable(title->text()));

        auto *table = dialog.findChild<QTableWidget *>(u"aboutComponents"_s);
        QVERIFY(table);
        QHash<QString, std::pair<QString, QString>> rows;
        for (int r = 0; r < table->rowCount(); ++r)
            rows.insert(table->item(r, 0)->text(), {table->item(r, 1)->text(), table->item(r, 2)->text()});
        QCOMPARE(rows.value(u"Gatehouse"_s).first, QStringLiteral(GATEHOUSE_VERSION));
        QCOMPARE(rows.value(u"Gatehouse"_s).second, u"GPL-3.0-or-later"_s);
        QVERIFY(rows.value(u"Qt"_s).first.startsWith(QString::fromLatin1(qVersion())));
        QVERIFY(rows.value(u"Qt"_s).second.contains(u"LGPL-3"_s));
        QVERIFY(rows.value(u"KF6 SyntaxHighlighting"_s).first.startsWith(u"6."_s));
        QVERIFY(rows.value(u"KF6 SyntaxHighlighting"_s).second.contains(u"MIT"_s));
        QVERIFY(rows.value(u"KF6 SyntaxHighlighting"_s).second.contains(u"LGPL"_s));
        QVERIFY(rows.contains(u"QtKeychain"_s));
        QCOMPARE(rows.value(u"QtKeychain"_s).second, u"BSD-3-Clause"_s);
    }

    void copiesTheVersionText()
    {
        gatehouse::ui::AboutDialog dialog;
        auto *copy = dialog.findChild<QPushButton *>(u"aboutCopyButton"_s);
        QVERIFY(copy);
        QApplication::clipboard()->clear();
        copy->click();
        QCOMPARE(QApplication::clipboard()->text(), gatehouse::versionText(u"gatehouse"_s));
        QVERIFY(dialog.versionText().startsWith(u"gatehouse "_s + QStringLiteral(GATEHOUSE_VERSION) + u'\n'));
    }
};

QTEST_MAIN(TstAboutDialog)
#include "tst_aboutdialog.moc"
