// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/workspace.h"

#include <QUuid>

using namespace Qt::StringLiterals;

namespace gatehouse {

QString newItemId()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

namespace {

bool findById(const Folder &folder, QStringView id, RequestLocation &location)
{
    for (const Request &request : folder.requests) {
        if (request.id == id) {
            location.request = &request;
            return true;
        }
    }
    for (const Folder &child : folder.folders) {
        location.folders.append(&child);
        if (findById(child, id, location))
            return true;
        location.folders.removeLast();
    }
    return false;
}

} // namespace

std::optional<RequestLocation> findRequestById(const Workspace &workspace, QStringView id)
{
    for (const Collection &collection : workspace.collections) {
        RequestLocation location;
        location.collection = &collection;
        if (findById(collection, id, location))
            return location;
    }
    return std::nullopt;
}

std::optional<RequestLocation> findRequestByPath(const Workspace &workspace, QStringView path)
{
    const QList<QStringView> parts = path.split(u'/', Qt::SkipEmptyParts);
    if (parts.size() < 2)
        return std::nullopt;
    for (const Collection &collection : workspace.collections) {
        if (collection.name != parts.first())
            continue;
        RequestLocation location;
        location.collection = &collection;
        const Folder *current = &collection;
        bool found = true;
        for (qsizetype i = 1; i + 1 < parts.size() && found; ++i) {
            found = false;
            for (const Folder &child : current->folders) {
                if (child.name == parts.at(i)) {
                    location.folders.append(&child);
                    current = &child;
                    found = true;
                    break;
                }
            }
        }
        if (!found)
            continue;
        for (const Request &request : current->requests) {
            if (request.name == parts.last()) {
                location.request = &request;
                return location;
            }
        }
    }
    return std::nullopt;
}

const Environment *findEnvironment(const Workspace &workspace, QStringView nameOrId)
{
    for (const Environment &environment : workspace.environments) {
        if (environment.id == nameOrId)
            return &environment;
    }
    for (const Environment &environment : workspace.environments) {
        if (environment.name == nameOrId)
            return &environment;
    }
    return nullptr;
}

void assignMissingIds(Folder &folder)
{
    if (folder.id.isEmpty())
        folder.id = newItemId();
    for (Request &request : folder.requests) {
        if (request.id.isEmpty())
            request.id = newItemId();
    }
    for (Folder &child : folder.folders)
        assignMissingIds(child);
}

void assignMissingIds(Workspace &workspace)
{
    if (workspace.id.isEmpty())
        workspace.id = newItemId();
    for (Collection &collection : workspace.collections)
        assignMissingIds(collection);
    for (Environment &environment : workspace.environments) {
        if (environment.id.isEmpty())
            environment.id = newItemId();
    }
}

} // namespace gatehouse
