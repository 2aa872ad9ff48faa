// SPDX-License-Identifier: GPL-3.0-or-later
#include "codeeditor.h"

#include "syntaxsupport.h"

#include <KSyntaxHighlighting/SyntaxHighlighter>

#include <QEvent>
#include <QFontDatabase>

namespace gatehouse::ui {

CodeEditor::CodeEditor(SyntaxSupport &syntax, QWidget *parent)
    : QPlainTextEdit(parent)
    , m_syntax(syntax)
    , m_highlighter(new KSyntaxHighlighting::SyntaxHighlighter(document()))
{
    setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    setLineWrapMode(QPlainTextEdit::NoWrap);
    setTabStopDistance(fontMetrics().horizontalAdvance(QLatin1Char(' ')) * 2);
    applyTheme();
}

void CodeEditor::setLanguage(BodyLanguage language)
{
    m_language = language;
    m_highlighter->setDefinition(m_tooBig ? KSyntaxHighlighting::Definition() : m_syntax.definitionFor(language));
}

void CodeEditor::setDefinitionName(const QString &name)
{
    m_highlighter->setDefinition(m_syntax.repository().definitionForName(name));
}

void CodeEditor::setBodyText(const QString &text)
{
    m_tooBig = text.size() > HighlightLimit;
    // Switch the definition off before the text arrives, so a huge body is never highlighted.
    if (m_tooBig)
        m_highlighter->setDefinition(KSyntaxHighlighting::Definition());
    setPlainText(text);
    if (!m_tooBig)
        m_highlighter->setDefinition(m_syntax.definitionFor(m_language));
}

QString CodeEditor::definitionName() const
{
    return m_highlighter->definition().isValid() ? m_highlighter->definition().name() : QString();
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
