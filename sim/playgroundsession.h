// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "error.h"

#include <QObject>
#include <QUrl>

#include <memory>

namespace gatehouse::sim {

class SimulatorServer;

// The Playground for onboarding: the bundled simulator config served in-process on a free
// loopback port, and the Playground workspace written (or refreshed) in a folder of its own,
// pointing at that port.
class PlaygroundSession : public QObject
{
    Q_OBJECT
public:
    explicit PlaygroundSession(QObject *parent = nullptr);
    ~PlaygroundSession() override;

    // Starts the simulator and writes the workspace into workspaceDir; returns the gateway URL.
    [[nodiscard]] Expected<QUrl> start(const QString &workspaceDir);
    QUrl gatewayUrl() const { return m_gatewayUrl; }
    QString workspaceDir() const { return m_workspaceDir; }

    // The default folder: <AppDataLocation>/playground.
    static QString defaultWorkspaceDir();

private:
    std::unique_ptr<SimulatorServer> m_server;
    QUrl m_gatewayUrl;
    QString m_workspaceDir;
};

} // namespace gatehouse::sim
