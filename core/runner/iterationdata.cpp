// SPDX-License-Identifier: GPL-3.0-or-later
#include "iterationdata.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace gatehouse {

namespace {

QList<QStringList> parseCsv(const QString &text)
{
    QList<QStringList> rows;
    QStringList row;
    QString field;
    bool quoted = false;
    bool any = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == u'"') {
                if (i + 1 < text.size() && text.at(i + 1) == u'"') {
                    field.append(u'"');
                    ++i;
                } else {
                    quoted = false;
                }
            } else {
                field.append(c);
            }
            continue;
        }
        if (c == u'"') {
            quoted = true;
            any = true;
        } else if (c == u',') {
            row.append(field);
            field.clear();
            any = true;
        } else if (c == u'\n' || c == u'\r') {
            if (c == u'\r' && i + 1 < text.size() && text.at(i + 1) == u'\n')
                ++i;
            if (any || !field.isEmpty()) {
                row.append(field);
                rows.append(row);
            }
            row.clear();
            field.clear();
            any = false;
        } else {
            field.append(c);
            any = true;
        }
    }
    if (any || !field.isEmpty()) {
        row.append(field);
        rows.append(row);
    }
    return rows;
}

} // namespace

Expected<QList<QJsonObject>> IterationData::parse(QByteArrayView data, bool csv)
{
    QList<QJsonObject> rows;
    if (csv) {
        QString text = QString::fromUtf8(data);
        if (text.startsWith(QChar(0xFEFF)))
            text.remove(0, 1);
        const QList<QStringList> table = parseCsv(text);
        if (table.isEmpty())
            return rows;
        const QStringList header = table.first();
        for (qsizetype r = 1; r < table.size(); ++r) {
            QJsonObject row;
            for (qsizetype c = 0; c < header.size(); ++c)
                row.insert(header.at(c).trimmed(), c < table.at(r).size() ? table.at(r).at(c) : QString());
            rows.append(row);
        }
        return rows;
    }
    QByteArray bytes = data.toByteArray();
    if (bytes.startsWith("\xEF\xBB\xBF"))
        bytes.remove(0, 3);
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(bytes, &error);
    if (error.error != QJsonParseError::NoError)
        return std::unexpected(Error{Error::Code::MalformedFile, tr("The data file is not valid JSON: %1 (at offset %2).").arg(error.errorString()).arg(error.offset)});
    if (!doc.isArray())
        return std::unexpected(Error{Error::Code::MalformedFile, tr("The data file must hold a JSON array of objects.")});
    for (const QJsonValue &v : doc.array()) {
        if (!v.isObject())
            return std::unexpected(Error{Error::Code::MalformedFile, tr("The data file must hold a JSON array of objects.")});
        rows.append(v.toObject());
    }
    return rows;
}

Expected<QList<QJsonObject>> IterationData::load(const QString &filePath)
{
    QFile file(filePath);
    if (!file.exists())
        return std::unexpected(Error{Error::Code::FileNotFound, tr("The data file %1 does not exist.").arg(filePath)});
    if (!file.open(QIODevice::ReadOnly))
        return std::unexpected(Error{Error::Code::FileUnreadable, tr("Cannot read the data file %1: %2").arg(filePath, file.errorString())});
    return parse(file.readAll(), filePath.endsWith(u".csv"_s, Qt::CaseInsensitive));
}

} // namespace gatehouse
