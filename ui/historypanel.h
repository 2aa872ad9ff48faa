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
    int count() const;

Q_SIGNALS:
    void entryActivated(const gatehouse::HistoryEntry &entry);

private:
    void show(const QList<HistoryEntry> &entries);

    HistoryStore *m_store = nullptr;
    QList<HistoryEntry> m_entries;
    QList<HistoryEntry> m_shown;
    QLineEdit *m_search;
    QListWidget *m_list;
};

} // namespace gatehouse::ui
