// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/memorysecretstore.h"
#include "storage/workspacestorage.h"

#include <QDirIterator>
#include <QFile>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>

#ifdef Q_OS_UNIX
#include <unistd.h>
#endif

using namespace Qt::StringLiterals;
using namespace gatehouse;

namespace {

const QString kGoldenDir = QStringLiteral(GATEHOUSE_WORKSPACE_TEST_DATA "/golden-workspace");

Variable var(const QString &name, const QString &value, bool secret = false)
{
    Variable v;
    v.name = name;
    v.value = value;
    v.secret = secret;
    return v;
}

Request request(const QString &id, const QString &name, const QString &url)
{
    Request r;
    r.id = id;
    r.name = name;
    r.url = url;
    return r;
}

// One of everything the format knows, with fixed ids so that the files are byte-for-byte known.
Workspace sampleWorkspace()
{
    Workspace ws;
    ws.id = u"11111111-0000-4000-8000-000000000000"_s;
    ws.name = u"Contoso APIs"_s;
    ws.globals = {var(u"userAgent"_s, u"gatehouse-tests"_s), var(u"globalToken"_s, u"fake-secret-0003"_s, true)};

    Collection petstore;
    petstore.id = u"22222222-0000-4000-8000-000000000000"_s;
    petstore.name = u"Pet Store"_s;
    petstore.description = u"# Pets\nEverything about pets."_s;
    petstore.auth.kind = Auth::Kind::ApimSubscriptionKey;
    petstore.variables = {var(u"base"_s, u"https://{{host}}/pets"_s)};
    petstore.scripts.preRequest = u"console.log('collection');"_s;

    Request list = request(u"33333333-0000-4000-8000-000000000001"_s, u"List pets"_s, u"{{base}}"_s);
    list.params = {{u"limit"_s, u"10"_s, true, u"page size"_s}, {u"tag"_s, u"dog"_s, false, QString()}};
    list.headers = {{u"Accept"_s, u"application/json"_s, true, QString()}};
    list.scripts.test = u"pm.test('ok', () => {\n  pm.response.to.have.status(200);\n});"_s;
    petstore.requests.append(list);

    Request create = request(u"33333333-0000-4000-8000-000000000002"_s, u"Create pet"_s, u"{{base}}"_s);
    create.method = u"POST"_s;
    create.body.kind = Body::Kind::Raw;
    create.body.language = u"json"_s;
    create.body.raw = u"{\n  \"name\": \"Rex\"\n}"_s;
    create.auth.kind = Auth::Kind::Bearer;
    create.auth.token = u"{{token}}"_s;
    create.settings.timeoutMs = 5000;
    create.settings.followRedirects = false;
    create.settings.verifyTls = false;
    create.description = u"Creates a pet."_s;
    petstore.requests.append(create);

    Folder admin;
    admin.id = u"44444444-0000-4000-8000-000000000000"_s;
    admin.name = u"Admin / Ops"_s;
    admin.auth.kind = Auth::Kind::Basic;
    admin.auth.username = u"admin"_s;
    admin.auth.password = u"{{adminPassword}}"_s;
    admin.variables = {var(u"adminPassword"_s, u"fake-secret-0002"_s, true)};

    Request upload = request(u"33333333-0000-4000-8000-000000000003"_s, u"Upload photo"_s, u"{{base}}/1/photo"_s);
    upload.method = u"PUT"_s;
    upload.body.kind = Body::Kind::Multipart;
    upload.body.parts = {{u"caption"_s, FormDataPart::Kind::Text, u"hi"_s, QString(), true},
                         {u"photo"_s, FormDataPart::Kind::File, u"files/rex.png"_s, u"image/png"_s, true}};
    admin.requests.append(upload);

    Request form = request(u"33333333-0000-4000-8000-000000000004"_s, u"Login"_s, u"https://{{host}}/login"_s);
    form.method = u"POST"_s;
    form.body.kind = Body::Kind::FormUrlEncoded;
    form.body.form = {{u"user"_s, u"admin"_s, true, QString()}};
    form.auth.kind = Auth::Kind::ApiKey;
    form.auth.keyName = u"api_key"_s;
    form.auth.keyValue = u"{{apiKey}}"_s;
    form.auth.location = Auth::Location::Query;
    admin.requests.append(form);

    Folder deep;
    deep.id = u"55555555-0000-4000-8000-000000000000"_s;
    deep.name = u"Deep"_s;
    Request binary = request(u"33333333-0000-4000-8000-000000000005"_s, u"Restore"_s, u"https://{{host}}/restore"_s);
    binary.method = u"POST"_s;
    binary.body.kind = Body::Kind::Binary;
    binary.body.filePath = u"backup.bin"_s;
    binary.auth.kind = Auth::Kind::OAuth2;
    binary.auth.grantType = u"client_credentials"_s;
    binary.auth.accessTokenUrl = u"https://login.example.test/token"_s;
    binary.auth.clientId = u"gatehouse"_s;
    binary.auth.clientSecret = u"{{clientSecret}}"_s;
    binary.auth.scope = u"api://pets/.default"_s;
    deep.requests.append(binary);
    Request graphql = request(u"33333333-0000-4000-8000-000000000006"_s, u"GraphQL"_s, u"https://{{host}}/graphql"_s);
    graphql.method = u"POST"_s;
    graphql.body.kind = Body::Kind::GraphQL;
    graphql.body.graphqlQuery = u"query {\n  pets { name }\n}"_s;
    graphql.body.graphqlVariables = u"{}"_s;
    graphql.auth.kind = Auth::Kind::None;
    deep.requests.append(graphql);
    admin.folders.append(deep);
    petstore.folders.append(admin);
    ws.collections.append(petstore);

    Collection empty;
    empty.id = u"66666666-0000-4000-8000-000000000000"_s;
    empty.name = u"Ünïcødé Ω"_s;
    ws.collections.append(empty);

    Environment dev;
    dev.id = u"77777777-0000-4000-8000-000000000001"_s;
    dev.name = u"Dev"_s;
    dev.variables = {var(u"host"_s, u"dev.contoso.test"_s), var(u"apimSubscriptionKey"_s, u"fake-secret-0000"_s, true)};
    Variable disabled = var(u"debug"_s, u"1"_s);
    disabled.enabled = false;
    dev.variables.append(disabled);
    Environment prod;
    prod.id = u"77777777-0000-4000-8000-000000000002"_s;
    prod.name = u"Prod (EU)"_s;
    prod.variables = {var(u"host"_s, u"contoso.azure-api.net"_s), var(u"apimSubscriptionKey"_s, u"fake-secret-0001"_s, true)};
    ws.environments = {dev, prod};
    return ws;
}

// Relative path -> contents of every file under dir.
QMap<QString, QByteArray> readTree(const QString &dir)
{
    QMap<QString, QByteArray> files;
    QDirIterator it(dir, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        QFile file(path);
        if (file.open(QIODevice::ReadOnly))
            files.insert(QDir(dir).relativeFilePath(path), file.readAll());
    }
    return files;
}

bool writeFile(const QString &path, const QByteArray &data)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(data) == data.size();
}

