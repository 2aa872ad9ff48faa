// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QMainWindow>
#include <QPointer>

namespace gatehouse {
class Exchange;
class HttpClient;
struct ExchangeResult;
}

namespace gatehouse::ui {

class RequestPanel;
class ResponsePanel;
class SyntaxSupport;

class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    MainWindow(HttpClient &client, SyntaxSupport &syntax, QWidget *parent = nullptr);
    ~MainWindow() override;

    RequestPanel *requestPanel() const { return m_request; }
    ResponsePanel *responsePanel() const { return m_response; }

    void send();
    void cancel();
    bool isSending() const { return !m_exchange.isNull(); }

Q_SIGNALS:
    void exchangeFinished(const gatehouse::ExchangeResult &result);

private:
    void createActions();

    HttpClient &m_client;
    RequestPanel *m_request;
    ResponsePanel *m_response;
    QPointer<Exchange> m_exchange;
};

} // namespace gatehouse::ui
