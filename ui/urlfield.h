// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QLineEdit>

class QCompleter;
class QStringListModel;

namespace gatehouse::ui {

// What the editor knows about a variable for display: its resolved value, and whether it is a
// secret (then it is never shown).
struct VariableInfo {
    QString value;
    bool secret = false;

    friend bool operator==(const VariableInfo &, const VariableInfo &) = default;
};

using VariableInfoMap = QHash<QString, VariableInfo>;

// The URL field: a line edit that colours {{variables}} (red when they have no value), shows a
// variable's value when hovered (secrets masked), completes variable names after "{{", and hands
// a curl command to its owner instead of inserting it: pasted, dropped or middle-click pasted.
class UrlField : public QLineEdit
{
    Q_OBJECT
public:
    explicit UrlField(QWidget *parent = nullptr);

    void setVariables(const VariableInfoMap &variables);
    const VariableInfoMap &variables() const { return m_variables; }
    // The tooltip for the variable reference at a text position, or an empty string.
    QString variableToolTip(int position) const;
    QCompleter *variableCompleter() const { return m_completer; }
    // Whether name has a value: a known variable, or a dynamic one ($guid ...).
    bool isResolved(const QString &name) const;

    // A {{reference}} in the text: where it is and the name inside (trimmed).
    struct Reference {
        int start = 0;
        int length = 0;
        QString name;
    };
    static QList<Reference> references(const QString &text);
    static bool looksLikeCurl(const QString &text);

Q_SIGNALS:
    // The user pasted text that starts like a curl command line.
    void curlPasted(const QString &text);

protected:
    bool event(QEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void contextMenuEvent(QContextMenuEvent *event) override;
    void changeEvent(QEvent *event) override;
    void dropEvent(QDropEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;

private:
    void pasteOrImport();
    void highlight();
    void updateCompletion();
    void insertCompletion(const QString &name);

    VariableInfoMap m_variables;
    QCompleter *m_completer;
    QStringListModel *m_names;
    bool m_highlighting = false;
};

} // namespace gatehouse::ui
