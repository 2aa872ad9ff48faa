// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "error.h"
#include "http/httprequest.h"

#include <QString>
#include <QStringList>

#include <QTemporaryFile>

#include <memory>
#include <optional>

namespace gatehouse {

// The request exactly as the engine put it on the wire (for the last hop of a redirect chain).
struct SentRequest {
    QByteArray method;
    QUrl url;
    HeaderList headers;
    QByteArray body;
    QList<QByteArray> credentialHeaders; // extra names to mask on display (custom key headers)
    QString bodyDescription;             // for streamed bodies: "file.bin (12.3 MB)", "multipart: 3 parts"
    qint64 bodySize = 0;                 // bytes of body on the wire
    QList<InjectedCredential> injectedCredentials = {}; // shown masked with their source
    QByteArray httpVersion = "1.1";                     // "2" when the connection spoke HTTP/2
};

struct HttpResponse {
    int statusCode = 0;
    QByteArray reasonPhrase;
    QByteArray httpVersion; // "1.1", "2"
    HeaderList headers;
    QByteArray body;          // decoded (gzip/deflate undone)
    qint64 encodedBodySize = 0; // bytes on the wire
    qint64 headerBytes = 0;
    QString decodingProblem;  // why body is still encoded, when it is
    // A body above HttpRequest::memoryBodyLimit (or one sent to HttpRequest::bodyOutputFile) is in
    // this file, decoded; body then holds only its first bytes, for a preview.
    QString bodyFilePath = {};
    std::shared_ptr<QTemporaryFile> bodyTempFile = {}; // keeps a temporary body file while a copy of the result lives
    qint64 bodyFileSize = 0;

    bool bodyInFile() const { return !bodyFilePath.isEmpty(); }
    qint64 bodySize() const { return bodyInFile() ? bodyFileSize : body.size(); }
};

// A response that was not the last one: a redirect, or an auth challenge the engine answered
// (location is then the same URL, asked again with credentials).
struct RedirectHop {
    QUrl url;
    int statusCode = 0;
    QUrl location;
    bool authChallenge = false;
};

// Milliseconds since the exchange was created; -1 where a phase did not happen (no new
// connection, for instance).
struct Timings {
    qint64 connectStarted = -1;
    qint64 tlsDone = -1;
    qint64 requestSent = -1;
    qint64 firstByte = -1;
    qint64 finished = -1;

    qint64 total() const { return finished; }
    qint64 waiting() const { return (firstByte >= 0 && requestSent >= 0) ? firstByte - requestSent : -1; }
    qint64 download() const { return (finished >= 0 && firstByte >= 0) ? finished - firstByte : -1; }
};

// One finished exchange: either a response (any status, 4xx/5xx included) or a transport error.
struct ExchangeResult {
    SentRequest request;
    std::optional<HttpResponse> response;
    std::optional<Error> error;
    QList<RedirectHop> redirects;
    Timings timings;
    std::optional<TlsInfo> tls; // set when the (last) connection used TLS
    // What the engine did besides sending, in words (translated): "OAuth 2.0 token from …".
    QStringList notes = {};

    bool ok() const { return response.has_value(); }
};

} // namespace gatehouse
