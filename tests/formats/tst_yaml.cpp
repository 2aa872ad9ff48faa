// SPDX-License-Identifier: GPL-3.0-or-later
#include "formats/import/yaml.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace gatehouse;

namespace {

QByteArray readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// The path of the first difference, for the log.
QString firstDifference(const QJsonValue &a, const QJsonValue &b, const QString &path = {})
{
    if (a.isObject() && b.isObject()) {
        const QJsonObject x = a.toObject(), y = b.toObject();
        for (auto it = y.begin(); it != y.end(); ++it) {
            const QString d = firstDifference(x.value(it.key()), it.value(), path + u'/' + it.key());
            if (!d.isEmpty())
                return d;
        }
        return x.size() == y.size() ? QString() : path + u" (extra keys)"_s;
    }
    if (a.isArray() && b.isArray() && a.toArray().size() == b.toArray().size()) {
        for (qsizetype i = 0; i < a.toArray().size(); ++i) {
            const QString d = firstDifference(a.toArray().at(i), b.toArray().at(i), path + u'/' + QString::number(i));
            if (!d.isEmpty())
                return d;
        }
        return {};
    }
    return a == b ? QString() : path + u": "_s + QString::fromUtf8(QJsonDocument(QJsonArray{a}).toJson(QJsonDocument::Compact)) + u" vs "_s
            + QString::fromUtf8(QJsonDocument(QJsonArray{b}).toJson(QJsonDocument::Compact));
}

QJsonValue json(const char *text)
{
    const QJsonDocument d = QJsonDocument::fromJson(QByteArray(text));
    return d.isArray() ? QJsonValue(d.array()) : QJsonValue(d.object());
}

} // namespace

