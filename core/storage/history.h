// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "error.h"
#include "http/exchangeresult.h"

#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace gatehouse {

// One sent request and what came back, as a summary: no bodies, credentials masked.
struct HistoryEntry {
    QDateTime sentAt; // UTC
    QString method;
    QString url;              // user info removed, credential query parameters masked
    HeaderList requestHeaders; // credential values masked
    qint64 requestBodySize = 0;
    int status = 0; // 0: no response (see error)
    QString reason;
    QString contentType;
    qint64 responseSize = 0;
    qint64 durationMs = -1;
    QString error;
    // Where the request came from, when it was a stored one.
    QString requestId;
    QString requestName;
    QString environment;

    friend bool operator==(const HistoryEntry &, const HistoryEntry &) = default;
};

// The summary of an exchange, with every credential masked (headers as the CLI masks them,
// plus the request's own credential headers; "subscription-key", "api-key", "access_token" … in
// the query; user:password in the URL).
[[nodiscard]] HistoryEntry historyEntry(const ExchangeResult &result, const QDateTime &sentAt);

// The history of sent requests: one JSON object per line in a per-user file (never in a
// workspace), readable by its owner only. Appending writes one line; when the file holds more
// than maxEntries, the oldest are dropped (the file is rewritten atomically).
class HistoryStore
{
public:
    explicit HistoryStore(QString filePath = defaultFilePath(), int maxEntries = 5000);

    // <AppDataLocation>/history.jsonl
    static QString defaultFilePath();
    QString filePath() const { return m_filePath; }
    int maxEntries() const { return m_maxEntries; }

    [[nodiscard]] Expected<void> append(const HistoryEntry &entry);
    // Oldest first. Lines that do not parse (a crash mid-write) are skipped.
    [[nodiscard]] Expected<QList<HistoryEntry>> load() const;
    [[nodiscard]] Expected<void> clear();

    // Newest first, at most limit. Every word of query must occur (ignoring case) in the method,
    // URL, status, request name, environment or error; "4xx" matches any 4xx status.
    [[nodiscard]] static QList<HistoryEntry> search(const QList<HistoryEntry> &entries, QStringView query, int limit = 100);
    // Whether one entry matches such a query.
    [[nodiscard]] static bool matches(const HistoryEntry &entry, const QList<QStringView> &words);

    // An entry as its line in the history file (compact JSON, no newline) and back: also the
    // compact form the history panel keeps in memory (one allocation an entry).
    [[nodiscard]] static QByteArray encode(const HistoryEntry &entry);
    [[nodiscard]] static std::optional<HistoryEntry> decode(QByteArrayView line);

private:
    QString m_filePath;
    int m_maxEntries;
    // Lines in the file as far as this store knows (-1: not counted yet), so that appending does
    // not read the whole file each time to decide whether to trim it.
    qsizetype m_lineCount = -1;
};

} // namespace gatehouse
