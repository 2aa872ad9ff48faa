// SPDX-License-Identifier: GPL-3.0-or-later
#include "http/directhttp.h"

#include <QCoreApplication>
#include <QHash>
#include <QHostAddress>
#include <QHttpHeaders>
#include <QIODevice>
#include <QLocale>
#include <QNetworkProxy>
#include <QNetworkProxyFactory>
#include <QNetworkReply>
#include <QPointer>
#include <QTcpSocket>

#include <optional>

using namespace Qt::StringLiterals;

namespace gatehouse {

namespace {

int hexDigit(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return -1;
}

constexpr qsizetype kMaxIdlePerHost = 6;
constexpr qsizetype kMaxLineBytes = 64 * 1024;     // a chunk size line or the status line
constexpr qint64 kUploadChunk = 64 * 1024;
constexpr qint64 kUploadWindow = 256 * 1024;       // request body bytes queued in the socket at most
// What the socket reads ahead of the reply, and the pieces the reply takes from it: small enough to
// stay in malloc's heap (a multi-megabyte buffer per read is an mmap, page faults and munmap each time).
constexpr qint64 kSocketReadBuffer = 512 * 1024;
constexpr qint64 kReadPiece = 256 * 1024;

bool isIdempotent(QByteArrayView method)
{
    for (QByteArrayView m : {"GET"_ba, "HEAD"_ba, "PUT"_ba, "DELETE"_ba, "OPTIONS"_ba, "TRACE"_ba}) {
        if (method == m)
            return true;
    }
    return false;
}

bool hasToken(QByteArrayView list, QByteArrayView token)
{
    for (const QByteArray &part : list.toByteArray().split(','))
        if (part.trimmed().compare(token, Qt::CaseInsensitive) == 0)
            return true;
    return false;
}

QByteArray headerOf(const QList<std::pair<QByteArray, QByteArray>> &headers, QByteArrayView name)
{
    for (const auto &[n, v] : headers)
        if (n.compare(name, Qt::CaseInsensitive) == 0)
            return v;
    return {};
}

} // namespace

// The Accept-Language value Qt's HTTP stack adds when the request has none (qhttpnetworkconnection.cpp);
// the direct path adds the same, and Exchange records it.
QByteArray defaultAcceptLanguage()
{
    QString locale = QLocale::system().name().replace(u'_', u'-');
    if (locale == "C"_L1)
        return "en,*"_ba;
    if (locale.startsWith("en-"_L1))
        return (locale + ",*"_L1).toLatin1();
    return (locale + ",en,*"_L1).toLatin1();
}

// Idle kept-alive connections of the direct path, by "host:port". An idle connection that the
// server closes (or that receives anything) is dropped at once.
class DirectHttpPool
{
public:
    explicit DirectHttpPool(QObject *owner)
        : m_owner(owner)
    {
    }
    ~DirectHttpPool() { clear(); }

    QTcpSocket *take(const QString &key)
    {
        auto it = m_idle.find(key);
        while (it != m_idle.end() && !it->isEmpty()) {
            QTcpSocket *socket = it->takeLast();
            QObject::disconnect(socket, nullptr, m_owner, nullptr);
            if (socket->state() == QAbstractSocket::ConnectedState && socket->bytesAvailable() == 0)
                return socket;
            socket->abort();
            socket->deleteLater();
        }
        return nullptr;
    }

    void put(const QString &key, QTcpSocket *socket)
    {
        QList<QTcpSocket *> &idle = m_idle[key];
        if (idle.size() >= kMaxIdlePerHost) {
            QTcpSocket *oldest = idle.takeFirst();
            QObject::disconnect(oldest, nullptr, m_owner, nullptr);
            oldest->abort();
            oldest->deleteLater();
        }
        idle.append(socket);
        const auto drop = [this, key, socket] {
            auto it = m_idle.find(key);
            if (it == m_idle.end() || !it->removeOne(socket))
                return;
            QObject::disconnect(socket, nullptr, m_owner, nullptr);
            socket->abort();
            socket->deleteLater();
        };
        QObject::connect(socket, &QAbstractSocket::disconnected, m_owner, drop);
        QObject::connect(socket, &QIODevice::readyRead, m_owner, drop);
        QObject::connect(socket, &QAbstractSocket::errorOccurred, m_owner, drop);
    }

    void clear()
    {
        for (QList<QTcpSocket *> &idle : m_idle) {
            for (QTcpSocket *socket : std::as_const(idle)) {
                QObject::disconnect(socket, nullptr, m_owner, nullptr);
                socket->abort();
                socket->deleteLater();
            }
        }
        m_idle.clear();
    }

