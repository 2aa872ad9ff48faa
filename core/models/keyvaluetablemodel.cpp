// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/keyvaluetablemodel.h"

namespace gatehouse {

KeyValueTableModel::KeyValueTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

int KeyValueTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size()) + 1;
}

int KeyValueTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant KeyValueTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    if (index.row() == m_rows.size())
        return role == Qt::DisplayRole || role == Qt::EditRole ? QVariant(QString()) : QVariant();
    const KeyValue &row = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case Qt::EditRole:
        switch (index.column()) {
        case NameColumn:
            return row.name;
        case ValueColumn:
            return row.value;
        default:
            return row.description;
        }
    case Qt::CheckStateRole:
        if (index.column() == NameColumn)
            return row.enabled ? Qt::Checked : Qt::Unchecked;
        break;
    default:
        break;
    }
    return {};
}

bool KeyValueTableModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return false;
    const int r = index.row();
    const bool checking = role == Qt::CheckStateRole && index.column() == NameColumn;
    if (!checking && role != Qt::EditRole)
        return false;
    if (r == m_rows.size()) {
        // Typing into the empty row adds a row and a new empty row below it.
        if (checking || value.toString().isEmpty())
            return false;
        beginInsertRows({}, r + 1, r + 1);
        m_rows.append(KeyValue{});
        endInsertRows();
    }
    KeyValue &row = m_rows[r];
    if (checking) {
        const bool enabled = value.toInt() == Qt::Checked;
        if (row.enabled == enabled)
            return true;
        row.enabled = enabled;
    } else {
        QString &field = index.column() == NameColumn ? row.name : index.column() == ValueColumn ? row.value : row.description;
        if (field == value.toString())
            return true;
        field = value.toString();
    }
    Q_EMIT dataChanged(index, index, {role, Qt::DisplayRole});
    Q_EMIT rowsEdited();
    return true;
}

Qt::ItemFlags KeyValueTableModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    Qt::ItemFlags f = Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsEditable;
    if (index.column() == NameColumn && index.row() < m_rows.size())
        f |= Qt::ItemIsUserCheckable;
    return f;
}

QVariant KeyValueTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn:
        return m_nameTitle.isEmpty() ? tr("Name") : m_nameTitle;
    case ValueColumn:
        return tr("Value");
    case DescriptionColumn:
        return tr("Description");
    default:
        return {};
    }
}

bool KeyValueTableModel::removeRows(int row, int count, const QModelIndex &parent)
{
    if (parent.isValid() || row < 0 || count <= 0 || row + count > m_rows.size())
        return false;
    beginRemoveRows({}, row, row + count - 1);
    m_rows.remove(row, count);
    endRemoveRows();
    Q_EMIT rowsEdited();
    return true;
}

void KeyValueTableModel::setRows(const KeyValueList &rows)
{
    beginResetModel();
    m_rows = rows;
    endResetModel();
}

} // namespace gatehouse
