// SPDX-License-Identifier: GPL-3.0-or-later
#include "urltemplate.h"

#include <QTest>

using namespace Qt::StringLiterals;
using gatehouse::sim::UrlTemplate;

class TestSimUrlTemplate : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void matches_data()
    {
        QTest::addColumn<QString>("urlTemplate");
        QTest::addColumn<QString>("path");
        QTest::addColumn<bool>("matches");
        QTest::addColumn<QString>("parameter"); // "name=value" or empty

        QTest::newRow("literal") << u"/resource"_s << u"/resource"_s << true << QString();
        QTest::newRow("trailing slash is not significant") << u"/resource"_s << u"/resource/"_s << true << QString();
        QTest::newRow("template trailing slash") << u"/resource/"_s << u"/resource"_s << true << QString();
        QTest::newRow("root") << u"/"_s << u""_s << true << QString();
        QTest::newRow("root with slash") << u"/"_s << u"/"_s << true << QString();
        QTest::newRow("other literal") << u"/resource"_s << u"/resources"_s << false << QString();
        QTest::newRow("extra segment") << u"/resource"_s << u"/resource/7"_s << false << QString();
        QTest::newRow("parameter") << u"/users/{id}"_s << u"/users/42"_s << true << u"id=42"_s;
        QTest::newRow("parameter is decoded") << u"/users/{id}"_s << u"/users/a%20b"_s << true << u"id=a b"_s;
        QTest::newRow("parameter needs a segment") << u"/users/{id}"_s << u"/users"_s << false << QString();
        QTest::newRow("parameter is one segment") << u"/users/{id}"_s << u"/users/1/2"_s << false << QString();
        QTest::newRow("nested") << u"/users/{id}/orders"_s << u"/users/7/orders"_s << true << u"id=7"_s;
        QTest::newRow("wildcard") << u"/files/{*path}"_s << u"/files/a/b/c.txt"_s << true << u"path=a/b/c.txt"_s;
        QTest::newRow("wildcard empty") << u"/files/{*path}"_s << u"/files"_s << true << u"path="_s;
        QTest::newRow("query part ignored") << u"/search?q={q}"_s << u"/search"_s << true << QString();
        QTest::newRow("case-insensitive literal") << u"/Resource"_s << u"/resource"_s << true << QString();
    }

    void matches()
    {
        QFETCH(QString, urlTemplate);
        QFETCH(QString, path);
        QFETCH(bool, matches);
        QFETCH(QString, parameter);
        const auto parsed = UrlTemplate::parse(urlTemplate);
        QVERIFY2(parsed.has_value(), qPrintable(parsed ? QString() : parsed.error().message));
        const auto result = parsed->match(path, Qt::CaseInsensitive);
        QCOMPARE(result.has_value(), matches);
        if (!parameter.isEmpty()) {
            const QString name = parameter.section(u'=', 0, 0);
            QCOMPARE(result->value(name, u"<missing>"_s), parameter.section(u'=', 1));
        }
    }

    void caseSensitiveLiteral()
    {
        const auto parsed = UrlTemplate::parse(u"/Resource"_s);
        QVERIFY(parsed);
        QVERIFY(!parsed->match(u"/resource", Qt::CaseSensitive));
        QVERIFY(parsed->match(u"/Resource", Qt::CaseSensitive));
    }

    void rejectsBadTemplates_data()
    {
        QTest::addColumn<QString>("urlTemplate");
        QTest::newRow("no leading slash") << u"users"_s;
        QTest::newRow("partial parameter") << u"/users/id{id}"_s;
        QTest::newRow("empty parameter") << u"/users/{}"_s;
        QTest::newRow("wildcard not last") << u"/files/{*path}/x"_s;
    }

    void rejectsBadTemplates()
    {
        QFETCH(QString, urlTemplate);
        const auto parsed = UrlTemplate::parse(urlTemplate);
        QVERIFY(!parsed);
        QCOMPARE(parsed.error().code, gatehouse::Error::Code::InvalidConfig);
        QVERIFY2(parsed.error().message.contains(urlTemplate), qPrintable(parsed.error().message));
    }
};

QTEST_GUILESS_MAIN(TestSimUrlTemplate)
#include "tst_simurltemplate.moc"
