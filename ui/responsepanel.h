// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "http/exchangeresult.h"

#include <QWidget>

class QCheckBox;
class QLabel;
class QLineEdit;
class QStackedWidget;
class QTabWidget;
class QToolButton;
class QTreeWidget;

namespace gatehouse::ui {

class CodeEditor;
class SyntaxSupport;
class TimelineView;

// Status, time and size of the last exchange; its body (pretty-printed off the GUI thread, or
// raw), headers, timeline and the request exactly as sent; or the transport error in words.
class ResponsePanel : public QWidget
{
    Q_OBJECT
public:
    explicit ResponsePanel(SyntaxSupport &syntax, QWidget *parent = nullptr);

    void showSending(const QUrl &url);
    void showResult(const ExchangeResult &result);
    void showProblem(const QString &message);
    // Shown above the result: unresolved variables and the like, sent as written.
    void setWarnings(const QStringList &warnings);

    QString statusText() const;
    const CodeEditor *bodyEditor() const { return m_body; }
    bool isPretty() const;
    void setPretty(bool pretty);
    // Ctrl+F: shows the find bar over the body.
    void startFind();
    bool findNext(const QString &text, bool backwards = false);

Q_SIGNALS:
    // The last result (or problem) is on screen; pretty-printing runs in the background.
    void bodyShown();

private:
    void setStatus(const QString &text, int statusCode);
    void showBody();
    void showRequest();
    void saveBody();

    SyntaxSupport &m_syntax;
    QStackedWidget *m_stack;
    QLabel *m_placeholder;
    QLabel *m_status;
    QLabel *m_time;
    QLabel *m_size;
    QLabel *m_tlsWarning;
    QLabel *m_warnings;
    QTabWidget *m_tabs;
    QToolButton *m_prettyButton;
    QToolButton *m_rawButton;
    QLineEdit *m_find;
    CodeEditor *m_body;
    QTreeWidget *m_headers;
    TimelineView *m_timeline;
    CodeEditor *m_request;
    QCheckBox *m_revealSecrets;

    ExchangeResult m_result;
    QString m_prettyText;
    bool m_prettyReady = false;
    quint64 m_generation = 0;
};

} // namespace gatehouse::ui
