// SPDX-License-Identifier: GPL-3.0-or-later
#include "http/exchangetext.h"

#include "http/redaction.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace gatehouse {

QString sentRequestText(const SentRequest &request, Secrets secrets)
{
    QString target = QString::fromLatin1(request.url.toEncoded(QUrl::RemoveScheme | QUrl::RemoveAuthority | QUrl::RemoveFragment));
    if (target.isEmpty())
        target = u"/"_s;
    QString text = QString::fromLatin1(request.method) + u' ' + target + u" HTTP/1.1\n"_s;
    const HeaderList headers = secrets == Secrets::Redact ? redactedHeaders(request.headers, request.credentialHeaders) : request.headers;
    for (const auto &[name, value] : headers)
        text += QString::fromLatin1(name) + u": "_s + QString::fromUtf8(value) + u'\n';
    text += u'\n';
    if (!request.bodyDescription.isEmpty())
        text += QCoreApplication::translate("gatehouse::ExchangeText", "[body: %1]").arg(request.bodyDescription);
    else
        text += QString::fromUtf8(request.body);
    return text;
}

} // namespace gatehouse