    qsizetype size() const
    {
        qsizetype n = 0;
        for (const auto &idle : m_idle)
            n += idle.size();
        return n;
    }

private:
    QObject *m_owner;
    QHash<QString, QList<QTcpSocket *>> m_idle;
};

namespace {

// One request/response over HTTP/1.1 on the calling thread, with the signals, attributes and
// errors of Qt's own reply that Exchange relies on.
class DirectHttpReply final : public QNetworkReply
{
public:
    DirectHttpReply(QObject *owner, DirectHttpPool *pool, QNetworkAccessManager::Operation op, const QNetworkRequest &request,
                    QByteArray method, QIODevice *outgoingData)
        : QNetworkReply(owner)
        , m_owner(owner)
        , m_pool(pool)
        , m_method(std::move(method))
        , m_upload(outgoingData)
    {
        setRequest(request);
        setUrl(request.url());
        setOperation(op);
        open(QIODevice::ReadOnly | QIODevice::Unbuffered);
        const QUrl url = request.url();
        m_host = url.host();
        m_port = quint16(url.port(80));
        m_key = m_host.toLower() + u':' + QString::number(m_port);
        m_head = buildHead(request);
        // Started on the event loop, as Qt's reply, so that the caller can connect first.
        QMetaObject::invokeMethod(this, [this] { start(); }, Qt::QueuedConnection);
    }

    ~DirectHttpReply() override { dropSocket(); }

    void abort() override
    {
        if (m_done)
            return;
        dropSocket();
        QNetworkReply::close();
        finishWith(OperationCanceledError, QCoreApplication::translate("gatehouse::DirectHttp", "Operation canceled"));
    }

    void close() override { abort(); }

    bool isSequential() const override { return true; }

    qint64 bytesAvailable() const override { return QNetworkReply::bytesAvailable() + (m_buffer.size() - m_bufferPos); }

    void setReadBufferSize(qint64 size) override
    {
        QNetworkReply::setReadBufferSize(size);
        m_readLimit = size;
    }

protected:
    qint64 readData(char *data, qint64 maxSize) override
    {
        const qint64 available = m_buffer.size() - m_bufferPos;
        if (available == 0)
            return m_done ? -1 : 0;
        const qint64 n = std::min(maxSize, available);
        memcpy(data, m_buffer.constData() + m_bufferPos, size_t(n));
        m_bufferPos += n;
        if (m_bufferPos == m_buffer.size()) {
            m_buffer.clear();
            m_bufferPos = 0;
        }
        if (m_paused && !m_resumeQueued) {
            // The reader made room: go on with what the socket holds.
            m_resumeQueued = true;
            QMetaObject::invokeMethod(this, [this] {
                m_resumeQueued = false;
                if (m_paused && !m_done) {
                    m_paused = false;
                    onReadyRead();
                }
            }, Qt::QueuedConnection);
        }
        return n;
    }

    qint64 writeData(const char *, qint64) override { return -1; }

private:
    enum class State { StatusLine, Headers, Body, UntilClose, ChunkSize, ChunkData, ChunkEnd, Trailers, Done };

