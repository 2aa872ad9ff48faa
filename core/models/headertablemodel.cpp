// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/headertablemodel.h"

#include "http/redaction.h"

namespace gatehouse {

HeaderTableModel::HeaderTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

int HeaderTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size()) + 1;
}

int HeaderTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant HeaderTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    if (index.row() == m_rows.size()) {
        if (role == Qt::CheckStateRole && index.column() == NameColumn)
            return {};
        return role == Qt::DisplayRole || role == Qt::EditRole ? QVariant(QString()) : QVariant();
    }
    const Row &row = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        // Credentials are masked on screen (screenshots, screen sharing); editing shows them.
        if (index.column() == ValueColumn && isSecretHeader(row.name.toLatin1()))
            return QString::fromUtf8(redactedValue(row.value.toUtf8()));
        return index.column() == NameColumn ? row.name : row.value;
    case Qt::EditRole:
        return index.column() == NameColumn ? row.name : row.value;
    case Qt::CheckStateRole:
        if (index.column() == NameColumn)
            return row.enabled ? Qt::Checked : Qt::Unchecked;
        break;
    default:
        break;
    }
    return {};
}

bool HeaderTableModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return false;
    const int r = index.row();
    if (r == m_rows.size()) {
        // Typing into the empty row adds a header and a new empty row below it.
        if (role != Qt::EditRole || value.toString().isEmpty())
            return false;
        beginInsertRows({}, r + 1, r + 1);
        m_rows.append(Row{});
        endInsertRows();
    }
    Row &row = m_rows[r];
    if (role == Qt::CheckStateRole && index.column() == NameColumn) {
        row.enabled = value.toInt() == Qt::Checked;
    } else if (role == Qt::EditRole) {
        (index.column() == NameColumn ? row.name : row.value) = value.toString();
    } else {
        return false;
    }
    Q_EMIT dataChanged(index, index, {role, Qt::DisplayRole});
    Q_EMIT headersEdited();
    return true;
}

Qt::ItemFlags HeaderTableModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    Qt::ItemFlags f = Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsEditable;
    if (index.column() == NameColumn && index.row() < m_rows.size())
        f |= Qt::ItemIsUserCheckable;
    return f;
}

QVariant HeaderTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    return section == NameColumn ? tr("Header") : tr("Value");
}

bool HeaderTableModel::removeRows(int row, int count, const QModelIndex &parent)
{
    if (parent.isValid() || row < 0 || count <= 0 || row + count > m_rows.size())
        return false;
    beginRemoveRows({}, row, row + count - 1);
    m_rows.remove(row, count);
    endRemoveRows();
    Q_EMIT headersEdited();
    return true;
}

void HeaderTableModel::setRows(const QList<Row> &rows)
{
    beginResetModel();
    m_rows = rows;
    endResetModel();
}

HeaderList HeaderTableModel::enabledHeaders() const
{
    HeaderList out;
    for (const Row &row : m_rows) {
        const QString name = row.name.trimmed();
        if (row.enabled && !name.isEmpty())
            out.append({name.toLatin1(), row.value.toUtf8()});
    }
    return out;
}

} // namespace gatehouse
