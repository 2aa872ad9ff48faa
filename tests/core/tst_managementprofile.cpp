// SPDX-License-Identifier: GPL-3.0-or-later
// The management connection of an environment's APIM profile on disk: golden bytes, round trip,
// and the token never in a file.
#include "model/workspace.h"
#include "storage/memorysecretstore.h"
#include "storage/workspacestorage.h"

#include <QFile>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace gatehouse;

namespace {

// environments/prod.json as the storage must write it (keys in a fixed order, one per line).
const QByteArray kGolden = "{\n"
                           "  \"schemaVersion\": 1,\n"
                           "  \"type\": \"environment\",\n"
                           "  \"id\": \"77777777-0000-4000-8000-000000000009\",\n"
                           "  \"name\": \"Prod\",\n"
                           "  \"variables\": [\n"
                           "    {\n"
                           "      \"name\": \"apimManagementToken\",\n"
                           "      \"secret\": true,\n"
                           "      \"enabled\": true\n"
                           "    }\n"
                           "  ],\n"
                           "  \"apim\": {\n"
                           "    \"gatewayHosts\": [\n"
                           "      \"contoso.azure-api.net\"\n"
                           "    ],\n"
                           "    \"in\": \"header\",\n"
                           "    \"header\": \"\",\n"
                           "    \"query\": \"\",\n"
                           "    \"key\": \"\",\n"
                           "    \"management\": {\n"
                           "      \"subscriptionId\": \"00000000-1111-2222-3333-444444444444\",\n"
                           "      \"resourceGroup\": \"rg-apis\",\n"
                           "      \"service\": \"contoso\",\n"
                           "      \"endpoint\": \"\",\n"
                           "      \"tokenSource\": \"token-variable\",\n"
                           "      \"token\": \"{{apimManagementToken}}\",\n"
                           "      \"tenant\": \"\",\n"
                           "      \"clientId\": \"\",\n"
                           "      \"tracing\": true\n"
                           "    }\n"
                           "  }\n"
                           "}\n";

Workspace sampleWorkspace()
{
    Workspace ws;
    ws.id = u"11111111-0000-4000-8000-000000000009"_s;
    ws.name = u"Management"_s;
    Environment prod;
    prod.id = u"77777777-0000-4000-8000-000000000009"_s;
    prod.name = u"Prod"_s;
    Variable token;
    token.name = u"apimManagementToken"_s;
    token.value = u"fake-management-token-0000"_s;
    token.secret = true;
    prod.variables = {token};
    prod.apim.gatewayHosts = {u"contoso.azure-api.net"_s};
    prod.apim.management.subscriptionId = u"00000000-1111-2222-3333-444444444444"_s;
    prod.apim.management.resourceGroup = u"rg-apis"_s;
    prod.apim.management.serviceName = u"contoso"_s;
    prod.apim.management.tokenSource = EnvironmentApimManagement::TokenSource::TokenVariable;
    prod.apim.management.token = u"{{apimManagementToken}}"_s;
    prod.apim.management.tracing = true;
    ws.environments = {prod};
    return ws;
}

QByteArray readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

class TestManagementProfile : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void matchesTheGoldenFile()
    {
        QTemporaryDir dir;
        MemorySecretStore secrets;
        QVERIFY(WorkspaceStorage(dir.path(), &secrets).save(sampleWorkspace()));
        const QByteArray written = readFile(dir.filePath(u"environments/prod.json"_s));
        QCOMPARE(written, kGolden);
        QVERIFY(!written.contains("fake-management-token"));
    }

    void roundTrips_data()
    {
        QTest::addColumn<int>("source");
        QTest::newRow("azure-cli") << int(EnvironmentApimManagement::TokenSource::AzureCli);
        QTest::newRow("device-code") << int(EnvironmentApimManagement::TokenSource::DeviceCode);
        QTest::newRow("token-variable") << int(EnvironmentApimManagement::TokenSource::TokenVariable);
    }

    void roundTrips()
    {
        QFETCH(int, source);
        Workspace original = sampleWorkspace();
        EnvironmentApimManagement &m = original.environments.first().apim.management;
        m.tokenSource = EnvironmentApimManagement::TokenSource(source);
        m.endpoint = u"http://127.0.0.1:8081"_s;
        m.tenant = u"contoso.onmicrosoft.com"_s;
        m.clientId = u"22222222-0000-4000-8000-000000000000"_s;
        m.tracing = false;
        QTemporaryDir dir;
        MemorySecretStore secrets;
        QVERIFY(WorkspaceStorage(dir.path(), &secrets).save(original));
        WorkspaceStorage storage(dir.path(), &secrets);
        const auto loaded = storage.load();
        QVERIFY(loaded);
        QVERIFY(loaded->problems.isEmpty());
        QCOMPARE(loaded->workspace.environments.size(), 1);
        QVERIFY(loaded->workspace.environments.first().apim.management == m);
        QVERIFY(loaded->workspace == original);
    }

    void managementWithoutGatewayIsKept()
    {
        // A profile that only names the service (e.g. for an import) is still written.
        Workspace original = sampleWorkspace();
        original.environments.first().apim.gatewayHosts.clear();
        QTemporaryDir dir;
        MemorySecretStore secrets;
        QVERIFY(WorkspaceStorage(dir.path(), &secrets).save(original));
        WorkspaceStorage storage(dir.path(), &secrets);
        const auto loaded = storage.load();
        QVERIFY(loaded);
        QCOMPARE(loaded->workspace.environments.first().apim.management.serviceName, u"contoso"_s);
        QVERIFY(loaded->workspace.environments.first().apim.gatewayHosts.isEmpty());
    }

    void noManagementKeepsTheOldBytes()
    {
        Workspace original = sampleWorkspace();
        original.environments.first().apim.management = {};
        QTemporaryDir dir;
        MemorySecretStore secrets;
        QVERIFY(WorkspaceStorage(dir.path(), &secrets).save(original));
        QVERIFY(!readFile(dir.filePath(u"environments/prod.json"_s)).contains("management"));
    }
};

QTEST_GUILESS_MAIN(TestManagementProfile)
#include "tst_managementprofile.moc"
