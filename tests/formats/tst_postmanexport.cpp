// SPDX-License-Identifier: GPL-3.0-or-later
#include "corpora.h"
#include "formats/export/postmanexport.h"
#include "formats/jsonschema.h"
#include "formats/import/postman.h"

#include <QDirIterator>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace gatehouse;

namespace {

void clearIds(Folder &folder)
{
    folder.id.clear();
    for (Request &request : folder.requests)
        request.id.clear();
    for (Folder &child : folder.folders)
        clearIds(child);
}

void clearToken(Auth &auth)
{
    if (auth.kind == Auth::Kind::OAuth2)
        auth.token.clear();
}

// What a shared export does not carry: secret values and OAuth 2.0 access tokens.
void clearSecretValues(Folder &folder)
{
    for (Variable &variable : folder.variables) {
        if (variable.secret)
            variable.value.clear();
    }
    clearToken(folder.auth);
    for (Request &request : folder.requests)
        clearToken(request.auth);
    for (Folder &child : folder.folders)
        clearSecretValues(child);
}

// Postman Collection v2.1 has no empty folders: the export leaves them out (and says so).
void pruneEmptyFolders(Folder &folder)
{
    for (Folder &child : folder.folders)
        pruneEmptyFolders(child);
    folder.folders.removeIf([](const Folder &f) { return f.folders.isEmpty() && f.requests.isEmpty(); });
}

Collection everything()
{
    Collection c;
    c.id = u"6f1c1f4e-0000-4000-8000-000000000001"_s;
    c.name = u"Everything"_s;
    c.description = u"All the *fields*."_s;
    c.auth.kind = Auth::Kind::Bearer;
    c.auth.token = u"{{token}}"_s;
    c.variables = {{u"base"_s, u"https://api.contoso.test"_s, true, false}, {u"token"_s, u"fake-token-0000"_s, true, true},
                   {u"off"_s, u"x"_s, false, false}};
    c.scripts.preRequest = u"console.log('a');\nconsole.log('b');"_s;

    Folder admin;
    admin.name = u"Admin"_s;
    admin.description = u"Admin ops"_s;
    admin.auth.kind = Auth::Kind::None;
    Request login;
    login.name = u"Login"_s;
    login.method = u"POST"_s;
    login.url = u"{{base}}/login"_s;
    login.body.kind = Body::Kind::FormUrlEncoded;
    login.body.form = {{u"user"_s, u"fake-user"_s, true, u"the user"_s}, {u"debug"_s, u"1"_s, false, {}}};
    login.auth.kind = Auth::Kind::Basic;
    login.auth.username = u"fake-user"_s;
    login.auth.password = u"{{password}}"_s;
    login.scripts.test = u"pm.test('ok', () => pm.response.to.have.status(200));"_s;
    admin.requests.append(login);
    Folder deep;
    deep.name = u"Deep"_s;
    Request graphql;
    graphql.name = u"GraphQL"_s;
    graphql.method = u"POST"_s;
    graphql.url = u"{{base}}/graphql"_s;
    graphql.body.kind = Body::Kind::GraphQL;
    graphql.body.graphqlQuery = u"query { pets { id } }"_s;
    graphql.body.graphqlVariables = u"{\"a\": 1}"_s;
    graphql.auth.kind = Auth::Kind::OAuth2;
    graphql.auth.grantType = u"client_credentials"_s;
    graphql.auth.accessTokenUrl = u"https://login.test/token"_s;
    graphql.auth.clientId = u"fake-client"_s;
    graphql.auth.clientSecret = u"{{clientSecret}}"_s;
    graphql.auth.scope = u"pets.read"_s;
    deep.requests.append(graphql);
    admin.folders.append(deep);
    c.folders.append(admin);

    Request list;
    list.name = u"List pets"_s;
    list.url = u"{{base}}/pets"_s;
    list.params = {{u"limit"_s, u"10"_s, true, u"page size"_s}, {u"tag"_s, u"dog"_s, false, {}}};
    list.headers = {{u"Accept"_s, u"application/json"_s, true, {}}, {u"X-Off"_s, u"1"_s, false, u"disabled"_s}};
    list.description = u"Lists pets."_s;
    list.settings.followRedirects = false;
    list.settings.verifyTls = false;
    c.requests.append(list);
    Request create;
    create.name = u"Create pet"_s;
    create.method = u"PUT"_s;
    create.url = u"{{base}}/pets/1"_s;
    create.body.kind = Body::Kind::Raw;
    create.body.language = u"json"_s;
    create.body.raw = u"{\n  \"name\": \"Rex\"\n}"_s;
    create.auth.kind = Auth::Kind::ApiKey;
    create.auth.keyName = u"X-Api-Key"_s;
    create.auth.keyValue = u"{{key}}"_s;
    create.auth.location = Auth::Location::Query;
    c.requests.append(create);
    Request upload;
    upload.name = u"Upload"_s;
    upload.method = u"POST"_s;
    upload.url = u"{{base}}/upload"_s;
    upload.body.kind = Body::Kind::Multipart;
    upload.body.parts = {{u"note"_s, FormDataPart::Kind::Text, u"hello"_s, QString(), true},
                         {u"photo"_s, FormDataPart::Kind::File, u"photos/dog.png"_s, u"image/png"_s, false}};
    c.requests.append(upload);
    Request binary;
    binary.name = u"Binary"_s;
    binary.method = u"POST"_s;
    binary.url = u"{{base}}/bin"_s;
    binary.body.kind = Body::Kind::Binary;
    binary.body.filePath = u"data/blob.bin"_s;
    binary.auth.kind = Auth::Kind::None;
    c.requests.append(binary);
    return c;
}

} // namespace

