// SPDX-License-Identifier: GPL-3.0-or-later
#include "formats/import/httpfile.h"

#include "model/workspace.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace gatehouse {

namespace {

const QStringList kMethods = {u"GET"_s, u"POST"_s, u"PUT"_s, u"PATCH"_s, u"DELETE"_s, u"HEAD"_s, u"OPTIONS"_s,
                              u"TRACE"_s, u"CONNECT"_s, u"PROPFIND"_s, u"PROPPATCH"_s, u"MKCOL"_s, u"COPY"_s,
                              u"MOVE"_s, u"LOCK"_s, u"UNLOCK"_s, u"PURGE"_s};

bool isComment(QStringView trimmed)
{
    return trimmed.startsWith(u'#') || trimmed.startsWith(u"//");
}

QString languageFor(const QString &contentType)
{
    const QString type = contentType.toLower();
    return type.contains("json"_L1) ? u"json"_s : type.contains("xml"_L1) ? u"xml"_s : type.contains("html"_L1) ? u"html"_s
        : type.contains("javascript"_L1) ? u"javascript"_s : u"text"_s;
}

struct Block {
    QString name;
    QStringList lines; // without comments before the request line
};

class Parser
{
public:
    HttpFileImport result;

    void issue(const QString &item, const QString &field, const QString &message) { result.issues.append({item, field, message}); }

