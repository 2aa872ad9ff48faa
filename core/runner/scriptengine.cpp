// SPDX-License-Identifier: GPL-3.0-or-later
#include "scriptengine.h"

#include "lazyjson.h"
#include "model/variables.h"

#include <QCryptographicHash>
#include <QFile>
#include <QJSEngine>
#include <QJSValueIterator>
#include <QJsonArray>
#include <QMessageAuthenticationCode>
#include <QNetworkCookie>
#include <QNetworkCookieJar>
#include <QPointer>
#include <QUuid>
#include <QVariantMap>
#include <QXmlStreamReader>

#include <algorithm>
#include <condition_variable>
#include <limits>
#include <mutex>
#include <thread>

using namespace Qt::StringLiterals;

// The sandbox's bytecode comes from a static library (core/runner/CMakeLists.txt): referencing its
// cache loader keeps the linker from leaving it out. Q_INIT_RESOURCE must not be used in a namespace.
static void initSandboxBytecode()
{
    Q_INIT_RESOURCE(qmlcache_gatehouse_sandbox);
}

namespace gatehouse {

namespace {

const QString scriptFileName = u"script"_s;

// QJSEngine reports the file as a URL ("file:script").
bool isScriptFile(const QString &name)
{
    return name == scriptFileName || name == u"file:"_s + scriptFileName;
}

std::optional<QCryptographicHash::Algorithm> algorithmFor(const QString &name)
{
    if (name == u"MD5"_s)
        return QCryptographicHash::Md5;
    if (name == u"SHA1"_s)
        return QCryptographicHash::Sha1;
    if (name == u"SHA224"_s)
        return QCryptographicHash::Sha224;
    if (name == u"SHA256"_s)
        return QCryptographicHash::Sha256;
    if (name == u"SHA384"_s)
        return QCryptographicHash::Sha384;
    if (name == u"SHA512"_s)
        return QCryptographicHash::Sha512;
    return std::nullopt;
}

// Interrupts a script that runs past its deadline. QJSEngine::setInterrupted is the one engine
// call that is safe from another thread. arm() and disarm() run around every script, thousands of
// times a second in a run: they only take an uncontended lock and never wake the thread, which
// checks the deadline a few times per timeout instead (a script is stopped at most a quarter of
// the timeout late).
class Watchdog
{
public:
    explicit Watchdog(QJSEngine *engine)
        : m_engine(engine)
        , m_thread([this] { loop(); })
    {
    }
    ~Watchdog()
    {
        {
            const std::lock_guard lock(m_mutex);
            m_quit = true;
        }
        m_wake.notify_all();
        m_thread.join();
    }
    Watchdog(const Watchdog &) = delete;
    Watchdog &operator=(const Watchdog &) = delete;

    void arm(std::chrono::milliseconds timeout)
    {
        const std::lock_guard lock(m_mutex);
        m_deadline = std::chrono::steady_clock::now() + timeout;
        m_period = std::clamp(timeout / 4, std::chrono::milliseconds(5), std::chrono::milliseconds(250));
        m_armed = true;
    }
    // After disarm() returns the thread interrupts nothing more: it checks and interrupts under
    // the same lock.
    void disarm()
    {
        const std::lock_guard lock(m_mutex);
        m_armed = false;
    }

private:
    void loop()
    {
        std::unique_lock lock(m_mutex);
        while (!m_quit) {
            m_wake.wait_for(lock, m_period, [this] { return m_quit; });
            if (m_armed && std::chrono::steady_clock::now() >= m_deadline) {
                m_engine->setInterrupted(true);
                m_armed = false;
            }
        }
    }

    QJSEngine *m_engine;
    std::mutex m_mutex;
    std::condition_variable m_wake; // for quitting only
    std::chrono::steady_clock::time_point m_deadline;
    std::chrono::milliseconds m_period{250};
    bool m_armed = false;
    bool m_quit = false;
    std::thread m_thread; // last: starts after the members it uses exist
};

} // namespace

// Hashing, HMAC and encodings for the sandbox, done natively: CryptoJS in JavaScript would be
// slow and large. Byte strings travel as lower-case hex.
class SandboxNative : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;

