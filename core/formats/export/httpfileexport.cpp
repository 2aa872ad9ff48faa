// SPDX-License-Identifier: GPL-3.0-or-later
#include "formats/export/httpfileexport.h"

#include "model/requestresolver.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QRegularExpression>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace gatehouse {

namespace {

constexpr QLatin1StringView kBoundary{"----GatehouseFormBoundary7MA4YWxkTrZu0gW"};

// A form body is sent as written: names and values percent-encoded as the engine would, {{variables}} kept.
QString formEncoded(const QString &text)
{
    static const QRegularExpression variable(u"\\{\\{[^{}]*\\}\\}"_s);
    QString out;
    qsizetype at = 0;
    for (auto it = variable.globalMatch(text); it.hasNext();) {
        const auto match = it.next();
        out += QString::fromLatin1(QUrl::toPercentEncoding(text.sliced(at, match.capturedStart() - at))) + match.captured();
        at = match.capturedEnd();
    }
    return out + QString::fromLatin1(QUrl::toPercentEncoding(text.sliced(at)));
}

class Writer
{
public:
    explicit Writer(const Collection &collection, Secrets secrets)
        : m_collection(collection)
        , m_secrets(secrets)
    {
    }

    HttpFileExport result;

    void run()
    {
        for (const Variable &v : m_collection.variables) {
            if (!v.enabled)
                continue;
            result.text += u'@' + v.name + u" = "_s + (v.secret && m_secrets == Secrets::Redact ? QString() : v.value) + u'\n';
        }
        if (!m_collection.scripts.preRequest.isEmpty() || !m_collection.scripts.test.isEmpty())
            scriptsIssue(m_collection.name);
        folder(m_collection, {}, m_collection.name);
    }

private:
    void issue(const QString &item, const QString &field, const QString &message) { result.issues.append({item, field, message}); }

    void scriptsIssue(const QString &item)
    {
        issue(item, u"scripts"_s, QCoreApplication::translate("gatehouse::HttpFileExport", "Scripts have no place in a .http file and were not exported."));
    }

    void folder(const Folder &f, QList<const Folder *> ancestors, const QString &path)
    {
        if (&f != &m_collection) {
            ancestors.append(&f);
            if (!f.variables.isEmpty())
                issue(path, u"variables"_s, QCoreApplication::translate("gatehouse::HttpFileExport", "Folder variables have no place in a .http file and were not exported."));
            if (!f.scripts.preRequest.isEmpty() || !f.scripts.test.isEmpty())
                scriptsIssue(path);
        }
        for (const Folder &sub : f.folders)
            folder(sub, ancestors, path + u'/' + sub.name);
        for (const Request &r : f.requests)
            request(r, ancestors, path + u'/' + r.name);
    }

    // A credential written out literally is masked; a {{variable}} reference reveals nothing.
    QString secret(const QString &value) const
    {
        static const QRegularExpression reference(u"^\\s*\\{\\{[^{}]+\\}\\}\\s*$"_s);
        if (m_secrets == Secrets::Reveal || value.isEmpty() || reference.match(value).hasMatch())
            return value;
        return u"\u2022\u2022\u2022"_s;
    }

