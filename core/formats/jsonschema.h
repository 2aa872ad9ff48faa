// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QString>

namespace gatehouse {

// One place where a JSON document breaks its schema.
struct SchemaViolation {
    QString path;    // JSON pointer into the document ("/item/0/request/url"); empty for the root
    QString message; // translated
};

// Checks a JSON document against a JSON Schema, draft-04 to draft-07: type, enum, const, the
// number, string, array and object keywords (properties, patternProperties, additionalProperties,
// required, dependencies, propertyNames, items/additionalItems, contains, uniqueItems ...), allOf,
// anyOf, oneOf, not, if/then/else, boolean schemas and $ref to a JSON pointer inside the schema
// ("#/definitions/item"). Not checked: "format", and $ref to other documents (reported as a
// violation). Pure; an empty list means the document is valid.
[[nodiscard]] QList<SchemaViolation> validateJsonSchema(const QJsonValue &document, const QJsonObject &schema);

} // namespace gatehouse
