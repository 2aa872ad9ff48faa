// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "error.h"

#include <QJsonValue>
#include <QStringView>

namespace gatehouse {

// The YAML that API descriptions and exports are written in, read into JSON values: block
// mappings and sequences, plain, quoted and block (| >) scalars, flow collections ([…] {…}),
// comments and one document ("---"). Plain scalars become numbers, booleans and null as YAML 1.2's
// core schema says. Anchors, aliases, tags and several documents are refused with an error.
// No YAML library is among the dependencies (DESIGN.md); this covers OpenAPI, Swagger and
// Insomnia files. Pure.
[[nodiscard]] Expected<QJsonValue> parseYamlSubset(QStringView text);

} // namespace gatehouse
