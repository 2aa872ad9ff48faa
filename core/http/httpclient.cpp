// SPDX-License-Identifier: GPL-3.0-or-later
#include "http/httpclient.h"

#include <QNetworkAccessManager>

namespace gatehouse {

HttpClient::HttpClient(QObject *parent)
    : QObject(parent)
    , m_nam(new QNetworkAccessManager(this))
{
    qRegisterMetaType<gatehouse::ExchangeResult>();
    // Redirects are followed by Exchange itself, hop by hop, so each one can be shown.
    m_nam->setRedirectPolicy(QNetworkRequest::ManualRedirectPolicy);
    setProxySettings({});
    // Exchange sends and stores cookies itself (setCookieJar()), so the request as sent shows them.
    m_nam->setCookieJar(nullptr);
}

HttpClient::~HttpClient() = default;

Exchange *HttpClient::send(const HttpRequest &request)
{
    return new Exchange(m_nam, request, this);
}

void HttpClient::setProxySettings(const ProxySettings &settings)
{
    m_nam->setProxyFactory(new ProxyFactory(settings)); // the manager owns it
    m_nam->clearConnectionCache();
}

void HttpClient::setCookieJar(QNetworkCookieJar *jar)
{
    m_cookieJar = jar;
}

void HttpClient::prepareConnection(const QUrl &url, const TlsOptions &tls)
{
    if (url.scheme() != u"https")
        return;
    const QString origin = url.host().toLower() + u':' + QString::number(url.port(443));
    const QByteArray fingerprint = QByteArray::number(int(tls.verifyPeer)) + '|' + tls.caBundleFile.toUtf8() + '|'
        + tls.clientCertificateFile.toUtf8() + '|' + tls.clientKeyFile.toUtf8();
    auto it = m_tlsFingerprints.find(origin);
    if (it != m_tlsFingerprints.end() && *it != fingerprint)
        m_nam->clearConnectionCache();
    m_tlsFingerprints.insert(origin, fingerprint);
}

QByteArray HttpClient::defaultUserAgent()
{
    return QByteArrayLiteral("Gatehouse/" GATEHOUSE_VERSION);
}

} // namespace gatehouse
