// SPDX-License-Identifier: GPL-3.0-or-later
#include "corpora.h"
#include "formats/jsonschema.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace gatehouse;

namespace {

QJsonValue json(const char *text)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson("[" + QByteArray(text) + "]", &error);
    if (error.error != QJsonParseError::NoError)
        qFatal("bad test JSON: %s", text);
    return document.array().first();
}

// "path: message" of every violation, or "ok".
QString check(const char *document, const char *schema)
{
    const auto violations = validateJsonSchema(json(document), json(schema).toObject());
    if (violations.isEmpty())
        return u"ok"_s;
    QStringList lines;
    for (const SchemaViolation &v : violations)
        lines.append(v.path + u": "_s + v.message);
    return lines.join(u'\n');
}

} // namespace

class TestJsonSchema : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void keywords_data()
    {
        QTest::addColumn<QByteArray>("schema");
        QTest::addColumn<QByteArray>("document");
        QTest::addColumn<bool>("valid");
        QTest::addColumn<QString>("mentions"); // a piece of the first violation (path or message)

        QTest::newRow("type ok") << R"({"type":"string"})"_ba << R"("x")"_ba << true << QString();
        QTest::newRow("type wrong") << R"({"type":"string"})"_ba << "1"_ba << false << u"Expected string, found number"_s;
        QTest::newRow("type list") << R"({"type":["string","null"]})"_ba << "null"_ba << true << QString();
        QTest::newRow("integer") << R"({"type":"integer"})"_ba << "2.5"_ba << false << u"integer"_s;
        QTest::newRow("integer ok") << R"({"type":"integer"})"_ba << "2.0"_ba << true << QString();
        QTest::newRow("enum") << R"({"enum":["a","b"]})"_ba << R"("c")"_ba << false << u"\"c\""_s;
        QTest::newRow("const") << R"({"const":2})"_ba << "3"_ba << false << u"2"_s;
        QTest::newRow("minimum") << R"({"minimum":2})"_ba << "1"_ba << false << u"minimum 2"_s;
        QTest::newRow("exclusive draft-04") << R"({"minimum":2,"exclusiveMinimum":true})"_ba << "2"_ba << false << u"minimum"_s;
        QTest::newRow("exclusive draft-07") << R"({"exclusiveMaximum":2})"_ba << "2"_ba << false << u"below 2"_s;
        QTest::newRow("multipleOf") << R"({"multipleOf":0.5})"_ba << "1.5"_ba << true << QString();
        QTest::newRow("maxLength code points") << R"({"maxLength":1})"_ba << "\"\xF0\x9F\x98\x80\""_ba << true << QString();
        QTest::newRow("minLength") << R"({"minLength":2})"_ba << R"("a")"_ba << false << u"shorter"_s;
        QTest::newRow("pattern") << R"({"pattern":"^v[0-9]+$"})"_ba << R"("v1x")"_ba << false << u"pattern"_s;
        QTest::newRow("required") << R"({"required":["name"]})"_ba << "{}"_ba << false << u"“name”"_s;
        QTest::newRow("nested path") << R"({"properties":{"item":{"items":{"type":"object"}}}})"_ba << R"({"item":[{},3]})"_ba << false
                                     << u"/item/1:"_s;
        QTest::newRow("escaped path") << R"({"properties":{"a/b":{"type":"string"}}})"_ba << R"({"a/b":1})"_ba << false << u"/a~1b:"_s;
        QTest::newRow("additional false") << R"({"properties":{"a":{}},"additionalProperties":false})"_ba << R"({"a":1,"b":2})"_ba << false
                                          << u"“b”"_s;
        QTest::newRow("additional schema") << R"({"additionalProperties":{"type":"number"}})"_ba << R"({"a":"x"})"_ba << false << u"/a:"_s;
        QTest::newRow("patternProperties") << R"({"patternProperties":{"^x-":{"type":"string"}},"additionalProperties":false})"_ba
                                           << R"({"x-a":"1"})"_ba << true << QString();
        QTest::newRow("dependencies") << R"({"dependencies":{"a":["b"]}})"_ba << R"({"a":1})"_ba << false << u"needs"_s;
        QTest::newRow("propertyNames") << R"({"propertyNames":{"maxLength":2}})"_ba << R"({"abc":1})"_ba << false << u"abc"_s;
        QTest::newRow("minProperties") << R"({"minProperties":1})"_ba << "{}"_ba << false << u"at least 1"_s;
        QTest::newRow("tuple items") << R"({"items":[{"type":"string"}],"additionalItems":false})"_ba << R"(["a",1])"_ba << false << u"/1:"_s;
        QTest::newRow("uniqueItems") << R"({"uniqueItems":true})"_ba << R"([1,2,1])"_ba << false << u"0 and 2"_s;
        QTest::newRow("contains") << R"({"contains":{"const":3}})"_ba << R"([1,2])"_ba << false << u"contains"_s;
        QTest::newRow("minItems") << R"({"minItems":1})"_ba << "[]"_ba << false << u"at least 1"_s;
        QTest::newRow("allOf") << R"({"allOf":[{"type":"number"},{"minimum":3}]})"_ba << "2"_ba << false << u"minimum"_s;
        QTest::newRow("anyOf") << R"({"anyOf":[{"type":"string"},{"type":"number"}]})"_ba << "true"_ba << false << u"anyOf"_s;
        QTest::newRow("anyOf ok") << R"({"anyOf":[{"type":"string"},{"type":"number"}]})"_ba << "1"_ba << true << QString();
        QTest::newRow("oneOf two") << R"({"oneOf":[{"type":"number"},{"minimum":0}]})"_ba << "1"_ba << false << u"2 of the oneOf"_s;
        QTest::newRow("not") << R"({"not":{"type":"null"}})"_ba << "null"_ba << false << u"must not"_s;
        QTest::newRow("if then") << R"({"if":{"properties":{"k":{"const":"a"}}},"then":{"required":["a"]},"else":{"required":["b"]}})"_ba
                                 << R"({"k":"a"})"_ba << false << u"“a”"_s;
        QTest::newRow("if else") << R"({"if":{"properties":{"k":{"const":"a"}}},"then":{"required":["a"]},"else":{"required":["b"]}})"_ba
                                 << R"({"k":"z"})"_ba << false << u"“b”"_s;
        QTest::newRow("false schema") << R"({"properties":{"a":false}})"_ba << R"({"a":1})"_ba << false << u"/a:"_s;
        QTest::newRow("ref") << R"({"definitions":{"n":{"type":"number"}},"properties":{"a":{"$ref":"#/definitions/n"}}})"_ba << R"({"a":"x"})"_ba
                             << false << u"/a: Expected number"_s;
        QTest::newRow("recursive ref") << R"({"properties":{"child":{"$ref":"#"}},"required":["id"]})"_ba << R"({"id":1,"child":{"id":2,"child":{}}})"_ba
                                       << false << u"/child/child:"_s;
        QTest::newRow("external ref") << R"({"$ref":"other.json#/x"})"_ba << "1"_ba << false << u"other.json#/x"_s;
    }

    void keywords()
    {
        QFETCH(QByteArray, schema);
        QFETCH(QByteArray, document);
        QFETCH(bool, valid);
        QFETCH(QString, mentions);
        const QString result = check(document.constData(), schema.constData());
        if (valid) {
            QCOMPARE(result, u"ok"_s);
        } else {
            QVERIFY2(result != "ok"_L1, "expected a violation");
            QVERIFY2(result.section(u'\n', 0, 0).contains(mentions), qPrintable(result));
        }
    }

    // The official Postman Collection v2.1 schema (from the corpora) accepts a minimal collection
    // and names what is wrong in a broken one.
    void postmanSchemaItself()
    {
        GATEHOUSE_REQUIRE_CORPORA();
        QFile file(test::corpus(u"har-sdk/packages/validator/src/schemas/postman/v2.1.0.json"_s));
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QJsonObject schema = QJsonDocument::fromJson(file.readAll()).object();
        QVERIFY(!schema.isEmpty());
        const QJsonValue minimal = json("{\"info\":{\"name\":\"C\",\"schema\":\"https://schema.getpostman.com/json/collection/v2.1.0/collection.json\"},"
                                        "\"item\":[{\"name\":\"R\",\"request\":{\"method\":\"GET\",\"url\":\"https://a.test/\"}}]}");
        QCOMPARE(validateJsonSchema(minimal, schema).size(), 0);
        const QJsonValue broken = json(R"({"info":{"name":"C","schema":"x"},"item":[{"name":"R","request":{"method":"GET","url":{"query":[{"key":1}]}}}]})");
        const auto violations = validateJsonSchema(broken, schema);
        QVERIFY(!violations.isEmpty());
        QStringList paths;
        for (const SchemaViolation &v : violations)
            paths.append(v.path);
        // The query key must be a string (or null): the violation points right at it.
        QVERIFY2(paths.contains(u"/item/0/request/url/query/0/key"_s), qPrintable(paths.join(u", "_s)));
        const QJsonValue noInfo = json(R"({"item":[]})");
        QCOMPARE(validateJsonSchema(noInfo, schema).first().message, u"The property “info” is required."_s);
    }
};

QTEST_GUILESS_MAIN(TestJsonSchema)
#include "tst_jsonschema.moc"
