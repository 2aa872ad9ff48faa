// SPDX-License-Identifier: GPL-3.0-or-later
#include "managementoptions.h"

#include <QCommandLineParser>
#include <QEventLoop>

#include <cstdio>

using namespace Qt::StringLiterals;

namespace gatehouse::cli {

namespace {

void printErr(const QString &text)
{
    const QByteArray bytes = text.toLocal8Bit();
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stderr);
    std::fflush(stderr);
}

} // namespace

ManagementOptions::ManagementOptions()
    : m_url(u"management-url"_s, tr("Confirm APIM findings with this management (ARM) endpoint (default https://management.azure.com)."), tr("URL"))
    , m_tokenEnv(u"management-token-env"_s, tr("Read the management access token from this environment variable."), tr("VARIABLE"))
    , m_tokenSource(u"management-token-source"_s, tr("How to get the management token: azure-cli (default), device-code, or env (with --management-token-env)."),
                    tr("SOURCE"))
    , m_subscriptionId(u"subscription-id"_s, tr("The Azure subscription of the APIM service (for the management API)."), tr("ID"))
    , m_resourceGroup(u"resource-group"_s, tr("The resource group of the APIM service (for the management API)."), tr("RG"))
    , m_service(u"service"_s, tr("The APIM service name (for the management API)."), tr("NAME"))
    , m_trace(u"apim-trace"_s, tr("Trace the call through APIM: get debug credentials from the management API, send them in "
                                  "Apim-Debug-Authorization and print the gateway's trace (needs the management connection and the "
                                  "Contributor role)."))
{
}

void ManagementOptions::addTo(QCommandLineParser &parser, bool withTrace) const
{
    parser.addOptions({m_url, m_tokenEnv, m_tokenSource, m_subscriptionId, m_resourceGroup, m_service});
    if (withTrace)
        parser.addOption(m_trace);
    m_withTrace = withTrace;
}

Expected<std::optional<ManagementConnection>> ManagementOptions::read(const QCommandLineParser &parser,
                                                                      std::optional<ManagementConnection> fromWorkspace) const
{
    const bool trace = m_withTrace && parser.isSet(m_trace);
    const bool any = parser.isSet(m_url) || parser.isSet(m_tokenEnv) || parser.isSet(m_tokenSource) || parser.isSet(m_subscriptionId)
        || parser.isSet(m_resourceGroup) || parser.isSet(m_service) || trace;
    if (!any)
        return fromWorkspace;
    ManagementConnection c = fromWorkspace.value_or(ManagementConnection{});
    c.tracing = c.tracing || trace;
    if (parser.isSet(m_url)) {
        const QUrl url = QUrl::fromUserInput(parser.value(m_url));
        if (!url.isValid() || url.host().isEmpty() || (url.scheme() != u"https"_s && url.scheme() != u"http"_s))
            return std::unexpected(Error{Error::Code::InvalidArgument, tr("--management-url: '%1' is not an http(s) URL.").arg(parser.value(m_url))});
        c.target.endpoint = url;
    }
    if (parser.isSet(m_subscriptionId))
        c.target.subscriptionId = parser.value(m_subscriptionId).trimmed();
    if (parser.isSet(m_resourceGroup))
        c.target.resourceGroup = parser.value(m_resourceGroup).trimmed();
    if (parser.isSet(m_service))
        c.target.serviceName = parser.value(m_service).trimmed();
    if (parser.isSet(m_tokenSource)) {
        const QString source = parser.value(m_tokenSource);
        if (source == u"azure-cli"_s)
            c.tokenSource = ManagementConnection::TokenSource::AzureCli;
        else if (source == u"device-code"_s)
            c.tokenSource = ManagementConnection::TokenSource::DeviceCode;
        else if (source != u"env"_s)
            return std::unexpected(Error{Error::Code::InvalidArgument,
                                         tr("--management-token-source: '%1' is not one of azure-cli, device-code, env.").arg(source)});
        else if (!parser.isSet(m_tokenEnv))
            return std::unexpected(Error{Error::Code::InvalidArgument, tr("--management-token-source env needs --management-token-env VARIABLE.")});
    }
    if (parser.isSet(m_tokenEnv))
        c.tokenEnvVariable = parser.value(m_tokenEnv);
    QStringList missing;
    if (c.target.subscriptionId.isEmpty())
        missing.append(u"--subscription-id"_s);
    if (c.target.resourceGroup.isEmpty())
        missing.append(u"--resource-group"_s);
    if (c.target.serviceName.isEmpty())
        missing.append(u"--service"_s);
    if (!missing.isEmpty())
        return std::unexpected(Error{Error::Code::InvalidArgument,
                                     (trace ? tr("--apim-trace needs the management connection: %1 (or an environment whose APIM profile names the service).")
                                            : tr("The management connection also needs %1 (or an environment whose APIM profile names the service)."))
                                         .arg(missing.join(u", "_s))});
    return c;
}

