// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "error.h"

#include <QDateTime>
#include <QSslConfiguration>
#include <QSslError>
#include <QString>

namespace gatehouse {

// What the user chose for TLS on a request (or on a host).
struct TlsOptions {
    bool verifyPeer = true;
    QString caBundleFile;          // extra trusted CAs, PEM
    QString clientCertificateFile; // PEM certificate, or a PKCS#12 bundle (.p12/.pfx)
    QString clientKeyFile;         // PEM private key (not needed for PKCS#12)
    QByteArray clientKeyPassphrase; // a secret
};

// What was negotiated, for the response view.
struct TlsInfo {
    QString protocol;
    QString cipher;
    QString peerSubject;
    QString peerIssuer;
    QDateTime peerExpires;
    bool verified = true;
};

// The default configuration plus the user's CA bundle and client certificate, or an error that
// names the file and what is wrong with it.
[[nodiscard]] Expected<QSslConfiguration> makeSslConfiguration(const TlsOptions &options);

// A TLS verification error in words: what it means and what the user can do about it.
QString explainTlsError(const QSslError &error);

TlsInfo tlsInfoFrom(const QSslConfiguration &configuration, bool verified);

} // namespace gatehouse
