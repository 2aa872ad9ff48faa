// SPDX-License-Identifier: GPL-3.0-or-later
// Our importers against har-sdk's expected request arrays (../shared/corpora/har-sdk): every
// *.result.json there is what har-sdk makes of an OpenAPI/Swagger document or a Postman collection,
// as HAR requests. Three checks:
//  - HAR: each expected request array, read by our HAR importer and resolved, gives the same
//    method, URL, query, headers and body (exact).
//  - OpenAPI/Swagger: our import of the same document has the same operations, each with the same
//    method, URL (path parameters as {{variables}} match any value), query parameter names, header
//    names and body media type. Values are not compared: har-sdk invents them from schemas
//    ("lorem", 42) where Gatehouse leaves {{variables}} or writes type placeholders.
//  - Postman: our import, resolved with the collection's variables, gives the same requests (exact).
// Known, intended differences are listed in kKnownDifferences with the reason; the test fails
// when a fixture differs that is not listed, or when a listed one stops differing.
#include "corpora.h"
#include "formats/import/har.h"
#include "formats/import/openapi.h"
#include "formats/import/postman.h"
#include "requestcompare.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QUrlQuery>

using namespace Qt::StringLiterals;
using namespace gatehouse;

namespace {

// fixture (file name without .result.json) -> why our import differs from har-sdk's on purpose.
// The reasons are written up in docs/cli.md (import, "Checked against other tools").
const QString kAcceptAny = u"Swagger 2.0 without `produces`: har-sdk sends Accept: */*, Gatehouse adds no Accept header"_s;
const QString kOneRequirement = u"security: har-sdk applies every scheme of every requirement (and a token for OAuth 2.0); Gatehouse "
                                "imports the first requirement as the auth and reports the rest"_s;
const QHash<QString, QString> kKnownDifferences = {
    {u"oas:binary-body.swagger"_s, kAcceptAny},
    {u"oas:consumes-produces-missing.swagger"_s, kAcceptAny},
    {u"oas:consumes-produces-override.swagger"_s, kAcceptAny + u"; and a body parameter whose schema is empty is left empty"_s},
    {u"oas:params-header.swagger"_s, kAcceptAny},
    {u"oas:params-path.swagger"_s, kAcceptAny},
    {u"oas:params-query.swagger"_s, kAcceptAny},
    {u"oas:xml-models.swagger"_s, kAcceptAny},
    {u"oas:scheme-security.swagger"_s, kAcceptAny + u"; "_s + kOneRequirement},
    {u"oas:petstore.oas"_s, kOneRequirement},
    {u"oas:refs.oas"_s, kOneRequirement},
    {u"oas:scheme-security.oas"_s, kOneRequirement},
    {u"oas:servers-with-variables.oas"_s, kOneRequirement},
    {u"oas:multipart.oas"_s, u"OAuth 2.0: har-sdk writes an Authorization header with a made-up token; Gatehouse sends one once it has fetched a token"_s},
    {u"oas:empty-schema.oas"_s, u"a body with an empty schema and no example: har-sdk invents one, Gatehouse leaves it for the user"_s},
    {u"oas:empty-schema.swagger"_s, u"form fields with an empty schema and no example: har-sdk invents one, Gatehouse leaves the body for the user"_s},
    {u"oas:params-query.oas"_s, u"an exploded form-style object parameter: har-sdk spreads its properties into separate query parameters "
                                "(key=…&value=…), Gatehouse keeps one parameter p with the object's example"_s},
    {u"postman:misused-variable.postman_collection"_s, u"{{baseUrl}} is defined nowhere in the collection; har-sdk's test supplies it, "
                                                      "Gatehouse reports it as unresolved"_s},
    {u"postman:salesforce-apis.postman_collection"_s, u"{{_endpoint}} comes from har-sdk's test environment and {{$randomDomainName}} from "
                                                     "Postman's faker; Gatehouse has neither and reports them as unresolved"_s},
};

QByteArray readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

QString mimeOf(QString contentType)
{
    return contentType.section(u';', 0, 0).trimmed().toLower();
}

// A request reduced to what both sides can state the same way.
struct Flat {
    QString method;
    QString url; // scheme://host[:port]/path, path decoded
    QStringList query;   // "name=value", decoded, sorted
    QStringList headers; // "name: value", names lower case, sorted; without Content-Type and Content-Length
    QString mime;        // the body's media type, without parameters
    QString body;        // JSON canonical, forms as sorted "name=value" lines, else the text

