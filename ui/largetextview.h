// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <KSyntaxHighlighting/Definition>

#include <QAbstractScrollArea>
#include <QTextLayout>

#include <memory>
#include <vector>

namespace gatehouse::ui {

class SyntaxSupport;

// Text that never changes once built, with the offset of every line: made on a worker thread,
// then shared (read-only) by the view, its find jobs and whoever asks for the text.
struct LargeText {
    QString text;
    std::vector<qsizetype> lineStarts; // one per line; a line ends before the next one's '\n'
    qsizetype longestLine = 0;         // in characters

    static std::shared_ptr<const LargeText> make(QString text);
    qsizetype lineCount() const { return qsizetype(lineStarts.size()); }
    // Line i without its line break.
    QStringView line(qsizetype i) const;
    qsizetype lineOf(qsizetype offset) const;
};

// A read-only view for bodies of tens of MB: a scroll area over a LargeText that lays out and
// highlights only the lines on screen (and of those only the columns on screen), so setting a new
// text costs nothing on the GUI thread however many lines it has. Mouse and keyboard selection
// (Ctrl+A, Ctrl+C), keyboard scrolling, and a find that searches on a worker thread.
// Characters are placed on a grid of the monospace font's advance; a character wider than that
// (a tab, a CJK glyph) shifts the rest of its line a little.
class LargeTextView : public QAbstractScrollArea
{
    Q_OBJECT
public:
    explicit LargeTextView(SyntaxSupport &syntax, QWidget *parent = nullptr);
    ~LargeTextView() override;

    // Shows text from its first line; O(1) here, the old text is freed off the GUI thread.
    void setText(std::shared_ptr<const LargeText> text);
    void clear();
    const std::shared_ptr<const LargeText> &text() const { return m_text; }
    QString plainText() const;
    // Breaks lines at the view's width (on a grid of characters, not at words), for texts up to
    // WrapLimit characters (the rows are counted again on every resize); no highlighting then.
    void setWrapping(bool wrap);
    bool isWrapping() const { return m_wrap && m_text->text.size() <= WrapLimit; }
    static constexpr qsizetype WrapLimit = 1024 * 1024;
    // Highlighting of the lines on screen; an invalid definition: plain text.
    void setDefinition(const KSyntaxHighlighting::Definition &definition);
    KSyntaxHighlighting::Definition definition() const;

    qsizetype selectionStart() const { return std::min(m_anchor, m_position); }
    qsizetype selectionEnd() const { return std::max(m_anchor, m_position); }
    QString selectedText() const;
    // Selects [anchor, position) (or the other way round) and scrolls position into view.
    void setSelection(qsizetype anchor, qsizetype position);
    void selectAll();
    void copy() const;
    // Searches (ignoring case) after the selection, or before it, wrapping around once, on a worker
    // thread; findFinished() tells the outcome, a match is selected and scrolled to.
    void find(const QString &needle, bool backwards = false);

    // Rows on screen: lines, or pieces of lines when wrapping.
    qsizetype firstVisibleLine() const;
    int visibleLineCount() const;
    // Lines highlighted since the last text, definition or theme change (for tests), and the
    // formats of a line highlighted so far (empty when it was not or is plain).
    int highlightedLines() const { return m_highlightedLines; }
    // The width of a column of the character grid.
    qreal charWidth() const;
    QList<QTextLayout::FormatRange> highlightFormats(qsizetype line) const;

Q_SIGNALS:
    void findFinished(bool found);

protected:
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void mouseDoubleClickEvent(QMouseEvent *event) override;
    void contextMenuEvent(QContextMenuEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    class Highlighter;

    void updateScrollBars();
    void rewrap();
    const std::vector<qsizetype> &rows() const { return isWrapping() ? m_wrapRows : m_text->lineStarts; }
    qsizetype rowCount() const { return qsizetype(rows().size()); }
    QStringView rowText(qsizetype row) const;
    qsizetype rowOf(qsizetype offset) const;
    void applyTheme();
    qsizetype offsetAt(const QPoint &viewportPoint) const;
    void ensureVisible(qsizetype offset);
    void measureFont();
    int lineHeight() const;
    const QList<QTextLayout::FormatRange> &formatsFor(qsizetype line);

    SyntaxSupport &m_syntax;
    std::unique_ptr<Highlighter> m_highlighter;
    std::shared_ptr<const LargeText> m_text;
    qreal m_charWidth = 1;
    bool m_wrap = false;
    std::vector<qsizetype> m_wrapRows; // where each row starts when wrapping
    qsizetype m_wrapLongest = 0;
    qsizetype m_anchor = 0;
    qsizetype m_position = 0;
    bool m_selecting = false;
    quint64 m_findGeneration = 0;
    int m_highlightedLines = 0;
};

} // namespace gatehouse::ui
