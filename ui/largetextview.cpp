// SPDX-License-Identifier: GPL-3.0-or-later
#include "largetextview.h"

#include "syntaxsupport.h"
#include "visiblehighlighter.h"

#include <KSyntaxHighlighting/AbstractHighlighter>
#include <KSyntaxHighlighting/Format>
#include <KSyntaxHighlighting/State>

#include <QClipboard>
#include <QContextMenuEvent>
#include <QFontDatabase>
#include <QGuiApplication>
#include <QHash>
#include <QKeyEvent>
#include <QMenu>
#include <QPainter>
#include <QScrollBar>
#include <QThreadPool>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>
#include <cmath>

namespace gatehouse::ui {

std::shared_ptr<const LargeText> LargeText::make(QString text)
{
    auto out = std::make_shared<LargeText>();
    out->text = std::move(text);
    const QStringView all(out->text);
    out->lineStarts.reserve(size_t(all.size() / 16 + 1));
    out->lineStarts.push_back(0);
    for (qsizetype at = all.indexOf(u'\n'); at >= 0; at = all.indexOf(u'\n', at + 1)) {
        out->longestLine = std::max(out->longestLine, at - out->lineStarts.back());
        out->lineStarts.push_back(at + 1);
    }
    out->longestLine = std::max(out->longestLine, all.size() - out->lineStarts.back());
    out->lineStarts.shrink_to_fit();
    return out;
}

QStringView LargeText::line(qsizetype i) const
{
    const qsizetype start = lineStarts[size_t(i)];
    qsizetype end = i + 1 < lineCount() ? lineStarts[size_t(i + 1)] - 1 : text.size();
    if (end > start && text.at(end - 1) == u'\r')
        --end;
    return QStringView(text).sliced(start, end - start);
}

qsizetype LargeText::lineOf(qsizetype offset) const
{
    const auto it = std::upper_bound(lineStarts.begin(), lineStarts.end(), offset);
    return std::max<qsizetype>(0, qsizetype(it - lineStarts.begin()) - 1);
}

namespace {

// Only so many lines' formats and end states are kept; scrolling far away starts afresh.
constexpr qsizetype kCachedLines = 20000;
// A stretch of lines that comes on screen without its predecessor highlighted starts this many
// lines earlier from the definition's initial state, so that a construct opened just above (an
// XML comment) is coloured right; for pretty-printed JSON every line starts in the initial state.
constexpr qsizetype kBacktrack = 32;
// Where a line is laid out and painted from when the view is scrolled far to the right.
constexpr int kMargin = 4;

void disposeOffGuiThread(std::shared_ptr<const LargeText> text)
{
    // Freeing hundreds of MB (munmap of every page) is not free either.
    if (text && text.use_count() == 1)
        QThreadPool::globalInstance()->start([text = std::move(text)]() mutable { text.reset(); });
}

} // namespace

// Highlights single lines with KSyntaxHighlighting, keeping each line's formats and end state.
class LargeTextView::Highlighter : public KSyntaxHighlighting::AbstractHighlighter
{
public:
    struct Line {
        QList<QTextLayout::FormatRange> formats;
        KSyntaxHighlighting::State end;
    };

