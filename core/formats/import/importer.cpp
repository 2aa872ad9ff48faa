// SPDX-License-Identifier: GPL-3.0-or-later
#include "formats/import/importer.h"

#include "formats/import/curl.h"
#include "formats/import/har.h"
#include "formats/import/httpfile.h"
#include "formats/import/insomnia.h"
#include "formats/import/openapi.h"
#include "formats/import/postman.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>

using namespace Qt::StringLiterals;

namespace gatehouse {

namespace {

struct FormatName {
    ImportFormat format;
    QLatin1StringView name;
};

constexpr FormatName kFormats[] = {
    {ImportFormat::Auto, "auto"_L1},
    {ImportFormat::Postman, "postman"_L1},
    {ImportFormat::Curl, "curl"_L1},
    {ImportFormat::Http, "http"_L1},
    {ImportFormat::Har, "har"_L1},
    {ImportFormat::Insomnia, "insomnia"_L1},
    {ImportFormat::OpenApi, "openapi"_L1},
};

QString utf8Text(QByteArrayView data)
{
    QByteArrayView bytes = data;
    if (bytes.startsWith("\xEF\xBB\xBF"))
        bytes = bytes.sliced(3);
    return QString::fromUtf8(bytes);
}

void keepIds(Folder &imported, const Folder &existing)
{
    imported.id = existing.id;
    QSet<QString> usedFolders;
    for (Folder &folder : imported.folders) {
        for (const Folder &old : existing.folders) {
            if (old.name == folder.name && !usedFolders.contains(old.id)) {
                usedFolders.insert(old.id);
                keepIds(folder, old);
                break;
            }
        }
    }
    QSet<QString> usedRequests;
    for (Request &request : imported.requests) {
        for (const Request &old : existing.requests) {
            if (old.name == request.name && !usedRequests.contains(old.id)) {
                usedRequests.insert(old.id);
                request.id = old.id;
                break;
            }
        }
    }
}

} // namespace

std::optional<ImportFormat> importFormatFromName(QStringView name)
{
    for (const FormatName &entry : kFormats) {
        if (name.compare(entry.name, Qt::CaseInsensitive) == 0)
            return entry.format;
    }
    return std::nullopt;
}

QStringList importFormatNames()
{
    QStringList names;
    for (const FormatName &entry : kFormats)
        names.append(entry.name);
    return names;
}

QString importFormatName(ImportFormat format)
{
    for (const FormatName &entry : kFormats) {
        if (entry.format == format)
            return entry.name;
    }
    return {};
}

ImportFormat detectImportFormat(QByteArrayView data, QStringView fileName)
{
    const QString suffix = QFileInfo(fileName.toString()).suffix().toLower();
    QByteArray trimmed = data.trimmed().toByteArray();
    if (trimmed.startsWith("\xEF\xBB\xBF"))
        trimmed.remove(0, 3);
    if (trimmed.startsWith('{')) {
        const QJsonObject root = QJsonDocument::fromJson(trimmed).object();
        if (root.contains("log"_L1) && root.value("log"_L1).toObject().contains("entries"_L1))
            return ImportFormat::Har;
        if (root.value("_type"_L1).toString() == "export"_L1 && root.contains("resources"_L1))
            return ImportFormat::Insomnia;
        if (root.contains("openapi"_L1) || root.contains("swagger"_L1))
            return ImportFormat::OpenApi;
        if (root.contains("info"_L1) || (root.contains("requests"_L1) && root.contains("order"_L1)) || root.contains("item"_L1)
            || (root.contains("values"_L1) && root.value("values"_L1).isArray()))
            return ImportFormat::Postman;
        if (root.value("method"_L1).isString() && root.value("url"_L1).isString() && root.contains("httpVersion"_L1))
            return ImportFormat::Har;
        if (suffix == "har"_L1)
            return ImportFormat::Har;
    }
    if (suffix == "har"_L1)
        return ImportFormat::Har;
    const QStringList words = splitCommandLine(utf8Text(trimmed));
    if (!words.isEmpty() && (words.first() == "curl"_L1 || (words.size() > 1 && words.at(1) == "curl"_L1)))
        return ImportFormat::Curl;
    if (suffix == "http"_L1 || suffix == "rest"_L1)
        return ImportFormat::Http;
    // YAML: OpenAPI and Swagger name themselves at the top level, Insomnia exports by _type.
    static const QRegularExpression openApiYaml(u"^(openapi|swagger) *:"_s, QRegularExpression::MultilineOption);
    static const QRegularExpression insomniaYaml(u"^_type *: *[\"']?export"_s, QRegularExpression::MultilineOption);
    const QString text = utf8Text(trimmed);
    if (openApiYaml.match(text).hasMatch())
        return ImportFormat::OpenApi;
    if (insomniaYaml.match(text).hasMatch())
        return ImportFormat::Insomnia;
    // A request line (METHOD URL) before anything but comments, separators and file variables.
    static const QRegularExpression requestLine(u"^[A-Z]+ +(https?://|\\{\\{|/)"_s);
    const QStringList lines = utf8Text(trimmed).split(u'\n');
    for (const QString &line : lines) {
        const QString t = line.trimmed();
        if (t.isEmpty() || t.startsWith(u'#') || t.startsWith("//"_L1) || t.startsWith(u'@'))
            continue;
        return requestLine.match(t).hasMatch() ? ImportFormat::Http : ImportFormat::Auto;
    }
    return ImportFormat::Auto;
}

Expected<ImportResult> importData(QByteArrayView data, ImportFormat format, const QString &fileName, const QString &baseDirectory)
{
    if (format == ImportFormat::Auto) {
        format = detectImportFormat(data, fileName);
        if (format == ImportFormat::Auto) {
            return std::unexpected(Error{Error::Code::UnsupportedFormat,
                                         QCoreApplication::translate("gatehouse::Importer", "The format of %1 is not one Gatehouse imports (%2); name it with --format.")
                                             .arg(fileName.isEmpty() ? QCoreApplication::translate("gatehouse::Importer", "the input") : fileName,
                                                  importFormatNames().mid(1).join(u", "_s))});
        }
    }
    ImportResult result;
    result.format = format;
    switch (format) {
    case ImportFormat::Auto:
        break;
    case ImportFormat::Postman: {
        // A collection, or an environment / globals export.
        auto collection = importPostmanCollection(data);
        if (collection) {
            result.collections.append(std::move(collection->collection));
            result.issues = std::move(collection->issues);
            return result;
        }
        auto environment = importPostmanEnvironment(data);
        if (!environment)
            return std::unexpected(collection.error());
        if (environment->globals)
            result.globals = environment->environment.variables;
        else
            result.environments.append(std::move(environment->environment));
        result.issues = std::move(environment->issues);
        return result;
    }
    case ImportFormat::Curl: {
        auto curl = importCurl(utf8Text(data));
        if (!curl)
            return std::unexpected(curl.error());
        Collection collection;
        collection.id = newItemId();
        collection.name = fileName.isEmpty() ? QCoreApplication::translate("gatehouse::Importer", "curl import") : QFileInfo(fileName).completeBaseName();
        if (collection.name.endsWith(".curl"_L1))
            collection.name.chop(5);
        collection.requests.append(std::move(curl->request));
        result.collections.append(std::move(collection));
        result.issues = std::move(curl->issues);
        return result;
    }
    case ImportFormat::Http: {
        QString name = fileName.isEmpty() ? QCoreApplication::translate("gatehouse::Importer", "HTTP requests") : QFileInfo(fileName).completeBaseName();
        auto http = importHttpFile(utf8Text(data), name);
        if (!http)
            return std::unexpected(http.error());
        result.collections.append(std::move(http->collection));
        result.issues = std::move(http->issues);
        return result;
    }
    case ImportFormat::Insomnia: {
        auto insomnia = importInsomnia(data);
        if (!insomnia)
            return std::unexpected(insomnia.error());
        result.collections = std::move(insomnia->collections);
        result.environments = std::move(insomnia->environments);
        result.issues = std::move(insomnia->issues);
        return result;
    }
    case ImportFormat::OpenApi: {
        auto openApi = importOpenApi(data, baseDirectory);
        if (!openApi)
            return std::unexpected(openApi.error());
        result.collections.append(std::move(openApi->collection));
        result.environments = std::move(openApi->environments);
        result.issues = std::move(openApi->issues);
        return result;
    }
    case ImportFormat::Har: {
        auto har = importHar(data);
        if (!har)
            return std::unexpected(har.error());
        result.collections.append(std::move(har->collection));
        result.issues = std::move(har->issues);
        return result;
    }
    }
    return std::unexpected(Error{Error::Code::UnsupportedFormat, QCoreApplication::translate("gatehouse::Importer", "This format cannot be imported yet.")});
}

void mergeImport(Workspace &workspace, ImportResult import)
{
    for (Collection &collection : import.collections) {
        bool replaced = false;
        for (Collection &existing : workspace.collections) {
            if (existing.name == collection.name) {
                keepIds(collection, existing);
                existing = std::move(collection);
                replaced = true;
                break;
            }
        }
        if (!replaced)
            workspace.collections.append(std::move(collection));
    }
    for (Environment &environment : import.environments) {
        bool replaced = false;
        for (Environment &existing : workspace.environments) {
            if (existing.name == environment.name) {
                environment.id = existing.id;
                if (environment.apim.isEmpty())
                    environment.apim = existing.apim; // formats without APIM settings keep the workspace's
                existing = std::move(environment);
                replaced = true;
                break;
            }
        }
        if (!replaced)
            workspace.environments.append(std::move(environment));
    }
    for (const Variable &variable : std::as_const(import.globals)) {
        bool replaced = false;
        for (Variable &existing : workspace.globals) {
            if (existing.name == variable.name) {
                existing = variable;
                replaced = true;
                break;
            }
        }
        if (!replaced)
            workspace.globals.append(variable);
    }
    assignMissingIds(workspace);
}

} // namespace gatehouse
