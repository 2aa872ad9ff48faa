// SPDX-License-Identifier: GPL-3.0-or-later
#include "http/exchange.h"

#include "formats/bodyformat.h"
#include "http/decompress.h"
#include "http/httpclient.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QHttpMultiPart>
#include <QUuid>
#include <QLocale>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSslError>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace gatehouse {

namespace {

bool sameOrigin(const QUrl &a, const QUrl &b)
{
    return a.scheme() == b.scheme() && a.host() == b.host() && a.port(-1) == b.port(-1);
}

// Credentials never follow a redirect to another origin.
bool isCredentialHeader(QByteArrayView name)
{
    for (QByteArrayView c : {"authorization"_ba, "proxy-authorization"_ba, "cookie"_ba, "ocp-apim-subscription-key"_ba}) {
        if (name.compare(c, Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

bool isBodyHeader(QByteArrayView name)
{
    return name.compare("content-type", Qt::CaseInsensitive) == 0
        || name.compare("content-length", Qt::CaseInsensitive) == 0
        || name.compare("content-encoding", Qt::CaseInsensitive) == 0;
}

// The Accept-Language value Qt's HTTP stack adds when the request has none (qhttpnetworkconnection.cpp).
QByteArray qtAcceptLanguage()
{
    QString locale = QLocale::system().name().replace(u'_', u'-');
    if (locale == "C"_L1)
        return "en,*"_ba;
    if (locale.startsWith("en-"_L1))
        return (locale + ",*"_L1).toLatin1();
    return (locale + ",en,*"_L1).toLatin1();
}

Error transportError(QNetworkReply::NetworkError code, const QString &detail, const QUrl &url)
{
    const QString host = url.host();
    switch (code) {
    case QNetworkReply::ConnectionRefusedError:
        return {Error::Code::ConnectionRefused,
                QCoreApplication::translate("gatehouse::Exchange", "Connection refused by %1 (nothing is listening on port %2).")
                    .arg(host)
                    .arg(url.port(url.scheme() == "https"_L1 ? 443 : 80))};
    case QNetworkReply::HostNotFoundError:
        return {Error::Code::HostNotFound,
                QCoreApplication::translate("gatehouse::Exchange", "Host not found: %1 (check the URL and your DNS).").arg(host)};
    case QNetworkReply::TimeoutError:
        return {Error::Code::Timeout,
                QCoreApplication::translate("gatehouse::Exchange", "The connection to %1 timed out.").arg(host)};
    case QNetworkReply::RemoteHostClosedError:
        return {Error::Code::RemoteClosed,
                QCoreApplication::translate("gatehouse::Exchange", "%1 closed the connection before answering.").arg(host)};
    case QNetworkReply::SslHandshakeFailedError:
        return {Error::Code::Tls, QCoreApplication::translate("gatehouse::Exchange", "TLS with %1 failed: %2").arg(host, detail)};
    default:
        return {Error::Code::Network, QCoreApplication::translate("gatehouse::Exchange", "Request to %1 failed: %2").arg(host, detail)};
    }
}

} // namespace

Exchange::Exchange(QNetworkAccessManager *nam, HttpRequest request, HttpClient *client)
    : QObject(client)
    , m_nam(nam)
    , m_client(client)
    , m_request(std::move(request))
{
    m_clock.start();
    if (m_request.timeout.count() > 0) {
        m_timeout = new QTimer(this);
        m_timeout->setSingleShot(true);
        m_timeout->setTimerType(Qt::PreciseTimer); // a coarse timer may fire 5% early
        connect(m_timeout, &QTimer::timeout, this, [this] {
            m_timedOut = true;
            if (m_reply)
                m_reply->abort();
        });
        m_timeout->start(m_request.timeout);
    }
    // Start on the event loop so a caller always has the chance to connect to finished().
    QTimer::singleShot(0, this, &Exchange::startHop);
}

Exchange::~Exchange()
{
    if (m_reply) {
        m_reply->disconnect(this);
        m_reply->abort();
        m_reply->deleteLater();
    }
}

void Exchange::cancel()
{
    if (m_finished)
        return;
    m_cancelled = true;
    if (m_reply)
        m_reply->abort();
    else
        finishWith(Error{Error::Code::Cancelled, tr("The request was cancelled.")});
}

void Exchange::startHop()
{
    if (m_finished)
        return;
    const QUrl &url = m_request.url;
    if (!url.isValid() || url.host().isEmpty() || (url.scheme() != "http"_L1 && url.scheme() != "https"_L1)) {
        finishWith(Error{Error::Code::InvalidUrl,
                         tr("'%1' is not an http:// or https:// URL.").arg(url.toString(QUrl::RemoveUserInfo))});
        return;
    }

    if (url.scheme() == "https"_L1) {
        auto ssl = makeSslConfiguration(m_request.tls);
        if (!ssl) {
            finishWith(ssl.error());
            return;
        }
        m_client->prepareConnection(url, m_request.tls);
        m_sslConfiguration = *ssl;
    }

    HeaderList headers = m_request.headers;
    // Each header once: repeated names are folded into one comma-separated value (RFC 9110 5.3).
    QNetworkRequest nreq(url);
    nreq.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    nreq.setAttribute(QNetworkRequest::CacheLoadControlAttribute, QNetworkRequest::AlwaysNetwork);
    nreq.setAttribute(QNetworkRequest::CacheSaveControlAttribute, false);
    if (url.scheme() == "https"_L1)
        nreq.setSslConfiguration(m_sslConfiguration);
    if (!hasHeader(headers, "user-agent"))
        headers.append({"User-Agent"_ba, HttpClient::defaultUserAgent()});
    if (!hasHeader(headers, "accept"))
        headers.append({"Accept"_ba, "*/*"_ba});
    auto upload = prepareUpload();
    if (!upload) {
        finishWith(upload.error());
        return;
    }
    if (!upload->contentType.isEmpty() && !hasHeader(headers, "content-type"))
        headers.append({"Content-Type"_ba, upload->contentType});
    if (!hasHeader(headers, "accept-encoding"))
        headers.append({"Accept-Encoding"_ba, acceptedEncodings()});
    HeaderList folded;
    for (const auto &[name, value] : std::as_const(headers)) {
        auto it = std::find_if(folded.begin(), folded.end(),
                               [&](const auto &h) { return h.first.compare(name, Qt::CaseInsensitive) == 0; });
        if (it == folded.end())
            folded.append({name, value});
        else
            it->second += ", "_ba + value;
    }
    for (const auto &[name, value] : std::as_const(folded))
        nreq.setRawHeader(name, value);

    // Record what goes on the wire: ours, then what Qt's HTTP stack adds itself.
    SentRequest sent{m_request.method, url, folded, m_request.body, m_request.credentialHeaders, upload->description, upload->size};
    const QByteArray hostHeader = url.port(-1) == -1 ? url.host(QUrl::FullyEncoded).toLatin1()
                                                     : url.host(QUrl::FullyEncoded).toLatin1() + ':' + QByteArray::number(url.port());
    sent.headers.prepend({"Host"_ba, hostHeader});
    if (upload->size > 0)
        sent.headers.append({"Content-Length"_ba, QByteArray::number(upload->size)});
    if (!hasHeader(folded, "accept-language"))
        sent.headers.append({"Accept-Language"_ba, qtAcceptLanguage()});
    if (!hasHeader(folded, "connection"))
        sent.headers.append({"Connection"_ba, "Keep-Alive"_ba});
    m_result.request = std::move(sent);

    m_tlsErrors.clear();
    if (upload->multipart)
        m_reply = m_nam->sendCustomRequest(nreq, m_request.method, upload->multipart);
    else if (upload->device)
        m_reply = m_nam->sendCustomRequest(nreq, m_request.method, upload->device);
    else if (!m_request.body.isEmpty())
        m_reply = m_nam->sendCustomRequest(nreq, m_request.method, m_request.body);
    else
        m_reply = m_nam->sendCustomRequest(nreq, m_request.method);
    // The upload lives as long as the reply that reads it.
    if (upload->multipart)
        upload->multipart->setParent(m_reply);
    if (upload->device)
        upload->device->setParent(m_reply);
    QNetworkReply *reply = m_reply;
    connect(reply, &QNetworkReply::socketStartedConnecting, this, [this] {
        if (m_result.timings.connectStarted < 0)
            m_result.timings.connectStarted = elapsed();
    });
    connect(reply, &QNetworkReply::encrypted, this, [this, reply] {
        m_result.timings.tlsDone = elapsed();
        m_result.tls = tlsInfoFrom(reply->sslConfiguration(), m_request.tls.verifyPeer);
    });
    connect(reply, &QNetworkReply::requestSent, this, [this] { m_result.timings.requestSent = elapsed(); });
    connect(reply, &QNetworkReply::metaDataChanged, this, [this] {
        if (m_result.timings.firstByte < 0)
            m_result.timings.firstByte = elapsed();
    });
    connect(reply, &QNetworkReply::downloadProgress, this, &Exchange::progressed);
    connect(reply, &QNetworkReply::sslErrors, this, [this](const QList<QSslError> &errors) {
        // The first error is the one to act on; the rest usually follow from it.
        if (!errors.isEmpty())
            m_tlsErrors = explainTlsError(errors.first());
    });
    connect(reply, &QNetworkReply::finished, this, &Exchange::onReplyFinished);
}

Expected<Exchange::Upload> Exchange::prepareUpload()
{
    Upload upload;
    if (!m_request.multipart.isEmpty()) {
        // Our own boundary, so the Content-Type we record is the one on the wire.
        const QByteArray boundary = "gatehouse-" + QUuid::createUuid().toByteArray(QUuid::Id128);
        auto *multipart = new QHttpMultiPart(QHttpMultiPart::FormDataType);
        multipart->setBoundary(boundary);
        upload.multipart = multipart;
        qint64 size = 0;
        for (const MultipartPart &p : std::as_const(m_request.multipart)) {
            QHttpPart part;
            QByteArray disposition = "form-data; name=\"" + p.name + '"';
            qint64 contentSize = 0;
            QByteArray type = p.contentType;
            if (!p.filePath.isEmpty()) {
                auto *file = new QFile(p.filePath, multipart);
                if (!file->open(QIODevice::ReadOnly)) {
                    const Error error{Error::Code::FileUnreadable, tr("Cannot read the file '%1' for form field '%2': %3")
                                                                       .arg(p.filePath, QString::fromUtf8(p.name), file->errorString())};
                    delete multipart; // and the files opened so far
                    return std::unexpected(error);
                }
                const QString fileName = p.fileName.isEmpty() ? QFileInfo(p.filePath).fileName() : p.fileName;
                disposition += "; filename=\"" + fileName.toUtf8() + '"';
                if (type.isEmpty())
                    type = "application/octet-stream"_ba;
                part.setBodyDevice(file);
                contentSize = file->size();
            } else {
                part.setBody(p.value);
                contentSize = p.value.size();
            }
            part.setRawHeader("Content-Disposition", disposition);
            QByteArray headerBlock = "Content-Disposition: " + disposition + "\r\n";
            if (!type.isEmpty()) {
                part.setRawHeader("Content-Type", type);
                headerBlock += "Content-Type: " + type + "\r\n";
            }
            multipart->append(part);
            // "--boundary\r\n" headers "\r\n" content "\r\n"
            size += 2 + boundary.size() + 2 + headerBlock.size() + 2 + contentSize + 2;
        }
        size += 2 + boundary.size() + 2 + 2; // "--boundary--\r\n"
        upload.size = size;
        upload.contentType = "multipart/form-data; boundary=" + boundary;
        upload.description = tr("multipart/form-data, parts: %1, %2").arg(m_request.multipart.size()).arg(formatSize(size));
        return upload;
    }
    if (!m_request.bodyFile.isEmpty()) {
        auto *file = new QFile(m_request.bodyFile);
        if (!file->open(QIODevice::ReadOnly)) {
            const QString why = file->errorString();
            delete file;
            return std::unexpected(Error{Error::Code::FileUnreadable,
                                         tr("Cannot read the body file '%1': %2").arg(m_request.bodyFile, why)});
        }
        upload.device = file;
        upload.size = file->size();
        upload.contentType = "application/octet-stream"_ba;
        upload.description = tr("%1 (%2), streamed from disk").arg(QFileInfo(m_request.bodyFile).fileName(), formatSize(upload.size));
        return upload;
    }
    upload.size = m_request.body.size();
    if (!m_request.body.isEmpty())
        upload.contentType = "application/x-www-form-urlencoded"_ba; // as curl -d does
    return upload;
}

void Exchange::onReplyFinished()
{
    QNetworkReply *reply = m_reply;
    if (!reply)
        return;
    reply->deleteLater();
    m_reply = nullptr;

    const QVariant status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute);
    if (!status.isValid() || m_cancelled || m_timedOut) {
        if (m_cancelled) {
            finishWith(Error{Error::Code::Cancelled, tr("The request was cancelled.")});
        } else if (m_timedOut) {
            finishWith(Error{Error::Code::Timeout,
                             tr("No complete response from %1 within %2 ms.").arg(m_request.url.host()).arg(m_request.timeout.count())});
        } else {
            const QString detail = m_tlsErrors.isEmpty() ? reply->errorString() : m_tlsErrors;
            const auto code = m_tlsErrors.isEmpty() ? reply->error() : QNetworkReply::SslHandshakeFailedError;
            finishWith(transportError(code, detail, m_request.url));
        }
        return;
    }

    HttpResponse response;
    response.statusCode = status.toInt();
    response.reasonPhrase = reply->attribute(QNetworkRequest::HttpReasonPhraseAttribute).toByteArray();
    response.httpVersion = reply->attribute(QNetworkRequest::Http2WasUsedAttribute).toBool() ? "2"_ba : "1.1"_ba;
    for (const auto &[name, value] : reply->rawHeaderPairs()) {
        response.headerBytes += name.size() + value.size() + 4;
        response.headers.append({name, value});
    }
    response.body = reply->readAll();
    response.encodedBodySize = response.body.size();
    if (const QByteArray encoding = headerValue(response.headers, "content-encoding"); !encoding.isEmpty()) {
        if (auto decoded = decodeContent(response.body, encoding, m_request.maxDecodedBodySize))
            response.body = std::move(*decoded);
        else
            response.decodingProblem = decoded.error().message;
    }

    const int code = response.statusCode;
    const QByteArray location = headerValue(response.headers, "location");
    const bool isRedirect = code == 301 || code == 302 || code == 303 || code == 307 || code == 308;
    if (m_request.followRedirects && isRedirect && !location.isEmpty()) {
        const QUrl next = m_request.url.resolved(QUrl::fromEncoded(location));
        m_result.redirects.append({m_request.url, code, next});
        if (m_result.redirects.size() > m_request.maxRedirects) {
            finishWith(Error{Error::Code::TooManyRedirects,
                             tr("Too many redirects (more than %1); the server may be redirecting in a loop.").arg(m_request.maxRedirects)});
            return;
        }
        // As browsers and Postman do: 303, and 301/302 after a POST, become a GET without a body.
        if (code == 303 || ((code == 301 || code == 302) && m_request.method == "POST")) {
            if (m_request.method != "HEAD")
                m_request.method = "GET"_ba;
            m_request.body.clear();
            m_request.bodyFile.clear();
            m_request.multipart.clear();
            m_request.headers.removeIf([](const auto &h) { return isBodyHeader(h.first); });
        }
        if (!sameOrigin(m_request.url, next)) {
            m_request.headers.removeIf([this](const auto &h) {
                return isCredentialHeader(h.first)
                    || std::any_of(m_request.credentialHeaders.cbegin(), m_request.credentialHeaders.cend(),
                                   [&](const QByteArray &c) { return c.compare(h.first, Qt::CaseInsensitive) == 0; });
            });
        }
        m_request.url = next;
        startHop();
        return;
    }

    m_result.response = std::move(response);
    finishWith(std::nullopt);
}

void Exchange::finishWith(std::optional<Error> error)
{
    if (m_finished)
        return;
    m_finished = true;
    if (m_timeout)
        m_timeout->stop();
    m_result.error = std::move(error);
    if (m_result.error)
        m_result.response.reset();
    m_result.timings.finished = elapsed();
    Q_EMIT finished(m_result);
}

} // namespace gatehouse
