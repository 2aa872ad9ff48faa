// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "error.h"
#include "formats/import/importissue.h"
#include "model/environment.h"
#include "model/folder.h"

#include <QByteArrayView>

namespace gatehouse {

struct PostmanCollectionImport {
    Collection collection; // every item has a fresh id
    ImportIssues issues;
};

struct PostmanEnvironmentImport {
    Environment environment; // for globals, the variables are what counts
    bool globals = false;    // the file was a globals export (_postman_variable_scope "globals")
    ImportIssues issues;
};

// Postman Collection v1, v2.0 and v2.1 (JSON, UTF-8 or UTF-16 with a BOM). Pure: nothing is
// written; storage saves the result, so a failed import never leaves half a workspace behind.
// Fails for input that is not a Postman collection.
[[nodiscard]] Expected<PostmanCollectionImport> importPostmanCollection(QByteArrayView data);

// A Postman environment or globals export.
[[nodiscard]] Expected<PostmanEnvironmentImport> importPostmanEnvironment(QByteArrayView data);

} // namespace gatehouse
