// SPDX-License-Identifier: GPL-3.0-or-later
#include "formats/export/codegen.h"

#include "http/oauth1.h"
#include "http/redaction.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace gatehouse {

namespace {

// Multipart bodies written out by hand (.http) need a boundary; a fixed one keeps output stable.
constexpr QLatin1StringView kBoundary{"----GatehouseFormBoundary7MA4YWxkTrZu0gW"};

bool isValidUtf8(const QByteArray &bytes)
{
    return QString::fromUtf8(bytes).toUtf8() == bytes;
}

bool hasControl(const QByteArray &bytes, bool allowNewlines)
{
    for (const char c : bytes) {
        const auto u = uchar(c);
        if (u == 0x7f || (u < 0x20 && !(allowNewlines && (c == '\n' || c == '\t' || c == '\r'))))
            return true;
    }
    return false;
}

// The request with its credentials masked, and its URL as text (masked values are not
// percent-encoded: "•••" reads as a placeholder, "%E2%80%A2" would not).
struct Prepared {
    HttpRequest request;
    QString url;
};

Prepared prepare(const HttpRequest &request, const CodegenOptions &options)
{
    Prepared p{request, {}};
    const bool redact = options.secrets == Secrets::Redact;
    // Headers the client computes itself: copying them would only make the code wrong.
    p.request.headers.removeIf([&](const auto &h) {
        return h.first.compare("content-length", Qt::CaseInsensitive) == 0 || h.first.compare("host", Qt::CaseInsensitive) == 0
            || h.first.compare("connection", Qt::CaseInsensitive) == 0
            || (!request.multipart.isEmpty() && h.first.compare("content-type", Qt::CaseInsensitive) == 0
                && h.second.startsWith("multipart/form-data"));
    });
    if (redact)
        p.request.headers = redactedHeaders(p.request.headers, request.credentialHeaders);

    QUrl url = request.url;
    const QString password = url.password();
    if (redact && !password.isEmpty())
        url.setPassword(u"PASSWORD"_s); // replaced below, unencoded
    QString text = QString::fromLatin1(url.toEncoded());
    if (redact && !password.isEmpty())
        text.replace(":PASSWORD@"_L1, u":\u2022\u2022\u2022@"_s);
    if (redact && url.hasQuery()) {
        const qsizetype question = text.indexOf(u'?');
        const qsizetype hash = text.indexOf(u'#', question);
        const QString query = text.sliced(question + 1, (hash < 0 ? text.size() : hash) - question - 1);
        QStringList items = query.split(u'&');
        bool masked = false;
        for (QString &item : items) {
            const qsizetype eq = item.indexOf(u'=');
            const QString name = QUrl::fromPercentEncoding((eq < 0 ? item : item.first(eq)).toUtf8());
            if (eq >= 0 && (isSecretQueryItem(name) || options.secretQueryItems.contains(name, Qt::CaseInsensitive))) {
                item = item.first(eq + 1) + u"\u2022\u2022\u2022"_s;
                masked = true;
            }
        }
        if (masked)
            text = text.first(question + 1) + items.join(u'&') + (hash < 0 ? QString() : text.sliced(hash));
    }
    p.url = text;
    return p;
}

QString utf8(const QByteArray &b)
{
    return QString::fromUtf8(b);
}

QString fileNameOf(const MultipartPart &part)
{
    return part.fileName.isEmpty() ? QFileInfo(part.filePath).fileName() : part.fileName;
}

QString secondsText(std::chrono::milliseconds ms)
{
    return QString::number(double(ms.count()) / 1000.0, 'g', 10);
}

// ---- shell (curl, HTTPie) ------------------------------------------------------------------

QString joinShellLines(const QStringList &lines)
{
    return lines.join(u" \\\n  "_s) + u'\n';
}

QString curl(const Prepared &p)
{
    const HttpRequest &r = p.request;
    const bool hasBody = !r.multipart.isEmpty() || !r.bodyFile.isEmpty() || !r.body.isEmpty();
    QStringList lines;
    QString first = u"curl"_s;
    const QByteArray method = r.method.toUpper();
    if (method == "HEAD" && !hasBody)
        first += u" --head"_s;
    else if (!((method == "GET" && !hasBody) || (method == "POST" && hasBody)) || r.method != method)
        first += u" -X "_s + shellQuoted(r.method);
    first += u' ' + shellQuoted(p.url.toUtf8());
    lines.append(first);
    if (r.followRedirects)
        lines.append(u"-L"_s);
    for (const auto &[name, value] : r.headers)
        lines.append(u"-H "_s + shellQuoted(value.isEmpty() ? QByteArray(name + ';') : QByteArray(name + ": " + value)));
    QString stdinBody;
    if (!r.multipart.isEmpty()) {
        for (const MultipartPart &part : r.multipart) {
            if (!part.filePath.isEmpty()) {
                QByteArray spec = part.name + "=@" + part.filePath.toUtf8();
                if (!part.contentType.isEmpty())
                    spec += ";type=" + part.contentType;
                if (!part.fileName.isEmpty())
                    spec += ";filename=" + part.fileName.toUtf8();
                lines.append(u"-F "_s + shellQuoted(spec));
            } else if (part.value.startsWith('@') || part.value.startsWith('<') || part.value.contains(";type=")
                       || part.contentType.isEmpty()) {
                // --form-string takes the value literally; -F would read "@file" and ";type=".
                lines.append(u"--form-string "_s + shellQuoted(part.name + '=' + part.value));
            } else {
                lines.append(u"-F "_s + shellQuoted(part.name + '=' + part.value + ";type=" + part.contentType));
            }
        }
    } else if (!r.bodyFile.isEmpty()) {
        lines.append(u"--data-binary "_s + shellQuoted('@' + r.bodyFile.toUtf8()));
    } else if (!r.body.isEmpty()) {
        if (r.body.contains('\0')) {
            // A shell word cannot hold a NUL byte: printf writes the body to curl's standard input.
            QString escaped;
            for (const char c : r.body)
                escaped += u"\\%1"_s.arg(uint(uchar(c)), 3, 8, QChar(u'0'));
            stdinBody = u"printf '%b' '"_s + escaped + u"' | "_s;
            lines.append(u"--data-binary @-"_s);
        } else {
            lines.append(u"--data-raw "_s + shellQuoted(r.body));
        }
    }
    if (r.timeout.count() > 0)
        lines.append(u"--max-time "_s + secondsText(r.timeout));
    if (!r.tls.verifyPeer)
        lines.append(u"-k"_s);
    if (!r.tls.caBundleFile.isEmpty())
        lines.append(u"--cacert "_s + shellQuoted(r.tls.caBundleFile.toUtf8()));
    if (!r.tls.clientCertificateFile.isEmpty())
        lines.append(u"--cert "_s + shellQuoted(r.tls.clientCertificateFile.toUtf8()));
    if (!r.tls.clientKeyFile.isEmpty())
        lines.append(u"--key "_s + shellQuoted(r.tls.clientKeyFile.toUtf8()));
    return stdinBody + joinShellLines(lines);
}

QString httpie(const Prepared &p)
{
    const HttpRequest &r = p.request;
    QStringList lines;
    QString first = u"http"_s;
    if (r.followRedirects)
        first += u" --follow"_s;
    if (!r.multipart.isEmpty())
        first += u" --multipart"_s;
    if (r.timeout.count() > 0)
        first += u" --timeout="_s + secondsText(r.timeout);
    if (!r.tls.verifyPeer)
        first += u" --verify=no"_s;
    first += u' ' + shellQuoted(r.method) + u' ' + shellQuoted(p.url.toUtf8());
    lines.append(first);
    for (const auto &[name, value] : r.headers)
        lines.append(shellQuoted(value.isEmpty() ? QByteArray(name + ';') : QByteArray(name + ':' + value)));
    if (!r.multipart.isEmpty()) {
        for (const MultipartPart &part : r.multipart) {
            if (!part.filePath.isEmpty()) {
                QByteArray spec = part.name + '@' + part.filePath.toUtf8();
                if (!part.contentType.isEmpty())
                    spec += ";type=" + part.contentType;
                lines.append(shellQuoted(spec));
            } else {
                lines.append(shellQuoted(part.name + '=' + part.value));
            }
        }
    } else if (!r.bodyFile.isEmpty()) {
        lines.append(shellQuoted('@' + r.bodyFile.toUtf8()));
    } else if (!r.body.isEmpty()) {
        lines.append(u"--raw "_s + shellQuoted(r.body));
    }
    return joinShellLines(lines);
}

// ---- string literals -----------------------------------------------------------------------

// A double-quoted literal for Python, JavaScript and C++ alike: \\ \" \n \r \t, other control
// characters as \xHH (\u00HH for JavaScript, octal for C++ where \x would run on).
enum class Lang { Python, JavaScript, Cpp };

QString quoted(const QString &text, Lang lang)
{
    QString out = u"\""_s;
    for (const QChar c : text) {
        switch (c.unicode()) {
        case u'\\': out += u"\\\\"_s; break;
        case u'"': out += u"\\\""_s; break;
        case u'\n': out += u"\\n"_s; break;
        case u'\r': out += u"\\r"_s; break;
        case u'\t': out += u"\\t"_s; break;
        default:
            if (c.unicode() < 0x20 || c.unicode() == 0x7f || ((c.unicode() == 0x2028 || c.unicode() == 0x2029) && lang == Lang::JavaScript)) {
                if (lang == Lang::Cpp)
                    out += u"\\%1"_s.arg(uint(c.unicode()), 3, 8, QChar(u'0'));
                else if (lang == Lang::JavaScript)
                    out += u"\\u%1"_s.arg(uint(c.unicode()), 4, 16, QChar(u'0'));
                else
                    out += c.unicode() > 0xff ? u"\\u%1"_s.arg(uint(c.unicode()), 4, 16, QChar(u'0')) : u"\\x%1"_s.arg(uint(c.unicode()), 2, 16, QChar(u'0'));
            } else {
                out += c;
            }
        }
    }
    return out + u'"';
}

// Bytes that are not UTF-8 text: every byte outside printable ASCII escaped.
QString quotedBytes(const QByteArray &bytes, Lang lang)
{
    QString out = u"\""_s;
    for (const char ch : bytes) {
        const auto c = uchar(ch);
        if (c == '\\' || c == '"')
            out += u'\\' + QChar(char16_t(c));
        else if (c >= 0x20 && c < 0x7f)
            out += QChar(char16_t(c));
        else if (lang == Lang::Cpp)
            out += u"\\%1"_s.arg(uint(c), 3, 8, QChar(u'0'));
        else
            out += u"\\x%1"_s.arg(uint(c), 2, 16, QChar(u'0'));
    }
    return out + u'"';
}

QString q(const QByteArray &b, Lang lang)
{
    return isValidUtf8(b) ? quoted(utf8(b), lang) : quotedBytes(b, lang);
}

QString q(const QString &s, Lang lang)
{
    return quoted(s, lang);
}

// ---- Python requests -----------------------------------------------------------------------

QString python(const Prepared &p)
{
    const HttpRequest &r = p.request;
    QString out = u"import requests\n\n"_s;
    out += u"url = "_s + q(p.url, Lang::Python) + u'\n';
    QStringList args = {q(r.method, Lang::Python), u"url"_s};
    if (!r.headers.isEmpty()) {
        out += u"headers = {\n"_s;
        for (const auto &[name, value] : r.headers)
            out += u"    "_s + q(name, Lang::Python) + u": "_s + q(value, Lang::Python) + u",\n"_s;
        out += u"}\n"_s;
        args.append(u"headers=headers"_s);
    }
    if (!r.multipart.isEmpty()) {
        out += u"files = [\n"_s;
        for (const MultipartPart &part : r.multipart) {
            out += u"    ("_s + q(part.name, Lang::Python) + u", "_s;
            if (!part.filePath.isEmpty()) {
                out += u"("_s + q(fileNameOf(part), Lang::Python) + u", open("_s + q(part.filePath, Lang::Python) + u", \"rb\")"_s;
                if (!part.contentType.isEmpty())
                    out += u", "_s + q(part.contentType, Lang::Python);
                out += u")"_s;
            } else {
                out += u"(None, "_s + q(part.value, Lang::Python) + (part.contentType.isEmpty() ? QString() : u", "_s + q(part.contentType, Lang::Python)) + u")"_s;
            }
            out += u"),\n"_s;
        }
        out += u"]\n"_s;
        args.append(u"files=files"_s);
    } else if (!r.bodyFile.isEmpty()) {
        out += u"data = open("_s + q(r.bodyFile, Lang::Python) + u", \"rb\")\n"_s;
        args.append(u"data=data"_s);
    } else if (!r.body.isEmpty()) {
        if (isValidUtf8(r.body))
            out += u"data = "_s + quoted(utf8(r.body), Lang::Python) + u".encode()\n"_s;
        else
            out += u"data = b"_s + quotedBytes(r.body, Lang::Python) + u'\n';
        args.append(u"data=data"_s);
    }
    if (!r.followRedirects)
        args.append(u"allow_redirects=False"_s);
    if (r.timeout.count() > 0)
        args.append(u"timeout="_s + secondsText(r.timeout));
    if (!r.tls.verifyPeer)
        args.append(u"verify=False"_s);
    if (!r.tls.caBundleFile.isEmpty())
        args.append(u"verify="_s + q(r.tls.caBundleFile, Lang::Python));
    if (!r.tls.clientCertificateFile.isEmpty()) {
        args.append(u"cert="_s + (r.tls.clientKeyFile.isEmpty() ? q(r.tls.clientCertificateFile, Lang::Python)
                                     : u"("_s + q(r.tls.clientCertificateFile, Lang::Python) + u", "_s + q(r.tls.clientKeyFile, Lang::Python) + u")"_s));
    }
    out += u"\nresponse = requests.request("_s + args.join(u", "_s) + u")\n"_s;
    out += u"print(response.status_code)\nprint(response.text)\n"_s;
    return out;
}

// ---- JavaScript fetch ----------------------------------------------------------------------

QString fetch(const Prepared &p)
{
    const HttpRequest &r = p.request;
    QString out;
    const bool files = !r.bodyFile.isEmpty() || std::any_of(r.multipart.cbegin(), r.multipart.cend(), [](const MultipartPart &part) { return !part.filePath.isEmpty(); });
    if (files)
        out += u"import { openAsBlob } from \"node:fs\";\n\n"_s;
    if (!r.multipart.isEmpty()) {
        out += u"const form = new FormData();\n"_s;
        for (const MultipartPart &part : r.multipart) {
            if (!part.filePath.isEmpty()) {
                out += u"form.append("_s + q(part.name, Lang::JavaScript) + u", await openAsBlob("_s + q(part.filePath, Lang::JavaScript)
                    + (part.contentType.isEmpty() ? QString() : u", { type: "_s + q(part.contentType, Lang::JavaScript) + u" }"_s) + u"), "_s
                    + q(fileNameOf(part), Lang::JavaScript) + u");\n"_s;
            } else if (part.contentType.isEmpty()) {
                out += u"form.append("_s + q(part.name, Lang::JavaScript) + u", "_s + q(part.value, Lang::JavaScript) + u");\n"_s;
            } else {
                out += u"form.append("_s + q(part.name, Lang::JavaScript) + u", new Blob(["_s + q(part.value, Lang::JavaScript) + u"], { type: "_s
                    + q(part.contentType, Lang::JavaScript) + u" }));\n"_s;
            }
        }
        out += u'\n';
    }
    if (!r.tls.verifyPeer) {
        out += u"// "_s + QCoreApplication::translate("gatehouse::Codegen", "TLS verification is off for this request; fetch cannot turn it off (Node.js: NODE_TLS_REJECT_UNAUTHORIZED=0).") + u'\n';
    }
    out += u"const response = await fetch("_s + q(p.url, Lang::JavaScript) + u", {\n"_s;
    out += u"  method: "_s + q(r.method, Lang::JavaScript) + u",\n"_s;
    if (!r.headers.isEmpty()) {
        out += u"  headers: {\n"_s;
        for (const auto &[name, value] : r.headers)
            out += u"    "_s + q(name, Lang::JavaScript) + u": "_s + q(value, Lang::JavaScript) + u",\n"_s;
        out += u"  },\n"_s;
    }
    if (!r.multipart.isEmpty()) {
        out += u"  body: form,\n"_s;
    } else if (!r.bodyFile.isEmpty()) {
        out += u"  body: await openAsBlob("_s + q(r.bodyFile, Lang::JavaScript) + u"),\n"_s;
    } else if (!r.body.isEmpty()) {
        if (isValidUtf8(r.body)) {
            out += u"  body: "_s + quoted(utf8(r.body), Lang::JavaScript) + u",\n"_s;
        } else {
            QStringList bytes;
            for (const char c : r.body)
                bytes.append(QString::number(uchar(c)));
            out += u"  body: new Uint8Array(["_s + bytes.join(u", "_s) + u"]),\n"_s;
        }
    }
    if (!r.followRedirects)
        out += u"  redirect: \"manual\",\n"_s;
    if (r.timeout.count() > 0)
        out += u"  signal: AbortSignal.timeout(%1),\n"_s.arg(r.timeout.count());
    out += u"});\n"_s;
    out += u"console.log(response.status);\nconsole.log(await response.text());\n"_s;
    return out;
}

// ---- C++ Qt --------------------------------------------------------------------------------

QString qt(const Prepared &p)
{
    const HttpRequest &r = p.request;
    QString out = u"#include <QCoreApplication>\n"_s;
    if (!r.bodyFile.isEmpty() || !r.multipart.isEmpty())
        out += u"#include <QFile>\n"_s;
    if (!r.multipart.isEmpty())
        out += u"#include <QHttpMultiPart>\n"_s;
    out += u"#include <QNetworkAccessManager>\n#include <QNetworkReply>\n#include <QNetworkRequest>\n"_s;
    if (!r.tls.verifyPeer)
        out += u"#include <QSslConfiguration>\n"_s;
    out += u"\nint main(int argc, char *argv[])\n{\n    QCoreApplication app(argc, argv);\n    QNetworkAccessManager manager;\n\n"_s;
    out += u"    QNetworkRequest request(QUrl(QStringLiteral("_s + q(p.url, Lang::Cpp) + u")));\n"_s;
    for (const auto &[name, value] : r.headers)
        out += u"    request.setRawHeader("_s + q(name, Lang::Cpp) + u", "_s + q(value, Lang::Cpp) + u");\n"_s;
    if (!r.followRedirects)
        out += u"    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);\n"_s;
    else if (r.maxRedirects != 50)
        out += u"    request.setMaximumRedirectsAllowed(%1);\n"_s.arg(r.maxRedirects);
    if (r.timeout.count() > 0)
        out += u"    request.setTransferTimeout(%1);\n"_s.arg(r.timeout.count());
    if (!r.tls.verifyPeer) {
        out += u"    QSslConfiguration tls = request.sslConfiguration();\n    tls.setPeerVerifyMode(QSslSocket::VerifyNone);\n"
               u"    request.setSslConfiguration(tls);\n"_s;
    }
    const QString verb = q(r.method, Lang::Cpp);
    if (!r.multipart.isEmpty()) {
        out += u"\n    auto *multipart = new QHttpMultiPart(QHttpMultiPart::FormDataType);\n"_s;
        for (const MultipartPart &part : r.multipart) {
            out += u"    {\n        QHttpPart part;\n"_s;
            QByteArray disposition = "form-data; name=\"" + part.name + '"';
            if (!part.filePath.isEmpty())
                disposition += "; filename=\"" + fileNameOf(part).toUtf8() + '"';
            out += u"        part.setRawHeader(\"Content-Disposition\", "_s + q(disposition, Lang::Cpp) + u");\n"_s;
            if (!part.contentType.isEmpty())
                out += u"        part.setRawHeader(\"Content-Type\", "_s + q(part.contentType, Lang::Cpp) + u");\n"_s;
            if (!part.filePath.isEmpty()) {
                out += u"        auto *file = new QFile(QStringLiteral("_s + q(part.filePath, Lang::Cpp) + u"), multipart);\n"
                       u"        file->open(QIODevice::ReadOnly);\n        part.setBodyDevice(file);\n"_s;
            } else {
                out += u"        part.setBody("_s + q(part.value, Lang::Cpp) + u");\n"_s;
            }
            out += u"        multipart->append(part);\n    }\n"_s;
        }
        out += u"    QNetworkReply *reply = manager.sendCustomRequest(request, "_s + verb + u", multipart);\n"
               u"    multipart->setParent(reply);\n"_s;
    } else if (!r.bodyFile.isEmpty()) {
        out += u"\n    auto *body = new QFile(QStringLiteral("_s + q(r.bodyFile, Lang::Cpp) + u"), &manager);\n    body->open(QIODevice::ReadOnly);\n"_s;
        out += u"    QNetworkReply *reply = manager.sendCustomRequest(request, "_s + verb + u", body);\n"_s;
    } else if (!r.body.isEmpty()) {
        out += u"\n    const QByteArray body = "_s + q(r.body, Lang::Cpp) + u";\n"_s;
        out += u"    QNetworkReply *reply = manager.sendCustomRequest(request, "_s + verb + u", body);\n"_s;
    } else {
        out += u"\n    QNetworkReply *reply = manager.sendCustomRequest(request, "_s + verb + u");\n"_s;
    }
    out += u"    QObject::connect(reply, &QNetworkReply::finished, &app, [reply] {\n"
           u"        qInfo() << reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt() << reply->errorString();\n"
           u"        qInfo().noquote() << reply->readAll();\n"
           u"        reply->deleteLater();\n"
           u"        QCoreApplication::quit();\n"
           u"    });\n"
           u"    return app.exec();\n}\n"_s;
    return out;
}

// ---- .http ---------------------------------------------------------------------------------

QString httpFile(const Prepared &p)
{
    const HttpRequest &r = p.request;
    QString out;
    if (!r.followRedirects)
        out += u"# @no-redirect\n"_s;
    if (r.timeout.count() > 0)
        out += u"# @timeout "_s + secondsText(r.timeout) + u'\n';
    out += utf8(r.method) + u' ' + p.url + u'\n';
    for (const auto &[name, value] : r.headers)
        out += utf8(name) + u": "_s + utf8(value) + u'\n';
    if (!r.multipart.isEmpty()) {
        out += u"Content-Type: multipart/form-data; boundary="_s + kBoundary + u'\n';
        out += u'\n';
        for (const MultipartPart &part : r.multipart) {
            out += u"--"_s + kBoundary + u'\n';
            out += u"Content-Disposition: form-data; name=\""_s + utf8(part.name) + u'"';
            if (!part.filePath.isEmpty())
                out += u"; filename=\""_s + fileNameOf(part) + u'"';
            out += u'\n';
            if (!part.contentType.isEmpty())
                out += u"Content-Type: "_s + utf8(part.contentType) + u'\n';
            out += u'\n';
            out += (part.filePath.isEmpty() ? utf8(part.value) : u"< "_s + part.filePath) + u'\n';
        }
        out += u"--"_s + kBoundary + u"--\n"_s;
    } else if (!r.bodyFile.isEmpty()) {
        out += u"\n< "_s + r.bodyFile + u'\n';
    } else if (!r.body.isEmpty()) {
        out += u'\n' + utf8(r.body);
        if (!r.body.endsWith('\n'))
            out += u'\n';
    }
    return out;
}

} // namespace