    QString describe() const
    {
        return method + u' ' + url + u"\n      query: "_s + query.join(u"&"_s) + u"\n      headers: "_s + headers.join(u" | "_s)
            + u"\n      body ("_s + mime + u"): "_s + body.left(300);
    }
    friend bool operator==(const Flat &, const Flat &) = default;
};

QString canonicalBody(const QString &mime, const QByteArray &text)
{
    if (text.isEmpty())
        return {};
    if (mime.contains("json"_L1)) {
        QJsonParseError error;
        const QJsonDocument document = QJsonDocument::fromJson("[" + text + "]", &error);
        if (error.error == QJsonParseError::NoError)
            return QString::fromUtf8(QJsonDocument(document.array()).toJson(QJsonDocument::Compact));
    }
    if (mime == "application/x-www-form-urlencoded"_L1) {
        QStringList pairs;
        const auto items = QUrlQuery(QString::fromUtf8(text).replace(u'+', u' ')).queryItems(QUrl::FullyDecoded);
        for (const auto &[name, value] : items)
            pairs.append(name + u'=' + value);
        pairs.sort();
        return pairs.join(u'\n');
    }
    return QString::fromUtf8(text);
}

QString urlText(const QUrl &url)
{
    QString path = url.path(QUrl::FullyDecoded);
    if (path.endsWith(u'/'))
        path.chop(1);
    return url.scheme() + u"://"_s + url.host() + (url.port() < 0 ? QString() : u':' + QString::number(url.port())) + path;
}

QStringList queryOf(const QUrl &url)
{
    QStringList query;
    const auto items = QUrlQuery(url).queryItems(QUrl::FullyDecoded);
    for (const auto &[name, value] : items)
        query.append(name + u'=' + value);
    query.sort();
    return query;
}

Flat fromHar(const QJsonObject &r)
{
    Flat flat;
    flat.method = r.value("method"_L1).toString().toUpper();
    const QUrl url(r.value("url"_L1).toString(), QUrl::TolerantMode);
    flat.url = urlText(url);
    flat.query = queryOf(url);
    QString contentType; // what is sent: the first Content-Type header, else postData's mimeType
    for (const QJsonValue &h : r.value("headers"_L1).toArray()) {
        const QString name = h.toObject().value("name"_L1).toString().toLower();
        if (name == "content-type"_L1 && contentType.isEmpty())
            contentType = h.toObject().value("value"_L1).toString();
        if (name == "content-type"_L1 || name == "content-length"_L1)
            continue;
        flat.headers.append(name + u": "_s + h.toObject().value("value"_L1).toString());
    }
    flat.headers.sort();
    const QJsonObject post = r.value("postData"_L1).toObject();
    if (!post.value("text"_L1).toString().isEmpty() || !post.value("params"_L1).toArray().isEmpty()) {
        flat.mime = mimeOf(contentType.isEmpty() ? post.value("mimeType"_L1).toString() : contentType);
        const QJsonArray params = post.value("params"_L1).toArray();
        if (!params.isEmpty() && (flat.mime == "application/x-www-form-urlencoded"_L1 || flat.mime == "multipart/form-data"_L1)) {
            QStringList pairs;
            for (const QJsonValue &p : params)
                pairs.append(p.toObject().value("name"_L1).toString() + u'='
                             + (p.toObject().contains("fileName"_L1) ? u"@"_s + p.toObject().value("fileName"_L1).toString() : p.toObject().value("value"_L1).toString()));
            pairs.sort();
            flat.body = pairs.join(u'\n');
        } else {
            flat.body = canonicalBody(flat.mime, post.value("text"_L1).toString().toUtf8());
        }
    }
    return flat;
}

Flat fromWire(const HttpRequest &request)
{
    Flat flat;
    flat.method = QString::fromLatin1(request.method).toUpper();
    flat.url = urlText(request.url);
    flat.query = queryOf(request.url);
    QString contentType;
    for (const auto &[name, value] : request.headers) {
        const QString lower = QString::fromLatin1(name).toLower();
        if (lower == "content-type"_L1) {
            if (contentType.isEmpty())
                contentType = QString::fromUtf8(value);
            continue;
        }
        if (lower == "content-length"_L1)
            continue;
        flat.headers.append(lower + u": "_s + QString::fromUtf8(value));
    }
    flat.headers.sort();
    if (!request.body.isEmpty() || !request.bodyFile.isEmpty())
        flat.mime = mimeOf(contentType);
    if (!request.multipart.isEmpty()) {
        flat.mime = u"multipart/form-data"_s;
        QStringList pairs;
        for (const MultipartPart &part : request.multipart)
            pairs.append(QString::fromUtf8(part.name) + u'=' + (part.filePath.isEmpty() ? QString::fromUtf8(part.value) : u"@"_s + QFileInfo(part.filePath).fileName()));
        pairs.sort();
        flat.body = pairs.join(u'\n');
    } else if (!request.body.isEmpty()) {
        flat.body = canonicalBody(flat.mime, request.body);
    } else if (!request.bodyFile.isEmpty()) {
        flat.body = u"@"_s + QFileInfo(request.bodyFile).fileName();
    }
    return flat;
}

QList<std::pair<const Request *, QList<const Folder *>>> allRequests(const Folder &folder, QList<const Folder *> above = {})
{
    QList<std::pair<const Request *, QList<const Folder *>>> list;
    for (const Request &request : folder.requests)
        list.append({&request, above});
    for (const Folder &child : folder.folders)
        list += allRequests(child, above + QList<const Folder *>{&child});
    return list;
}

// Files that bodies refer to exist (empty) in a folder of their own: what counts is that they are sent.
QString filesFolder()
{
    static QTemporaryDir dir;
    return dir.path();
}

Expected<ResolvedRequest> resolveIn(const Collection &collection, Request request, const QList<const Folder *> &folders)
{
    // A file part or binary body an importer could not name is one the user chooses: any will do here.
    for (FormDataPart &part : request.body.parts) {
        if (part.kind == FormDataPart::Kind::File && part.value.isEmpty())
            part.value = u"chosen.bin"_s;
    }
    if (request.body.kind == Body::Kind::Binary && request.body.filePath.isEmpty())
        request.body.filePath = u"chosen.bin"_s;
    ResolveContext context;
    context.collection = &collection;
    context.folders = folders;
    context.baseDirectory = filesFolder();
    QStringList files;
    for (const FormDataPart &part : request.body.parts) {
        if (part.kind == FormDataPart::Kind::File)
            files.append(part.value);
    }
    if (request.body.kind == Body::Kind::Binary)
        files.append(request.body.filePath);
    for (const QString &file : std::as_const(files)) {
        if (file.isEmpty() || QDir::isAbsolutePath(file) || file.contains(u"{{"_s))
            continue;
        const QString path = QDir(filesFolder()).filePath(file);
        QDir().mkpath(QFileInfo(path).absolutePath());
        QFile touch(path);
        (void)touch.open(QIODevice::WriteOnly);
    }
    return resolveRequest(request, context);
}

QStringList resultFiles(const QString &folder)
{
    return QDir(test::corpus(folder)).entryList({u"*.result.json"_s}, QDir::Files, QDir::Name);
}

// The input beside a result: same name, .yaml or .json.
QString inputFor(const QString &dir, const QString &result)
{
    const QString stem = result.chopped(QStringLiteral(".result.json").size());
    for (const QString &suffix : {u".yaml"_s, u".yml"_s, u".json"_s}) {
        if (QFileInfo::exists(dir + u'/' + stem + suffix))
            return dir + u'/' + stem + suffix;
    }
    return {};
}

// Reports a fixture's outcome against kKnownDifferences; returns whether it is as expected.
bool settle(const QString &fixture, const QStringList &differences, int &matched, QStringList &unexpected)
{
    const bool known = kKnownDifferences.contains(fixture);
    if (differences.isEmpty()) {
        ++matched;
        if (known)
            unexpected.append(fixture + u": now matches; remove it from kKnownDifferences"_s);
        return !known;
    }
    if (known) {
        qInfo("  %s differs as documented: %s", qPrintable(fixture), qPrintable(kKnownDifferences.value(fixture)));
        return true;
    }
    unexpected.append(fixture + u":\n    "_s + differences.join(u"\n    "_s));
    return false;
}

} // namespace

