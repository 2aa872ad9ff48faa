// SPDX-License-Identifier: GPL-3.0-or-later
#include "formats/import/har.h"
#include "formats/import/insomnia.h"

#include "requestcompare.h"

#include <QDir>
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

const QString kData = QStringLiteral(GATEHOUSE_FORMATS_TEST_DATA) + u"/insomnia/"_s;

QList<const Request *> allRequests(const Folder &folder)
{
    QList<const Request *> list;
    for (const Folder &child : folder.folders)
        list += allRequests(child);
    for (const Request &request : folder.requests)
        list.append(&request);
    return list;
}

} // namespace

class TestInsomniaImport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void mapsResources()
    {
        const auto imported = importInsomnia(QByteArrayLiteral(
            "{\"_type\": \"export\", \"__export_format\": 4, \"resources\": ["
            "{\"_id\": \"wrk_1\", \"_type\": \"workspace\", \"parentId\": null, \"name\": \"Shop\"},"
            "{\"_id\": \"env_1\", \"_type\": \"environment\", \"parentId\": \"wrk_1\", \"name\": \"Base\", \"data\": {\"base\": \"https://a.test\"}},"
            "{\"_id\": \"env_2\", \"_type\": \"environment\", \"parentId\": \"env_1\", \"name\": \"dev\", \"data\": {\"token\": \"fake-token\", \"nested\": {\"x\": 1}}},"
            "{\"_id\": \"fld_1\", \"_type\": \"request_group\", \"parentId\": \"wrk_1\", \"name\": \"Admin\", \"metaSortKey\": 2},"
            "{\"_id\": \"req_1\", \"_type\": \"request\", \"parentId\": \"fld_1\", \"name\": \"Login\", \"method\": \"post\","
            " \"url\": \"{{ _.base }}/login\", \"body\": {\"mimeType\": \"application/x-www-form-urlencoded\", \"params\": [{\"name\": \"u\", \"value\": \"x\"}]},"
            " \"authentication\": {\"type\": \"bearer\", \"token\": \"{{ _.token }}\"}, \"settingFollowRedirects\": \"off\"},"
            "{\"_id\": \"req_2\", \"_type\": \"request\", \"parentId\": \"wrk_1\", \"name\": \"List\", \"method\": \"GET\", \"metaSortKey\": 1,"
            " \"url\": \"{{ _.base }}/pets\", \"parameters\": [{\"name\": \"limit\", \"value\": \"{% now 'x' %}\", \"disabled\": true}],"
            " \"headers\": [{\"name\": \"Accept\", \"value\": \"application/json\"}]},"
            "{\"_id\": \"grpc_1\", \"_type\": \"grpc_request\", \"parentId\": \"wrk_1\", \"name\": \"Stream\"}"
            "]}"));
        QVERIFY2(imported, imported ? "" : qPrintable(imported.error().message));
        QCOMPARE(imported->collections.size(), 1);
        const Collection &c = imported->collections.first();
        QCOMPARE(c.name, u"Shop"_s);
        QCOMPARE(c.variables, (VariableList{{u"base"_s, u"https://a.test"_s, true, false}}));
        QCOMPARE(imported->environments.size(), 1);
        QCOMPARE(imported->environments.first().name, u"dev"_s);
        QCOMPARE(imported->environments.first().variables.size(), 2);
        QVERIFY(imported->environments.first().variables.contains(Variable{u"nested.x"_s, u"1"_s, true, false}));
        QCOMPARE(c.folders.size(), 1);
        const Request &login = c.folders.first().requests.first();
        QCOMPARE(login.method, u"POST"_s);
        QCOMPARE(login.url, u"{{base}}/login"_s);
        QCOMPARE(login.auth.kind, Auth::Kind::Bearer);
        QCOMPARE(login.auth.token, u"{{token}}"_s);
        QCOMPARE(login.body.kind, Body::Kind::FormUrlEncoded);
        QCOMPARE(login.settings.followRedirects, false);
        const Request &list = c.requests.first();
        QCOMPARE(list.params.first().enabled, false);
        QCOMPARE(list.auth.kind, Auth::Kind::Inherit);
        QStringList fields;
        for (const ImportIssue &issue : imported->issues)
            fields.append(issue.field);
        fields.sort();
        QCOMPARE(fields, (QStringList{u"_type"_s, u"parameters"_s}));
    }

    void yamlExportsMatchTheirJson()
    {
        const auto yaml = importInsomnia(readFile(kData + u"inso--insomnia_v4.yaml"_s));
        const auto json = importInsomnia(readFile(kData + u"inso--insomnia_v4.json"_s));
        QVERIFY2(yaml, yaml ? "" : qPrintable(yaml.error().message));
        QVERIFY(json);
        QCOMPARE(yaml->collections.size(), json->collections.size());
        QCOMPARE(allRequests(yaml->collections.first()).size(), allRequests(json->collections.first()).size());
        const auto basic = importInsomnia(readFile(kData + u"insomnia-4--basic-input.yaml"_s));
        QVERIFY2(basic, basic ? "" : qPrintable(basic.error().message));
        QCOMPARE(basic->collections.size(), 1); // the fixture holds a workspace only
        QVERIFY(!importInsomnia(readFile(kData + u"inso--malformed.yaml"_s)));
    }

    void rejectsOtherFiles()
    {
        QVERIFY(!importInsomnia("{\"_type\": \"export\", \"__export_format\": 3, \"resources\": []}"));
        QVERIFY(!importInsomnia("{\"resources\": []}"));
        QVERIFY(!importInsomnia("nope"));
    }

    // Insomnia's own importer fixtures: every expected output is an Insomnia v4 export.
    void everyFixtureImports()
    {
        const QStringList files = QDir(kData).entryList({u"*-output.json"_s, u"inso--*.json"_s}, QDir::Files, QDir::Name);
        QVERIFY(files.size() >= 30);
        int passed = 0;
        int requests = 0;
        int resolvable = 0;
        for (const QString &name : files) {
            const auto imported = importInsomnia(readFile(kData + name));
            if (!imported) {
                qInfo("  %s: %s", qPrintable(name), qPrintable(imported.error().message));
                continue;
            }
            ++passed;
            for (const Collection &c : imported->collections) {
                for (const Request *request : allRequests(c)) {
                    ++requests;
                    ResolveContext context;
                    context.collection = &c;
                    // Servers and schemes live in the sub-environment (OpenAPI and Swagger imports).
                    context.environment = imported->environments.isEmpty() ? nullptr : &imported->environments.first();
                    Request r = *request;
                    if (r.body.kind == Body::Kind::Binary || r.body.kind == Body::Kind::Multipart)
                        r.body = Body{};
                    if (auto resolved = resolveRequest(r, context); resolved)
                        ++resolvable;
                    else
                        qInfo("  %s / %s: %s", qPrintable(name), qPrintable(r.name), qPrintable(resolved.error().message));
                }
            }
        }
        qInfo("Insomnia fixtures: %d of %d v4 exports import; %d of %d requests resolve to a URL", passed, int(files.size()), resolvable, requests);
        QCOMPARE(passed, int(files.size()));
        // The rest have no URL in the fixture itself (empty, or a host variable without a value).
        QVERIFY(resolvable >= requests - 6);
    }

    // Insomnia's HAR fixtures: our HAR import of the input must send what our Insomnia import of
    // Insomnia's expected output sends.
    void harFixturesAgree()
    {
        const QStringList inputs = QDir(kData).entryList({u"har--*-input.json"_s}, QDir::Files, QDir::Name);
        QVERIFY(inputs.size() >= 5);
        int compared = 0;
        int passed = 0;
        for (const QString &input : inputs) {
            const auto har = importHar(readFile(kData + input));
            const auto insomnia = importInsomnia(readFile(kData + QString(input).replace(u"-input"_s, u"-output"_s)));
            QVERIFY(har && insomnia);
            const QList<const Request *> ours = allRequests(har->collection);
            QList<const Request *> theirs;
            for (const Collection &c : insomnia->collections)
                theirs += allRequests(c);
            QCOMPARE(ours.size(), theirs.size());
            for (qsizetype i = 0; i < ours.size(); ++i) {
                ++compared;
                Request a = *ours.at(i);
                Request b = *theirs.at(i);
                if (a.body.kind == Body::Kind::Multipart) {
                    // Compare the parts; the files are not part of the fixtures.
                    const bool same = a.body.parts.size() == b.body.parts.size();
                    a.body = Body{};
                    b.body = Body{};
                    if (!same) {
                        qInfo("  %s #%lld: parts differ", qPrintable(input), qlonglong(i));
                        continue;
                    }
                }
                const auto wa = test::wire(a);
                const auto wb = test::wire(b);
                if (!wa && !wb && wa.error().code == wb.error().code) {
                    ++passed; // the fixture's request has no URL: both refuse it alike
                    continue;
                }
                if (!wa || !wb) {
                    qInfo("  %s #%lld: %s", qPrintable(input), qlonglong(i), qPrintable(wa ? wb.error().message : wa.error().message));
                    continue;
                }
                const QList<QByteArray> skip = {"content-type"_ba, "cookie"_ba};
                if (wa->method == wb->method && wa->url == wb->url && test::headerLines(wa->headers, skip) == test::headerLines(wb->headers, skip)
                    && wa->body == wb->body)
                    ++passed;
                else
                    qInfo("  %s #%lld: %s %s [%s] %s vs %s %s [%s] %s", qPrintable(input), qlonglong(i), wa->method.constData(), qPrintable(wa->url.toString()),
                          test::headerLines(wa->headers, skip).join(" | ").constData(), wa->body.constData(),
                          wb->method.constData(), qPrintable(wb->url.toString()), test::headerLines(wb->headers, skip).join(" | ").constData(),
                          wb->body.constData());
            }
        }
        qInfo("Insomnia HAR fixtures: %d of %d requests agree", passed, compared);
        QCOMPARE(passed, compared);
    }
};

QTEST_GUILESS_MAIN(TestInsomniaImport)
#include "tst_insomniaimport.moc"
