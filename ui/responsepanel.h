// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "http/exchangeresult.h"

#include <QWidget>

class QLabel;
class QStackedWidget;
class QTabWidget;
class QTreeWidget;

namespace gatehouse::ui {

class CodeEditor;
class SyntaxSupport;

// Status, time and size of the last exchange, its body (pretty-printed and highlighted off the
// GUI thread) and its headers; or the transport error in words.
class ResponsePanel : public QWidget
{
    Q_OBJECT
public:
    explicit ResponsePanel(SyntaxSupport &syntax, QWidget *parent = nullptr);

    void showSending(const QUrl &url);
    void showResult(const ExchangeResult &result);
    void showProblem(const QString &message);

    QString statusText() const;
    const CodeEditor *bodyEditor() const { return m_body; }

Q_SIGNALS:
    // The body of the last result is on screen (pretty-printing runs in the background).
    void bodyShown();

private:
    void setStatus(const QString &text, const QColor &colour);

    QStackedWidget *m_stack;
    QLabel *m_placeholder;
    QLabel *m_status;
    QLabel *m_time;
    QLabel *m_size;
    QTabWidget *m_tabs;
    CodeEditor *m_body;
    QTreeWidget *m_headers;
    quint64 m_generation = 0;
};

} // namespace gatehouse::ui
