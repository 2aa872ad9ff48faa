// SPDX-License-Identifier: GPL-3.0-or-later
#include "historypanel.h"

#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace gatehouse::ui {

HistoryPanel::HistoryPanel(QWidget *parent)
    : QWidget(parent)
    , m_search(new QLineEdit(this))
    , m_list(new QListWidget(this))
{
    setObjectName(u"historyPanel"_s);
    m_search->setObjectName(u"historySearch"_s);
    m_search->setAccessibleName(tr("Search the history"));
    m_search->setPlaceholderText(tr("Search history (URL, method, status such as 4xx)"));
    m_search->setClearButtonEnabled(true);
    m_list->setObjectName(u"historyList"_s);
    m_list->setAccessibleName(tr("Sent requests"));
    m_list->setAlternatingRowColors(true);
    connect(m_search, &QLineEdit::textChanged, this, [this](const QString &text) {
        show(text.trimmed().isEmpty() ? m_entries : HistoryStore::search(m_entries, text, 500));
    });
    connect(m_list, &QListWidget::itemActivated, this, [this](QListWidgetItem *item) {
        const int row = m_list->row(item);
        if (row >= 0 && row < m_shown.size())
            Q_EMIT entryActivated(m_shown.at(row));
    });
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(m_search);
    layout->addWidget(m_list, 1);
}

void HistoryPanel::setStore(HistoryStore *store)
{
    m_store = store;
    reload();
}

void HistoryPanel::reload()
{
    m_entries.clear();
    if (m_store) {
        if (auto loaded = m_store->load())
            m_entries = *loaded;
    }
    std::reverse(m_entries.begin(), m_entries.end()); // newest first
    show(m_search->text().trimmed().isEmpty() ? m_entries : HistoryStore::search(m_entries, m_search->text(), 500));
}

int HistoryPanel::count() const
{
    return m_list->count();
}

void HistoryPanel::show(const QList<HistoryEntry> &entries)
{
    m_shown = entries;
    m_list->clear();
    for (const HistoryEntry &e : entries) {
        const QString outcome = e.status > 0 ? QString::number(e.status) : tr("no response");
        auto *item = new QListWidgetItem(u"%1  %2  %3  → %4"_s.arg(QLocale().toString(e.sentAt.toLocalTime().time(), QLocale::ShortFormat),
                                                                   e.method, e.url, outcome),
                                         m_list);
        item->setToolTip(e.error.isEmpty() ? e.url : e.error);
    }
}

} // namespace gatehouse::ui