    Q_INVOKABLE QString hash(const QString &algorithm, const QString &hex) const
    {
        const auto algo = algorithmFor(algorithm);
        if (!algo)
            return {};
        return QString::fromLatin1(QCryptographicHash::hash(QByteArray::fromHex(hex.toLatin1()), *algo).toHex());
    }
    Q_INVOKABLE QString hmac(const QString &algorithm, const QString &messageHex, const QString &keyHex) const
    {
        const auto algo = algorithmFor(algorithm);
        if (!algo)
            return {};
        return QString::fromLatin1(
            QMessageAuthenticationCode::hash(QByteArray::fromHex(messageHex.toLatin1()), QByteArray::fromHex(keyHex.toLatin1()), *algo).toHex());
    }
    Q_INVOKABLE QString utf8ToHex(const QString &text) const { return QString::fromLatin1(text.toUtf8().toHex()); }
    Q_INVOKABLE QString hexToUtf8(const QString &hex) const { return QString::fromUtf8(QByteArray::fromHex(hex.toLatin1())); }
    Q_INVOKABLE QString latin1ToHex(const QString &text) const { return QString::fromLatin1(text.toLatin1().toHex()); }
    Q_INVOKABLE QString hexToLatin1(const QString &hex) const { return QString::fromLatin1(QByteArray::fromHex(hex.toLatin1())); }
    Q_INVOKABLE QString hexToBase64(const QString &hex) const
    {
        return QString::fromLatin1(QByteArray::fromHex(hex.toLatin1()).toBase64());
    }
    Q_INVOKABLE QString base64ToHex(const QString &base64) const
    {
        return QString::fromLatin1(QByteArray::fromBase64(base64.toLatin1()).toHex());
    }
    Q_INVOKABLE QString btoa(const QString &text) const { return QString::fromLatin1(text.toLatin1().toBase64()); }
    Q_INVOKABLE QString atob(const QString &base64) const { return QString::fromLatin1(QByteArray::fromBase64(base64.toLatin1())); }
    Q_INVOKABLE QString uuid() const { return QUuid::createUuid().toString(QUuid::WithoutBraces); }
    Q_INVOKABLE QVariant dynamic(const QString &name) const
    {
        const auto value = dynamicVariable(name);
        return value ? QVariant(*value) : QVariant();
    }

    // pm.cookies and pm.cookies.jar(): the run's cookie jar, if it has one.
    Q_INVOKABLE QVariantList cookiesFor(const QString &url) const
    {
        QVariantList out;
        if (!jar)
            return out;
        for (const QNetworkCookie &c : jar->cookiesForUrl(QUrl(url)))
            out.append(cookieToMap(c));
        return out;
    }
    Q_INVOKABLE bool setCookie(const QString &url, const QString &name, const QString &value, const QString &path, const QString &domain, bool secure,
                               bool httpOnly) const
    {
        if (!jar || name.isEmpty())
            return false;
        QNetworkCookie cookie(name.toUtf8(), value.toUtf8());
        cookie.setPath(path.isEmpty() ? u"/"_s : path);
        if (!domain.isEmpty())
            cookie.setDomain(domain);
        cookie.setSecure(secure);
        cookie.setHttpOnly(httpOnly);
        return jar->setCookiesFromUrl({cookie}, QUrl(url));
    }
    Q_INVOKABLE void unsetCookie(const QString &url, const QString &name) const
    {
        if (!jar)
            return;
        for (const QNetworkCookie &c : jar->cookiesForUrl(QUrl(url))) {
            if (QString::fromUtf8(c.name()) == name)
                jar->deleteCookie(c);
        }
    }
    Q_INVOKABLE void clearCookies(const QString &url) const
    {
        if (!jar)
            return;
        for (const QNetworkCookie &c : jar->cookiesForUrl(QUrl(url)))
            jar->deleteCookie(c);
    }

    Q_INVOKABLE QJSValue xml2Json(const QString &xml) const;

