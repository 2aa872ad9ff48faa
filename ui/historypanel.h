// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "storage/history.h"

#include <QWidget>

class QLineEdit;
class QListWidget;

namespace gatehouse::ui {

// The local history of sent requests, newest first, searchable (by URL, method, status: "4xx").
class HistoryPanel : public QWidget
{
    Q_OBJECT
public:
    explicit HistoryPanel(QWidget *parent = nullptr);

    void setStore(HistoryStore *store);
    void reload();
    // A just-recorded exchange, shown on top without reading the history file again.
    void add(const gatehouse::HistoryEntry &entry);
    int count() const;

Q_SIGNALS:
    void entryActivated(const gatehouse::HistoryEntry &entry);

private:
    void show(const QList<HistoryEntry> &entries);
    void showMatching(const QString &text);
    QString itemText(const HistoryEntry &entry) const;
    void trimToLimit();

    HistoryStore *m_store = nullptr;
    QList<HistoryEntry> m_entries; // oldest first, as the store keeps them
    QList<HistoryEntry> m_shown;   // newest first, as listed
    QLineEdit *m_search;
    QListWidget *m_list;
};

} // namespace gatehouse::ui
