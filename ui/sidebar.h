// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QLineEdit;
class QTreeView;

namespace gatehouse {
class WorkspaceFilterModel;
class WorkspaceTreeModel;
struct Workspace;
}

namespace gatehouse::ui {

// The workspace tree with method badges, filtered as you type over names and URLs.
class Sidebar : public QWidget
{
    Q_OBJECT
public:
    explicit Sidebar(QWidget *parent = nullptr);

    void setWorkspace(const Workspace &workspace);
    void selectRequest(const QString &id);
    // Any item: collection, folder or request.
    void selectItem(const QString &id);
    // The id of the selected item; empty when nothing is selected.
    QString currentItemId() const;
    QTreeView *view() const { return m_view; }
    WorkspaceTreeModel *model() const { return m_model; }
    void focusFilter();

Q_SIGNALS:
    void requestActivated(const QString &id);
    // From the context menu and drag and drop; the window makes the (undoable) change.
    void newRequestRequested();
    void newFolderRequested();
    void renameRequested(const QString &id);
    void duplicateRequested(const QString &id);
    void deleteRequested(const QString &id);
    void runRequested(const QString &id);
    void moveRequested(const QString &id, const QString &parentId, int row);

private:
    QLineEdit *m_filter;
    QTreeView *m_view;
    WorkspaceTreeModel *m_model;
    WorkspaceFilterModel *m_proxy;
};

} // namespace gatehouse::ui
