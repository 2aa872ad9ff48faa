// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "http/exchangeresult.h"

#include <QJsonObject>

namespace gatehouse {

// An exchange as one JSON object (request as sent, response, timings, redirects, error): the
// CLI's --json output and, later, reports. Secret header values are redacted unless asked not to.
enum class Secrets { Redact, Reveal };
QJsonObject exchangeToJson(const ExchangeResult &result, Secrets secrets = Secrets::Redact);

// Reads an exchange back from that JSON (for `gatehouse-cli explain`). Masked values stay masked.
[[nodiscard]] Expected<ExchangeResult> exchangeFromJson(const QJsonObject &json);

} // namespace gatehouse
