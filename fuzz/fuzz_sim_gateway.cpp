// SPDX-License-Identifier: GPL-3.0-or-later
// The simulator's request handling: the gateway pipeline of the Playground's config (every policy
// kind, versions, revisions, JWT, CORS, throttling) over "METHOD\0path\0query\0headers\0body".
#include "fuzzsupport.h"
#include "gateway.h"

#include <QFile>
#include <QTimeZone>

using namespace Qt::StringLiterals;

namespace {

const gatehouse::sim::SimConfig &playgroundConfig()
{
    static const gatehouse::sim::SimConfig config = [] {
        QFile file(QStringLiteral(GATEHOUSE_SOURCE_DIR "/resources/simulator/playground.json"));
        if (!file.open(QIODevice::ReadOnly))
            qFatal("cannot read the playground config");
        auto parsed = gatehouse::sim::parseSimConfig(file.readAll(), u"playground.json"_s);
        if (!parsed)
            qFatal("the playground config does not load: %s", qPrintable(parsed.error().message));
        return *parsed;
    }();
    return config;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const auto parts = gatehouse::fuzz::fields(gatehouse::fuzz::bytes(data, size), 5);
    gatehouse::sim::GatewayRequest request;
    request.method = parts[0].toByteArray().toUpper();
    request.origin = u"http://127.0.0.1:8080"_s;
    request.path = QString::fromUtf8(parts[1]);
    if (!request.path.startsWith(u'/'))
        request.path.prepend(u'/');
    request.query = QString::fromUtf8(parts[2]);
    for (const QByteArray &line : parts[3].toByteArray().split('\n')) {
        const qsizetype colon = line.indexOf(':');
        if (colon > 0)
            request.headers.append({line.first(colon).trimmed(), line.sliced(colon + 1).trimmed()});
    }
    request.body = parts[4].toByteArray();
    request.peer = QHostAddress::LocalHost;

    gatehouse::sim::Gateway gateway(playgroundConfig());
    gateway.setClock([] { return QDateTime(QDate(2026, 11, 26), QTime(12, 0), QTimeZone::UTC); });
    // Twice: the second answer sees the throttling state the first one left.
    (void)gateway.handle(request);
    const gatehouse::sim::GatewayResponse response = gateway.handle(request);
    if (response.status < 100 || response.status > 599)
        qFatal("the gateway answered with status %d", response.status);
    return 0;
}
