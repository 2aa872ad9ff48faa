// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/variable.h"

#include <QAbstractTableModel>

namespace gatehouse {

// Name/value rows with an on/off switch (query parameters, form fields) as an editable table:
// a checkbox beside the name, the value, a description, and always one empty row at the end to
// type a new row into. Texts are kept verbatim, {{variables}} included.
class KeyValueTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { NameColumn, ValueColumn, DescriptionColumn, ColumnCount };

    explicit KeyValueTableModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool removeRows(int row, int count, const QModelIndex &parent = {}) override;

    const KeyValueList &rows() const { return m_rows; }
    // Replaces the rows without emitting rowsEdited (loading is not editing).
    void setRows(const KeyValueList &rows);
    // The column titles, e.g. "Parameter" or "Field" for the name column.
    void setNameTitle(const QString &title) { m_nameTitle = title; }

Q_SIGNALS:
    // The user changed, added or removed a row (through setData or removeRows).
    void rowsEdited();

private:
    KeyValueList m_rows; // without the trailing empty row
    QString m_nameTitle;
};

} // namespace gatehouse
