// SPDX-License-Identifier: GPL-3.0-or-later
#include "formats/import/postman.h"
#include "model/requestresolver.h"
#include "storage/memorysecretstore.h"
#include "storage/workspacestorage.h"

#include <QDirIterator>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace gatehouse;

namespace {

const QString kCorpus = QStringLiteral(GATEHOUSE_WORKSPACE_TEST_DATA "/postman");

QByteArray readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

QByteArray corpusFile(const QString &relative)
{
    return readFile(kCorpus + u'/' + relative);
}

template<typename T>
QString errorText(const Expected<T> &result)
{
    return result ? QString() : result.error().message;
}

const Folder *folderNamed(const Folder &parent, const QString &name)
{
    for (const Folder &folder : parent.folders) {
        if (folder.name == name)
            return &folder;
    }
    return nullptr;
}

bool hasIssue(const ImportIssues &issues, const QString &field)
{
    return std::any_of(issues.cbegin(), issues.cend(), [&](const ImportIssue &issue) { return issue.field == field; });
}

} // namespace

class TestPostmanImport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    // Every collection (v1, v2.0, v2.1) and environment of the corpus imports, and what it imports
    // is saved and loaded back unchanged by the workspace storage.
    void wholeCorpus_data()
    {
        QTest::addColumn<QString>("path");
        QDirIterator it(kCorpus, {u"*.json"_s}, QDir::Files, QDirIterator::Subdirectories);
        QStringList paths;
        while (it.hasNext())
            paths.append(it.next());
        paths.sort();
        QVERIFY(paths.size() >= 80);
        for (const QString &path : std::as_const(paths))
            QTest::newRow(qPrintable(QDir(kCorpus).relativeFilePath(path))) << path;
    }
    void wholeCorpus()
    {
        QFETCH(QString, path);
        const QByteArray data = readFile(path);
        const auto collection = importPostmanCollection(data);
        if (!collection) {
            const auto environment = importPostmanEnvironment(data);
            if (environment) {
                QVERIFY(!environment->environment.variables.isEmpty());
                return;
            }
            QFAIL(qPrintable(collection.error().message));
        }
        Workspace workspace;
        workspace.id = u"ws"_s;
        workspace.name = u"Corpus"_s;
        workspace.collections.append(collection->collection);
        QTemporaryDir dir;
        MemorySecretStore secrets;
        const auto saved = WorkspaceStorage(dir.path(), &secrets).save(workspace);
        QVERIFY2(saved, qPrintable(errorText(saved)));
        const auto loaded = WorkspaceStorage(dir.path(), &secrets).load();
        QVERIFY2(loaded, qPrintable(errorText(loaded)));
        QVERIFY(loaded->problems.isEmpty());
        Workspace expected = workspace;
        // OAuth 2.0 access tokens are run-time credentials and are never written to shared files.
        std::function<void(Folder &)> dropTokens = [&](Folder &folder) {
            if (folder.auth.kind == Auth::Kind::OAuth2)
                folder.auth.token.clear();
            for (Request &request : folder.requests) {
                if (request.auth.kind == Auth::Kind::OAuth2)
                    request.auth.token.clear();
            }
            for (Folder &child : folder.folders)
                dropTokens(child);
        };
        dropTokens(expected.collections.first());
        QVERIFY(loaded->workspace == expected);
    }

    void sampleCollection()
    {
        const auto imported = importPostmanCollection(corpusFile(u"postman-newman/examples/sample-collection.json"_s));
        QVERIFY2(imported, qPrintable(errorText(imported)));
        const Collection &c = imported->collection;
        QCOMPARE(c.name, u"Sample Postman Collection"_s);
        QCOMPARE(c.description, u"A sample collection to demonstrate collections as a set of related requests"_s);
        QCOMPARE(c.requests.size(), 3);
        const Request &get = c.requests.at(0);
        QCOMPARE(get.name, u"A simple GET request"_s);
        QCOMPARE(get.url, u"https://postman-echo.com/get"_s);
        QCOMPARE(get.params, (KeyValueList{{u"source"_s, u"newman-sample-github-collection"_s, true, QString()}}));
        QVERIFY(get.scripts.test.startsWith(u"pm.test('expect response be 200', function () {\n    pm.response.to.be.ok\n})"_s));
        QCOMPARE(get.auth.kind, Auth::Kind::Inherit);
        const Request &post = c.requests.at(2);
        QCOMPARE(post.method, u"POST"_s);
        QCOMPARE(post.body.kind, Body::Kind::Raw);
        QCOMPARE(post.body.language, u"json"_s); // from the Content-Type header
        QCOMPARE(c.requests.at(1).body.language, u"text"_s);
        QVERIFY(imported->issues.isEmpty());
        QVERIFY(!c.id.isEmpty() && get.id != post.id);

        // What was imported resolves to what Postman would send.
        ResolveContext context;
        context.collection = &c;
        const auto resolved = resolveRequest(get, context);
        QVERIFY(resolved);
        QCOMPARE(resolved->request.url.toString(), u"https://postman-echo.com/get?source=newman-sample-github-collection"_s);
    }

    void nestedFoldersKeepTheirShape()
    {
        const auto imported = importPostmanCollection(corpusFile(u"postman-collection/examples/nested-v2-collection.json"_s));
        QVERIFY(imported);
        const Collection &c = imported->collection;
        QCOMPARE(c.folders.size(), 2);
        QCOMPARE(c.requests.size(), 1);
        const Folder *f1 = folderNamed(c, u"F1"_s);
        QVERIFY(f1);
        QCOMPARE(f1->requests.size(), 3);
        const Folder *f2 = folderNamed(c, u"F2"_s);
        QVERIFY(f2);
        QCOMPARE(f2->folders.size(), 2);
        const Folder *f3 = folderNamed(*f2, u"F2.F3"_s);
        QVERIFY(f3);
        QCOMPARE(f3->requests.size(), 1);
        QCOMPARE(f3->requests.at(0).name, u"F2.F3.R1"_s);
        QVERIFY(folderNamed(*f2, u"F4"_s)->requests.isEmpty());
    }

    void collectionVariablesAndUnsupportedAuth()
    {
        const auto imported = importPostmanCollection(corpusFile(u"postman-collection/examples/collection-v2.json"_s));
        QVERIFY(imported);
        const VariableList &vars = imported->collection.variables;
        QCOMPARE(vars.size(), 5);
        QCOMPARE(vars.at(0).name, u"var-1"_s); // v2.0 names variables by "id"
        QCOMPARE(vars.at(0).value, u"hello-world"_s);
        QCOMPARE(vars.at(4).value, QString()); // null

        // Digest auth is supported since the HTTP engine answers digest challenges (issue 4).
        const auto digest = importPostmanCollection(corpusFile(u"postman-collection/examples/digest.json"_s));
        QVERIFY(digest);
        QVERIFY(!hasIssue(digest->issues, u"auth"_s));
    }

    void environmentsAndGlobals()
    {
        auto env = importPostmanEnvironment(
            corpusFile(u"postman-newman/test/integration/disabled-and-duplicate-variables/disabled-and-duplicates.postman_environment.json"_s));
        QVERIFY(env);
        QCOMPARE(env->environment.name, u"disabled-and-duplicates"_s);
        QVERIFY(!env->globals);
        const VariableList &vars = env->environment.variables;
        QCOMPARE(vars.size(), 5);
        QVERIFY(!vars.at(0).enabled);
        VariableScopes scopes;
        scopes.environment = vars;
        QCOMPARE(lookupVariable(scopes, u"oneDisabled"), u"1"_s);
        QCOMPARE(lookupVariable(scopes, u"duplicate"), u"2"_s);
        QCOMPARE(lookupVariable(scopes, u"justDisabled"), std::nullopt);

        // A byte order mark, and UTF-16 as some Windows tools write it.
        env = importPostmanEnvironment(corpusFile(u"postman-newman/test/integration/bom-and-encoding/bom-in-environment-file.postman_environment.json"_s));
        QVERIFY2(env, qPrintable(errorText(env)));
        env = importPostmanEnvironment(
            corpusFile(u"postman-newman/test/integration/bom-and-encoding/utf16-le-encoding-in-env.postman_environment.json"_s));
        QVERIFY2(env, qPrintable(errorText(env)));
        QVERIFY(!env->environment.variables.isEmpty());

        const QByteArray globals = R"({"name": "g", "_postman_variable_scope": "globals",
            "values": [{"key": "token", "value": "fake-secret-0000", "type": "secret", "enabled": true}]})"_ba;
        env = importPostmanEnvironment(globals);
        QVERIFY(env);
        QVERIFY(env->globals);
        QVERIFY(env->environment.variables.at(0).secret);
    }

    void requestDetails()
    {
        // Hand-written: one of every mapping, and a few things that do not map.
        const QByteArray json = readFile(QStringLiteral(GATEHOUSE_WORKSPACE_TEST_DATA "/postman-details.json"));
        const auto imported = importPostmanCollection(json);
        QVERIFY2(imported, qPrintable(errorText(imported)));
        const Collection &c = imported->collection;
        QCOMPARE(c.auth.kind, Auth::Kind::ApiKey);
        QCOMPARE(c.auth.keyName, u"X-Key"_s);
        const Folder &folder = c.folders.at(0);
        QCOMPARE(folder.auth.kind, Auth::Kind::Basic);
        QCOMPARE(folder.auth.password, u"p"_s); // v2.0 style object parameters
        const Request &upload = folder.requests.at(0);
        QCOMPARE(upload.method, u"POST"_s);
        QCOMPARE(upload.url, u"https://{{host}}/users/42/files"_s);
        QCOMPARE(upload.params.size(), 2);
        QVERIFY(!upload.params.at(1).enabled);
        QCOMPARE(upload.headers.size(), 2);
        QCOMPARE(upload.headers.at(1).name, u"X-Two"_s);
        QCOMPARE(upload.auth.kind, Auth::Kind::Bearer);
        QCOMPARE(upload.auth.token, u"{{t}}"_s);
        QCOMPARE(upload.body.kind, Body::Kind::Multipart);
        QCOMPARE(upload.body.parts.size(), 3);
        QCOMPARE(upload.body.parts.at(1).kind, FormDataPart::Kind::File);
        QCOMPARE(upload.body.parts.at(1).value, u"a.png"_s);
        QVERIFY(!upload.body.parts.at(2).enabled);
        QCOMPARE(upload.settings.followRedirects, false);
        QCOMPARE(upload.settings.verifyTls, false);
        const Request &graphql = folder.requests.at(1);
        QCOMPARE(graphql.body.kind, Body::Kind::GraphQL);
        QCOMPARE(graphql.body.graphqlVariables, u"{\"a\": 1}"_s);
        const Request &form = folder.requests.at(2);
        QCOMPARE(form.body.kind, Body::Kind::FormUrlEncoded);
        QCOMPARE(form.body.form.at(0).description, u"first"_s);

        // Everything that did not fit is reported, by item and field.
        const QString item = u"Details/Folder/Upload"_s;
        for (const QString &field : {u"url.variable"_s, u"url.hash"_s, u"body.formdata[1].src"_s, u"response"_s}) {
            QVERIFY2(hasIssue(imported->issues, field), qPrintable(field));
        }
        QCOMPARE(upload.settings.disableBodyPruning, std::optional<bool>(true));
        for (const ImportIssue &issue : imported->issues)
            QCOMPARE(issue.item, item);
    }

    // protocolProfileBehavior on the collection, folders and items: the nearest level wins per key.
    void protocolProfileBehavior()
    {
        auto imported = importPostmanCollection(corpusFile(u"postman-newman/test/integration/protocol-profile-behavior.postman_collection.json"_s));
        QVERIFY2(imported, qPrintable(errorText(imported)));
        QVERIFY2(imported->issues.isEmpty(), qPrintable(imported->issues.value(0).field));
        const Collection &c = imported->collection;
        QCOMPARE(c.behavior.maxRedirects, std::optional<int>(10));
        QCOMPARE(c.behavior.followOriginalHttpMethod, std::optional<bool>(false));
        QCOMPARE(c.behavior.removeRefererHeaderOnRedirect, std::optional<bool>(false));
        // newman prunes GET bodies unless told otherwise; Gatehouse's own default is to send them.
        QCOMPARE(c.behavior.disableBodyPruning, std::optional<bool>(false));

        // followRedirects (and strictSSL) are each request's own: inherited values are written into it.
        const Folder *follow = folderNamed(c, u"followRedirects"_s);
        QVERIFY(follow);
        QCOMPARE(follow->requests.at(0).settings.followRedirects, true);  // from its folder
        QCOMPARE(follow->requests.at(1).settings.followRedirects, false); // its own
        const Folder *method = folderNamed(c, u"followOriginalHttpMethod"_s);
        QVERIFY(method);
        QCOMPARE(method->behavior.followOriginalHttpMethod, std::optional<bool>(true));
        QCOMPARE(method->requests.at(0).settings.followOriginalHttpMethod, std::nullopt);
        QCOMPARE(method->requests.at(1).settings.followOriginalHttpMethod, std::optional<bool>(false));
        const Request &max = c.requests.at(0);
        QCOMPARE(max.name, u"maxRedirects"_s);
        QCOMPARE(max.settings.maxRedirects, std::optional<int>(11));
        QCOMPARE(max.settings.followRedirects, true);

        // A request directly in the collection without the key takes the collection's.
        ResolveContext context;
        context.collection = &c;
        Request plain = max;
        plain.settings.maxRedirects.reset();
        QCOMPARE(effectiveBehavior(plain, context).maxRedirects, std::optional<int>(10));
        context.folders = {method};
        auto resolved = resolveRequest(method->requests.at(0), context);
        QVERIFY(resolved);
        QCOMPARE(resolved->request.followOriginalHttpMethod, true);
        QCOMPARE(resolved->request.maxRedirects, 10);
        resolved = resolveRequest(method->requests.at(1), context);
        QVERIFY(resolved);
        QCOMPARE(resolved->request.followOriginalHttpMethod, false);
    }

    // Bad values are reported and dropped, not guessed.
    void protocolProfileBehaviorBadValues()
    {
        QJsonObject behavior{{u"maxRedirects"_s, u"many"_s}, {u"disableCookies"_s, u"yes"_s}, {u"tlsPreferServerCiphers"_s, true},
                             {u"disableUrlEncoding"_s, true}};
        QJsonObject item{{u"name"_s, u"r"_s},
                         {u"request"_s, QJsonObject{{u"method"_s, u"GET"_s}, {u"url"_s, u"http://x.test/"_s}}},
                         {u"protocolProfileBehavior"_s, behavior}};
        QJsonObject info{{u"name"_s, u"x"_s}, {u"schema"_s, u"https://schema.getpostman.com/json/collection/v2.1.0/collection.json"_s}};
        const QJsonObject root{{u"info"_s, info}, {u"item"_s, QJsonArray{item}}};
        auto imported = importPostmanCollection(QJsonDocument(root).toJson());
        QVERIFY2(imported, qPrintable(errorText(imported)));
        QVERIFY(hasIssue(imported->issues, u"protocolProfileBehavior.maxRedirects"_s));
        QVERIFY(hasIssue(imported->issues, u"protocolProfileBehavior.disableCookies"_s));
        QVERIFY(hasIssue(imported->issues, u"protocolProfileBehavior.tlsPreferServerCiphers"_s));
        const Request &r = imported->collection.requests.at(0);
        QCOMPARE(r.settings.maxRedirects, std::nullopt);
        QCOMPARE(r.settings.disableCookies, std::nullopt);
        QCOMPARE(r.settings.disableUrlEncoding, std::optional<bool>(true));
    }

    void v1Collections()
    {
        auto imported = importPostmanCollection(corpusFile(u"postman-newman/examples/v1.postman_collection.json"_s));
        QVERIFY2(imported, qPrintable(errorText(imported)));
        const Collection &c = imported->collection;
        QCOMPARE(c.name, u"Sample Postman Collection"_s);
        QCOMPARE(c.requests.size(), 3);
        QCOMPARE(c.requests.at(0).name, u"A simple GET request"_s); // in "order", not file order
        QCOMPARE(c.requests.at(1).name, u"A simple POST request"_s);
        QCOMPARE(c.requests.at(0).url, u"https://postman-echo.com/get"_s);
        QCOMPARE(c.requests.at(0).params.at(0).value, u"newman-sample-github-collection"_s);
        QCOMPARE(c.requests.at(0).scripts.test, u"tests['response code is 200'] = (responseCode.code === 200);"_s);
        QCOMPARE(c.requests.at(2).headers.at(0).name, u"Content-Type"_s);
        QCOMPARE(c.requests.at(2).body.kind, Body::Kind::Raw);
        QCOMPARE(c.requests.at(2).body.language, u"json"_s);

        // Nesting through "folders_order", the same shape as the v2 version of the file.
        imported = importPostmanCollection(corpusFile(u"postman-collection-transformer/examples/v1.0.0/multi-level-folders.json"_s));
        QVERIFY(imported);
        const Collection &nested = imported->collection;
        QCOMPARE(nested.folders.size(), 2);
        QCOMPARE(nested.requests.size(), 1);
        const Folder *f2 = folderNamed(nested, u"F2"_s);
        QVERIFY(f2);
        QCOMPARE(f2->folders.size(), 2);
        QCOMPARE(folderNamed(*f2, u"F2.F3"_s)->requests.at(0).name, u"F2.F3.R1"_s);
        QCOMPARE(folderNamed(nested, u"F1"_s)->requests.size(), 3);
    }

    void refusals()
    {
        auto imported = importPostmanCollection("{ not json"_ba);
        QVERIFY(!imported);
        QCOMPARE(imported.error().code, Error::Code::MalformedFile);
        QVERIFY(imported.error().message.contains(u"line 1"_s));

        imported = importPostmanCollection("[1, 2]"_ba);
        QVERIFY(!imported);
        QCOMPARE(imported.error().code, Error::Code::UnsupportedFormat);

        imported = importPostmanCollection(R"({"openapi": "3.0.0"})"_ba);
        QVERIFY(!imported);
        QCOMPARE(imported.error().code, Error::Code::UnsupportedFormat);


        const auto env = importPostmanEnvironment(corpusFile(u"postman-newman/examples/sample-collection.json"_s));
        QVERIFY(!env);
        QCOMPARE(env.error().code, Error::Code::UnsupportedFormat);
    }
};

QTEST_GUILESS_MAIN(TestPostmanImport)
#include "tst_postmanimport.moc"
