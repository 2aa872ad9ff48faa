// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "http/tls.h"

#include <QByteArray>
#include <QList>
#include <QUrl>

#include <chrono>
#include <utility>

namespace gatehouse {

using HeaderList = QList<std::pair<QByteArray, QByteArray>>;

// One part of a multipart/form-data body: a text value, or a file streamed from disk.
struct MultipartPart {
    QByteArray name;
    QByteArray value;      // text parts
    QString filePath;      // file parts (value is ignored)
    QByteArray contentType; // optional; files default to application/octet-stream
    QString fileName;      // optional; defaults to the file's name
};

// What the user asked to send. Variables are already resolved; the engine adds only what it
// must (User-Agent, Content-Length ...) and records it in the ExchangeResult.
struct HttpRequest {
    QByteArray method = QByteArrayLiteral("GET");
    QUrl url;
    HeaderList headers;
    QByteArray body;
    // Instead of body: a file streamed from disk (never loaded whole), or multipart/form-data.
    QString bodyFile;
    QList<MultipartPart> multipart;
    // Whole-exchange limit; zero means no limit (as in Postman).
    std::chrono::milliseconds timeout{0};
    bool followRedirects = true;
    int maxRedirects = 10;
    TlsOptions tls;
    // Extra header names (beyond Authorization, Cookie and the APIM default) whose values are
    // credentials: they are dropped when a redirect leads to another origin.
    QList<QByteArray> credentialHeaders;
    // A compressed body that decodes to more than this is left encoded, with a message.
    qint64 maxDecodedBodySize = qint64(1) << 30;
};

// Case-insensitive header lookup; returns the first match or an empty array.
QByteArray headerValue(const HeaderList &headers, QByteArrayView name);
bool hasHeader(const HeaderList &headers, QByteArrayView name);

} // namespace gatehouse
