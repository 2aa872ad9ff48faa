// SPDX-License-Identifier: GPL-3.0-or-later
#include "visiblehighlighter.h"

#include "syntaxsupport.h"

#include <KSyntaxHighlighting/Format>
#include <KSyntaxHighlighting/State>

#include <QEvent>
#include <QPlainTextEdit>
#include <QTextBlock>
#include <QTextDocument>

namespace gatehouse::ui {

VisibleHighlighter::VisibleHighlighter(SyntaxSupport &syntax, QPlainTextEdit *view)
    : QObject(view)
    , m_syntax(syntax)
    , m_view(view)
{
    m_pending.setSingleShot(true);
    m_pending.setInterval(0);
    connect(&m_pending, &QTimer::timeout, this, &VisibleHighlighter::highlightVisible);
    // Scrolling, resizing and a new document all end in an update request of the view.
    connect(view, &QPlainTextEdit::updateRequest, &m_pending, qOverload<>(&QTimer::start));
    view->installEventFilter(this);
    AbstractHighlighter::setTheme(m_syntax.themeFor(view->palette()));
}

void VisibleHighlighter::setDefinition(const KSyntaxHighlighting::Definition &definition)
{
    AbstractHighlighter::setDefinition(definition);
    restart();
}

void VisibleHighlighter::setTheme(const KSyntaxHighlighting::Theme &theme)
{
    AbstractHighlighter::setTheme(theme);
    restart();
}

bool VisibleHighlighter::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_view && event->type() == QEvent::PaletteChange) {
        const KSyntaxHighlighting::Theme theme = m_syntax.themeFor(m_view->palette());
        if (theme.name() != AbstractHighlighter::theme().name())
            setTheme(theme);
    }
    return QObject::eventFilter(watched, event);
}

void VisibleHighlighter::restart()
{
    // Blocks stamped with the old value count as not highlighted; no pass over the whole document.
    ++m_stamp;
    m_highlighted = 0;
    m_pending.start();
}

void VisibleHighlighter::highlightVisible()
{
    QTextDocument *document = m_view->document();
    watch(document);
    if (!definition().isValid() || document->isEmpty())
        return;
    const QRect area = m_view->viewport()->rect();
    QTextBlock block = m_view->cursorForPosition(area.topLeft()).block();
    const int last = m_view->cursorForPosition(area.bottomLeft()).block().blockNumber() + 1;
    KSyntaxHighlighting::State state;
    int dirtyFrom = -1;
    int dirtyTo = -1;
    for (; block.isValid() && block.blockNumber() <= last; block = block.next()) {
        if (block.userState() == m_stamp) {
            state = KSyntaxHighlighting::State(); // its end state is not kept: the next one starts afresh
            continue;
        }
        m_formats.clear();
        state = highlightLine(QStringView(block.text()).first(std::min<qsizetype>(block.length() - 1, MaxLineLength)), state);
        block.layout()->setFormats(m_formats);
        block.setUserState(m_stamp);
        ++m_highlighted;
        if (dirtyFrom < 0)
            dirtyFrom = block.position();
        dirtyTo = block.position() + block.length();
    }
    m_formats.clear();
    // One re-layout of the lines whose formats changed (QSyntaxHighlighter does the same per block).
    if (dirtyFrom >= 0) {
        m_marking = true;
        document->markContentsDirty(dirtyFrom, dirtyTo - dirtyFrom);
        m_marking = false;
    }
}

void VisibleHighlighter::watch(QTextDocument *document)
{
    if (m_document == document)
        return;
    if (m_document)
        disconnect(m_document, &QTextDocument::contentsChange, this, &VisibleHighlighter::onContentsChange);
    m_document = document;
    m_highlighted = 0;
    connect(document, &QTextDocument::contentsChange, this, &VisibleHighlighter::onContentsChange);
}

void VisibleHighlighter::onContentsChange(int from, int removed, int added)
{
    Q_UNUSED(removed);
    if (m_marking)
        return;
    // Edited lines are highlighted again when next on screen. Blocks an edit creates start
    // unstamped; of the old ones only the first and the last of the range can have changed.
    for (QTextBlock block : {m_document->findBlock(from), m_document->findBlock(from + added)}) {
        if (block.isValid())
            block.setUserState(-1);
    }
    m_pending.start();
}

void VisibleHighlighter::applyFormat(int offset, int length, const KSyntaxHighlighting::Format &format)
{
    if (length == 0 || format.isDefaultTextStyle(theme()))
        return;
    m_formats.append({offset, length, charFormatFor(format, theme())});
}

QTextCharFormat charFormatFor(const KSyntaxHighlighting::Format &format, const KSyntaxHighlighting::Theme &theme)
{
    QTextCharFormat charFormat;
    if (format.hasTextColor(theme))
        charFormat.setForeground(format.textColor(theme));
    if (format.hasBackgroundColor(theme))
        charFormat.setBackground(format.backgroundColor(theme));
    if (format.isBold(theme))
        charFormat.setFontWeight(QFont::Bold);
    if (format.isItalic(theme))
        charFormat.setFontItalic(true);
    if (format.isUnderline(theme))
        charFormat.setFontUnderline(true);
    if (format.isStrikeThrough(theme))
        charFormat.setFontStrikeOut(true);
    return charFormat;
}

} // namespace gatehouse::ui
