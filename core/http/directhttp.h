// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QNetworkAccessManager>
#include <QNetworkRequest>

#include <memory>

namespace gatehouse {

// Set (true) by Exchange on the requests it builds, with every header it wants on the wire: only
// those may take the direct path below. Requests from elsewhere (the OAuth browser flow) go to Qt.
inline constexpr auto kDirectHttpRequestAttribute = QNetworkRequest::Attribute(QNetworkRequest::User + 0x4701);
// Set (true) on the replies of the direct path.
inline constexpr auto kDirectHttpReplyAttribute = QNetworkRequest::Attribute(QNetworkRequest::User + 0x4702);
// The request target (path and query) to write byte for byte instead of the URL's encoding
// (HttpRequest::target: as written, Postman's encoding); Qt's stack ignores it.
inline constexpr auto kDirectHttpTargetAttribute = QNetworkRequest::Attribute(QNetworkRequest::User + 0x4703);
// The request's header names as written (QByteArrayList): QNetworkRequest keeps them in lower
// case (Qt 6.7+); the direct path writes them, like Postman and curl, as the user spelled them.
inline constexpr auto kDirectHttpHeaderNamesAttribute = QNetworkRequest::Attribute(QNetworkRequest::User + 0x4704);

class DirectHttpPool;

// The Accept-Language value Qt's HTTP stack adds to a request without one; the direct path adds
// the same.
QByteArray defaultAcceptLanguage();

// The QNetworkAccessManager of HttpClient. Plain http:// requests built by Exchange that go direct
// (no proxy, after the manager's proxy factory, system proxy and NO_PROXY included) are sent by a
// same-thread HTTP/1.1 reply with a per-host keep-alive pool: no hop to Qt's HTTP thread and back.
// Everything else (https, proxies, HTTP/2 attributes, requests not built by Exchange) goes to Qt.
// GATEHOUSE_HTTP_QT=1 in the environment turns the direct path off (docs/http-engine.md).
class HttpAccessManager : public QNetworkAccessManager
{
    Q_OBJECT
public:
    explicit HttpAccessManager(QObject *parent = nullptr);
    ~HttpAccessManager() override;

    // On unless GATEHOUSE_HTTP_QT=1; applies to requests created from now on.
    void setDirectHttpEnabled(bool on) { m_direct = on; }
    bool isDirectHttpEnabled() const { return m_direct; }
    static bool directHttpFromEnvironment();

    // Closes the idle kept-alive connections of the direct path.
    void clearDirectConnections();
    // How many kept-alive connections of the direct path are idle, for all hosts.
    qsizetype idleDirectConnections() const;

    // Response header bytes (all lines together) the direct path accepts; more is an error.
    static constexpr qsizetype kMaxHeaderBytes = 4 * 1024 * 1024;

protected:
    QNetworkReply *createRequest(Operation op, const QNetworkRequest &request, QIODevice *outgoingData) override;

private:
    bool goesDirect(Operation op, const QNetworkRequest &request, QIODevice *outgoingData);

    std::unique_ptr<DirectHttpPool> m_pool;
    bool m_direct;
};

} // namespace gatehouse
