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
        showMatching(text);
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
    trimToLimit();
    showMatching(m_search->text());
}

int HistoryPanel::count() const
{
    return m_list->count();
}

QString HistoryPanel::itemText(const HistoryEntry &e) const
{
    const QString outcome = e.status > 0 ? QString::number(e.status) : tr("no response");
    return u"%1  %2  %3  → %4"_s.arg(QLocale().toString(e.sentAt.toLocalTime().time(), QLocale::ShortFormat), e.method, e.url, outcome);
}

void HistoryPanel::show(const QList<HistoryEntry> &entries)
{
    m_shown = entries;
    m_list->clear();
    for (const HistoryEntry &e : entries) {
        auto *item = new QListWidgetItem(itemText(e), m_list);
        item->setToolTip(e.error.isEmpty() ? e.url : e.error);
    }
}

// Everything newest first, or what the search finds (newest first, at most 500).
void HistoryPanel::showMatching(const QString &text)
{
    if (text.trimmed().isEmpty())
        show(QList<HistoryEntry>(m_entries.crbegin(), m_entries.crend()));
    else
        show(HistoryStore::search(m_entries, text, 500));
}

void HistoryPanel::add(const HistoryEntry &entry)
{
    m_entries.append(entry);
    if (!m_search->text().trimmed().isEmpty()) {
        trimToLimit();
        showMatching(m_search->text());
        return;
    }
    m_shown.prepend(entry);
    auto *item = new QListWidgetItem(itemText(entry));
    item->setToolTip(entry.error.isEmpty() ? entry.url : entry.error);
    m_list->insertItem(0, item);
    trimToLimit();
    while (m_list->count() > m_shown.size())
        delete m_list->takeItem(m_list->count() - 1);
}

// The panel never holds more than the store keeps.
void HistoryPanel::trimToLimit()
{
    const qsizetype limit = m_store ? m_store->maxEntries() : 5000;
    if (m_entries.size() > limit)
        m_entries.remove(0, m_entries.size() - limit); // oldest first
    if (m_shown.size() > limit)
        m_shown.resize(limit);
}

} // namespace gatehouse::ui
