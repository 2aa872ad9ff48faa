// SPDX-License-Identifier: GPL-3.0-or-later
#include "http/decompress.h"

#include "formats/bodyformat.h"

#include <QCoreApplication>
#include <QList>

#include <zlib.h>

#include <limits>

#if GATEHOUSE_HAVE_BROTLI
#include <brotli/decode.h>
#endif

using namespace Qt::StringLiterals;

namespace gatehouse {

namespace {

constexpr qsizetype kChunk = 64 * 1024;

Error corrupt(const QString &detail)
{
    return {Error::Code::Decoding, QCoreApplication::translate("gatehouse::Decompress", "The compressed body is corrupt (%1).").arg(detail)};
}

} // namespace

class ContentDecoder::Stage
{
public:
    virtual ~Stage() = default;
    // At most a chunk beyond budget: the caller stops there.
    virtual Expected<QByteArray> feed(QByteArrayView in, qint64 budget) = 0;
};

namespace {

// gzip (windowBits 15+16), zlib-wrapped deflate (15) or raw deflate (-15). "deflate" should be
// zlib-wrapped, but some servers send raw deflate: the first two bytes tell which.
class ZlibStage : public ContentDecoder::Stage
{
public:
    explicit ZlibStage(bool gzip)
        : m_gzip(gzip)
    {
    }
    ~ZlibStage() override
    {
        if (m_started)
            inflateEnd(&m_stream);
    }

    Expected<QByteArray> feed(QByteArrayView in, qint64 budget) override
    {
        if (!m_started) {
            m_pending.append(in.data(), in.size());
            if (!m_gzip && m_pending.size() < 2)
                return QByteArray();
            int windowBits = 15 + 16;
            if (!m_gzip) {
                const auto b0 = uchar(m_pending.at(0)), b1 = uchar(m_pending.at(1));
                windowBits = ((b0 & 0x0f) == 8 && (b0 * 256 + b1) % 31 == 0) ? 15 : -15;
            }
            if (inflateInit2(&m_stream, windowBits) != Z_OK)
                return std::unexpected(Error{Error::Code::Decoding, QCoreApplication::translate("gatehouse::Decompress", "Cannot start the decompressor.")});
            m_started = true;
            const QByteArray pending = std::exchange(m_pending, {});
            return inflateChunk(pending, budget);
        }
        return inflateChunk(in, budget);
    }

private:
    Expected<QByteArray> inflateChunk(QByteArrayView in, qint64 budget)
    {
        QByteArray out;
        if (m_ended)
            return out; // data after the end of the stream is ignored
        m_stream.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(in.data()));
        m_stream.avail_in = uInt(in.size());
        char chunk[kChunk];
        do {
            m_stream.next_out = reinterpret_cast<Bytef *>(chunk);
            m_stream.avail_out = sizeof chunk;
            const int rc = inflate(&m_stream, Z_NO_FLUSH);
            if (rc != Z_OK && rc != Z_STREAM_END && rc != Z_BUF_ERROR)
                return std::unexpected(corrupt(QString::fromLatin1(m_stream.msg ? m_stream.msg : "zlib")));
            out.append(chunk, qsizetype(sizeof chunk - m_stream.avail_out));
            if (rc == Z_STREAM_END) {
                m_ended = true;
                break;
            }
            if (rc == Z_BUF_ERROR || out.size() > budget)
                break; // needs more input, or has given enough
        } while (m_stream.avail_in > 0 || m_stream.avail_out == 0);
        return out;
    }

    z_stream m_stream{};
    bool m_gzip;
    bool m_started = false;
    bool m_ended = false;
    QByteArray m_pending;
};

#if GATEHOUSE_HAVE_BROTLI
class BrotliStage : public ContentDecoder::Stage
{
public:
    BrotliStage()
        : m_state(BrotliDecoderCreateInstance(nullptr, nullptr, nullptr))
    {
    }
    ~BrotliStage() override { BrotliDecoderDestroyInstance(m_state); }

