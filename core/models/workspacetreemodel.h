// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/workspace.h"

#include <QAbstractItemModel>
#include <QSortFilterProxyModel>

#include <memory>

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

private:
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
