// SPDX-License-Identifier: GPL-3.0-or-later
#include "collectionrunner.h"

#include "apim/diagnosis.h"
#include "http/httpclient.h"
#include "model/requestresolver.h"
#include "runner/scriptengine.h"

#include <QDateTime>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace gatehouse {

namespace {

// Scripts see the whole body, also when the engine kept a big one in a file (pm.response.json()
// on a 50 MB answer must parse all of it, as in Postman).
QByteArray wholeBody(const HttpResponse &response)
{
    if (!response.bodyInFile())
        return response.body;
    QFile file(response.bodyFilePath);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : response.body;
}

QString scriptLabel(const QString &path, bool test)
{
    return path + (test ? u" [test]"_s : u" [pre-request]"_s);
}

// The URL with the enabled query parameters appended, as pm.request.url shows it.
QString urlWithParams(const Request &request)
{
    QString url = request.url;
    QStringList query;
    for (const KeyValue &p : request.params) {
        if (p.enabled && !p.name.isEmpty())
            query.append(p.name + u'=' + p.value);
    }
    if (!query.isEmpty())
        url += (url.contains(u'?') ? u'&' : u'?') + query.join(u'&');
    return url;
}

VariableList toVariables(const QJsonObject &row)
{
    VariableList out;
    for (auto it = row.begin(); it != row.end(); ++it) {
        const QJsonValue v = it.value();
        QString text;
        if (v.isString())
            text = v.toString();
        else if (v.isDouble())
            text = QString::number(v.toDouble(), 'g', 17);
        else if (v.isBool())
            text = v.toBool() ? u"true"_s : u"false"_s;
        else if (v.isArray())
            text = QString::fromUtf8(QJsonDocument(v.toArray()).toJson(QJsonDocument::Compact));
        else if (v.isObject())
            text = QString::fromUtf8(QJsonDocument(v.toObject()).toJson(QJsonDocument::Compact));
        out.append(Variable{it.key(), text});
    }
    return out;
}

// Depth-first: folders before requests, as Postman orders a collection.
void collect(const Folder &folder, QList<const Folder *> chain, const QString &prefix, QList<const Request *> &requests,
             QList<QList<const Folder *>> &chains, QStringList &paths)
{
    for (const Folder &sub : folder.folders) {
        QList<const Folder *> next = chain;
        next.append(&sub);
        collect(sub, next, prefix + sub.name + u'/', requests, chains, paths);
    }
    for (const Request &request : folder.requests) {
        requests.append(&request);
        chains.append(chain);
        paths.append(prefix + request.name);
    }
}

// A folder by path ("A/B") from the top, or else by name anywhere (first match, depth-first).
bool findFolder(const Folder &root, const QStringList &path, QList<const Folder *> &chain)
{
    const Folder *current = &root;
    QList<const Folder *> found;
    for (const QString &name : path) {
        const Folder *next = nullptr;
        for (const Folder &f : current->folders) {
            if (f.name == name) {
                next = &f;
                break;
            }
        }
        if (!next)
            return false;
        found.append(next);
        current = next;
    }
    chain = found;
    return true;
}

bool findFolderByName(const Folder &folder, const QString &name, QList<const Folder *> chain, QList<const Folder *> &result)
{
    for (const Folder &sub : folder.folders) {
        QList<const Folder *> next = chain;
        next.append(&sub);
        if (sub.name == name) {
            result = next;
            return true;
        }
        if (findFolderByName(sub, name, next, result))
            return true;
    }
    return false;
}

} // namespace

CollectionRunner::CollectionRunner(HttpClient *client, QObject *parent)
    : QObject(parent)
    , m_client(client)
{
}

CollectionRunner::~CollectionRunner()
{
    if (m_exchange) {
        // No callbacks into a runner that is going away.
        disconnect(m_exchange, nullptr, this, nullptr);
        m_exchange->cancel();
        m_exchange->deleteLater();
    }
}

QUrl CollectionRunner::rewriteHost(const QUrl &url, const QList<std::pair<QString, QString>> &rewrites)
{
    return gatehouse::rewriteHost(url, rewrites);
}

