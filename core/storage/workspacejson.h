// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "error.h"
#include "model/workspace.h"
#include "storage/orderedjson.h"

#include <QJsonObject>
#include <QStringList>

namespace gatehouse {

// The schema version this build writes. Older files are migrated on load; newer ones are refused
// (with a message saying so) rather than half understood.
inline constexpr int kWorkspaceSchemaVersion = 1;

// The JSON form of each workspace file. Keys come in a fixed order; secret variables keep only
// their name. Children of folders are separate files; their order is listed by name.
[[nodiscard]] OrderedJson requestToJson(const Request &request);
[[nodiscard]] OrderedJson folderToJson(const Folder &folder, bool collection, const QStringList &folderDirs,
                                       const QStringList &requestFiles);
[[nodiscard]] OrderedJson environmentToJson(const Environment &environment);
[[nodiscard]] OrderedJson manifestToJson(const Workspace &workspace, const QStringList &collectionDirs,
                                         const QStringList &environmentFiles);
[[nodiscard]] OrderedJson variablesToJson(const VariableList &variables);
// Postman's protocolProfileBehavior keys that are set, under their Postman names (the workspace
// files and the Postman export write them alike).
void protocolBehaviorToJson(const ProtocolBehavior &behavior, OrderedJson &json);

// And back. Unknown keys are ignored and missing ones take their defaults, so hand-edited files
// load; folders come back without children (storage reads those from the folder's directory).
[[nodiscard]] Request requestFromJson(const QJsonObject &json);
void folderFromJson(const QJsonObject &json, Folder &folder);
[[nodiscard]] Environment environmentFromJson(const QJsonObject &json);
[[nodiscard]] VariableList variablesFromJson(const QJsonValue &json);

// Parses a workspace file, checks its "type" and migrates it to kWorkspaceSchemaVersion.
// displayPath names the file in messages; a syntax error names its line (also stored in *line).
[[nodiscard]] Expected<QJsonObject> parseWorkspaceFile(const QByteArray &data, const QString &displayPath,
                                                       QLatin1StringView expectedType, int *line = nullptr);

// 1-based line of a byte offset (QJsonParseError::offset) in data.
[[nodiscard]] int lineAtOffset(QByteArrayView data, qsizetype offset);

} // namespace gatehouse
