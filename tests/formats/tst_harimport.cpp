// SPDX-License-Identifier: GPL-3.0-or-later
#include "formats/import/curl.h"
#include "formats/import/har.h"

#include "requestcompare.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace gatehouse;

namespace {

QByteArray readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

const QString kData = QStringLiteral(GATEHOUSE_FORMATS_TEST_DATA);

} // namespace

class TestHarImport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void browserHarEntriesBecomeRequests()
    {
        const auto imported = importHar(readFile(kData + u"/har-validator/valid.json"_s));
        QVERIFY2(imported, imported ? "" : qPrintable(imported.error().message));
        QCOMPARE(imported->collection.name, u"HAR from WebInspector"_s);
        QVERIFY(!imported->collection.requests.isEmpty());
        const Request &first = imported->collection.requests.first();
        QCOMPARE(first.method, u"GET"_s);
        QVERIFY(first.url.startsWith("http://mockbin.com/"_L1));
        QVERIFY(!first.id.isEmpty());
        for (const KeyValue &header : first.headers)
            QVERIFY(!header.name.startsWith(u':'));
    }

    void rejectsWhatIsNoHar()
    {
        QVERIFY(!importHar("{\"creator\": {}}"_ba));
        QVERIFY(!importHar("not json"_ba));
        QVERIFY(!importHar("[1, 2]"_ba));
        // The validator's invalid HARs are objects whose members are HARs: none is one itself.
        QVERIFY(!importHar(readFile(kData + u"/har-validator/invalid.json"_s)));
    }

    void queryStringAndPostData()
    {
        const auto imported = importHar(QByteArrayLiteral(
            "{\"log\": {\"version\": \"1.2\", \"creator\": {\"name\": \"t\"}, \"entries\": ["
            "{\"request\": {\"method\": \"post\", \"url\": \"https://a.test/x?a=1#frag\", \"httpVersion\": \"HTTP/2\","
            "\"headers\": [{\"name\": \":authority\", \"value\": \"a.test\"}, {\"name\": \"Content-Type\", \"value\": \"application/json\"}],"
            "\"queryString\": [{\"name\": \"a\", \"value\": \"1\"}, {\"name\": \"b\", \"value\": \"2\"}],"
            "\"postData\": {\"mimeType\": \"application/json\", \"text\": \"{\\\"k\\\": true}\"}}},"
            "{\"response\": {}}"
            "]}}"));
        QVERIFY(imported);
        QCOMPARE(imported->collection.requests.size(), 1);
        QCOMPARE(imported->issues.size(), 1); // the entry without a request
        const Request &r = imported->collection.requests.first();
        QCOMPARE(r.method, u"POST"_s);
        QCOMPARE(r.url, u"https://a.test/x?a=1"_s);
        QCOMPARE(r.params, (KeyValueList{{u"b"_s, u"2"_s, true, {}}}));
        QCOMPARE(r.headers.size(), 1);
        QCOMPARE(r.body.kind, Body::Kind::Raw);
        QCOMPARE(r.body.language, u"json"_s);
    }

    // httpsnippet's fixtures: each HAR request and the curl command httpsnippet renders for it must
    // send the same thing once imported (a cross-check of both importers).
    void httpsnippetCorpus()
    {
        QTemporaryDir files;
        QVERIFY(QDir(files.path()).mkpath(u"test/fixtures/files"_s));
        QFile hello(files.filePath(u"test/fixtures/files/hello.txt"_s));
        QVERIFY(hello.open(QIODevice::WriteOnly));
        hello.write("Hello World");
        hello.close();
        QVERIFY(QFile::copy(hello.fileName(), files.filePath(u"hello.txt"_s)));

        const QStringList names = QDir(kData + u"/httpsnippet/har-requests"_s).entryList({u"*.json"_s}, QDir::Files, QDir::Name);
        QVERIFY(names.size() >= 17);
        int passed = 0;
        QStringList failures;
        for (const QString &name : names) {
            const QString stem = name.chopped(5);
            const auto har = importHar(readFile(kData + u"/httpsnippet/har-requests/"_s + name));
            const auto curl = importCurl(QString::fromUtf8(readFile(kData + u"/httpsnippet/expected-curl/"_s + stem + u".curl.txt"_s)));
            if (!har || !curl) {
                failures.append(stem + u": "_s + (har ? curl.error().message : har.error().message));
                continue;
            }
            const auto fromHar = test::wire(har->collection.requests.first(), files.path());
            const auto fromCurl = test::wire(curl->request, files.path());
            if (!fromHar || !fromCurl) {
                failures.append(stem + u": "_s + (fromHar ? fromCurl.error().message : fromHar.error().message));
                continue;
            }
            QList<QByteArray> skip = {"content-length"_ba};
            if (!fromHar->multipart.isEmpty())
                skip.append("content-type"_ba); // the engine writes it with the boundary
            QStringList why;
            if (fromHar->method != fromCurl->method)
                why.append(u"method"_s);
            if (fromHar->url.host() != fromCurl->url.host() || fromHar->url.scheme() != fromCurl->url.scheme()
                // "," and "%2C" mean the same in a query; compare decoded.
                || QUrl::fromPercentEncoding(test::normalizedTarget(test::target(fromHar->url)).toUtf8())
                    != QUrl::fromPercentEncoding(test::normalizedTarget(test::target(fromCurl->url)).toUtf8()))
                why.append(u"url %1 != %2"_s.arg(fromHar->url.toString(), fromCurl->url.toString()));
            if (test::headerLines(fromHar->headers, skip) != test::headerLines(fromCurl->headers, skip))
                why.append(u"headers %1 != %2"_s.arg(QString::fromUtf8(test::headerLines(fromHar->headers, skip).join(" | ")),
                                                    QString::fromUtf8(test::headerLines(fromCurl->headers, skip).join(" | "))));
            if (fromHar->body != fromCurl->body)
                why.append(u"body %1 != %2"_s.arg(QString::fromUtf8(fromHar->body), QString::fromUtf8(fromCurl->body)));
            if (fromHar->multipart.size() != fromCurl->multipart.size())
                why.append(u"multipart parts"_s);
            for (qsizetype i = 0; i < qMin(fromHar->multipart.size(), fromCurl->multipart.size()); ++i) {
                const MultipartPart &a = fromHar->multipart.at(i);
                const MultipartPart &b = fromCurl->multipart.at(i);
                if (a.name != b.name || a.value != b.value || a.filePath != b.filePath)
                    why.append(u"part %1"_s.arg(i));
            }
            if (why.isEmpty())
                ++passed;
            else
                failures.append(stem + u": "_s + why.join(u"; "_s));
        }
        qInfo("httpsnippet corpus: %d of %d HAR requests send what their curl rendering sends", passed, int(names.size()));
        for (const QString &failure : std::as_const(failures))
            qInfo("  %s", qPrintable(failure));
        QVERIFY2(passed >= kHttpsnippetPassing, qPrintable(u"only %1 passed"_s.arg(passed)));
    }

private:
    static constexpr int kHttpsnippetPassing = 17;
};

QTEST_GUILESS_MAIN(TestHarImport)
#include "tst_harimport.moc"
