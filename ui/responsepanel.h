// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "http/exchangeresult.h"

#include <QWidget>

#include <memory>

class QCheckBox;
class QLabel;
class QLineEdit;
class QTextBrowser;
class QPlainTextEdit;
class QProgressBar;
class QTemporaryDir;
class QStackedWidget;
class QTabWidget;
class QToolButton;
class QTreeWidget;

namespace gatehouse::ui {

class CodeEditor;
class LargeTextView;
class SyntaxSupport;
class TimelineView;

// Status, time and size of the last exchange; its body (pretty-printed off the GUI thread, or
// raw), headers, cookies, timeline and the request exactly as sent; or the transport error in words.
// A body above LargeBodyThreshold (or one the engine kept in a file) shows its first bytes at once;
// the whole body, formatted, comes only when asked for (requestFullBody()): read, formatted and
// indexed off the GUI thread, then shown in a LargeTextView, which lays out only the lines on screen.
class ResponsePanel : public QWidget
{
    Q_OBJECT
public:
    explicit ResponsePanel(SyntaxSupport &syntax, QWidget *parent = nullptr);
    ~ResponsePanel() override;

    void showSending(const QUrl &url);
    // While the body downloads: bytes so far, the total when known (else -1), the rate; with Cancel.
    void showProgress(qint64 bytesReceived, qint64 bytesTotal, double bytesPerSecond);
    void showResult(const ExchangeResult &result);
    void showProblem(const QString &message);
    // Shown above the result: unresolved variables and the like, sent as written.
    void setWarnings(const QStringList &warnings);

    QString statusText() const;
    const CodeEditor *bodyEditor() const { return m_body; }
    // The view of a whole large body (shown instead of the editor once it is loaded).
    const LargeTextView *largeBodyView() const { return m_largeView; }
    // The text of the body as on screen (the editor, or the view of a whole large body).
    QString shownBodyText() const;
    bool isPretty() const;
    void setPretty(bool pretty);
    // Ctrl+F: shows the find bar over the body.
    void startFind();
    // In the editor: whether a match was found (and selected). In the view of a whole large body
    // the search runs on a worker: true when it started; the view's findFinished() tells the outcome.
    bool findNext(const QString &text, bool backwards = false);

    static constexpr qsizetype LargeBodyThreshold = 2 * 1024 * 1024;
    static constexpr qsizetype PreviewBytes = 64 * 1024;
    // The most formatted text a whole large body shows: the view lays out only the lines on screen,
    // but holds the text (2 bytes a character, 8 bytes a line) in memory.
    static constexpr qsizetype FullBodyTextLimit = 128 * 1024 * 1024;
    // Whether the body on screen is a preview of a large one.
    bool isShowingPreview() const { return m_large && !m_fullShown; }
    // Loads the whole large body (formatted when Pretty is on); false when there is nothing more
    // to load. bodyShown() follows when it is on screen.
    bool requestFullBody();

Q_SIGNALS:
    // The last result (or problem) is on screen; pretty-printing runs in the background.
    void bodyShown();
    // The Cancel button beside the download progress.
    void cancelRequested();

private:
    void setStatus(const QString &text, int statusCode);
    void showBody();
    void showRequest();
    void saveBody();
    void showPreview();
    bool largeViewShown() const;
    // Takes the whole large body out of the view (freed off the GUI thread), back to the editor.
    void releaseLargeDocument();
    void showCookies();
    void applyJsonPath();
    void showPreviewTab();
    void openPdfExternally();

    SyntaxSupport &m_syntax;
    QStackedWidget *m_stack;
    QLabel *m_placeholder;
    QLabel *m_status;
    QLabel *m_time;
    QLabel *m_size;
    QLabel *m_tlsWarning;
    QLabel *m_httpVersion = nullptr; // "· HTTP/2" beside the status
    QLabel *m_warnings;
    QWidget *m_progress; // download progress and Cancel, while an exchange runs
    QProgressBar *m_progressBar;
    QLabel *m_progressText;
    QTabWidget *m_tabs;
    QToolButton *m_prettyButton;
    QToolButton *m_rawButton;
    QLineEdit *m_find;
    QLineEdit *m_jsonPath;
    CodeEditor *m_body;
    QStackedWidget *m_bodyStack;
    LargeTextView *m_largeView; // a whole large body: lines indexed off the GUI thread, laid out as they come on screen
    QTreeWidget *m_headers;
    QTreeWidget *m_cookies;
    QWidget *m_largeBar;
    QLabel *m_largeNotice;
    QToolButton *m_fullBodyButton;
    TimelineView *m_timeline;
    CodeEditor *m_request;
    QCheckBox *m_revealSecrets;
    QToolButton *m_copyAs;
    QStackedWidget *m_preview; // HTML (QTextBrowser's subset), an image, or a note
    QTextBrowser *m_previewHtml;
    QLabel *m_previewImage;
    QLabel *m_previewNote;
    QLabel *m_pdfNote;
    QWidget *m_pdfPage = nullptr; // the Preview page for PDF bodies
    // The same in every build (GATEHOUSE_HAVE_QTPDF is the ui library's own definition).
    QWidget *ensurePdfView(); // the QPdfView, made with the first PDF body; only with Qt PDF
    QWidget *m_pdfView = nullptr;
    std::unique_ptr<QTemporaryDir> m_pdfDir; // the copy of a PDF body handed to the desktop's viewer

    ExchangeResult m_result;
    QString m_prettyText;
    bool m_prettyReady = false;
    bool m_large = false;
    bool m_fullLoading = false;
    bool m_fullShown = false;
    quint64 m_generation = 0;
};

} // namespace gatehouse::ui