QByteArray readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

int changedLines(const QByteArray &a, const QByteArray &b)
{
    const QList<QByteArray> left = a.split('\n');
    const QList<QByteArray> right = b.split('\n');
    if (left.size() != right.size())
        return -1;
    int changed = 0;
    for (qsizetype i = 0; i < left.size(); ++i)
        changed += left.at(i) != right.at(i) ? 1 : 0;
    return changed;
}

template<typename T>
QString errorText(const Expected<T> &result)
{
    return result ? QString() : result.error().message;
}

} // namespace

class TestWorkspaceStorage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void matchesTheGoldenFiles()
    {
        QTemporaryDir dir;
        MemorySecretStore secrets;
        WorkspaceStorage storage(dir.path(), &secrets);
        const auto saved = storage.save(sampleWorkspace());
        QVERIFY2(saved, qPrintable(errorText(saved)));
        QMap<QString, QByteArray> actual = readTree(dir.path());
        // .gatehouse/.gitignore ignores itself, so git could not keep it among the golden files
        // (it is checked in localStateDirectoryIsIgnoredByGit).
        QVERIFY(actual.remove(u".gatehouse/.gitignore"_s) == 1);

        if (qEnvironmentVariableIsSet("GATEHOUSE_UPDATE_GOLDEN")) {
            QDir(kGoldenDir).removeRecursively();
            for (auto it = actual.cbegin(); it != actual.cend(); ++it)
                QVERIFY(writeFile(kGoldenDir + u'/' + it.key(), it.value()));
        }
        const QMap<QString, QByteArray> golden = readTree(kGoldenDir);
        QCOMPARE(actual.keys(), golden.keys());
        for (auto it = golden.cbegin(); it != golden.cend(); ++it)
            QCOMPARE(actual.value(it.key()), it.value());
    }

    void filesAreSmallDeterministicAndSecretFree()
    {
        QTemporaryDir dir;
        MemorySecretStore secrets;
        WorkspaceStorage storage(dir.path(), &secrets);
        QVERIFY(storage.save(sampleWorkspace()));
        const QMap<QString, QByteArray> files = readTree(dir.path());
        for (auto it = files.cbegin(); it != files.cend(); ++it) {
            QVERIFY2(!it.value().contains("fake-secret"), qPrintable(it.key()));
            QVERIFY2(it.value().endsWith('\n'), qPrintable(it.key()));
            if (it.key().endsWith(u".json"_s))
                QVERIFY2(it.value().startsWith("{\n  \"schemaVersion\": 1,\n"), qPrintable(it.key()));
        }
        // One file per request, folder, collection and environment, plus the manifest and .gatehouse.
        QCOMPARE(files.size(), 6 + 2 + 2 + 2 + 1 + 1);
        QVERIFY(files.contains(u"collections/pet-store/admin-ops/deep/graphql.request.json"_s));
        QVERIFY(files.contains(u"environments/prod-eu.json"_s));
        QCOMPARE(files.value(u".gatehouse/.gitignore"_s).split('\n').at(1), "*"_ba);

        // Secret values went to the store, under workspace, scope and name.
        QCOMPARE(secrets.values().value(u"11111111-0000-4000-8000-000000000000/77777777-0000-4000-8000-000000000002/apimSubscriptionKey"_s),
                 u"fake-secret-0001"_s);
        QCOMPARE(secrets.values().value(u"11111111-0000-4000-8000-000000000000/globals/globalToken"_s), u"fake-secret-0003"_s);
        QCOMPARE(secrets.values().size(), 4);

        // Saving again, even from a fresh storage that loaded the workspace, gives the same bytes
        // and does not rewrite anything.
        const QDateTime before = QFileInfo(dir.filePath(u"workspace.json"_s)).lastModified();
        QTest::qWait(20);
        WorkspaceStorage again(dir.path(), &secrets);
        const auto loaded = again.load();
        QVERIFY(loaded);
        QVERIFY(again.save(loaded->workspace));
        QCOMPARE(readTree(dir.path()), files);
        QCOMPARE(QFileInfo(dir.filePath(u"workspace.json"_s)).lastModified(), before);
    }

    void roundTripsTheModel()
    {
        QTemporaryDir dir;
        MemorySecretStore secrets;
        const Workspace original = sampleWorkspace();
        QVERIFY(WorkspaceStorage(dir.path(), &secrets).save(original));
        WorkspaceStorage storage(dir.path(), &secrets);
        const auto loaded = storage.load();
        QVERIFY2(loaded, qPrintable(errorText(loaded)));
        QVERIFY(loaded->problems.isEmpty());
        QVERIFY(loaded->missingSecrets.isEmpty());
        QCOMPARE(loaded->workspace.collections.size(), 2);
        QCOMPARE(loaded->workspace.collections.at(0).folders.at(0).folders.at(0).requests.size(), 2);
        QVERIFY(loaded->workspace == original);
    }

    // protocolProfileBehavior keys on requests, folders and the collection: written only when set,
    // under Postman's names, and read back the same.
    void protocolBehaviorRoundTrips()
    {
        QTemporaryDir dir;
        MemorySecretStore secrets;
        Workspace original = sampleWorkspace();
        Collection &c = original.collections[0];
        c.behavior.disableBodyPruning = false;
        c.folders[0].behavior.maxRedirects = 3;
        c.folders[0].behavior.followOriginalHttpMethod = true;
        c.requests[0].settings.removeRefererHeaderOnRedirect = true;
        c.requests[0].settings.followAuthorizationHeader = false;
        c.requests[0].settings.disableUrlEncoding = true;
        c.requests[0].settings.disableCookies = true;
        QVERIFY(WorkspaceStorage(dir.path(), &secrets).save(original));
        const auto loaded = WorkspaceStorage(dir.path(), &secrets).load();
        QVERIFY2(loaded, qPrintable(errorText(loaded)));
        QVERIFY(loaded->problems.isEmpty());
        QCOMPARE(loaded->workspace.collections.at(0).behavior, c.behavior);
        QCOMPARE(loaded->workspace.collections.at(0).folders.at(0).behavior, c.folders.at(0).behavior);
        QCOMPARE(loaded->workspace.collections.at(0).requests.at(0).settings, c.requests.at(0).settings);
        QVERIFY(loaded->workspace == original);
        const QMap<QString, QByteArray> files = readTree(dir.path());
        bool written = false;
        for (auto it = files.cbegin(); it != files.cend(); ++it)
            written = written || it.value().contains("\"removeRefererHeaderOnRedirect\": true");
        QVERIFY(written);
    }

    void oneEditIsAOneLineDiff()
    {
        QTemporaryDir dir;
        MemorySecretStore secrets;
        WorkspaceStorage storage(dir.path(), &secrets);
        Workspace ws = sampleWorkspace();
        QVERIFY(storage.save(ws));
        const QMap<QString, QByteArray> before = readTree(dir.path());

        ws.collections[0].folders[0].requests[1].url = u"https://{{host}}/v2/login"_s;
        QVERIFY(storage.save(ws));
        const QMap<QString, QByteArray> after = readTree(dir.path());
        QCOMPARE(after.keys(), before.keys());
        QStringList changed;
        for (auto it = after.cbegin(); it != after.cend(); ++it) {
            if (before.value(it.key()) != it.value())
                changed.append(it.key());
        }
        QCOMPARE(changed, QStringList{u"collections/pet-store/admin-ops/login.request.json"_s});
        QCOMPARE(changedLines(before.value(changed.first()), after.value(changed.first())), 1);

        // One line of a script: one line of the file.
        ws.collections[0].requests[0].scripts.test.replace(u"200"_s, u"201"_s);
        QVERIFY(storage.save(ws));
        const QString listFile = u"collections/pet-store/list-pets.request.json"_s;
        QCOMPARE(changedLines(after.value(listFile), readFile(dir.filePath(listFile))), 1);
    }

    void renameKeepsTheFileAndRemovalDeletesIt()
    {
        QTemporaryDir dir;
        MemorySecretStore secrets;
        Workspace ws = sampleWorkspace();
        QVERIFY(WorkspaceStorage(dir.path(), &secrets).save(ws));

        WorkspaceStorage storage(dir.path(), &secrets);
        auto loaded = storage.load();
        QVERIFY(loaded);
        ws = loaded->workspace;
        ws.collections[0].requests[0].name = u"All the pets"_s;
        QVERIFY(storage.save(ws));
        const QByteArray renamed = readFile(dir.filePath(u"collections/pet-store/list-pets.request.json"_s));
        QVERIFY(renamed.contains("\"name\": \"All the pets\""));

        // Removing a folder removes its files and its now empty directories.
        ws.collections[0].folders.clear();
        QVERIFY(storage.save(ws));
        QVERIFY(!QFileInfo::exists(dir.filePath(u"collections/pet-store/admin-ops"_s)));
        QVERIFY(QFileInfo::exists(dir.filePath(u"collections/pet-store/collection.json"_s)));

        // A new request with a taken name gets a name of its own.
        Request twin = ws.collections[0].requests[1];
        twin.id = u"99999999-0000-4000-8000-000000000000"_s;
        ws.collections[0].requests.append(twin);
        QVERIFY(storage.save(ws));
        QVERIFY(QFileInfo::exists(dir.filePath(u"collections/pet-store/create-pet-2.request.json"_s)));
        loaded = WorkspaceStorage(dir.path(), &secrets).load();
        QVERIFY(loaded);
        QCOMPARE(loaded->workspace, ws);
    }

    void malformedFilesAreReportedAndLeftAlone()
    {
        QTemporaryDir dir;
        MemorySecretStore secrets;
        QVERIFY(WorkspaceStorage(dir.path(), &secrets).save(sampleWorkspace()));
        const QString broken = dir.filePath(u"collections/pet-store/create-pet.request.json"_s);
        const QByteArray brokenData = "{\n  \"schemaVersion\": 1,\n  \"type\": \"request\",\n  \"name\": \"x\"\n  \"url\": \"y\"\n}\n"_ba;
        QVERIFY(writeFile(broken, brokenData));
        const QString newer = dir.filePath(u"environments/dev.json"_s);
        const QByteArray newerData = "{\n  \"schemaVersion\": 7,\n  \"type\": \"environment\"\n}\n"_ba;
        QVERIFY(writeFile(newer, newerData));

        WorkspaceStorage storage(dir.path(), &secrets);
        const auto loaded = storage.load();
        QVERIFY(loaded);
        QCOMPARE(loaded->problems.size(), 2);
        const StorageProblem &syntax = loaded->problems.at(0);
        QCOMPARE(syntax.filePath, broken);
        QCOMPARE(syntax.line, 5);
        QCOMPARE(syntax.error.code, Error::Code::MalformedFile);
        QVERIFY2(syntax.error.message.startsWith(u"collections/pet-store/create-pet.request.json, line 5: "_s),
                 qPrintable(syntax.error.message));
        QCOMPARE(loaded->problems.at(1).error.code, Error::Code::UnsupportedSchemaVersion);
        QVERIFY(loaded->problems.at(1).error.message.contains(u"environments/dev.json"_s));

        // The rest is there.
        QCOMPARE(loaded->workspace.collections.at(0).requests.size(), 1);
        QCOMPARE(loaded->workspace.collections.at(0).folders.size(), 1);
        QCOMPARE(loaded->workspace.environments.size(), 1);

        // Saving what loaded never touches the files it could not read, nor reuses their names.
        Workspace ws = loaded->workspace;
        Request fresh = request(u"99999999-0000-4000-8000-000000000001"_s, u"Create pet"_s, u"https://x.test"_s);
        ws.collections[0].requests.append(fresh);
        Environment env;
        env.id = u"99999999-0000-4000-8000-000000000002"_s;
        env.name = u"dev"_s;
        ws.environments.append(env);
        QVERIFY(storage.save(ws));
        QCOMPARE(readFile(broken), brokenData);
        QCOMPARE(readFile(newer), newerData);
        QVERIFY(QFileInfo::exists(dir.filePath(u"collections/pet-store/create-pet-2.request.json"_s)));
        QVERIFY(QFileInfo::exists(dir.filePath(u"environments/dev-2.json"_s)));

        // Fixed by hand, the file loads again (unlisted files are picked up too).
        QVERIFY(writeFile(broken, "{\"schemaVersion\": 1, \"type\": \"request\", \"id\": \"fixed\", \"name\": \"Fixed\"}"_ba));
        const auto reloaded = WorkspaceStorage(dir.path(), &secrets).load();
        QVERIFY(reloaded);
        QCOMPARE(reloaded->problems.size(), 1);
        QCOMPARE(reloaded->workspace.collections.at(0).requests.size(), 3);
        QCOMPARE(reloaded->workspace.collections.at(0).requests.last().name, u"Fixed"_s);
    }

    void brokenFolderKeepsItsChildren()
    {
        QTemporaryDir dir;
        MemorySecretStore secrets;
        QVERIFY(WorkspaceStorage(dir.path(), &secrets).save(sampleWorkspace()));
        const QString folderFile = dir.filePath(u"collections/pet-store/admin-ops/folder.json"_s);
        QVERIFY(writeFile(folderFile, "not json"_ba));
        WorkspaceStorage storage(dir.path(), &secrets);
        auto loaded = storage.load();
        QVERIFY(loaded);
        QCOMPARE(loaded->problems.size(), 1);
        QCOMPARE(loaded->problems.at(0).line, 1);
        QVERIFY(loaded->workspace.collections.at(0).folders.isEmpty());
        QVERIFY(storage.save(loaded->workspace));
        // Nothing under the broken folder was deleted.
        QVERIFY(QFileInfo::exists(dir.filePath(u"collections/pet-store/admin-ops/login.request.json"_s)));
        QVERIFY(QFileInfo::exists(dir.filePath(u"collections/pet-store/admin-ops/deep/graphql.request.json"_s)));
        QCOMPARE(readFile(folderFile), "not json"_ba);
    }

    void manifestProblemsStopTheLoad()
    {
        QTemporaryDir dir;
        auto loaded = WorkspaceStorage(dir.path()).load();
        QVERIFY(!loaded);
        QCOMPARE(loaded.error().code, Error::Code::NotAWorkspace);

        QVERIFY(writeFile(dir.filePath(u"workspace.json"_s), "{\n  \"schemaVersion\": 1,\n  oops\n}"_ba));
        loaded = WorkspaceStorage(dir.path()).load();
        QVERIFY(!loaded);
        QCOMPARE(loaded.error().code, Error::Code::MalformedFile);
        QVERIFY2(loaded.error().message.contains(u"workspace.json, line 3"_s), qPrintable(loaded.error().message));
    }

    void missingSecretsAreListed()
    {
        QTemporaryDir dir;
        MemorySecretStore secrets;
        QVERIFY(WorkspaceStorage(dir.path(), &secrets).save(sampleWorkspace()));

        // Another machine: the same files, an empty store.
        MemorySecretStore empty;
        auto loaded = WorkspaceStorage(dir.path(), &empty).load();
        QVERIFY(loaded);
        QCOMPARE(loaded->missingSecrets.size(), 4);
        QCOMPARE(loaded->missingSecrets.at(0).scopeName, u"Globals"_s);
        QCOMPARE(loaded->missingSecrets.at(0).variable, u"globalToken"_s);
        QCOMPARE(loaded->missingSecrets.at(1).scopeName, u"Dev"_s);
        QCOMPARE(loaded->missingSecrets.at(1).variable, u"apimSubscriptionKey"_s);
        const Variable &key = loaded->workspace.environments.at(0).variables.at(1);
        QVERIFY(key.secret);
        QVERIFY(key.value.isEmpty());

        // Given once, it is there next time.
        QVERIFY(empty.write(loaded->missingSecrets.at(1).key, u"fake-secret-0009"_s));
        loaded = WorkspaceStorage(dir.path(), &empty).load();
        QVERIFY(loaded);
        QCOMPARE(loaded->missingSecrets.size(), 3);
        QCOMPARE(loaded->workspace.environments.at(0).variables.at(1).value, u"fake-secret-0009"_s);

        // Without a store nothing secret can be saved, and nothing is written.
        QTemporaryDir other;
        const auto saved = WorkspaceStorage(other.path()).save(sampleWorkspace());
        QVERIFY(!saved);
        QCOMPARE(saved.error().code, Error::Code::SecretStore);
        QVERIFY(!QFileInfo::exists(other.filePath(u"workspace.json"_s)));
    }

    void handWrittenFilesLoad()
    {
        QTemporaryDir dir;
        QVERIFY(writeFile(dir.filePath(u"workspace.json"_s), R"({"schemaVersion": 1, "type": "workspace", "name": "Hand"})"_ba));
        QVERIFY(writeFile(dir.filePath(u"collections/c/collection.json"_s), R"({"schemaVersion": 1, "type": "collection", "name": "C"})"_ba));
        QVERIFY(writeFile(dir.filePath(u"collections/c/b.request.json"_s), R"({"schemaVersion": 1, "type": "request", "name": "B"})"_ba));
        QVERIFY(writeFile(dir.filePath(u"collections/c/a.request.json"_s), R"({"schemaVersion": 1, "type": "request", "name": "A", "method": "DELETE"})"_ba));
        QVERIFY(writeFile(dir.filePath(u"collections/c/notes/readme.txt"_s), "not a folder"_ba));
        const auto loaded = WorkspaceStorage(dir.path()).load();
        QVERIFY(loaded);
        QVERIFY(loaded->problems.isEmpty());
        const Collection &c = loaded->workspace.collections.at(0);
        QCOMPARE(c.auth.kind, Auth::Kind::None);
        QCOMPARE(c.requests.size(), 2);
        QCOMPARE(c.requests.at(0).name, u"A"_s); // unlisted files come in name order
        QCOMPARE(c.requests.at(0).method, u"DELETE"_s);
        QCOMPARE(c.requests.at(1).auth.kind, Auth::Kind::Inherit);
        QVERIFY(c.folders.isEmpty());

        // Files without ids get fresh ones, so the workspace can be saved right away.
        QVERIFY(!loaded->workspace.id.isEmpty());
        QVERIFY(!c.id.isEmpty());
        QVERIFY(!c.requests.at(0).id.isEmpty());
        QVERIFY(c.requests.at(0).id != c.requests.at(1).id);
    }

    void duplicateIdsAreMadeUnique()
    {
        QTemporaryDir dir;
        MemorySecretStore secrets;
        QVERIFY(WorkspaceStorage(dir.path(), &secrets).save(sampleWorkspace()));
        // A request file copied by hand keeps the id of its original.
        QVERIFY(QFile::copy(dir.filePath(u"collections/pet-store/list-pets.request.json"_s),
                            dir.filePath(u"collections/pet-store/list-pets-copy.request.json"_s)));
        WorkspaceStorage storage(dir.path(), &secrets);
        const auto loaded = storage.load();
        QVERIFY(loaded);
        const QList<Request> &requests = loaded->workspace.collections.at(0).requests;
        QCOMPARE(requests.size(), 3);
        QCOMPARE(requests.at(0).id, u"33333333-0000-4000-8000-000000000001"_s); // the listed one keeps it
        QVERIFY(requests.at(2).id != requests.at(0).id);
        QVERIFY(storage.save(loaded->workspace));
        QVERIFY(readFile(dir.filePath(u"collections/pet-store/list-pets-copy.request.json"_s)).contains(requests.at(2).id.toUtf8()));
    }

    // A save that fails halfway leaves the workspace exactly as it was: here the rename of the
    // last file fails because a folder has taken its name, after earlier files were replaced.
    void failedSaveInTheCommitPhaseRollsBack()
    {
        QTemporaryDir dir;
        MemorySecretStore secrets;
        WorkspaceStorage storage(dir.path(), &secrets);
        Workspace ws = sampleWorkspace();
        QVERIFY(storage.save(ws));
        const QString squatted = dir.filePath(u"environments/prod-eu.json"_s);
        QVERIFY(QFile::remove(squatted));
        QVERIFY(QDir().mkdir(squatted));
        const QMap<QString, QByteArray> before = readTree(dir.path());

        Workspace edited = ws;
        edited.name = u"Renamed"_s;                                              // workspace.json
        edited.collections[0].requests[0].url = u"{{base}}/v2"_s;                // list-pets
        edited.collections[0].folders[0].requests[1].url = u"https://{{host}}/v2/login"_s; // admin-ops/login
        Folder added;
        added.id = u"88888888-0000-4000-8000-000000000000"_s;
        added.name = u"Added"_s;
        added.requests.append(request(u"88888888-0000-4000-8000-000000000001"_s, u"New"_s, u"https://example.test/"_s));
        edited.collections[0].folders.append(added);                             // a new folder
        edited.environments[1].variables[0].value = u"eu.contoso.test"_s;       // the squatted file
        const auto saved = storage.save(edited);
        QVERIFY(!saved);
        QCOMPARE(saved.error().code, Error::Code::FileUnwritable);
        QVERIFY2(saved.error().message.contains(u"prod-eu.json"_s), qPrintable(saved.error().message));

        QCOMPARE(readTree(dir.path()), before);
        QVERIFY(!QFileInfo::exists(dir.filePath(u"collections/pet-store/added"_s)));
        QVERIFY(QFileInfo(squatted).isDir());

        // Once the way is clear the same save goes through, and loads back.
        QVERIFY(QDir().rmdir(squatted));
        QVERIFY2(storage.save(edited), "second save");
        const auto loaded = WorkspaceStorage(dir.path(), &secrets).load();
        QVERIFY(loaded);
        QCOMPARE(loaded->workspace, edited);
        const auto names = readTree(dir.path()).keys();
        QVERIFY(std::none_of(names.cbegin(), names.cend(), [](const QString &n) { return n.contains(u"gatehouse-saving"_s); }));
    }

    // A file that cannot even be staged stops the save before any target is replaced.
    void failedSaveInTheStagingPhaseChangesNothing()
    {
        QTemporaryDir dir;
        MemorySecretStore secrets;
        WorkspaceStorage storage(dir.path(), &secrets);
        Workspace ws = sampleWorkspace();
        QVERIFY(storage.save(ws));
        // A folder where the staged copy of list-pets would go: its rename over it fails.
        QVERIFY(QDir().mkdir(dir.filePath(u"collections/pet-store/list-pets.request.json.gatehouse-saving"_s)));
        const QMap<QString, QByteArray> before = readTree(dir.path());

        Workspace edited = ws;
        edited.name = u"Renamed"_s;
        edited.collections[0].folders[0].requests[1].url = u"https://{{host}}/v2/login"_s; // staged before list-pets
        edited.collections[0].requests[0].url = u"{{base}}/v2"_s;
        const auto saved = storage.save(edited);
        QVERIFY(!saved);
        QVERIFY2(saved.error().message.contains(u"list-pets.request.json"_s), qPrintable(saved.error().message));
        QCOMPARE(readTree(dir.path()), before);
    }

