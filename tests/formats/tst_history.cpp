// SPDX-License-Identifier: GPL-3.0-or-later
// History of sent requests (core/storage/history): summaries of real exchanges, secrets masked.
#include "storage/history.h"

#include "http/httpclient.h"
#include "testserver.h"

#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace gatehouse;
using gatehouse::test::TestServer;

class TestHistory : public QObject
{
    Q_OBJECT

    TestServer m_server;

    ExchangeResult exchange(const HttpRequest &request)
    {
        HttpClient client;
        Exchange *e = client.send(request);
        QSignalSpy finished(e, &Exchange::finished);
        if (!finished.wait(10000))
            qFatal("no answer");
        return finished.first().first().value<ExchangeResult>();
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_server.listen()); }

    void summarisesARealExchangeWithoutSecrets()
    {
        HttpRequest request;
        request.method = "POST"_ba;
        QUrl url = m_server.url(u"/status/401?subscription-key=fake-key-0000&page=2"_s);
        url.setUserInfo(u"fake-user:fake-pass"_s);
        request.url = url;
        request.headers = {{"Authorization"_ba, "Bearer fake-token-0000"_ba}, {"X-My-Key"_ba, "fake-custom-0000"_ba}, {"Accept"_ba, "*/*"_ba}};
        request.credentialHeaders = {"X-My-Key"_ba};
        request.body = "{\"a\":1}"_ba;
        const ExchangeResult result = exchange(request);
        QVERIFY(result.response);
        const QDateTime now = QDateTime::currentDateTimeUtc();
        const HistoryEntry entry = historyEntry(result, now);
        QCOMPARE(entry.method, u"POST"_s);
        QCOMPARE(entry.status, 401);
        QVERIFY(entry.durationMs >= 0);
        QCOMPARE(entry.requestBodySize, 7);
        QVERIFY(entry.url.contains(u"page=2"_s));
        QVERIFY(entry.contentType.contains(u"json"_s));
        QVERIFY(entry.responseSize > 0);
        const QString everything = entry.url + QString::fromUtf8(QByteArrayList([&] {
                                                   QByteArrayList l;
                                                   for (const auto &[n, v] : entry.requestHeaders)
                                                       l.append(n + ": " + v);
                                                   return l;
                                               }()).join('\n'));
        for (const QString &secret : {u"fake-key-0000"_s, u"fake-user"_s, u"fake-pass"_s, u"fake-token-0000"_s, u"fake-custom-0000"_s})
            QVERIFY2(!everything.contains(secret), qPrintable(everything));
        QVERIFY(everything.contains(u"Bearer"_s)); // the scheme stays visible
    }

    void aBodyKeptInAFileCountsWithItsRealSize()
    {
        HttpRequest request;
        request.url = m_server.url(u"/bytes?size=300000"_s);
        request.memoryBodyLimit = 1000; // to a file, with a preview of Exchange::kPreviewSize bytes
        const ExchangeResult result = exchange(request);
        QVERIFY(result.response);
        QVERIFY(result.response->bodyInFile());
        QCOMPARE(result.response->body.size(), Exchange::kPreviewSize);
        QCOMPARE(historyEntry(result, QDateTime::currentDateTimeUtc()).responseSize, 300000);
    }

    void storesSearchesAndTrims()
    {
        QTemporaryDir dir;
        HistoryStore store(dir.filePath(u"data/history.jsonl"_s), 10);
        QVERIFY(store.load().value().isEmpty());
        const QDateTime start = QDateTime(QDate(2026, 1, 1), QTime(12, 0), QTimeZone::UTC);
        for (int i = 0; i < 30; ++i) {
            HistoryEntry e;
            e.sentAt = start.addSecs(i);
            e.method = i % 2 ? u"GET"_s : u"POST"_s;
            e.url = u"https://api.contoso.test/pets/%1"_s.arg(i);
            e.status = i % 3 == 0 ? 404 : 200;
            e.requestName = i == 29 ? u"Find pet"_s : QString();
            e.environment = u"dev"_s;
            QVERIFY(store.append(e));
        }
        QFile file(store.filePath());
        QCOMPARE(file.permissions() & (QFileDevice::ReadOther | QFileDevice::ReadGroup), QFileDevice::Permissions());
        const auto entries = store.load();
        QVERIFY(entries);
        QVERIFY(entries->size() <= 11); // trimmed to the limit (with a little slack)
        QCOMPARE(entries->last().url, u"https://api.contoso.test/pets/29"_s);
        QCOMPARE(entries->last().sentAt, start.addSecs(29));

        const QList<HistoryEntry> found = HistoryStore::search(*entries, u"find PET"_s);
        QCOMPARE(found.size(), 1);
        QCOMPARE(found.first().requestName, u"Find pet"_s);
        const QList<HistoryEntry> clientErrors = HistoryStore::search(*entries, u"4xx post"_s);
        for (const HistoryEntry &e : clientErrors) {
            QCOMPARE(e.status, 404);
            QCOMPARE(e.method, u"POST"_s);
        }
        QVERIFY(!clientErrors.isEmpty());
        QVERIFY(clientErrors.first().sentAt > clientErrors.last().sentAt || clientErrors.size() == 1); // newest first
        QCOMPARE(HistoryStore::search(*entries, QString(), 3).size(), 3);

        // A torn last line (a crash mid-write) does not lose the rest.
        QVERIFY(file.open(QIODevice::Append));
        file.write("{\"method\": \"GE");
        file.close();
        QCOMPARE(store.load().value().size(), entries->size());
        QVERIFY(store.clear());
        QVERIFY(!QFile::exists(store.filePath()));
    }

    void trimmingKeepsTheNewestLinesAsWritten()
    {
        // Trimming copies the stored lines (it does not decode and re-encode them), drops what is
        // not an entry (a torn line from a crash), and keeps the newest in order.
        QTemporaryDir dir;
        HistoryStore store(dir.filePath(u"history.jsonl"_s), 10);
        const auto entry = [](int i) {
            HistoryEntry e;
            e.method = u"GET"_s;
            e.url = u"https://api.contoso.test/pets/%1"_s.arg(i);
            e.requestHeaders = {{"Accept"_ba, "application/json"_ba}};
            return e;
        };
        for (int i = 0; i < 5; ++i)
            QVERIFY(store.append(entry(i)));
        QFile file(store.filePath());
        QVERIFY(file.open(QIODevice::Append));
        file.write("{\"method\": \"GE\n"); // torn, then the next append starts a new line
        file.close();
        for (int i = 5; i < 12; ++i)
            QVERIFY(store.append(entry(i))); // 13 lines with the torn one: over 10 + 10 %
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QList<QByteArray> lines = file.readAll().split('\n');
        file.close();
        QCOMPARE(lines.size(), 11); // ten lines and what follows the last newline
        QVERIFY(lines.last().isEmpty());
        for (int i = 0; i < 10; ++i)
            QCOMPARE(lines.at(i), HistoryStore::encode(entry(i + 2)));
        QCOMPARE(HistoryStore::decode(lines.at(9))->requestHeaders, entry(11).requestHeaders);
    }

    void trimsWhenTwoProcessesShareTheFile()
    {
        // The window and the CLI append to the same file; each store counts only its own lines,
        // and the file is still trimmed to the limit (with a little slack).
        QTemporaryDir dir;
        HistoryStore window(dir.filePath(u"history.jsonl"_s), 10);
        for (int i = 0; i < 8; ++i) {
            HistoryEntry e;
            e.method = u"GET"_s;
            e.url = u"https://api.contoso.test/window/%1"_s.arg(i);
            QVERIFY(window.append(e));
        }
        for (int round = 0; round < 40; ++round) {
            HistoryStore cli(dir.filePath(u"history.jsonl"_s), 10); // a new process each time
            HistoryEntry e;
            e.method = u"POST"_s;
            e.url = u"https://api.contoso.test/cli/%1"_s.arg(round);
            QVERIFY(cli.append(e));
            e.url = u"https://api.contoso.test/window/more/%1"_s.arg(round);
            QVERIFY(window.append(e));
        }
        const auto entries = window.load();
        QVERIFY(entries);
        QVERIFY2(entries->size() <= 11, qPrintable(QString::number(entries->size())));
        QCOMPARE(entries->last().url, u"https://api.contoso.test/window/more/39"_s);
        QCOMPARE(entries->at(entries->size() - 2).url, u"https://api.contoso.test/cli/39"_s);
    }
};

QTEST_GUILESS_MAIN(TestHistory)
#include "tst_history.moc"
