// SPDX-License-Identifier: GPL-3.0-or-later
// "Copy as" code generation and the .http export: golden files, masking, and round trips
// through the curl and .http importers. GATEHOUSE_UPDATE_GOLDEN=1 rewrites the golden files.
#include "formats/export/codegen.h"
#include "formats/export/httpfileexport.h"
#include "formats/import/curl.h"
#include "formats/import/httpfile.h"
#include "requestcompare.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace gatehouse;

namespace {

const QString kData = QStringLiteral(GATEHOUSE_FORMATS_TEST_DATA "/codegen");

QString extensionOf(CodeFormat format)
{
    switch (format) {
    case CodeFormat::Curl: return u"curl.sh"_s;
    case CodeFormat::HTTPie: return u"httpie.sh"_s;
    case CodeFormat::Python: return u"py"_s;
    case CodeFormat::Fetch: return u"mjs"_s;
    case CodeFormat::Qt: return u"cpp"_s;
    case CodeFormat::Http: return u"http"_s;
    }
    return {};
}

HttpRequest getWithSecrets()
{
    HttpRequest r;
    r.url = QUrl(u"https://contoso.azure-api.net/echo/resource?param1=sample&subscription-key=fake-key-0000aaaa&q=a%20b"_s);
    r.headers = {{"Accept", "application/json"},
                 {"Authorization", "Bearer fake-token-0000"},
                 {"Ocp-Apim-Subscription-Key", "fake-key-0000bbbb"},
                 {"X-Custom-Key", "fake-key-0000cccc"},
                 {"X-Empty", ""}};
    r.credentialHeaders = {"X-Custom-Key"};
    return r;
}

HttpRequest postJson()
{
    HttpRequest r;
    r.method = "POST";
    r.url = QUrl(u"https://api.contoso.test/orders"_s);
    r.headers = {{"Content-Type", "application/json"}};
    r.body = "{\n  \"name\": \"O'Brien \\\"Bob\\\"\",\n  \"city\": \"K\xc3\xb6ln\",\n  \"note\": \"$HOME `id` \\\\ 100%\"\n}";
    r.followRedirects = false;
    r.timeout = std::chrono::milliseconds(30000);
    return r;
}

HttpRequest multipart()
{
    HttpRequest r;
    r.method = "POST";
    r.url = QUrl(u"http://127.0.0.1:8080/upload"_s);
    r.multipart = {{"title", "Report", {}, {}, {}},
                   {"meta", "{\"a\":1}", {}, "application/json", {}},
                   {"file", {}, u"/tmp/report.pdf"_s, "application/pdf", {}}};
    return r;
}

HttpRequest fileBody()
{
    HttpRequest r;
    r.method = "PUT";
    r.url = QUrl(u"https://user:fake-password-0000@files.contoso.test/blob/a.bin"_s);
    r.headers = {{"Content-Type", "application/octet-stream"}, {"Cookie", "session=fake-session-0000"}};
    r.bodyFile = u"a.bin"_s; // relative: the tests resolve it in a temporary folder
    r.tls.verifyPeer = false;
    return r;
}

HttpRequest binaryBody()
{
    HttpRequest r;
    r.method = "PATCH";
    r.url = QUrl(u"https://api.contoso.test/bytes"_s);
    r.headers = {{"Content-Type", "application/x-thing"}};
    r.body = QByteArray("\x01\x02tab\there\xff\xfe", 12);
    return r;
}

QList<std::pair<QString, HttpRequest>> cases()
{
    return {{u"get"_s, getWithSecrets()}, {u"post-json"_s, postJson()}, {u"multipart"_s, multipart()},
            {u"file-body"_s, fileBody()}, {u"binary-body"_s, binaryBody()}};
}

QByteArray readFile(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

void checkGolden(const QString &name, const QString &actual)
{
    const QString path = kData + u'/' + name;
    if (qEnvironmentVariableIsSet("GATEHOUSE_UPDATE_GOLDEN")) {
        QDir().mkpath(kData);
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        f.write(actual.toUtf8());
        return;
    }
    QVERIFY2(QFile::exists(path), qPrintable(u"missing golden file "_s + path));
    QCOMPARE(actual, QString::fromUtf8(readFile(path)));
}

// Method, target, headers and body as the engine would send them. Credentials in a URL go out as
// Basic auth, as in Postman (the resolver moves them there).
void compareWire(const HttpRequest &actual, const HttpRequest &given)
{
    HttpRequest expected = given;
    if (!expected.url.userInfo().isEmpty() && !hasHeader(expected.headers, "authorization")) {
        expected.headers.append({"Authorization"_ba, "Basic "_ba + (expected.url.userName() + u':' + expected.url.password()).toUtf8().toBase64()});
        expected.url.setUserInfo(QString());
    }
    QCOMPARE(actual.method, expected.method);
    QCOMPARE(actual.url.scheme(), expected.url.scheme());
    QCOMPARE(actual.url.authority(), expected.url.authority());
    QCOMPARE(test::normalizedTarget(test::target(actual.url)), test::normalizedTarget(test::target(expected.url)));
    QCOMPARE(test::headerLines(actual.headers), test::headerLines(expected.headers));
    QCOMPARE(actual.body, expected.body);
    QCOMPARE(QFileInfo(actual.bodyFile).fileName(), QFileInfo(expected.bodyFile).fileName());
    QCOMPARE(actual.followRedirects, expected.followRedirects);
    QCOMPARE(actual.tls.verifyPeer, expected.tls.verifyPeer);
}

} // namespace

class TestCodegen : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QFile file(m_dir.filePath(u"a.bin"_s));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("fake body");
    }

    void golden_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<HttpRequest>("request");
        QTest::addColumn<int>("format");
        for (const auto &[name, request] : cases()) {
            for (const CodeFormat format : codeFormats()) {
                const QString file = name + u'.' + extensionOf(format);
                QTest::newRow(qPrintable(file)) << file << request << int(format);
            }
        }
    }

    void golden()
    {
        QFETCH(QString, name);
        QFETCH(HttpRequest, request);
        QFETCH(int, format);
        checkGolden(name, generateCode(request, CodeFormat(format)));
    }

    void masksCredentialsUnlessRevealed_data()
    {
        QTest::addColumn<int>("format");
        for (const CodeFormat format : codeFormats())
            QTest::newRow(qPrintable(codeFormatName(format))) << int(format);
    }

    void masksCredentialsUnlessRevealed()
    {
        QFETCH(int, format);
        const auto f = CodeFormat(format);
        const QStringList secrets = {u"fake-token-0000"_s, u"fake-key-0000aaaa"_s, u"fake-key-0000bbbb"_s, u"fake-key-0000cccc"_s,
                                     u"fake-password-0000"_s, u"fake-session-0000"_s};
        const QString masked = generateCode(getWithSecrets(), f) + generateCode(fileBody(), f);
        for (const QString &secret : secrets)
            QVERIFY2(!masked.contains(secret), qPrintable(secret));
        QVERIFY(masked.contains(u"Bearer \u2022\u2022\u2022"_s));
        QVERIFY(masked.contains(u"user:\u2022\u2022\u2022@"_s));

        CodegenOptions reveal;
        reveal.secrets = Secrets::Reveal;
        const QString clear = generateCode(getWithSecrets(), f, reveal) + generateCode(fileBody(), f, reveal);
        for (const QString &secret : secrets)
            QVERIFY2(clear.contains(secret), qPrintable(secret));

        // A custom key name in the query (an API that renamed subscription-key) is masked when named.
        HttpRequest custom;
        custom.url = QUrl(u"https://contoso.azure-api.net/x?my-key=fake-key-0000dddd"_s);
        QVERIFY(generateCode(custom, f).contains(u"fake-key-0000dddd"_s));
        CodegenOptions named;
        named.secretQueryItems = {u"my-key"_s};
        QVERIFY(!generateCode(custom, f, named).contains(u"fake-key-0000dddd"_s));
    }

    void formatNames()
    {
        for (const CodeFormat format : codeFormats()) {
            QCOMPARE(codeFormatFromName(codeFormatName(format)), format);
            QVERIFY(!codeFormatTitle(format).isEmpty());
        }
        QCOMPARE(codeFormatFromName(u"CURL"), CodeFormat::Curl);
        QVERIFY(!codeFormatFromName(u"wget").has_value());
        QCOMPARE(codeFormats().first(), CodeFormat::Curl);
    }

    void shellQuoting_data()
    {
        QTest::addColumn<QByteArray>("word");
        QTest::addColumn<QString>("expected");
        QTest::newRow("plain") << QByteArray("https://a.test/x") << u"https://a.test/x"_s;
        QTest::newRow("empty") << QByteArray() << u"''"_s;
        QTest::newRow("space") << QByteArray("a b") << u"'a b'"_s;
        QTest::newRow("quote") << QByteArray("it's") << u"'it'\\''s'"_s;
        QTest::newRow("dollar") << QByteArray("$HOME") << u"'$HOME'"_s;
        QTest::newRow("newline") << QByteArray("a\nb") << u"'a\nb'"_s;
        QTest::newRow("control") << QByteArray("a\x01'b") << u"$'a\\x01\\'b'"_s;
        QTest::newRow("binary") << QByteArray("\xff") << u"$'\\xff'"_s;
    }

    void shellQuoting()
    {
        QFETCH(QByteArray, word);
        QFETCH(QString, expected);
        const QString quoted = shellQuoted(word);
        QCOMPARE(quoted, expected);
        // The importer's shell splitter reads the word back exactly (it works on text: UTF-8 words only).
        if (QString::fromUtf8(word).toUtf8() == word)
            QCOMPARE(splitCommandLine(QString(u"echo "_s + quoted)), (QStringList{u"echo"_s, QString::fromUtf8(word)}));
    }

    void curlRoundTrip_data()
    {
        QTest::addColumn<HttpRequest>("request");
        QTest::newRow("get") << getWithSecrets();
        QTest::newRow("post-json") << postJson();
        QTest::newRow("file-body") << fileBody();
        HttpRequest head;
        head.method = "HEAD";
        head.url = QUrl(u"https://api.contoso.test/"_s);
        QTest::newRow("head") << head;
        HttpRequest del;
        del.method = "DELETE";
        del.url = QUrl(u"https://api.contoso.test/items/1?force=true"_s);
        del.headers = {{"If-Match", "\"etag\""}};
        QTest::newRow("delete") << del;
        HttpRequest form;
        form.method = "PUT";
        form.url = QUrl(u"https://api.contoso.test/form"_s);
        form.headers = {{"Content-Type", "application/x-www-form-urlencoded"}};
        form.body = "a=1&b=%40two&c=it's";
        QTest::newRow("form") << form;
    }

    void curlRoundTrip()
    {
        QFETCH(HttpRequest, request);
        CodegenOptions reveal;
        reveal.secrets = Secrets::Reveal;
        const QString command = generateCode(request, CodeFormat::Curl, reveal);
        const auto imported = importCurl(command);
        QVERIFY2(imported, qPrintable(command));
        auto wire = test::wire(imported->request, m_dir.path());
        QVERIFY(wire);
        if (!request.bodyFile.isEmpty()) {
            // The importer keeps the user:password of the URL as Basic auth.
            QVERIFY(hasHeader(wire->headers, "Authorization"));
            wire->headers.removeIf([](const auto &h) { return h.first == "Authorization"; });
            request.url.setUserInfo(QString());
        }
        compareWire(*wire, request);
    }

    void multipartCurlRoundTrip()
    {
        const auto imported = importCurl(generateCode(multipart(), CodeFormat::Curl));
        QVERIFY(imported);
        QVERIFY(imported->issues.isEmpty());
        const Body &body = imported->request.body;
        QCOMPARE(body.kind, Body::Kind::Multipart);
        QCOMPARE(body.parts.size(), 3);
        QCOMPARE(body.parts.at(0).value, u"Report"_s);
        QCOMPARE(body.parts.at(1).contentType, u"application/json"_s);
        QCOMPARE(body.parts.at(1).value, u"{\"a\":1}"_s);
        QCOMPARE(body.parts.at(2).kind, FormDataPart::Kind::File);
        QCOMPARE(body.parts.at(2).value, u"/tmp/report.pdf"_s);
        QCOMPARE(body.parts.at(2).contentType, u"application/pdf"_s);
    }

    void httpRequestRoundTrip_data()
    {
        QTest::addColumn<HttpRequest>("request");
        QTest::newRow("get") << getWithSecrets();
        QTest::newRow("post-json") << postJson();
        QTest::newRow("file-body") << fileBody();
    }

    void httpRequestRoundTrip()
    {
        QFETCH(HttpRequest, request);
        CodegenOptions reveal;
        reveal.secrets = Secrets::Reveal;
        const auto imported = importHttpFile(generateCode(request, CodeFormat::Http, reveal), u"C"_s);
        QVERIFY(imported);
        QCOMPARE(imported->collection.requests.size(), 1);
        auto wire = test::wire(imported->collection.requests.first(), m_dir.path());
        QVERIFY(wire);
        // What a .http file does not carry: redirect and TLS settings (JetBrains keeps them in comments and its env).
        wire->followRedirects = request.followRedirects;
        wire->tls.verifyPeer = request.tls.verifyPeer;
        compareWire(*wire, request);
    }

    void collectionExportGolden()
    {
        checkGolden(u"collection.http"_s, exportHttpFile(sampleCollection()).text);
    }

    void collectionExportIssuesAndSecrets()
    {
        const HttpFileExport exported = exportHttpFile(sampleCollection());
        QVERIFY(!exported.text.contains(u"fake-secret-0000"_s));
        QVERIFY(!exported.text.contains(u"fake-password-0000"_s));
        QVERIFY(exported.text.contains(u"@token = \n"_s));
        QStringList fields;
        for (const ImportIssue &issue : exported.issues)
            fields.append(issue.item + u'|' + issue.field);
        QCOMPARE(fields, (QStringList{u"Shop/Admin|variables"_s, u"Shop/Admin/Create order|scripts"_s}));
        const HttpFileExport revealed = exportHttpFile(sampleCollection(), Secrets::Reveal);
        QVERIFY(revealed.text.contains(u"fake-secret-0000"_s));
        QVERIFY(revealed.text.contains(u"fake-password-0000"_s));
    }

    void collectionExportRoundTrip()
    {
        const Collection original = sampleCollection();
        const HttpFileExport exported = exportHttpFile(original, Secrets::Reveal);
        const auto imported = importHttpFile(exported.text, original.name);
        QVERIFY(imported);
        QVERIFY2(imported->issues.isEmpty(), qPrintable(imported->issues.isEmpty() ? QString() : imported->issues.first().message));
        QCOMPARE(imported->collection.variables.size(), original.variables.size());
        for (qsizetype i = 0; i < original.variables.size(); ++i) {
            QCOMPARE(imported->collection.variables.at(i).name, original.variables.at(i).name);
            QCOMPARE(imported->collection.variables.at(i).value, original.variables.at(i).value);
        }
        // Flattened in order: the folder's requests first, then the collection's.
        QList<std::pair<const Request *, QList<const Folder *>>> requests;
        for (const Folder &f : original.folders) {
            for (const Request &r : f.requests)
                requests.append({&r, {&f}});
        }
        for (const Request &r : original.requests)
            requests.append({&r, QList<const Folder *>()});
        QCOMPARE(imported->collection.requests.size(), requests.size());
        for (qsizetype i = 0; i < requests.size(); ++i) {
            ResolveContext context;
            context.collection = &original;
            context.folders = requests.at(i).second;
            context.baseDirectory = m_dir.path();
            auto expected = resolveRequest(*requests.at(i).first, context);
            QVERIFY(expected);
            ResolveContext importedContext;
            importedContext.collection = &imported->collection;
            importedContext.baseDirectory = m_dir.path();
            auto actual = resolveRequest(imported->collection.requests.at(i), importedContext);
            QVERIFY(actual);
            const QString where = imported->collection.requests.at(i).name;
            QVERIFY2(where.endsWith(requests.at(i).first->name), qPrintable(where));
            actual->request.followRedirects = expected->request.followRedirects;
            actual->request.timeout = expected->request.timeout;
            compareWire(actual->request, expected->request);
        }
    }

