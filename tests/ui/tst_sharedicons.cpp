// SPDX-License-Identifier: GPL-3.0-or-later
// The application style shares its standard icons (ui/sharedicons.h): found by the soak, where
// every tab's line edits loaded the clear-button picture again and left a copy in QPixmapCache.
#include "sharedicons.h"

#include <QApplication>
#include <QLineEdit>
#include <QPixmapCache>
#include <QStyle>
#include <QTest>
#include <QToolButton>

using namespace Qt::StringLiterals;

class TestSharedIcons : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void standardIconsAreSharedAndTheStyleStays()
    {
        const QString before = QApplication::style()->name();
        QVERIFY(!before.isEmpty());
        gatehouse::ui::setApplicationStyle();
        QCOMPARE(gatehouse::ui::styleName(QApplication::style()), before);

        QLineEdit first, second;
        first.setClearButtonEnabled(true);
        second.setClearButtonEnabled(true);
        const QIcon a = first.style()->standardIcon(QStyle::SP_LineEditClearButton, nullptr, &first);
        const QIcon b = second.style()->standardIcon(QStyle::SP_LineEditClearButton, nullptr, &second);
        QVERIFY(!a.isNull());
        QCOMPARE(a.cacheKey(), b.cacheKey()); // one icon, so one picture loaded and cached
        // Another icon is another icon.
        QVERIFY(QApplication::style()->standardIcon(QStyle::SP_DialogOkButton).cacheKey() != a.cacheKey());
        // Right-to-left layouts get their own (arrows point the other way).
        first.setLayoutDirection(Qt::RightToLeft);
        const QIcon rtl = first.style()->standardIcon(QStyle::SP_ArrowBack, nullptr, &first);
        const QIcon ltr = second.style()->standardIcon(QStyle::SP_ArrowBack, nullptr, &second);
        QVERIFY(rtl.cacheKey() != ltr.cacheKey());
    }

    void aStyleByName()
    {
        gatehouse::ui::setApplicationStyle(u"Fusion"_s);
        QCOMPARE(gatehouse::ui::styleName(QApplication::style()).toLower(), u"fusion"_s);
        const QIcon a = QApplication::style()->standardIcon(QStyle::SP_MessageBoxWarning);
        QCOMPARE(QApplication::style()->standardIcon(QStyle::SP_MessageBoxWarning).cacheKey(), a.cacheKey());
        // An unknown style name leaves the style as it is.
        gatehouse::ui::setApplicationStyle(u"no-such-style"_s);
        QCOMPARE(gatehouse::ui::styleName(QApplication::style()).toLower(), u"fusion"_s);
    }
};

QTEST_MAIN(TestSharedIcons)
#include "tst_sharedicons.moc"