class TestYaml : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parses_data()
    {
        QTest::addColumn<QString>("yaml");
        QTest::addColumn<QJsonValue>("expected");
        QTest::newRow("mapping") << u"a: 1\nb: two\nc: true\nd: ~\ne: 1.5\nf: '3'\ng: \"x\\ty\"\n"_s
                                 << json("{\"a\": 1, \"b\": \"two\", \"c\": true, \"d\": null, \"e\": 1.5, \"f\": \"3\", \"g\": \"x\\ty\"}");
        QTest::newRow("nested and comments") << u"# top\nouter:  # note\n  inner:\n    k: v # trailing\n  url: http://a/b#frag\n"_s
                                             << json("{\"outer\": {\"inner\": {\"k\": \"v\"}, \"url\": \"http://a/b#frag\"}}");
        QTest::newRow("sequences") << u"list:\n  - a\n  - b: 1\n    c: 2\n  -\n    - x\nsame:\n- 1\n- 2\n"_s
                                   << json("{\"list\": [\"a\", {\"b\": 1, \"c\": 2}, [\"x\"]], \"same\": [1, 2]}");
        QTest::newRow("flow") << u"a: [1, two, \"th,ree\"]\nb: {x: 1, y: [2, 3]}\nc: []\nd: {}\n"_s
                              << json("{\"a\": [1, \"two\", \"th,ree\"], \"b\": {\"x\": 1, \"y\": [2, 3]}, \"c\": [], \"d\": {}}");
        QTest::newRow("block scalars") << u"lit: |\n  line 1\n    indented\n  line 3\nfold: >-\n  folded\n  text\n\n  para\nafter: x\n"_s
                                       << json("{\"lit\": \"line 1\\n  indented\\nline 3\\n\", \"fold\": \"folded text\\npara\", \"after\": \"x\"}");
        QTest::newRow("document marker and quoted keys") << u"---\n\"200\":\n  description: OK\n'a b': c\n"_s
                                                        << json("{\"200\": {\"description\": \"OK\"}, \"a b\": \"c\"}");
        QTest::newRow("multi-line plain") << u"description: a long\n  sentence here\nnext: 1\n"_s
                                          << json("{\"description\": \"a long sentence here\", \"next\": 1}");
        QTest::newRow("top-level sequence") << u"- 1\n- a: b\n"_s << json("[1, {\"a\": \"b\"}]");
        // What a real YAML parser adds over a subset: anchors and aliases, tags, numbers in other bases.
        QTest::newRow("anchors and aliases") << u"base: &b {type: string}\nname: *b\n"_s
                                             << json("{\"base\": {\"type\": \"string\"}, \"name\": {\"type\": \"string\"}}");
        QTest::newRow("tags") << u"a: !!str 1\nb: !!int \"2\"\n"_s << json("{\"a\": \"1\", \"b\": 2}");
        QTest::newRow("hex, octal, exponent") << u"a: 0x1F\nb: 0o17\nc: 1e3\nd: .5\n"_s << json("{\"a\": 31, \"b\": 15, \"c\": 1000, \"d\": 0.5}");
        QTest::newRow("windows line ends") << u"a: 1\r\nb: [x]\r\n"_s << json("{\"a\": 1, \"b\": [\"x\"]}");
    }

    void parses()
    {
        QFETCH(QString, yaml);
        QFETCH(QJsonValue, expected);
        const auto parsed = parseYaml(yaml.toUtf8());
        QVERIFY2(parsed, parsed ? "" : qPrintable(parsed.error().message));
        QCOMPARE(*parsed, expected);
    }

    void errorsNameTheLine_data()
    {
        QTest::addColumn<QString>("yaml");
        QTest::addColumn<int>("line");
        QTest::newRow("two documents") << u"a: 1\n---\nb: 2\n"_s << 2; // the marker that starts the second
        QTest::newRow("tab indentation") << u"a:\n\tb: 1\n"_s << 2;
        QTest::newRow("unclosed flow") << u"x: 1\na: [1, 2\n"_s << 3;
        QTest::newRow("duplicate key") << u"a: 1\nb: 2\na: 3\n"_s << 3;
        QTest::newRow("unknown alias") << u"a: *nowhere\n"_s << 1;
    }

    void errorsNameTheLine()
    {
        QFETCH(QString, yaml);
        QFETCH(int, line);
        const auto parsed = parseYaml(yaml.toUtf8());
        QVERIFY2(!parsed, qPrintable(yaml));
        QVERIFY2(parsed.error().message.startsWith(u"Line %1:"_s.arg(line)), qPrintable(parsed.error().message));
    }


    // Found by fuzz_import_openapi: a broken HAR-like file on which yaml-cpp's LoadAll() never
    // returned. Whatever the verdict, it must come back.
    void malformedInputComesBack()
    {
        const QByteArray data = readFile(QStringLiteral(GATEHOUSE_FORMATS_TEST_DATA) + u"/yaml/loadall-loop.txt"_s);
        QVERIFY(!data.isEmpty());
        const auto parsed = parseYaml(data);
        if (!parsed)
            QVERIFY(parsed.error().message.startsWith(u"Line "_s));
    }

    // The OpenAPI Initiative's examples come in YAML and JSON: both must give the same document.
    void openApiExamplesMatchTheirJson()
    {
        const QString dir = QStringLiteral(GATEHOUSE_FORMATS_TEST_DATA) + u"/openapi-examples/"_s;
        const QStringList files = QDir(dir).entryList({u"*.yaml"_s}, QDir::Files, QDir::Name);
        QVERIFY(files.size() >= 15);
        int passed = 0;
        for (const QString &name : files) {
            const auto yaml = parseYaml(readFile(dir + name));
            const QJsonDocument expected = QJsonDocument::fromJson(readFile(dir + QString(name).replace(u".yaml"_s, u".json"_s)));
            if (!yaml) {
                qInfo("  %s: %s", qPrintable(name), qPrintable(yaml.error().message));
                continue;
            }
            if (yaml->toObject() == expected.object())
                ++passed;
            else
                qInfo("  %s: differs from the JSON at %s", qPrintable(name), qPrintable(firstDifference(yaml->toObject(), expected.object())));
        }
        qInfo("OpenAPI examples: %d of %d YAML files read exactly as their JSON twins", passed, int(files.size()));
        // The other three differ in the upstream files themselves (v2.0 petstore, petstore-expanded
        // and uber: a "type: object" or "type: integer" that only the YAML has).
        QCOMPARE(passed, int(files.size()) - 3);
    }
};

QTEST_GUILESS_MAIN(TestYaml)
#include "tst_yaml.moc"
