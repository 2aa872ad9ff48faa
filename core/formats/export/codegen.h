// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "http/exchangejson.h"
#include "http/httprequest.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace gatehouse {

// "Copy as": the languages a request can be written in.
enum class CodeFormat { Curl, HTTPie, Python, Fetch, Qt, Http };

struct CodegenOptions {
    // Credentials (Authorization, Cookie, APIM key headers and the request's credentialHeaders,
    // user:password in the URL, key-like query parameters) are masked unless revealed.
    Secrets secrets = Secrets::Redact;
    // Further query parameter names to mask, such as an API's custom subscription-key name.
    QStringList secretQueryItems;
};

// Every format, curl (the default) first.
[[nodiscard]] QList<CodeFormat> codeFormats();
// The name on the command line: curl, httpie, python, fetch, qt, http.
[[nodiscard]] QString codeFormatName(CodeFormat format);
[[nodiscard]] std::optional<CodeFormat> codeFormatFromName(QStringView name);
// For menus, translated: "curl", "HTTPie", "Python (requests)", ...
[[nodiscard]] QString codeFormatTitle(CodeFormat format);

// The resolved request (what is or was sent) as a program or command in that language. Pure and
// deterministic (multipart boundaries are fixed), so that generated code can be golden-tested.
// curl: POSIX shell, every word quoted exactly, one option per line continued with " \".
// importCurl(generateCode(r, Curl)) sends r again (with credentials revealed).
[[nodiscard]] QString generateCode(const HttpRequest &request, CodeFormat format, const CodegenOptions &options = {});

// A word for a POSIX shell: as is when it is safe, else in '…' (or $'…' for control characters
// and bytes that are not UTF-8). Pure.
[[nodiscard]] QString shellQuoted(const QByteArray &word);

// Whether a query parameter name usually carries a credential ("subscription-key", "api-key",
// "access_token", "sig" ...).
[[nodiscard]] bool isSecretQueryItem(QStringView name);

} // namespace gatehouse
