// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "error.h"

#include <QByteArrayView>
#include <QCoreApplication>
#include <QJsonObject>
#include <QList>

namespace gatehouse {

// Iteration data for a run (newman -d): one row per iteration.
class IterationData
{
    Q_DECLARE_TR_FUNCTIONS(gatehouse::IterationData)
public:
    // A JSON array of objects, or CSV with a header line (RFC 4180 quoting, a UTF-8 BOM is
    // skipped). CSV values stay strings; JSON values keep their types.
    [[nodiscard]] static Expected<QList<QJsonObject>> parse(QByteArrayView data, bool csv);
    // Reads a file; .csv files are CSV, anything else JSON.
    [[nodiscard]] static Expected<QList<QJsonObject>> load(const QString &filePath);
};

} // namespace gatehouse
