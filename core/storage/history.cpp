// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/history.h"

#include "http/redaction.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QStandardPaths>
#include <QUrlQuery>

using namespace Qt::StringLiterals;

namespace gatehouse {

namespace {

bool isSecretQueryName(const QString &name)
{
    static const QStringList names = {u"subscription-key"_s, u"api-key"_s, u"apikey"_s, u"api_key"_s, u"key"_s, u"access_token"_s,
                                      u"token"_s, u"code"_s, u"sig"_s, u"signature"_s, u"password"_s, u"client_secret"_s};
    return names.contains(name.toLower());
}

QJsonArray headersToJson(const HeaderList &headers)
{
    QJsonArray array;
    for (const auto &[name, value] : headers)
        array.append(QJsonArray{QString::fromLatin1(name), QString::fromUtf8(value)});
    return array;
}

HeaderList headersFromJson(const QJsonValue &json)
{
    HeaderList headers;
    const QJsonArray array = json.toArray();
    for (const QJsonValue &pair : array)
        headers.append({pair.toArray().at(0).toString().toLatin1(), pair.toArray().at(1).toString().toUtf8()});
    return headers;
}

QByteArray encodeEntry(const HistoryEntry &e)
{
    QJsonObject o;
    o.insert(u"sentAt"_s, e.sentAt.toUTC().toString(Qt::ISODateWithMs));
    o.insert(u"method"_s, e.method);
    o.insert(u"url"_s, e.url);
    o.insert(u"requestHeaders"_s, headersToJson(e.requestHeaders));
    o.insert(u"requestBodySize"_s, e.requestBodySize);
    o.insert(u"status"_s, e.status);
    o.insert(u"reason"_s, e.reason);
    o.insert(u"contentType"_s, e.contentType);
    o.insert(u"responseSize"_s, e.responseSize);
    o.insert(u"durationMs"_s, e.durationMs);
    o.insert(u"error"_s, e.error);
    o.insert(u"requestId"_s, e.requestId);
    o.insert(u"requestName"_s, e.requestName);
    o.insert(u"environment"_s, e.environment);
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

QByteArray toLine(const HistoryEntry &e)
{
    return encodeEntry(e) + '\n';
}

std::optional<HistoryEntry> fromLine(QByteArrayView line)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(line.toByteArray(), &error);
    if (error.error != QJsonParseError::NoError || !document.isObject())
        return std::nullopt;
    const QJsonObject o = document.object();
    HistoryEntry e;
    e.sentAt = QDateTime::fromString(o.value("sentAt"_L1).toString(), Qt::ISODateWithMs);
    e.method = o.value("method"_L1).toString();
    e.url = o.value("url"_L1).toString();
    e.requestHeaders = headersFromJson(o.value("requestHeaders"_L1));
    e.requestBodySize = qint64(o.value("requestBodySize"_L1).toDouble());
    e.status = o.value("status"_L1).toInt();
    e.reason = o.value("reason"_L1).toString();
    e.contentType = o.value("contentType"_L1).toString();
    e.responseSize = qint64(o.value("responseSize"_L1).toDouble());
    e.durationMs = qint64(o.value("durationMs"_L1).toDouble(-1));
    e.error = o.value("error"_L1).toString();
    e.requestId = o.value("requestId"_L1).toString();
    e.requestName = o.value("requestName"_L1).toString();
    e.environment = o.value("environment"_L1).toString();
    return e;
}

Error fileError(Error::Code code, const QString &path, const QString &reason)
{
    return Error{code, QCoreApplication::translate("gatehouse::HistoryStore", "The history file %1 cannot be used: %2").arg(QDir::toNativeSeparators(path), reason)};
}

// Newline characters in the file, read in blocks (the file may be megabytes).
qsizetype countLines(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return 0;
    qsizetype lines = 0;
    while (!file.atEnd())
        lines += file.read(1 << 16).count('\n');
    return lines;
}

} // namespace

HistoryEntry historyEntry(const ExchangeResult &result, const QDateTime &sentAt)
{
    HistoryEntry e;
    e.sentAt = sentAt.toUTC();
    e.method = QString::fromLatin1(result.request.method);
    QUrl url = result.request.url;
    url.setUserInfo(QString());
    QUrlQuery query(url);
    QList<std::pair<QString, QString>> items = query.queryItems(QUrl::FullyEncoded);
    bool masked = false;
    for (auto &[name, value] : items) {
        if (isSecretQueryName(QUrl::fromPercentEncoding(name.toUtf8()))) {
            value = QString::fromUtf8(redactedValue(value.toUtf8()));
            masked = true;
        }
    }
    if (masked) {
        query.setQueryItems(items);
        url.setQuery(query);
    }
    e.url = url.toString(QUrl::PrettyDecoded);
    e.requestHeaders = redactedHeaders(result.request.headers, result.request.credentialHeaders);
    e.requestBodySize = result.request.bodySize;
    if (result.response) {
        e.status = result.response->statusCode;
        e.reason = QString::fromLatin1(result.response->reasonPhrase);
        e.contentType = QString::fromLatin1(headerValue(result.response->headers, "content-type"));
        e.responseSize = result.response->bodySize(); // the real size, also for a body kept in a file
    }
    e.durationMs = result.timings.total();
    if (result.error)
        e.error = result.error->message;
    return e;
}

HistoryStore::HistoryStore(QString filePath, int maxEntries)
    : m_filePath(std::move(filePath))
    , m_maxEntries(qMax(1, maxEntries))
{
}

QString HistoryStore::defaultFilePath()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)).filePath(u"history.jsonl"_s);
}