Expected<void> CollectionRunner::collectItems()
{
    m_items.clear();
    QList<const Request *> requests;
    QList<QList<const Folder *>> chains;
    QStringList paths;
    const Collection &collection = std::as_const(m_collection);
    if (m_options.folders.isEmpty()) {
        collect(collection, {}, {}, requests, chains, paths);
    } else {
        for (const QString &spec : std::as_const(m_options.folders)) {
            QList<const Folder *> chain;
            const QStringList parts = spec.split(u'/', Qt::SkipEmptyParts);
            if (!findFolder(collection, parts, chain) && !findFolderByName(collection, spec, {}, chain)) {
                return std::unexpected(Error{Error::Code::InvalidArgument,
                                             tr("The collection “%1” has no folder “%2”.").arg(collection.name, spec)});
            }
            QString prefix;
            for (const Folder *f : std::as_const(chain))
                prefix += f->name + u'/';
            collect(*chain.last(), chain, prefix, requests, chains, paths);
        }
    }
    for (qsizetype i = 0; i < requests.size(); ++i)
        m_items.append(Item{requests.at(i), chains.at(i), paths.at(i)});
    if (m_items.isEmpty())
        return std::unexpected(Error{Error::Code::InvalidArgument, tr("There are no requests to run in “%1”.").arg(collection.name)});
    return {};
}

Expected<void> CollectionRunner::start(RunOptions options)
{
    if (m_running)
        return std::unexpected(Error{Error::Code::InvalidArgument, tr("A run is already in progress.")});
    m_options = std::move(options);
    m_collection = m_options.collection;
    m_environment = m_options.environment;
    m_globals = m_options.globals;
    if (auto collected = collectItems(); !collected)
        return collected;

    m_iterations = m_options.iterations > 0 ? m_options.iterations : qMax(1, int(m_options.data.size()));
    m_iteration = 0;
    m_position = 0;
    m_jump.reset();
    m_report = RunReport{};
    m_report.collectionName = m_collection.name;
    m_report.environmentName = m_environment ? m_environment->name : QString();
    m_report.started = QDateTime::currentDateTimeUtc();
    m_startedMs = QDateTime::currentMSecsSinceEpoch();
    m_cancelled = false;
    m_running = true;

    m_engine = std::make_unique<ScriptEngine>();
    m_engine->setTimeout(m_options.scriptTimeout);
    m_engine->setCookieJar(m_client->cookieJar());
    m_localVariables.clear();
    m_engine->setVariables(ScriptEngine::Scope::Globals, m_globals);
    m_engine->setVariables(ScriptEngine::Scope::Collection, m_collection.variables);
    if (m_environment)
        m_engine->setVariables(ScriptEngine::Scope::Environment, m_environment->variables);

    QTimer::singleShot(0, this, &CollectionRunner::startIteration);
    return {};
}

void CollectionRunner::cancel()
{
    if (!m_running)
        return;
    m_cancelled = true;
    if (m_exchange)
        m_exchange->cancel(); // finishes the exchange, which ends the run
}

void CollectionRunner::startIteration()
{
    if (m_cancelled || m_iteration >= m_iterations) {
        finishRun();
        return;
    }
    const QJsonObject row = m_options.data.isEmpty() ? QJsonObject() : m_options.data.at(qMin(qsizetype(m_iteration), m_options.data.size() - 1));
    m_engine->setIterationData(row);
    m_position = 0;
    ++m_report.stats.iterations;
    Q_EMIT iterationStarted(m_iteration, m_iterations);
    runItem();
}

void CollectionRunner::syncVariables()
{
    m_localVariables = m_engine->variables(ScriptEngine::Scope::Local);
    m_globals = ScriptEngine::mergeVariables(m_globals, m_engine->variables(ScriptEngine::Scope::Globals));
    m_collection.variables = ScriptEngine::mergeVariables(m_collection.variables, m_engine->variables(ScriptEngine::Scope::Collection));
    if (m_environment) {
        m_environment->variables = ScriptEngine::mergeVariables(m_environment->variables, m_engine->variables(ScriptEngine::Scope::Environment));
    } else {
        // Scripts may set environment variables without an environment: keep them for this run.
        const VariableList env = m_engine->variables(ScriptEngine::Scope::Environment);
        if (!env.isEmpty()) {
            m_environment = Environment{};
            m_environment->variables = env;
        }
    }
}

