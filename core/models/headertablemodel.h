// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "http/httprequest.h"

#include <QAbstractTableModel>

namespace gatehouse {

// Request headers as an editable table: a checkbox to switch a header off without losing it,
// name, value, and always one empty row at the end to type a new header into.
class HeaderTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { NameColumn, ValueColumn, ColumnCount };

    struct Row {
        bool enabled = true;
        QString name;
        QString value;
        bool operator==(const Row &) const = default;
    };

    explicit HeaderTableModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool removeRows(int row, int count, const QModelIndex &parent = {}) override;

    QList<Row> rows() const { return m_rows; }
    void setRows(const QList<Row> &rows);
    // The enabled headers with a name, in order, ready for HttpRequest.
    HeaderList enabledHeaders() const;

Q_SIGNALS:
    void headersEdited();

private:
    QList<Row> m_rows; // without the trailing empty row
};

} // namespace gatehouse
