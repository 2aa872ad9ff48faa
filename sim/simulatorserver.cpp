// SPDX-License-Identifier: GPL-3.0-or-later
#include "simulatorserver.h"

#include <QCoreApplication>
#include <QHttpHeaders>
#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QPointer>
#include <QTcpServer>
#include <QTimer>

#include <memory>

using namespace Qt::StringLiterals;

namespace gatehouse::sim {

namespace {

QByteArray methodName(QHttpServerRequest::Method method)
{
    switch (method) {
    case QHttpServerRequest::Method::Get: return "GET"_ba;
    case QHttpServerRequest::Method::Put: return "PUT"_ba;
    case QHttpServerRequest::Method::Delete: return "DELETE"_ba;
    case QHttpServerRequest::Method::Post: return "POST"_ba;
    case QHttpServerRequest::Method::Head: return "HEAD"_ba;
    case QHttpServerRequest::Method::Options: return "OPTIONS"_ba;
    case QHttpServerRequest::Method::Patch: return "PATCH"_ba;
    case QHttpServerRequest::Method::Connect: return "CONNECT"_ba;
    case QHttpServerRequest::Method::Trace: return "TRACE"_ba;
    default: break;
    }
    return "UNKNOWN"_ba;
}

void writeResponse(QHttpServerResponder &responder, const GatewayResponse &response)
{
    QHttpHeaders headers;
    for (const auto &[name, value] : response.headers)
        headers.append(name, value);
    responder.write(response.body, headers, QHttpServerResponder::StatusCode(response.status));
}

class Tr
{
    Q_DECLARE_TR_FUNCTIONS(gatehouse::sim::SimulatorServer)
};

} // namespace

SimulatorServer::SimulatorServer(SimConfig config, QObject *parent)
    : QAbstractHttpServer(parent)
    , m_gateway(std::move(config))
    , m_management(m_gateway)
{
}

SimulatorServer::~SimulatorServer() = default;

Expected<QTcpServer *> SimulatorServer::bindSocket(const QHostAddress &address, quint16 port)
{
    auto *tcp = new QTcpServer(this);
    if (!tcp->listen(address, port)) {
        const QString reason = tcp->errorString();
        delete tcp;
        return std::unexpected(
            Error { Error::Code::ListenFailed, Tr::tr("Cannot listen on %1 port %2: %3").arg(address.toString()).arg(port).arg(reason) });
    }
    if (!bind(tcp)) {
        delete tcp;
        return std::unexpected(
            Error { Error::Code::ListenFailed, Tr::tr("Cannot serve HTTP on %1 port %2.").arg(address.toString()).arg(port) });
    }
    return tcp;
}

Expected<quint16> SimulatorServer::listen(const QHostAddress &address, quint16 port)
{
    return bindSocket(address, port).transform([](QTcpServer *tcp) { return tcp->serverPort(); });
}

Expected<quint16> SimulatorServer::listenManagement(const QHostAddress &address, quint16 port)
{
    return bindSocket(address, port).transform([this](QTcpServer *tcp) {
        m_managementPorts.append(tcp->serverPort());
        return tcp->serverPort();
    });
}

QList<QUrl> SimulatorServer::urls() const
{
    QList<QUrl> result;
    for (const QTcpServer *tcp : servers()) {
        if (m_managementPorts.contains(tcp->serverPort()))
            continue;
        QUrl url;
        url.setScheme(u"http"_s);
        url.setHost(tcp->serverAddress().toString());
        url.setPort(tcp->serverPort());
        result.append(url);
    }
    return result;
}

QList<QUrl> SimulatorServer::managementUrls() const
{
    QList<QUrl> result;
    for (const QTcpServer *tcp : servers()) {
        if (!m_managementPorts.contains(tcp->serverPort()))
            continue;
        QUrl url;
        url.setScheme(u"http"_s);
        url.setHost(tcp->serverAddress().toString());
        url.setPort(tcp->serverPort());
        result.append(url);
    }
    return result;
}

bool SimulatorServer::handleRequest(const QHttpServerRequest &request, QHttpServerResponder &responder)
{
    const QUrl url = request.url();
    GatewayRequest in;
    in.method = methodName(request.method());
    QByteArray host = request.value("host"_ba);
    if (host.isEmpty())
        host = url.authority(QUrl::FullyEncoded).toLatin1();
    in.origin = url.scheme() + u"://"_s + QString::fromLatin1(host);
    in.path = url.path(QUrl::FullyEncoded);
    in.query = url.query(QUrl::FullyEncoded);
    const QHttpHeaders &headers = request.headers();
    for (qsizetype i = 0; i < headers.size(); ++i) {
        const QLatin1StringView name = headers.nameAt(i);
        in.headers.append({ QByteArray(name.data(), name.size()), headers.valueAt(i).toByteArray() });
    }
    in.body = request.body();
    in.peer = request.remoteAddress();

    const GatewayResponse response = m_managementPorts.contains(request.localPort()) ? m_management.handle(in) : m_gateway.handle(in);
    // The path only: a query may carry a subscription key, and logs get shared.
    const QString target = in.path;
    if (response.delay.count() <= 0) {
        writeResponse(responder, response);
        Q_EMIT requestHandled(in.method, target, response.status, response.errorSource, response.errorReason);
        return true;
    }
    // A slow backend: keep the responder and answer from the event loop later.
    auto pending = std::make_shared<QHttpServerResponder>(std::move(responder));
    QTimer::singleShot(response.delay, this, [this, pending, response, method = in.method, target] {
        writeResponse(*pending, response);
        Q_EMIT requestHandled(method, target, response.status, response.errorSource, response.errorReason);
    });
    return true;
}

void SimulatorServer::missingHandler(const QHttpServerRequest &, QHttpServerResponder &responder)
{
    // handleRequest() answers everything; this only satisfies QAbstractHttpServer.
    responder.write(QHttpServerResponder::StatusCode::NotFound);
}

} // namespace gatehouse::sim