class TestHarSdk : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { GATEHOUSE_REQUIRE_CORPORA(); }

    // Every expected HAR request array of har-sdk, read back by our HAR importer.
    void harImportGivesTheSameRequests()
    {
        QStringList unexpected;
        int matched = 0;
        int fixtures = 0;
        int requests = 0;
        for (const QString &folder : {u"har-sdk/packages/oas/tests/fixtures"_s, u"har-sdk/packages/postman/tests/fixtures"_s}) {
            for (const QString &result : resultFiles(folder)) {
                ++fixtures;
                const QJsonArray expected = QJsonDocument::fromJson(readFile(test::corpus(folder) + u'/' + result)).array();
                QJsonArray entries;
                for (const QJsonValue &r : expected)
                    entries.append(QJsonObject{{u"request"_s, r}});
                const QJsonObject har{{u"log"_s, QJsonObject{{u"version"_s, u"1.2"_s}, {u"entries"_s, entries}}}};
                const auto imported = importHar(QJsonDocument(har).toJson());
                QStringList differences;
                if (!imported) {
                    differences.append(imported.error().message);
                } else if (imported->collection.requests.size() != expected.size()) {
                    differences.append(u"%1 requests instead of %2"_s.arg(imported->collection.requests.size()).arg(expected.size()));
                } else {
                    for (qsizetype i = 0; i < expected.size(); ++i) {
                        ++requests;
                        const auto wire = resolveIn(imported->collection, imported->collection.requests.at(i), {});
                        const Flat want = fromHar(expected.at(i).toObject());
                        const Flat got = wire ? fromWire(wire->request) : Flat{};
                        if (!wire)
                            differences.append(u"[%1] %2"_s.arg(i).arg(wire.error().message));
                        else if (!(want == got))
                            differences.append(u"[%1] expected:\n      %2\n    got:\n      %3"_s.arg(i).arg(want.describe(), got.describe()));
                    }
                }
                settle(u"har:"_s + result.chopped(12), differences, matched, unexpected);
            }
        }
        qInfo("har-sdk request arrays through the HAR importer: %d of %d fixtures identical (%d requests)", matched, fixtures, requests);
        QVERIFY(fixtures >= 60);
        for (const QString &u : std::as_const(unexpected))
            qInfo("UNEXPECTED %s", qPrintable(u));
        QVERIFY2(unexpected.isEmpty(), "fixtures differ unexpectedly (the UNEXPECTED lines above)");
    }

    // OpenAPI 3.x and Swagger 2.0 documents: the same operations as har-sdk's.
    void openApiImportHasTheSameOperations()
    {
        const QString folder = u"har-sdk/packages/oas/tests/fixtures"_s;
        const QString dir = test::corpus(folder);
        QStringList unexpected;
        int matched = 0;
        int fixtures = 0;
        int operations = 0;
        for (const QString &result : resultFiles(folder)) {
            const QString input = inputFor(dir, result);
            if (input.isEmpty())
                continue;
            ++fixtures;
            const QJsonArray expected = QJsonDocument::fromJson(readFile(dir + u'/' + result)).array();
            const auto imported = importOpenApi(readFile(input), dir);
            QStringList differences;
            if (!imported) {
                differences.append(imported.error().message);
                settle(u"oas:"_s + result.chopped(12), differences, matched, unexpected);
                continue;
            }
            auto ours = allRequests(imported->collection);
            if (ours.size() != expected.size())
                differences.append(u"%1 operations instead of %2"_s.arg(ours.size()).arg(expected.size()));
            for (const QJsonValue &value : expected) {
                ++operations;
                const Flat want = fromHar(value.toObject());
                // Find our request for the same method and URL; {{name}} in ours matches any value.
                std::optional<Flat> got;
                QString gotParams;
                for (qsizetype i = 0; i < ours.size(); ++i) {
                    const auto &[request, folders] = ours.at(i);
                    if (request->method.toUpper() != want.method)
                        continue;
                    const auto wire = resolveIn(imported->collection, *request, folders);
                    if (!wire)
                        continue;
                    const QString url = urlText(wire->request.url);
                    static const QRegularExpression variable(u"\\\\\\{\\\\\\{[^}]*\\\\\\}\\\\\\}"_s);
                    QString pattern = QRegularExpression::escape(url);
                    // har-sdk writes an empty value for a parameter it has no sample for, and drops the '/'.
                    static const QRegularExpression segment(u"\\\\/\\\\\\{\\\\\\{[^}]*\\\\\\}\\\\\\}"_s);
                    pattern.replace(segment, u"(?:/.*)?"_s);
                    pattern.replace(variable, u".*"_s);
                    if (!QRegularExpression(QRegularExpression::anchoredPattern(pattern)).match(want.url).hasMatch())
                        continue;
                    Flat flat = fromWire(wire->request);
                    // Names only: values are invented differently. Disabled (optional) parameters count.
                    QStringList names;
                    for (const QString &q : std::as_const(flat.query))
                        names.append(q.section(u'=', 0, 0));
                    for (const KeyValue &p : request->params) {
                        if (!p.enabled)
                            names.append(p.name);
                    }
                    names.removeDuplicates();
                    names.sort();
                    flat.query = names;
                    QStringList headerNames;
                    for (const QString &h : std::as_const(flat.headers))
                        headerNames.append(h.section(u':', 0, 0));
                    for (const KeyValue &h : request->headers) {
                        if (!h.enabled)
                            headerNames.append(h.name.toLower());
                    }
                    headerNames.removeDuplicates();
                    headerNames.sort();
                    flat.headers = headerNames;
                    got = flat;
                    ours.removeAt(i);
                    break;
                }
                QStringList wantQuery;
                for (const QString &q : want.query)
                    wantQuery.append(q.section(u'=', 0, 0));
                wantQuery.removeDuplicates();
                wantQuery.sort();
                QStringList wantHeaders;
                for (const QString &h : want.headers)
                    wantHeaders.append(h.section(u':', 0, 0));
                wantHeaders.removeDuplicates();
                wantHeaders.sort();
                if (!got) {
                    QStringList candidates;
                    for (const auto &[request, folders] : std::as_const(ours)) {
                        const auto wire = resolveIn(imported->collection, *request, folders);
                        candidates.append(request->method + u' ' + (wire ? urlText(wire->request.url) : wire.error().message));
                    }
                    differences.append(u"no request for "_s + want.method + u' ' + want.url + u" among: "_s + candidates.join(u"; "_s));
                    continue;
                }
                if (got->query != wantQuery)
                    differences.append(want.method + u' ' + want.url + u": query "_s + got->query.join(u',') + u" instead of "_s + wantQuery.join(u','));
                if (got->headers != wantHeaders)
                    differences.append(want.method + u' ' + want.url + u": headers "_s + got->headers.join(u',') + u" instead of "_s + wantHeaders.join(u','));
                if (got->mime != want.mime)
                    differences.append(want.method + u' ' + want.url + u": body type '"_s + got->mime + u"' instead of '"_s + want.mime + u'\'');
            }
            settle(u"oas:"_s + result.chopped(12), differences, matched, unexpected);
        }
        qInfo("har-sdk OpenAPI/Swagger fixtures: %d of %d with the same operations, query, headers and body types (%d operations)",
              matched, fixtures, operations);
        QVERIFY(fixtures >= 50);
        for (const QString &u : std::as_const(unexpected))
            qInfo("UNEXPECTED %s", qPrintable(u));
        QVERIFY2(unexpected.isEmpty(), "fixtures differ unexpectedly (the UNEXPECTED lines above)");
    }

    // Postman collections: resolved with the collection's variables, exactly har-sdk's requests.
    void postmanImportGivesTheSameRequests()
    {
        const QString folder = u"har-sdk/packages/postman/tests/fixtures"_s;
        const QString dir = test::corpus(folder);
        QStringList unexpected;
        int matched = 0;
        int fixtures = 0;
        for (const QString &result : resultFiles(folder)) {
            const QString input = inputFor(dir, result);
            QVERIFY(!input.isEmpty());
            ++fixtures;
            const QJsonArray expected = QJsonDocument::fromJson(readFile(dir + u'/' + result)).array();
            const auto imported = importPostmanCollection(readFile(input));
            QStringList differences;
            if (!imported) {
                differences.append(imported.error().message);
            } else {
                const auto ours = allRequests(imported->collection);
                if (ours.size() != expected.size())
                    differences.append(u"%1 requests instead of %2"_s.arg(ours.size()).arg(expected.size()));
                for (qsizetype i = 0; i < std::min(ours.size(), expected.size()); ++i) {
                    const auto wire = resolveIn(imported->collection, *ours.at(i).first, ours.at(i).second);
                    const Flat want = fromHar(expected.at(i).toObject());
                    const Flat got = wire ? fromWire(wire->request) : Flat{};
                    if (!wire)
                        differences.append(u"[%1] %2"_s.arg(i).arg(wire.error().message));
                    else if (!(want == got))
                        differences.append(u"[%1] expected:\n      %2\n    got:\n      %3"_s.arg(i).arg(want.describe(), got.describe()));
                }
            }
            settle(u"postman:"_s + result.chopped(12), differences, matched, unexpected);
        }
        qInfo("har-sdk Postman fixtures: %d of %d give the same requests", matched, fixtures);
        QVERIFY(fixtures >= 4);
        for (const QString &u : std::as_const(unexpected))
            qInfo("UNEXPECTED %s", qPrintable(u));
        QVERIFY2(unexpected.isEmpty(), "fixtures differ unexpectedly (the UNEXPECTED lines above)");
    }
};

QTEST_GUILESS_MAIN(TestHarSdk)
#include "tst_harsdk.moc"
