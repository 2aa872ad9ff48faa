// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "error.h"
#include "formats/import/importissue.h"
#include "model/environment.h"
#include "model/folder.h"

#include <QByteArrayView>

namespace gatehouse {

struct OpenApiImport {
    Collection collection;           // one request per operation, in folders by first tag
    QList<Environment> environments; // one per server, each setting {{baseUrl}}
    ImportIssues issues;
};

// OpenAPI 3.0/3.1 and Swagger 2.0, JSON or YAML (parseYaml()). Requests use {{baseUrl}} (the first server is also a
// collection variable, so requests resolve without an environment), path parameters become
// {{name}}, required query and header parameters are enabled with their example or default,
// optional ones disabled; bodies come from the example, or are generated from the schema. Security
// schemes become auth (a key named Ocp-Apim-Subscription-Key becomes APIM subscription key auth).
// Local $refs are followed. $refs to other files ("pet.yaml", "common.json#/components/schemas/Error")
// are read from baseDirectory (the folder of the document; then the folder of the file that names
// them), JSON or YAML; a missing file or JSON pointer is an error naming both, a cycle between files
// is reported as an issue, and nothing is fetched from the network (reported too). Pure but for
// reading the files the document names.
[[nodiscard]] Expected<OpenApiImport> importOpenApi(QByteArrayView data, const QString &baseDirectory = {});

} // namespace gatehouse