void CollectionRunner::startScripts(bool test, const ScriptRequest &request, const ExchangeResult *exchange)
{
    const Item &item = m_items.at(m_position);
    m_scripts.clear();
    const auto add = [&](const Scripts &s, const QString &label) {
        const QString &source = test ? s.test : s.preRequest;
        if (!source.trimmed().isEmpty())
            m_scripts.append({source, scriptLabel(label, test)});
    };
    add(m_collection.scripts, m_collection.name);
    QString folderPath;
    for (const Folder *f : item.folders) {
        folderPath += (folderPath.isEmpty() ? QString() : u"/"_s) + f->name;
        add(f->scripts, folderPath);
    }
    add(item.request->scripts, item.path);

    m_testPhase = test;
    m_skip = false;
    m_scriptIndex = 0;
    m_outgoing.clear();
    m_scriptContext = ScriptContext{};
    m_scriptContext.eventName = test ? u"test"_s : u"prerequest"_s;
    m_scriptContext.iteration = m_iteration;
    m_scriptContext.iterationCount = m_iterations;
    m_scriptContext.environmentName = m_environment ? m_environment->name : QString();
    m_scriptContext.request = request;
    if (exchange && !exchange->response) {
        m_scriptContext.response = ScriptResponse{}; // no answer: status 0, no headers, no body
    } else if (exchange && exchange->response) {
        const HttpResponse &r = *exchange->response;
        ScriptResponse response;
        response.code = r.statusCode;
        response.status = QString::fromLatin1(r.reasonPhrase);
        response.headers = r.headers;
        response.body = wholeBody(r);
        response.responseTime = qMax<qint64>(0, exchange->timings.total());
        response.responseSize = r.bodySize();
        response.headerSize = r.headerBytes;
        m_scriptContext.response = response;
    }
    nextScript();
}

void CollectionRunner::nextScript()
{
    while (m_scriptIndex < m_scripts.size()) {
        const auto &[source, label] = m_scripts.at(m_scriptIndex++);
        const ScriptResult result = m_engine->run(source, label, m_scriptContext);
        if (m_testPhase) {
            ++m_report.stats.testScripts;
        } else {
            ++m_report.stats.prerequestScripts;
        }
        applyScriptResult(result);
        if (!m_outgoing.isEmpty()) {
            m_outgoingLabel = label;
            sendOutgoing();
            return; // continues when the pm.sendRequest answers are in
        }
    }
    scriptsDone();
}

void CollectionRunner::applyScriptResult(const ScriptResult &result)
{
    if (result.variablesChanged)
        syncVariables();
    m_scriptContext.request = result.request;
    m_current.assertions += result.assertions;
    m_current.console += result.console;
    if (result.error)
        (m_testPhase ? m_report.stats.failedTestScripts : m_report.stats.failedPrerequestScripts) += 1;
    if (result.nextRequestSet) {
        m_jump = m_items.size(); // null, or a name that is not in the run, ends the iteration, as in Postman
        if (result.nextRequest) {
            for (qsizetype i = 0; i < m_items.size(); ++i) {
                if (m_items.at(i).request->name == *result.nextRequest || m_items.at(i).request->id == *result.nextRequest) {
                    m_jump = i;
                    break;
                }
            }
        }
    }
    m_skip |= result.skipRequest;
    m_outgoing += result.outgoing;
}

void CollectionRunner::sendOutgoing()
{
    if (m_outgoing.isEmpty()) {
        nextScript();
        return;
    }
    const OutgoingRequest out = m_outgoing.takeFirst();
    HttpRequest http;
    http.method = out.method.toLatin1();
    QString url = out.url;
    if (!url.contains(u"://"_s))
        url.prepend(u"http://"_s);
    http.url = QUrl(url, QUrl::TolerantMode);
    http.hostRewrites = m_options.hostRewrites;
    for (const auto &[name, value] : out.headers)
        http.headers.append({name.toUtf8(), value.toUtf8()});
    if (out.body)
        http.body = out.body->toUtf8();
    if (m_options.requestTimeout.count() > 0)
        http.timeout = m_options.requestTimeout;
    if (m_options.insecure)
        http.tls.verifyPeer = false;
    const int id = out.id;
    if (!http.url.isValid() || http.url.host().isEmpty()) {
        const ScriptResult result = m_engine->deliver(id, std::nullopt, tr("“%1” is not a valid URL.").arg(out.url), m_outgoingLabel, m_scriptContext.request);
        applyScriptResult(result);
        QTimer::singleShot(0, this, &CollectionRunner::sendOutgoing);
        return;
    }
    m_exchange = m_client->send(http);
    connect(m_exchange, &Exchange::finished, this, [this, id, exchange = m_exchange](const ExchangeResult &result) {
        if (exchange)
            exchange->deleteLater();
        m_exchange.clear();
        if (m_cancelled) {
            finishItem();
            return;
        }
        std::optional<ScriptResponse> response;
        if (result.response) {
            ScriptResponse r;
            r.code = result.response->statusCode;
            r.status = QString::fromLatin1(result.response->reasonPhrase);
            r.headers = result.response->headers;
            r.body = wholeBody(*result.response);
            r.responseTime = qMax<qint64>(0, result.timings.total());
            r.responseSize = result.response->bodySize();
            r.headerSize = result.response->headerBytes;
            response = r;
        }
        const QString error = result.error ? result.error->message : QString();
        applyScriptResult(m_engine->deliver(id, response, error, m_outgoingLabel, m_scriptContext.request));
        sendOutgoing();
    });
}

