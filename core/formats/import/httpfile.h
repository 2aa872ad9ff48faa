// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "error.h"
#include "formats/import/importissue.h"
#include "model/folder.h"

#include <QStringView>

namespace gatehouse {

struct HttpFileImport {
    Collection collection; // one request per block; file variables become collection variables
    ImportIssues issues;
};

// A .http / .rest file as JetBrains' HTTP Client and VS Code's REST Client write it: requests
// separated by ### (the rest of the line names the next request; "# @name x" too), comments
// (# and //), file variables (@name = value), {{variables}}, a request line (METHOD URL
// [HTTP/version], or a bare URL for GET) continued by "?…" / "&…" lines, headers, then the body
// after a blank line ("< path" for a file). Response handlers and references are JetBrains
// scripts Gatehouse does not run: listed as issues. collectionName names the collection. Pure.
[[nodiscard]] Expected<HttpFileImport> importHttpFile(QStringView text, const QString &collectionName);

} // namespace gatehouse
