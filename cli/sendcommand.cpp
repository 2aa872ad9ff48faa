// SPDX-License-Identifier: GPL-3.0-or-later
#include "sendcommand.h"

#include "commandline.h"
#include "managementoptions.h"
#include "workspacerequest.h"

#include "apim/diagnosis.h"
#include "apim/findingformat.h"
#include "formats/bodyformat.h"
#include "http/exchangejson.h"
#include "http/httpclient.h"
#include "http/redaction.h"
#include "storage/history.h"

#include <QCommandLineParser>
#include <QFile>
#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>

#include <cstdio>

using namespace Qt::StringLiterals;

namespace gatehouse::cli {

namespace {

void writeOut(QByteArrayView bytes)
{
    std::fwrite(bytes.data(), 1, size_t(bytes.size()), stdout);
}

void writeErr(const QString &text)
{
    const QByteArray bytes = text.toLocal8Bit();
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stderr);
}

void printHeaders(QByteArrayView prefix, const HeaderList &headers, FILE *to)
{
    for (const auto &[name, value] : headers) {
        const QByteArray line = prefix.toByteArray() + name + ": " + value + '\n';
        std::fwrite(line.constData(), 1, size_t(line.size()), to);
    }
}

// -H values, added to headers; false (with a message) for one that is not "Name: value".
bool addHeaders(const QStringList &values, HeaderList &headers)
{
    for (const QString &h : values) {
        const qsizetype colon = h.indexOf(u':');
        if (colon <= 0) {
            writeErr(SendCommand::tr("gatehouse-cli send: header '%1' must look like 'Name: value'.").arg(h) + u"\n"_s);
            return false;
        }
        headers.append({h.first(colon).trimmed().toLatin1(), h.sliced(colon + 1).trimmed().toUtf8()});
    }
    return true;
}

// --host-tls 'HOST;cacert=FILE;cert=FILE;key=FILE;pass-env=VARIABLE;insecure': TLS settings for
// one host (as an environment's "TLS / certificates" section has them); nullopt (with a message)
// for a value that is not one.
std::optional<HostTlsOptions> parseHostTls(const QString &value)
{
    const QStringList parts = value.split(u';', Qt::SkipEmptyParts);
    if (parts.isEmpty() || parts.first().contains(u'=')) {
        writeErr(SendCommand::tr("gatehouse-cli send: --host-tls '%1' must start with the host, as in 'api.contoso.com;cacert=ca.pem'.").arg(value) + u"\n"_s);
        return std::nullopt;
    }
    HostTlsOptions out;
    out.host = parts.first().trimmed();
    out.source = SendCommand::tr("--host-tls");
    for (const QString &part : parts.sliced(1)) {
        const QString name = part.section(u'=', 0, 0).trimmed();
        const QString setting = part.section(u'=', 1).trimmed();
        if (name == u"insecure"_s && !part.contains(u'=')) {
            out.tls.verifyPeer = false;
        } else if (name == u"cacert"_s && !setting.isEmpty()) {
            out.tls.caBundleFile = setting;
        } else if (name == u"cert"_s && !setting.isEmpty()) {
            out.tls.clientCertificateFile = setting;
        } else if (name == u"key"_s && !setting.isEmpty()) {
            out.tls.clientKeyFile = setting;
        } else if (name == u"pass-env"_s && !setting.isEmpty()) {
            if (!qEnvironmentVariableIsSet(qPrintable(setting))) {
                writeErr(SendCommand::tr("gatehouse-cli send: --host-tls: the environment variable %1 (pass-env) is not set.").arg(setting) + u"\n"_s);
                return std::nullopt;
            }
            out.tls.clientKeyPassphrase = qgetenv(qPrintable(setting));
        } else {
            writeErr(SendCommand::tr("gatehouse-cli send: --host-tls: '%1' is not one of cacert=FILE, cert=FILE, key=FILE, pass-env=VARIABLE, insecure.")
                         .arg(part)
                     + u"\n"_s);
            return std::nullopt;
        }
    }
    return out;
}

} // namespace

