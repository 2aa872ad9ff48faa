// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/body.h"

#include <QAbstractTableModel>

namespace gatehouse {

// The parts of a multipart/form-data body as an editable table: a checkbox beside the name, the
// kind (text or file), the text or file path, and an optional content type; always one empty row
// at the end to type a new part into. The kind column's EditRole is the FormDataPart::Kind as int.
class FormDataTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { NameColumn, KindColumn, ValueColumn, ContentTypeColumn, ColumnCount };

    explicit FormDataTableModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool removeRows(int row, int count, const QModelIndex &parent = {}) override;

    const QList<FormDataPart> &parts() const { return m_parts; }
    // Replaces the parts without emitting partsEdited (loading is not editing).
    void setParts(const QList<FormDataPart> &parts);
    // Appends a file part named after the file (an edit).
    void appendFile(const QString &name, const QString &path);
    static QString kindName(FormDataPart::Kind kind);

Q_SIGNALS:
    void partsEdited();

private:
    QList<FormDataPart> m_parts; // without the trailing empty row
};

} // namespace gatehouse
