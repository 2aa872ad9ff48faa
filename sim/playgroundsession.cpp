// SPDX-License-Identifier: GPL-3.0-or-later
#include "playgroundsession.h"

#include "playground/playground.h"
#include "simulatorserver.h"
#include "storage/workspacestorage.h"

#include <QDir>
#include <QFile>
#include <QStandardPaths>

using namespace Qt::StringLiterals;

namespace gatehouse::sim {

PlaygroundSession::PlaygroundSession(QObject *parent)
    : QObject(parent)
{
}

PlaygroundSession::~PlaygroundSession() = default;

QString PlaygroundSession::defaultWorkspaceDir()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + u"/playground"_s;
}

Expected<QUrl> PlaygroundSession::start(const QString &workspaceDir)
{
    QFile file(u":/simulator/playground.json"_s);
    if (!file.open(QIODevice::ReadOnly))
        return std::unexpected(Error{Error::Code::FileUnreadable, file.errorString()});
    auto config = parseSimConfig(file.readAll(), u"playground.json"_s);
    if (!config)
        return std::unexpected(config.error());
    m_server = std::make_unique<SimulatorServer>(std::move(*config));
    auto port = m_server->listen();
    if (!port)
        return std::unexpected(port.error());
    m_gatewayUrl = QUrl(u"http://127.0.0.1:%1"_s.arg(*port));

    // Regenerated on every start: the port changes, and the files stay what the Playground
    // promises (the user's experiments belong in their own workspaces).
    if (!QDir().mkpath(workspaceDir))
        return std::unexpected(Error{Error::Code::FileUnwritable, tr("Cannot create the folder '%1'.").arg(workspaceDir)});
    Workspace workspace = playgroundWorkspace(m_gatewayUrl);
    WorkspaceStorage storage(workspaceDir);
    // Load first: the storage then knows the files it owns and rewrites them in place, instead
    // of writing a second copy beside them.
    (void)storage.load();
    if (auto saved = storage.save(workspace); !saved)
        return std::unexpected(saved.error());
    m_workspaceDir = workspaceDir;
    return m_gatewayUrl;
}

} // namespace gatehouse::sim
