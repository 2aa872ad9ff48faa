// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "formats/import/importissue.h"
#include "http/exchangejson.h"
#include "model/folder.h"

#include <QString>

namespace gatehouse {

struct HttpFileExport {
    QString text;        // a .http file (JetBrains HTTP Client / VS Code REST Client)
    ImportIssues issues; // what a .http file has no place for (scripts, folder variables ...)
};

// A collection as one .http file: collection variables as file variables (@name = value; secret
// ones with an empty value), then every request, folders flattened in order ("### Folder / Name"),
// {{variables}} kept as written. Auth becomes the header (or query parameter) it sends, inherited
// auth included; credentials written literally are masked ("•••") unless revealed, references to
// {{variables}} are kept. importHttpFile(exportHttpFile(c).text) gives the requests back. Pure.
[[nodiscard]] HttpFileExport exportHttpFile(const Collection &collection, Secrets secrets = Secrets::Redact);

} // namespace gatehouse