#ifdef Q_OS_UNIX
    // The everyday cause: a folder the user cannot write to (skipped as root, who can).
    void failedSaveInAReadOnlyFolderChangesNothing()
    {
        if (::geteuid() == 0)
            QSKIP("root may write to read-only folders");
        QTemporaryDir dir;
        MemorySecretStore secrets;
        WorkspaceStorage storage(dir.path(), &secrets);
        Workspace ws = sampleWorkspace();
        QVERIFY(storage.save(ws));
        const QString readOnly = dir.filePath(u"collections/pet-store/admin-ops"_s);
        const auto permissions = QFile::permissions(readOnly);
        QVERIFY(QFile::setPermissions(readOnly, QFileDevice::ReadOwner | QFileDevice::ExeOwner));
        const QMap<QString, QByteArray> before = readTree(dir.path());

        Workspace edited = ws;
        edited.name = u"Renamed"_s;
        edited.collections[0].requests[0].url = u"{{base}}/v2"_s;
        edited.collections[0].folders[0].requests[1].url = u"https://{{host}}/v2/login"_s;
        const auto saved = storage.save(edited);
        QFile::setPermissions(readOnly, permissions);
        QVERIFY(!saved);
        QVERIFY2(saved.error().message.contains(u"login.request.json"_s), qPrintable(saved.error().message));
        QCOMPARE(readTree(dir.path()), before);
    }
