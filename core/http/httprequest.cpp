// SPDX-License-Identifier: GPL-3.0-or-later
#include "http/httprequest.h"

#include <QHostAddress>

using namespace Qt::StringLiterals;

namespace gatehouse {

QByteArray headerValue(const HeaderList &headers, QByteArrayView name)
{
    for (const auto &[n, v] : headers) {
        if (name.compare(n, Qt::CaseInsensitive) == 0)
            return v;
    }
    return {};
}

bool hasHeader(const HeaderList &headers, QByteArrayView name)
{
    for (const auto &header : headers) {
        if (name.compare(header.first, Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

QUrl rewriteHost(const QUrl &url, const QList<std::pair<QString, QString>> &rewrites)
{
    const QString host = url.host().contains(u':') ? u'[' + url.host() + u']' : url.host(); // IPv6 as written in a URL
    const QString hostPort = url.port() > 0 ? host + u':' + QString::number(url.port()) : host;
    const auto bare = [](const QString &h) { return h.startsWith(u'[') && h.endsWith(u']') ? h.sliced(1, h.size() - 2) : h; };
    for (const auto &[from, to] : rewrites) {
        if (from.compare(hostPort, Qt::CaseInsensitive) != 0 && from.compare(host, Qt::CaseInsensitive) != 0)
            continue;
        QUrl out = url;
        QString target = to;
        const qsizetype scheme = target.indexOf(u"://"_s);
        if (scheme > 0) {
            out.setScheme(target.left(scheme));
            target = target.sliced(scheme + 3);
        }
        const qsizetype colon = target.lastIndexOf(u':');
        if (colon > 0 && !target.sliced(colon).contains(u']')) {
            out.setHost(bare(target.left(colon)));
            out.setPort(target.sliced(colon + 1).toInt());
        } else {
            out.setHost(bare(target));
            if (from.compare(hostPort, Qt::CaseInsensitive) == 0 || scheme > 0)
                out.setPort(-1);
        }
        return out;
    }
    return url;
}

QByteArray rewrittenHostHeader(const QUrl &url, const QUrl &connectUrl)
{
    if (connectUrl.host() == url.host() && connectUrl.port() == url.port())
        return {};
    if (QHostAddress(connectUrl.host()).isNull())
        return {};
    QByteArray host = url.host(QUrl::FullyEncoded).toLatin1();
    if (QHostAddress(url.host()).protocol() == QAbstractSocket::IPv6Protocol)
        host = '[' + host + ']';
    // No default port, as browsers and Node.js write it.
    const int defaultPort = url.scheme() == "https"_L1 ? 443 : 80;
    return url.port(-1) == -1 || url.port() == defaultPort ? host : host + ':' + QByteArray::number(url.port());
}

} // namespace gatehouse