    // Response bodies, by the id pm.response carries: they stay bytes until a script reads them.
    Q_INVOKABLE QString bodyText(int id) const { return QString::fromUtf8(bodies.value(id)); }
    // pm.response.json() on a big body: the root of a lazy view ({begin, end, kind}), or undefined
    // when the body is small, not JSON as JSON.parse reads it, or a scalar (JSON.parse decides).
    Q_INVOKABLE QJSValue jsonRoot(int id) const;
    // The members of the big container at byte `begin`: {keys (objects), ranges (ArrayBuffer of
    // int32 triples: begin, end, kind)}.
    Q_INVOKABLE QJSValue jsonMembers(int id, int begin) const;
    Q_INVOKABLE QString jsonSlice(int id, int begin, int end) const
    {
        const QByteArray &body = bodies.value(id);
        if (begin < 0 || end < begin || end > body.size()) // scripts can reach __native too
            return {};
        return QString::fromUtf8(QByteArrayView(body).sliced(begin, end - begin));
    }

    // require() of a library that comes from a Debian package (libjs-*) instead of the
    // repository: evaluated once per engine as CommonJS; a missing file throws an error that
    // names the package.
    Q_INVOKABLE QJSValue systemModule(const QString &name) const;

    // pm.request's data, built when a script first reads pm.request (most test scripts never do).
    Q_INVOKABLE QJsonObject currentRequest() const;
    ScriptRequest request; // the request of the script that runs (or whose callback runs)

    int addBody(const QByteArray &body)
    {
        bodies.insert(++lastBodyId, body);
        return lastBodyId;
    }

    static QVariantMap cookieToMap(const QNetworkCookie &c)
    {
        return QVariantMap{{u"name"_s, QString::fromUtf8(c.name())},
                           {u"value"_s, QString::fromUtf8(c.value())},
                           {u"domain"_s, c.domain()},
                           {u"path"_s, c.path()},
                           {u"expires"_s, c.isSessionCookie() ? QVariant() : QVariant(c.expirationDate().toUTC().toString(Qt::ISODateWithMs))},
                           {u"secure"_s, c.isSecure()},
                           {u"httpOnly"_s, c.isHttpOnly()},
                           {u"hostOnly"_s, !c.domain().startsWith(u'.')}};
    }

    QPointer<QNetworkCookieJar> jar;
    QHash<int, QByteArray> bodies;
    int lastBodyId = 0;
    QString systemModuleRoot = u"/usr/share/javascript"_s;
    qsizetype lazyJsonThreshold = 1 << 20;
};

QJSValue SandboxNative::jsonRoot(int id) const
{
    QJSEngine *engine = qjsEngine(this);
    const QByteArray &body = bodies.value(id);
    if (!engine || body.size() < lazyJsonThreshold || body.size() >= std::numeric_limits<qint32>::max() || !lazyjson::isValid(body))
        return {};
    qsizetype begin = 0;
    qsizetype end = body.size();
    const auto space = [](char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; };
    while (begin < end && space(body.at(begin)))
        ++begin;
    while (end > begin && space(body.at(end - 1)))
        --end;
    const lazyjson::Kind kind = lazyjson::kindOf(body, begin, end, lazyJsonThreshold);
    if (kind == lazyjson::Kind::Small)
        return {};
    QJSValue root = engine->newObject();
    root.setProperty(u"begin"_s, int(begin));
    root.setProperty(u"end"_s, int(end));
    root.setProperty(u"kind"_s, int(kind));
    return root;
}

QJSValue SandboxNative::systemModule(const QString &name) const
{
    QJSEngine *engine = qjsEngine(this);
    if (!engine)
        return {};
    struct Module {
        QString name;
        QString file; // below systemModuleRoot
        QString package;
    };
    static const Module modules[] = {{u"moment"_s, u"moment/moment.js"_s, u"libjs-moment"_s}};
    const auto it = std::ranges::find(modules, name, &Module::name);
    if (it == std::end(modules)) {
        engine->throwError(QJSValue::ReferenceError, ScriptEngine::tr("Cannot find module '%1'").arg(name));
        return {};
    }
    const QString path = systemModuleRoot + u'/' + it->file;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        engine->throwError(ScriptEngine::tr("require('%1'): %2 is missing; install the Debian package %3.").arg(name, path, it->package));
        return {};
    }
    const QJSValue factory = engine->evaluate(u"(function (module, exports) {"_s + QString::fromUtf8(file.readAll()) + u"\n})"_s, path);
    if (!factory.isCallable()) {
        engine->throwError(ScriptEngine::tr("require('%1'): %2 could not be loaded: %3").arg(name, path, factory.toString()));
        return {};
    }
    QJSValue module = engine->newObject();
    module.setProperty(u"exports"_s, engine->newObject());
    const QJSValue result = factory.call({module, module.property(u"exports"_s)});
    if (result.isError()) {
        engine->throwError(ScriptEngine::tr("require('%1'): %2 could not be loaded: %3").arg(name, path, result.toString()));
        return {};
    }
    return module.property(u"exports"_s);
}

