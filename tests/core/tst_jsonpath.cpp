// SPDX-License-Identifier: GPL-3.0-or-later
#include "formats/jsonpath.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace gatehouse;

namespace {

const QByteArray kDocument = "{\"items\":[{\"id\":1,\"name\":\"a\",\"tags\":[\"x\",\"y\"]},{\"id\":2,\"name\":\"b\",\"child\":{\"id\":3}}],"
                              "\"count\":2,\"odd key\":true}";

QByteArray compact(const QJsonArray &array)
{
    return QJsonDocument(array).toJson(QJsonDocument::Compact);
}

} // namespace

class TestJsonPath : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void select_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QByteArray>("expected");
        QTest::newRow("root") << u"$"_s << QByteArray("root");
        QTest::newRow("member") << u"$.count"_s << QByteArray("[2]");
        QTest::newRow("index") << u"$.items[0].name"_s << QByteArray("[\"a\"]");
        QTest::newRow("negative index") << u"$.items[-1].name"_s << QByteArray("[\"b\"]");
        QTest::newRow("no dollar") << u"items[1].id"_s << QByteArray("[2]");
        QTest::newRow("quoted") << u"$['odd key']"_s << QByteArray("[true]");
        QTest::newRow("double quoted") << u"$[\"items\"][0][\"id\"]"_s << QByteArray("[1]");
        QTest::newRow("wildcard") << u"$.items[*].name"_s << QByteArray("[\"a\",\"b\"]");
        QTest::newRow("dot wildcard") << u"$.items[0].tags.*"_s << QByteArray("[\"x\",\"y\"]");
        QTest::newRow("recursive") << u"$..id"_s << QByteArray("[1,2,3]");
        QTest::newRow("recursive bracket") << u"$..['name']"_s << QByteArray("[\"a\",\"b\"]");
        QTest::newRow("union") << u"$.items[0,1].id"_s << QByteArray("[1,2]");
        QTest::newRow("names union") << u"$.items[0]['id','name']"_s << QByteArray("[1,\"a\"]");
        QTest::newRow("slice") << u"$.items[0].tags[1:]"_s << QByteArray("[\"y\"]");
        QTest::newRow("slice to") << u"$.items[:1].id"_s << QByteArray("[1]");
        QTest::newRow("missing") << u"$.nothing.here"_s << QByteArray("[]");
        QTest::newRow("out of range") << u"$.items[7]"_s << QByteArray("[]");
        QTest::newRow("index on object") << u"$.count[0]"_s << QByteArray("[]");
    }

    void select()
    {
        QFETCH(QString, path);
        QFETCH(QByteArray, expected);
        const QJsonValue root = QJsonDocument::fromJson(kDocument).object();
        const auto result = evaluateJsonPath(root, path);
        QVERIFY2(result, qPrintable(result ? QString() : result.error().message));
        QCOMPARE(compact(*result), expected == "root" ? compact(QJsonArray{root}) : expected);
    }

    void errors_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("mentions");
        QTest::newRow("filter") << u"$.items[?(@.id > 1)]"_s << u"filter"_s;
        QTest::newRow("unclosed") << u"$.items[0"_s << u"not closed"_s;
        QTest::newRow("unclosed quote") << u"$['a"_s << u"not closed"_s;
        QTest::newRow("empty name") << u"$."_s << u"name"_s;
        QTest::newRow("garbage") << u"$.items]"_s << u"]"_s;
        QTest::newRow("bad index") << u"$.items[x]"_s << u"index"_s;
    }

    void errors()
    {
        QFETCH(QString, path);
        QFETCH(QString, mentions);
        const auto result = evaluateJsonPath(QJsonDocument::fromJson(kDocument).object(), path);
        QVERIFY(!result);
        QCOMPARE(result.error().code, Error::Code::InvalidArgument);
        QVERIFY2(result.error().message.contains(mentions), qPrintable(result.error().message));
        QVERIFY(result.error().message.contains(path));
    }
};

QTEST_GUILESS_MAIN(TestJsonPath)
#include "tst_jsonpath.moc"
