// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "storage/history.h"

#include <QWidget>

class QLineEdit;
class QListView;

namespace gatehouse::ui {

class HistoryModel;

// The local history of sent requests, newest first, searchable (by URL, method, status: "4xx").
// It holds every entry the store keeps (up to 5,000) for a whole session, so each is kept in its
// compact stored form and decoded only when it is listed on screen, searched or opened.
class HistoryPanel : public QWidget
{
    Q_OBJECT
public:
    explicit HistoryPanel(QWidget *parent = nullptr);
    ~HistoryPanel() override;

    void setStore(HistoryStore *store);
    void reload();
    // A just-recorded exchange, shown on top without reading the history file again.
    void add(const gatehouse::HistoryEntry &entry);
    // Rows listed (everything, or what the search finds).
    int count() const;
    // The text of a listed row (0: the top one, the newest).
    QString rowText(int row) const;
    // Opens a listed row, as a double click or Enter does.
    void activateRow(int row);

Q_SIGNALS:
    void entryActivated(const gatehouse::HistoryEntry &entry);

private:
    void showMatching(const QString &text);
    void trimToLimit();

    HistoryStore *m_store = nullptr;
    QList<QByteArray> m_entries; // oldest first, as the store keeps them (HistoryStore::encode)
    QLineEdit *m_search;
    QListView *m_list;
    HistoryModel *m_model;
};

} // namespace gatehouse::ui
