// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/workspacetreemodel.h"

#include <QMimeData>

using namespace Qt::StringLiterals;

namespace gatehouse {

struct WorkspaceTreeModel::Node {
    Kind kind = Kind::Collection;
    QString id;
    QString name;
    QString method;
    QString url;
    QString path;
    Node *parent = nullptr;
    std::vector<std::unique_ptr<Node>> children;

    int rowInParent = 0; // set when added: a workspace of 10,000 requests must not scan siblings

    int row() const { return rowInParent; }
};

WorkspaceTreeModel::WorkspaceTreeModel(QObject *parent)
    : QAbstractItemModel(parent)
    , m_root(std::make_unique<Node>())
{
}

WorkspaceTreeModel::~WorkspaceTreeModel() = default;

void WorkspaceTreeModel::setWorkspace(const Workspace &workspace)
{
    beginResetModel();
    m_root = std::make_unique<Node>();
    m_byId.clear();
    const auto addFolder = [this](auto &self, Node *parentNode, const Folder &folder, Kind kind, const QString &parentPath) -> void {
        auto node = std::make_unique<Node>();
        node->kind = kind;
        node->id = folder.id;
        node->name = folder.name;
        node->parent = parentNode;
        node->path = parentPath.isEmpty() ? folder.name : parentPath + u'/' + folder.name;
        Node *raw = node.get();
        m_byId.insert(folder.id, raw);
        for (const Folder &sub : folder.folders)
            self(self, raw, sub, Kind::Folder, raw->path);
        for (const Request &request : folder.requests) {
            auto leaf = std::make_unique<Node>();
            leaf->kind = Kind::Request;
            leaf->id = request.id;
            leaf->name = request.name;
            leaf->method = request.method.toUpper();
            leaf->url = request.url;
            leaf->parent = raw;
            leaf->path = raw->path + u'/' + request.name;
            m_byId.insert(request.id, leaf.get());
            leaf->rowInParent = int(raw->children.size());
            raw->children.push_back(std::move(leaf));
        }
        node->rowInParent = int(parentNode->children.size());
        parentNode->children.push_back(std::move(node));
    };
    for (const Collection &collection : workspace.collections)
        addFolder(addFolder, m_root.get(), collection, Kind::Collection, QString());
    endResetModel();
}

QModelIndex WorkspaceTreeModel::indexForId(const QString &id) const
{
    Node *node = m_byId.value(id);
    return node ? createIndex(node->row(), 0, node) : QModelIndex();
}

QModelIndex WorkspaceTreeModel::index(int row, int column, const QModelIndex &parent) const
{
    if (!hasIndex(row, column, parent))
        return {};
    const Node *p = parent.isValid() ? static_cast<Node *>(parent.internalPointer()) : m_root.get();
    return createIndex(row, column, p->children[size_t(row)].get());
}

QModelIndex WorkspaceTreeModel::parent(const QModelIndex &child) const
{
    if (!child.isValid())
        return {};
    const Node *node = static_cast<Node *>(child.internalPointer());
    Node *p = node->parent;
    if (!p || p == m_root.get())
        return {};
    return createIndex(p->row(), 0, p);
}

int WorkspaceTreeModel::rowCount(const QModelIndex &parent) const
{
    if (parent.column() > 0)
        return 0;
    const Node *p = parent.isValid() ? static_cast<Node *>(parent.internalPointer()) : m_root.get();
    return int(p->children.size());
}

int WorkspaceTreeModel::columnCount(const QModelIndex &) const
{
    return 1;
}

QVariant WorkspaceTreeModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const Node *node = static_cast<Node *>(index.internalPointer());
    switch (role) {
    case Qt::DisplayRole:
        return node->name;
    case Qt::ToolTipRole:
        return node->kind == Kind::Request ? QVariant(node->method + u' ' + node->url) : QVariant(node->name);
    case KindRole:
        return int(node->kind);
    case IdRole:
        return node->id;
    case MethodRole:
        return node->kind == Kind::Request ? QVariant(node->method) : QVariant();
    case UrlRole:
        return node->kind == Kind::Request ? QVariant(node->url) : QVariant();
    case PathRole:
        return node->path;
    default:
        return {};
    }
}