    void request(const Block &block, int index)
    {
        Request request;
        request.id = newItemId();
        qsizetype i = 0;
        const QStringList &lines = block.lines;
        // Request line: the first line that is no comment or blank.
        QString name = block.name;
        for (; i < lines.size(); ++i) {
            const QString t = lines.at(i).trimmed();
            static const QRegularExpression nameTag(u"^(?:#|//)\\s*@name\\s*[= ]?\\s*(.+)$"_s);
            const auto match = nameTag.match(t);
            if (match.hasMatch()) {
                name = match.captured(1).trimmed();
                continue;
            }
            if (t.isEmpty() || isComment(t))
                continue;
            break;
        }
        if (i >= lines.size())
            return; // a block of comments only
        QString line = lines.at(i).trimmed();
        ++i;
        const qsizetype space = line.indexOf(u' ');
        const QString first = space < 0 ? line : line.first(space);
        if (kMethods.contains(first.toUpper()) && space > 0) {
            request.method = first.toUpper();
            line = line.sliced(space + 1).trimmed();
        }
        static const QRegularExpression version(u"\\s+HTTP/[0-9.]+$"_s);
        line.remove(version);
        QString url = line;
        static const QRegularExpression spaceOutsideBraces(u"\\s(?![^{]*\\}\\})"_s);
        if (url.contains(spaceOutsideBraces)) {
            issue(result.collection.name + u"/#%1"_s.arg(index + 1), u"request-line"_s,
                  QCoreApplication::translate("gatehouse::HttpFileImport", "“%1” is no request line; the block was skipped.").arg(lines.at(i - 1).trimmed()));
            return;
        }
        // Query continued on the following lines.
        for (; i < lines.size(); ++i) {
            const QString t = lines.at(i).trimmed();
            if (!(t.startsWith(u'?') || t.startsWith(u'&')))
                break;
            url += t;
        }
        const QString item = result.collection.name + u'/' + (name.isEmpty() ? u"#%1"_s.arg(index + 1) : name);
        // Headers until a blank line.
        QString host;
        for (; i < lines.size(); ++i) {
            const QString t = lines.at(i).trimmed();
            if (t.isEmpty()) {
                ++i;
                break;
            }
            if (isComment(t))
                continue;
            const qsizetype colon = t.indexOf(u':');
            if (colon <= 0) {
                issue(item, u"header"_s, QCoreApplication::translate("gatehouse::HttpFileImport", "The line “%1” is no header and was dropped.").arg(t));
                continue;
            }
            const QString headerName = t.first(colon).trimmed();
            const QString value = t.sliced(colon + 1).trimmed();
            if (headerName.compare("host"_L1, Qt::CaseInsensitive) == 0)
                host = value;
            if (headerName.compare("authorization"_L1, Qt::CaseInsensitive) == 0 && value.startsWith("Basic "_L1, Qt::CaseInsensitive)) {
                // REST Client writes "Basic user:password" or "Basic user password" and encodes it itself.
                const QString credentials = value.sliced(6).trimmed();
                const qsizetype separator = credentials.contains(u':') ? credentials.indexOf(u':') : credentials.indexOf(u' ');
                if (separator > 0) {
                    request.auth.kind = Auth::Kind::Basic;
                    request.auth.username = credentials.first(separator);
                    request.auth.password = credentials.sliced(separator + 1);
                    continue;
                }
            }
            if (headerName.compare("authorization"_L1, Qt::CaseInsensitive) == 0
                && (value.startsWith("Digest "_L1, Qt::CaseInsensitive) || value.startsWith("AWS "_L1) || value.startsWith("COGNITO "_L1))) {
                issue(item, u"Authorization"_s, QCoreApplication::translate("gatehouse::HttpFileImport", "REST Client's “%1” auth is not supported; the header is kept as written.").arg(value.section(u' ', 0, 0)));
            }
            request.headers.append({headerName, value, true, QString()});
        }
        if (!url.contains("://"_L1) && !url.startsWith("{{"_L1)) {
            if (url.startsWith(u'/') && !host.isEmpty())
                url = u"http://"_s + host + url;
            else if (!url.startsWith(u'/'))
                url.prepend(u"http://"_s);
        }
        request.url = url;

        // Body: the rest, without a response handler or reference and trailing blank lines.
        QStringList body;
        for (; i < lines.size(); ++i) {
            const QString t = lines.at(i).trimmed();
            if (t.startsWith("> "_L1) || t.startsWith(">{%"_L1) || t == ">"_L1 || t.startsWith("<> "_L1)) {
                issue(item, t.startsWith("<>"_L1) ? u"response-ref"_s : u"response-handler"_s,
                      QCoreApplication::translate("gatehouse::HttpFileImport", "JetBrains response handlers and references are not imported."));
                // A handler block runs to its closing %}.
                if (t.contains("{%"_L1) && !t.contains("%}"_L1)) {
                    while (i + 1 < lines.size() && !lines.at(i).contains("%}"_L1))
                        ++i;
                }
                continue;
            }
            body.append(lines.at(i));
        }
        while (!body.isEmpty() && body.last().trimmed().isEmpty())
            body.removeLast();
        QString contentType;
        bool graphql = false;
        for (const KeyValue &h : std::as_const(request.headers)) {
            if (h.name.compare("content-type"_L1, Qt::CaseInsensitive) == 0)
                contentType = h.value;
            if (h.name.compare("x-request-type"_L1, Qt::CaseInsensitive) == 0 && h.value.compare("graphql"_L1, Qt::CaseInsensitive) == 0)
                graphql = true;
        }
        if (!body.isEmpty()) {
            const QString firstLine = body.first().trimmed();
            if (body.size() == 1 && (firstLine.startsWith("< "_L1) || firstLine.startsWith("<@"_L1))) {
                request.body.kind = Body::Kind::Binary;
                request.body.filePath = firstLine.sliced(firstLine.indexOf(u' ') + 1).trimmed();
                if (firstLine.startsWith("<@"_L1))
                    issue(item, u"body"_s, QCoreApplication::translate("gatehouse::HttpFileImport", "Variables in the body file are not resolved; it is sent as it is."));
            } else if (graphql) {
                // REST Client: the query, a blank line, then the variables as JSON.
                request.headers.removeIf([](const KeyValue &h) { return h.name.compare("x-request-type"_L1, Qt::CaseInsensitive) == 0; });
                const QString text = body.join(u'\n');
                static const QRegularExpression blank(u"\\n\\s*\\n(?=\\s*\\{)"_s);
                const auto match = blank.match(text);
                request.body.kind = Body::Kind::GraphQL;
                request.body.graphqlQuery = match.hasMatch() ? text.first(match.capturedStart()) : text;
                request.body.graphqlVariables = match.hasMatch() ? text.sliced(match.capturedEnd()).trimmed() : QString();
            } else if (contentType.startsWith("application/x-www-form-urlencoded"_L1, Qt::CaseInsensitive)) {
                // Lines of a form body are joined ("name=foo\n&password=bar").
                QString joined;
                for (const QString &l : std::as_const(body))
                    joined += l.trimmed();
                request.body.kind = Body::Kind::Raw;
                request.body.language = u"text"_s;
                request.body.raw = joined;
            } else {
                request.body.kind = Body::Kind::Raw;
                request.body.language = languageFor(contentType);
                request.body.raw = body.join(u'\n');
                for (const QString &l : std::as_const(body)) {
                    if (l.trimmed().startsWith("< "_L1)) {
                        issue(item, u"body"_s, QCoreApplication::translate("gatehouse::HttpFileImport", "A file included in a multipart body (“%1”) is sent as the text “%1”, not the file's contents.").arg(l.trimmed()));
                        break;
                    }
                }
            }
        }
        if (request.method.isEmpty())
            request.method = u"GET"_s;
        const QUrl parsed(url, QUrl::TolerantMode);
        request.name = name.isEmpty() ? request.method + u' ' + (parsed.path().isEmpty() ? u"/"_s : parsed.path()) : name;
        result.collection.requests.append(request);
    }
};

} // namespace

