// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/workspaceedit.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace gatehouse {

namespace {

// The container (collection or folder) with the given id.
Folder *findFolder(Folder &folder, QStringView id)
{
    if (folder.id == id)
        return &folder;
    for (Folder &child : folder.folders) {
        if (Folder *found = findFolder(child, id))
            return found;
    }
    return nullptr;
}

Folder *findContainer(Workspace &workspace, QStringView id)
{
    for (Collection &collection : workspace.collections) {
        if (Folder *found = findFolder(collection, id))
            return found;
    }
    return nullptr;
}

// The container whose direct child (folder or request) has the given id.
Folder *findParent(Folder &folder, QStringView id)
{
    for (const Folder &child : folder.folders) {
        if (child.id == id)
            return &folder;
    }
    for (const Request &request : folder.requests) {
        if (request.id == id)
            return &folder;
    }
    for (Folder &child : folder.folders) {
        if (Folder *found = findParent(child, id))
            return found;
    }
    return nullptr;
}

Folder *findParent(Workspace &workspace, QStringView id)
{
    for (Collection &collection : workspace.collections) {
        if (Folder *found = findParent(collection, id))
            return found;
    }
    return nullptr;
}

template<typename T>
qsizetype indexOfId(const QList<T> &items, QStringView id)
{
    for (qsizetype i = 0; i < items.size(); ++i) {
        if (items.at(i).id == id)
            return i;
    }
    return -1;
}

void renewIds(Folder &folder)
{
    folder.id = newItemId();
    for (Folder &child : folder.folders)
        renewIds(child);
    for (Request &request : folder.requests)
        request.id = newItemId();
}

QString copyName(const QString &name)
{
    return QCoreApplication::translate("gatehouse::WorkspaceEdit", "%1 copy").arg(name);
}

bool contains(const Folder &folder, QStringView id)
{
    if (folder.id == id)
        return true;
    for (const Folder &child : folder.folders) {
        if (contains(child, id))
            return true;
    }
    return false;
}

} // namespace

ItemKind itemKind(const Workspace &workspace, QStringView id)
{
    if (id.isEmpty())
        return ItemKind::None;
    if (indexOfId(workspace.collections, id) >= 0)
        return ItemKind::Collection;
    if (findRequestById(workspace, id))
        return ItemKind::Request;
    if (findContainer(const_cast<Workspace &>(workspace), id))
        return ItemKind::Folder;
    return ItemKind::None;
}

QString itemName(const Workspace &workspace, QStringView id)
{
    if (const auto location = findRequestById(workspace, id))
        return location->request->name;
    if (const Folder *folder = findContainer(const_cast<Workspace &>(workspace), id))
        return folder->name;
    return {};
}

QString parentId(const Workspace &workspace, QStringView id)
{
    if (const Folder *parent = findParent(const_cast<Workspace &>(workspace), id))
        return parent->id;
    return {};
}

bool replaceRequest(Workspace &workspace, const Request &request)
{
    Folder *parent = findParent(workspace, request.id);
    if (!parent)
        return false;
    const qsizetype index = indexOfId(parent->requests, request.id);
    if (index < 0)
        return false;
    parent->requests[index] = request;
    return true;
}

bool addRequest(Workspace &workspace, QStringView parentId, Request request)
{
    Folder *parent = findContainer(workspace, parentId);
    if (!parent)
        return false;
    if (request.id.isEmpty())
        request.id = newItemId();
    parent->requests.append(std::move(request));
    return true;
}

bool addFolder(Workspace &workspace, QStringView parentId, Folder folder)
{
    Folder *parent = findContainer(workspace, parentId);
    if (!parent)
        return false;
    if (folder.id.isEmpty())
        folder.id = newItemId();
    assignMissingIds(folder);
    parent->folders.append(std::move(folder));
    return true;
}

void addCollection(Workspace &workspace, Collection collection)
{
    if (collection.id.isEmpty())
        collection.id = newItemId();
    assignMissingIds(collection);
    workspace.collections.append(std::move(collection));
}

