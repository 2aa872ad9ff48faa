// SPDX-License-Identifier: GPL-3.0-or-later
#include "http/decompress.h"

#include "formats/bodyformat.h"

#include <QCoreApplication>
#include <QList>

#include <zlib.h>

using namespace Qt::StringLiterals;

namespace gatehouse {

namespace {

// windowBits: 15+32 detects a zlib or gzip header; -15 is raw deflate.
Expected<QByteArray> inflateWith(const QByteArray &in, int windowBits, qint64 maxSize, bool *formatError)
{
    *formatError = false;
    z_stream stream{};
    if (inflateInit2(&stream, windowBits) != Z_OK)
        return std::unexpected(Error{Error::Code::Decoding, QCoreApplication::translate("gatehouse::Decompress", "Cannot start the decompressor.")});
    QByteArray out;
    char chunk[64 * 1024];
    stream.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(in.constData()));
    stream.avail_in = uInt(in.size());
    int rc = Z_OK;
    do {
        stream.next_out = reinterpret_cast<Bytef *>(chunk);
        stream.avail_out = sizeof chunk;
        rc = inflate(&stream, Z_NO_FLUSH);
        if (rc != Z_OK && rc != Z_STREAM_END && rc != Z_BUF_ERROR) {
            inflateEnd(&stream);
            *formatError = true;
            return std::unexpected(Error{Error::Code::Decoding,
                                         QCoreApplication::translate("gatehouse::Decompress", "The compressed body is corrupt (%1).")
                                             .arg(QString::fromLatin1(stream.msg ? stream.msg : "zlib"))});
        }
        out.append(chunk, qsizetype(sizeof chunk - stream.avail_out));
        if (out.size() > maxSize) {
            inflateEnd(&stream);
            return std::unexpected(Error{Error::Code::Decoding,
                                         QCoreApplication::translate("gatehouse::Decompress", "The body expands beyond %1 when decompressed; stopped there.")
                                             .arg(formatSize(maxSize))});
        }
        if (rc == Z_BUF_ERROR && stream.avail_in == 0)
            break; // truncated input: keep what decoded
    } while (rc != Z_STREAM_END);
    inflateEnd(&stream);
    return out;
}

} // namespace

QByteArray acceptedEncodings()
{
    return "gzip, deflate"_ba;
}

Expected<QByteArray> decodeContent(const QByteArray &body, QByteArrayView contentEncoding, qint64 maxDecodedSize)
{
    QByteArray data = body;
    // Encodings are listed in the order they were applied; undo them in reverse.
    QList<QByteArray> codings = contentEncoding.toByteArray().toLower().split(',');
    for (auto it = codings.crbegin(); it != codings.crend(); ++it) {
        const QByteArray coding = it->trimmed();
        if (coding.isEmpty() || coding == "identity")
            continue;
        bool formatError = false;
        if (coding == "gzip" || coding == "x-gzip") {
            auto r = inflateWith(data, 15 + 16, maxDecodedSize, &formatError);
            if (!r)
                return r;
            data = std::move(*r);
        } else if (coding == "deflate") {
            // "deflate" should be zlib-wrapped, but some servers send raw deflate: accept both.
            auto r = inflateWith(data, 15, maxDecodedSize, &formatError);
            if (!r && formatError)
                r = inflateWith(data, -15, maxDecodedSize, &formatError);
            if (!r)
                return r;
            data = std::move(*r);
        } else {
            return std::unexpected(Error{Error::Code::Decoding,
                                         QCoreApplication::translate("gatehouse::Decompress", "The body uses the content encoding '%1', which Gatehouse cannot decode; it is shown as received.")
                                             .arg(QString::fromLatin1(coding))});
        }
    }
    return data;
}

} // namespace gatehouse