QList<CodeFormat> codeFormats()
{
    return {CodeFormat::Curl, CodeFormat::HTTPie, CodeFormat::Python, CodeFormat::Fetch, CodeFormat::Qt, CodeFormat::Http};
}

QString codeFormatName(CodeFormat format)
{
    switch (format) {
    case CodeFormat::Curl: return u"curl"_s;
    case CodeFormat::HTTPie: return u"httpie"_s;
    case CodeFormat::Python: return u"python"_s;
    case CodeFormat::Fetch: return u"fetch"_s;
    case CodeFormat::Qt: return u"qt"_s;
    case CodeFormat::Http: return u"http"_s;
    }
    return {};
}

std::optional<CodeFormat> codeFormatFromName(QStringView name)
{
    for (const CodeFormat f : codeFormats()) {
        if (name.compare(codeFormatName(f), Qt::CaseInsensitive) == 0)
            return f;
    }
    return std::nullopt;
}

QString codeFormatTitle(CodeFormat format)
{
    switch (format) {
    case CodeFormat::Curl: return QCoreApplication::translate("gatehouse::Codegen", "curl");
    case CodeFormat::HTTPie: return QCoreApplication::translate("gatehouse::Codegen", "HTTPie");
    case CodeFormat::Python: return QCoreApplication::translate("gatehouse::Codegen", "Python (requests)");
    case CodeFormat::Fetch: return QCoreApplication::translate("gatehouse::Codegen", "JavaScript (fetch)");
    case CodeFormat::Qt: return QCoreApplication::translate("gatehouse::Codegen", "C++ (Qt Network)");
    case CodeFormat::Http: return QCoreApplication::translate("gatehouse::Codegen", "HTTP file (.http)");
    }
    return {};
}