void CollectionRunner::scriptsDone()
{
    if (m_testPhase) {
        finishItem();
        return;
    }
    if (m_skip) {
        m_current.skipped = true;
        m_current.method = m_scriptContext.request.method;
        m_current.url = m_scriptContext.request.url;
        finishItem();
        return;
    }
    sendItem(m_scriptContext.request);
}

void CollectionRunner::runItem()
{
    if (m_cancelled) {
        finishRun();
        return;
    }
    if (m_position >= m_items.size()) {
        ++m_iteration;
        QTimer::singleShot(0, this, &CollectionRunner::startIteration);
        return;
    }
    const Item &item = m_items.at(m_position);
    m_current = RequestRun{};
    m_current.iteration = m_iteration;
    m_current.index = int(m_report.requests.size());
    m_current.requestId = item.request->id;
    m_current.name = item.request->name;
    m_current.path = item.path;
    m_jump.reset();
    Q_EMIT requestStarted(m_current.index, m_current.name, m_iteration);

    // Folder variables are visible to pm.variables; the innermost folder wins.
    VariableList folderVariables;
    for (const Folder *f : item.folders)
        folderVariables += f->variables;
    m_engine->setVariables(ScriptEngine::Scope::Folders, folderVariables);

    ScriptRequest scriptRequest;
    scriptRequest.id = item.request->id;
    scriptRequest.name = item.request->name;
    scriptRequest.method = item.request->method;
    scriptRequest.url = urlWithParams(*item.request);
    scriptRequest.headers = item.request->headers;
    const Body &body = item.request->body;
    switch (body.kind) {
    case Body::Kind::Raw:
        scriptRequest.rawBody = body.raw;
        break;
    case Body::Kind::FormUrlEncoded:
        scriptRequest.bodyMode = u"urlencoded"_s;
        scriptRequest.formFields = body.form;
        break;
    case Body::Kind::Multipart:
        scriptRequest.bodyMode = u"formdata"_s;
        for (const FormDataPart &part : body.parts)
            scriptRequest.formFields.append({part.name, part.value, part.enabled, {}});
        break;
    case Body::Kind::Binary:
        scriptRequest.bodyMode = u"file"_s;
        break;
    case Body::Kind::GraphQL:
        scriptRequest.bodyMode = u"graphql"_s;
        break;
    case Body::Kind::None:
        break;
    }

    startScripts(false, scriptRequest, nullptr);
}

void CollectionRunner::sendItem(const ScriptRequest &scriptRequest)
{
    m_sentBodyMode = scriptRequest.bodyMode == u"urlencoded"_s || scriptRequest.bodyMode == u"formdata"_s ? scriptRequest.bodyMode : QString();
    m_sentFormFields = scriptRequest.formFields;
    const Item &item = m_items.at(m_position);
    Request request = *item.request;
    request.method = scriptRequest.method;
    if (scriptRequest.url != urlWithParams(*item.request)) {
        request.url = scriptRequest.url;
        request.params.clear();
    }
    request.headers = scriptRequest.headers;
    if (scriptRequest.rawBody && request.body.kind == Body::Kind::Raw)
        request.body.raw = *scriptRequest.rawBody;

    ResolveContext context;
    context.collection = &m_collection;
    context.folders = item.folders;
    context.environment = m_environment ? &*m_environment : nullptr;
    context.globals = m_globals;
    context.data = m_options.data.isEmpty() ? VariableList() : toVariables(m_options.data.at(qMin(qsizetype(m_iteration), m_options.data.size() - 1)));
    context.local = m_localVariables;
    context.baseDirectory = m_options.baseDirectory;

    m_current.method = request.method;
    auto resolved = resolveRequest(request, context);
    if (!resolved) {
        // Not sent (an invalid URL, a missing file …): the request fails, and its test scripts
        // run on an empty response, as after a transport error.
        m_current.url = request.url;
        ExchangeResult failed;
        failed.error = resolved.error();
        onExchangeFinished(failed);
        return;
    }
    HttpRequest http = resolved->request;
    http.hostRewrites = m_options.hostRewrites;
    m_sentUrl = http.url;
    m_sentWrittenUrl = resolved->writtenUrl;
    if (m_options.requestTimeout.count() > 0)
        http.timeout = m_options.requestTimeout;
    if (m_options.insecure)
        http.tls.verifyPeer = false;
    if (m_options.apimProfile)
        (void)injectSubscriptionKey(http, *m_options.apimProfile);
    m_current.method = QString::fromLatin1(http.method);
    m_current.url = m_sentWrittenUrl.isEmpty() ? http.url.toString() : m_sentWrittenUrl;

    m_exchange = m_client->send(http);
    connect(m_exchange, &Exchange::finished, this, [this, exchange = m_exchange](const ExchangeResult &result) {
        if (exchange)
            exchange->deleteLater();
        onExchangeFinished(result);
    });
}