    QByteArray buildHead(const QNetworkRequest &request)
    {
        // What Qt's HTTP/1 stack writes (qhttpnetworkrequest.cpp, qhttpnetworkconnection.cpp).
        const QUrl url = request.url();
        QUrl::FormattingOptions format(QUrl::RemoveFragment | QUrl::RemoveUserInfo | QUrl::FullyEncoded | QUrl::RemoveScheme
                                       | QUrl::RemoveAuthority);
        if (operation() == QNetworkAccessManager::PostOperation && !m_upload)
            format |= QUrl::RemoveQuery;
        QUrl copy = url;
        if (copy.path().isEmpty())
            copy.setPath(u"/"_s);
        else
            format |= QUrl::NormalizePathSegments;
        QList<std::pair<QByteArray, QByteArray>> fields;
        const QByteArrayList written = request.attribute(kDirectHttpHeaderNamesAttribute).value<QByteArrayList>();
        for (const QByteArray &name : request.rawHeaderList()) {
            const auto spelled = std::find_if(written.cbegin(), written.cend(), [&name](const QByteArray &w) { return w.compare(name, Qt::CaseInsensitive) == 0; });
            fields.append({spelled == written.cend() ? name : *spelled, request.rawHeader(name)});
        }
        const auto find = [&fields](QByteArrayView name) {
            return std::find_if(fields.begin(), fields.end(), [name](const auto &f) { return f.first.compare(name, Qt::CaseInsensitive) == 0; });
        };
        if (m_upload) {
            m_uploadStart = m_upload->pos();
            m_uploadTotal = m_upload->size() - m_uploadStart;
            auto it = find("content-length");
            if (it == fields.end()) {
                fields.append({"Content-Length"_ba, QByteArray::number(m_uploadTotal)});
            } else {
                bool ok = false;
                const qint64 given = it->second.trimmed().toLongLong(&ok);
                if (ok && given < m_uploadTotal)
                    m_uploadTotal = given;
                else
                    it->second = QByteArray::number(m_uploadTotal);
            }
        }
        if (find("connection") == fields.end())
            fields.append({"Connection"_ba, "Keep-Alive"_ba});
        else
            m_requestSaysClose = hasToken(find("connection")->second, "close");
        if (find("accept-language") == fields.end())
            fields.append({"Accept-Language"_ba, defaultAcceptLanguage()});
        if (find("user-agent") == fields.end())
            fields.append({"User-Agent"_ba, "Mozilla/5.0"_ba});
        if (find("host") == fields.end()) {
            QByteArray host;
            QHostAddress address;
            if (address.setAddress(m_host))
                host = address.protocol() == QAbstractSocket::IPv6Protocol ? '[' + m_host.toLatin1() + ']' : m_host.toLatin1();
            else
                host = QUrl::toAce(m_host);
            if (url.port() != -1)
                host += ':' + QByteArray::number(url.port());
            fields.prepend({"Host"_ba, host});
        }
        // The target as written when Exchange gives one (a POST without body keeps it whole, too).
        const QByteArray target = request.attribute(kDirectHttpTargetAttribute).toByteArray();
        QByteArray head = m_method + ' ' + (target.isEmpty() ? copy.toEncoded(format) : target) + " HTTP/1.1\r\n";
        for (const auto &[name, value] : std::as_const(fields))
            head += name + ": " + value + "\r\n";
        head += "\r\n";
        return head;
    }

    void start()
    {
        if (m_done)
            return;
        if (QTcpSocket *socket = m_pool->take(m_key)) {
            m_reused = true;
            attach(socket);
            sendRequest();
            return;
        }
        connectFresh();
    }

    void connectFresh()
    {
        m_reused = false;
        auto *socket = new QTcpSocket(m_owner);
        // The manager decided that this request goes direct; the socket must not look for a proxy again.
        socket->setProxy(QNetworkProxy::NoProxy);
        socket->setReadBufferSize(kSocketReadBuffer);
        attach(socket);
        Q_EMIT socketStartedConnecting();
        if (m_done)
            return;
        socket->connectToHost(m_host, m_port);
    }

    void attach(QTcpSocket *socket)
    {
        m_socket = socket;
        connect(socket, &QAbstractSocket::connected, this, [this] {
            m_socket->setSocketOption(QAbstractSocket::LowDelayOption, 1);
            sendRequest();
        });
        connect(socket, &QIODevice::readyRead, this, [this] { onReadyRead(); });
        connect(socket, &QIODevice::bytesWritten, this, [this](qint64) { writeBody(); });
        connect(socket, &QAbstractSocket::errorOccurred, this, [this](QAbstractSocket::SocketError error) { onSocketError(error); });
        connect(socket, &QAbstractSocket::disconnected, this, [this] { onClosed(); });
    }

    void dropSocket()
    {
        if (!m_socket)
            return;
        QTcpSocket *socket = m_socket;
        m_socket = nullptr;
        socket->disconnect(this);
        socket->abort();
        socket->deleteLater();
    }

    void releaseSocket()
    {
        QTcpSocket *socket = m_socket;
        m_socket = nullptr;
        socket->disconnect(this);
        m_pool->put(m_key, socket);
    }

    void sendRequest()
    {
        if (m_done || !m_socket)
            return;
        m_uploadSent = 0;
        m_requestSent = false;
        QByteArray out = m_head;
        if (m_upload && m_uploadTotal > 0 && m_uploadTotal <= kUploadChunk) {
            // A small body goes out with the head, in one write.
            const QByteArray body = m_upload->read(m_uploadTotal);
            out += body;
            m_uploadSent = body.size();
        }
        m_socket->write(out);
        m_socket->flush();
        if (m_upload && m_uploadSent > 0)
            Q_EMIT uploadProgress(m_uploadSent, m_uploadTotal);
        writeBody();
    }

