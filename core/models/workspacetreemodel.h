// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/workspace.h"

#include <QAbstractItemModel>
#include <QSortFilterProxyModel>

#include <memory>
#include <optional>

namespace gatehouse {

// The collections, folders and requests of a workspace as a tree, for the sidebar. Data roles
// only: icons, colours and badges are the view's business.
class WorkspaceTreeModel : public QAbstractItemModel
{
    Q_OBJECT
public:
    enum class Kind { Collection, Folder, Request };
    enum Role {
        KindRole = Qt::UserRole + 1,
        IdRole,
        MethodRole, // requests: "GET", "POST" …
        UrlRole,    // requests: the URL as written, {{variables}} included
        PathRole,   // "Collection/Folder/Request", as findRequestByPath() takes it
    };

    explicit WorkspaceTreeModel(QObject *parent = nullptr);
    ~WorkspaceTreeModel() override;

    void setWorkspace(const Workspace &workspace);
    QModelIndex indexForId(const QString &id) const;

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    // Drag and drop: requests and folders move into collections and folders, collections among
    // themselves. The model does not change itself: it asks for the move, and the workspace,
    // once changed, is set again.
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    Qt::DropActions supportedDropActions() const override;
    QStringList mimeTypes() const override;
    QMimeData *mimeData(const QModelIndexList &indexes) const override;
    bool canDropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column, const QModelIndex &parent) const override;
    bool dropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column, const QModelIndex &parent) override;

Q_SIGNALS:
    // row counts among the items of the moved item's own kind (folders or requests) in the new
    // parent; -1 appends. parentId is empty for a collection moving among collections.
    void moveRequested(const QString &id, const QString &parentId, int row);

private:
    // The drop target's container id and the row among items of the dragged kind, or nothing.
    std::optional<std::pair<QString, int>> dropTarget(const QMimeData *data, int row, const QModelIndex &parent) const;

    struct Node;
    std::unique_ptr<Node> m_root;
    QHash<QString, Node *> m_byId;
};

// Filter-as-you-type over names and URLs; a folder stays when something inside it matches.
class WorkspaceFilterModel : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    explicit WorkspaceFilterModel(QObject *parent = nullptr);
    void setFilterText(const QString &text);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    QString m_text;
};

} // namespace gatehouse
