// SPDX-License-Identifier: GPL-3.0-or-later
#include "formats/bodyformat.h"

#include <QJsonDocument>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace gatehouse;

class TestBodyFormat : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void languageFromContentType_data()
    {
        QTest::addColumn<QByteArray>("contentType");
        QTest::addColumn<BodyLanguage>("language");
        QTest::newRow("json") << "application/json"_ba << BodyLanguage::Json;
        QTest::newRow("json+charset") << "Application/JSON; charset=utf-8"_ba << BodyLanguage::Json;
        QTest::newRow("problem+json") << "application/problem+json"_ba << BodyLanguage::Json;
        QTest::newRow("xml") << "application/xml"_ba << BodyLanguage::Xml;
        QTest::newRow("text/xml") << "text/xml; charset=iso-8859-1"_ba << BodyLanguage::Xml;
        QTest::newRow("soap") << "application/soap+xml"_ba << BodyLanguage::Xml;
        QTest::newRow("html") << "text/html"_ba << BodyLanguage::Html;
        QTest::newRow("yaml") << "application/yaml"_ba << BodyLanguage::Yaml;
        QTest::newRow("plain") << "text/plain"_ba << BodyLanguage::Text;
        QTest::newRow("none") << QByteArray() << BodyLanguage::Text;
    }

    void languageFromContentType()
    {
        QFETCH(QByteArray, contentType);
        QFETCH(BodyLanguage, language);
        QCOMPARE(languageForContentType(contentType), language);
    }

    void prettyJsonKeepsKeyOrderAndNumberSpelling()
    {
        const QByteArray input = "{\"zeta\":1.50,\"alpha\":[1,2e3,{\"x\":true}],\"e\":{},\"s\":\"a, b: {c} \\\"q\\\"\"}";
        bool ok = false;
        const QByteArray out = prettyJson(input, &ok);
        QVERIFY(ok);
        QCOMPARE(out, QByteArray("{\n"
                                 "  \"zeta\": 1.50,\n"
                                 "  \"alpha\": [\n"
                                 "    1,\n"
                                 "    2e3,\n"
                                 "    {\n"
                                 "      \"x\": true\n"
                                 "    }\n"
                                 "  ],\n"
                                 "  \"e\": {},\n"
                                 "  \"s\": \"a, b: {c} \\\"q\\\"\"\n"
                                 "}"));
        // Same data as the input.
        QCOMPARE(QJsonDocument::fromJson(out), QJsonDocument::fromJson(input));
    }

    void prettyJsonIsIdempotent()
    {
        const QByteArray once = prettyJson("[{\"a\":[]} , {\"b\" : null}]");
        QCOMPARE(prettyJson(once), once);
    }

    void invalidJsonComesBackUnchanged_data()
    {
        QTest::addColumn<QByteArray>("input");
        QTest::newRow("text") << "Internal server error"_ba;
        QTest::newRow("unbalanced") << "{\"a\": [1, 2}"_ba;
        QTest::newRow("unterminated string") << "{\"a\": \"b"_ba;
        QTest::newRow("empty") << QByteArray();
        QTest::newRow("stray close") << "]"_ba;
    }

    void invalidJsonComesBackUnchanged()
    {
        QFETCH(QByteArray, input);
        bool ok = true;
        QCOMPARE(prettyJson(input, &ok), input);
        QVERIFY(!ok);
        QCOMPARE(prettyPrinted(input, "application/json"), QString::fromUtf8(input));
    }

    void prettyXmlIndents()
    {
        bool ok = false;
        const QByteArray out = prettyXml("<?xml version=\"1.0\"?><a x=\"1\"><b>t</b><c/></a>", &ok);
        QVERIFY(ok);
        QVERIFY2(out.contains("\n  <b>t</b>\n"), out.constData());
        QVERIFY(out.contains("<a x=\"1\">"));
    }

    void brokenXmlComesBackUnchanged()
    {
        bool ok = true;
        QCOMPARE(prettyXml("<a><b></a>", &ok), "<a><b></a>"_ba);
        QVERIFY(!ok);
    }

    void charsetIsHonoured()
    {
        const QByteArray latin1 = "caf\xe9"_ba;
        QCOMPARE(decodeBody(latin1, "text/plain; charset=ISO-8859-1"), u"café"_s);
        QCOMPARE(decodeBody(latin1, "text/plain; charset=\"iso-8859-1\""), u"café"_s);
        QCOMPARE(decodeBody("caf\xc3\xa9"_ba, "text/plain"), u"café"_s);
    }

    void sizesReadLikePeopleSayThem()
    {
        QCOMPARE(formatSize(0), u"0 B"_s);
        QCOMPARE(formatSize(999), u"999 B"_s);
        QVERIFY(formatSize(1500).startsWith(u"1.5"_s));
    }
};

QTEST_GUILESS_MAIN(TestBodyFormat)
#include "tst_bodyformat.moc"