    void request(const Request &r, const QList<const Folder *> &ancestors, const QString &item)
    {
        QStringList names;
        for (const Folder *a : ancestors)
            names.append(a->name);
        names.append(r.name);
        QString &out = result.text;
        out += u"\n### "_s + names.join(u" / "_s) + u'\n';
        if (!r.description.isEmpty()) {
            for (const QString &line : r.description.split(u'\n'))
                out += (line.isEmpty() ? u"#"_s : u"# "_s + line) + u'\n';
        }
        if (!r.settings.followRedirects)
            out += u"# @no-redirect\n"_s;
        if (r.settings.timeoutMs > 0)
            out += u"# @timeout %1\n"_s.arg(QString::number(r.settings.timeoutMs / 1000.0, 'g', 10));
        if (!r.scripts.preRequest.isEmpty() || !r.scripts.test.isEmpty())
            scriptsIssue(item);
        if (!r.settings.verifyTls)
            issue(item, u"settings.verifyTls"_s, QCoreApplication::translate("gatehouse::HttpFileExport", "TLS verification is off for this request; a .http file cannot say so."));

        ResolveContext context;
        context.collection = &m_collection;
        context.folders = ancestors;
        const Auth auth = effectiveAuth(r, context);

        QStringList query;
        for (const KeyValue &p : r.params) {
            if (p.enabled)
                query.append(p.value.isEmpty() && !p.name.contains(u'=') ? p.name : p.name + u'=' + p.value);
        }
        QList<std::pair<QString, QString>> headers;
        for (const KeyValue &h : r.headers) {
            if (h.enabled)
                headers.append({h.name, h.value});
        }
        const auto hasHeader = [&headers](QStringView name) {
            return std::any_of(headers.cbegin(), headers.cend(), [name](const auto &h) { return h.first.compare(name, Qt::CaseInsensitive) == 0; });
        };
        switch (auth.kind) {
        case Auth::Kind::None:
        case Auth::Kind::Inherit:
            break;
        case Auth::Kind::Basic:
            // REST Client and JetBrains encode "Basic user:password" themselves.
            headers.append({u"Authorization"_s, u"Basic "_s + auth.username + u':' + secret(auth.password)});
            break;
        case Auth::Kind::Digest:
            // JetBrains' HTTP Client runs the digest handshake itself for "Digest user password".
            headers.append({u"Authorization"_s, u"Digest "_s + auth.username + u' ' + secret(auth.password)});
            break;
        case Auth::Kind::Bearer:
            headers.append({u"Authorization"_s, u"Bearer "_s + secret(auth.token)});
            break;
        case Auth::Kind::OAuth1:
            // A signature is made per request (time, nonce): neither REST Client nor JetBrains can.
            issue(item, u"auth"_s, QCoreApplication::translate("gatehouse::HttpFileExport", "OAuth 1.0 cannot be written in an .http file; the request is exported without it."));
            break;
        case Auth::Kind::OAuth2:
            issue(item, u"auth"_s, QCoreApplication::translate("gatehouse::HttpFileExport", "OAuth 2.0 is exported as a bearer token header; get the token yourself."));
            headers.append({u"Authorization"_s, (auth.headerPrefix.isEmpty() ? u"Bearer"_s : auth.headerPrefix) + u' '
                                                     + (auth.token.isEmpty() ? u"{{accessToken}}"_s : secret(auth.token))});
            break;
        case Auth::Kind::ApiKey:
        case Auth::Kind::ApimSubscriptionKey: {
            const bool apim = auth.kind == Auth::Kind::ApimSubscriptionKey;
            const bool inQuery = auth.location == Auth::Location::Query;
            QString name = auth.keyName;
            if (name.isEmpty() && apim)
                name = inQuery ? QString(kApimSubscriptionQuery) : QString(kApimSubscriptionHeader);
            const QString value = auth.keyValue.isEmpty() && apim ? u"{{"_s + kApimSubscriptionVariable + u"}}"_s : secret(auth.keyValue);
            if (inQuery)
                query.append(name + u'=' + value);
            else
                headers.append({name, value});
            break;
        }
        }

        QString url = r.url;
        if (!query.isEmpty())
            url += (url.contains(u'?') ? u'&' : u'?') + query.join(u'&');
        out += r.method + u' ' + url + u'\n';

        const Body &body = r.body;
        switch (body.kind) {
        case Body::Kind::None:
            break;
        case Body::Kind::Raw:
            if (!hasHeader(u"Content-Type")) {
                const QString language = body.language.toLower();
                const QString type = language == "json"_L1 ? u"application/json"_s : language == "xml"_L1 ? u"application/xml"_s
                    : language == "html"_L1 ? u"text/html"_s : language == "javascript"_L1 ? u"application/javascript"_s : u"text/plain"_s;
                headers.append({u"Content-Type"_s, type});
            }
            break;
        case Body::Kind::FormUrlEncoded:
            if (!hasHeader(u"Content-Type"))
                headers.append({u"Content-Type"_s, u"application/x-www-form-urlencoded"_s});
            break;
        case Body::Kind::Multipart:
            headers.removeIf([](const auto &h) { return h.first.compare("content-type"_L1, Qt::CaseInsensitive) == 0; });
            headers.append({u"Content-Type"_s, u"multipart/form-data; boundary="_s + kBoundary});
            break;
        case Body::Kind::Binary:
            break;
        case Body::Kind::GraphQL:
            headers.append({u"X-Request-Type"_s, u"GraphQL"_s});
            if (!hasHeader(u"Content-Type"))
                headers.append({u"Content-Type"_s, u"application/json"_s});
            break;
        }
        for (const auto &[name, value] : std::as_const(headers))
            out += name + u": "_s + value + u'\n';
        for (const KeyValue &h : r.headers) {
            if (!h.enabled)
                out += u"# "_s + h.name + u": "_s + h.value + u'\n';
        }

        switch (body.kind) {
        case Body::Kind::None:
            break;
        case Body::Kind::Raw:
            if (!body.raw.isEmpty())
                out += u'\n' + body.raw + (body.raw.endsWith(u'\n') ? QString() : u"\n"_s);
            break;
        case Body::Kind::FormUrlEncoded: {
            QStringList pairs;
            for (const KeyValue &f : body.form) {
                if (f.enabled)
                    pairs.append(formEncoded(f.name) + u'=' + formEncoded(f.value));
            }
            if (!pairs.isEmpty())
                out += u'\n' + pairs.join(u"\n&"_s) + u'\n';
            break;
        }
        case Body::Kind::Multipart:
            out += u'\n';
            for (const FormDataPart &part : body.parts) {
                if (!part.enabled)
                    continue;
                out += u"--"_s + kBoundary + u'\n';
                out += u"Content-Disposition: form-data; name=\""_s + part.name + u'"';
                if (part.kind == FormDataPart::Kind::File)
                    out += u"; filename=\""_s + QFileInfo(part.value).fileName() + u'"';
                out += u'\n';
                if (!part.contentType.isEmpty())
                    out += u"Content-Type: "_s + part.contentType + u'\n';
                out += u'\n' + (part.kind == FormDataPart::Kind::File ? u"< "_s + part.value : part.value) + u'\n';
            }
            out += u"--"_s + kBoundary + u"--\n"_s;
            break;
        case Body::Kind::Binary:
            out += u"\n< "_s + body.filePath + u'\n';
            break;
        case Body::Kind::GraphQL:
            out += u'\n' + body.graphqlQuery + u'\n';
            if (!body.graphqlVariables.trimmed().isEmpty())
                out += u'\n' + body.graphqlVariables.trimmed() + u'\n';
            break;
        }
    }

    const Collection &m_collection;
    Secrets m_secrets;
};

} // namespace

HttpFileExport exportHttpFile(const Collection &collection, Secrets secrets)
{
    Writer writer(collection, secrets);
    writer.run();
    return writer.result;
}

} // namespace gatehouse