std::optional<ManagementSnapshot> ManagementOptions::snapshotFor(const ManagementConnection &connection, const ExchangeResult &result,
                                                                  const std::optional<ApimProfile> &profile, const QString &command)
{
    ManagementClient client;
    QEventLoop loop;
    std::optional<ManagementSnapshot> out;
    bool finished = false;
    fetchManagementSnapshot(
        &client, connection, result, profile,
        [&](const Expected<ManagementSnapshot> &snapshot) {
            if (snapshot)
                out = *snapshot;
            else
                printErr(tr("gatehouse-cli %1: could not confirm with the management API: %2").arg(command, snapshot.error().message) + u"\n"_s);
            finished = true;
            loop.quit();
        },
        [](const QString &, const QUrl &url, const QString &message) {
            printErr((message.isEmpty() ? tr("To sign in, open %1 and enter the code shown.").arg(url.toString()) : message) + u"\n"_s);
        });
    if (!finished)
        loop.exec();
    return out;
}

std::optional<DebugCredentials> ManagementOptions::traceCredentials(const ManagementConnection &connection, const HttpRequest &request,
                                                                   const QString &command)
{
    ManagementClient client;
    QEventLoop loop;
    std::optional<Expected<DebugCredentials>> out;
    SentRequest sent;
    sent.method = request.method;
    sent.url = request.url;
    acquireDebugCredentials(
        &client, connection, sent,
        [&](const Expected<DebugCredentials> &credentials) {
            out = credentials;
            loop.quit();
        },
        [](const QString &, const QUrl &url, const QString &message) {
            printErr((message.isEmpty() ? tr("To sign in, open %1 and enter the code shown.").arg(url.toString()) : message) + u"\n"_s);
        });
    if (!out)
        loop.exec();
    if (!*out) {
        printErr(tr("gatehouse-cli %1: the call goes out untraced: %2").arg(command, out->error().message) + u"\n"_s);
        return std::nullopt;
    }
    return **out;
}

std::optional<ApimTrace> ManagementOptions::traceOf(const ManagementConnection &connection, const DebugCredentials &credentials,
                                                    const ExchangeResult &result, const QString &command)
{
    if (!result.response)
        return std::nullopt;
    const TraceHeaders headers = traceHeaders(*result.response);
    if (headers.traceId.isEmpty()) {
        printErr(tr("gatehouse-cli %1: %2").arg(command, headers.problem()) + u"\n"_s);
        return std::nullopt;
    }
    ManagementClient client;
    QEventLoop loop;
    std::optional<Expected<ApimTrace>> out;
    fetchApimTrace(&client, connection.target, credentials.accessToken, headers.traceId, [&](const Expected<ApimTrace> &trace) {
        out = trace;
        loop.quit();
    });
    if (!out)
        loop.exec();
    if (!*out) {
        printErr(tr("gatehouse-cli %1: could not fetch the APIM trace %2: %3").arg(command, headers.traceId, out->error().message) + u"\n"_s);
        return std::nullopt;
    }
    return **out;
}

Expected<ImportResult> ManagementOptions::importFromService(const ManagementConnection &connection, const ApimImportOptions &options)
{
    ManagementClient client;
    QEventLoop loop;
    std::optional<Expected<ImportResult>> out;
    acquireManagementToken(
        &client, connection,
        [&](const Expected<ManagementToken> &token) {
            if (!token) {
                out = std::unexpected(token.error());
                loop.quit();
                return;
            }
            importApiFromService(&client, connection.target, token->accessToken, options, [&](const Expected<ImportResult> &r) {
                out = r;
                loop.quit();
            });
        },
        [](const QString &, const QUrl &url, const QString &message) {
            printErr((message.isEmpty() ? tr("To sign in, open %1 and enter the code shown.").arg(url.toString()) : message) + u"\n"_s);
        });
    if (!out)
        loop.exec();
    return *out;
}

} // namespace gatehouse::cli