QHash<int, QByteArray> WorkspaceTreeModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractItemModel::roleNames();
    names.insert(KindRole, "kind");
    names.insert(IdRole, "itemId");
    names.insert(MethodRole, "method");
    names.insert(UrlRole, "url");
    names.insert(PathRole, "path");
    return names;
}

namespace {
constexpr auto kItemMimeType = "application/x-gatehouse-item-id"_L1;
} // namespace

Qt::ItemFlags WorkspaceTreeModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags flags = QAbstractItemModel::flags(index);
    if (!index.isValid())
        return flags | Qt::ItemIsDropEnabled; // collections reorder at the top level
    flags |= Qt::ItemIsDragEnabled;
    if (static_cast<Node *>(index.internalPointer())->kind != Kind::Request)
        flags |= Qt::ItemIsDropEnabled;
    return flags;
}

Qt::DropActions WorkspaceTreeModel::supportedDropActions() const
{
    return Qt::MoveAction;
}

QStringList WorkspaceTreeModel::mimeTypes() const
{
    return {QString(kItemMimeType)};
}

QMimeData *WorkspaceTreeModel::mimeData(const QModelIndexList &indexes) const
{
    if (indexes.isEmpty())
        return nullptr;
    auto *data = new QMimeData;
    data->setData(kItemMimeType, static_cast<Node *>(indexes.first().internalPointer())->id.toUtf8());
    return data;
}

std::optional<std::pair<QString, int>> WorkspaceTreeModel::dropTarget(const QMimeData *data, int row, const QModelIndex &parent) const
{
    if (!data || !data->hasFormat(kItemMimeType))
        return std::nullopt;
    const Node *dragged = m_byId.value(QString::fromUtf8(data->data(kItemMimeType)));
    if (!dragged)
        return std::nullopt;
    const Node *target = parent.isValid() ? static_cast<Node *>(parent.internalPointer()) : m_root.get();
    if (dragged->kind == Kind::Collection) {
        if (parent.isValid())
            return std::nullopt;
        return std::pair{QString(), row};
    }
    if (!parent.isValid() || target->kind == Kind::Request)
        return std::nullopt;
    // Never into itself or anything inside it.
    for (const Node *n = target; n; n = n->parent) {
        if (n == dragged)
            return std::nullopt;
    }
    // Folders come first among a container's children; rows count within one kind.
    int folders = 0;
    for (const auto &child : target->children)
        folders += child->kind == Kind::Folder ? 1 : 0;
    int kindRow = -1;
    if (row >= 0)
        kindRow = dragged->kind == Kind::Folder ? std::min(row, folders) : std::max(0, row - folders);
    return std::pair{target->id, kindRow};
}

bool WorkspaceTreeModel::canDropMimeData(const QMimeData *data, Qt::DropAction action, int row, int, const QModelIndex &parent) const
{
    return action == Qt::MoveAction && dropTarget(data, row, parent).has_value();
}

bool WorkspaceTreeModel::dropMimeData(const QMimeData *data, Qt::DropAction action, int row, int, const QModelIndex &parent)
{
    const auto target = action == Qt::MoveAction ? dropTarget(data, row, parent) : std::nullopt;
    if (!target)
        return false;
    Q_EMIT moveRequested(QString::fromUtf8(data->data(kItemMimeType)), target->first, target->second);
    return false; // the view must not remove the dragged row itself: the workspace comes back moved
}

WorkspaceFilterModel::WorkspaceFilterModel(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setRecursiveFilteringEnabled(true);
    setAutoAcceptChildRows(true);
}

void WorkspaceFilterModel::setFilterText(const QString &text)
{
    m_text = text.trimmed();
    invalidateRowsFilter();
}

bool WorkspaceFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (m_text.isEmpty())
        return true;
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    return index.data(Qt::DisplayRole).toString().contains(m_text, Qt::CaseInsensitive)
        || index.data(WorkspaceTreeModel::UrlRole).toString().contains(m_text, Qt::CaseInsensitive);
}

} // namespace gatehouse
