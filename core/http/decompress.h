// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "error.h"

#include <QByteArray>

#include <memory>
#include <vector>

namespace gatehouse {

// The Content-Encodings the engine offers (Accept-Encoding) and decodes itself: gzip, deflate,
// and br when Gatehouse was built with libbrotlidec. Decoding here rather than inside Qt keeps the
// Accept-Encoding on the wire exactly what the request shows, and caps the decoded size so a
// compression bomb cannot eat the machine.
QByteArray acceptedEncodings();

// Decodes a body according to its Content-Encoding ("gzip", "deflate", "br", "identity", or a
// list applied in order). Unknown encodings are an error; the caller keeps the raw bytes then.
[[nodiscard]] Expected<QByteArray> decodeContent(const QByteArray &body, QByteArrayView contentEncoding, qint64 maxDecodedSize);

// The same, chunk by chunk, for bodies that stream to a file. A truncated stream keeps what
// decoded; corrupt data and output beyond maxDecodedSize are errors.
class ContentDecoder
{
public:
    class Stage;
    ~ContentDecoder();
    ContentDecoder(ContentDecoder &&) noexcept;
    ContentDecoder &operator=(ContentDecoder &&) noexcept;

    // Fails for encodings Gatehouse cannot decode (the message names the encoding).
    [[nodiscard]] static Expected<ContentDecoder> create(QByteArrayView contentEncoding, qint64 maxDecodedSize);
    // The decoded bytes this chunk completes (possibly none yet).
    [[nodiscard]] Expected<QByteArray> feed(QByteArrayView chunk);
    qint64 decodedSize() const { return m_decodedSize; }

private:
    ContentDecoder() = default;
    std::vector<std::unique_ptr<Stage>> m_stages; // in decoding order: the last coding applied first
    qint64 m_maxDecodedSize = 0;
    qint64 m_decodedSize = 0;
};

} // namespace gatehouse
