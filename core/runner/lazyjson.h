// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QList>
#include <QStringList>

// The C++ half of the lazy view scripts get from pm.response.json() on a big body (sandbox.js,
// lazyJson): the body stays UTF-8 bytes, and only the containers a script walks into are split
// into their members; everything smaller than a threshold is handed to JSON.parse as a slice.
// Qt's JSON classes do not fit here: QJsonObject sorts its keys (JavaScript keeps source order)
// and QJsonDocument builds the whole tree, which is what this avoids.
namespace gatehouse::lazyjson {

// Whether json is exactly one JSON text as ECMAScript's JSON.parse accepts it (RFC 8259, with
// JSON.parse's whitespace). Rejects a byte order mark: such bodies take the plain JSON.parse path.
[[nodiscard]] bool isValid(QByteArrayView json);

enum class Kind : qint32 { Small = 0, BigObject = 1, BigArray = 2 };

// The members of the object or array that starts at `begin` of a valid JSON text: per member
// three numbers, the value's [begin, end) byte range and its Kind (a container of at least
// `bigThreshold` bytes is Big, anything else Small). Object keys are decoded and ordered as
// JavaScript orders a parsed object's keys: array indices ascending, then the rest in source
// order; a repeated key keeps its first place and its last value.
struct Members {
    QStringList keys; // objects only
    QList<qint32> ranges;
};
[[nodiscard]] Members members(QByteArrayView json, qsizetype begin, qsizetype bigThreshold);

// The kind of the value in [begin, end), as members() counts it.
[[nodiscard]] Kind kindOf(QByteArrayView json, qsizetype begin, qsizetype end, qsizetype bigThreshold);

} // namespace gatehouse::lazyjson
