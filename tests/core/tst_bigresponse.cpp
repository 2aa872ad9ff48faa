// SPDX-License-Identifier: GPL-3.0-or-later
// Big bodies stream to a file, decoded on the way; brotli; progress.
#include "http/decompress.h"
#include "http/exchangejson.h"
#include "http/httpclient.h"
#include "testserver.h"

#include <QFile>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace gatehouse;
using gatehouse::test::TestServer;

class TestBigResponse : public QObject
{
    Q_OBJECT

    TestServer m_server;
    HttpClient m_client;

    ExchangeResult sendAndWait(const HttpRequest &request, QSignalSpy **progress = nullptr)
    {
        Exchange *exchange = m_client.send(request);
        QSignalSpy spy(exchange, &Exchange::finished);
        auto *progressSpy = new QSignalSpy(exchange, &Exchange::progressed);
        if (!spy.wait(30000))
            qFatal("exchange did not finish");
        ExchangeResult r = spy.first().first().value<ExchangeResult>();
        if (progress)
            *progress = progressSpy;
        else
            delete progressSpy;
        exchange->deleteLater();
        return r;
    }

    static QByteArray readAll(const QString &path)
    {
        QFile file(path);
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    }

private Q_SLOTS:
    void initTestCase()
    {
        qRegisterMetaType<ExchangeResult>();
        QVERIFY(m_server.listen());
    }

    void defaultThresholdIsTenMegabytes() { QCOMPARE(HttpRequest().memoryBodyLimit, qint64(10) * 1024 * 1024); }

    void smallBodyStaysInMemory()
    {
        HttpRequest request;
        request.url = m_server.url(u"/bytes?size=5000"_s);
        const ExchangeResult r = sendAndWait(request);
        QVERIFY(r.ok());
        QVERIFY(!r.response->bodyInFile());
        QCOMPARE(r.response->body, TestServer::pattern(5000));
        QCOMPARE(r.response->bodySize(), 5000);
    }

    void bigBodyGoesToATemporaryFileWithIdenticalBytes()
    {
        const qint64 size = 12 * 1024 * 1024; // above the default threshold
        HttpRequest request;
        request.url = m_server.url(u"/bytes?size=%1"_s.arg(size));
        QSignalSpy *progress = nullptr;
        ExchangeResult r = sendAndWait(request, &progress);
        std::unique_ptr<QSignalSpy> owner(progress);
        QVERIFY(r.ok());
        QVERIFY(r.response->bodyInFile());
        QCOMPARE(r.response->bodySize(), size);
        QCOMPARE(r.response->encodedBodySize, size);
        QCOMPARE(r.response->body.size(), Exchange::kPreviewSize);
        const QByteArray expected = TestServer::pattern(size);
        QCOMPARE(r.response->body, expected.first(Exchange::kPreviewSize));
        QVERIFY(readAll(r.response->bodyFilePath) == expected);
        const QJsonObject json = exchangeToJson(r, Secrets::Redact).value("response"_L1).toObject();
        QCOMPARE(json.value("bodySize"_L1).toInteger(), size);
        QCOMPARE(json.value("bodyFile"_L1).toString(), r.response->bodyFilePath);
        QVERIFY(json.value("bodyTruncated"_L1).toBool());

        // Progress: several reports, the last one complete, with a rate.
        QVERIFY(progress->count() >= 2);
        const QList<QVariant> last = progress->last();
        QCOMPARE(last.at(0).toLongLong(), size);
        QCOMPARE(last.at(1).toLongLong(), size);
        QVERIFY(last.at(2).toDouble() > 0);

        // The temporary file lives as long as a copy of the result.
        const QString path = r.response->bodyFilePath;
        ExchangeResult copy = r;
        r = {};
        QVERIFY(QFile::exists(path));
        copy = {};
        // The exchange (deleted later) holds the last copy.
        QTRY_VERIFY(!QFile::exists(path));
    }

    void thresholdIsConfigurable()
    {
        HttpRequest request;
        request.url = m_server.url(u"/bytes?size=300000"_s);
        request.memoryBodyLimit = 100 * 1024;
        const ExchangeResult r = sendAndWait(request);
        QVERIFY(r.response->bodyInFile());
        QCOMPARE(readAll(r.response->bodyFilePath), TestServer::pattern(300000));
    }

    void compressedBodyIsDecodedIntoTheFile()
    {
        QTemporaryDir dir;
        HttpRequest request;
        request.url = m_server.url(u"/bytes?size=3000000&encoding=gzip"_s);
        request.bodyOutputFile = dir.filePath(u"out.bin"_s);
        const ExchangeResult r = sendAndWait(request);
        QVERIFY(r.ok());
        QVERIFY(r.response->decodingProblem.isEmpty());
        QCOMPARE(r.response->bodyFilePath, request.bodyOutputFile);
        QVERIFY(!r.response->bodyTempFile);
        QCOMPARE(r.response->bodySize(), 3000000);
        QVERIFY(r.response->encodedBodySize < 3000000);
        QVERIFY(readAll(request.bodyOutputFile) == TestServer::pattern(3000000));
    }

