// SPDX-License-Identifier: GPL-3.0-or-later
#include "error.h"

using namespace Qt::StringLiterals;

namespace gatehouse {

QString errorCodeName(Error::Code code)
{
    switch (code) {
    case Error::Code::InvalidArgument: return u"invalid-argument"_s;
    case Error::Code::InvalidUrl: return u"invalid-url"_s;
    case Error::Code::FileNotFound: return u"file-not-found"_s;
    case Error::Code::FileUnreadable: return u"file-unreadable"_s;
    case Error::Code::ConnectionRefused: return u"connection-refused"_s;
    case Error::Code::HostNotFound: return u"host-not-found"_s;
    case Error::Code::Timeout: return u"timeout"_s;
    case Error::Code::Tls: return u"tls"_s;
    case Error::Code::Cancelled: return u"cancelled"_s;
    case Error::Code::RemoteClosed: return u"remote-closed"_s;
    case Error::Code::TooManyRedirects: return u"too-many-redirects"_s;
    case Error::Code::Decoding: return u"decoding"_s;
    case Error::Code::Network: return u"network"_s;
    case Error::Code::InvalidConfig: return u"invalid-config"_s;
    case Error::Code::ListenFailed: return u"listen-failed"_s;
    case Error::Code::Auth: return u"auth"_s;
    case Error::Code::ManagementUnauthorized: return u"management-unauthorized"_s;
    case Error::Code::ManagementForbidden: return u"management-forbidden"_s;
    case Error::Code::ManagementNotFound: return u"management-not-found"_s;
    case Error::Code::ManagementFailed: return u"management-failed"_s;
    case Error::Code::MalformedFile: return u"malformed-file"_s;
    case Error::Code::UnsupportedSchemaVersion: return u"unsupported-schema-version"_s;
    case Error::Code::FileUnwritable: return u"file-unwritable"_s;
    case Error::Code::NotAWorkspace: return u"not-a-workspace"_s;
    case Error::Code::SecretStore: return u"secret-store"_s;
    case Error::Code::UnsupportedFormat: return u"unsupported-format"_s;
    }
    return u"unknown"_s;
}

} // namespace gatehouse