QJSValue SandboxNative::jsonMembers(int id, int begin) const
{
    QJSEngine *engine = qjsEngine(this);
    if (!engine)
        return {};
    const QByteArray &body = bodies.value(id);
    if (begin < 0 || begin >= body.size() || (body.at(begin) != '{' && body.at(begin) != '['))
        return {};
    const lazyjson::Members members = lazyjson::members(body, begin, lazyJsonThreshold);
    QJSValue out = engine->newObject();
    out.setProperty(u"keys"_s, engine->toScriptValue(members.keys));
    out.setProperty(u"ranges"_s,
                    engine->toScriptValue(QByteArray(reinterpret_cast<const char *>(members.ranges.constData()), members.ranges.size() * sizeof(qint32))));
    return out;
}

// xml2js (which Postman's xml2Json uses) with explicitArray: false, trim: true: an element is
// its trimmed text when it has nothing else, '' when empty, else an object with the attributes
// under "$", the text under "_" and the children by name (an array when a name repeats). The
// root element's name wraps the result. Malformed XML gives undefined, as in Postman.
QJSValue SandboxNative::xml2Json(const QString &xml) const
{
    QJSEngine *engine = qjsEngine(this);
    if (!engine)
        return {};
    if (xml.trimmed().isEmpty())
        return QJSValue(QJSValue::NullValue);
    struct Node {
        QString name;
        QJSValue object;
        QString text;
        bool cdata = false;
    };
    QList<Node> stack;
    QJSValue result;
    bool done = false;
    QXmlStreamReader reader(xml);
    // As xml2js: names stay as written ("soap:Body"), xmlns declarations are attributes.
    reader.setNamespaceProcessing(false);
    while (!reader.atEnd()) {
        switch (reader.readNext()) {
        case QXmlStreamReader::StartElement: {
            Node node;
            node.name = reader.qualifiedName().toString();
            node.object = engine->newObject();
            node.object.setProperty(u"_"_s, QString()); // xml2js creates the text key first
            const QXmlStreamAttributes attributes = reader.attributes();
            QJSValue attrs = engine->newObject();
            for (const QXmlStreamAttribute &a : attributes)
                attrs.setProperty(a.qualifiedName().toString(), a.value().toString());
            if (!attributes.isEmpty())
                node.object.setProperty(u"$"_s, attrs);
            stack.append(node);
            break;
        }
        case QXmlStreamReader::Characters:
            if (!stack.isEmpty()) {
                stack.last().text += reader.text();
                stack.last().cdata |= reader.isCDATA();
            }
            break;
        case QXmlStreamReader::EndElement: {
            Node node = stack.takeLast();
            QJSValue value = node.object;
            QString emptyText;
            if (node.text.trimmed().isEmpty() && !node.cdata) {
                emptyText = node.text;
                value.deleteProperty(u"_"_s);
            } else {
                value.setProperty(u"_"_s, node.text.trimmed());
            }
            QJSValueIterator it(value);
            int keys = 0;
            bool onlyText = false;
            while (it.hasNext()) {
                it.next();
                ++keys;
                onlyText = it.name() == u"_"_s;
            }
            if (keys == 1 && onlyText)
                value = value.property(u"_"_s);
            else if (keys == 0)
                value = QJSValue(emptyText);
            if (stack.isEmpty()) {
                result = engine->newObject();
                result.setProperty(node.name, value);
                done = true;
                break;
            }
            QJSValue &parent = stack.last().object;
            if (!parent.hasOwnProperty(node.name)) {
                parent.setProperty(node.name, value);
            } else {
                QJSValue existing = parent.property(node.name);
                if (!existing.isArray()) {
                    QJSValue array = engine->newArray();
                    array.setProperty(0, existing);
                    existing = array;
                    parent.setProperty(node.name, array);
                }
                existing.setProperty(existing.property(u"length"_s).toUInt(), value);
            }
            break;
        }
        default:
            break;
        }
        if (done)
            break;
    }
    if (reader.hasError() || !done)
        return {};
    return result;
}