Expected<HttpFileImport> importHttpFile(QStringView text, const QString &collectionName)
{
    Parser parser;
    parser.result.collection.id = newItemId();
    parser.result.collection.name = collectionName;
    QList<Block> blocks(1);
    const QStringList lines = text.toString().remove(u'\r').split(u'\n');
    static const QRegularExpression fileVariable(u"^@([A-Za-z0-9_.\\-$]+)\\s*=\\s*(.*)$"_s);
    for (const QString &line : lines) {
        const QString t = line.trimmed();
        if (t.startsWith("###"_L1)) {
            blocks.append(Block{t.sliced(3).trimmed(), {}});
            continue;
        }
        const auto match = fileVariable.match(t);
        const QStringList &current = blocks.last().lines;
        const bool beforeRequestLine = std::none_of(current.cbegin(), current.cend(), [](const QString &l) {
            const QString s = l.trimmed();
            return !s.isEmpty() && !isComment(s);
        });
        if (match.hasMatch() && beforeRequestLine) {
            parser.result.collection.variables.append({match.captured(1), match.captured(2).trimmed(), true, false});
            if (match.captured(2).contains(".response."_L1)) {
                parser.issue(collectionName, u"@"_s + match.captured(1),
                             QCoreApplication::translate("gatehouse::HttpFileImport", "The variable refers to another request's response; set it with a script instead."));
            }
            continue;
        }
        blocks.last().lines.append(line);
    }
    for (qsizetype i = 0; i < blocks.size(); ++i)
        parser.request(blocks.at(i), int(i));
    if (parser.result.collection.requests.isEmpty() && parser.result.collection.variables.isEmpty()) {
        bool anything = false;
        for (const QString &line : lines) {
            const QString t = line.trimmed();
            anything = anything || (!t.isEmpty() && !isComment(t) && !t.startsWith("###"_L1));
        }
        if (anything) {
            return std::unexpected(Error{Error::Code::UnsupportedFormat,
                                         QCoreApplication::translate("gatehouse::HttpFileImport", "Not an HTTP requests file: no request line found.")});
        }
    }
    return parser.result;
}

} // namespace gatehouse
