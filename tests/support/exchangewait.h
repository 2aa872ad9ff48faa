// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "http/exchange.h"
#include "http/httpclient.h"

#include <QSignalSpy>

#include <chrono>

namespace gatehouse::test {

// Sends request through client, waits for the exchange to finish and returns its result. An
// exchange that never finishes stops the test (qFatal) instead of letting it hang. Header-only:
// the tests that use it link the core and Qt Test themselves.
inline ExchangeResult sendAndWait(HttpClient &client, const HttpRequest &request,
                                  std::chrono::milliseconds timeout = std::chrono::seconds(10))
{
    Exchange *exchange = client.send(request);
    QSignalSpy spy(exchange, &Exchange::finished);
    if (!spy.wait(timeout))
        qFatal("exchange did not finish");
    exchange->deleteLater();
    return spy.first().first().value<ExchangeResult>();
}

} // namespace gatehouse::test