class ScriptEngine::Private
{
public:
    Private()
        : native(new SandboxNative)
        , watchdog(&engine)
    {
        engine.globalObject().setProperty(u"__native"_s, engine.newQObject(native));
        // Bytecode compiled at build time (see core/runner/CMakeLists.txt).
        initSandboxBytecode();
        const QJSValue result = engine.importModule(u":/qt/qml/Gatehouse/Sandbox/sandbox.mjs"_s);
        gh = engine.globalObject().property(u"__gh"_s);
        if (result.isError() || !gh.isObject())
            qWarning("gatehouse: the script sandbox failed to load: %s", qPrintable(result.toString()));
        begin = gh.property(u"begin"_s);
        end = gh.property(u"end"_s);
        invoke = gh.property(u"invoke"_s);
        setScope = gh.property(u"setScope"_s);
    }

    static QString scopeKey(Scope scope)
    {
        switch (scope) {
        case Scope::Globals:
            return u"globals"_s;
        case Scope::Environment:
            return u"environment"_s;
        case Scope::Collection:
            return u"collectionVariables"_s;
        case Scope::Local:
            return u"_variables"_s;
        case Scope::IterationData:
            return u"iterationData"_s;
        case Scope::Folders:
            return u"folders"_s;
        }
        return {};
    }

    // The id of a response body for scripts. The scripts of one request share it; a new response
    // drops the bodies of the ones before (and of their pm.sendRequest answers).
    int bodyIdFor(const QByteArray &body)
    {
        if (currentBodyId == 0 || body.constData() != currentBody.constData() || body.size() != currentBody.size()) {
            native->bodies.clear();
            currentBody = body;
            currentBodyId = native->addBody(body);
        }
        return currentBodyId;
    }

    QJSEngine engine;
    SandboxNative *native; // owned by the engine (JavaScript ownership)
    QByteArray currentBody;
    int currentBodyId = 0;
    QJSValue gh;
    QJSValue begin;
    QJSValue end;
    QJSValue invoke;
    QJSValue setScope;
    // Each script's source compiled once into a function: a run calls the same few scripts
    // thousands of times, and compiling costs more than running them.
    QHash<QString, QJSValue> compiled;
    std::chrono::milliseconds timeout{5000};
    Watchdog watchdog; // after engine: stops before the engine goes
};

ScriptEngine::ScriptEngine()
    : d(std::make_unique<Private>())
{
}

ScriptEngine::~ScriptEngine() = default;

void ScriptEngine::setCookieJar(QNetworkCookieJar *jar)
{
    d->native->jar = jar;
}

void ScriptEngine::setVariables(Scope scope, const VariableList &variables)
{
    QJSValue pairs = d->engine.newArray();
    quint32 i = 0;
    for (const Variable &v : variables) {
        if (!v.enabled)
            continue;
        QJSValue pair = d->engine.newArray(2);
        pair.setProperty(0, v.name);
        pair.setProperty(1, v.value);
        pairs.setProperty(i++, pair);
    }
    d->setScope.call({Private::scopeKey(scope), pairs});
}

void ScriptEngine::setIterationData(const QJsonObject &row)
{
    QJSValue pairs = d->engine.newArray();
    quint32 i = 0;
    for (auto it = row.begin(); it != row.end(); ++it) {
        QJSValue pair = d->engine.newArray(2);
        pair.setProperty(0, it.key());
        pair.setProperty(1, d->engine.toScriptValue(it.value().toVariant()));
        pairs.setProperty(i++, pair);
    }
    d->setScope.call({Private::scopeKey(Scope::IterationData), pairs});
}

