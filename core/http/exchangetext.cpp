// SPDX-License-Identifier: GPL-3.0-or-later
#include "http/exchangetext.h"

#include "http/redaction.h"

#include <QCoreApplication>
#include <QUrlQuery>

using namespace Qt::StringLiterals;

namespace gatehouse {

QString sentRequestText(const SentRequest &request, Secrets secrets)
{
    const bool redact = secrets == Secrets::Redact;
    QUrl url = request.url;
    QStringList notes;
    bool masked = false;
    if (redact) {
        // A key the engine put into the query shows as abcd…wxyz, with the environment it came from.
        QUrlQuery query(url);
        QList<std::pair<QString, QString>> items = query.queryItems(QUrl::FullyEncoded);
        for (const InjectedCredential &injected : request.injectedCredentials) {
            if (injected.queryName.isEmpty())
                continue;
            for (auto &[name, value] : items) {
                if (name != injected.queryName)
                    continue;
                value = QString::fromUtf8(maskedKey(QUrl::fromPercentEncoding(value.toUtf8()).toUtf8()));
                masked = true;
                notes.append(QCoreApplication::translate("gatehouse::ExchangeText", "[query parameter %1: subscription key from %2]").arg(name, injected.source));
            }
        }
        if (masked) {
            query.setQueryItems(items);
            url.setQuery(query);
        }
    }
    // Shown decoded only where a masked key ("…") is in it; otherwise exactly as sent.
    QString target = masked ? url.toString(QUrl::RemoveScheme | QUrl::RemoveAuthority | QUrl::RemoveFragment)
                            : QString::fromLatin1(url.toEncoded(QUrl::RemoveScheme | QUrl::RemoveAuthority | QUrl::RemoveFragment));
    if (target.isEmpty())
        target = u"/"_s;
    QString text = QString::fromLatin1(request.method) + u' ' + target + u" HTTP/"_s
        + QString::fromLatin1(request.httpVersion.isEmpty() ? "1.1"_ba : request.httpVersion) + u'\n';
    for (const auto &[name, value] : request.headers) {
        QString shown;
        if (redact) {
            const auto injected = std::find_if(request.injectedCredentials.cbegin(), request.injectedCredentials.cend(), [&](const InjectedCredential &c) {
                return !c.headerName.isEmpty() && c.headerName.compare(name, Qt::CaseInsensitive) == 0;
            });
            if (injected != request.injectedCredentials.cend()) {
                shown = QString::fromUtf8(maskedKey(value)) + u"  "_s
                    + QCoreApplication::translate("gatehouse::ExchangeText", "(subscription key from %1)").arg(injected->source);
            } else {
                shown = QString::fromUtf8(redactedHeaders({{name, value}}, request.credentialHeaders).constFirst().second);
            }
        } else {
            shown = QString::fromUtf8(value);
        }
        text += QString::fromLatin1(name) + u": "_s + shown + u'\n';
    }
    text += u'\n';
    if (!request.bodyDescription.isEmpty())
        text += QCoreApplication::translate("gatehouse::ExchangeText", "[body: %1]").arg(request.bodyDescription);
    else
        text += QString::fromUtf8(request.body);
    for (const QString &note : std::as_const(notes))
        text += u'\n' + note;
    return text;
}

} // namespace gatehouse