private:
    QTemporaryDir m_dir;

    static Collection sampleCollection()
    {
        Collection c;
        c.name = u"Shop"_s;
        c.variables = {{u"base"_s, u"https://api.contoso.test"_s, true, false}, {u"token"_s, u"fake-secret-0000"_s, true, true}};
        c.auth.kind = Auth::Kind::Bearer;
        c.auth.token = u"{{token}}"_s;

        Folder admin;
        admin.name = u"Admin"_s;
        admin.variables = {{u"x"_s, u"1"_s, true, false}};
        admin.auth.kind = Auth::Kind::Basic;
        admin.auth.username = u"admin"_s;
        admin.auth.password = u"fake-password-0000"_s;
        Request create;
        create.name = u"Create order"_s;
        create.method = u"POST"_s;
        create.url = u"{{base}}/orders"_s;
        create.params = {{u"dryRun"_s, u"true"_s, true, {}}, {u"off"_s, u"1"_s, false, {}}};
        create.headers = {{u"X-Trace"_s, u"on"_s, true, {}}, {u"X-Disabled"_s, u"1"_s, false, {}}};
        create.body.kind = Body::Kind::Raw;
        create.body.language = u"json"_s;
        create.body.raw = u"{\n  \"sku\": \"A-1\",\n  \"qty\": 2\n}"_s;
        create.scripts.test = u"pm.test('ok', () => {});"_s;
        create.description = u"Creates an order.\nNeeds admin rights."_s;
        admin.requests.append(create);
        Request login;
        login.name = u"Login"_s;
        login.method = u"POST"_s;
        login.url = u"{{base}}/login"_s;
        login.auth.kind = Auth::Kind::None;
        login.body.kind = Body::Kind::FormUrlEncoded;
        login.body.form = {{u"user"_s, u"me"_s, true, {}}, {u"scope"_s, u"a b"_s, true, {}}};
        admin.requests.append(login);
        c.folders.append(admin);

        Request list;
        list.name = u"List orders"_s;
        list.url = u"{{base}}/orders?page=1"_s;
        list.settings.followRedirects = false;
        list.auth.kind = Auth::Kind::ApimSubscriptionKey;
        c.requests.append(list);
        Request upload;
        upload.name = u"Upload"_s;
        upload.method = u"PUT"_s;
        upload.url = u"{{base}}/files/a.bin"_s;
        upload.body.kind = Body::Kind::Binary;
        upload.body.filePath = u"a.bin"_s;
        upload.auth.kind = Auth::Kind::ApiKey;
        upload.auth.keyName = u"api-key"_s;
        upload.auth.keyValue = u"{{apiKey}}"_s;
        upload.auth.location = Auth::Location::Query;
        c.requests.append(upload);
        Request graph;
        graph.name = u"GraphQL"_s;
        graph.method = u"POST"_s;
        graph.url = u"{{base}}/graphql"_s;
        graph.body.kind = Body::Kind::GraphQL;
        graph.body.graphqlQuery = u"query { orders { id } }"_s;
        graph.body.graphqlVariables = u"{\"first\": 2}"_s;
        c.requests.append(graph);
        return c;
    }
};

QTEST_GUILESS_MAIN(TestCodegen)
#include "tst_codegen.moc"
