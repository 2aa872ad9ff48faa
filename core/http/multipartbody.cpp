// SPDX-License-Identifier: GPL-3.0-or-later
#include "http/multipartbody.h"

#include <QFile>

#include <cstring>

using namespace Qt::StringLiterals;

namespace gatehouse {

MultipartBody::MultipartBody(QByteArray boundary, QObject *parent)
    : QIODevice(parent)
    , m_boundary(std::move(boundary))
{
}

MultipartBody::~MultipartBody() = default;

void MultipartBody::addBytes(const QByteArray &bytes)
{
    if (bytes.isEmpty())
        return;
    if (!m_segments.empty() && !m_segments.back().file) {
        m_segments.back().bytes += bytes;
        m_segments.back().size += bytes.size();
    } else {
        Segment segment;
        segment.bytes = bytes;
        segment.size = bytes.size();
        m_segments.push_back(std::move(segment));
    }
    m_size += bytes.size();
}

void MultipartBody::addPart(const QByteArray &headerBlock, const QByteArray &content)
{
    addBytes("--" + m_boundary + "\r\n" + headerBlock + "\r\n" + content + "\r\n");
}

bool MultipartBody::addFilePart(const QByteArray &headerBlock, const QString &path)
{
    auto file = std::make_unique<QFile>(path);
    if (!file->open(QIODevice::ReadOnly)) {
        setErrorString(file->errorString());
        return false;
    }
    addBytes("--" + m_boundary + "\r\n" + headerBlock + "\r\n");
    Segment segment;
    segment.size = file->size();
    segment.file = std::move(file);
    m_size += segment.size;
    m_segments.push_back(std::move(segment));
    addBytes("\r\n"_ba);
    return true;
}

void MultipartBody::finish()
{
    addBytes("--" + m_boundary + "--\r\n");
    open(QIODevice::ReadOnly | QIODevice::Unbuffered);
}

bool MultipartBody::seek(qint64 pos)
{
    if (pos < 0 || pos > m_size)
        return false;
    m_pos = pos;
    return QIODevice::seek(pos);
}

qint64 MultipartBody::readData(char *data, qint64 maxSize)
{
    qint64 done = 0;
    qint64 start = 0; // of the segment
    for (const Segment &segment : m_segments) {
        if (done == maxSize)
            break;
        const qint64 end = start + segment.size;
        if (m_pos < end) {
            const qint64 offset = m_pos - start;
            const qint64 want = std::min(maxSize - done, end - m_pos);
            qint64 got = 0;
            if (segment.file) {
                if (!segment.file->seek(offset))
                    return done > 0 ? done : -1;
                got = segment.file->read(data + done, want);
                if (got <= 0)
                    return done > 0 ? done : -1; // the file shrank or cannot be read
            } else {
                std::memcpy(data + done, segment.bytes.constData() + offset, size_t(want));
                got = want;
            }
            done += got;
            m_pos += got;
            if (got < want)
                break;
        }
        start = end;
    }
    return done;
}

} // namespace gatehouse
