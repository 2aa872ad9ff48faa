// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <KSyntaxHighlighting/AbstractHighlighter>

#include <QObject>
#include <QPointer>
#include <QTextLayout>
#include <QTimer>

class QPlainTextEdit;
class QTextDocument;

namespace gatehouse::ui {

class SyntaxSupport;

// How a KSyntaxHighlighting format looks in a QTextLayout, in the given theme.
QTextCharFormat charFormatFor(const KSyntaxHighlighting::Format &format, const KSyntaxHighlighting::Theme &theme);

// Highlights only the lines on screen, as they scroll into view, for documents too big for
// QSyntaxHighlighter (which highlights every block, on the GUI thread, whenever the text is set).
// Each stretch of lines on screen starts from the definition's initial state: exact for
// pretty-printed JSON (no construct spans lines), close for XML (a comment over several lines
// may start uncoloured). Very long lines are highlighted up to MaxLineLength characters.
// The theme follows the view's palette.
class VisibleHighlighter : public QObject, public KSyntaxHighlighting::AbstractHighlighter
{
    Q_OBJECT
public:
    VisibleHighlighter(SyntaxSupport &syntax, QPlainTextEdit *view);

    void setDefinition(const KSyntaxHighlighting::Definition &definition) override;
    void setTheme(const KSyntaxHighlighting::Theme &theme) override;
    // Blocks highlighted since the last definition, theme or document change (for tests).
    int highlightedBlocks() const { return m_highlighted; }

    static constexpr int MaxLineLength = 4096;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void applyFormat(int offset, int length, const KSyntaxHighlighting::Format &format) override;

private:
    void restart();
    void highlightVisible();
    void watch(QTextDocument *document);
    void onContentsChange(int from, int removed, int added);

    SyntaxSupport &m_syntax;
    QPlainTextEdit *m_view;
    QPointer<QTextDocument> m_document; // whose edits un-highlight the edited lines
    bool m_marking = false;             // our own markContentsDirty(), not an edit
    QTimer m_pending; // coalesces the view's many update requests into one pass
    QList<QTextLayout::FormatRange> m_formats;
    int m_stamp = 1;  // a block whose userState() is m_stamp carries current formats
    int m_highlighted = 0;
};

} // namespace gatehouse::ui