    void smallCompressedBodyBigDecodedGoesToAFile()
    {
        HttpRequest request;
        request.url = m_server.url(u"/bytes?size=2000000&encoding=gzip"_s);
        request.memoryBodyLimit = 1024 * 1024;
        const ExchangeResult r = sendAndWait(request);
        QVERIFY(r.response->bodyInFile());
        QVERIFY(readAll(r.response->bodyFilePath) == TestServer::pattern(2000000));
    }

    void outputFileGetsOnlyTheFinalBody()
    {
        QTemporaryDir dir;
        HttpRequest request;
        request.url = m_server.url(u"/redirect-to?url=%2Fbytes%3Fsize%3D10"_s);
        request.bodyOutputFile = dir.filePath(u"out.bin"_s);
        const ExchangeResult r = sendAndWait(request);
        QCOMPARE(r.redirects.size(), 1);
        QCOMPARE(readAll(request.bodyOutputFile), TestServer::pattern(10));
    }

    void unwritableOutputFileIsAnError()
    {
        HttpRequest request;
        request.url = m_server.url(u"/bytes?size=10"_s);
        request.bodyOutputFile = u"/nonexistent-dir/out.bin"_s;
        const ExchangeResult r = sendAndWait(request);
        QVERIFY(!r.ok());
        QCOMPARE(r.error->code, Error::Code::FileUnwritable);
        QVERIFY(r.error->message.contains(u"/nonexistent-dir/out.bin"_s));
    }

    void capHoldsWhileStreaming()
    {
        QTemporaryDir dir;
        HttpRequest request;
        request.url = m_server.url(u"/bomb"_s);
        request.bodyOutputFile = dir.filePath(u"bomb.txt"_s);
        request.maxDecodedBodySize = 1024 * 1024;
        const ExchangeResult r = sendAndWait(request);
        QVERIFY(r.ok());
        QVERIFY2(r.response->decodingProblem.contains(u"decompressed"_s), qPrintable(r.response->decodingProblem));
        QVERIFY(QFileInfo(request.bodyOutputFile).size() <= 1024 * 1024);
    }

    // Content-Encoding: deflate, zlib-wrapped as RFC 9110 says and raw as some servers send it;
    // in memory and streamed to a file.
    void deflateIsDecoded_data()
    {
        QTest::addColumn<QString>("encoding");
        QTest::newRow("zlib-wrapped") << u"deflate"_s;
        QTest::newRow("raw") << u"deflate-raw"_s;
    }
    void deflateIsDecoded()
    {
        QFETCH(QString, encoding);
        HttpRequest request;
        request.url = m_server.url(u"/bytes?size=200000&encoding="_s + encoding);
        ExchangeResult r = sendAndWait(request);
        QVERIFY(r.ok());
        QVERIFY(m_server.requests().last().header("accept-encoding").contains("deflate"));
        QVERIFY2(r.response->decodingProblem.isEmpty(), qPrintable(r.response->decodingProblem));
        QVERIFY(r.response->encodedBodySize < 200000);
        QVERIFY(r.response->body == TestServer::pattern(200000));

        request.memoryBodyLimit = 1000;
        request.url = m_server.url(u"/bytes?size=3000000&encoding="_s + encoding);
        r = sendAndWait(request);
        QVERIFY(r.ok());
        QVERIFY(r.response->bodyInFile());
        QVERIFY(readAll(r.response->bodyFilePath) == TestServer::pattern(3000000));
    }

    void brotliIsDecoded()
    {
        if (!TestServer::hasBrotli())
            QSKIP("built without libbrotlienc");
        HttpRequest request;
        request.url = m_server.url(u"/bytes?size=200000&encoding=br"_s);
        ExchangeResult r = sendAndWait(request);
        QVERIFY(r.ok());
        QVERIFY2(r.response->decodingProblem.isEmpty(), qPrintable(r.response->decodingProblem));
        if (!acceptedEncodings().contains("br"))
            QSKIP("built without libbrotlidec: br is left as received");
        QVERIFY(m_server.requests().last().header("accept-encoding").contains("br"));
        QVERIFY(r.response->encodedBodySize < 200000);
        QVERIFY(r.response->body == TestServer::pattern(200000));

        // The same streaming to a file, and under the cap.
        request.memoryBodyLimit = 1000;
        request.url = m_server.url(u"/bytes?size=3000000&encoding=br"_s);
        r = sendAndWait(request);
        QVERIFY(r.response->bodyInFile());
        QVERIFY(readAll(r.response->bodyFilePath) == TestServer::pattern(3000000));
        request.maxDecodedBodySize = 100000;
        r = sendAndWait(request);
        QVERIFY(r.response->decodingProblem.contains(u"decompressed"_s));

        const auto corrupt = decodeContent("not brotli at all"_ba, "br", 1000);
        QVERIFY(!corrupt);
        QCOMPARE(corrupt.error().code, Error::Code::Decoding);
    }
};

QTEST_GUILESS_MAIN(TestBigResponse)
#include "tst_bigresponse.moc"
