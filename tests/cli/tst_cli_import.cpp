// SPDX-License-Identifier: GPL-3.0-or-later
// gatehouse-cli import and export, run as real processes on real folders.
#include "formats/import/postman.h"
#include "storage/workspacestorage.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace gatehouse;

namespace {

struct Run {
    int exitCode = -1;
    QString out;
    QString err;
};

const QString kFormats = QStringLiteral(GATEHOUSE_FORMATS_TEST_DATA);
const QString kNestedPostman = QStringLiteral(GATEHOUSE_WORKSPACE_TEST_DATA) + u"/postman/postman-collection/examples/nested-v2-collection.json"_s;

void clearIds(Folder &folder)
{
    folder.id.clear();
    for (Request &request : folder.requests)
        request.id.clear();
    for (Folder &child : folder.folders)
        clearIds(child);
}

// The Postman v2.1 schema has no empty folders: the export leaves them out and says so.
void pruneEmptyFolders(Folder &folder)
{
    for (Folder &child : folder.folders)
        pruneEmptyFolders(child);
    folder.folders.removeIf([](const Folder &f) { return f.folders.isEmpty() && f.requests.isEmpty(); });
}

QStringList requestIds(const Folder &folder)
{
    QStringList ids;
    for (const Request &request : folder.requests)
        ids.append(request.id);
    for (const Folder &child : folder.folders)
        ids += requestIds(child);
    return ids;
}

Workspace loadWorkspace(const QString &dir)
{
    WorkspaceStorage storage(dir);
    auto loaded = storage.load();
    if (!loaded)
        qFatal("cannot load %s: %s", qPrintable(dir), qPrintable(loaded.error().message));
    return loaded->workspace;
}

} // namespace

