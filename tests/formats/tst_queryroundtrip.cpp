// SPDX-License-Identifier: GPL-3.0-or-later
// Query parameters are kept as written (#3, #4): what an imported file says goes on the wire
// unchanged ("a%3Db" stays a%3Db, as Postman and newman send it) and an export writes the same text back.
#include "formats/export/httpfileexport.h"
#include "formats/export/postmanexport.h"
#include "formats/import/curl.h"
#include "formats/import/har.h"
#include "formats/import/httpfile.h"
#include "formats/import/postman.h"
#include "http/httpclient.h"
#include "model/requestresolver.h"
#include "testserver.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace gatehouse;
using gatehouse::test::TestServer;

class TestQueryRoundTrip : public QObject
{
    Q_OBJECT

    TestServer m_server;

    // Resolves the request like the GUI and the CLI do, sends it to the loopback server and returns
    // the request target the server read off the wire.
    QByteArray sentTarget(const Request &request, const Collection &collection)
    {
        ResolveContext context;
        context.collection = &collection;
        const auto resolved = resolveRequest(request, context);
        if (!resolved)
            qFatal("resolve failed: %s", qPrintable(resolved.error().message));
        HttpClient client;
        Exchange *exchange = client.send(resolved->request);
        QSignalSpy finished(exchange, &Exchange::finished);
        if (!finished.wait(10000))
            qFatal("no answer from the loopback server");
        return m_server.requests().last().target;
    }

