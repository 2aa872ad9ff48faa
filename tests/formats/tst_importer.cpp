// SPDX-License-Identifier: GPL-3.0-or-later
#include "formats/import/importer.h"

#include <QDirIterator>
#include <QFile>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace gatehouse;

namespace {

QByteArray readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

const QString kData = QStringLiteral(GATEHOUSE_FORMATS_TEST_DATA);
const QString kPostman = QStringLiteral(GATEHOUSE_WORKSPACE_TEST_DATA) + u"/postman"_s;

} // namespace

class TestImporter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void namesFormats()
    {
        QCOMPARE(importFormatFromName(u"HAR"), std::optional(ImportFormat::Har));
        QCOMPARE(importFormatFromName(u"auto"), std::optional(ImportFormat::Auto));
        QVERIFY(!importFormatFromName(u"wsdl"));
        QCOMPARE(importFormatName(ImportFormat::Curl), u"curl"_s);
    }

    void detectsFormats()
    {
        QCOMPARE(detectImportFormat(readFile(kData + u"/har-validator/valid.json"_s)), ImportFormat::Har);
        QCOMPARE(detectImportFormat(readFile(kData + u"/httpsnippet/har-requests/full.json"_s)), ImportFormat::Har);
        QCOMPARE(detectImportFormat("  curl -X POST http://a\n"), ImportFormat::Curl);
        QCOMPARE(detectImportFormat("$ curl http://a"), ImportFormat::Curl);
        QCOMPARE(detectImportFormat("# list\n@host = a.test\nGET https://{{host}}/x\n"), ImportFormat::Http);
        QCOMPARE(detectImportFormat("whatever", u"requests.rest"), ImportFormat::Http);
        QCOMPARE(detectImportFormat("hello world\n"), ImportFormat::Auto);
        QCOMPARE(detectImportFormat("{}"), ImportFormat::Auto);
        int postman = 0;
        QDirIterator it(kPostman, {u"*.json"_s}, QDir::Files, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString path = it.next();
            if (detectImportFormat(readFile(path)) == ImportFormat::Postman)
                ++postman;
        }
        QVERIFY2(postman >= 72, qPrintable(QString::number(postman)));
    }

    void importsAnyPostmanFile()
    {
        // Collections, environments and globals all go through the one front door.
        QDirIterator it(kPostman, {u"*.json"_s}, QDir::Files, QDirIterator::Subdirectories);
        int collections = 0, environments = 0, globals = 0;
        while (it.hasNext()) {
            const QString path = it.next();
            const QByteArray data = readFile(path);
            if (detectImportFormat(data) != ImportFormat::Postman)
                continue;
            const auto result = importData(data, ImportFormat::Auto, it.fileName());
            QVERIFY2(result, qPrintable(path + u": "_s + (result ? QString() : result.error().message)));
            QCOMPARE(result->format, ImportFormat::Postman);
            collections += int(result->collections.size());
            environments += int(result->environments.size());
            globals += result->globals.isEmpty() ? 0 : 1;
        }
        QVERIFY(collections >= 72);
        QVERIFY(environments >= 1);
        Q_UNUSED(globals);
        const auto g = importData("{\"name\": \"My globals\", \"_postman_variable_scope\": \"globals\", "
                                  "\"values\": [{\"key\": \"g\", \"value\": \"1\", \"enabled\": true}]}",
                                  ImportFormat::Auto);
        QVERIFY(g);
        QCOMPARE(g->globals.size(), 1);
        QVERIFY(g->environments.isEmpty());
    }

    void unknownInputIsRefusedWithTheFormats()
    {
        const auto result = importData("hello world", ImportFormat::Auto, u"x.txt"_s);
        QVERIFY(!result);
        QCOMPARE(result.error().code, Error::Code::UnsupportedFormat);
        QVERIFY(result.error().message.contains(u"x.txt"_s));
        QVERIFY(result.error().message.contains(u"postman, curl, http, har, insomnia, openapi"_s));
        QVERIFY(!importData("{\"info\": 1}", ImportFormat::Postman));
        QVERIFY(!importData("curl", ImportFormat::Curl)); // no URL
    }

    void curlBecomesACollectionNamedAfterTheFile()
    {
        const auto result = importData("curl -H 'A: 1' http://a/x", ImportFormat::Auto, u"get-x.curl.txt"_s);
        QVERIFY(result);
        QCOMPARE(result->format, ImportFormat::Curl);
        QCOMPARE(result->collections.size(), 1);
        QCOMPARE(result->collections.first().name, u"get-x"_s);
        QCOMPARE(result->collections.first().requests.first().name, u"GET /x"_s);
    }

    void reimportKeepsIds()
    {
        Workspace workspace;
        workspace.id = u"ws"_s;
        Collection old;
        old.id = u"c1"_s;
        old.name = u"Shop"_s;
        Folder admin;
        admin.id = u"f1"_s;
        admin.name = u"Admin"_s;
        Request login;
        login.id = u"r1"_s;
        login.name = u"Login"_s;
        admin.requests.append(login);
        old.folders.append(admin);
        Collection other;
        other.id = u"c2"_s;
        other.name = u"Other"_s;
        workspace.collections = {old, other};
        Environment dev;
        dev.id = u"e1"_s;
        dev.name = u"dev"_s;
        dev.apim.gatewayHosts = {u"contoso.azure-api.net"_s};
        workspace.environments = {dev};

        ImportResult import;
        Collection fresh;
        fresh.id = u"new-c"_s;
        fresh.name = u"Shop"_s;
        Folder freshAdmin;
        freshAdmin.id = u"new-f"_s;
        freshAdmin.name = u"Admin"_s;
        Request freshLogin;
        freshLogin.id = u"new-r1"_s;
        freshLogin.name = u"Login"_s;
        freshLogin.method = u"POST"_s;
        Request logout;
        logout.id = u"new-r2"_s;
        logout.name = u"Logout"_s;
        freshAdmin.requests = {freshLogin, logout};
        fresh.folders.append(freshAdmin);
        import.collections.append(fresh);
        Environment freshDev;
        freshDev.id = u"new-e"_s;
        freshDev.name = u"dev"_s;
        freshDev.variables.append({u"host"_s, u"a"_s, true, false});
        import.environments.append(freshDev);
        import.globals.append({u"g"_s, u"1"_s, true, false});

        mergeImport(workspace, import);
        QCOMPARE(workspace.collections.size(), 2);
        const Collection &shop = workspace.collections.first();
        QCOMPARE(shop.id, u"c1"_s);
        QCOMPARE(shop.folders.first().id, u"f1"_s);
        QCOMPARE(shop.folders.first().requests.at(0).id, u"r1"_s);
        QCOMPARE(shop.folders.first().requests.at(0).method, u"POST"_s); // the content is the new one
        QCOMPARE(shop.folders.first().requests.at(1).id, u"new-r2"_s);
        QCOMPARE(workspace.collections.at(1).id, u"c2"_s);
        QCOMPARE(workspace.environments.size(), 1);
        QCOMPARE(workspace.environments.first().id, u"e1"_s);
        QCOMPARE(workspace.environments.first().variables.size(), 1);
        QCOMPARE(workspace.environments.first().apim.gatewayHosts, QStringList{u"contoso.azure-api.net"_s});
        QCOMPARE(workspace.globals.size(), 1);
    }
};

QTEST_GUILESS_MAIN(TestImporter)
#include "tst_importer.moc"
