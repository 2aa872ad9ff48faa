// SPDX-License-Identifier: GPL-3.0-or-later
#include "http/httprequest.h"

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

} // namespace gatehouse
