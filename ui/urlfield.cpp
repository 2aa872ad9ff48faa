// SPDX-License-Identifier: GPL-3.0-or-later
#include "urlfield.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QClipboard>
#include <QCompleter>
#include <QContextMenuEvent>
#include <QDropEvent>
#include <QHelpEvent>
#include <QInputMethodEvent>
#include <QKeyEvent>
#include <QMenu>
#include <QMimeData>
#include <QMouseEvent>
#include <QScrollBar>
#include <QStringListModel>
#include <QTextCharFormat>
#include <QToolTip>

using namespace Qt::StringLiterals;

namespace gatehouse::ui {

namespace {

// The dynamic variables the resolver knows (core/model/variables.h).
const QStringList &dynamicNames()
{
    static const QStringList names{u"$guid"_s, u"$timestamp"_s, u"$isoTimestamp"_s, u"$randomInt"_s};
    return names;
}

} // namespace

UrlField::UrlField(QWidget *parent)
    : QLineEdit(parent)
    , m_completer(new QCompleter(this))
    , m_names(new QStringListModel(this))
{
    m_completer->setObjectName(u"urlVariableCompleter"_s);
    m_completer->setModel(m_names);
    m_completer->setWidget(this);
    m_completer->setCompletionMode(QCompleter::PopupCompletion);
    m_completer->setCaseSensitivity(Qt::CaseInsensitive);
    m_completer->setFilterMode(Qt::MatchStartsWith);
    connect(m_completer, qOverload<const QString &>(&QCompleter::activated), this, &UrlField::insertCompletion);
    connect(this, &QLineEdit::textChanged, this, &UrlField::highlight);
    connect(this, &QLineEdit::textEdited, this, &UrlField::updateCompletion);
    setVariables({});
}

void UrlField::setVariables(const VariableInfoMap &variables)
{
    m_variables = variables;
    QStringList names = m_variables.keys();
    names.sort(Qt::CaseInsensitive);
    m_names->setStringList(names + dynamicNames());
    highlight();
}

bool UrlField::isResolved(const QString &name) const
{
    return m_variables.contains(name) || dynamicNames().contains(name);
}

QList<UrlField::Reference> UrlField::references(const QString &text)
{
    QList<Reference> out;
    qsizetype from = 0;
    while (true) {
        const qsizetype open = text.indexOf("{{"_L1, from);
        if (open < 0)
            break;
        const qsizetype close = text.indexOf("}}"_L1, open + 2);
        if (close < 0)
            break;
        out.append({int(open), int(close + 2 - open), text.mid(open + 2, close - open - 2).trimmed()});
        from = close + 2;
    }
    return out;
}

bool UrlField::looksLikeCurl(const QString &text)
{
    const QString t = text.trimmed();
    return t.size() > 5 && t.startsWith("curl"_L1) && t.at(4).isSpace();
}

QString UrlField::variableToolTip(int position) const
{
    for (const Reference &ref : references(text())) {
        if (position < ref.start || position > ref.start + ref.length)
            continue;
        if (dynamicNames().contains(ref.name))
            return tr("{{%1}}: a dynamic value, new for every request").arg(ref.name);
        const auto it = m_variables.constFind(ref.name);
        if (it == m_variables.cend())
            return tr("{{%1}} has no value in the current environment; it is sent as written").arg(ref.name);
        if (it->secret)
            return tr("{{%1}} = •••••• (secret)").arg(ref.name);
        return tr("{{%1}} = %2").arg(ref.name, it->value.isEmpty() ? tr("(empty)") : it->value);
    }
    return {};
}

bool UrlField::event(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        auto *help = static_cast<QHelpEvent *>(event);
        const QString tip = variableToolTip(cursorPositionAt(help->pos()));
        if (!tip.isEmpty()) {
            QToolTip::showText(help->globalPos(), tip, this);
            return true;
        }
    }
    return QLineEdit::event(event);
}

void UrlField::keyPressEvent(QKeyEvent *event)
{
    if (m_completer->popup()->isVisible()) {
        // The completer's popup takes these.
        switch (event->key()) {
        case Qt::Key_Enter:
        case Qt::Key_Return:
        case Qt::Key_Escape:
        case Qt::Key_Tab:
        case Qt::Key_Backtab:
            event->ignore();
            return;
        default:
            break;
        }
    }
    if (event->matches(QKeySequence::Paste)) {
        pasteOrImport();
        event->accept();
        return;
    }
    QLineEdit::keyPressEvent(event);
}

