// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/request.h"

#include <QList>

namespace gatehouse {

// A folder holds requests and further folders; its auth, variables and scripts apply to
// everything inside it. Folders come before requests; each list keeps its own order.
struct Folder {
    QString id;
    QString name;
    QString description; // Markdown
    Auth auth;           // Inherit by default
    VariableList variables;
    Scripts scripts;
    ProtocolBehavior behavior; // for every request inside that does not set a key itself
    QList<Folder> folders;
    QList<Request> requests;

    friend bool operator==(const Folder &, const Folder &) = default;
};

// A collection is the top folder of a tree: what a team shares and a runner runs.
// Its auth is where inheritance ends (Inherit at this level means None).
struct Collection : Folder {
    Collection() { auth.kind = Auth::Kind::None; }

    friend bool operator==(const Collection &, const Collection &) = default;
};

} // namespace gatehouse