int SendCommand::run(QCoreApplication &app, const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Send one HTTP request and print the response."));
    parser.addHelpOption();
    const QCommandLineOption methodOpt({u"X"_s, u"request"_s}, tr("HTTP method (default GET, or POST with a body)."), tr("METHOD"));
    const QCommandLineOption headerOpt({u"H"_s, u"header"_s}, tr("Add a request header; repeatable."), tr("'Name: value'"));
    const QCommandLineOption dataOpt({u"d"_s, u"data"_s}, tr("Request body; @FILE reads it from FILE."), tr("BODY"));
    const QCommandLineOption dataFileOpt(u"data-file"_s, tr("Read the request body from FILE ('-' for standard input)."), tr("FILE"));
    const QCommandLineOption jsonOpt(u"json"_s, tr("Print one JSON object: request as sent, status, headers, body, timings."));
    const QCommandLineOption prettyOpt(u"pretty"_s, tr("Pretty-print JSON and XML bodies."));
    const QCommandLineOption verboseOpt({u"v"_s, u"verbose"_s}, tr("Also print the request as sent and the timings (to standard error)."));
    const QCommandLineOption timeoutOpt(u"timeout"_s, tr("Give up after SECONDS (default: no limit)."), tr("SECONDS"));
    const QCommandLineOption connectTimeoutOpt(u"connect-timeout"_s, tr("Give up when no connection (TCP and TLS) is up after SECONDS."), tr("SECONDS"));
    const QCommandLineOption transferTimeoutOpt(u"transfer-timeout"_s, tr("Give up when nothing is sent or received for SECONDS once connected."), tr("SECONDS"));
    const QCommandLineOption outputOpt({u"o"_s, u"output"_s}, tr("Write the response body to FILE (streamed, decoded) instead of standard output."), tr("FILE"));
    const QCommandLineOption noFollowOpt(u"no-follow"_s, tr("Do not follow redirects."));
    const QCommandLineOption revealOpt(u"show-secrets"_s, tr("Print credential headers (Authorization, subscription keys, cookies) unmasked."));
    const QCommandLineOption insecureOpt({u"k"_s, u"insecure"_s}, tr("Do not verify the server's TLS certificate (for testing only)."));
    const QCommandLineOption caOpt(u"cacert"_s, tr("Also trust the CA certificates in FILE (PEM)."), tr("FILE"));
    const QCommandLineOption certOpt({u"E"_s, u"cert"_s}, tr("Client certificate: a PEM file (with --key) or a PKCS#12 bundle (.p12/.pfx)."), tr("FILE"));
    const QCommandLineOption keyOpt(u"key"_s, tr("Private key (PEM) of the client certificate."), tr("FILE"));
    const QCommandLineOption passOpt(u"pass"_s, tr("Passphrase of the private key or PKCS#12 bundle."), tr("PASSPHRASE"));
    const QCommandLineOption hostTlsOpt(u"host-tls"_s,
                                        tr("TLS settings for one host only (repeatable): 'HOST;cacert=FILE;cert=FILE;key=FILE;pass-env=VARIABLE;insecure'. "
                                           "HOST may carry a port or start with '*.'."),
                                        tr("SETTINGS"));
    const QCommandLineOption proxyOpt({u"x"_s, u"proxy"_s}, tr("Use this proxy: http://[user:password@]host:port or socks5://host:port."), tr("URL"));
    const QCommandLineOption noProxyOpt(u"noproxy"_s, tr("Comma-separated hosts that bypass the proxy ('*' for all)."), tr("LIST"));
    const QCommandLineOption apimHostOpt(u"apim-host"_s, tr("An APIM gateway host (repeatable): the subscription key goes to these hosts only."), tr("HOST"));
    const QCommandLineOption apimKeyEnvOpt(u"apim-key-env"_s, tr("Read the APIM subscription key from this environment variable (keeps it out of shell history)."),
                                           tr("VARIABLE"));
    const QCommandLineOption apimHeaderOpt(u"apim-header"_s, tr("Send the key in this header (default Ocp-Apim-Subscription-Key)."), tr("NAME"));
    const QCommandLineOption apimQueryOpt(u"apim-query"_s, tr("Send the key in this query parameter instead of a header."), tr("NAME"));
    const QCommandLineOption noExplainOpt(u"no-explain"_s, tr("Do not explain APIM errors."));
    const QCommandLineOption noHistoryOpt(u"no-history"_s, tr("Do not record this exchange in the local history."));
    const QCommandLineOption workspaceOpt(u"workspace"_s, tr("Send a request stored in the workspace in DIR; name it with --request PATH or as the argument (Collection/Folder/Request)."),
                                          tr("DIR"));
    const QCommandLineOption envOpt(u"env"_s, tr("With --workspace: resolve variables and the APIM key in this environment."), tr("NAME"));
    const QCommandLineOption envVarOpt(u"env-var"_s, tr("With --workspace: set a variable (over the environment's value); repeatable."), tr("NAME=VALUE"));
    const QCommandLineOption secretsFileOpt(u"secrets-file"_s, tr("With --workspace: read secret values from this file instead of the keychain."), tr("FILE"));
    const QCommandLineOption cookieJarOpt(u"cookie-jar"_s, tr("Send the cookies stored in FILE and store there the ones the server sets (created when missing)."),
                                          tr("FILE"));
    const QCommandLineOption noCookiesOpt(u"no-cookies"_s, tr("Neither send nor store cookies (with --workspace: leave the workspace's cookie jar alone)."));
    const QCommandLineOption allowUnresolvedOpt(u"allow-unresolved"_s, tr("With --workspace: send even when variables have no value (they go out as written)."));
    parser.addOptions({methodOpt, headerOpt, dataOpt, dataFileOpt, jsonOpt, prettyOpt, verboseOpt, timeoutOpt, noFollowOpt, revealOpt,
                       insecureOpt, caOpt, certOpt, keyOpt, passOpt, proxyOpt, noProxyOpt, apimHostOpt, apimKeyEnvOpt, apimHeaderOpt,
                       apimQueryOpt, noExplainOpt, noHistoryOpt});
    parser.addOptions({workspaceOpt, envOpt, envVarOpt, secretsFileOpt, allowUnresolvedOpt, cookieJarOpt, noCookiesOpt});
    parser.addOptions({connectTimeoutOpt, transferTimeoutOpt, outputOpt, hostTlsOpt});
    const ManagementOptions managementOpts;
    managementOpts.addTo(parser, true);
    parser.addPositionalArgument(u"url"_s, tr("The URL to send the request to."), tr("URL"));

    if (const auto done = parseCommandLine(parser, u"send"_s, arguments))
        return *done;
    const QStringList positional = parser.positionalArguments();
    HttpRequest request;
    std::optional<ApimProfile> profile;
    std::optional<ManagementConnection> management;
    std::shared_ptr<SecretStore> secretStore;
    if (parser.isSet(workspaceOpt)) {
        // --request is also curl's long name for -X: with a workspace and no argument it names the request.
        WorkspaceRequest::Options options;
        options.workspaceDir = parser.value(workspaceOpt);
        options.requestPath = positional.size() == 1 ? positional.first() : parser.value(methodOpt);
        options.environment = parser.value(envOpt);
        options.envVars = parser.values(envVarOpt);
        options.secretsFile = parser.value(secretsFileOpt);
        options.allowUnresolved = parser.isSet(allowUnresolvedOpt);
        if (positional.size() > 1 || options.requestPath.isEmpty()) {
            writeErr(tr("gatehouse-cli send: with --workspace, name one request: --request Collection/Folder/Request.") + u"\n"_s);
            return ExitUsage;
        }
        if (parser.isSet(dataOpt) || parser.isSet(dataFileOpt)) {
            writeErr(tr("gatehouse-cli send: --data and --data-file do not apply to a stored request; edit its body in the workspace.") + u"\n"_s);
            return ExitUsage;
        }
        auto stored = WorkspaceRequest::load(options);
        if (!stored) {
            writeErr(tr("gatehouse-cli send: %1").arg(stored.error().message) + u"\n"_s);
            return ExitUsage;
        }
        for (const QString &warning : std::as_const(stored->warnings))
            writeErr(tr("gatehouse-cli send: warning: %1").arg(warning) + u"\n"_s);
        request = stored->request;
        profile = stored->profile;
        management = stored->management;
        secretStore = stored->secrets;
        if (positional.size() == 1 && parser.isSet(methodOpt))
            request.method = parser.value(methodOpt).toUpper().toLatin1();
        if (!addHeaders(parser.values(headerOpt), request.headers))
            return ExitUsage;
    } else {
        if (positional.size() != 1) {
            writeErr(tr("gatehouse-cli send: expected exactly one URL, got %1.").arg(positional.size()) + u"\n"_s
                     + tr("Usage: gatehouse-cli send [-X METHOD] URL [-H 'Name: value']... [-d BODY | --data-file FILE] [--json]") + u"\n"_s);
            return ExitUsage;
        }

        QString urlText = positional.first();
        if (!urlText.contains(u"://"_s))
            urlText.prepend(u"http://"_s); // as curl does for "localhost:8080/x"
        request.url = QUrl::fromUserInput(urlText);
        if (!request.url.isValid() || request.url.host().isEmpty()) {
            writeErr(tr("gatehouse-cli send: '%1' is not a valid URL.").arg(positional.first()) + u"\n"_s);
            return ExitUsage;
        }

        if (!addHeaders(parser.values(headerOpt), request.headers))
            return ExitUsage;

        if (parser.isSet(dataOpt) && parser.isSet(dataFileOpt)) {
            writeErr(tr("gatehouse-cli send: use either --data or --data-file, not both.") + u"\n"_s);
            return ExitUsage;
        }
        QString dataFile = parser.value(dataFileOpt);
        if (parser.isSet(dataOpt)) {
            const QString d = parser.value(dataOpt);
            if (d.startsWith(u'@'))
                dataFile = d.sliced(1);
            else
                request.body = d.toUtf8();
        }
        if (!dataFile.isEmpty()) {
            QFile file;
            const bool opened = dataFile == u"-"_s ? file.open(stdin, QIODevice::ReadOnly) : (file.setFileName(dataFile), file.open(QIODevice::ReadOnly));
            if (!opened) {
                writeErr(tr("gatehouse-cli send: cannot read body file '%1': %2").arg(dataFile, file.errorString()) + u"\n"_s);
                return ExitUsage;
            }
            request.body = file.readAll();
        }
        const bool hasBody = parser.isSet(dataOpt) || !dataFile.isEmpty();
        request.method = parser.isSet(methodOpt) ? parser.value(methodOpt).toUpper().toLatin1() : (hasBody ? "POST"_ba : "GET"_ba);
        if (request.method.isEmpty()) {
            writeErr(tr("gatehouse-cli send: the method must not be empty.") + u"\n"_s);
            return ExitUsage;
        }
    }
    if (parser.isSet(timeoutOpt)) {
        bool ok = false;
        const double seconds = parser.value(timeoutOpt).toDouble(&ok);
        if (!ok || seconds <= 0) {
            writeErr(tr("gatehouse-cli send: --timeout needs a positive number of seconds, not '%1'.").arg(parser.value(timeoutOpt)) + u"\n"_s);
            return ExitUsage;
        }
        request.timeout = std::chrono::milliseconds(qint64(seconds * 1000));
    }
    for (const auto &[option, target] : {std::pair{&connectTimeoutOpt, &request.connectTimeout}, std::pair{&transferTimeoutOpt, &request.transferTimeout}}) {
        if (!parser.isSet(*option))
            continue;
        bool ok = false;
        const double seconds = parser.value(*option).toDouble(&ok);
        if (!ok || seconds <= 0) {
            writeErr(tr("gatehouse-cli send: --%1 needs a positive number of seconds, not '%2'.").arg(option->names().constFirst(), parser.value(*option)) + u"\n"_s);
            return ExitUsage;
        }
        *target = std::chrono::milliseconds(qint64(seconds * 1000));
    }
    if (parser.isSet(outputOpt)) {
        if (parser.value(outputOpt).isEmpty()) {
            writeErr(tr("gatehouse-cli send: --output needs a file name.") + u"\n"_s);
            return ExitUsage;
        }
        request.bodyOutputFile = parser.value(outputOpt);
    }
    if (parser.isSet(noFollowOpt))
        request.followRedirects = false;
    if (parser.isSet(insecureOpt))
        request.tls.verifyPeer = false;
    request.tls.caBundleFile = parser.value(caOpt);
    request.tls.clientCertificateFile = parser.value(certOpt);
    request.tls.clientKeyFile = parser.value(keyOpt);
    request.tls.clientKeyPassphrase = parser.value(passOpt).toUtf8();
    // Hosts named on the command line come before the environment's.
    QList<HostTlsOptions> hostTls;
    for (const QString &value : parser.values(hostTlsOpt)) {
        const auto host = parseHostTls(value);
        if (!host)
            return ExitUsage;
        hostTls.append(*host);
    }
    request.hostTls = hostTls + request.hostTls;

    ProxySettings proxy;
    if (parser.isSet(proxyOpt)) {
        auto url = parseProxyUrl(parser.value(proxyOpt));
        if (!url) {
            writeErr(tr("gatehouse-cli send: %1").arg(url.error().message) + u"\n"_s);
            return ExitUsage;
        }
        proxy.mode = ProxySettings::Mode::Manual;
        proxy.proxy = *url;
    }
    proxy.noProxy = parser.value(noProxyOpt).split(u',', Qt::SkipEmptyParts);
    const Secrets secrets = parser.isSet(revealOpt) ? Secrets::Reveal : Secrets::Redact;
    const bool json = parser.isSet(jsonOpt);
    const bool pretty = parser.isSet(prettyOpt);
    const bool verbose = parser.isSet(verboseOpt);

    std::optional<KeyInjection> injection;
    if (parser.isSet(apimHostOpt) || parser.isSet(apimKeyEnvOpt)) {
        if (!profile)
            profile = ApimProfile{};
        if (parser.isSet(apimHostOpt))
            profile->gatewayHosts = parser.values(apimHostOpt);
        if (profile->gatewayHosts.isEmpty())
            profile->gatewayHosts = {request.url.host() + (request.url.port() > 0 ? u':' + QString::number(request.url.port()) : QString())};
        if (parser.isSet(apimKeyEnvOpt)) {
            const QByteArray variable = parser.value(apimKeyEnvOpt).toLocal8Bit();
            if (!qEnvironmentVariableIsSet(variable.constData())) {
                writeErr(tr("gatehouse-cli send: the environment variable %1 (for the subscription key) is not set.").arg(parser.value(apimKeyEnvOpt)) + u"\n"_s);
                return ExitUsage;
            }
            profile->subscriptionKey = qgetenv(variable.constData()).trimmed();
        }
        if (parser.isSet(apimHeaderOpt))
            profile->headerName = parser.value(apimHeaderOpt).toLatin1();
        if (parser.isSet(apimQueryOpt)) {
            profile->keyLocation = ApimProfile::KeyLocation::Query;
            profile->queryName = parser.value(apimQueryOpt);
        }
    }
    if (profile)
        injection = injectSubscriptionKey(request, *profile);

    // Cookies: --cookie-jar FILE, else the workspace's jar with --workspace, else none (as curl).
    if (parser.isSet(cookieJarOpt) && parser.isSet(noCookiesOpt)) {
        writeErr(tr("gatehouse-cli send: use either --cookie-jar or --no-cookies, not both.") + u"\n"_s);
        return ExitUsage;
    }
    CookieJar cookieJar;
    bool useCookies = false;
    if (parser.isSet(cookieJarOpt) || (parser.isSet(workspaceOpt) && !parser.isSet(noCookiesOpt))) {
        auto file = parser.isSet(cookieJarOpt) ? Expected<QString>(parser.value(cookieJarOpt)) : CookieJar::workspaceFile(parser.value(workspaceOpt));
        auto loaded = file ? cookieJar.load(*file) : Expected<void>(std::unexpected(file.error()));
        if (!loaded) {
            writeErr(tr("gatehouse-cli send: %1").arg(loaded.error().message) + u"\n"_s);
            return ExitUsage;
        }
        useCookies = true;
    }

    PrintOptions options;
    options.secrets = secrets;
    options.json = json;
    options.pretty = pretty;
    options.verbose = verbose;
    options.explain = !parser.isSet(noExplainOpt);
    options.history = !parser.isSet(noHistoryOpt);
    options.cookieJar = useCookies ? &cookieJar : nullptr;
    options.secretStore = secretStore.get();
    auto connection = managementOpts.read(parser, management);
    if (!connection) {
        writeErr(tr("gatehouse-cli send: %1").arg(connection.error().message) + u"\n"_s);
        return ExitUsage;
    }
    options.management = *connection;
    return sendAndPrint(app, request, proxy, options, profile, injection);
}

