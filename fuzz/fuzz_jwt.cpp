// SPDX-License-Identifier: GPL-3.0-or-later
// The JWT decoder behind the validate-jwt diagnosis: any bytes, with or without "Bearer ".
#include "apim/jwt.h"
#include "fuzzsupport.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (const auto jwt = gatehouse::decodeJwt(gatehouse::fuzz::bytes(data, size))) {
        (void)jwt->algorithm();
        (void)jwt->audiences();
        (void)jwt->issuer();
        (void)jwt->expires();
        (void)jwt->notBefore();
        (void)jwt->entraTokenVersion();
    }
    return 0;
}