#endif

    void localStateDirectoryIsIgnoredByGit()
    {
        QTemporaryDir dir;
        const WorkspaceStorage storage(dir.path());
        const auto local = storage.localStateDirectory();
        QVERIFY(local);
        QCOMPARE(*local, dir.filePath(u".gatehouse"_s));
        const QByteArray gitignore = readFile(dir.filePath(u".gatehouse/.gitignore"_s));
        QVERIFY(gitignore.split('\n').contains("*"_ba)); // everything inside, the .gitignore too
        QVERIFY(storage.localStateDirectory()); // a second time is fine
        QCOMPARE(readFile(dir.filePath(u".gatehouse/.gitignore"_s)), gitignore);
    }

    void fileNames_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("expected");
        QTest::newRow("plain") << u"Get user"_s << u"get-user"_s;
        QTest::newRow("punctuation") << u"  /users/{id} (v2)!  "_s << u"users-id-v2"_s;
        QTest::newRow("unicode") << u"Größe Ω"_s << u"größe-ω"_s;
        QTest::newRow("empty") << u"???"_s << u"request"_s;
        QTest::newRow("reserved") << u"CON"_s << u"request"_s;
    }
    void fileNames()
    {
        QFETCH(QString, name);
        QFETCH(QString, expected);
        QCOMPARE(WorkspaceStorage::fileNameFor(name, u"request"), expected);
    }
};

QTEST_GUILESS_MAIN(TestWorkspaceStorage)
#include "tst_workspacestorage.moc"
