// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "http/httprequest.h"

namespace gatehouse {

// Headers whose values are credentials: shown as "•••" wherever output may end up in a log.
bool isSecretHeader(QByteArrayView name);
QByteArray redactedValue(QByteArrayView value);
// extraSecret: further names to mask, such as an API's custom subscription-key header.
// A key shown as its first and last four characters ("abcd…wxyz"), enough to tell keys apart;
// "•••" for one too short to show any of it.
QByteArray maskedKey(QByteArrayView key);
HeaderList redactedHeaders(const HeaderList &headers, const QList<QByteArray> &extraSecret = {});

} // namespace gatehouse
