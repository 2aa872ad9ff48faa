// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "formats/import/importissue.h"
#include "model/folder.h"

#include <QByteArray>

namespace gatehouse {

struct PostmanExport {
    QByteArray json;     // a Postman Collection v2.1 document, two-space indented, keys in a fixed order
    ImportIssues issues; // what Postman has no field for (the item path and the Gatehouse field)
};

// A collection as Postman Collection v2.1, for sharing with Postman users. Pure. Secret variables
// are exported by name with an empty value: an export is a file meant to be shared.
// importPostmanCollection(exportPostmanCollection(c).json) gives c back (but for ids) for every
// field both formats have. The result validates against the Postman Collection v2.1 JSON schema:
// folders without requests are left out (v2.1 needs an item in every folder), and a method the
// schema does not list is written as it is (Postman does the same) — both are reported as issues.
[[nodiscard]] PostmanExport exportPostmanCollection(const Collection &collection);

} // namespace gatehouse
