// SPDX-License-Identifier: GPL-3.0-or-later
#include "formats/import/har.h"

#include "model/requestresolver.h"
#include "model/workspace.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUrl>
#include <QUrlQuery>

using namespace Qt::StringLiterals;

namespace gatehouse {

namespace {

QString languageFor(const QString &mimeType)
{
    const QString type = mimeType.toLower();
    return type.contains("json"_L1) ? u"json"_s : type.contains("xml"_L1) ? u"xml"_s : type.contains("html"_L1) ? u"html"_s
        : type.contains("javascript"_L1) ? u"javascript"_s : u"text"_s;
}

Request harRequest(const QJsonObject &r, const QString &item, ImportIssues &issues)
{
    Request request;
    request.id = newItemId();
    request.method = r.value("method"_L1).toString(u"GET"_s).toUpper();
    QString url = r.value("url"_L1).toString();
    const qsizetype hash = url.indexOf(u'#');
    if (hash >= 0)
        url.truncate(hash);
    // queryString repeats what the URL holds (HAR 1.2); tools that build HAR by hand put parameters
    // only there. Those the URL lacks become parameters.
    const QUrlQuery inUrl(QUrl(url, QUrl::TolerantMode).query(QUrl::FullyDecoded));
    QList<std::pair<QString, QString>> present = inUrl.queryItems(QUrl::FullyDecoded);

    const QJsonArray query = r.value("queryString"_L1).toArray();
    for (const QJsonValue &value : query) {
        const QString name = value.toObject().value("name"_L1).toString();
        const QString v = value.toObject().value("value"_L1).toString();
        // A '+' in the URL's query may stand for a space in queryString (form encoding, as browsers write it).
        const auto found = std::find_if(present.begin(), present.end(), [&](const std::pair<QString, QString> &inUrlItem) {
            return (inUrlItem.first == name && inUrlItem.second == v)
                || (QString(inUrlItem.first).replace(u'+', u' ') == name && QString(inUrlItem.second).replace(u'+', u' ') == v);
        });
        if (found != present.end()) {
            present.erase(found);
            continue;
        }
        // queryString holds decoded text; a parameter holds it as written.
        request.params.append({queryTextFromDecoded(name, true), queryTextFromDecoded(v), true, QString()});
    }
    request.url = url;
    const QUrl parsed(url, QUrl::TolerantMode);
    request.name = request.method + u' ' + (parsed.path().isEmpty() ? u"/"_s : parsed.path());

    const QJsonArray headers = r.value("headers"_L1).toArray();
    for (const QJsonValue &value : headers) {
        const QString name = value.toObject().value("name"_L1).toString();
        // Pseudo-headers of HTTP/2 and what the engine sets itself are not request headers to keep.
        if (name.startsWith(u':') || name.compare("content-length"_L1, Qt::CaseInsensitive) == 0)
            continue;
        request.headers.append({name, value.toObject().value("value"_L1).toString(), true, QString()});
    }
    const QJsonArray cookies = r.value("cookies"_L1).toArray();
    bool cookieHeader = false;
    for (const KeyValue &h : std::as_const(request.headers))
        cookieHeader = cookieHeader || h.name.compare("cookie"_L1, Qt::CaseInsensitive) == 0;
    if (!cookies.isEmpty() && !cookieHeader) {
        QStringList pairs;
        for (const QJsonValue &value : cookies)
            pairs.append(value.toObject().value("name"_L1).toString() + u'=' + value.toObject().value("value"_L1).toString());
        request.headers.append({u"Cookie"_s, pairs.join(u"; "_s), true, QString()});
    }

    const QJsonObject post = r.value("postData"_L1).toObject();
    if (!post.isEmpty()) {
        const QString mime = post.value("mimeType"_L1).toString();
        const QJsonArray params = post.value("params"_L1).toArray();
        const QString text = post.value("text"_L1).toString();
        if (mime.startsWith("multipart/form-data"_L1) && !params.isEmpty()) {
            request.body.kind = Body::Kind::Multipart;
            for (const QJsonValue &value : params) {
                const QJsonObject p = value.toObject();
                FormDataPart part;
                part.name = p.value("name"_L1).toString();
                part.contentType = p.value("contentType"_L1).toString();
                if (p.contains("fileName"_L1)) {
                    part.kind = FormDataPart::Kind::File;
                    part.value = p.value("fileName"_L1).toString();
                    issues.append({item, u"postData.params"_s,
                                   QCoreApplication::translate("gatehouse::HarImport", "The file part “%1” refers to “%2”: choose the file before sending.").arg(part.name, part.value)});
                } else {
                    part.value = p.value("value"_L1).toString();
                }
                request.body.parts.append(part);
            }
            // The engine writes the boundary; a copied Content-Type would carry a stale one.
            request.headers.removeIf([](const KeyValue &h) { return h.name.compare("content-type"_L1, Qt::CaseInsensitive) == 0; });
        } else if ((mime.startsWith("application/x-www-form-urlencoded"_L1) || mime.isEmpty()) && !params.isEmpty()) {
            // Without a mimeType (hand-made HAR), params are a form, as Insomnia reads them.
            request.body.kind = Body::Kind::FormUrlEncoded;
            for (const QJsonValue &value : params)
                request.body.form.append({value.toObject().value("name"_L1).toString(), value.toObject().value("value"_L1).toString(), true, QString()});
        } else if (!text.isEmpty() || post.contains("text"_L1)) {
            request.body.kind = Body::Kind::Raw;
            request.body.raw = text;
            request.body.language = languageFor(mime);
            bool hasType = false;
            for (const KeyValue &h : std::as_const(request.headers))
                hasType = hasType || h.name.compare("content-type"_L1, Qt::CaseInsensitive) == 0;
            if (!hasType && !mime.isEmpty())
                request.headers.append({u"Content-Type"_s, mime, true, QString()});
        }
        if (post.value("encoding"_L1).toString() == "base64"_L1)
            issues.append({item, u"postData.encoding"_s, QCoreApplication::translate("gatehouse::HarImport", "The base64-encoded body was imported as text.")});
    }
    return request;
}

} // namespace

Expected<HarImport> importHar(QByteArrayView data)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(data.toByteArray(), &error);
    if (error.error != QJsonParseError::NoError || !document.isObject()) {
        return std::unexpected(Error{Error::Code::MalformedFile, QCoreApplication::translate("gatehouse::HarImport", "Not valid JSON: %1").arg(error.errorString())});
    }
    const QJsonObject root = document.object();
    HarImport result;
    result.collection.id = newItemId();
    if (root.value("method"_L1).isString() && root.value("url"_L1).isString()) {
        result.collection.name = QCoreApplication::translate("gatehouse::HarImport", "HAR import");
        result.collection.requests.append(harRequest(root, result.collection.name, result.issues));
        return result;
    }
    const QJsonObject log = root.value("log"_L1).toObject();
    if (!log.value("entries"_L1).isArray()) {
        return std::unexpected(Error{Error::Code::UnsupportedFormat, QCoreApplication::translate("gatehouse::HarImport", "Not a HAR file: it needs “log” with “entries”.")});
    }
    const QJsonObject creator = log.value("creator"_L1).toObject();
    result.collection.name = creator.value("name"_L1).toString().isEmpty()
        ? QCoreApplication::translate("gatehouse::HarImport", "HAR import")
        : QCoreApplication::translate("gatehouse::HarImport", "HAR from %1").arg(creator.value("name"_L1).toString());
    const QJsonArray entries = log.value("entries"_L1).toArray();
    for (qsizetype i = 0; i < entries.size(); ++i) {
        const QJsonObject request = entries.at(i).toObject().value("request"_L1).toObject();
        const QString item = result.collection.name + u"/entries[%1]"_s.arg(i);
        if (request.isEmpty() || !request.value("url"_L1).isString()) {
            result.issues.append({item, u"request"_s, QCoreApplication::translate("gatehouse::HarImport", "The entry has no request with a URL and was skipped.")});
            continue;
        }
        result.collection.requests.append(harRequest(request, item, result.issues));
    }
    return result;
}

} // namespace gatehouse
