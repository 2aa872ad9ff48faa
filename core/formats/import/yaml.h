// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "error.h"

#include <QByteArrayView>
#include <QJsonValue>

namespace gatehouse {

// YAML (OpenAPI, Swagger, Insomnia exports) read into JSON values with yaml-cpp. Plain scalars
// become numbers, booleans and null as YAML 1.2's core schema says; quoted ones stay strings;
// anchors and aliases are resolved. One document per file: a second one, a duplicate key or a
// syntax error is an error naming the line. Pure.
[[nodiscard]] Expected<QJsonValue> parseYaml(QByteArrayView data);

} // namespace gatehouse
