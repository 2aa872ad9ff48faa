// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "error.h"

#include <QJsonArray>
#include <QJsonValue>
#include <QStringView>

namespace gatehouse {

// The values a JSONPath expression selects (array elements in order, object members in key order,
// as QJsonObject keeps them): the filter of the response panel.
// Supported: $ (the root, optional at the start), .name and ['name'] / ["name"], [n] (negative
// counts from the end), [*] and .*, [a,b] unions of indexes or names, [start:end] slices and ..
// (recursive descent: $..id, $..*). Filters ([?(...)]) and scripts are not: they are errors, as
// are malformed expressions; the message names the position. Pure.
[[nodiscard]] Expected<QJsonArray> evaluateJsonPath(const QJsonValue &root, QStringView path);

} // namespace gatehouse
