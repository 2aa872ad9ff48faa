// SPDX-License-Identifier: GPL-3.0-or-later
#include "http/tls.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QSslCertificate>
#include <QSslCipher>
#include <QSslKey>

using namespace Qt::StringLiterals;

namespace gatehouse {

namespace {

Expected<QByteArray> readFile(const QString &path, const QString &what)
{
    QFile file(path);
    if (!file.exists())
        return std::unexpected(Error{Error::Code::FileNotFound, QCoreApplication::translate("gatehouse::Tls", "The %1 file '%2' does not exist.").arg(what, path)});
    if (!file.open(QIODevice::ReadOnly))
        return std::unexpected(Error{Error::Code::FileUnreadable, QCoreApplication::translate("gatehouse::Tls", "Cannot read the %1 file '%2': %3").arg(what, path, file.errorString())});
    return file.readAll();
}

QString protocolName(QSsl::SslProtocol p)
{
    switch (p) {
    case QSsl::TlsV1_2: return u"TLS 1.2"_s;
    case QSsl::TlsV1_3: return u"TLS 1.3"_s;
    default: return {};
    }
}

} // namespace

bool hostPatternMatches(const QString &pattern, const QUrl &url)
{
    QString host = pattern.trimmed().toLower();
    int port = -1;
    if (const qsizetype colon = host.lastIndexOf(u':'); colon > 0 && !host.endsWith(u']')) {
        bool ok = false;
        port = host.mid(colon + 1).toInt(&ok);
        if (!ok)
            return false;
        host.truncate(colon);
    }
    if (host.startsWith(u'[') && host.endsWith(u']'))
        host = host.mid(1, host.size() - 2); // [::1]
    if (host.isEmpty())
        return false;
    if (port >= 0 && port != url.port(url.scheme() == "https"_L1 ? 443 : 80))
        return false;
    const QString target = url.host().toLower();
    if (host.startsWith("*."_L1))
        return target.endsWith(host.mid(1)) && target.size() > host.size() - 1;
    return target == host;
}

TlsOptions tlsOptionsFor(const TlsOptions &request, const QList<HostTlsOptions> &hosts, const QUrl &url, const HostTlsOptions **matched)
{
    if (matched)
        *matched = nullptr;
    for (const HostTlsOptions &entry : hosts) {
        if (!hostPatternMatches(entry.host, url))
            continue;
        if (matched)
            *matched = &entry;
        TlsOptions out = request;
        out.verifyPeer = request.verifyPeer && entry.tls.verifyPeer;
        if (!entry.tls.caBundleFile.isEmpty())
            out.caBundleFile = entry.tls.caBundleFile;
        if (!entry.tls.clientCertificateFile.isEmpty()) {
            out.clientCertificateFile = entry.tls.clientCertificateFile;
            out.clientKeyFile = entry.tls.clientKeyFile;
            out.clientKeyPassphrase = entry.tls.clientKeyPassphrase;
        }
        return out;
    }
    return request;
}

Expected<QSslConfiguration> makeSslConfiguration(const TlsOptions &options)
{
    QSslConfiguration conf = QSslConfiguration::defaultConfiguration();
    if (!options.verifyPeer)
        conf.setPeerVerifyMode(QSslSocket::VerifyNone);

    if (!options.caBundleFile.isEmpty()) {
        auto pem = readFile(options.caBundleFile, QCoreApplication::translate("gatehouse::Tls", "CA bundle"));
        if (!pem)
            return std::unexpected(pem.error());
        const QList<QSslCertificate> cas = QSslCertificate::fromData(*pem, QSsl::Pem);
        if (cas.isEmpty())
            return std::unexpected(Error{Error::Code::Tls, QCoreApplication::translate("gatehouse::Tls", "The CA bundle '%1' contains no PEM certificate.").arg(options.caBundleFile)});
        conf.addCaCertificates(cas);
    }

    if (options.clientCertificateFile.isEmpty())
        return conf;
    auto certData = readFile(options.clientCertificateFile, QCoreApplication::translate("gatehouse::Tls", "client certificate"));
    if (!certData)
        return std::unexpected(certData.error());
    const QString suffix = QFileInfo(options.clientCertificateFile).suffix().toLower();
    if (suffix == "p12"_L1 || suffix == "pfx"_L1) {
        QFile file(options.clientCertificateFile);
        if (!file.open(QIODevice::ReadOnly))
            return std::unexpected(Error{Error::Code::FileUnreadable, file.errorString()});
        QSslKey key;
        QSslCertificate cert;
        QList<QSslCertificate> chain;
        if (!QSslCertificate::importPkcs12(&file, &key, &cert, &chain, options.clientKeyPassphrase)) {
            return std::unexpected(Error{Error::Code::Tls,
                                         QCoreApplication::translate("gatehouse::Tls", "Cannot open the PKCS#12 bundle '%1': wrong passphrase, or not a PKCS#12 file.").arg(options.clientCertificateFile)});
        }
        conf.setPrivateKey(key);
        conf.setLocalCertificate(cert);
        if (!chain.isEmpty())
            conf.setLocalCertificateChain(QList<QSslCertificate>{cert} + chain);
        return conf;
    }

    const QList<QSslCertificate> certs = QSslCertificate::fromData(*certData, QSsl::Pem);
    if (certs.isEmpty())
        return std::unexpected(Error{Error::Code::Tls, QCoreApplication::translate("gatehouse::Tls", "The client certificate '%1' contains no PEM certificate.").arg(options.clientCertificateFile)});
    if (options.clientKeyFile.isEmpty())
        return std::unexpected(Error{Error::Code::Tls, QCoreApplication::translate("gatehouse::Tls", "The client certificate '%1' needs its private key file.").arg(options.clientCertificateFile)});
    auto keyData = readFile(options.clientKeyFile, QCoreApplication::translate("gatehouse::Tls", "private key"));
    if (!keyData)
        return std::unexpected(keyData.error());
    QSslKey key;
    for (QSsl::KeyAlgorithm algorithm : {QSsl::Rsa, QSsl::Ec, QSsl::Dsa}) {
        key = QSslKey(*keyData, algorithm, QSsl::Pem, QSsl::PrivateKey, options.clientKeyPassphrase);
        if (!key.isNull())
            break;
    }
    if (key.isNull())
        return std::unexpected(Error{Error::Code::Tls,
                                     QCoreApplication::translate("gatehouse::Tls", "Cannot read the private key '%1': wrong passphrase, or not a PEM RSA/EC key.").arg(options.clientKeyFile)});
    conf.setLocalCertificate(certs.first());
    if (certs.size() > 1)
        conf.setLocalCertificateChain(certs);
    conf.setPrivateKey(key);
    return conf;
}

QString explainTlsError(const QSslError &error)
{
    const QString host = error.certificate().isNull() ? QString() : error.certificate().subjectInfo(QSslCertificate::CommonName).join(u", "_s);
    switch (error.error()) {
    case QSslError::SelfSignedCertificate:
    case QSslError::SelfSignedCertificateInChain:
        return QCoreApplication::translate("gatehouse::Tls", "The server's certificate is self-signed, so no authority you trust vouches for it. If you trust this server, add "
                  "its certificate (or your company's CA) as a custom CA bundle; or turn certificate verification off for this "
                  "request while testing.");
    case QSslError::UnableToGetLocalIssuerCertificate:
    case QSslError::UnableToGetIssuerCertificate:
    case QSslError::UnableToVerifyFirstCertificate:
        return QCoreApplication::translate("gatehouse::Tls", "The server's certificate was issued by an authority this machine does not know (often a company or test CA, "
                  "or a server that does not send its intermediate certificates). Add that CA as a custom CA bundle.");
    case QSslError::CertificateExpired:
        return QCoreApplication::translate("gatehouse::Tls", "The server's certificate expired on %1. The server must renew it; check also this machine's clock.")
            .arg(QLocale().toString(error.certificate().expiryDate(), QLocale::ShortFormat));
    case QSslError::CertificateNotYetValid:
        return QCoreApplication::translate("gatehouse::Tls", "The server's certificate is not valid until %1. Check this machine's clock.")
            .arg(QLocale().toString(error.certificate().effectiveDate(), QLocale::ShortFormat));
    case QSslError::HostNameMismatch:
        return QCoreApplication::translate("gatehouse::Tls", "The server's certificate is for %1, not for the host in the URL. Use the host name the certificate names "
                  "(for APIM: the gateway's *.azure-api.net name or a configured custom domain).")
            .arg(host.isEmpty() ? QCoreApplication::translate("gatehouse::Tls", "another name") : host);
    case QSslError::CertificateRevoked:
        return QCoreApplication::translate("gatehouse::Tls", "The server's certificate has been revoked by its issuer. Do not trust this server.");
    default:
        return error.errorString();
    }
}

TlsInfo tlsInfoFrom(const QSslConfiguration &configuration, bool verified)
{
    TlsInfo info;
    info.protocol = protocolName(configuration.sessionProtocol());
    info.cipher = configuration.sessionCipher().name();
    const QSslCertificate peer = configuration.peerCertificate();
    if (!peer.isNull()) {
        info.peerSubject = peer.subjectDisplayName();
        info.peerIssuer = peer.issuerDisplayName();
        info.peerExpires = peer.expiryDate();
    }
    info.verified = verified;
    return info;
}

} // namespace gatehouse
