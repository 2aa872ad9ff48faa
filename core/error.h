// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <expected>

namespace gatehouse {

// What went wrong, for a person (message, translated) and for code (code).
struct Error {
    enum class Code {
        InvalidArgument,
        InvalidUrl,
        FileNotFound,
        FileUnreadable,
        ConnectionRefused,
        HostNotFound,
        Timeout,
        Tls,
        Cancelled,
        RemoteClosed,
        TooManyRedirects,
        Decoding,
        Network,
        // Workspaces, storage and import (issue 3).
        MalformedFile,
        UnsupportedSchemaVersion,
        FileUnwritable,
        NotAWorkspace,
        SecretStore,
        UnsupportedFormat,
        // APIM simulator (issue 5).
        InvalidConfig,
        ListenFailed,
        // HTTP engine (issue 4): getting credentials (an OAuth 2.0 token) failed.
        Auth,
        // APIM management (ARM) API answers (issue 5): the token was refused, the caller's role does
        // not allow the call, the resource does not exist, or another HTTP error.
        ManagementUnauthorized,
        ManagementForbidden,
        ManagementNotFound,
        ManagementFailed,
    };

    Code code = Code::Network;
    QString message;
};

// A stable, machine-readable name for the code ("connection-refused"), for JSON output and scripts.
QString errorCodeName(Error::Code code);

template<typename T>
using Expected = std::expected<T, Error>;

} // namespace gatehouse
