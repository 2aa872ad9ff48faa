// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/environment.h"
#include "model/folder.h"

#include <QList>
#include <QString>

#include <optional>

namespace gatehouse {

// Everything one workspace folder holds: what a team keeps in one git repository.
struct Workspace {
    QString id;
    QString name;
    QList<Collection> collections;
    QList<Environment> environments;
    VariableList globals;

    friend bool operator==(const Workspace &, const Workspace &) = default;
};

// A fresh stable id for any item (a UUID without braces).
QString newItemId();

// Where a request lives: its collection and the folders from the collection down to it.
struct RequestLocation {
    const Collection *collection = nullptr;
    QList<const Folder *> folders; // outermost first
    const Request *request = nullptr;
};

std::optional<RequestLocation> findRequestById(const Workspace &workspace, QStringView id);
// "Collection/Folder/Sub folder/Request" by names, as the CLI takes it.
std::optional<RequestLocation> findRequestByPath(const Workspace &workspace, QStringView path);
const Environment *findEnvironment(const Workspace &workspace, QStringView nameOrId);

// Gives every item without an id a fresh one (imports, hand-written files).
void assignMissingIds(Workspace &workspace);
void assignMissingIds(Folder &folder);

} // namespace gatehouse
