// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/orderedjson.h"
#include "storage/workspacejson.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace gatehouse;

class TestOrderedJson : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void keepsInsertionOrderAndIndentsByTwo()
    {
        OrderedJson inner = OrderedJson::object();
        inner.insert(u"z"_s, 1).insert(u"a"_s, false);
        OrderedJson json = OrderedJson::object();
        json.insert(u"schemaVersion"_s, 1)
            .insert(u"name"_s, u"Zürich"_s)
            .insert(u"empty"_s, OrderedJson::array())
            .insert(u"nothing"_s, OrderedJson::object())
            .insert(u"null"_s, OrderedJson())
            .insert(u"inner"_s, std::move(inner))
            .insert(u"list"_s, OrderedJson::array().append(u"x"_s).append(2));
        QCOMPARE(json.toJson(), "{\n"
                                "  \"schemaVersion\": 1,\n"
                                "  \"name\": \"Zürich\",\n"
                                "  \"empty\": [],\n"
                                "  \"nothing\": {},\n"
                                "  \"null\": null,\n"
                                "  \"inner\": {\n"
                                "    \"z\": 1,\n"
                                "    \"a\": false\n"
                                "  },\n"
                                "  \"list\": [\n"
                                "    \"x\",\n"
                                "    2\n"
                                "  ]\n"
                                "}\n"_ba);
    }

    void escapesWhatJsonRequires()
    {
        const QString tricky = u"quote \" backslash \\ tab \t cr \r bell \x07 € 😀"_s;
        const QByteArray out = OrderedJson::array().append(tricky).toJson();
        QCOMPARE(out, "[\n  \"quote \\\" backslash \\\\ tab \\t cr \\r bell \\u0007 € 😀\"\n]\n"_ba);
        QCOMPARE(QJsonDocument::fromJson(out).array().at(0).toString(), tricky);
    }

    void multilineTextBecomesLines()
    {
        for (const QString &text : {u""_s, u"one line"_s, u"a\nb"_s, u"trailing\n"_s, u"\n\nx\n"_s}) {
            const OrderedJson json = OrderedJson::text(text);
            QCOMPARE(json.type(), text.contains(u'\n') ? OrderedJson::Type::Array : OrderedJson::Type::String);
            const QJsonDocument back = QJsonDocument::fromJson(OrderedJson::array().append(json).toJson());
            QCOMPARE(OrderedJson::readText(back.array().at(0)), text);
        }
    }

    void lineOfAnOffset()
    {
        const QByteArray data = "{\n  \"a\": 1,\n  oops\n}\n"_ba;
        QCOMPARE(lineAtOffset(data, 0), 1);
        QCOMPARE(lineAtOffset(data, data.indexOf("oops")), 3);
        QCOMPARE(lineAtOffset(data, 10'000), 5);
    }

    void parseChecksTypeAndVersion()
    {
        int line = -1;
        auto parsed = parseWorkspaceFile("{\"schemaVersion\": 1, \"type\": \"request\"}"_ba, u"r.json"_s, "request"_L1, &line);
        QVERIFY(parsed);
        QCOMPARE(line, 0);

        parsed = parseWorkspaceFile("{\"schemaVersion\": 1, \"type\": \"folder\"}"_ba, u"r.json"_s, "request"_L1);
        QVERIFY(!parsed);
        QCOMPARE(parsed.error().code, Error::Code::MalformedFile);

        parsed = parseWorkspaceFile("{\"type\": \"request\"}"_ba, u"r.json"_s, "request"_L1);
        QVERIFY(!parsed);
        QCOMPARE(parsed.error().code, Error::Code::MalformedFile);

        parsed = parseWorkspaceFile("{\"schemaVersion\": 99, \"type\": \"request\"}"_ba, u"r.json"_s, "request"_L1);
        QVERIFY(!parsed);
        QCOMPARE(parsed.error().code, Error::Code::UnsupportedSchemaVersion);
        QVERIFY(parsed.error().message.contains(u"99"_s));

        parsed = parseWorkspaceFile("{\n\"schemaVersion\": 1,\n\"type\": \"request\"\n\"id\": 1}"_ba, u"dir/r.json"_s, "request"_L1, &line);
        QVERIFY(!parsed);
        QCOMPARE(line, 4);
        QVERIFY2(parsed.error().message.startsWith(u"dir/r.json, line 4: "_s), qPrintable(parsed.error().message));
    }
};

QTEST_GUILESS_MAIN(TestOrderedJson)
#include "tst_orderedjson.moc"
