// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QList>
#include <QObject>
#include <QSslConfiguration>
#include <QTcpServer>

#include <memory>
#include <QUrl>

#include <utility>

namespace gatehouse::test {

// A small HTTP/1.1 server on 127.0.0.1 with a random port. Routes:
//   /echo              200, JSON of what arrived: method, target, headers (as sent, in order), body
//   /status/N          status N with a small JSON body
//   /redirect/N        302 to /redirect/N-1; /redirect/0 redirects to /echo
//   /redirect-to?status=S&url=U   S (default 302) to U
//   /json, /xml        a compact JSON / XML document
//   /gzip              /json, gzip-encoded; /bomb: 20 MB of 'a' gzip-encoded
//   /apim/key          like an APIM gateway: 401 missing/invalid key unless
//                      Ocp-Apim-Subscription-Key is fake-key-0000, then /echo
//   /slow?ms=N         answers /echo after N milliseconds
//   /stall             reads the request and never answers
//   /get /post /put /patch /delete   as postman-echo.com: JSON with args, headers, url (and data,
//                      form, json for bodies), for newman's fixtures and the runner tests
//   /headers           {"headers": {...}} (names in lower case); /response-headers?N=V sends N: V
//   /basic-auth        200 for postman:password, else 401; /type/xml, /type/html; /delay/S
//   anything else      404, or with setRawEcho(true) 200 text/plain: the request as it arrived
//                      (request line, headers, body), like newman's raw echo server
// Every request is recorded (with header names in the case the client used).
class TestServer : public QObject
{
    Q_OBJECT
public:
    struct Request {
        QByteArray method;
        QByteArray target;
        QList<std::pair<QByteArray, QByteArray>> headers;
        QByteArray body;
        QString clientCertificateName; // CN of the client certificate, on TLS with client auth
        QByteArray header(QByteArrayView name) const;
    };

    explicit TestServer(QObject *parent = nullptr);
    bool listen();
    // HTTPS with the given server certificate/key (and, to demand client certificates,
    // peerVerifyMode VerifyPeer plus the accepted client CAs).
    bool listenTls(const QSslConfiguration &configuration);
    quint16 port() const { return m_server->serverPort(); }
    QUrl url(const QString &pathAndQuery = {}) const;
    const QList<Request> &requests() const { return m_requests; }
    void setRawEcho(bool on) { m_rawEcho = on; }
    static QByteArray jsonDocument();
    static QByteArray xmlDocument();
    static QByteArray gzip(const QByteArray &data);

Q_SIGNALS:
    void requestReceived();

private:
    void onNewConnection();
    void serve(QTcpSocket *socket, const Request &request);

    std::unique_ptr<QTcpServer> m_server;
    bool m_tls = false;
    bool m_rawEcho = false;
    QList<Request> m_requests;
};

} // namespace gatehouse::test
