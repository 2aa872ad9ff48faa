// SPDX-License-Identifier: GPL-3.0-or-later
#include "apim/managementtoken.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QProcess>
#include <QStandardPaths>
#include <QTimeZone>
#include <QTimer>
#include <QUrlQuery>

using namespace Qt::StringLiterals;

namespace gatehouse {

namespace {

class Tokens
{
    Q_DECLARE_TR_FUNCTIONS(gatehouse::ManagementToken)
};

} // namespace

QString managementResource(const QUrl &endpoint)
{
    return endpoint.adjusted(QUrl::RemovePath | QUrl::RemoveQuery | QUrl::RemoveFragment | QUrl::RemoveUserInfo).toString() + u'/';
}

Expected<ManagementToken> tokenFromEnvironment(const QString &variable)
{
    const QByteArray name = variable.toLocal8Bit();
    if (variable.isEmpty() || !qEnvironmentVariableIsSet(name.constData()))
        return std::unexpected(Error{Error::Code::InvalidArgument,
                                     Tokens::tr("The environment variable %1 (for the management access token) is not set.").arg(variable)});
    QByteArray token = qgetenv(name.constData()).trimmed();
    if (token.startsWith("Bearer ") || token.startsWith("bearer "))
        token = token.sliced(7).trimmed();
    if (token.isEmpty())
        return std::unexpected(Error{Error::Code::InvalidArgument,
                                     Tokens::tr("The environment variable %1 (for the management access token) is empty.").arg(variable)});
    return ManagementToken{token, {}};
}

AzureCliTokenSource::AzureCliTokenSource(QObject *parent)
    : QObject(parent)
{
}

AzureCliTokenSource::~AzureCliTokenSource()
{
    if (m_process) {
        m_process->disconnect(this);
        m_process->kill(); // the QProcess child goes with us
    }
}

bool AzureCliTokenSource::isAvailable()
{
    return !QStandardPaths::findExecutable(u"az"_s).isEmpty();
}

void AzureCliTokenSource::fetch(const QUrl &endpoint, TokenCallback done)
{
    const QString az = QStandardPaths::findExecutable(u"az"_s);
    if (az.isEmpty()) {
        QMetaObject::invokeMethod(this, [done] {
            done(std::unexpected(Error{Error::Code::FileNotFound,
                                       Tokens::tr("The Azure CLI (az) is not installed or not on PATH. Install it and run 'az login', "
                                                  "or use another token source.")}));
        }, Qt::QueuedConnection);
        return;
    }
    auto *process = new QProcess(this);
    m_process = process;
    connect(process, &QProcess::finished, this, [process, done](int exitCode, QProcess::ExitStatus status) {
        process->deleteLater();
        const QByteArray out = process->readAllStandardOutput();
        const QString err = QString::fromLocal8Bit(process->readAllStandardError()).trimmed();
        if (status != QProcess::NormalExit || exitCode != 0) {
            done(std::unexpected(Error{Error::Code::Auth,
                                       Tokens::tr("The Azure CLI could not get a token (exit code %1): %2")
                                           .arg(exitCode)
                                           .arg(err.isEmpty() ? Tokens::tr("no message") : err.section(u'\n', 0, 2))}));
            return;
        }
        const QJsonObject o = QJsonDocument::fromJson(out).object();
        const QByteArray token = o.value(u"accessToken"_s).toString().toUtf8();
        if (token.isEmpty()) {
            done(std::unexpected(Error{Error::Code::Decoding, Tokens::tr("The Azure CLI answered without an access token.")}));
            return;
        }
        ManagementToken result{token, {}};
        // expires_on (epoch seconds) in newer versions, expiresOn (local time text) in all.
        if (o.value(u"expires_on"_s).isDouble())
            result.expiresOn = QDateTime::fromSecsSinceEpoch(qint64(o.value(u"expires_on"_s).toDouble()), QTimeZone::UTC);
        else
            result.expiresOn = QDateTime::fromString(o.value(u"expiresOn"_s).toString(), u"yyyy-MM-dd HH:mm:ss.zzzzzz"_s);
        done(result);
    });
    connect(process, &QProcess::errorOccurred, this, [process, done](QProcess::ProcessError error) {
        if (error != QProcess::FailedToStart)
            return; // finished() follows
        process->deleteLater();
        done(std::unexpected(Error{Error::Code::FileNotFound, Tokens::tr("The Azure CLI could not be started: %1").arg(process->errorString())}));
    });
    process->start(az, {u"account"_s, u"get-access-token"_s, u"--resource"_s, managementResource(endpoint), u"--output"_s, u"json"_s});
}

DeviceCodeTokenSource::DeviceCodeTokenSource(QObject *parent)
    : QObject(parent)
    , m_nam(new QNetworkAccessManager(this))
    , m_timer(new QTimer(this))
{
    m_timer->setSingleShot(true);
    connect(m_timer, &QTimer::timeout, this, &DeviceCodeTokenSource::poll);
}

DeviceCodeTokenSource::~DeviceCodeTokenSource() = default;

QUrl DeviceCodeTokenSource::endpointUrl(const QString &name) const
{
    QUrl url = m_authority;
    QString path = url.path();
    while (path.endsWith(u'/'))
        path.chop(1);
    url.setPath(path + u'/' + (m_tenant.isEmpty() ? u"organizations"_s : m_tenant) + u"/oauth2/v2.0/"_s + name);
    return url;
}

void DeviceCodeTokenSource::fetch(const QUrl &endpoint, TokenCallback done)
{
    cancel();
    m_done = std::move(done);
    QNetworkRequest request(endpointUrl(u"devicecode"_s));
    request.setHeader(QNetworkRequest::ContentTypeHeader, "application/x-www-form-urlencoded"_ba);
    request.setTransferTimeout(30'000);
    QUrlQuery form;
    form.addQueryItem(u"client_id"_s, m_clientId.isEmpty() ? QString(DefaultClientId) : m_clientId);
    form.addQueryItem(u"scope"_s, managementResource(endpoint) + u".default offline_access"_s);
    QNetworkReply *reply = m_nam->post(request, form.toString(QUrl::FullyEncoded).toUtf8());
    connect(reply, &QNetworkReply::finished, this, [this, reply] {
        reply->deleteLater();
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        const QJsonObject o = QJsonDocument::fromJson(reply->readAll()).object();
        if (status != 200 || o.value(u"device_code"_s).toString().isEmpty()) {
            const QString reason = status == 0 ? reply->errorString() : o.value(u"error_description"_s).toString(o.value(u"error"_s).toString());
            finish(std::unexpected(Error{status == 0 ? Error::Code::Network : Error::Code::Auth,
                                         Tokens::tr("Microsoft Entra ID did not start the device sign-in (%1): %2")
                                             .arg(status == 0 ? reply->url().host() : QString::number(status), reason)}));
            return;
        }
        m_deviceCode = o.value(u"device_code"_s).toString().toUtf8();
        m_interval = std::max(0, o.value(u"interval"_s).toInt(5));
        m_expires = QDateTime::currentDateTimeUtc().addSecs(o.value(u"expires_in"_s).toInt(900));
        const QUrl verification(o.value(u"verification_uri"_s).toString(o.value(u"verification_url"_s).toString()));
        Q_EMIT userCodeReceived(o.value(u"user_code"_s).toString(), verification, o.value(u"message"_s).toString());
        m_timer->start(m_interval * 1000);
    });
}

void DeviceCodeTokenSource::cancel()
{
    m_timer->stop();
    m_deviceCode.clear();
    m_done = nullptr;
}

void DeviceCodeTokenSource::poll()
{
    if (m_deviceCode.isEmpty())
        return;
    if (QDateTime::currentDateTimeUtc() > m_expires) {
        finish(std::unexpected(Error{Error::Code::Timeout, Tokens::tr("The device sign-in code expired before the sign-in was completed.")}));
        return;
    }
    QNetworkRequest request(endpointUrl(u"token"_s));
    request.setHeader(QNetworkRequest::ContentTypeHeader, "application/x-www-form-urlencoded"_ba);
    request.setTransferTimeout(30'000);
    QUrlQuery form;
    form.addQueryItem(u"grant_type"_s, u"urn:ietf:params:oauth:grant-type:device_code"_s);
    form.addQueryItem(u"client_id"_s, m_clientId.isEmpty() ? QString(DefaultClientId) : m_clientId);
    form.addQueryItem(u"device_code"_s, QString::fromUtf8(m_deviceCode));
    QNetworkReply *reply = m_nam->post(request, form.toString(QUrl::FullyEncoded).toUtf8());
    connect(reply, &QNetworkReply::finished, this, [this, reply] {
        reply->deleteLater();
        if (m_deviceCode.isEmpty())
            return; // cancelled meanwhile
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        const QJsonObject o = QJsonDocument::fromJson(reply->readAll()).object();
        if (status == 200 && !o.value(u"access_token"_s).toString().isEmpty()) {
            ManagementToken token{o.value(u"access_token"_s).toString().toUtf8(),
                                  QDateTime::currentDateTimeUtc().addSecs(o.value(u"expires_in"_s).toInt(3600))};
            finish(token);
            return;
        }
        const QString error = o.value(u"error"_s).toString();
        if (error == "authorization_pending"_L1) {
            m_timer->start(m_interval * 1000);
            return;
        }
        if (error == "slow_down"_L1) {
            m_interval += 5;
            m_timer->start(m_interval * 1000);
            return;
        }
        QString message;
        if (error == "authorization_declined"_L1)
            message = Tokens::tr("The sign-in was declined.");
        else if (error == "expired_token"_L1)
            message = Tokens::tr("The device sign-in code expired before the sign-in was completed.");
        else if (status == 0)
            message = Tokens::tr("Cannot reach %1: %2").arg(reply->url().host(), reply->errorString());
        else
            message = Tokens::tr("Microsoft Entra ID refused the sign-in (%1): %2").arg(status).arg(o.value(u"error_description"_s).toString(error));
        finish(std::unexpected(Error{error == "expired_token"_L1 ? Error::Code::Timeout : Error::Code::Auth, message}));
    });
}

void DeviceCodeTokenSource::finish(const Expected<ManagementToken> &result)
{
    m_timer->stop();
    m_deviceCode.clear();
    if (TokenCallback done = std::exchange(m_done, nullptr))
        done(result);
}

} // namespace gatehouse
