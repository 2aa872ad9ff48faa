// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "http/exchangeresult.h"

#include <QElapsedTimer>
#include <QObject>
#include <QPointer>
#include <QSslConfiguration>

class QHttpMultiPart;
class QIODevice;
class QNetworkAccessManager;
class QNetworkReply;
class QTimer;

namespace gatehouse {

class HttpClient;

// One request/response exchange, following redirects hop by hop so that each hop is recorded.
class Exchange : public QObject
{
    Q_OBJECT
public:
    ~Exchange() override;

    void cancel();
    bool isFinished() const { return m_finished; }
    const ExchangeResult &result() const { return m_result; }

Q_SIGNALS:
    void progressed(qint64 bytesReceived, qint64 bytesTotal);
    void finished(const gatehouse::ExchangeResult &result);

private:
    friend class HttpClient;
    Exchange(QNetworkAccessManager *nam, HttpRequest request, HttpClient *client);

    struct Upload {
        QHttpMultiPart *multipart = nullptr; // owned by the reply once sent
        QIODevice *device = nullptr;        // owned by the reply once sent
        QByteArray contentType;                  // the default for this kind of body
        QString description;
        qint64 size = 0;
    };
    [[nodiscard]] Expected<Upload> prepareUpload();
    void startHop();
    void onReplyFinished();
    void finishWith(std::optional<Error> error);
    qint64 elapsed() const { return m_clock.elapsed(); }

    QNetworkAccessManager *m_nam;
    HttpClient *m_client;
    HttpRequest m_request; // the current hop's request
    QPointer<QNetworkReply> m_reply;
    QTimer *m_timeout = nullptr;
    QElapsedTimer m_clock;
    ExchangeResult m_result;
    bool m_finished = false;
    bool m_cancelled = false;
    bool m_timedOut = false;
    QString m_tlsErrors;
    QSslConfiguration m_sslConfiguration;
};

} // namespace gatehouse
