// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "error.h"
#include "model/workspace.h"

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QMap>
#include <QSet>
#include <QString>

namespace gatehouse {

class SecretStore;

// A file that could not be loaded. It is left untouched on disk, and the rest still loads.
struct StorageProblem {
    QString filePath; // absolute
    int line = 0;     // 1-based for syntax errors, 0 when the whole file is at fault
    Error error;      // the message names the file (relative to the workspace) and the line
};

// A secret variable whose value this machine does not have: the user is asked for it once.
struct MissingSecret {
    QString scopeName; // environment, collection or folder name, or "Globals"
    QString variable;
    QString key; // the SecretStore key to write the value under
};

struct WorkspaceLoad {
    Workspace workspace;
    QList<StorageProblem> problems;
    QList<MissingSecret> missingSecrets;
};

// A workspace on disk: a folder holding
//   workspace.json                          id, name, order of collections and environments, globals
//   collections/<name>/collection.json      a collection: auth, variables, scripts, order of children
//   collections/<name>/<folder>/folder.json a folder, nested as deep as the tree
//   collections/<name>/…/<name>.request.json one request
//   environments/<name>.json                one environment
//   .gatehouse/                             local state, ignored by git through its own .gitignore
// Files are small, keys come in a fixed order, so one edit is a one-line diff (docs/workspace-format.md).
// The storage remembers which files it loaded or wrote: a save removes only those it no longer
// needs, keeps loaded file names across renames, and never touches files it could not read.
class WorkspaceStorage
{
public:
    // secrets may be null: secret values are then neither read nor written (and listed as missing).
    explicit WorkspaceStorage(QString rootPath, SecretStore *secrets = nullptr);

    QString rootPath() const { return m_root; }
    static bool isWorkspace(const QString &path);

    // Fails only when the manifest is missing or unreadable; anything else is a problem in the result.
    [[nodiscard]] Expected<WorkspaceLoad> load();
    // Writes what changed (same bytes are not rewritten), all or nothing: every changed file is
    // written beside its target first and only then renamed over it, and a failure on the way puts
    // back the files already replaced, so the workspace on disk is either the old one or the new one.
    // Every item needs an id (assignMissingIds()). Secret values go to the secret store first; if
    // that fails nothing is written.
    [[nodiscard]] Expected<void> save(const Workspace &workspace);

    // The folder for local, unshared state of this workspace (history, UI state, cookies):
    // <root>/.gatehouse, created with a .gitignore that keeps all of it out of git.
    [[nodiscard]] Expected<QString> localStateDirectory() const;

    // The name part of a file or folder name for an item name: lower case, letters and digits, dashes.
    static QString fileNameFor(QStringView name, QStringView fallback);

private:
    struct Rendered {
        QMap<QString, QByteArray> files; // relative path -> contents
        QHash<QString, QString> paths;   // item id -> relative path of its file or folder
    };
    class Renderer;
    class Loader;

    [[nodiscard]] Expected<Rendered> render(const Workspace &workspace) const;

    QString m_root;
    SecretStore *m_secrets = nullptr;
    QSet<QString> m_owned;          // relative paths of files loaded or written by this storage
    QHash<QString, QString> m_paths; // item id -> relative path it was loaded from or saved to
};

} // namespace gatehouse