    void writeBody()
    {
        if (m_done || !m_socket || m_requestSent)
            return;
        if (m_upload) {
            while (m_uploadSent < m_uploadTotal && m_socket->bytesToWrite() < kUploadWindow) {
                const QByteArray chunk = m_upload->read(std::min(kUploadChunk, m_uploadTotal - m_uploadSent));
                if (chunk.isEmpty()) {
                    failAndClose(UnknownNetworkError, QCoreApplication::translate("gatehouse::DirectHttp", "The request body could not be read to the end (%1 of %2 bytes).")
                                                        .arg(m_uploadSent)
                                                        .arg(m_uploadTotal));
                    return;
                }
                m_socket->write(chunk);
                m_uploadSent += chunk.size();
                QPointer<DirectHttpReply> self(this);
                Q_EMIT uploadProgress(m_uploadSent, m_uploadTotal);
                if (!self || m_done)
                    return;
            }
            if (m_uploadSent < m_uploadTotal)
                return;
        }
        m_requestSent = true;
        Q_EMIT requestSent();
    }

    bool canRetry() const
    {
        return m_reused && !m_retried && m_state == State::StatusLine && m_in.isEmpty() && isIdempotent(m_method)
            && (!m_upload || !m_upload->isSequential());
    }

    void retry()
    {
        // The server closed the kept-alive connection as the request went out: once more, fresh.
        m_retried = true;
        dropSocket();
        if (m_upload && !m_upload->seek(m_uploadStart)) {
            failAndClose(RemoteHostClosedError, QCoreApplication::translate("gatehouse::DirectHttp", "Connection closed"));
            return;
        }
        connectFresh();
    }

    void onSocketError(QAbstractSocket::SocketError error)
    {
        if (m_done || !m_socket)
            return;
        if (error == QAbstractSocket::RemoteHostClosedError) {
            onClosed();
            return;
        }
        if (canRetry()) {
            retry();
            return;
        }
        NetworkError code = UnknownNetworkError;
        QString message = m_socket->errorString();
        switch (error) {
        case QAbstractSocket::ConnectionRefusedError:
            code = ConnectionRefusedError;
            message = QCoreApplication::translate("gatehouse::DirectHttp", "Connection refused");
            break;
        case QAbstractSocket::HostNotFoundError:
            code = HostNotFoundError;
            message = QCoreApplication::translate("gatehouse::DirectHttp", "Host %1 not found").arg(m_host);
            break;
        case QAbstractSocket::SocketTimeoutError:
            code = TimeoutError;
            break;
        default:
            break;
        }
        failAndClose(code, message);
    }

    void onClosed()
    {
        if (m_done || !m_socket)
            return;
        // Whatever arrived with the close is still to be read.
        if (m_socket->bytesAvailable() > 0 && !m_paused)
            onReadyRead();
        if (m_done || !m_socket)
            return;
        if (m_paused)
            return; // the reader has not taken the rest yet; the close is seen after that
        switch (m_state) {
        case State::UntilClose:
            dropSocket();
            complete();
            return;
        case State::StatusLine:
            if (canRetry()) {
                retry();
                return;
            }
            if (m_in.isEmpty()) {
                failAndClose(RemoteHostClosedError, QCoreApplication::translate("gatehouse::DirectHttp", "Connection closed"));
                return;
            }
            break;
        case State::Trailers:
            // The last chunk arrived; a missing end of the trailer section loses nothing.
            dropSocket();
            complete();
            return;
        default:
            break;
        }
        QString what;
        if (m_state == State::StatusLine || m_state == State::Headers)
            what = QCoreApplication::translate("gatehouse::DirectHttp", "%1 closed the connection in the middle of the response headers.").arg(m_host);
        else if (m_state == State::Body)
            what = QCoreApplication::translate("gatehouse::DirectHttp", "%1 closed the connection after %2 of the %3 bytes its Content-Length announced.")
                       .arg(m_host)
                       .arg(m_received)
                       .arg(m_contentLength);
        else
            what = QCoreApplication::translate("gatehouse::DirectHttp", "%1 closed the connection in the middle of a chunked body (after %2 bytes).").arg(m_host).arg(m_received);
        failAndClose(RemoteHostClosedError, what);
    }

    std::optional<QByteArrayView> takeLine(qsizetype limit)
    {
        const qsizetype nl = m_in.indexOf('\n', m_pos);
        if (nl < 0) {
            if (m_in.size() - m_pos > limit)
                m_lineTooLong = true;
            return std::nullopt;
        }
        QByteArrayView line(m_in.constData() + m_pos, nl - m_pos);
        m_pos = nl + 1;
        if (line.endsWith('\r'))
            line.chop(1);
        return line;
    }

