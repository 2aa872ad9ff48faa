// SPDX-License-Identifier: GPL-3.0-or-later
#include "historypanel.h"

#include <QAbstractListModel>
#include <QLineEdit>
#include <QListView>
#include <QLocale>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace gatehouse::ui {

// The rows listed: indexes into the panel's encoded entries, newest first. Text and tool tips are
// made from the entry when a row is painted, so the list costs a few bytes a row.
namespace {

// The compact form kept for a whole session: without the spare capacity the JSON writer leaves.
QByteArray compact(const HistoryEntry &entry)
{
    QByteArray line = HistoryStore::encode(entry);
    line.squeeze();
    return line;
}

} // namespace

class HistoryModel : public QAbstractListModel
{
public:
    explicit HistoryModel(const QList<QByteArray> &entries, QObject *parent)
        : QAbstractListModel(parent)
        , m_entries(entries)
    {
    }

    int rowCount(const QModelIndex &parent = {}) const override { return parent.isValid() ? 0 : int(m_rows.size()); }

    QVariant data(const QModelIndex &index, int role) const override
    {
        if (!index.isValid() || index.row() >= m_rows.size() || (role != Qt::DisplayRole && role != Qt::ToolTipRole))
            return {};
        const std::optional<HistoryEntry> e = entry(index.row());
        if (!e)
            return {};
        if (role == Qt::ToolTipRole)
            return e->error.isEmpty() ? e->url : e->error;
        return text(*e);
    }

    static QString text(const HistoryEntry &e)
    {
        const QString outcome = e.status > 0 ? QString::number(e.status) : HistoryPanel::tr("no response");
        return u"%1  %2  %3  → %4"_s.arg(QLocale().toString(e.sentAt.toLocalTime().time(), QLocale::ShortFormat), e.method, e.url, outcome);
    }

    std::optional<HistoryEntry> entry(qsizetype row) const
    {
        const qsizetype i = m_rows.at(row);
        return i >= 0 && i < m_entries.size() ? HistoryStore::decode(m_entries.at(i)) : std::nullopt;
    }

    void setRows(QList<qsizetype> rows)
    {
        beginResetModel();
        m_rows = std::move(rows);
        endResetModel();
    }

    // A new entry at the end of the panel's list, listed on top.
    void prependNewest(qsizetype index)
    {
        beginInsertRows({}, 0, 0);
        m_rows.prepend(index);
        endInsertRows();
    }

    // The first `count` entries were dropped from the panel's list: shift the indexes, unlist them.
    void dropOldest(qsizetype count)
    {
        qsizetype keep = 0;
        while (keep < m_rows.size() && m_rows.at(keep) >= count)
            ++keep; // rows are newest first, so the dropped ones are at the end
        if (keep < m_rows.size()) {
            beginRemoveRows({}, int(keep), int(m_rows.size() - 1));
            m_rows.resize(keep);
            endRemoveRows();
        }
        for (qsizetype &i : m_rows)
            i -= count;
    }

private:
    const QList<QByteArray> &m_entries;
    QList<qsizetype> m_rows;
};

HistoryPanel::HistoryPanel(QWidget *parent)
    : QWidget(parent)
    , m_search(new QLineEdit(this))
    , m_list(new QListView(this))
    , m_model(new HistoryModel(m_entries, this))
{
    setObjectName(u"historyPanel"_s);
    m_search->setObjectName(u"historySearch"_s);
    m_search->setAccessibleName(tr("Search the history"));
    m_search->setPlaceholderText(tr("Search history (URL, method, status such as 4xx)"));
    m_search->setClearButtonEnabled(true);
    m_list->setObjectName(u"historyList"_s);
    m_list->setAccessibleName(tr("Sent requests"));
    m_list->setAlternatingRowColors(true);
    m_list->setUniformItemSizes(true); // only the rows on screen are asked for their text
    m_list->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_list->setModel(m_model);
    connect(m_search, &QLineEdit::textChanged, this, [this](const QString &text) {
        showMatching(text);
    });
    connect(m_list, &QListView::activated, this, [this](const QModelIndex &index) {
        activateRow(index.row());
    });
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(m_search);
    layout->addWidget(m_list, 1);
}

HistoryPanel::~HistoryPanel() = default;

void HistoryPanel::setStore(HistoryStore *store)
{
    m_store = store;
    reload();
}

void HistoryPanel::reload()
{
    m_model->setRows({});
    m_entries.clear();
    if (m_store) {
        if (auto loaded = m_store->load()) {
            m_entries.reserve(loaded->size());
            for (const HistoryEntry &e : std::as_const(*loaded))
                m_entries.append(compact(e));
        }
    }
    trimToLimit();
    showMatching(m_search->text());
}

int HistoryPanel::count() const
{
    return m_model->rowCount();
}

QString HistoryPanel::rowText(int row) const
{
    const auto e = row >= 0 && row < count() ? m_model->entry(row) : std::nullopt;
    return e ? HistoryModel::text(*e) : QString();
}

void HistoryPanel::activateRow(int row)
{
    if (row < 0 || row >= count())
        return;
    if (const auto e = m_model->entry(row))
        Q_EMIT entryActivated(*e);
}

// Everything newest first, or what the search finds (newest first, at most 500).
void HistoryPanel::showMatching(const QString &text)
{
    QList<qsizetype> rows;
    const QList<QStringView> words = QStringView(text).split(u' ', Qt::SkipEmptyParts);
    for (qsizetype i = m_entries.size() - 1; i >= 0; --i) {
        if (words.isEmpty()) {
            rows.append(i);
            continue;
        }
        if (rows.size() == 500)
            break;
        const auto e = HistoryStore::decode(m_entries.at(i));
        if (e && HistoryStore::matches(*e, words))
            rows.append(i);
    }
    m_model->setRows(std::move(rows));
}

void HistoryPanel::add(const HistoryEntry &entry)
{
    m_entries.append(compact(entry));
    const QString text = m_search->text();
    const QList<QStringView> words = QStringView(text).split(u' ', Qt::SkipEmptyParts);
    if (words.isEmpty() || HistoryStore::matches(entry, words))
        m_model->prependNewest(m_entries.size() - 1);
    trimToLimit();
}

// The panel never holds more than the store keeps.
void HistoryPanel::trimToLimit()
{
    const qsizetype limit = m_store ? m_store->maxEntries() : 5000;
    if (m_entries.size() <= limit)
        return;
    const qsizetype drop = m_entries.size() - limit;
    m_model->dropOldest(drop);
    m_entries.remove(0, drop); // oldest first
}

} // namespace gatehouse::ui
