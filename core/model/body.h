// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/variable.h"

#include <QList>
#include <QString>

namespace gatehouse {

// One part of a multipart/form-data body: text, or the contents of a file.
struct FormDataPart {
    enum class Kind { Text, File };

    QString name;
    Kind kind = Kind::Text;
    QString value;       // the text, or the file path (relative paths are relative to the workspace)
    QString contentType; // empty: none for text, guessed as application/octet-stream for files
    bool enabled = true;

    friend bool operator==(const FormDataPart &, const FormDataPart &) = default;
};

struct Body {
    enum class Kind { None, Raw, FormUrlEncoded, Multipart, Binary, GraphQL };

    Kind kind = Kind::None;
    // Raw: the text and its language ("json", "xml", "html", "javascript", "text").
    QString raw;
    QString language = QStringLiteral("json");
    // Form URL-encoded
    KeyValueList form;
    // Multipart
    QList<FormDataPart> parts;
    // Binary: a file path (relative paths are relative to the workspace)
    QString filePath;
    // GraphQL: the query and its variables as JSON text
    QString graphqlQuery;
    QString graphqlVariables;

    friend bool operator==(const Body &, const Body &) = default;
};

} // namespace gatehouse