    void onReadyRead()
    {
        if (m_done || !m_socket)
            return;
        if (m_readLimit > 0 && (m_buffer.size() - m_bufferPos) >= m_readLimit) {
            m_paused = true; // readData() resumes
            return;
        }
        QPointer<DirectHttpReply> self(this);
        while (m_socket && m_socket->bytesAvailable() > 0) {
            if (m_readLimit > 0 && (m_buffer.size() - m_bufferPos) >= m_readLimit) {
                m_paused = true; // readData() resumes
                return;
            }
            if (m_in.isEmpty())
                m_in = m_socket->read(kReadPiece);
            else
                m_in += m_socket->read(kReadPiece);
            parse();
            if (!self || m_done)
                return;
            if (m_pos > 0) {
                m_in.remove(0, m_pos);
                m_pos = 0;
            }
            flushData();
            if (!self || m_done)
                return;
        }
        // A close seen while the reader was behind is handled now.
        if (!m_paused && m_socket && m_socket->state() == QAbstractSocket::UnconnectedState && m_socket->bytesAvailable() == 0)
            onClosed();
    }

    // Hands what was decoded to the reader: readyRead, then downloadProgress.
    void flushData()
    {
        if (m_pendingSignal == 0)
            return;
        m_pendingSignal = 0;
        QPointer<DirectHttpReply> self(this);
        if (m_buffer.size() > m_bufferPos)
            Q_EMIT readyRead();
        if (!self || m_done)
            return;
        Q_EMIT downloadProgress(m_received, m_contentLength);
    }

    void deliver(qsizetype n)
    {
        if (n <= 0)
            return;
        if (m_buffer.isEmpty() && m_pos == 0 && n == m_in.size()) {
            m_buffer = std::exchange(m_in, {}); // no copy for a whole read
        } else {
            m_buffer.append(m_in.constData() + m_pos, n);
        }
        if (m_in.isEmpty())
            m_pos = 0;
        else
            m_pos += n;
        m_received += n;
        ++m_pendingSignal;
    }

