// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QIODevice>
#include <QList>
#include <QString>

#include <memory>
#include <vector>

class QFile;

namespace gatehouse {

// A multipart/form-data body as one seekable device: text pieces in memory, file contents read
// from disk as the body goes out (never loaded whole). Unlike QHttpMultiPart, the part headers go
// out as written here ("Content-Disposition", as Postman and curl send them; Qt 6.7+ writes header
// names in lower case) and no MIME-Version header is added.
class MultipartBody final : public QIODevice
{
    Q_OBJECT
public:
    explicit MultipartBody(QByteArray boundary, QObject *parent = nullptr);
    ~MultipartBody() override;

    // One part; headerBlock is its header lines, each ending in CRLF.
    void addPart(const QByteArray &headerBlock, const QByteArray &content);
    // A part whose content is the file (opened now; false with the reason in errorString()).
    [[nodiscard]] bool addFilePart(const QByteArray &headerBlock, const QString &path);
    // Ends the body with the closing boundary and opens the device for reading.
    void finish();

    QByteArray boundary() const { return m_boundary; }
    bool isSequential() const override { return false; }
    qint64 size() const override { return m_size; }
    bool seek(qint64 pos) override;

protected:
    qint64 readData(char *data, qint64 maxSize) override;
    qint64 writeData(const char *, qint64) override { return -1; }

private:
    struct Segment {
        QByteArray bytes;
        std::unique_ptr<QFile> file;
        qint64 size = 0;
    };
    void addBytes(const QByteArray &bytes);

    QByteArray m_boundary;
    std::vector<Segment> m_segments;
    qint64 m_size = 0;
    qint64 m_pos = 0;
};

} // namespace gatehouse
