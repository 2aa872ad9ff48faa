// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/formdatatablemodel.h"

namespace gatehouse {

FormDataTableModel::FormDataTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

int FormDataTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_parts.size()) + 1;
}

int FormDataTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString FormDataTableModel::kindName(FormDataPart::Kind kind)
{
    return kind == FormDataPart::Kind::File ? tr("File") : tr("Text");
}

QVariant FormDataTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    if (index.row() == m_parts.size()) {
        if (index.column() == KindColumn)
            return role == Qt::EditRole ? QVariant(int(FormDataPart::Kind::Text)) : QVariant();
        return role == Qt::DisplayRole || role == Qt::EditRole ? QVariant(QString()) : QVariant();
    }
    const FormDataPart &part = m_parts.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case Qt::EditRole:
        switch (index.column()) {
        case NameColumn:
            return part.name;
        case KindColumn:
            return role == Qt::EditRole ? QVariant(int(part.kind)) : QVariant(kindName(part.kind));
        case ValueColumn:
            return part.value;
        default:
            return part.contentType;
        }
    case Qt::CheckStateRole:
        if (index.column() == NameColumn)
            return part.enabled ? Qt::Checked : Qt::Unchecked;
        break;
    default:
        break;
    }
    return {};
}

bool FormDataTableModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return false;
    const int r = index.row();
    const bool checking = role == Qt::CheckStateRole && index.column() == NameColumn;
    if (!checking && role != Qt::EditRole)
        return false;
    if (r == m_parts.size()) {
        // Typing into the empty row adds a part and a new empty row below it.
        const bool meaningful = index.column() == KindColumn ? value.toInt() == int(FormDataPart::Kind::File) : !value.toString().isEmpty();
        if (checking || !meaningful)
            return false;
        beginInsertRows({}, r + 1, r + 1);
        m_parts.append(FormDataPart{});
        endInsertRows();
    }
    FormDataPart &part = m_parts[r];
    if (checking) {
        const bool enabled = value.toInt() == Qt::Checked;
        if (part.enabled == enabled)
            return true;
        part.enabled = enabled;
    } else if (index.column() == KindColumn) {
        const auto kind = value.toInt() == int(FormDataPart::Kind::File) ? FormDataPart::Kind::File : FormDataPart::Kind::Text;
        if (part.kind == kind)
            return true;
        part.kind = kind;
    } else {
        QString &field = index.column() == NameColumn ? part.name : index.column() == ValueColumn ? part.value : part.contentType;
        if (field == value.toString())
            return true;
        field = value.toString();
    }
    Q_EMIT dataChanged(index, index, {role, Qt::DisplayRole});
    Q_EMIT partsEdited();
    return true;
}

Qt::ItemFlags FormDataTableModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    Qt::ItemFlags f = Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsEditable;
    if (index.column() == NameColumn && index.row() < m_parts.size())
        f |= Qt::ItemIsUserCheckable;
    return f;
}

QVariant FormDataTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn:
        return tr("Part");
    case KindColumn:
        return tr("Kind");
    case ValueColumn:
        return tr("Value or File");
    case ContentTypeColumn:
        return tr("Content-Type");
    default:
        return {};
    }
}

bool FormDataTableModel::removeRows(int row, int count, const QModelIndex &parent)
{
    if (parent.isValid() || row < 0 || count <= 0 || row + count > m_parts.size())
        return false;
    beginRemoveRows({}, row, row + count - 1);
    m_parts.remove(row, count);
    endRemoveRows();
    Q_EMIT partsEdited();
    return true;
}

void FormDataTableModel::setParts(const QList<FormDataPart> &parts)
{
    beginResetModel();
    m_parts = parts;
    endResetModel();
}

void FormDataTableModel::appendFile(const QString &name, const QString &path)
{
    const int r = int(m_parts.size());
    beginInsertRows({}, r, r);
    m_parts.append(FormDataPart{name, FormDataPart::Kind::File, path, {}, true});
    endInsertRows();
    Q_EMIT partsEdited();
}

} // namespace gatehouse
