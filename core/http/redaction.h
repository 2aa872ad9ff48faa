// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "http/httprequest.h"

namespace gatehouse {

// Headers whose values are credentials: shown as "•••" wherever output may end up in a log.
bool isSecretHeader(QByteArrayView name);
QByteArray redactedValue(QByteArrayView value);
HeaderList redactedHeaders(const HeaderList &headers);

} // namespace gatehouse
