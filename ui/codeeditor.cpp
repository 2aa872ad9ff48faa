// SPDX-License-Identifier: GPL-3.0-or-later
#include "codeeditor.h"

#include "syntaxsupport.h"
#include "visiblehighlighter.h"

#include <KSyntaxHighlighting/SyntaxHighlighter>

#include <QEvent>
#include <QFontDatabase>

namespace gatehouse::ui {

CodeEditor::CodeEditor(SyntaxSupport &syntax, QWidget *parent)
    : QPlainTextEdit(parent)
    , m_syntax(syntax)
    , m_highlighter(new KSyntaxHighlighting::SyntaxHighlighter(document()))
    , m_visibleHighlighter(new VisibleHighlighter(syntax, this))
{
    setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    setLineWrapMode(QPlainTextEdit::NoWrap);
    setTabStopDistance(fontMetrics().horizontalAdvance(QLatin1Char(' ')) * 2);
    applyTheme();
}

void CodeEditor::setLanguage(BodyLanguage language)
{
    m_language = language;
    (m_tooBig ? static_cast<KSyntaxHighlighting::AbstractHighlighter *>(m_visibleHighlighter) : m_highlighter)->setDefinition(m_syntax.definitionFor(language));
}

void CodeEditor::setDefinitionName(const QString &name)
{
    (m_tooBig ? static_cast<KSyntaxHighlighting::AbstractHighlighter *>(m_visibleHighlighter) : m_highlighter)->setDefinition(m_syntax.repository().definitionForName(name));
}

void CodeEditor::setBodyText(const QString &text)
{
    m_tooBig = text.size() > HighlightLimit;
    // A huge body never reaches QSyntaxHighlighter (it would highlight every line at once, and it
    // would clear the visible-lines highlighter's formats): it is detached before the text arrives.
    m_visibleHighlighter->setDefinition(KSyntaxHighlighting::Definition());
    if (m_tooBig) {
        m_highlighter->setDefinition(KSyntaxHighlighting::Definition());
        m_highlighter->setDocument(nullptr);
    }
    setPlainText(text);
    if (m_tooBig) {
        m_visibleHighlighter->setDefinition(m_syntax.definitionFor(m_language));
    } else {
        if (!m_highlighter->document())
            m_highlighter->setDocument(document());
        m_highlighter->setDefinition(m_syntax.definitionFor(m_language));
    }
}

QString CodeEditor::definitionName() const
{
    const KSyntaxHighlighting::Definition definition = m_tooBig ? m_visibleHighlighter->definition() : m_highlighter->definition();
    return definition.isValid() ? definition.name() : QString();
}

QString CodeEditor::themeName() const
{
    return m_highlighter->theme().name();
}

void CodeEditor::changeEvent(QEvent *event)
{
    QPlainTextEdit::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        applyTheme();
}

void CodeEditor::applyTheme()
{
    const KSyntaxHighlighting::Theme theme = m_syntax.themeFor(palette());
    if (m_highlighter->theme().name() == theme.name())
        return;
    m_highlighter->setTheme(theme);
    m_highlighter->rehighlight();
}

} // namespace gatehouse::ui