VariableList ScriptEngine::variables(Scope scope) const
{
    VariableList out;
    const QVariantList pairs = d->gh.property(u"getScope"_s).call({Private::scopeKey(scope)}).toVariant().toList();
    for (const QVariant &p : pairs) {
        const QVariantList pair = p.toList();
        if (pair.size() == 2)
            out.append(Variable{pair.at(0).toString(), pair.at(1).toString()});
    }
    return out;
}

void ScriptEngine::setLazyJsonThreshold(qsizetype bytes)
{
    d->native->lazyJsonThreshold = std::max<qsizetype>(bytes, 2);
}

void ScriptEngine::setSystemModuleRoot(const QString &directory)
{
    d->native->systemModuleRoot = directory;
}

void ScriptEngine::setTimeout(std::chrono::milliseconds timeout)
{
    d->timeout = timeout;
}

std::chrono::milliseconds ScriptEngine::timeout() const
{
    return d->timeout;
}

VariableList ScriptEngine::mergeVariables(const VariableList &original, const VariableList &current)
{
    QHash<QString, QString> values;
    for (const Variable &v : current)
        values.insert(v.name, v.value);
    VariableList out;
    QSet<QString> seen;
    for (const Variable &v : original) {
        if (!v.enabled) {
            out.append(v);
            continue;
        }
        const auto it = values.constFind(v.name);
        if (it == values.constEnd())
            continue; // unset by a script
        Variable updated = v;
        updated.value = *it;
        out.append(updated);
        seen.insert(v.name);
    }
    for (const Variable &v : current) {
        if (!seen.contains(v.name)) {
            out.append(v);
            seen.insert(v.name);
        }
    }
    return out;
}

namespace {

QJsonObject requestToJson(const ScriptRequest &request)
{
    QJsonArray headers;
    for (const KeyValue &h : request.headers)
        headers.append(QJsonObject{{u"key"_s, h.name}, {u"value"_s, h.value}, {u"disabled"_s, !h.enabled}});
    QJsonObject o{{u"id"_s, request.id},
                  {u"name"_s, request.name},
                  {u"method"_s, request.method},
                  {u"url"_s, request.url},
                  {u"headers"_s, headers}};
    QJsonObject body;
    if (!request.bodyMode.isEmpty())
        body.insert(u"mode"_s, request.bodyMode);
    if (request.rawBody) {
        body.insert(u"mode"_s, u"raw"_s);
        body.insert(u"raw"_s, *request.rawBody);
    }
    if (request.bodyMode == u"urlencoded"_s || request.bodyMode == u"formdata"_s) {
        QJsonArray fields;
        for (const KeyValue &f : request.formFields)
            fields.append(QJsonObject{{u"key"_s, f.name}, {u"value"_s, f.value}, {u"disabled"_s, !f.enabled}});
        body.insert(request.bodyMode, fields);
    }
    o.insert(u"body"_s, body);
    return o;
}

// Header names and values as one flat array [name0, value0, name1, value1, ...]: cheaper to
// hand to the engine than an array of objects, which the sandbox builds when a script needs it.
QJSValue flatHeaders(QJSEngine &engine, const HeaderList &headers)
{
    QJSValue flat = engine.newArray(quint32(headers.size() * 2));
    quint32 i = 0;
    for (const auto &[name, value] : headers) {
        flat.setProperty(i++, QString::fromLatin1(name));
        flat.setProperty(i++, QString::fromUtf8(value));
    }
    return flat;
}

QJsonObject responseToJson(const ScriptResponse &response, int bodyId)
{
    QJsonArray headers;
    for (const auto &[name, value] : response.headers)
        headers.append(QJsonObject{{u"key"_s, QString::fromLatin1(name)}, {u"value"_s, QString::fromUtf8(value)}});
    return QJsonObject{{u"code"_s, response.code},
                       {u"status"_s, response.status},
                       {u"headers"_s, headers},
                       {u"bodyId"_s, bodyId},
                       {u"responseTime"_s, double(response.responseTime)},
                       {u"responseSize"_s, double(response.responseSize)},
                       {u"headerSize"_s, double(response.headerSize)}};
}

} // namespace

QJsonObject SandboxNative::currentRequest() const
{
    return requestToJson(request);
}