class TestCliImport : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    // No server here: waiting for the process is fine.
    Run cli(const QStringList &args)
    {
        QProcess p;
        p.start(QStringLiteral(GATEHOUSE_CLI), args);
        if (!p.waitForStarted() || !p.waitForFinished(30000))
            qFatal("gatehouse-cli did not finish");
        return {p.exitCode(), QString::fromLocal8Bit(p.readAllStandardOutput()), QString::fromLocal8Bit(p.readAllStandardError())};
    }

    QString path(const QString &name) const { return m_dir.filePath(name); }

    void writeFile(const QString &name, const QByteArray &contents)
    {
        QFile file(path(name));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(contents);
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void importsHarIntoANewWorkspace()
    {
        const Run r = cli({u"import"_s, kFormats + u"/har-validator/valid.json"_s, u"--into"_s, path(u"har"_s)});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY2(r.out.contains(u"(har)"_s), qPrintable(r.out));
        QVERIFY2(r.out.contains(u"collection “HAR from WebInspector”: requests: "_s), qPrintable(r.out));
        QVERIFY(WorkspaceStorage::isWorkspace(path(u"har"_s)));
        const Workspace ws = loadWorkspace(path(u"har"_s));
        QCOMPARE(ws.name, u"har"_s);
        QCOMPARE(ws.collections.size(), 1);
        QVERIFY(!ws.collections.first().requests.isEmpty());
    }

    void reimportKeepsIdsAndAddsCollections()
    {
        const QString dir = path(u"postman"_s);
        Run r = cli({u"import"_s, kNestedPostman, u"--into"_s, dir, u"--format"_s, u"postman"_s});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const Workspace first = loadWorkspace(dir);
        QCOMPARE(first.collections.size(), 1);
        r = cli({u"import"_s, kNestedPostman, u"--into"_s, dir});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const Workspace second = loadWorkspace(dir);
        QCOMPARE(second.collections.size(), 1);
        QCOMPARE(second.id, first.id);
        QCOMPARE(second.collections.first().id, first.collections.first().id);
        QCOMPARE(requestIds(second.collections.first()), requestIds(first.collections.first()));
        // A curl command goes in beside it.
        writeFile(u"get-pets.curl.txt"_s, "curl -H 'Accept: application/json' https://api.contoso.test/pets\n");
        r = cli({u"import"_s, path(u"get-pets.curl.txt"_s), u"--into"_s, dir, u"--from"_s, u"curl"_s});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY2(r.out.contains(u"Everything was carried over."_s), qPrintable(r.out));
        const Workspace third = loadWorkspace(dir);
        QCOMPARE(third.collections.size(), 2);
        QCOMPARE(third.collections.at(1).name, u"get-pets"_s);
        QCOMPARE(third.collections.at(1).requests.first().url, u"https://api.contoso.test/pets"_s);
    }

    void importsOpenApiYaml()
    {
        const Run r = cli({u"import"_s, kFormats + u"/openapi-examples/v3.0--petstore.yaml"_s, u"--into"_s, path(u"openapi"_s)});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY2(r.out.contains(u"(openapi)"_s), qPrintable(r.out));
        QVERIFY2(r.out.contains(u"collection “Swagger Petstore”: requests: 3, folders: 1"_s), qPrintable(r.out));
        const Workspace ws = loadWorkspace(path(u"openapi"_s));
        QCOMPARE(ws.collections.first().variables.first().value, u"http://petstore.swagger.io/v1"_s);
    }

    void issuesAreListedByItemAndField()
    {
        writeFile(u"proxied.curl.txt"_s, "curl -x http://proxy.test:3128 --cert me.pem https://a.test/x\n");
        const Run r = cli({u"import"_s, path(u"proxied.curl.txt"_s), u"--into"_s, path(u"issues"_s)});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY2(r.out.contains(u"Not carried over (2):"_s), qPrintable(r.out));
        QVERIFY2(r.out.contains(u"curl [-x]: "_s), qPrintable(r.out));
        QVERIFY2(r.out.contains(u"curl [--cert]: "_s), qPrintable(r.out));
    }

    void failedImportWritesNothing()
    {
        writeFile(u"broken.json"_s, "{\"info\": {\"name\": \"x\"}, \"item\": [");
        Run r = cli({u"import"_s, path(u"broken.json"_s), u"--into"_s, path(u"never"_s), u"--format"_s, u"postman"_s});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(u"broken.json"_s), qPrintable(r.err));
        QVERIFY(!QFileInfo::exists(path(u"never"_s)));

        writeFile(u"unknown.txt"_s, "hello world\n");
        r = cli({u"import"_s, path(u"unknown.txt"_s), u"--into"_s, path(u"never"_s)});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(u"--format"_s), qPrintable(r.err));
        QVERIFY(!QFileInfo::exists(path(u"never"_s)));

        // A folder with other things in it is not turned into a workspace.
        QVERIFY(QDir(m_dir.path()).mkpath(u"busy"_s));
        writeFile(u"busy/notes.txt"_s, "mine");
        r = cli({u"import"_s, kNestedPostman, u"--into"_s, path(u"busy"_s)});
        QCOMPARE(r.exitCode, 2);
        QCOMPARE(QDir(path(u"busy"_s)).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden), QStringList{u"notes.txt"_s});

        r = cli({u"import"_s, kNestedPostman, u"--into"_s, path(u"x"_s), u"--format"_s, u"wsdl"_s});
        QCOMPARE(r.exitCode, 2);
        r = cli({u"import"_s, kNestedPostman});
        QCOMPARE(r.exitCode, 2);
    }

    void secretValuesGoToTheSecretStore()
    {
        writeFile(u"env.json"_s, "{\"name\": \"dev\", \"values\": [{\"key\": \"host\", \"value\": \"a.test\", \"enabled\": true},"
                                 " {\"key\": \"apiKey\", \"value\": \"fake-key-1234\", \"type\": \"secret\", \"enabled\": true}]}");
        const Run r = cli({u"import"_s, path(u"env.json"_s), u"--into"_s, path(u"env"_s), u"--secrets-file"_s, path(u"secrets.json"_s)});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY2(r.out.contains(u"environment “dev”: variables: 2"_s), qPrintable(r.out));
        QFile env(path(u"env/environments/dev.json"_s));
        QVERIFY(env.open(QIODevice::ReadOnly));
        QVERIFY(!env.readAll().contains("fake-key-1234"));
        QFile secrets(path(u"secrets.json"_s));
        QVERIFY(secrets.open(QIODevice::ReadOnly));
        QVERIFY(secrets.readAll().contains("fake-key-1234"));
    }

    void exportRoundTrips()
    {
        const QString dir = path(u"export-source"_s);
        Run r = cli({u"import"_s, kNestedPostman, u"--into"_s, dir});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const QString out = path(u"exported.postman_collection.json"_s);
        r = cli({u"export"_s, dir, u"--format"_s, u"postman"_s, u"-o"_s, out});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QFile file(out);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const auto reimported = importPostmanCollection(file.readAll());
        QVERIFY(reimported);
        Collection original = loadWorkspace(dir).collections.first();
        Collection back = reimported->collection;
        clearIds(original);
        pruneEmptyFolders(original);
        clearIds(back);
        QCOMPARE(back, original);
        QVERIFY2(r.err.contains(u"not exported"_s) && r.err.contains(u"empty folder"_s), qPrintable(r.err));

        // Standard output without -o; a workspace with several collections needs --collection.
        r = cli({u"export"_s, dir});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.contains(u"\"schema\": \"https://schema.getpostman.com/json/collection/v2.1.0/collection.json\""_s));
        writeFile(u"one.curl.txt"_s, "curl https://a.test/one");
        QCOMPARE(cli({u"import"_s, path(u"one.curl.txt"_s), u"--into"_s, dir}).exitCode, 0);
        r = cli({u"export"_s, dir, u"--to"_s, u"postman"_s});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(u"--collection"_s) && r.err.contains(u"one"_s), qPrintable(r.err));
        r = cli({u"export"_s, dir, u"--collection"_s, u"one"_s});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.contains(u"https://a.test/one"_s));
        r = cli({u"export"_s, dir, u"--collection"_s, u"nope"_s});
        QCOMPARE(r.exitCode, 2);
        r = cli({u"export"_s, dir, u"--format"_s, u"har"_s});
        QCOMPARE(r.exitCode, 2);
        r = cli({u"export"_s, path(u"not-a-workspace"_s)});
        QCOMPARE(r.exitCode, 2);
    }
};

QTEST_GUILESS_MAIN(TestCliImport)
#include "tst_cli_import.moc"