    void parse()
    {
        while (!m_done) {
            if (m_readLimit > 0 && m_state != State::StatusLine && m_state != State::Headers
                && (m_buffer.size() - m_bufferPos) >= m_readLimit) {
                m_paused = true;
                return;
            }
            switch (m_state) {
            case State::StatusLine: {
                const auto line = takeLine(kMaxLineBytes);
                if (!line) {
                    if (m_lineTooLong)
                        return failAndClose(ProtocolFailure, QCoreApplication::translate("gatehouse::DirectHttp", "The status line from %1 is longer than %2 bytes.").arg(m_host).arg(kMaxLineBytes));
                    return;
                }
                if (line->isEmpty())
                    continue; // a stray CRLF before the status line (RFC 9112 2.2)
                if (!parseStatusLine(*line))
                    return;
                m_state = State::Headers;
                break;
            }
            case State::Headers: {
                const auto line = takeLine(HttpAccessManager::kMaxHeaderBytes);
                if (!line || m_headerBytes > HttpAccessManager::kMaxHeaderBytes) {
                    if (m_lineTooLong || m_headerBytes > HttpAccessManager::kMaxHeaderBytes)
                        return failAndClose(ProtocolFailure, QCoreApplication::translate("gatehouse::DirectHttp", "The response headers from %1 are larger than %2 MB, more than Gatehouse reads.")
                                                                 .arg(m_host)
                                                                 .arg(HttpAccessManager::kMaxHeaderBytes / (1024 * 1024)));
                    return;
                }
                m_headerBytes += line->size() + 2;
                if (line->isEmpty()) {
                    if (m_status >= 100 && m_status < 200 && m_status != 101) {
                        // 100 Continue and other interim answers: the real one follows.
                        m_headers.clear();
                        m_headerBytes = 0;
                        m_state = State::StatusLine;
                        break;
                    }
                    if (!headersDone())
                        return;
                    break;
                }
                if ((line->front() == ' ' || line->front() == '\t') && !m_headers.isEmpty()) {
                    m_headers.last().second += ' ' + line->trimmed().toByteArray(); // obsolete line folding
                    break;
                }
                const qsizetype colon = line->indexOf(':');
                if (colon <= 0)
                    return failAndClose(ProtocolFailure, QCoreApplication::translate("gatehouse::DirectHttp", "%1 sent a malformed response header line: \"%2\".")
                                                             .arg(m_host, QString::fromLatin1(line->left(80).toByteArray())));
                m_headers.append({line->left(colon).trimmed().toByteArray(), line->mid(colon + 1).trimmed().toByteArray()});
                break;
            }
            case State::Body: {
                const qsizetype n = qsizetype(std::min<qint64>(m_in.size() - m_pos, m_contentLength - m_received));
                deliver(n);
                if (m_received == m_contentLength)
                    return complete();
                return;
            }
            case State::UntilClose:
                deliver(m_in.size() - m_pos);
                return;
            case State::ChunkSize: {
                const auto line = takeLine(kMaxLineBytes);
                if (!line) {
                    if (m_lineTooLong)
                        return chunkError(QCoreApplication::translate("gatehouse::DirectHttp", "a chunk size line is longer than %1 bytes").arg(kMaxLineBytes));
                    return;
                }
                QByteArrayView size = *line;
                if (const qsizetype semicolon = size.indexOf(';'); semicolon >= 0)
                    size = size.left(semicolon); // chunk extensions are ignored
                size = size.trimmed();
                bool ok = !size.isEmpty() && size.size() <= 15;
                qint64 value = 0;
                for (char c : size) {
                    const int digit = hexDigit(c);
                    if (digit < 0) {
                        ok = false;
                        break;
                    }
                    value = value * 16 + digit;
                }
                if (!ok)
                    return chunkError(QCoreApplication::translate("gatehouse::DirectHttp", "\"%1\" is not a chunk size").arg(QString::fromLatin1(line->left(40).toByteArray())));
                m_chunkLeft = value;
                m_state = value == 0 ? State::Trailers : State::ChunkData;
                break;
            }
            case State::ChunkData: {
                const qsizetype n = qsizetype(std::min<qint64>(m_in.size() - m_pos, m_chunkLeft));
                deliver(n);
                m_chunkLeft -= n;
                if (m_chunkLeft > 0)
                    return;
                m_state = State::ChunkEnd;
                break;
            }
            case State::ChunkEnd: {
                const qsizetype left = m_in.size() - m_pos;
                if (left >= 1 && m_in.at(m_pos) == '\n') {
                    m_pos += 1;
                } else if (left >= 2 && m_in.at(m_pos) == '\r' && m_in.at(m_pos + 1) == '\n') {
                    m_pos += 2;
                } else if (left >= 2 || (left == 1 && m_in.at(m_pos) != '\r')) {
                    return chunkError(QCoreApplication::translate("gatehouse::DirectHttp", "a chunk is longer than its size says (no line end after its data)"));
                } else {
                    return;
                }
                m_state = State::ChunkSize;
                break;
            }
            case State::Trailers: {
                const auto line = takeLine(HttpAccessManager::kMaxHeaderBytes);
                if (!line)
                    return;
                m_headerBytes += line->size() + 2;
                if (m_headerBytes > HttpAccessManager::kMaxHeaderBytes)
                    return chunkError(QCoreApplication::translate("gatehouse::DirectHttp", "its trailer section is too large"));
                if (line->isEmpty())
                    return complete();
                break; // trailer fields are not shown, as Qt's reply never showed them
            }
            case State::Done:
                return;
            }
        }
    }

    bool parseStatusLine(QByteArrayView line)
    {
        // HTTP/1.x SP 3DIGIT SP reason
        bool ok = line.size() >= 12 && line.startsWith("HTTP/1.") && line.at(8) == ' ';
        int status = 0;
        if (ok) {
            status = line.mid(9, 3).toInt(&ok);
            ok = ok && status >= 100 && status <= 999 && (line.size() == 12 || line.at(12) == ' ');
        }
        if (!ok) {
            failAndClose(ProtocolFailure, QCoreApplication::translate("gatehouse::DirectHttp", "%1 did not answer with an HTTP/1 status line (it sent \"%2\").")
                                              .arg(m_host, QString::fromLatin1(line.left(60).toByteArray())));
            return false;
        }
        m_minor = line.at(7) - '0';
        m_status = status;
        m_reason = line.size() > 13 ? line.mid(13).toByteArray() : QByteArray();
        m_headers.clear();
        m_headerBytes = 0;
        return true;
    }