ScriptResult ScriptEngine::run(const QString &source, const QString &scriptName, const ScriptContext &context)
{
    // Only what every script needs crosses into the engine here, as plain values; pm.request is
    // built from d->native->request when a script reads it.
    d->native->request = context.request;
    QJSValueList args{context.eventName, context.iteration, context.iterationCount, context.environmentName, context.request.name, context.request.id};
    if (context.response) {
        const ScriptResponse &r = *context.response;
        // Status 0: the request got no answer; pm.response.code and responseCode.code are then
        // undefined, as in newman.
        const QJSValue none(QJSValue::UndefinedValue);
        args << (r.code == 0 ? none : QJSValue(r.code)) << (r.code == 0 ? none : QJSValue(r.status)) << flatHeaders(d->engine, r.headers) << d->bodyIdFor(r.body) << double(r.responseTime) << double(r.responseSize)
             << double(r.headerSize);
    }
    d->begin.call(args);

    auto function = d->compiled.constFind(source);
    if (function == d->compiled.cend()) {
        // The wrapper shares the first line with the script, so line numbers stay the script's
        // own; the function scope keeps one script's declarations out of the next.
        QStringList trace;
        const QJSValue compiled = d->engine.evaluate(u"(function () {"_s + source + u"\n})"_s, scriptFileName, 1, &trace);
        if (!compiled.isCallable()) // a syntax error
            return collect(compiled, trace, false, scriptName, context.request);
        function = d->compiled.insert(source, compiled);
    }
    // __gh.invoke calls the script and hands back what it threw ({thrown, stack}) or undefined.
    d->watchdog.arm(d->timeout);
    const QJSValue outcome = d->invoke.call({*function});
    d->watchdog.disarm();
    const bool interrupted = d->engine.isInterrupted();
    d->engine.setInterrupted(false);
    if (outcome.isObject() && !outcome.isError()) {
        const QString stack = outcome.property(u"stack"_s).toString();
        QStringList trace;
        // "function@file:line" per frame, innermost first; collect() wants "function:line:column:file".
        for (const QString &frame : stack.split(u'\n', Qt::SkipEmptyParts)) {
            const qsizetype at = frame.lastIndexOf(u'@');
            const qsizetype colon = frame.lastIndexOf(u':');
            if (at >= 0 && colon > at)
                trace.append(frame.left(at) + u':' + frame.sliced(colon + 1) + u":0:"_s + frame.sliced(at + 1, colon - at - 1));
        }
        if (trace.isEmpty())
            trace.append(u"?:0:0:?"_s); // thrown, but without a stack (throw 'text')
        return collect(outcome.property(u"thrown"_s), trace, interrupted, scriptName, context.request);
    }
    return collect(outcome, {}, interrupted, scriptName, context.request); // an error here escaped the trampoline
}

ScriptResult ScriptEngine::deliver(int id, const std::optional<ScriptResponse> &response, const QString &error, const QString &scriptName,
                                   const ScriptRequest &request)
{
    d->native->request = request;
    d->watchdog.arm(d->timeout);
    const QJSValue value = d->gh.property(u"deliver"_s)
                               .call({id, error.isEmpty() ? QJSValue(QJSValue::NullValue) : QJSValue(error),
                                      response ? d->engine.toScriptValue(responseToJson(*response, d->native->addBody(response->body)))
                                               : QJSValue(QJSValue::NullValue)});
    d->watchdog.disarm();
    const bool interrupted = d->engine.isInterrupted();
    d->engine.setInterrupted(false);
    return collect(value, {}, interrupted, scriptName, request);
}

