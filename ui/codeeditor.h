// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "formats/bodyformat.h"

#include <QPlainTextEdit>

namespace KSyntaxHighlighting {
class SyntaxHighlighter;
}

namespace gatehouse::ui {

class SyntaxSupport;
class VisibleHighlighter;

// A monospace text editor highlighted by KSyntaxHighlighting, whose theme follows the palette.
class CodeEditor : public QPlainTextEdit
{
    Q_OBJECT
public:
    CodeEditor(SyntaxSupport &syntax, QWidget *parent = nullptr);

    void setLanguage(BodyLanguage language);
    // Highlights with a KSyntaxHighlighting definition by name ("GraphQL" ...) instead of a body language.
    void setDefinitionName(const QString &name);
    BodyLanguage language() const { return m_language; }
    // Sets text; above HighlightLimit only the lines on screen are highlighted (VisibleHighlighter),
    // so the window stays responsive.
    void setBodyText(const QString &text);
    // Whether the text is above the limit and highlighted as it scrolls into view.
    bool highlightsVisibleLinesOnly() const { return m_tooBig; }
    QString definitionName() const;
    QString themeName() const;

    static constexpr qsizetype HighlightLimit = 2 * 1024 * 1024;

protected:
    void changeEvent(QEvent *event) override;

private:
    void applyTheme();

    SyntaxSupport &m_syntax;
    KSyntaxHighlighting::SyntaxHighlighter *m_highlighter;
    VisibleHighlighter *m_visibleHighlighter;
    BodyLanguage m_language = BodyLanguage::Text;
    bool m_tooBig = false;
};

} // namespace gatehouse::ui