bool isSecretQueryItem(QStringView name)
{
    static constexpr QLatin1StringView names[] = {
        "subscription-key"_L1, "api-key"_L1, "apikey"_L1, "api_key"_L1, "key"_L1, "access_token"_L1, "token"_L1,
        "code"_L1, "sig"_L1, "signature"_L1, "password"_L1, "client_secret"_L1,
    };
    for (const QLatin1StringView n : names) {
        if (name.compare(n, Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

QString shellQuoted(const QByteArray &word)
{
    if (word.isEmpty())
        return u"''"_s;
    const bool safe = std::all_of(word.cbegin(), word.cend(), [](char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' || c == '_' || c == '.'
            || c == '/' || c == ':' || c == '=' || c == '@' || c == '%' || c == '+' || c == ',';
    });
    if (safe)
        return QString::fromLatin1(word);
    if (hasControl(word, true) || !isValidUtf8(word)) {
        // ANSI-C quoting (bash, zsh, ksh, POSIX.1-2024 sh): controls and bytes that are not UTF-8
        // escaped, readable text left as it is.
        QString out = u"$'"_s;
        const auto escape = [&out](uint c) {
            if (c == '\\' || c == '\'')
                out += u'\\' + QChar(c);
            else if (c == '\n')
                out += u"\\n"_s;
            else if (c == '\t')
                out += u"\\t"_s;
            else if (c == '\r')
                out += u"\\r"_s;
            else if (c < 0x20 || c == 0x7f)
                out += u"\\x%1"_s.arg(c, 2, 16, QChar(u'0'));
            else
                return false;
            return true;
        };
        if (isValidUtf8(word)) {
            for (const QChar c : QString::fromUtf8(word)) {
                if (!escape(c.unicode()))
                    out += c;
            }
        } else {
            for (const char ch : word) {
                const auto c = uint(uchar(ch));
                if (!escape(c))
                    out += c >= 0x80 ? u"\\x%1"_s.arg(c, 2, 16, QChar(u'0')) : QString(QChar(char16_t(c)));
            }
        }
        return out + u'\'';
    }
    QString text = QString::fromUtf8(word);
    text.replace(u"'"_s, u"'\\''"_s);
    return u'\'' + text + u'\'';
}

QString generateCode(const HttpRequest &request, CodeFormat format, const CodegenOptions &options)
{
    if (request.oauth1) {
        // As Postman's snippets: signed now (this timestamp and nonce); an unsupported method leaves it out.
        HttpRequest signedRequest = request;
        signedRequest.oauth1.reset();
        if (signOAuth1(signedRequest, *request.oauth1))
            return generateCode(signedRequest, format, options);
    }
    const Prepared p = prepare(request, options);
    switch (format) {
    case CodeFormat::Curl: return curl(p);
    case CodeFormat::HTTPie: return httpie(p);
    case CodeFormat::Python: return python(p);
    case CodeFormat::Fetch: return fetch(p);
    case CodeFormat::Qt: return qt(p);
    case CodeFormat::Http: return httpFile(p);
    }
    return {};
}

} // namespace gatehouse