    QString base() const { return u"http://127.0.0.1:"_s + QString::number(m_server.port()); }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_server.listen()); }

    void encodeQueryComponentKeepsValidEscapes_data()
    {
        QTest::addColumn<QString>("written");
        QTest::addColumn<QByteArray>("sent");
        QTest::newRow("escape kept") << u"a%3Db"_s << "a%3Db"_ba;
        QTest::newRow("lower-case escape kept") << u"%e2%9c%93"_s << "%e2%9c%93"_ba;
        QTest::newRow("equals encoded") << u"a=b"_s << "a%3Db"_ba;
        QTest::newRow("ampersand, hash, quote") << u"a&b#c'd\"e"_s << "a%26b%23c%27d%22e"_ba;
        QTest::newRow("space and angle brackets") << u"a b<c>"_s << "a%20b%3Cc%3E"_ba;
        QTest::newRow("plus stays") << u"a+b"_s << "a+b"_ba;
        QTest::newRow("reserved stay") << u"/path?x:y@z,!$()*;"_s << "/path?x:y@z,!$()*;"_ba;
        QTest::newRow("lone percent") << u"100%"_s << "100%25"_ba;
        QTest::newRow("percent not hex") << u"%zz%4"_s << "%25zz%254"_ba;
        QTest::newRow("non-ASCII as UTF-8") << u"ü✓"_s << "%C3%BC%E2%9C%93"_ba;
        QTest::newRow("control") << u"a\tb"_s << "a%09b"_ba;
    }

    void encodeQueryComponentKeepsValidEscapes()
    {
        QFETCH(QString, written);
        QFETCH(QByteArray, sent);
        QCOMPARE(encodeQueryComponent(written), sent);
    }

    void queryTextFromDecodedKeepsTheLiteralMeaning()
    {
        QCOMPARE(queryTextFromDecoded(u"x=y&z"_s), u"x=y%26z"_s);
        QCOMPARE(queryTextFromDecoded(u"a=b"_s, true), u"a%3Db"_s);
        QCOMPARE(queryTextFromDecoded(u"50% + 1 #2"_s), u"50%25 %2B 1 %232"_s);
        QCOMPARE(queryTextFromDecoded(u"%3D"_s), u"%253D"_s);
        QCOMPARE(escapeQuerySeparators(u"a=b&c#d %3D+"_s), u"a=b%26c%23d %3D+"_s);
        QCOMPARE(escapeQuerySeparators(u"a=b"_s, true), u"a%3Db"_s);
    }

    void postmanQueryGoesOutAsWrittenAndExportsBack()
    {
        // Written as Postman saves it: the query in raw and in the query array, values as typed.
        const QString raw = base() + u"/echo?a=x%3Dy&b=1+2&c=%E2%9C%93&d=hello world&e=it's&f=%2Fp%2Fq&h=100%"_s;
        QJsonArray query;
        const QList<std::pair<QString, QString>> items = {{u"a"_s, u"x%3Dy"_s}, {u"b"_s, u"1+2"_s}, {u"c"_s, u"%E2%9C%93"_s},
                                                          {u"d"_s, u"hello world"_s}, {u"e"_s, u"it's"_s}, {u"f"_s, u"%2Fp%2Fq"_s},
                                                          {u"h"_s, u"100%"_s}};
        for (const auto &[key, value] : items)
            query.append(QJsonObject{{u"key"_s, key}, {u"value"_s, value}});
        const QJsonObject url{{u"raw"_s, raw}, {u"query"_s, query}};
        const QJsonObject request{{u"method"_s, u"GET"_s}, {u"url"_s, url}};
        const QJsonObject item{{u"name"_s, u"encoded"_s}, {u"request"_s, request}};
        const QJsonObject info{{u"name"_s, u"Query"_s}, {u"schema"_s, u"https://schema.getpostman.com/json/collection/v2.1.0/collection.json"_s}};
        const QJsonObject collection{{u"info"_s, info}, {u"item"_s, QJsonArray{item}}};

        const auto imported = importPostmanCollection(QJsonDocument(collection).toJson());
        QVERIFY(imported);
        QCOMPARE(imported->collection.requests.size(), 1);
        const Request &r = imported->collection.requests.first();
        QCOMPARE(r.params.size(), 7);
        QCOMPARE(r.params.at(0).value, u"x%3Dy"_s); // as written, not decoded
        QCOMPARE(r.params.at(5).value, u"%2Fp%2Fq"_s);

        // newman sends the same bytes: valid escapes as they are, the rest encoded, '+' kept. The
        // one difference: a '%' that starts no escape goes out as %25 (newman sends it bare, which
        // is not a valid URL), and the valid escapes beside it stay as they are.
        QCOMPARE(sentTarget(r, imported->collection), "/echo?a=x%3Dy&b=1+2&c=%E2%9C%93&d=hello%20world&e=it%27s&f=%2Fp%2Fq&h=100%25"_ba);

        const PostmanExport exported = exportPostmanCollection(imported->collection);
        const QJsonObject back = QJsonDocument::fromJson(exported.json).object();
        const QJsonObject backUrl = back.value("item"_L1).toArray().first().toObject().value("request"_L1).toObject().value("url"_L1).toObject();
        QCOMPARE(backUrl.value("raw"_L1).toString(), raw);
        const QJsonArray backQuery = backUrl.value("query"_L1).toArray();
        QCOMPARE(backQuery.size(), 7);
        for (qsizetype i = 0; i < items.size(); ++i) {
            QCOMPARE(backQuery.at(i).toObject().value("key"_L1).toString(), items.at(i).first);
            QCOMPARE(backQuery.at(i).toObject().value("value"_L1).toString(), items.at(i).second);
        }

        // And importing the export gives the same parameters again.
        const auto again = importPostmanCollection(exported.json);
        QVERIFY(again);
        QCOMPARE(again->collection.requests.first().params, r.params);
    }

    // Postman's query list can say what rows cannot: a key without a value ("foo", no '='), a
    // value without a key ("=bar"), an empty parameter ("&&"), a lone '?'. Such a query stays in
    // the URL as written, goes out so (to the byte, on the loopback server) and exports back.
    void postmanQueryWithoutKeysOrValuesGoesOutAsWritten_data()
    {
        QTest::addColumn<QJsonArray>("query");
        QTest::addColumn<QByteArray>("target");
        const auto row = [](const QJsonValue &key, const QJsonValue &value, bool disabled = false) {
            QJsonObject o{{u"key"_s, key}, {u"value"_s, value}};
            if (disabled)
                o.insert(u"disabled"_s, true);
            return o;
        };
        const QJsonValue null;
        QTest::newRow("?") << QJsonArray{row(null, null)} << "/get?"_ba;
        QTest::newRow("?&&") << QJsonArray{row(null, null), row(null, null), row(null, null)} << "/get?&&"_ba;
        QTest::newRow("?foo&") << QJsonArray{row(u"foo"_s, null), row(u""_s, null)} << "/get?foo&"_ba;
        QTest::newRow("?&foo") << QJsonArray{row(null, null), row(u"foo"_s, null)} << "/get?&foo"_ba;
        QTest::newRow("foo=bar&&&bar=baz") << QJsonArray{row(u"foo"_s, u"bar"_s), row(null, null), row(null, null), row(u"bar"_s, u"baz"_s)}
                                           << "/get?foo=bar&&&bar=baz"_ba;
        QTest::newRow("get&=bar&=&baz=&&") << QJsonArray{row(u"get"_s, null), row(u""_s, u"bar"_s), row(u""_s, u""_s), row(u"baz"_s, u""_s),
                                                         row(null, null), row(u""_s, null)}
                                           << "/get?get&=bar&=&baz=&&"_ba;
        QTest::newRow("separators in a key") << QJsonArray{row(u"q"_s, u"1"_s), row(u"b#a&r"_s, null)} << "/get?q=1&b%23a%26r"_ba;
        QTest::newRow("disabled left out") << QJsonArray{row(u"foo"_s, null, true), row(u"a"_s, u"1"_s)} << "/get?a=1"_ba;
        QTest::newRow("disabled beside a null") << QJsonArray{row(u"off"_s, u"1"_s, true), row(u"on"_s, null)} << "/get?on"_ba;
    }
    void postmanQueryWithoutKeysOrValuesGoesOutAsWritten()
    {
        QFETCH(QJsonArray, query);
        QFETCH(QByteArray, target);
        // raw is what Postman shows; the query list is what newman sends.
        const QJsonObject url{{u"raw"_s, QString(base() + u"/get?ignored=raw"_s)}, {u"query"_s, query}};
        const QJsonObject item{{u"name"_s, u"q"_s}, {u"request"_s, QJsonObject{{u"method"_s, u"GET"_s}, {u"url"_s, url}}}};
        const QJsonObject info{{u"name"_s, u"Query"_s}, {u"schema"_s, u"https://schema.getpostman.com/json/collection/v2.1.0/collection.json"_s}};
        const auto imported = importPostmanCollection(QJsonDocument(QJsonObject{{u"info"_s, info}, {u"item"_s, QJsonArray{item}}}).toJson());
        QVERIFY(imported);
        const Request &r = imported->collection.requests.first();
        QCOMPARE(sentTarget(r, imported->collection), target);
        const auto again = importPostmanCollection(exportPostmanCollection(imported->collection).json);
        QVERIFY(again);
        QCOMPARE(again->collection.requests.first().url, r.url);
        QCOMPARE(sentTarget(again->collection.requests.first(), again->collection), target);
    }

    // The path goes out as Postman sends it: | ^ [ ] and dot segments as written, a bare '%', an
    // escape in the case written; with disableUrlEncoding the query too, byte for byte.
    void pathAndDisabledEncodingGoOutAsWritten()
    {
        Request request;
        request.url = base() + u"/a/./b//|/^/[x]/%/%2a/ /{}"_s;
        Collection collection;
        QCOMPARE(sentTarget(request, collection), "/a/./b//|/^/[x]/%/%2a/%20/%7B%7D"_ba);
        request.url = base() + u"/p/{x}?q=\"'<=>!$%()*{|}~"_s;
        request.settings.disableUrlEncoding = true;
        QCOMPARE(sentTarget(request, collection), "/p/{x}?q=\"'<=>!$%()*{|}~"_ba);
    }

    void httpFileQueryGoesOutAsWrittenAndExportsBack()
    {
        const QString line = u"GET "_s + base() + u"/echo?a=x%3Dy&b=%25&c=1+2"_s;
        const QString file = line + u"\n"_s;
        const auto imported = importHttpFile(file, u"Query"_s);
        QVERIFY(imported);
        QCOMPARE(imported->collection.requests.size(), 1);
        QCOMPARE(sentTarget(imported->collection.requests.first(), imported->collection), "/echo?a=x%3Dy&b=%25&c=1+2"_ba);
        const HttpFileExport exported = exportHttpFile(imported->collection);
        QVERIFY2(exported.text.contains(line), qPrintable(exported.text));
    }

    void curlQueryGoesOutAsWritten()
    {
        const QString command = u"curl '"_s + base() + u"/echo?a=x%3Dy&b=%C3%BC' -G --data-urlencode 'c=d=e'"_s;
        const auto imported = importCurl(command);
        QVERIFY(imported);
        Collection collection;
        QCOMPARE(sentTarget(imported->request, collection), "/echo?a=x%3Dy&b=%C3%BC&c=d%3De"_ba);
    }

    // A query typed into the URL itself: a '%' that starts no escape goes out as %25 and does not
    // make the escapes the user wrote beside it encoded again (QUrl's tolerant mode would).
    void urlQueryWithALonePercentKeepsTheOtherEscapes()
    {
        Request request;
        request.method = u"GET"_s;
        request.url = base() + u"/echo?a=%3D&b=100%&c=%zz&d=%C3%BC"_s;
        Collection collection;
        QCOMPARE(sentTarget(request, collection), "/echo?a=%3D&b=100%25&c=%25zz&d=%C3%BC"_ba);
        request.url = base() + u"/echo?a=%3D&b=5%25"_s; // without a lone '%' nothing changes
        QCOMPARE(sentTarget(request, collection), "/echo?a=%3D&b=5%25"_ba);
    }

    void harQueryStringIsDecodedText()
    {
        // HAR's queryString holds decoded values; parameters the URL lacks become parameters that
        // send exactly those values.
        const QJsonArray queryString{QJsonObject{{u"name"_s, u"a"_s}, {u"value"_s, u"x=y"_s}},
                                     QJsonObject{{u"name"_s, u"p"_s}, {u"value"_s, u"50%"_s}},
                                     QJsonObject{{u"name"_s, u"q"_s}, {u"value"_s, u"1+2 & %3D"_s}}};
        const QJsonObject request{{u"method"_s, u"GET"_s}, {u"url"_s, QString(base() + u"/echo"_s)}, {u"httpVersion"_s, u"HTTP/1.1"_s},
                                  {u"headers"_s, QJsonArray{}}, {u"queryString"_s, queryString}};
        const QJsonObject entry{{u"request"_s, request}};
        const QJsonObject har{{u"log"_s, QJsonObject{{u"version"_s, u"1.2"_s}, {u"entries"_s, QJsonArray{entry}}}}};
        const auto imported = importHar(QJsonDocument(har).toJson());
        QVERIFY(imported);
        QCOMPARE(imported->collection.requests.size(), 1);
        const Request &r = imported->collection.requests.first();
        QCOMPARE(r.params.size(), 3);
        QCOMPARE(r.params.at(1).value, u"50%25"_s);
        QCOMPARE(sentTarget(r, imported->collection), "/echo?a=x%3Dy&p=50%25&q=1%2B2%20%26%20%253D"_ba);
    }
};

QTEST_GUILESS_MAIN(TestQueryRoundTrip)
#include "tst_queryroundtrip.moc"
