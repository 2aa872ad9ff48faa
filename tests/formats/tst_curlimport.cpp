// SPDX-License-Identifier: GPL-3.0-or-later
#include "formats/import/curl.h"

#include "requestcompare.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace gatehouse;

class TestCurlImport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void splitsLikeAShell_data()
    {
        QTest::addColumn<QString>("line");
        QTest::addColumn<QStringList>("words");
        QTest::newRow("plain") << u"curl -X POST http://a/b"_s << QStringList{u"curl"_s, u"-X"_s, u"POST"_s, u"http://a/b"_s};
        QTest::newRow("single quotes") << u"curl -H 'A: \"x\" $y'"_s << QStringList{u"curl"_s, u"-H"_s, u"A: \"x\" $y"_s};
        QTest::newRow("double quotes") << u"curl -d \"a \\\"b\\\" \\\\ \\$c\""_s << QStringList{u"curl"_s, u"-d"_s, u"a \"b\" \\ $c"_s};
        QTest::newRow("ansi-c") << u"curl --data-raw $'{\\n  \"a\": \\'1\\'\\u00e9\\x41}'"_s
                                << QStringList{u"curl"_s, u"--data-raw"_s, u"{\n  \"a\": '1'éA}"_s};
        QTest::newRow("continuations") << u"curl 'http://a' \\\n  -H 'X: 1' \\\r\n  --compressed"_s
                                       << QStringList{u"curl"_s, u"http://a"_s, u"-H"_s, u"X: 1"_s, u"--compressed"_s};
        QTest::newRow("adjacent quotes") << u"curl a'b'\"c\"d"_s << QStringList{u"curl"_s, u"abcd"_s};
        QTest::newRow("stops at pipe") << u"curl http://a | jq ."_s << QStringList{u"curl"_s, u"http://a"_s};
        QTest::newRow("comment line") << u"# get it\ncurl http://a"_s << QStringList{u"curl"_s, u"http://a"_s};
        QTest::newRow("cmd") << u"curl ^\"http://a/?x=1^&y=2^\" ^\n  -H ^\"Accept: */*^\""_s
                             << QStringList{u"curl"_s, u"http://a/?x=1&y=2"_s, u"-H"_s, u"Accept: */*"_s};
        QTest::newRow("empty argument") << u"curl -H '' x"_s << QStringList{u"curl"_s, u"-H"_s, QString(), u"x"_s};
    }

    void splitsLikeAShell()
    {
        QFETCH(QString, line);
        QFETCH(QStringList, words);
        QCOMPARE(splitCommandLine(line), words);
    }

    void browserCopyAsCurl()
    {
        const auto imported = importCurl(
            uR"(curl 'https://api.contoso.test/pets?limit=10' \
  -H 'accept: application/json' \
  -H 'authorization: Bearer fake-token-0000' \
  -b 'session=fake-cookie; theme=dark' \
  --data-raw '{"name":"Rex"}' \
  --compressed -k)"_s);
        QVERIFY(imported);
        const Request &r = imported->request;
        QCOMPARE(r.method, u"POST"_s);
        QCOMPARE(r.url, u"https://api.contoso.test/pets?limit=10"_s);
        QCOMPARE(r.body.kind, Body::Kind::Raw);
        QCOMPARE(r.body.raw, u"{\"name\":\"Rex\"}"_s);
        QCOMPARE(r.settings.verifyTls, false);
        QCOMPARE(r.settings.followRedirects, false);
        QCOMPARE(r.name, u"POST /pets"_s);
        QVERIFY(!r.id.isEmpty());
        QVERIFY(r.headers.contains(KeyValue{u"Cookie"_s, u"session=fake-cookie; theme=dark"_s, true, {}}));
        QVERIFY(r.headers.contains(KeyValue{u"Content-Type"_s, u"application/x-www-form-urlencoded"_s, true, {}}));
        QVERIFY2(imported->issues.isEmpty(), qPrintable(imported->issues.value(0).message));
    }

    void optionsMapToTheModel()
    {
        auto r = importCurl(u"curl -u 'fake-user:fake-pass' -G -d a=1 -d b=2 -L -m 2.5 example.com/x"_s);
        QVERIFY(r);
        QCOMPARE(r->request.method, u"GET"_s);
        QCOMPARE(r->request.url, u"http://example.com/x?a=1&b=2"_s);
        QCOMPARE(r->request.auth.kind, Auth::Kind::Basic);
        QCOMPARE(r->request.auth.username, u"fake-user"_s);
        QCOMPARE(r->request.auth.password, u"fake-pass"_s);
        QCOMPARE(r->request.settings.followRedirects, true);
        QCOMPARE(r->request.settings.timeoutMs, 2500);
        QCOMPARE(r->request.body.kind, Body::Kind::None);

        r = importCurl(u"curl -F 'name=Rex' -F 'photo=@dog.png;type=image/png' -sSL http://a/upload"_s);
        QVERIFY(r);
        QCOMPARE(r->request.method, u"POST"_s);
        QCOMPARE(r->request.body.kind, Body::Kind::Multipart);
        QCOMPARE(r->request.body.parts.size(), 2);
        QCOMPARE(r->request.body.parts.at(1).kind, FormDataPart::Kind::File);
        QCOMPARE(r->request.body.parts.at(1).value, u"dog.png"_s);
        QCOMPARE(r->request.body.parts.at(1).contentType, u"image/png"_s);
        QCOMPARE(r->request.settings.followRedirects, true);

        r = importCurl(u"curl -XPUT --data-binary @body.json -H 'Content-Type: application/json' http://a"_s);
        QVERIFY(r);
        QCOMPARE(r->request.method, u"PUT"_s);
        QCOMPARE(r->request.body.kind, Body::Kind::Binary);
        QCOMPARE(r->request.body.filePath, u"body.json"_s);

        r = importCurl(u"curl --json '{\"a\":1}' --oauth2-bearer fake-token http://a"_s);
        QVERIFY(r);
        QCOMPARE(r->request.body.language, u"json"_s);
        QCOMPARE(r->request.auth.kind, Auth::Kind::Bearer);
        QVERIFY(r->request.headers.contains(KeyValue{u"Accept"_s, u"application/json"_s, true, {}}));

        r = importCurl(u"curl --data-urlencode 'q=a b&c' --data-urlencode '=x y' http://a"_s);
        QVERIFY(r);
        QCOMPARE(r->request.body.raw, u"q=a%20b%26c&x%20y"_s);
    }

    void unsupportedOptionsAreIssues()
    {
        const auto r = importCurl(u"curl -x http://proxy:8080 --cert me.pem --frobnicate http://a"_s);
        QVERIFY(r);
        QStringList fields;
        for (const ImportIssue &issue : r->issues)
            fields.append(issue.field);
        QCOMPARE(fields, (QStringList{u"-x"_s, u"--cert"_s, u"--frobnicate"_s}));
        for (const ImportIssue &issue : r->issues)
            QVERIFY(!issue.message.isEmpty());
    }

    void rejectsWhatIsNoCurlCommand()
    {
        QVERIFY(!importCurl(u"wget http://a"_s));
        QVERIFY(!importCurl(u""_s));
        const auto noUrl = importCurl(u"curl -H 'A: b'"_s);
        QVERIFY(!noUrl);
        QVERIFY(!noUrl.error().message.isEmpty());
        QVERIFY(!importCurl(u"curl http://a -H"_s)); // an option without its value
    }

    // curlconverter's fixtures: what curl itself sends for each command (method, target, headers, body).
    void curlconverterCorpus()
    {
        QFile file(QStringLiteral(GATEHOUSE_FORMATS_TEST_DATA) + u"/curlconverter/cases.json"_s);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QJsonArray cases = QJsonDocument::fromJson(file.readAll()).object().value("commands"_L1).toArray();
        QVERIFY(cases.size() > 40);
        // What curl adds by itself and Gatehouse's engine adds its own way.
        const QList<QByteArray> engineHeaders = {"host"_ba, "user-agent"_ba, "content-length"_ba, "accept-encoding"_ba};
        int passed = 0;
        QStringList failures;
        for (const QJsonValue &value : cases) {
            const QJsonObject c = value.toObject();
            const QString name = c.value("name"_L1).toString();
            const auto imported = importCurl(c.value("curl"_L1).toString());
            if (!imported) {
                failures.append(name + u": "_s + imported.error().message);
                continue;
            }
            Request request = imported->request;
            if (request.body.kind == Body::Kind::Binary || request.body.kind == Body::Kind::Multipart) {
                failures.append(name + u": body from a file"_s);
                continue;
            }
            const auto sent = test::wire(request);
            if (!sent) {
                failures.append(name + u": "_s + sent.error().message);
                continue;
            }
            HeaderList expectedHeaders;
            for (const QJsonValue &h : c.value("headers"_L1).toArray())
                expectedHeaders.append({h.toArray().at(0).toString().toUtf8(), h.toArray().at(1).toString().toUtf8()});
            QList<QByteArray> skip = engineHeaders;
            // curl's default Accept: */*; the engine sends the same when none is set.
            if (!hasHeader(sent->headers, "accept"))
                skip.append("accept"_ba);
            const QByteArrayList want = test::headerLines(expectedHeaders, skip);
            const QByteArrayList got = test::headerLines(sent->headers, skip);
            const QString wantTarget = test::normalizedTarget(c.value("target"_L1).toString());
            const QString gotTarget = test::normalizedTarget(test::target(sent->url));
            const QString wantHost = c.value("host"_L1).toString();
            const QString gotHost = sent->url.host() + (sent->url.port() > 0 ? u':' + QString::number(sent->url.port()) : QString());
            QStringList why;
            if (sent->method != c.value("method"_L1).toString().toUtf8())
                why.append(u"method %1 != %2"_s.arg(QString::fromUtf8(sent->method), c.value("method"_L1).toString()));
            if (gotTarget != wantTarget)
                why.append(u"target %1 != %2"_s.arg(gotTarget, wantTarget));
            if (gotHost != wantHost)
                why.append(u"host %1 != %2"_s.arg(gotHost, wantHost));
            if (got != want)
                why.append(u"headers %1 != %2"_s.arg(QString::fromUtf8(got.join(" | ")), QString::fromUtf8(want.join(" | "))));
            if (sent->body != c.value("body"_L1).toString().toUtf8())
                why.append(u"body differs"_s);
            if (why.isEmpty())
                ++passed;
            else
                failures.append(name + u": "_s + why.join(u"; "_s));
        }
        qInfo("curlconverter corpus: %d of %d commands send what curl sends", passed, int(cases.size()));
        for (const QString &failure : std::as_const(failures))
            qInfo("  %s", qPrintable(failure));
        QVERIFY2(passed >= kCurlconverterPassing, qPrintable(u"only %1 passed"_s.arg(passed)));
    }

private:
    static constexpr int kCurlconverterPassing = 38;
};

QTEST_GUILESS_MAIN(TestCurlImport)
#include "tst_curlimport.moc"