    void reset() { m_lines.clear(); }
    const Line *cached(qsizetype line) const
    {
        const auto it = m_lines.constFind(line);
        return it == m_lines.cend() ? nullptr : &*it;
    }
    // Highlights `line` (and, when needed, a few lines above it first); returns how many were done.
    int highlight(const LargeText &text, qsizetype line)
    {
        if (m_lines.size() > kCachedLines)
            m_lines.clear();
        qsizetype from = line;
        while (from > 0 && line - from < kBacktrack && !m_lines.contains(from - 1))
            --from;
        KSyntaxHighlighting::State state;
        if (from > 0 && m_lines.contains(from - 1))
            state = m_lines.value(from - 1).end;
        int done = 0;
        for (qsizetype i = from; i <= line; ++i) {
            if (const Line *known = cached(i)) {
                state = known->end;
                continue;
            }
            m_formats.clear();
            state = highlightLine(text.line(i).first(std::min<qsizetype>(text.line(i).size(), VisibleHighlighter::MaxLineLength)), state);
            m_lines.insert(i, {m_formats, state});
            ++done;
        }
        m_formats.clear();
        return done;
    }

protected:
    void applyFormat(int offset, int length, const KSyntaxHighlighting::Format &format) override
    {
        if (length > 0 && !format.isDefaultTextStyle(theme()))
            m_formats.append({offset, length, charFormatFor(format, theme())});
    }

private:
    QHash<qsizetype, Line> m_lines;
    QList<QTextLayout::FormatRange> m_formats;
};

LargeTextView::LargeTextView(SyntaxSupport &syntax, QWidget *parent)
    : QAbstractScrollArea(parent)
    , m_syntax(syntax)
    , m_highlighter(std::make_unique<Highlighter>())
    , m_text(LargeText::make({}))
{
    setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    measureFont();
    setFocusPolicy(Qt::StrongFocus);
    setAccessibleName(tr("Response body"));
    viewport()->setCursor(Qt::IBeamCursor);
    viewport()->setBackgroundRole(QPalette::Base);
    viewport()->setAutoFillBackground(true);
    applyTheme();
    updateScrollBars();
}

LargeTextView::~LargeTextView()
{
    disposeOffGuiThread(std::move(m_text));
}

void LargeTextView::setText(std::shared_ptr<const LargeText> text)
{
    std::shared_ptr<const LargeText> old = std::exchange(m_text, text ? std::move(text) : LargeText::make({}));
    disposeOffGuiThread(std::move(old));
    ++m_findGeneration; // a search in the old text is of no use
    m_anchor = m_position = 0;
    m_selecting = false;
    m_highlighter->reset();
    m_highlightedLines = 0;
    rewrap();
    verticalScrollBar()->setValue(0);
    horizontalScrollBar()->setValue(0);
    updateScrollBars();
    viewport()->update();
}

void LargeTextView::clear()
{
    setText(nullptr);
}

QString LargeTextView::plainText() const
{
    return m_text->text;
}

void LargeTextView::setWrapping(bool wrap)
{
    m_wrap = wrap;
    rewrap();
    updateScrollBars();
    viewport()->update();
}

void LargeTextView::rewrap()
{
    m_wrapRows.clear();
    m_wrapLongest = 0;
    if (!isWrapping())
        return;
    const qsizetype columns = std::max<qsizetype>(1, qsizetype((viewport()->width() - 2 * kMargin) / charWidth()));
    for (qsizetype line = 0; line < m_text->lineCount(); ++line) {
        const qsizetype start = m_text->lineStarts[size_t(line)];
        const qsizetype length = m_text->line(line).size();
        for (qsizetype at = 0; at == 0 || at < length; at += columns)
            m_wrapRows.push_back(start + at);
        m_wrapLongest = std::max(m_wrapLongest, std::min(length, columns));
    }
}

QStringView LargeTextView::rowText(qsizetype row) const
{
    const std::vector<qsizetype> &starts = rows();
    const qsizetype start = starts[size_t(row)];
    qsizetype end = row + 1 < rowCount() ? starts[size_t(row + 1)] : m_text->text.size();
    const QString &text = m_text->text;
    if (end > start && text.at(end - 1) == u'\n')
        --end;
    if (end > start && text.at(end - 1) == u'\r')
        --end;
    return QStringView(text).sliced(start, end - start);
}

qsizetype LargeTextView::rowOf(qsizetype offset) const
{
    const std::vector<qsizetype> &starts = rows();
    const auto it = std::upper_bound(starts.begin(), starts.end(), offset);
    return std::max<qsizetype>(0, qsizetype(it - starts.begin()) - 1);
}

void LargeTextView::setDefinition(const KSyntaxHighlighting::Definition &definition)
{
    m_highlighter->setDefinition(definition);
    m_highlighter->reset();
    m_highlightedLines = 0;
    viewport()->update();
}

KSyntaxHighlighting::Definition LargeTextView::definition() const
{
    return m_highlighter->definition();
}

QList<QTextLayout::FormatRange> LargeTextView::highlightFormats(qsizetype line) const
{
    const Highlighter::Line *known = m_highlighter->cached(line);
    return known ? known->formats : QList<QTextLayout::FormatRange>();
}

const QList<QTextLayout::FormatRange> &LargeTextView::formatsFor(qsizetype line)
{
    static const QList<QTextLayout::FormatRange> none;
    if (!m_highlighter->definition().isValid() || isWrapping())
        return none;
    if (!m_highlighter->cached(line))
        m_highlightedLines += m_highlighter->highlight(*m_text, line);
    return m_highlighter->cached(line)->formats;
}

void LargeTextView::applyTheme()
{
    const KSyntaxHighlighting::Theme theme = m_syntax.themeFor(palette());
    if (m_highlighter->theme().name() == theme.name())
        return;
    m_highlighter->setTheme(theme);
    m_highlighter->reset();
    m_highlightedLines = 0;
    viewport()->update();
}

void LargeTextView::changeEvent(QEvent *event)
{
    QAbstractScrollArea::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        applyTheme();
    if (event->type() == QEvent::FontChange) {
        measureFont();
        rewrap();
        updateScrollBars();
        viewport()->update();
    }
}

qreal LargeTextView::charWidth() const
{
    return m_charWidth;
}

void LargeTextView::measureFont()
{
    // The advance as QTextLayout places glyphs (fractional, maybe hinted), measured over many
    // characters: a rounded 7.8 px would push the ends of long rows off the grid.
    QTextLayout layout(QString(1000, u'0'), font());
    layout.beginLayout();
    layout.createLine();
    layout.endLayout();
    m_charWidth = std::max(1.0, layout.lineAt(0).naturalTextWidth() / 1000);
}

int LargeTextView::lineHeight() const
{
    return std::max(1, fontMetrics().lineSpacing());
}

int LargeTextView::visibleLineCount() const
{
    return std::max(1, viewport()->height() / lineHeight());
}

qsizetype LargeTextView::firstVisibleLine() const
{
    return verticalScrollBar()->value();
}

void LargeTextView::updateScrollBars()
{
    // The vertical bar counts lines, the horizontal one pixels.
    const int page = visibleLineCount();
    verticalScrollBar()->setRange(0, int(std::clamp<qsizetype>(rowCount() - page, 0, INT_MAX)));
    verticalScrollBar()->setPageStep(page);
    verticalScrollBar()->setSingleStep(1);
    const qint64 width = qint64(std::ceil(qreal(isWrapping() ? m_wrapLongest : m_text->longestLine) * charWidth())) + 2 * kMargin;
    horizontalScrollBar()->setRange(0, int(std::clamp<qint64>(width - viewport()->width(), 0, INT_MAX)));
    horizontalScrollBar()->setPageStep(viewport()->width());
    horizontalScrollBar()->setSingleStep(int(charWidth() * 4));
}

void LargeTextView::resizeEvent(QResizeEvent *event)
{
    QAbstractScrollArea::resizeEvent(event);
    if (isWrapping() && event->size().width() != event->oldSize().width())
        rewrap();
    updateScrollBars();
}

void LargeTextView::paintEvent(QPaintEvent *)
{
    QPainter painter(viewport());
    const qreal cw = charWidth();
    const int lh = lineHeight();
    const int scrollX = horizontalScrollBar()->value();
    // Only the columns on screen of each line on screen are laid out.
    const qsizetype firstColumn = qsizetype(std::max(0, scrollX - kMargin) / cw);
    const qsizetype columns = qsizetype(viewport()->width() / cw) + 2;
    const qsizetype first = firstVisibleLine();
    const qsizetype last = std::min(rowCount() - 1, first + visibleLineCount());
    const qsizetype selStart = selectionStart();
    const qsizetype selEnd = selectionEnd();
    QTextCharFormat selected;
    selected.setBackground(palette().brush(QPalette::Highlight));
    selected.setForeground(palette().brush(QPalette::HighlightedText));
    painter.setPen(palette().color(QPalette::Text));
    QTextOption option;
    option.setWrapMode(QTextOption::NoWrap);
    for (qsizetype i = first; i <= last; ++i) {
        const QStringView line = rowText(i);
        if (firstColumn >= line.size())
            continue;
        const qsizetype count = std::min(columns, line.size() - firstColumn);
        QTextLayout layout(line.sliced(firstColumn, count).toString(), font());
        layout.setTextOption(option);
        QList<QTextLayout::FormatRange> formats;
        for (const QTextLayout::FormatRange &range : formatsFor(i)) {
            const qsizetype from = std::max<qsizetype>(range.start, firstColumn);
            const qsizetype to = std::min<qsizetype>(range.start + range.length, firstColumn + count);
            if (from < to)
                formats.append({int(from - firstColumn), int(to - from), range.format});
        }
        layout.setFormats(formats);
        layout.beginLayout();
        layout.createLine();
        layout.endLayout();
        QList<QTextLayout::FormatRange> selections;
        const qsizetype lineStart = rows()[size_t(i)] + firstColumn;
        const qsizetype from = std::max(selStart, lineStart);
        const qsizetype to = std::min(selEnd, lineStart + count);
        if (from < to)
            selections.append({int(from - lineStart), int(to - from), selected});
        layout.draw(&painter, QPointF(kMargin + firstColumn * cw - scrollX, (i - first) * lh), selections);
    }
}

qsizetype LargeTextView::offsetAt(const QPoint &point) const
{
    const qsizetype row = std::clamp<qsizetype>(firstVisibleLine() + (point.y() < 0 ? -1 : point.y() / lineHeight()), 0, rowCount() - 1);
    const QStringView line = rowText(row);
    const qsizetype lineStart = rows()[size_t(row)];
    const int x = point.x() + horizontalScrollBar()->value() - kMargin;
    const qsizetype column = std::clamp<qsizetype>(qsizetype(std::round(x / charWidth())), 0, line.size());
    return lineStart + (x < 0 ? 0 : column);
}

void LargeTextView::ensureVisible(qsizetype offset)
{
    const qsizetype line = rowOf(offset);
    const qsizetype first = firstVisibleLine();
    const int page = visibleLineCount();
    if (line < first || line >= first + page)
        verticalScrollBar()->setValue(int(std::clamp<qsizetype>(line - page / 2, 0, INT_MAX)));
    const qint64 x = qint64(qreal(offset - rows()[size_t(line)]) * charWidth()) + kMargin;
    const int scrollX = horizontalScrollBar()->value();
    if (x < scrollX || x > scrollX + viewport()->width() - 2 * charWidth())
        horizontalScrollBar()->setValue(int(std::clamp<qint64>(x - viewport()->width() / 3, 0, INT_MAX)));
}

QString LargeTextView::selectedText() const
{
    return m_text->text.sliced(selectionStart(), selectionEnd() - selectionStart());
}

void LargeTextView::setSelection(qsizetype anchor, qsizetype position)
{
    const qsizetype size = m_text->text.size();
    m_anchor = std::clamp<qsizetype>(anchor, 0, size);
    m_position = std::clamp<qsizetype>(position, 0, size);
    ensureVisible(m_position);
    viewport()->update();
}

void LargeTextView::selectAll()
{
    m_anchor = 0;
    m_position = m_text->text.size();
    viewport()->update();
}

void LargeTextView::copy() const
{
    if (selectionEnd() > selectionStart())
        QGuiApplication::clipboard()->setText(selectedText());
}

void LargeTextView::find(const QString &needle, bool backwards)
{
    const quint64 generation = ++m_findGeneration;
    if (needle.isEmpty()) {
        Q_EMIT findFinished(false);
        return;
    }
    const bool hasSelection = selectionEnd() > selectionStart();
    const qsizetype top = rows()[size_t(firstVisibleLine())];
    const qsizetype from = backwards ? (hasSelection ? selectionStart() : top) - 1 : (hasSelection ? selectionEnd() : top);
    // Tens of MB take QString's case-insensitive search a while: a worker does it.
    QtConcurrent::run([text = m_text, needle, from, backwards] {
        const QString &all = text->text;
        if (backwards) {
            qsizetype at = from >= 0 ? all.lastIndexOf(needle, from, Qt::CaseInsensitive) : -1;
            return at >= 0 ? at : all.lastIndexOf(needle, all.size(), Qt::CaseInsensitive); // wrap around once
        }
        const qsizetype at = all.indexOf(needle, from, Qt::CaseInsensitive);
        return at >= 0 ? at : all.indexOf(needle, 0, Qt::CaseInsensitive);
    }).then(this, [this, generation, length = needle.size()](qsizetype at) {
        if (generation != m_findGeneration)
            return;
        if (at >= 0)
            setSelection(at, at + length);
        Q_EMIT findFinished(at >= 0);
    });
}

void LargeTextView::keyPressEvent(QKeyEvent *event)
{
    if (event == QKeySequence::Copy) {
        copy();
        return;
    }
    if (event == QKeySequence::SelectAll) {
        selectAll();
        return;
    }
    QScrollBar *v = verticalScrollBar();
    QScrollBar *h = horizontalScrollBar();
    const bool control = event->modifiers() & Qt::ControlModifier;
    switch (event->key()) {
    case Qt::Key_Up:
        v->triggerAction(QAbstractSlider::SliderSingleStepSub);
        return;
    case Qt::Key_Down:
        v->triggerAction(QAbstractSlider::SliderSingleStepAdd);
        return;
    case Qt::Key_PageUp:
        v->triggerAction(QAbstractSlider::SliderPageStepSub);
        return;
    case Qt::Key_PageDown:
        v->triggerAction(QAbstractSlider::SliderPageStepAdd);
        return;
    case Qt::Key_Left:
        h->triggerAction(QAbstractSlider::SliderSingleStepSub);
        return;
    case Qt::Key_Right:
        h->triggerAction(QAbstractSlider::SliderSingleStepAdd);
        return;
    case Qt::Key_Home:
        (control ? v : h)->setValue(0);
        return;
    case Qt::Key_End:
        if (control) {
            v->setValue(v->maximum());
        } else {
            // The end of the longest line on screen.
            qsizetype longest = 0;
            for (qsizetype i = firstVisibleLine(); i < std::min(rowCount(), firstVisibleLine() + visibleLineCount()); ++i)
                longest = std::max(longest, rowText(i).size());
            h->setValue(int(std::clamp<qint64>(qint64(std::ceil(qreal(longest) * charWidth())) + 2 * kMargin - viewport()->width(), 0, INT_MAX)));
        }
        return;
    default:
        QAbstractScrollArea::keyPressEvent(event);
    }
}

void LargeTextView::mousePressEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton)
        return QAbstractScrollArea::mousePressEvent(event);
    const qsizetype at = offsetAt(event->position().toPoint());
    m_position = at;
    if (!(event->modifiers() & Qt::ShiftModifier))
        m_anchor = at;
    m_selecting = true;
    viewport()->update();
}

