// SPDX-License-Identifier: GPL-3.0-or-later
// The APIM diagnosis over a response the fuzzer writes: "STATUS\0header lines\0body\0key\0flags".
// Header lines are "Name: value" (WWW-Authenticate, Retry-After, the throttling and tracing
// headers ...). The request carries the key as header or query; flags pick the profile and the
// key injection outcome.
#include "apim/diagnosis.h"
#include "fuzzsupport.h"

#include <QTimeZone>

using namespace Qt::StringLiterals;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const auto parts = gatehouse::fuzz::fields(gatehouse::fuzz::bytes(data, size), 5);
    const QByteArrayView flags = parts[4];
    const auto flag = [&](qsizetype i) { return i < flags.size() ? quint8(flags[i]) : quint8(0); };

    gatehouse::DiagnosisInput input;
    input.now = QDateTime(QDate(2026, 11, 26), QTime(12, 0), QTimeZone::UTC);
    gatehouse::ExchangeResult &result = input.result;
    result.request.method = flag(0) % 2 ? "POST" : "GET";
    result.request.url = QUrl(u"https://contoso.azure-api.net/echo/resource"_s);
    const QByteArray key = parts[3].toByteArray();
    if (flag(1) % 3 == 1)
        result.request.headers.append({"Ocp-Apim-Subscription-Key", key});
    else if (flag(1) % 3 == 2)
        result.request.url.setQuery(u"subscription-key="_s + QString::fromLatin1(key.toPercentEncoding()));
    if (flag(2) % 2)
        result.request.headers.append({"Authorization", "Bearer " + key});

    if (flag(3) % 8 == 7) {
        result.error = gatehouse::Error{gatehouse::Error::Code::ConnectionRefused, u"refused"_s};
    } else {
        gatehouse::HttpResponse response;
        response.statusCode = parts[0].toByteArray().toInt();
        response.httpVersion = "1.1";
        for (const QByteArray &line : parts[1].toByteArray().split('\n')) {
            const qsizetype colon = line.indexOf(':');
            if (colon > 0)
                response.headers.append({line.first(colon).trimmed(), line.sliced(colon + 1).trimmed()});
        }
        response.body = parts[2].toByteArray();
        result.response = response;
    }
    if (flag(4) % 2) {
        gatehouse::ApimProfile profile;
        profile.gatewayHosts = {u"contoso.azure-api.net"_s, u"127.0.0.1:8080"_s};
        profile.subscriptionKey = key;
        if (flag(5) % 2)
            profile.headerName = "X-Partner-Token";
        input.profile = profile;
        gatehouse::KeyInjection injection;
        injection.outcome = gatehouse::KeyInjection::Outcome(flag(6) % 4);
        input.keyInjection = injection;
    }
    (void)gatehouse::diagnose(input);
    const gatehouse::HeaderList headers = input.result.response ? input.result.response->headers : gatehouse::HeaderList{};
    for (const auto &header : headers) {
        (void)gatehouse::parseApimKeyChallenge(header.second);
        (void)gatehouse::parseTimeSpan(QString::fromUtf8(header.second));
    }
    return 0;
}
