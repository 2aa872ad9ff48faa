// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "error.h"
#include "formats/import/importissue.h"
#include "model/workspace.h"

#include <QByteArrayView>
#include <QStringList>

#include <optional>

namespace gatehouse {

enum class ImportFormat { Auto, Postman, Curl, Http, Har, Insomnia, OpenApi };

// "postman", "curl", "http", "har", "insomnia", "openapi", "auto"; nothing for a name that is none of them.
[[nodiscard]] std::optional<ImportFormat> importFormatFromName(QStringView name);
[[nodiscard]] QStringList importFormatNames();
[[nodiscard]] QString importFormatName(ImportFormat format);

// What one file brings into a workspace. Every item has a fresh id.
struct ImportResult {
    ImportFormat format = ImportFormat::Auto; // the format that was read (never Auto)
    QList<Collection> collections;
    QList<Environment> environments;
    VariableList globals;
    ImportIssues issues;
};

// The format of data by its content (and, for text formats, its file name). Auto when unknown.
[[nodiscard]] ImportFormat detectImportFormat(QByteArrayView data, QStringView fileName = {});

// Reads data in the given format (Auto: detected). Pure: nothing is written. fileName names the
// collection where the format has no name of its own (a curl command). baseDirectory is the folder
// the data was read from: OpenAPI documents read the files their $refs name from there.
[[nodiscard]] Expected<ImportResult> importData(QByteArrayView data, ImportFormat format, const QString &fileName = {},
                                                const QString &baseDirectory = {});

// Adds an import to a workspace. An imported collection or environment with the name of one the
// workspace has replaces it but keeps the ids of its items matched by name (folders and requests
// in the same place), so re-importing an updated file gives small diffs and keeps references.
void mergeImport(Workspace &workspace, ImportResult import);

} // namespace gatehouse