void CollectionRunner::onExchangeFinished(const ExchangeResult &result)
{
    m_exchange.clear();
    if (!result.request.url.isEmpty())
        m_current.url = result.request.url == m_sentUrl && !m_sentWrittenUrl.isEmpty() ? m_sentWrittenUrl : result.request.url.toString();
    if (result.error) {
        m_current.error = result.error;
    }
    if (result.response) {
        m_current.status = result.response->statusCode;
        m_current.statusText = QString::fromLatin1(result.response->reasonPhrase);
        m_current.responseTime = qMax<qint64>(0, result.timings.total());
        m_current.responseSize = result.response->bodySize();
    }
    // A request that failed outright (no answer) still runs its test scripts, as newman does:
    // they see an empty response (no status, headers or body), so their checks fail there too.
    if ((result.response || result.error) && !m_cancelled) {
        ScriptRequest sent;
        sent.id = m_current.requestId;
        sent.name = m_current.name;
        sent.method = result.request.method.isEmpty() ? m_scriptContext.request.method : QString::fromLatin1(result.request.method);
        // As written (Postman shows "?a&&b" so), unless a redirect led elsewhere.
        if (result.request.url.isEmpty())
            sent.url = m_current.url;
        else
            sent.url = result.request.url == m_sentUrl && !m_sentWrittenUrl.isEmpty() ? m_sentWrittenUrl : result.request.url.toString();
        // Qt adds Host itself; scripts (and Postman users) expect to see it.
        if (!hasHeader(result.request.headers, "host")) {
            const QUrl &url = result.request.url;
            sent.headers.append({u"Host"_s, url.host() + (url.port() > 0 ? u':' + QString::number(url.port()) : QString()), true, {}});
        }
        for (const auto &[name, value] : result.request.headers)
            sent.headers.append({QString::fromLatin1(name), QString::fromUtf8(value), true, {}});
        sent.rawBody = QString::fromUtf8(result.request.body);
        if (!m_sentBodyMode.isEmpty()) {
            // Form bodies stay fields for scripts (legacy request.data, pm.request.body.formdata).
            sent.rawBody.reset();
            sent.bodyMode = m_sentBodyMode;
            sent.formFields = m_sentFormFields;
        }
        if (result.response && result.response->statusCode >= 400) {
            DiagnosisInput input;
            input.result = result;
            input.profile = m_options.apimProfile;
            m_current.findings = diagnose(input);
        }
        startScripts(true, sent, &result); // finishes the item when the scripts are done
        return;
    }
    finishItem();
}

void CollectionRunner::finishItem()
{
    RunStats &stats = m_report.stats;
    if (!m_current.skipped)
        ++stats.requests;
    if (m_current.error)
        ++stats.failedRequests;
    if (m_current.responseTime >= 0) {
        ++stats.responses;
        stats.totalResponseTime += m_current.responseTime;
    }
    for (const Assertion &a : std::as_const(m_current.assertions)) {
        if (a.scriptError)
            continue;
        if (a.skipped) {
            ++stats.skippedAssertions;
            continue;
        }
        ++stats.assertions;
        stats.failedAssertions += a.passed ? 0 : 1;
    }
    m_report.requests.append(m_current);
    Q_EMIT requestFinished(m_report.requests.constLast());

    if (m_options.bail && m_current.failed()) {
        m_report.stoppedByBail = true;
        finishRun();
        return;
    }
    m_position = m_jump ? *m_jump : m_position + 1;
    m_jump.reset();
    if (m_options.delay.count() > 0)
        QTimer::singleShot(m_options.delay, this, &CollectionRunner::runItem);
    else
        QTimer::singleShot(0, this, &CollectionRunner::runItem);
}

void CollectionRunner::finishRun()
{
    if (!m_running)
        return;
    m_running = false;
    m_report.cancelled = m_cancelled;
    m_report.durationMs = QDateTime::currentMSecsSinceEpoch() - m_startedMs;
    Q_EMIT finished(m_report);
}

} // namespace gatehouse
