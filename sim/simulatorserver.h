// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "error.h"
#include "gateway.h"
#include "managementapi.h"

#include <QAbstractHttpServer>
#include <QHostAddress>
#include <QList>
#include <QUrl>

class QTcpServer;

namespace gatehouse::sim {

// The simulated APIM gateway on a real socket: every request goes through Gateway, the answer is
// written back, after the backend's delay where it has one (without blocking the event loop).
class SimulatorServer : public QAbstractHttpServer
{
    Q_OBJECT
public:
    explicit SimulatorServer(SimConfig config, QObject *parent = nullptr);
    ~SimulatorServer() override;

    // Port 0 picks a free port. Returns the port actually bound. May be called more than once
    // (one socket per address).
    [[nodiscard]] Expected<quint16> listen(const QHostAddress &address = QHostAddress::LocalHost, quint16 port = 0);
    // The management (ARM) API of the same service on its own socket (FACTS.md §5).
    [[nodiscard]] Expected<quint16> listenManagement(const QHostAddress &address = QHostAddress::LocalHost, quint16 port = 0);
    // "http://127.0.0.1:PORT" for each gateway socket, and for each management socket.
    QList<QUrl> urls() const;
    QList<QUrl> managementUrls() const;

    Gateway &gateway() { return m_gateway; }

Q_SIGNALS:
    // After each answer is sent, for logs ("GET /orders 401 authorization/SubscriptionKeyNotFound").
    // target is the path without the query, which may carry a key.
    void requestHandled(
        const QByteArray &method, const QString &target, int status, const QString &errorSource, const QString &errorReason);

protected:
    bool handleRequest(const QHttpServerRequest &request, QHttpServerResponder &responder) override;
    void missingHandler(const QHttpServerRequest &request, QHttpServerResponder &responder) override;

private:
    Expected<QTcpServer *> bindSocket(const QHostAddress &address, quint16 port);

    Gateway m_gateway;
    ManagementApi m_management;
    QList<quint16> m_managementPorts;
};

} // namespace gatehouse::sim
