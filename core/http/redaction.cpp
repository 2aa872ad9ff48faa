// SPDX-License-Identifier: GPL-3.0-or-later
#include "http/redaction.h"

namespace gatehouse {

bool isSecretHeader(QByteArrayView name)
{
    static constexpr QByteArrayView secret[] = {
        "authorization", "proxy-authorization", "cookie", "set-cookie", "ocp-apim-subscription-key",
        "x-api-key", "api-key", "apim-debug-authorization",
    };
    for (QByteArrayView s : secret) {
        if (name.compare(s, Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

QByteArray redactedValue(QByteArrayView value)
{
    // Keep the scheme of an Authorization value ("Bearer •••"): it helps and reveals nothing.
    const qsizetype space = value.indexOf(' ');
    if (space > 0 && space < 16)
        return value.first(space).toByteArray() + " \xe2\x80\xa2\xe2\x80\xa2\xe2\x80\xa2";
    return QByteArrayLiteral("\xe2\x80\xa2\xe2\x80\xa2\xe2\x80\xa2");
}

QByteArray maskedKey(QByteArrayView key)
{
    if (key.size() < 16)
        return QByteArrayLiteral("\xe2\x80\xa2\xe2\x80\xa2\xe2\x80\xa2");
    return key.first(4).toByteArray() + "\xe2\x80\xa6" + key.last(4).toByteArray();
}

HeaderList redactedHeaders(const HeaderList &headers, const QList<QByteArray> &extraSecret)
{
    HeaderList out = headers;
    for (auto &[name, value] : out) {
        const bool extra = std::any_of(extraSecret.cbegin(), extraSecret.cend(),
                                       [&](const QByteArray &e) { return e.compare(name, Qt::CaseInsensitive) == 0; });
        if (extra || isSecretHeader(name))
            value = redactedValue(value);
    }
    return out;
}

} // namespace gatehouse
