// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "apim/apimprofile.h"
#include "error.h"
#include "http/httprequest.h"
#include "model/environment.h"
#include "model/folder.h"
#include "model/variables.h"
#include "model/workspace.h"

#include <QList>
#include <QString>

namespace gatehouse {

// Everything around a request that decides what it sends.
struct ResolveContext {
    const Collection *collection = nullptr;
    QList<const Folder *> folders; // the request's ancestors below the collection, outermost first
    const Environment *environment = nullptr;
    VariableList globals;
    VariableList data;  // the current iteration's data row (collection runner)
    VariableList local; // set by scripts for this request only
    DynamicValues dynamicValues;
    QString baseDirectory; // relative file paths in bodies are relative to it (the workspace)
};

// The context for a request found in a workspace, with an environment (or none).
[[nodiscard]] ResolveContext resolveContext(const Workspace &workspace, const RequestLocation &location,
                                            const Environment *environment = nullptr);

// The variable scopes the context gives, in precedence order.
[[nodiscard]] VariableScopes variableScopes(const ResolveContext &context);

// Query parameters hold their text as written, as Postman keeps it and as the URL bar shows it:
// "a%3Db" is sent as a%3Db, never re-encoded to a%253Db. Sending encodes what cannot stand in a
// query as it is (controls, space, " # & ' < = >, non-ASCII as UTF-8), like postman-url-encoder;
// a valid %XX escape and everything else (+ included) go out unchanged. Unlike newman, a '%' that
// starts no escape is sent as %25 (a bare one is not a valid URL).
[[nodiscard]] QByteArray encodeQueryComponent(const QString &written);
// A path and a whole query as written, encoded for the request target the same way (Postman's
// path and query encode sets): the path keeps | ^ [ ] . segments, empty segments and a bare '%'
// (as Postman sends them) and encodes space " < > ` { }; the query keeps its '&' and '=' as the
// separators they are written as (?&&, ?foo&, ?=bar all go out as written).
[[nodiscard]] QByteArray encodeUrlPath(const QString &written);
[[nodiscard]] QByteArray encodeUrlQuery(const QString &written);

// Written text with '&' and '#' (and '=' in a name) escaped, so that it stands as one parameter in
// a URL's query text (the URL bar); it is sent the same either way.
[[nodiscard]] QString escapeQuerySeparators(const QString &written, bool name = false);

// The written text for a decoded value (an HAR queryString entry, an OpenAPI example): '%' and '+'
// are escaped so that they keep their literal meaning, and the separators as above.
[[nodiscard]] QString queryTextFromDecoded(const QString &decoded, bool name = false);

// The auth that applies: the request's own, or for Inherit the nearest folder's, then the
// collection's; Inherit all the way up means None.
[[nodiscard]] Auth effectiveAuth(const Request &request, const ResolveContext &context);

// The protocolProfileBehavior keys that apply: the request's own, else the nearest folder's, then
// the collection's; keys unset everywhere stay unset (their defaults are in ProtocolBehavior).
[[nodiscard]] ProtocolBehavior effectiveBehavior(const Request &request, const ResolveContext &context);

// Whether Postman drops the body of this method unless disableBodyPruning is set: GET, HEAD, COPY,
// PURGE, UNLOCK. Gatehouse's own requests send what they have (disableBodyPruning unset means true);
// a Postman import sets it to false on the collection where the file leaves it out.
[[nodiscard]] bool prunesBody(QByteArrayView method);

struct ResolvedRequest {
    HttpRequest request;
    bool verifyTls = true; // also in request.tls.verifyPeer
    QList<ResolveProblem> problems;
    // The URL as written, variables resolved and the enabled parameters appended (unencoded):
    // what Postman's pm.request.url.toString() shows.
    QString writtenUrl = {};
};

// The request with variables resolved, query parameters appended, auth applied and the body
// encoded, ready for HttpClient. Unresolved variables and cycles are problems, not errors:
// they stay in the text as written and are listed. Errors are what makes sending impossible:
// a URL that is not one after resolution, a body file that does not exist, GraphQL variables
// that are not JSON. Body files are not read here: request.bodyFile and request.multipart name
// them, and the engine streams them.
[[nodiscard]] Expected<ResolvedRequest> resolveRequest(const Request &request, const ResolveContext &context);

// The context environment's APIM gateway as the engine uses it: hosts and key with their
// {{variables}} resolved (a key that does not resolve is left out and reported).
struct ResolvedApimProfile {
    ApimProfile profile;
    QList<ResolveProblem> problems;
};
[[nodiscard]] std::optional<ResolvedApimProfile> resolveApimProfile(const ResolveContext &context);

} // namespace gatehouse