class TestPostmanExport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void roundTripsEveryField()
    {
        const Collection original = everything();
        const PostmanExport exported = exportPostmanCollection(original);
        auto imported = importPostmanCollection(exported.json);
        QVERIFY2(imported, imported ? "" : qPrintable(imported.error().message));
        Collection expected = original;
        clearIds(expected);
        clearSecretValues(expected);
        expected.behavior.disableBodyPruning = false; // Postman's default, explicit after an import
        Collection actual = imported->collection;
        clearIds(actual);
        QCOMPARE(actual.requests, expected.requests);
        QCOMPARE(actual.folders, expected.folders);
        QCOMPARE(actual, expected);
        // The one secret value was not exported, and said so.
        QCOMPARE(exported.issues.size(), 1);
        QCOMPARE(exported.issues.first().field, u"variables.token"_s);
        QVERIFY(!exported.json.contains("fake-token-0000"));
    }

    void writesV21ThatPostmanReads()
    {
        const PostmanExport exported = exportPostmanCollection(everything());
        const QJsonObject root = QJsonDocument::fromJson(exported.json).object();
        QCOMPARE(root.value("info"_L1).toObject().value("schema"_L1).toString(),
                 u"https://schema.getpostman.com/json/collection/v2.1.0/collection.json"_s);
        QCOMPARE(root.value("info"_L1).toObject().value("_postman_id"_L1).toString(), u"6f1c1f4e-0000-4000-8000-000000000001"_s);
        // Deterministic: the same collection gives the same bytes.
        QCOMPARE(exportPostmanCollection(everything()).json, exported.json);
        QVERIFY(exported.json.startsWith("{\n  \"info\": {\n"));
        QVERIFY(exported.json.endsWith("}\n"));
    }

    void reportsWhatPostmanCannotHold()
    {
        Collection c;
        c.name = u"C"_s;
        Request r;
        r.name = u"R"_s;
        r.url = u"https://a.test"_s;
        r.auth.kind = Auth::Kind::ApimSubscriptionKey;
        r.settings.timeoutMs = 5000;
        c.requests.append(r);
        const PostmanExport exported = exportPostmanCollection(c);
        QCOMPARE(exported.issues.size(), 2);
        QCOMPARE(exported.issues.at(0).item, u"C/R"_s);
        QCOMPARE(exported.issues.at(0).field, u"auth"_s);
        QCOMPARE(exported.issues.at(1).field, u"settings.timeoutMs"_s);
        // The APIM key goes out as the API key Postman knows, with the same header and variable.
        const auto imported = importPostmanCollection(exported.json);
        QVERIFY(imported);
        const Auth &auth = imported->collection.requests.first().auth;
        QCOMPARE(auth.kind, Auth::Kind::ApiKey);
        QCOMPARE(auth.keyName, u"Ocp-Apim-Subscription-Key"_s);
        QCOMPARE(auth.keyValue, u"{{apimSubscriptionKey}}"_s);
    }

    // protocolProfileBehavior goes out on the level that sets it; a GET that Gatehouse sends with its
    // body says so, because Postman would drop it otherwise.
    void protocolProfileBehaviorIsExported()
    {
        Collection c;
        c.name = u"C"_s;
        c.behavior.maxRedirects = 3;
        Folder f;
        f.name = u"F"_s;
        f.behavior.followOriginalHttpMethod = true;
        f.behavior.removeRefererHeaderOnRedirect = true;
        Request get;
        get.name = u"Get with body"_s;
        get.url = u"https://a.test/"_s;
        get.body.kind = Body::Kind::Raw;
        get.body.raw = u"{}"_s;
        get.settings.followAuthorizationHeader = true;
        get.settings.disableCookies = true;
        get.settings.disableUrlEncoding = true;
        f.requests.append(get);
        Request plain = get;
        plain.name = u"Get"_s;
        plain.body = {};
        plain.settings = {};
        f.requests.append(plain);
        c.folders.append(f);
        const PostmanExport exported = exportPostmanCollection(c);
        QVERIFY(exported.issues.isEmpty());
        const QJsonObject root = QJsonDocument::fromJson(exported.json).object();
        QCOMPARE(root.value("protocolProfileBehavior"_L1).toObject(), (QJsonObject{{u"maxRedirects"_s, 3}}));
        const QJsonObject folder = root.value("item"_L1).toArray().at(0).toObject();
        QCOMPARE(folder.value("protocolProfileBehavior"_L1).toObject(),
                 (QJsonObject{{u"followOriginalHttpMethod"_s, true}, {u"removeRefererHeaderOnRedirect"_s, true}}));
        const QJsonArray items = folder.value("item"_L1).toArray();
        QCOMPARE(items.at(0).toObject().value("protocolProfileBehavior"_L1).toObject(),
                 (QJsonObject{{u"followAuthorizationHeader"_s, true}, {u"disableBodyPruning"_s, true}, {u"disableUrlEncoding"_s, true}, {u"disableCookies"_s, true}}));
        QVERIFY(!items.at(1).toObject().contains("protocolProfileBehavior"_L1));

        // Back in: the same settings, and the body of the GET is still sent.
        const auto imported = importPostmanCollection(exported.json);
        QVERIFY(imported);
        const Collection &back = imported->collection;
        QCOMPARE(back.behavior.maxRedirects, std::optional<int>(3));
        QCOMPARE(back.folders.at(0).behavior, f.behavior);
        QCOMPARE(back.folders.at(0).requests.at(0).settings.disableBodyPruning, std::optional<bool>(true));
        QCOMPARE(back.folders.at(0).requests.at(0).settings.followAuthorizationHeader, std::optional<bool>(true));
    }

    void queryInTheUrlIsKept()
    {
        Collection c;
        c.name = u"C"_s;
        Request r;
        r.name = u"R"_s;
        r.url = u"https://a.test/x?a=1&b"_s;
        r.params = {{u"c"_s, u"3"_s, true, {}}};
        c.requests.append(r);
        const auto imported = importPostmanCollection(exportPostmanCollection(c).json);
        QVERIFY(imported);
        const Request &back = imported->collection.requests.first();
        // "b" has no value (Postman sends it as "b", not "b="): rows cannot say that, so the import
        // keeps the query in the URL as written, the export's query list giving b a null value.
        QCOMPARE(back.url, u"https://a.test/x?a=1&b&c=3"_s);
        QVERIFY(back.params.isEmpty());
        const QJsonObject url = QJsonDocument::fromJson(exportPostmanCollection(c).json).object().value(u"item"_s).toArray().at(0).toObject()
                                    .value(u"request"_s).toObject().value(u"url"_s).toObject();
        QCOMPARE(url.value(u"raw"_s).toString(), u"https://a.test/x?a=1&b&c=3"_s);
        QVERIFY(url.value(u"query"_s).toArray().at(1).toObject().value(u"value"_s).isNull());
    }

    // Every Postman collection of the corpus: import -> export -> import gives the same model.
    void corpusRoundTrip()
    {
        QDirIterator it(QStringLiteral(GATEHOUSE_WORKSPACE_TEST_DATA) + u"/postman"_s, {u"*.json"_s}, QDir::Files, QDirIterator::Subdirectories);
        int collections = 0;
        int passed = 0;
        QStringList failures;
        while (it.hasNext()) {
            const QString path = it.next();
            QFile file(path);
            QVERIFY(file.open(QIODevice::ReadOnly));
            const auto first = importPostmanCollection(file.readAll());
            if (!first)
                continue; // environments, globals, data files
            ++collections;
            Collection expected = first->collection;
            const auto second = importPostmanCollection(exportPostmanCollection(expected).json);
            if (!second) {
                failures.append(path + u": "_s + second.error().message);
                continue;
            }
            Collection actual = second->collection;
            clearIds(expected);
            clearSecretValues(expected);
            pruneEmptyFolders(expected);
            clearIds(actual);
            if (actual == expected)
                ++passed;
            else
                failures.append(it.fileName());
        }
        qInfo("Postman corpus round trip: %d of %d collections", passed, collections);
        for (const QString &failure : std::as_const(failures))
            qInfo("  %s", qPrintable(failure));
        QVERIFY(collections >= 20);
        QCOMPARE(passed, collections);
    }

    // Every Postman collection of the shared corpora imports without error, exports to v2.1 that
    // the official schema accepts, and round-trips (import -> export -> import gives the same model).
    void corporaExportsValidateAgainstTheOfficialSchema()
    {
        GATEHOUSE_REQUIRE_CORPORA();
        QFile schemaFile(test::corpus(u"har-sdk/packages/validator/src/schemas/postman/v2.1.0.json"_s));
        QVERIFY2(schemaFile.open(QIODevice::ReadOnly), qPrintable(schemaFile.fileName()));
        const QJsonObject schema = QJsonDocument::fromJson(schemaFile.readAll()).object();
        QVERIFY(!schema.isEmpty());

        int collections = 0;
        int imported = 0;
        int valid = 0;
        int roundTripped = 0;
        int customMethods = 0;
        QStringList failures;
        const QStringList folders = {u"postman-collection"_s, u"postman-collection-transformer"_s, u"postman-newman"_s,
                                     u"postman-code-generators"_s, u"har-sdk/packages/postman"_s, u"har-sdk/packages/core"_s};
        for (const QString &folder : folders) {
            QDirIterator it(test::corpus(folder), {u"*.json"_s}, QDir::Files, QDirIterator::Subdirectories);
            while (it.hasNext()) {
                const QString path = it.next();
                const QString name = path.mid(test::corporaDir().size() + 1);
                QFile file(path);
                QVERIFY(file.open(QIODevice::ReadOnly));
                const QByteArray data = file.readAll();
                const QJsonObject root = QJsonDocument::fromJson(data).object();
                // A collection: v2 has info.schema, v1 has an order of requests.
                const bool v2 = root.value("info"_L1).toObject().value("schema"_L1).toString().contains("getpostman.com/json/collection"_L1);
                const bool v1 = root.value("requests"_L1).isArray() && root.contains("order"_L1);
                if (!v2 && !v1)
                    continue; // environments, globals, data files, expected outputs
                ++collections;
                const auto first = importPostmanCollection(data);
                if (!first) {
                    failures.append(name + u": import: "_s + first.error().message);
                    continue;
                }
                ++imported;
                const PostmanExport exported = exportPostmanCollection(first->collection);
                auto violations = validateJsonSchema(QJsonDocument::fromJson(exported.json).object(), schema);
                // The one thing the schema cannot hold: a method outside its list (Postman sends any
                // method and writes it so). The export reports it; nothing else may be wrong.
                const bool customMethod = std::any_of(exported.issues.cbegin(), exported.issues.cend(), [](const ImportIssue &i) { return i.field == "method"_L1; });
                const auto before = violations.size();
                violations.removeIf([&](const SchemaViolation &v) { return customMethod && v.path.endsWith("/request/method"_L1); });
                if (violations.size() != before)
                    ++customMethods;
                if (violations.isEmpty())
                    ++valid;
                else
                    failures.append(name + u": schema: "_s + violations.first().path + u": "_s + violations.first().message);
                const auto second = importPostmanCollection(exported.json);
                if (!second) {
                    failures.append(name + u": re-import: "_s + second.error().message);
                    continue;
                }
                Collection expected = first->collection;
                Collection actual = second->collection;
                clearIds(expected);
                clearSecretValues(expected);
                pruneEmptyFolders(expected);
                clearIds(actual);
                if (actual == expected)
                    ++roundTripped;
                else
                    failures.append(name + u": round trip differs"_s);
            }
        }
        qInfo("Postman corpora: %d collections; imported %d, export valid against the v2.1 schema %d (%d of them but for a reported "
              "custom method), round trip %d",
              collections, imported, valid, customMethods, roundTripped);
        for (const QString &failure : std::as_const(failures))
            qInfo("  %s", qPrintable(failure));
        QVERIFY(collections >= 80);
        QCOMPARE(imported, collections);
        QCOMPARE(valid, collections);
        QCOMPARE(roundTripped, collections);
        QCOMPARE(customMethods, 1); // newman's custom-http-method fixture
    }

    void emptyFoldersAndCustomMethodsAreReported()
    {
        Collection c;
        c.name = u"C"_s;
        Folder empty;
        empty.name = u"Empty"_s;
        Folder holder;
        holder.name = u"Only folders"_s;
        holder.folders.append(empty);
        Request r;
        r.name = u"R"_s;
        r.method = u"PURGE-ALL"_s;
        r.url = u"https://a.test"_s;
        Folder full;
        full.name = u"Full"_s;
        full.requests.append(r);
        c.folders = {holder, full};
        const PostmanExport exported = exportPostmanCollection(c);
        QCOMPARE(exported.issues.size(), 2);
        QCOMPARE(exported.issues.at(0).item, u"C/Only folders"_s);
        QCOMPARE(exported.issues.at(0).field, u"folders"_s);
        QCOMPARE(exported.issues.at(1).item, u"C/Full/R"_s);
        QCOMPARE(exported.issues.at(1).field, u"method"_s);
        const auto back = importPostmanCollection(exported.json);
        QVERIFY(back);
        QCOMPARE(back->collection.folders.size(), 1);
        QCOMPARE(back->collection.folders.first().requests.first().method, u"PURGE-ALL"_s);
        // An empty collection is still written (Postman reads it) and reported.
        const PostmanExport none = exportPostmanCollection(Collection{});
        QCOMPARE(none.issues.size(), 1);
        QCOMPARE(none.issues.first().field, u"requests"_s);
    }
};

QTEST_GUILESS_MAIN(TestPostmanExport)
#include "tst_postmanexport.moc"
