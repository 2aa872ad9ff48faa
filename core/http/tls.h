// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "error.h"

#include <QDateTime>
#include <QSslConfiguration>
#include <QSslError>
#include <QString>
#include <QUrl>

namespace gatehouse {

// What the user chose for TLS on a request (or on a host).
struct TlsOptions {
    bool verifyPeer = true;
    QString caBundleFile;          // extra trusted CAs, PEM
    QString clientCertificateFile; // PEM certificate, or a PKCS#12 bundle (.p12/.pfx)
    QString clientKeyFile;         // PEM private key (not needed for PKCS#12)
    QByteArray clientKeyPassphrase; // a secret
};

// TLS settings for one host (an environment's "TLS / certificates"): they apply to every hop of an
// exchange that goes to that host, on top of the request's own options.
struct HostTlsOptions {
    // "api.contoso.com" (any port), "api.contoso.com:8443", or "*.contoso.com" (any subdomain).
    QString host;
    TlsOptions tls;
    QString source; // where the settings come from (the environment's name), for the notes
};

// Whether a host pattern of HostTlsOptions matches url (case-insensitive; the port when given).
bool hostPatternMatches(const QString &pattern, const QUrl &url);

// The options for a request to url: the request's own, with the first matching host's CA bundle
// and client certificate instead (where the host sets them). Verification is off when the request
// or the host turns it off. matched (when given) is set to the host entry that applied, or null.
TlsOptions tlsOptionsFor(const TlsOptions &request, const QList<HostTlsOptions> &hosts, const QUrl &url,
                         const HostTlsOptions **matched = nullptr);

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