int sendAndPrint(QCoreApplication &app, const HttpRequest &request, const ProxySettings &proxy, const PrintOptions &options,
                 const std::optional<ApimProfile> &profile, const std::optional<KeyInjection> &injection)
{
    const Secrets secrets = options.secrets;
    const bool json = options.json;
    const bool pretty = options.pretty;
    const bool verbose = options.verbose;
    const bool explain = options.explain;

    HttpClient client;
    client.setProxySettings(proxy);
    client.setCookieJar(options.cookieJar);
    client.setSecretStore(options.secretStore);
    if (!request.tls.verifyPeer)
        writeErr(SendCommand::tr("* TLS certificate verification is OFF for this request.") + u"\n"_s);
    for (const HostTlsOptions &host : std::as_const(request.hostTls)) {
        if (!host.tls.verifyPeer && request.tls.verifyPeer)
            writeErr(SendCommand::tr("* TLS certificate verification is OFF for %1 (%2).").arg(host.host, host.source) + u"\n"_s);
    }
    // APIM tracing (FACTS.md §4.2): a debug token for the API, sent in Apim-Debug-Authorization.
    HttpRequest sending = request;
    std::optional<DebugCredentials> tracing;
    if (options.management && options.management->tracing) {
        tracing = ManagementOptions::traceCredentials(*options.management, request, u"send"_s);
        if (tracing) {
            sending.headers.append({DebugAuthorizationHeader.toByteArray(), tracing->debugToken});
            sending.credentialHeaders.append(DebugAuthorizationHeader.toByteArray());
        }
    }
    const QDateTime sentAt = QDateTime::currentDateTimeUtc();
    Exchange *exchange = client.send(sending);
    int exitCode = ExitOk;
    QObject::connect(exchange, &Exchange::finished, &app, [&](const ExchangeResult &result) {
        if (options.history) {
            // Masked by historyEntry(); a history that cannot be written is worth a warning, not a failure.
            if (auto recorded = HistoryStore().append(historyEntry(result, sentAt)); !recorded)
                writeErr(SendCommand::tr("gatehouse-cli send: warning: %1").arg(recorded.error().message) + u"\n"_s);
        }
        const std::optional<ApimTrace> trace = tracing ? ManagementOptions::traceOf(*options.management, *tracing, result, u"send"_s) : std::nullopt;
        QList<Finding> findings = explain ? diagnose({result, profile, injection, QDateTime::currentDateTimeUtc(), trace}) : QList<Finding>{};
        if (!findings.isEmpty() && options.management) {
            if (const auto snapshot = ManagementOptions::snapshotFor(*options.management, result, profile, u"send"_s))
                findings = diagnose({result, profile, injection, QDateTime::currentDateTimeUtc(), trace}, snapshot);
        }
        if (json) {
            QJsonObject o = exchangeToJson(result, secrets);
            if (explain)
                o[u"findings"_s] = findingsToJson(findings);
            if (trace)
                o[u"apimTrace"_s] = trace->raw;
            writeOut(QJsonDocument(o).toJson(QJsonDocument::Indented));
        } else {
            if (verbose && injection)
                writeErr(u"* "_s + injection->message + u"\n"_s);
            if (verbose) {
                for (const QString &note : result.notes)
                    writeErr(u"* "_s + note + u"\n"_s);
            }
            if (verbose) {
                const SentRequest &sent = result.request;
                const QByteArray line = "> " + sent.method + ' ' + sent.url.toEncoded(QUrl::RemoveUserInfo) + '\n';
                std::fwrite(line.constData(), 1, size_t(line.size()), stderr);
                HeaderList shown = secrets == Secrets::Redact ? redactedHeaders(sent.headers, sent.credentialHeaders) : sent.headers;
                if (secrets == Secrets::Redact) {
                    // A key the engine injected: its first and last four characters, and where it came from.
                    for (qsizetype i = 0; i < shown.size(); ++i) {
                        for (const InjectedCredential &injected : sent.injectedCredentials) {
                            if (!injected.headerName.isEmpty() && injected.headerName.compare(shown.at(i).first, Qt::CaseInsensitive) == 0)
                                shown[i].second = maskedKey(sent.headers.at(i).second) + "  "
                                    + SendCommand::tr("(subscription key from %1)").arg(injected.source).toUtf8();
                        }
                    }
                }
                printHeaders("> ", shown, stderr);
                if (result.tls) {
                    writeErr(SendCommand::tr("* %1, %2; server certificate \"%3\" issued by \"%4\", valid until %5%6")
                                 .arg(result.tls->protocol, result.tls->cipher, result.tls->peerSubject, result.tls->peerIssuer,
                                      QLocale().toString(result.tls->peerExpires, QLocale::ShortFormat),
                                      result.tls->verified ? QString() : SendCommand::tr(" (NOT verified)"))
                             + u"\n"_s);
                }
                for (const RedirectHop &hop : result.redirects) {
                    if (hop.authChallenge)
                        writeErr(SendCommand::tr("* %1 asked for credentials (%2); answered").arg(hop.url.toString(QUrl::RemoveUserInfo)).arg(hop.statusCode) + u"\n"_s);
                    else
                        writeErr(SendCommand::tr("* %1 redirected (%2) to %3").arg(hop.url.toString(QUrl::RemoveUserInfo)).arg(hop.statusCode).arg(hop.location.toString(QUrl::RemoveUserInfo)) + u"\n"_s);
                }
            }
            if (result.response) {
                const HttpResponse &r = *result.response;
                const QByteArray statusLine = "HTTP/" + r.httpVersion + ' ' + QByteArray::number(r.statusCode)
                    + (r.reasonPhrase.isEmpty() ? QByteArray() : QByteArray(' ' + r.reasonPhrase)) + '\n';
                writeOut(statusLine);
                printHeaders({}, secrets == Secrets::Redact ? redactedHeaders(r.headers) : r.headers, stdout);
                writeOut("\n");
                if (!request.bodyOutputFile.isEmpty()) {
                    if (verbose)
                        writeErr(SendCommand::tr("* body (%1) written to %2").arg(formatSize(r.bodySize()), r.bodyFilePath) + u"\n"_s);
                } else if (r.bodyInFile()) {
                    // Too big for memory: copied from the engine's temporary file, as it is.
                    QFile file(r.bodyFilePath);
                    if (file.open(QIODevice::ReadOnly)) {
                        QByteArray last;
                        while (!file.atEnd()) {
                            last = file.read(1024 * 1024);
                            writeOut(last);
                        }
                        if (!last.endsWith('\n'))
                            writeOut("\n");
                    } else {
                        writeErr(SendCommand::tr("gatehouse-cli send: cannot read the body from %1: %2").arg(r.bodyFilePath, file.errorString()) + u"\n"_s);
                        exitCode = ExitTransportError;
                    }
                } else {
                    if (pretty)
                        writeOut(prettyPrinted(r.body, headerValue(r.headers, "content-type")).toUtf8());
                    else
                        writeOut(r.body);
                    if (pretty || (!r.body.isEmpty() && !r.body.endsWith('\n')))
                        writeOut("\n");
                }
            }
            if (!findings.isEmpty())
                writeErr(u"\n"_s + findingsAsText(findings));
            if (trace)
                writeErr(u"\n"_s + apimTraceAsText(*trace));
            if (verbose)
                writeErr(SendCommand::tr("* total %1 ms, first byte after %2 ms, %3 received").arg(result.timings.total()).arg(result.timings.firstByte)
                             .arg(formatSize(result.response ? result.response->bodySize() : 0)) + u"\n"_s);
        }
        if (options.cookieJar) {
            if (auto saved = options.cookieJar->save(); !saved)
                writeErr(SendCommand::tr("gatehouse-cli send: warning: %1").arg(saved.error().message) + u"\n"_s);
        }
        if (result.error) {
            writeErr(SendCommand::tr("gatehouse-cli send: %1").arg(result.error->message) + u"\n"_s);
            exitCode = ExitTransportError;
        }
        std::fflush(stdout);
        app.quit();
    });
    app.exec();
    return exitCode;
}

} // namespace gatehouse::cli
