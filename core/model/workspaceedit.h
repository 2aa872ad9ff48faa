// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/workspace.h"

#include <QString>

namespace gatehouse {

// Edits of a workspace's tree, as the sidebar makes them. Items are found by id; each function
// returns false (and changes nothing) when an id is unknown or the edit makes no sense (a folder
// moved into itself, a collection moved into a folder).

enum class ItemKind { None, Collection, Folder, Request };
ItemKind itemKind(const Workspace &workspace, QStringView id);
QString itemName(const Workspace &workspace, QStringView id);
// The id of the collection or folder holding an item; empty for collections and unknown ids.
QString parentId(const Workspace &workspace, QStringView id);

// Replaces the request with the same id (a save from the editor).
bool replaceRequest(Workspace &workspace, const Request &request);
// Adds to the collection or folder parentId (at the end); the item keeps its id, or gets one.
bool addRequest(Workspace &workspace, QStringView parentId, Request request);
bool addFolder(Workspace &workspace, QStringView parentId, Folder folder);
void addCollection(Workspace &workspace, Collection collection);
bool renameItem(Workspace &workspace, QStringView id, const QString &name);
// A copy right after the original, "<name> copy", with fresh ids throughout; returns its id.
QString duplicateItem(Workspace &workspace, QStringView id);
bool removeItem(Workspace &workspace, QStringView id);
// Moves a request or folder into the collection or folder newParentId, before position row of
// its own kind (requests among requests, folders among folders); row < 0 appends. A collection
// moves among the collections (newParentId empty).
bool moveItem(Workspace &workspace, QStringView id, QStringView newParentId, int row = -1);

} // namespace gatehouse