    bool headersDone()
    {
        QPointer<DirectHttpReply> self(this);
        setAttribute(QNetworkRequest::HttpStatusCodeAttribute, m_status);
        setAttribute(QNetworkRequest::HttpReasonPhraseAttribute, m_reason);
        setAttribute(QNetworkRequest::Http2WasUsedAttribute, false);
        setAttribute(QNetworkRequest::HttpPipeliningWasUsedAttribute, false);
        setAttribute(QNetworkRequest::ConnectionEncryptedAttribute, false);
        setAttribute(kDirectHttpReplyAttribute, true);
        QHttpHeaders headers;
        headers.reserve(m_headers.size());
        for (const auto &[name, value] : std::as_const(m_headers)) {
            if (!headers.append(name, value)) {
                failAndClose(ProtocolFailure, QCoreApplication::translate("gatehouse::DirectHttp", "%1 sent a response header that is not valid HTTP: \"%2\".")
                                                  .arg(m_host, QString::fromLatin1(name.left(80))));
                return false;
            }
        }
        setHeaders(std::move(headers));

        const QByteArray connection = headerOf(m_headers, "connection");
        m_keepAlive = !m_requestSaysClose && (m_minor >= 1 ? !hasToken(connection, "close") : hasToken(connection, "keep-alive"));
        const QByteArray transferEncoding = headerOf(m_headers, "transfer-encoding");
        const QByteArray contentLength = headerOf(m_headers, "content-length");
        m_headers.clear();
        if (m_method == "HEAD" || m_status == 204 || m_status == 304 || m_status == 101) {
            if (m_status == 101)
                m_keepAlive = false;
            m_contentLength = 0;
            m_state = State::Body;
        } else if (!transferEncoding.isEmpty() && hasToken(transferEncoding, "chunked")) {
            m_state = State::ChunkSize;
        } else if (!contentLength.isEmpty()) {
            // Repeated equal values ("5, 5") are one length; anything else is not a length.
            bool ok = true;
            qint64 length = -1;
            for (const QByteArray &part : contentLength.split(',')) {
                bool partOk = false;
                const qint64 value = part.trimmed().toLongLong(&partOk);
                ok = ok && partOk && value >= 0 && (length < 0 || length == value);
                length = value;
            }
            if (!ok) {
                failAndClose(ProtocolFailure, QCoreApplication::translate("gatehouse::DirectHttp", "%1 sent an invalid Content-Length: \"%2\".").arg(m_host, QString::fromLatin1(contentLength.left(80))));
                return false;
            }
            m_contentLength = length;
            m_state = State::Body;
        } else {
            m_keepAlive = false;
            m_state = State::UntilClose;
        }
        Q_EMIT metaDataChanged();
        if (!self || m_done)
            return false;
        if (m_state == State::Body && m_contentLength == 0) {
            complete();
            return false;
        }
        return true;
    }

    void chunkError(const QString &what)
    {
        failAndClose(ProtocolFailure, QCoreApplication::translate("gatehouse::DirectHttp", "The chunked body from %1 is malformed: %2.").arg(m_host, what));
    }

    void complete()
    {
        if (m_done)
            return;
        m_state = State::Done;
        if (m_socket) {
            // Bytes after the response (or a request body still going out): the connection is not reused.
            if (m_keepAlive && m_requestSent && m_pos >= m_in.size() && m_socket->bytesAvailable() == 0
                && m_socket->state() == QAbstractSocket::ConnectedState)
                releaseSocket();
            else
                dropSocket();
        }
        m_in.clear();
        m_pos = 0;
        QPointer<DirectHttpReply> self(this);
        if (m_pendingSignal == 0)
            ++m_pendingSignal; // downloadProgress at least once, as Qt's reply
        flushData();
        if (!self || m_done)
            return;
        finishWith(NoError, {});
    }

    void failAndClose(NetworkError code, const QString &message)
    {
        if (m_done)
            return;
        dropSocket();
        QPointer<DirectHttpReply> self(this);
        flushData(); // what arrived before the error stays readable
        if (!self || m_done)
            return;
        finishWith(code, message);
    }

    void finishWith(NetworkError code, const QString &message)
    {
        m_done = true;
        m_state = State::Done;
        QPointer<DirectHttpReply> self(this);
        if (code != NoError) {
            setError(code, message);
            Q_EMIT errorOccurred(code);
            if (!self)
                return;
        }
        setFinished(true);
        Q_EMIT finished();
    }

