// SPDX-License-Identifier: GPL-3.0-or-later
#include "sidebar.h"

#include "models/workspacetreemodel.h"

#include <QHeaderView>
#include <QLineEdit>
#include <QMenu>
#include <QPainter>
#include <QStyledItemDelegate>
#include <QTreeView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace gatehouse::ui {

namespace {

QColor methodColour(const QString &method, bool dark)
{
    if (method == "GET"_L1)
        return dark ? QColor(0x6c, 0xd0, 0x7a) : QColor(0x1a, 0x7f, 0x37);
    if (method == "POST"_L1)
        return dark ? QColor(0xf0, 0xb7, 0x2f) : QColor(0x9a, 0x67, 0x00);
    if (method == "PUT"_L1 || method == "PATCH"_L1)
        return dark ? QColor(0x79, 0xb8, 0xff) : QColor(0x09, 0x69, 0xda);
    if (method == "DELETE"_L1)
        return dark ? QColor(0xff, 0x7b, 0x72) : QColor(0xcf, 0x22, 0x2e);
    return dark ? QColor(0xbc, 0x8c, 0xff) : QColor(0x82, 0x50, 0xdf);
}

// Requests get their method as a small coloured badge before the name, as in every API client.
class MethodBadgeDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        const QString method = index.data(WorkspaceTreeModel::MethodRole).toString();
        if (method.isEmpty()) {
            QStyledItemDelegate::paint(painter, option, index);
            return;
        }
        QStyleOptionViewItem opt = option;
        initStyleOption(&opt, index);
        QFont badgeFont = opt.font;
        badgeFont.setPointSizeF(badgeFont.pointSizeF() * 0.8);
        badgeFont.setBold(true);
        const int badgeWidth = QFontMetrics(badgeFont).horizontalAdvance(u"DELETE"_s) + 6;
        const QString text = opt.text;
        opt.text.clear();
        opt.widget->style()->drawControl(QStyle::CE_ItemViewItem, &opt, painter, opt.widget);
        const QRect r = opt.rect.adjusted(4, 0, 0, 0);
        const bool dark = opt.palette.color(QPalette::Base).lightnessF() < 0.5;
        painter->save();
        painter->setFont(badgeFont);
        painter->setPen(methodColour(method, dark));
        painter->drawText(QRect(r.left(), r.top(), badgeWidth, r.height()), Qt::AlignVCenter | Qt::AlignLeft, method.left(6));
        painter->setFont(opt.font);
        painter->setPen(opt.palette.color(opt.state & QStyle::State_Selected ? QPalette::HighlightedText : QPalette::Text));
        const QRect textRect(r.left() + badgeWidth + 4, r.top(), r.width() - badgeWidth - 4, r.height());
        painter->drawText(textRect, Qt::AlignVCenter | Qt::AlignLeft, opt.fontMetrics.elidedText(text, Qt::ElideRight, textRect.width()));
        painter->restore();
    }
};

} // namespace

Sidebar::Sidebar(QWidget *parent)
    : QWidget(parent)
    , m_filter(new QLineEdit(this))
    , m_view(new QTreeView(this))
    , m_model(new WorkspaceTreeModel(this))
    , m_proxy(new WorkspaceFilterModel(this))
{
    setObjectName(u"sidebar"_s);
    m_filter->setObjectName(u"sidebarFilter"_s);
    m_filter->setAccessibleName(tr("Filter requests"));
    m_filter->setPlaceholderText(tr("Filter requests by name or URL"));
    m_filter->setClearButtonEnabled(true);
    m_proxy->setSourceModel(m_model);
    m_view->setObjectName(u"workspaceTree"_s);
    m_view->setAccessibleName(tr("Workspace"));
    m_view->setAccessibleDescription(tr("Collections, folders and requests. Enter opens a request; F2 renames, Del deletes, the context menu has more."));
    m_view->setModel(m_proxy);
    m_view->setHeaderHidden(true);
    m_view->setItemDelegate(new MethodBadgeDelegate(m_view));
    m_view->setUniformRowHeights(true);
    m_view->setExpandsOnDoubleClick(true);
    connect(m_filter, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_proxy->setFilterText(text);
        if (!text.isEmpty())
            m_view->expandAll();
    });
    const auto activate = [this](const QModelIndex &index) {
        if (index.data(WorkspaceTreeModel::KindRole).toInt() == int(WorkspaceTreeModel::Kind::Request))
            Q_EMIT requestActivated(index.data(WorkspaceTreeModel::IdRole).toString());
    };
    connect(m_view, &QTreeView::activated, this, activate);
    connect(m_view, &QTreeView::clicked, this, activate);

    // Drag to reorder and move; the workspace changes and comes back (undoable).
    m_view->setDragEnabled(true);
    m_view->setAcceptDrops(true);
    m_view->setDropIndicatorShown(true);
    m_view->setDragDropMode(QAbstractItemView::InternalMove);
    m_view->setDefaultDropAction(Qt::MoveAction);
    connect(m_model, &WorkspaceTreeModel::moveRequested, this, &Sidebar::moveRequested);

    m_view->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_view, &QWidget::customContextMenuRequested, this, [this](const QPoint &pos) {
        const QModelIndex index = m_view->indexAt(pos);
        if (index.isValid())
            m_view->setCurrentIndex(index);
        const QString id = currentItemId();
        QMenu menu(this);
        menu.addAction(tr("New &Request"), this, &Sidebar::newRequestRequested);
        menu.addAction(tr("New &Folder"), this, &Sidebar::newFolderRequested);
        if (!id.isEmpty()) {
            menu.addSeparator();
            menu.addAction(tr("Re&name…"), this, [this, id] { Q_EMIT renameRequested(id); });
            menu.addAction(tr("D&uplicate"), this, [this, id] { Q_EMIT duplicateRequested(id); });
            menu.addAction(tr("&Delete"), this, [this, id] { Q_EMIT deleteRequested(id); });
            menu.addSeparator();
            menu.addAction(tr("R&un…"), this, [this, id] { Q_EMIT runRequested(id); });
        }
        menu.exec(m_view->viewport()->mapToGlobal(pos));
    });

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_filter);
    layout->addWidget(m_view, 1);
}

void Sidebar::setWorkspace(const Workspace &workspace)
{
    m_model->setWorkspace(workspace);
    m_view->expandAll();
}

void Sidebar::selectRequest(const QString &id)
{
    const QModelIndex index = m_proxy->mapFromSource(m_model->indexForId(id));
    if (index.isValid())
        m_view->setCurrentIndex(index);
}

void Sidebar::selectItem(const QString &id)
{
    selectRequest(id);
}

QString Sidebar::currentItemId() const
{
    return m_view->currentIndex().data(WorkspaceTreeModel::IdRole).toString();
}

void Sidebar::focusFilter()
{
    m_filter->setFocus(Qt::ShortcutFocusReason);
    m_filter->selectAll();
}

} // namespace gatehouse::ui