bool renameItem(Workspace &workspace, QStringView id, const QString &name)
{
    const QString trimmed = name.trimmed();
    if (trimmed.isEmpty())
        return false;
    if (Folder *parent = findParent(workspace, id)) {
        if (const qsizetype index = indexOfId(parent->requests, id); index >= 0) {
            parent->requests[index].name = trimmed;
            return true;
        }
    }
    if (Folder *folder = findContainer(workspace, id)) {
        folder->name = trimmed;
        return true;
    }
    return false;
}

QString duplicateItem(Workspace &workspace, QStringView id)
{
    if (const qsizetype index = indexOfId(workspace.collections, id); index >= 0) {
        Collection copy = workspace.collections.at(index);
        renewIds(copy);
        copy.name = copyName(copy.name);
        workspace.collections.insert(index + 1, copy);
        return copy.id;
    }
    Folder *parent = findParent(workspace, id);
    if (!parent)
        return {};
    if (const qsizetype index = indexOfId(parent->requests, id); index >= 0) {
        Request copy = parent->requests.at(index);
        copy.id = newItemId();
        copy.name = copyName(copy.name);
        parent->requests.insert(index + 1, copy);
        return copy.id;
    }
    const qsizetype index = indexOfId(parent->folders, id);
    Folder copy = parent->folders.at(index);
    renewIds(copy);
    copy.name = copyName(copy.name);
    parent->folders.insert(index + 1, copy);
    return copy.id;
}

bool removeItem(Workspace &workspace, QStringView id)
{
    if (const qsizetype index = indexOfId(workspace.collections, id); index >= 0) {
        workspace.collections.removeAt(index);
        return true;
    }
    Folder *parent = findParent(workspace, id);
    if (!parent)
        return false;
    if (const qsizetype index = indexOfId(parent->requests, id); index >= 0)
        parent->requests.removeAt(index);
    else
        parent->folders.removeAt(indexOfId(parent->folders, id));
    return true;
}

bool moveItem(Workspace &workspace, QStringView id, QStringView newParentId, int row)
{
    if (const qsizetype from = indexOfId(workspace.collections, id); from >= 0) {
        if (!newParentId.isEmpty())
            return false;
        Collection moved = workspace.collections.takeAt(from);
        int to = row < 0 || row > workspace.collections.size() ? int(workspace.collections.size()) : row;
        if (row >= 0 && row > from)
            to = std::min<int>(row - 1, int(workspace.collections.size()));
        workspace.collections.insert(to, std::move(moved));
        return true;
    }
    Folder *oldParent = findParent(workspace, id);
    if (!oldParent || !findContainer(workspace, newParentId))
        return false;
    const qsizetype requestIndex = indexOfId(oldParent->requests, id);
    if (requestIndex < 0) {
        // A folder may not go into itself or anything inside it.
        const Folder &folder = oldParent->folders.at(indexOfId(oldParent->folders, id));
        if (contains(folder, newParentId))
            return false;
    }
    const bool sameParent = oldParent->id == newParentId;
    if (requestIndex >= 0) {
        Request moved = oldParent->requests.takeAt(requestIndex);
        Folder *newParent = findContainer(workspace, newParentId);
        int to = row < 0 || row > newParent->requests.size() ? int(newParent->requests.size()) : row;
        if (sameParent && row >= 0 && row > requestIndex)
            to = std::min<int>(row - 1, int(newParent->requests.size()));
        newParent->requests.insert(to, std::move(moved));
        return true;
    }
    const qsizetype folderIndex = indexOfId(oldParent->folders, id);
    Folder moved = oldParent->folders.takeAt(folderIndex);
    Folder *newParent = findContainer(workspace, newParentId); // pointers may have moved with takeAt
    int to = row < 0 || row > newParent->folders.size() ? int(newParent->folders.size()) : row;
    if (sameParent && row >= 0 && row > folderIndex)
        to = std::min<int>(row - 1, int(newParent->folders.size()));
    newParent->folders.insert(to, std::move(moved));
    return true;
}

} // namespace gatehouse