    QObject *m_owner;
    DirectHttpPool *m_pool;
    QByteArray m_method;
    QPointer<QIODevice> m_upload;
    QString m_host;
    quint16 m_port = 80;
    QString m_key;
    QByteArray m_head;
    QPointer<QTcpSocket> m_socket; // a pooled one may be deleted with the manager first
    bool m_reused = false;
    bool m_retried = false;
    bool m_requestSent = false;
    bool m_requestSaysClose = false;
    bool m_done = false;
    bool m_paused = false;
    bool m_resumeQueued = false;
    bool m_lineTooLong = false;
    bool m_keepAlive = false;
    qint64 m_uploadStart = 0;
    qint64 m_uploadTotal = 0;
    qint64 m_uploadSent = 0;
    qint64 m_readLimit = 0;
    // Received and not parsed yet (from m_pos); parsed body bytes for the reader (from m_bufferPos).
    QByteArray m_in;
    qsizetype m_pos = 0;
    QByteArray m_buffer;
    qsizetype m_bufferPos = 0;
    int m_pendingSignal = 0;
    State m_state = State::StatusLine;
    int m_minor = 1;
    int m_status = 0;
    QByteArray m_reason;
    QList<std::pair<QByteArray, QByteArray>> m_headers;
    qsizetype m_headerBytes = 0;
    qint64 m_contentLength = -1;
    qint64 m_received = 0;
    qint64 m_chunkLeft = 0;
};

} // namespace

HttpAccessManager::HttpAccessManager(QObject *parent)
    : QNetworkAccessManager(parent)
    , m_pool(std::make_unique<DirectHttpPool>(this))
    , m_direct(directHttpFromEnvironment())
{
}

HttpAccessManager::~HttpAccessManager() = default;

bool HttpAccessManager::directHttpFromEnvironment()
{
    return qEnvironmentVariable("GATEHOUSE_HTTP_QT") != "1"_L1;
}

void HttpAccessManager::clearDirectConnections()
{
    m_pool->clear();
}

qsizetype HttpAccessManager::idleDirectConnections() const
{
    return m_pool->size();
}

bool HttpAccessManager::goesDirect(Operation op, const QNetworkRequest &request, QIODevice *outgoingData)
{
    if (!m_direct || !request.attribute(kDirectHttpRequestAttribute).toBool())
        return false;
    const QUrl url = request.url();
    if (url.scheme() != "http"_L1 || url.host().isEmpty() || !url.userInfo().isEmpty())
        return false;
    // What only Qt's stack does: HTTP/2 over cleartext, its cache, automatic decompression (it
    // adds Accept-Encoding itself), redirects it follows, a body of unknown size.
    if (request.attribute(QNetworkRequest::Http2DirectAttribute).toBool()
        || request.attribute(QNetworkRequest::Http2CleartextAllowedAttribute).toBool())
        return false;
    if (request.attribute(QNetworkRequest::CacheLoadControlAttribute, QNetworkRequest::PreferNetwork).toInt() != QNetworkRequest::AlwaysNetwork)
        return false;
    if (request.rawHeader("accept-encoding").isEmpty())
        return false;
    const QVariant redirects = request.attribute(QNetworkRequest::RedirectPolicyAttribute);
    if (redirects.isValid() ? redirects.toInt() != QNetworkRequest::ManualRedirectPolicy : redirectPolicy() != QNetworkRequest::ManualRedirectPolicy)
        return false;
    if (op == CustomOperation && request.attribute(QNetworkRequest::CustomVerbAttribute).toByteArray().isEmpty())
        return false;
    if (outgoingData && (outgoingData->isSequential() || !outgoingData->isReadable()))
        return false;
    // Only when no proxy is in effect: the manager's own, else its factory's answer.
    const QNetworkProxy own = proxy();
    if (own.type() != QNetworkProxy::DefaultProxy)
        return own.type() == QNetworkProxy::NoProxy;
    if (QNetworkProxyFactory *factory = proxyFactory()) {
        const QList<QNetworkProxy> proxies = factory->queryProxy(QNetworkProxyQuery(url));
        return !proxies.isEmpty() && proxies.first().type() == QNetworkProxy::NoProxy;
    }
    return QNetworkProxy::applicationProxy().type() == QNetworkProxy::NoProxy;
}

QNetworkReply *HttpAccessManager::createRequest(Operation op, const QNetworkRequest &request, QIODevice *outgoingData)
{
    if (!goesDirect(op, request, outgoingData))
        return QNetworkAccessManager::createRequest(op, request, outgoingData);
    QByteArray method;
    switch (op) {
    case HeadOperation:
        method = "HEAD"_ba;
        break;
    case GetOperation:
        method = "GET"_ba;
        break;
    case PutOperation:
        method = "PUT"_ba;
        break;
    case PostOperation:
        method = "POST"_ba;
        break;
    case DeleteOperation:
        method = "DELETE"_ba;
        break;
    case CustomOperation:
        method = request.attribute(QNetworkRequest::CustomVerbAttribute).toByteArray();
        break;
    default:
        return QNetworkAccessManager::createRequest(op, request, outgoingData);
    }
    return new DirectHttpReply(this, m_pool.get(), op, request, std::move(method), outgoingData);
}

} // namespace gatehouse