void LargeTextView::mouseMoveEvent(QMouseEvent *event)
{
    if (!m_selecting)
        return QAbstractScrollArea::mouseMoveEvent(event);
    const QPoint point = event->position().toPoint();
    // Dragging past the top or bottom scrolls.
    if (point.y() < 0)
        verticalScrollBar()->triggerAction(QAbstractSlider::SliderSingleStepSub);
    else if (point.y() > viewport()->height())
        verticalScrollBar()->triggerAction(QAbstractSlider::SliderSingleStepAdd);
    m_position = offsetAt(QPoint(point.x(), std::clamp(point.y(), 0, viewport()->height() - 1)));
    viewport()->update();
}

void LargeTextView::mouseReleaseEvent(QMouseEvent *event)
{
    if (event->button() == Qt::LeftButton && m_selecting) {
        m_selecting = false;
        if (selectionEnd() > selectionStart() && QGuiApplication::clipboard()->supportsSelection())
            QGuiApplication::clipboard()->setText(selectedText(), QClipboard::Selection);
        return;
    }
    QAbstractScrollArea::mouseReleaseEvent(event);
}

void LargeTextView::mouseDoubleClickEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton)
        return QAbstractScrollArea::mouseDoubleClickEvent(event);
    // The word (letters, digits, '_') under the pointer.
    const qsizetype at = offsetAt(event->position().toPoint());
    const qsizetype row = rowOf(at);
    const qsizetype lineStart = rows()[size_t(row)];
    const QStringView text = rowText(row);
    const auto isWord = [&](qsizetype i) { return i >= 0 && i < text.size() && (text.at(i).isLetterOrNumber() || text.at(i) == u'_'); };
    qsizetype from = at - lineStart;
    qsizetype to = from;
    while (isWord(from - 1))
        --from;
    while (isWord(to))
        ++to;
    m_anchor = lineStart + from;
    m_position = lineStart + to;
    viewport()->update();
}

void LargeTextView::contextMenuEvent(QContextMenuEvent *event)
{
    QMenu menu(this);
    QAction *copyAction = menu.addAction(tr("&Copy"), this, &LargeTextView::copy);
    copyAction->setShortcut(QKeySequence::Copy);
    copyAction->setEnabled(selectionEnd() > selectionStart());
    menu.addAction(tr("Select &All"), this, &LargeTextView::selectAll)->setShortcut(QKeySequence::SelectAll);
    menu.exec(event->globalPos());
}

} // namespace gatehouse::ui