void UrlField::contextMenuEvent(QContextMenuEvent *event)
{
    QMenu *menu = createStandardContextMenu();
    menu->setAttribute(Qt::WA_DeleteOnClose);
    // Route the menu's Paste through the curl check too.
    for (QAction *action : menu->actions()) {
        if (action->objectName() == "edit-paste"_L1) {
            disconnect(action, &QAction::triggered, nullptr, nullptr);
            connect(action, &QAction::triggered, this, &UrlField::pasteOrImport);
        }
    }
    menu->popup(event->globalPos());
}

void UrlField::changeEvent(QEvent *event)
{
    QLineEdit::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        highlight();
}

void UrlField::dropEvent(QDropEvent *event)
{
    // A curl command dragged from a terminal or a browser: imported, not dropped into the URL.
    if (const QMimeData *mime = event->mimeData(); mime && mime->hasText() && looksLikeCurl(mime->text())) {
        event->acceptProposedAction();
        Q_EMIT curlPasted(mime->text());
        return;
    }
    QLineEdit::dropEvent(event);
}

void UrlField::mouseReleaseEvent(QMouseEvent *event)
{
    // X11/Wayland middle-click paste of the primary selection takes the same curl check as Ctrl+V.
    if (event->button() == Qt::MiddleButton && !isReadOnly()) {
        const QClipboard *clipboard = QApplication::clipboard();
        if (clipboard->supportsSelection()) {
            if (const QString text = clipboard->text(QClipboard::Selection); looksLikeCurl(text)) {
                event->accept();
                Q_EMIT curlPasted(text);
                return;
            }
        }
    }
    QLineEdit::mouseReleaseEvent(event);
}

void UrlField::pasteOrImport()
{
    const QString text = QApplication::clipboard()->text();
    if (looksLikeCurl(text)) {
        Q_EMIT curlPasted(text);
        return;
    }
    paste();
}

void UrlField::highlight()
{
    // A QLineEdit colours ranges only through input method formats; they are relative to the cursor.
    if (m_highlighting)
        return;
    m_highlighting = true;
    const bool dark = palette().color(QPalette::Base).lightnessF() < 0.5;
    QTextCharFormat known;
    known.setForeground(palette().color(QPalette::Link));
    known.setFontWeight(QFont::DemiBold);
    QTextCharFormat unknown;
    unknown.setForeground(dark ? QColor(0xff, 0x6b, 0x6b) : QColor(0xc0, 0x1c, 0x28));
    unknown.setFontWeight(QFont::DemiBold);
    unknown.setUnderlineStyle(QTextCharFormat::WaveUnderline);
    unknown.setUnderlineColor(unknown.foreground().color());
    QList<QInputMethodEvent::Attribute> attributes;
    for (const Reference &ref : references(text())) {
        attributes.append(QInputMethodEvent::Attribute(QInputMethodEvent::TextFormat, ref.start - cursorPosition(), ref.length,
                                                       isResolved(ref.name) ? known : unknown));
    }
    QInputMethodEvent event(QString(), attributes);
    QCoreApplication::sendEvent(this, &event);
    m_highlighting = false;
}

void UrlField::updateCompletion()
{
    const QString before = text().left(cursorPosition());
    const qsizetype open = before.lastIndexOf("{{"_L1);
    if (open < 0 || before.indexOf("}}"_L1, open) >= 0) {
        m_completer->popup()->hide();
        return;
    }
    const QString prefix = before.mid(open + 2).trimmed();
    m_completer->setCompletionPrefix(prefix);
    if (m_completer->completionCount() == 0) {
        m_completer->popup()->hide();
        return;
    }
    m_completer->popup()->setCurrentIndex(m_completer->completionModel()->index(0, 0));
    QRect rect = cursorRect();
    rect.setWidth(m_completer->popup()->sizeHintForColumn(0) + m_completer->popup()->verticalScrollBar()->sizeHint().width() + 8);
    m_completer->complete(rect);
}

void UrlField::insertCompletion(const QString &name)
{
    const QString current = text();
    const int cursor = cursorPosition();
    const qsizetype open = current.left(cursor).lastIndexOf("{{"_L1);
    if (open < 0)
        return;
    const bool closed = current.mid(cursor).startsWith("}}"_L1);
    const QString inserted = u"{{"_s + name + (closed ? QString() : u"}}"_s);
    // Through the edit path so the owner sees a user edit (textEdited) and undo works.
    setSelection(int(open), cursor - int(open));
    insert(inserted);
    setCursorPosition(int(open + inserted.size() + (closed ? 2 : 0)));
}

} // namespace gatehouse::ui