Expected<void> HistoryStore::append(const HistoryEntry &entry)
{
    if (!QDir().mkpath(QFileInfo(m_filePath).absolutePath()))
        return std::unexpected(fileError(Error::Code::FileUnwritable, m_filePath, QCoreApplication::translate("gatehouse::HistoryStore", "its folder cannot be created")));
    QFile file(m_filePath);
    const bool existed = file.exists();
    if (m_lineCount < 0)
        m_lineCount = existed ? countLines(m_filePath) : 0;
    if (!file.open(QIODevice::WriteOnly | QIODevice::Append))
        return std::unexpected(fileError(Error::Code::FileUnwritable, m_filePath, file.errorString()));
    if (!existed)
        file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner); // URLs and hosts are nobody else's business
    const QByteArray line = toLine(entry);
    if (file.write(line) != line.size())
        return std::unexpected(fileError(Error::Code::FileUnwritable, m_filePath, file.errorString()));
    file.close();
    ++m_lineCount;

    // Trimming rewrites the file, so it happens only when it is well over the limit. Another
    // process (the CLI) may append too: the file itself decides.
    if (m_lineCount > m_maxEntries + m_maxEntries / 10) {
        // Line by line, as stored: decoding every entry only to write it again made a long session's
        // memory jump by the size of the whole history each time (issue 8 soak). Lines that are
        // not an entry (a crash mid-write) are dropped here as load() skips them.
        QFile in(m_filePath);
        if (!in.open(QIODevice::ReadOnly))
            return {}; // the entry is written; trimming waits for the next append
        QList<QByteArray> lines;
        while (!in.atEnd()) {
            QByteArray stored = in.readLine().trimmed();
            if (stored.startsWith('{') && stored.endsWith('}') && QJsonDocument::fromJson(stored).isObject())
                lines.append(std::move(stored));
        }
        in.close();
        m_lineCount = lines.size();
        if (lines.size() > m_maxEntries + m_maxEntries / 10) {
            QSaveFile out(m_filePath);
            if (!out.open(QIODevice::WriteOnly))
                return std::unexpected(fileError(Error::Code::FileUnwritable, m_filePath, out.errorString()));
            for (qsizetype i = lines.size() - m_maxEntries; i < lines.size(); ++i)
                out.write(lines.at(i) + '\n');
            if (!out.commit())
                return std::unexpected(fileError(Error::Code::FileUnwritable, m_filePath, out.errorString()));
            QFile::setPermissions(m_filePath, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
            m_lineCount = m_maxEntries;
        }
    }
    return {};
}

QByteArray HistoryStore::encode(const HistoryEntry &entry)
{
    return encodeEntry(entry);
}

std::optional<HistoryEntry> HistoryStore::decode(QByteArrayView line)
{
    return fromLine(line);
}

Expected<QList<HistoryEntry>> HistoryStore::load() const
{
    QList<HistoryEntry> entries;
    QFile file(m_filePath);
    if (!file.exists())
        return entries;
    if (!file.open(QIODevice::ReadOnly))
        return std::unexpected(fileError(Error::Code::FileUnreadable, m_filePath, file.errorString()));
    while (!file.atEnd()) {
        const QByteArray line = file.readLine().trimmed();
        if (line.isEmpty())
            continue;
        if (auto entry = fromLine(line))
            entries.append(std::move(*entry));
    }
    return entries;
}

Expected<void> HistoryStore::clear()
{
    if (QFile::exists(m_filePath) && !QFile::remove(m_filePath))
        return std::unexpected(fileError(Error::Code::FileUnwritable, m_filePath, QCoreApplication::translate("gatehouse::HistoryStore", "it cannot be removed")));
    m_lineCount = 0;
    return {};
}

bool HistoryStore::matches(const HistoryEntry &e, const QList<QStringView> &words)
{
    const QString status = e.status > 0 ? QString::number(e.status) : QString();
    const QString haystack = e.method + u' ' + e.url + u' ' + status + u' ' + e.requestName + u' ' + e.environment + u' ' + e.error;
    for (const QStringView word : words) {
        // "4xx" stands for every status of the class.
        if (word.size() == 3 && word.at(0).isDigit() && word.sliced(1).compare(u"xx", Qt::CaseInsensitive) == 0) {
            if (status.isEmpty() || status.at(0) != word.at(0))
                return false;
            continue;
        }
        if (!haystack.contains(word, Qt::CaseInsensitive))
            return false;
    }
    return true;
}

QList<HistoryEntry> HistoryStore::search(const QList<HistoryEntry> &entries, QStringView query, int limit)
{
    const QList<QStringView> words = query.split(u' ', Qt::SkipEmptyParts);
    QList<HistoryEntry> found;
    for (auto it = entries.crbegin(); it != entries.crend() && found.size() < limit; ++it) {
        if (matches(*it, words))
            found.append(*it);
    }
    return found;
}

} // namespace gatehouse
