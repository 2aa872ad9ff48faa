// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "http/exchangejson.h"

namespace gatehouse {

// The request as it went on the wire, as HTTP/1.1-style text (the request line names the protocol
// used, HTTP/1.1 or HTTP/2): request line, headers, blank line, body
// (or a description of a streamed body). Credentials masked unless revealed.
QString sentRequestText(const SentRequest &request, Secrets secrets = Secrets::Redact);

} // namespace gatehouse