ScriptResult ScriptEngine::collect(const QJSValue &value, const QStringList &trace, bool interrupted, const QString &scriptName,
                                   const ScriptRequest &request)
{
    ScriptResult result;
    result.request = request;
    const bool errored = interrupted || !trace.isEmpty() || value.isError();
    // Read property by property: converting the whole answer to a QVariantMap costs more than the
    // script itself for a typical test.
    // __gh.end() answers [changed, assertions, console, nextRequest, nextRequestSet, skip, outgoing, request].
    const QJSValue end = d->end.call({errored});
    const auto each = [](const QJSValue &array, const auto &f) {
        if (array.isNull() || array.isUndefined())
            return; // nothing of the kind
        const quint32 n = array.property(u"length"_s).toUInt();
        for (quint32 i = 0; i < n; ++i)
            f(array.property(i));
    };
    const QJSValue assertions = end.property(1); // flat: name, passed, skipped, message, errorName
    const quint32 flatSize = assertions.property(u"length"_s).toUInt();
    for (quint32 i = 0; i + 4 < flatSize; i += 5) {
        Assertion assertion;
        assertion.name = assertions.property(i).toString();
        assertion.passed = assertions.property(i + 1).toBool();
        assertion.skipped = assertions.property(i + 2).toBool();
        assertion.message = assertions.property(i + 3).toString();
        const QJSValue errorName = assertions.property(i + 4);
        if (!errorName.isUndefined())
            assertion.errorName = errorName.toString();
        result.assertions.append(assertion);
    }
    each(end.property(2), [&](const QJSValue &c) { result.console.append({c.property(u"level"_s).toString(), c.property(u"text"_s).toString()}); });
    result.nextRequestSet = end.property(4).toBool();
    const QJSValue nextRequest = end.property(3);
    if (result.nextRequestSet && !nextRequest.isNull() && !nextRequest.isUndefined())
        result.nextRequest = nextRequest.toString();
    result.skipRequest = end.property(5).toBool();
    result.variablesChanged = end.property(0).toBool();
    each(end.property(6), [&](const QJSValue &o) {
        OutgoingRequest out;
        out.id = o.property(u"id"_s).toInt();
        out.method = o.property(u"method"_s).toString();
        out.url = o.property(u"url"_s).toString();
        each(o.property(u"headers"_s), [&](const QJSValue &h) { out.headers.append({h.property(u"key"_s).toString(), h.property(u"value"_s).toString()}); });
        const QJSValue body = o.property(u"body"_s);
        if (!body.isNull() && !body.isUndefined())
            out.body = body.toString();
        result.outgoing.append(out);
    });
    // null when no script looked at pm.request
    if (const QJSValue changedRequest = end.property(7); changedRequest.isObject()) {
        result.request.method = changedRequest.property(u"method"_s).toString().toUpper();
        result.request.url = changedRequest.property(u"url"_s).toString();
        result.request.headers.clear();
        each(changedRequest.property(u"headers"_s), [&](const QJSValue &h) {
            result.request.headers.append({h.property(u"key"_s).toString(), h.property(u"value"_s).toString(), !h.property(u"disabled"_s).toBool(), {}});
        });
        const QJSValue body = changedRequest.property(u"body"_s);
        if (!body.isNull() && !body.isUndefined())
            result.request.rawBody = body.toString();
    }

    if (errored) {
        Assertion error;
        error.scriptError = true;
        error.passed = false;
        error.name = scriptName;
        // The innermost frame in the script itself: an error may be thrown inside the sandbox.
        for (const QString &frame : std::as_const(trace)) {
            // "function:line:column:file"
            const QStringList parts = frame.split(u':');
            if (parts.size() >= 4 && isScriptFile(parts.mid(3).join(u':'))) {
                error.line = parts.at(1).toInt();
                break;
            }
        }
        if (error.line == 0 && value.isError() && isScriptFile(value.property(u"fileName"_s).toString()))
            error.line = value.property(u"lineNumber"_s).toInt();
        if (interrupted) {
            error.errorName = u"TimeoutError"_s;
            error.message = tr("The script ran longer than %1 ms and was stopped.").arg(d->timeout.count());
        } else {
            error.errorName = value.isError() || value.isObject() ? value.property(u"name"_s).toString() : u"Error"_s;
            if (error.errorName.isEmpty())
                error.errorName = u"Error"_s;
            error.message = value.isObject() && value.hasProperty(u"message"_s) ? value.property(u"message"_s).toString() : value.toString();
        }
        if (error.line > 0)
            error.message = tr("%1 (line %2)").arg(error.message).arg(error.line);
        result.assertions.append(error);
        result.error = true;
    }
    return result;
}

} // namespace gatehouse

#include "scriptengine.moc"
