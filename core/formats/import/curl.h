// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "error.h"
#include "formats/import/importissue.h"
#include "model/request.h"

#include <QStringList>

namespace gatehouse {

struct CurlImport {
    Request request; // with a fresh id; named after its method and path
    ImportIssues issues;
};

// The words of a shell command line as a POSIX shell splits them: '…', "…", $'…', backslash
// escapes and line continuations; Windows cmd's ^ escapes when the text uses them. Splitting
// stops at the end of the first command (newline, ;, |, &&, redirections). Pure.
[[nodiscard]] QStringList splitCommandLine(QStringView text);

// A curl command line as browsers' "Copy as cURL" and documentation write it: -X, -H, -d and
// --data-*, --json, -F, -u, -b, -A, -e, -G, -I, -k, -L, -m, --compressed, --url,
// --oauth2-bearer. Options that do not change the request (output, verbosity) are ignored;
// those Gatehouse cannot carry over are listed as issues. Fails for text that is no curl command.
[[nodiscard]] Expected<CurlImport> importCurl(QStringView commandLine);

} // namespace gatehouse
