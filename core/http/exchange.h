// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "http/decompress.h"
#include "http/exchangeresult.h"

#include <QFile>
#include <QTemporaryFile>

#include <memory>
#include <optional>

#include <QElapsedTimer>
#include <QObject>
#include <QPointer>
#include <QSslConfiguration>

class QIODevice;
class QNetworkAccessManager;
class QNetworkReply;
class QTimer;

namespace gatehouse {

class HttpClient;
struct OAuth2Token;

// One request/response exchange, following redirects hop by hop so that each hop is recorded.
class Exchange : public QObject
{
    Q_OBJECT
public:
    ~Exchange() override;

    void cancel();
    bool isFinished() const { return m_finished; }
    const ExchangeResult &result() const { return m_result; }

    // How many bytes of a body are kept in memory as its preview when the body goes to a file.
    static constexpr qsizetype kPreviewSize = 64 * 1024;

Q_SIGNALS:
    // While a body downloads: bytes so far, the total when the server said it (else -1), and
    // the rate in bytes per second since the first byte.
    void progressed(qint64 bytesReceived, qint64 bytesTotal, double bytesPerSecond);
    void finished(const gatehouse::ExchangeResult &result);

private:
    friend class HttpClient;
    Exchange(QNetworkAccessManager *nam, HttpRequest request, HttpClient *client);

    struct Upload {
        QIODevice *device = nullptr; // a file or a MultipartBody; owned by the reply once sent
        QByteArray contentType;                  // the default for this kind of body
        QString description;
        qint64 size = 0;
    };
    [[nodiscard]] Expected<Upload> prepareUpload();
    void start();
    void requestToken();
    bool canRetryWithNewToken() const;
    void onTokenReceived(const ExchangeResult &tokenResult);
    void applyToken(const OAuth2Token &token);
    bool signUpFront();
    void startHop();
    bool isInterimResponse(int status, const QByteArray &location, const QByteArray &wwwAuthenticate) const;
    void onReadyRead();
    void decideBody(QNetworkReply *reply);
    void receive(QNetworkReply *reply, const QByteArray &data);
    [[nodiscard]] bool openSink();
    [[nodiscard]] bool enterFileMode(QNetworkReply *reply);
    void writeToFile(QNetworkReply *reply, const QByteArray &data);
    void onReplyFinished();
    void finishWith(std::optional<Error> error);
    qint64 elapsed() const { return m_clock.elapsed(); }

    QNetworkAccessManager *m_nam;
    HttpClient *m_client;
    HttpRequest m_request; // the current hop's request
    QPointer<QNetworkReply> m_reply;
    QPointer<Exchange> m_tokenExchange; // the token request of OAuth 2.0, while it runs
    QTimer *m_timeout = nullptr;
    QTimer *m_connectTimer = nullptr;
    QTimer *m_idleTimer = nullptr;
    bool m_connectTimedOut = false;
    bool m_idleTimedOut = false;
    void connectionEstablished();
    void transferActivity();
    QElapsedTimer m_clock;
    ExchangeResult m_result;
    bool m_finished = false;
    bool m_cancelled = false;
    bool m_timedOut = false;
    bool m_digestAnswered = false; // for the current URL
    // OAuth 2.0: the token came from the cache (a 401 then drops it and fetches one, once), and the
    // refresh token of the token request that runs (empty: client credentials).
    bool m_tokenFromCache = false;
    bool m_tokenRetried = false;
    QByteArray m_refreshToken;
    QString m_tlsErrors;
    // The current hop's body: in memory (m_raw, as received), or decoded into m_sink.
    struct Body {
        bool decided = false;
        bool interim = false; // a redirect or challenge the engine follows: its body is dropped
        bool toFile = false;
        QByteArray raw;
        std::unique_ptr<QFile> sink;
        std::shared_ptr<QTemporaryFile> temp;
        std::optional<ContentDecoder> decoder;
        QByteArray preview;
        qint64 encodedSize = 0;
        qint64 written = 0;
        QString problem;
        bool stopped = false;       // decoding failed or the cap was reached: the rest is not read
        std::optional<Error> error; // the output file could not be written
    };
    Body m_body;
    // Only for https: a default-constructed QSslConfiguration copies the default one, which loads
    // and parses every system CA certificate (half the CPU time of a `gatehouse-cli send` over http).
    std::optional<QSslConfiguration> m_sslConfiguration;
    bool m_hopVerifiesPeer = true; // the current hop's TLS verification, after the per-host settings
    QStringList m_hostTlsNoted;     // hosts whose per-host TLS settings are already in the notes
};

} // namespace gatehouse
