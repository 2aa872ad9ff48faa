// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "error.h"
#include "formats/import/importissue.h"
#include "model/environment.h"
#include "model/folder.h"

#include <QByteArrayView>

namespace gatehouse {

struct InsomniaImport {
    QList<Collection> collections;   // one per Insomnia workspace; folders from request groups
    QList<Environment> environments; // sub-environments (the base environment's data goes into the collection's variables)
    ImportIssues issues;
};

// An Insomnia v4 export (JSON or YAML: "__export_format": 4, "resources"). Nunjucks references
// {{ _.name }} become {{name}}; template tags ({% … %}), gRPC and WebSocket requests, API specs and
// unit tests are listed as issues. Pure.
[[nodiscard]] Expected<InsomniaImport> importInsomnia(QByteArrayView data);

} // namespace gatehouse