    Expected<QByteArray> feed(QByteArrayView in, qint64 budget) override
    {
        QByteArray out;
        size_t availableIn = size_t(in.size());
        auto nextIn = reinterpret_cast<const uint8_t *>(in.data());
        uint8_t chunk[kChunk];
        while (true) {
            size_t availableOut = sizeof chunk;
            uint8_t *nextOut = chunk;
            const BrotliDecoderResult rc = BrotliDecoderDecompressStream(m_state, &availableIn, &nextIn, &availableOut, &nextOut, nullptr);
            out.append(reinterpret_cast<const char *>(chunk), qsizetype(sizeof chunk - availableOut));
            if (rc == BROTLI_DECODER_RESULT_ERROR)
                return std::unexpected(corrupt(QString::fromLatin1(BrotliDecoderErrorString(BrotliDecoderGetErrorCode(m_state)))));
            if (rc != BROTLI_DECODER_RESULT_NEEDS_MORE_OUTPUT || out.size() > budget)
                break; // done, needs more input, or has given enough
        }
        return out;
    }

private:
    BrotliDecoderState *m_state;
};
#endif

} // namespace

ContentDecoder::~ContentDecoder() = default;
ContentDecoder::ContentDecoder(ContentDecoder &&) noexcept = default;
ContentDecoder &ContentDecoder::operator=(ContentDecoder &&) noexcept = default;

QByteArray acceptedEncodings()
{
#if GATEHOUSE_HAVE_BROTLI
    return "gzip, deflate, br"_ba;
#else
    return "gzip, deflate"_ba;
#endif
}

Expected<ContentDecoder> ContentDecoder::create(QByteArrayView contentEncoding, qint64 maxDecodedSize)
{
    ContentDecoder decoder;
    decoder.m_maxDecodedSize = maxDecodedSize;
    // Encodings are listed in the order they were applied; undo them in reverse.
    const QList<QByteArray> codings = contentEncoding.toByteArray().toLower().split(',');
    for (auto it = codings.crbegin(); it != codings.crend(); ++it) {
        const QByteArray coding = it->trimmed();
        if (coding.isEmpty() || coding == "identity")
            continue;
        if (coding == "gzip" || coding == "x-gzip" || coding == "deflate") {
            decoder.m_stages.push_back(std::make_unique<ZlibStage>(coding != "deflate"));
#if GATEHOUSE_HAVE_BROTLI
        } else if (coding == "br") {
            decoder.m_stages.push_back(std::make_unique<BrotliStage>());
#endif
        } else {
            return std::unexpected(Error{Error::Code::Decoding,
                                         QCoreApplication::translate("gatehouse::Decompress", "The body uses the content encoding '%1', which Gatehouse cannot decode; it is shown as received.")
                                             .arg(QString::fromLatin1(coding))});
        }
    }
    return decoder;
}

Expected<QByteArray> ContentDecoder::feed(QByteArrayView chunk)
{
    QByteArray data = chunk.toByteArray();
    for (const auto &stage : m_stages) {
        // Only what comes out of the last stage is the body the cap is about.
        const qint64 budget = stage == m_stages.back() ? m_maxDecodedSize - m_decodedSize : std::numeric_limits<qint64>::max();
        auto out = stage->feed(data, budget);
        if (!out)
            return out;
        data = std::move(*out);
    }
    m_decodedSize += data.size();
    if (m_decodedSize > m_maxDecodedSize) {
        return std::unexpected(Error{Error::Code::Decoding,
                                     QCoreApplication::translate("gatehouse::Decompress", "The body expands beyond %1 when decompressed; stopped there.")
                                         .arg(formatSize(m_maxDecodedSize))});
    }
    return data;
}

Expected<QByteArray> decodeContent(const QByteArray &body, QByteArrayView contentEncoding, qint64 maxDecodedSize)
{
    auto decoder = ContentDecoder::create(contentEncoding, maxDecodedSize);
    if (!decoder)
        return std::unexpected(decoder.error());
    // In pieces, so that a bomb is stopped after a few chunks beyond the cap, not at its full size.
    QByteArray out;
    qsizetype at = 0;
    do {
        const qsizetype size = std::min(kChunk, body.size() - at);
        auto piece = decoder->feed(QByteArrayView(body).sliced(at, size));
        if (!piece)
            return piece;
        out += *piece;
        at += size;
    } while (at < body.size());
    return out;
}

} // namespace gatehouse
