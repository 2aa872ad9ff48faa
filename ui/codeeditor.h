// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "formats/bodyformat.h"

#include <QPlainTextEdit>

namespace KSyntaxHighlighting {
class SyntaxHighlighter;
}

namespace gatehouse::ui {

class SyntaxSupport;

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
    // Sets text; bodies above the highlighting limit are shown plain so the window stays responsive.
    void setBodyText(const QString &text);
    QString definitionName() const;
    QString themeName() const;

    static constexpr qsizetype HighlightLimit = 2 * 1024 * 1024;

protected:
    void changeEvent(QEvent *event) override;

private:
    void applyTheme();

    SyntaxSupport &m_syntax;
    KSyntaxHighlighting::SyntaxHighlighter *m_highlighter;
    BodyLanguage m_language = BodyLanguage::Text;
    bool m_tooBig = false;
};

} // namespace gatehouse::ui
