// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "error.h"

#include <QByteArray>

namespace gatehouse {

// The Content-Encodings the engine offers (Accept-Encoding) and decodes itself. Decoding here
// rather than inside Qt keeps the Accept-Encoding on the wire exactly what the request shows,
// and caps the decoded size so a compression bomb cannot eat the machine.
QByteArray acceptedEncodings();

// Decodes a body according to its Content-Encoding ("gzip", "deflate", "identity", or a list
// applied in order). Unknown encodings are an error; the caller keeps the raw bytes then.
[[nodiscard]] Expected<QByteArray> decodeContent(const QByteArray &body, QByteArrayView contentEncoding, qint64 maxDecodedSize);

} // namespace gatehouse
