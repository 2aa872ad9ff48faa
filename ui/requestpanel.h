// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "http/httprequest.h"
#include "model/request.h"
#include "models/headertablemodel.h"

#include <QWidget>

class QComboBox;
class QLineEdit;
class QPushButton;
class QTabWidget;
class QTableView;
class QTextBrowser;

namespace gatehouse::ui {

class CodeEditor;
class SyntaxSupport;

// The request being edited: method, URL, headers, body, and the Send/Cancel button.
class RequestPanel : public QWidget
{
    Q_OBJECT
public:
    explicit RequestPanel(SyntaxSupport &syntax, QWidget *parent = nullptr);

    // The request as the user set it, with Content-Type filled in from the body language
    // unless the user set one; an invalid URL comes back invalid for the caller to report.
    HttpRequest request() const;
    // Loads a model request ({{variables}} unresolved) without emitting modified().
    void setRequest(const Request &request);
    // What the editor shows, as a model request; what it does not edit comes from setRequest().
    Request editedRequest() const;
    void setMethod(const QString &method);
    void setUrl(const QString &url);
    void setHeaders(const HeaderList &headers);
    QList<HeaderTableModel::Row> headerRows() const;
    void setHeaderRows(const QList<HeaderTableModel::Row> &rows);
    void setBody(const QString &body);
    // Markdown; shown (and brought to front) when not empty.
    void setDescription(const QString &markdown);
    QString urlText() const;
    QString bodyText() const;
    void setBusy(bool busy);
    void focusUrl();
    // Method, URL and Send: laid out by the window above request and response.
    QWidget *urlBar() const { return m_urlBar; }

Q_SIGNALS:
    void sendRequested();
    void cancelRequested();
    // After every edit by the user (not after setRequest() or the other setters).
    void modified();

private:
    QWidget *m_urlBar = nullptr;
    QComboBox *m_method;
    QLineEdit *m_url;
    QPushButton *m_send;
    QTabWidget *m_tabs;
    QTableView *m_headersView;
    HeaderTableModel *m_headers;
    QComboBox *m_bodyLanguage;
    CodeEditor *m_body;
    QTextBrowser *m_description;
    bool m_busy = false;
    bool m_loading = false;
    Request m_loaded;
};

} // namespace gatehouse::ui
