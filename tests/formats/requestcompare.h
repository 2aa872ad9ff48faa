// SPDX-License-Identifier: GPL-3.0-or-later
// Helpers for comparing what imported requests would send (header-only; shared by format tests).
#pragma once

#include "model/requestresolver.h"

#include <QByteArrayList>
#include <QStringList>
#include <QUrlQuery>

#include <algorithm>

namespace gatehouse::test {

// The request as the engine would get it, without a workspace around it.
inline Expected<HttpRequest> wire(const Request &request, const QString &baseDirectory = {})
{
    ResolveContext context;
    context.baseDirectory = baseDirectory;
    auto resolved = resolveRequest(request, context);
    if (!resolved)
        return std::unexpected(resolved.error());
    return resolved->request;
}

// "name: value" lines, names lower case, sorted: header order is not part of the comparison.
inline QByteArrayList headerLines(const HeaderList &headers, const QList<QByteArray> &skip = {})
{
    QByteArrayList lines;
    for (const auto &[name, value] : headers) {
        const QByteArray lower = name.toLower();
        if (skip.contains(lower))
            continue;
        lines.append(lower + ": " + value);
    }
    std::sort(lines.begin(), lines.end());
    return lines;
}

// Path and the query items sorted, so that parameter order does not matter.
inline QString normalizedTarget(const QString &pathAndQuery)
{
    const qsizetype question = pathAndQuery.indexOf(u'?');
    if (question < 0)
        return pathAndQuery;
    QStringList items = pathAndQuery.sliced(question + 1).split(u'&', Qt::SkipEmptyParts);
    std::sort(items.begin(), items.end());
    return pathAndQuery.first(question) + u'?' + items.join(u'&');
}

inline QString target(const QUrl &url)
{
    QString t = QString::fromLatin1(url.toEncoded(QUrl::RemoveScheme | QUrl::RemoveAuthority | QUrl::RemoveFragment));
    if (t.isEmpty() || t.startsWith(u'?'))
        t.prepend(u'/');
    return t;
}

} // namespace gatehouse::test
