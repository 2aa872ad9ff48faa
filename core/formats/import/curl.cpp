// SPDX-License-Identifier: GPL-3.0-or-later
#include "formats/import/curl.h"

#include "model/workspace.h"

#include <QCoreApplication>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace gatehouse {

namespace {

// Windows cmd ("Copy as cURL (cmd)"): ^ escapes the next character and ends continued lines.
bool looksLikeCmd(QStringView text)
{
    return text.contains(u"^\""_s) || text.contains(u" ^\n"_s) || text.contains(u" ^\r\n"_s);
}

QString decodeAnsiC(QStringView body)
{
    QString out;
    for (qsizetype i = 0; i < body.size(); ++i) {
        const QChar c = body.at(i);
        if (c != u'\\' || i + 1 >= body.size()) {
            out += c;
            continue;
        }
        const QChar e = body.at(++i);
        switch (e.unicode()) {
        case 'n': out += u'\n'; break;
        case 't': out += u'\t'; break;
        case 'r': out += u'\r'; break;
        case 'a': out += u'\a'; break;
        case 'b': out += u'\b'; break;
        case 'e': case 'E': out += QChar(0x1b); break;
        case 'f': out += u'\f'; break;
        case 'v': out += u'\v'; break;
        case 'x': case 'u': case 'U': {
            const int maxDigits = e == u'x' ? 2 : e == u'u' ? 4 : 8;
            qsizetype j = i + 1;
            while (j < body.size() && j - i - 1 < maxDigits && QStringView(u"0123456789abcdefABCDEF").contains(body.at(j)))
                ++j;
            bool ok = false;
            const uint code = body.sliced(i + 1, j - i - 1).toUInt(&ok, 16);
            if (ok) {
                if (e == u'x')
                    out += QChar(char16_t(code)); // a byte; Latin-1 is the best guess without an encoding
                else
                    out += QString::fromUcs4(reinterpret_cast<const char32_t *>(&code), 1);
                i = j - 1;
            } else {
                out += u'\\';
                out += e;
            }
            break;
        }
        case '0': case '1': case '2': case '3': case '4': case '5': case '6': case '7': {
            qsizetype j = i;
            while (j < body.size() && j - i < 3 && body.at(j) >= u'0' && body.at(j) <= u'7')
                ++j;
            out += QChar(char16_t(body.sliced(i, j - i).toUInt(nullptr, 8)));
            i = j - 1;
            break;
        }
        default: out += e; break; // \\ \' \" \?
        }
    }
    return out;
}

} // namespace

QStringList splitCommandLine(QStringView input)
{
    QString text = input.toString();
    const bool cmd = looksLikeCmd(text);
    if (cmd) {
        // cmd removes ^ before passing the line on; what remains is split like a C program's argv.
        QString plain;
        for (qsizetype i = 0; i < text.size(); ++i) {
            if (text.at(i) == u'^' && i + 1 < text.size()) {
                ++i;
                if (text.at(i) == u'\r' && i + 1 < text.size() && text.at(i + 1) == u'\n')
                    ++i;
                if (text.at(i) == u'\n')
                    continue;
            }
            plain += text.at(i);
        }
        text = plain;
    }

    QStringList words;
    QString word;
    bool inWord = false;
    auto finish = [&] {
        if (inWord)
            words.append(word);
        word.clear();
        inWord = false;
    };
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c == u'\\' && i + 1 < text.size()) {
            const QChar next = text.at(i + 1);
            if (next == u'\n') { // line continuation
                ++i;
                continue;
            }
            if (next == u'\r' && i + 2 < text.size() && text.at(i + 2) == u'\n') {
                i += 2;
                continue;
            }
            word += next;
            inWord = true;
            ++i;
            continue;
        }
        if (c == u'\'' && !cmd) {
            const qsizetype end = text.indexOf(u'\'', i + 1);
            word += QStringView(text).sliced(i + 1, (end < 0 ? text.size() : end) - i - 1);
            inWord = true;
            i = end < 0 ? text.size() : end;
            continue;
        }
        if (c == u'$' && !cmd && i + 1 < text.size() && text.at(i + 1) == u'\'') {
            qsizetype j = i + 2;
            while (j < text.size() && text.at(j) != u'\'')
                j += text.at(j) == u'\\' ? 2 : 1;
            word += decodeAnsiC(QStringView(text).sliced(i + 2, qMin(j, text.size()) - i - 2));
            inWord = true;
            i = j;
            continue;
        }
        if (c == u'"') {
            qsizetype j = i + 1;
            for (; j < text.size() && text.at(j) != u'"'; ++j) {
                if (text.at(j) == u'\\' && j + 1 < text.size()) {
                    const QChar n = text.at(j + 1);
                    if (n == u'\n') {
                        ++j;
                        continue;
                    }
                    if (n == u'"' || n == u'\\' || (!cmd && (n == u'$' || n == u'`'))) {
                        word += n;
                        ++j;
                        continue;
                    }
                }
                word += text.at(j);
            }
            inWord = true;
            i = j;
            continue;
        }
        if (c == u' ' || c == u'\t' || c == u'\r') {
            finish();
            continue;
        }
        if (c == u'#' && !inWord) { // a comment runs to the end of the line
            const qsizetype end = text.indexOf(u'\n', i);
            if (end < 0)
                break;
            i = end - 1;
            continue;
        }
        if (c == u'\n' || c == u';' || c == u'|' || c == u'&' || (!cmd && (c == u'<' || c == u'>'))) {
            finish();
            if (!words.isEmpty())
                break;
            continue;
        }
        word += c;
        inWord = true;
    }
    finish();
    return words;
}

namespace {

struct CurlParser {
    CurlImport result;
    QString url;
    QStringList data;     // -d and friends, joined with & as curl does
    QStringList urlQuery; // --url-query
    bool dataIsFile = false;
    bool get = false;     // -G
    bool head = false;    // -I
    QString method;
    bool json = false;
    bool haveForm = false;

    void issue(const QString &field, const QString &message) { result.issues.append({u"curl"_s, field, message}); }
    void header(const QString &name, const QString &value) { result.request.headers.append({name, value, true, QString()}); }

    void addData(const QString &option, const QString &value)
    {
        if (option == "--data-raw"_L1 || !value.startsWith(u'@')) {
            data.append(value);
            return;
        }
        const QString file = value.sliced(1);
        if (file == "-"_L1) {
            issue(option, QCoreApplication::translate("gatehouse::CurlImport", "The body is read from standard input; the request has no body."));
            return;
        }
        if (!data.isEmpty() || dataIsFile)
            issue(option, QCoreApplication::translate("gatehouse::CurlImport", "Only one body file is supported; the other data was dropped."));
        data.clear();
        dataIsFile = true;
        result.request.body.kind = Body::Kind::Binary;
        result.request.body.filePath = file;
    }

    void addUrlEncoded(const QString &value)
    {
        // name=content, =content, content: content is encoded; name@file reads a file.
        const qsizetype eq = value.indexOf(u'=');
        const qsizetype at = value.indexOf(u'@');
        if (at >= 0 && (eq < 0 || at < eq)) {
            issue(u"--data-urlencode"_s, QCoreApplication::translate("gatehouse::CurlImport", "Data read from a file (“%1”) was not imported.").arg(value));
            return;
        }
        if (eq < 0) {
            data.append(QString::fromLatin1(QUrl::toPercentEncoding(value)));
            return;
        }
        const QString name = value.first(eq);
        const QString encoded = QString::fromLatin1(QUrl::toPercentEncoding(value.sliced(eq + 1)));
        data.append(name.isEmpty() ? encoded : name + u'=' + encoded);
    }

    void addForm(const QString &value, bool literal)
    {
        haveForm = true;
        Body &body = result.request.body;
        body.kind = Body::Kind::Multipart;
        const qsizetype eq = value.indexOf(u'=');
        if (eq <= 0) {
            issue(u"--form"_s, QCoreApplication::translate("gatehouse::CurlImport", "The form field “%1” has no name=value form and was dropped.").arg(value));
            return;
        }
        FormDataPart part;
        part.name = value.first(eq);
        QString content = value.sliced(eq + 1);
        if (!literal && (content.startsWith(u'@') || content.startsWith(u'<'))) {
            const bool asText = content.startsWith(u'<');
            QStringList pieces = content.sliced(1).split(u';');
            part.kind = FormDataPart::Kind::File;
            part.value = pieces.takeFirst();
            for (const QString &piece : std::as_const(pieces)) {
                if (piece.startsWith("type="_L1))
                    part.contentType = piece.sliced(5);
                else
                    issue(u"--form"_s, QCoreApplication::translate("gatehouse::CurlImport", "The form option “%1” of field “%2” was dropped.").arg(piece, part.name));
            }
            if (asText)
                issue(u"--form"_s, QCoreApplication::translate("gatehouse::CurlImport", "The field “%1” is sent as a file part, not as text read from the file.").arg(part.name));
        } else {
            if (!literal) {
                const qsizetype semicolon = content.indexOf(u";type="_s);
                if (semicolon >= 0) {
                    part.contentType = content.sliced(semicolon + 6);
                    content.truncate(semicolon);
                }
            }
            part.value = content;
        }
        body.parts.append(part);
    }

    void setUser(const QString &value)
    {
        Auth &auth = result.request.auth;
        if (auth.kind == Auth::Kind::Bearer)
            return; // curl sends the bearer token when both are given
        auth.kind = Auth::Kind::Basic;
        const qsizetype colon = value.indexOf(u':');
        auth.username = colon < 0 ? value : value.first(colon);
        auth.password = colon < 0 ? QString() : value.sliced(colon + 1);
        if (colon < 0)
            issue(u"--user"_s, QCoreApplication::translate("gatehouse::CurlImport", "curl would ask for the password; the imported request has an empty one."));
    }

    Expected<void> parse(const QStringList &words)
    {
        // Options that take a value and do not change the request: skipped with their value.
        static const QStringList ignoredWithValue = {
            u"-o"_s, u"--output"_s, u"-w"_s, u"--write-out"_s, u"--connect-timeout"_s, u"--retry"_s, u"--retry-delay"_s,
            u"--retry-max-time"_s, u"-c"_s, u"--cookie-jar"_s, u"-D"_s, u"--dump-header"_s, u"--trace"_s, u"--trace-ascii"_s,
            u"--stderr"_s, u"--max-redirs"_s, u"-y"_s, u"--speed-time"_s, u"-Y"_s, u"--speed-limit"_s,
            u"--limit-rate"_s, u"--resolve"_s, u"--connect-to"_s, u"--interface"_s, u"--dns-servers"_s, u"--capath"_s,
            u"--cacert"_s, u"-E"_s, u"--cert"_s, u"--key"_s, u"--cert-type"_s, u"--key-type"_s, u"--pass"_s,
            u"-x"_s, u"--proxy"_s, u"-U"_s, u"--proxy-user"_s, u"--socks5"_s, u"--socks5-hostname"_s, u"--noproxy"_s,
            u"-T"_s, u"--upload-file"_s, u"-K"_s, u"--config"_s, u"--ciphers"_s, u"--tls-max"_s,
        };
        // Options that change the request in ways Gatehouse has no field for: reported.
        static const QStringList reported = {u"--cacert"_s, u"--capath"_s, u"-E"_s, u"--cert"_s, u"--key"_s,
                                             u"-x"_s, u"--proxy"_s, u"-U"_s, u"--proxy-user"_s, u"--socks5"_s, u"--socks5-hostname"_s,
                                             u"-T"_s, u"--upload-file"_s, u"-K"_s, u"--config"_s, u"--resolve"_s, u"--connect-to"_s,
                                             u"--max-redirs"_s};
        static const QStringList withValue = {u"-X"_s, u"--request"_s, u"-H"_s, u"--header"_s, u"-d"_s, u"--data"_s, u"--data-ascii"_s,
                                              u"--data-binary"_s, u"--data-raw"_s, u"--data-urlencode"_s, u"--json"_s, u"-F"_s, u"--form"_s,
                                              u"--form-string"_s, u"-u"_s, u"--user"_s, u"-b"_s, u"--cookie"_s, u"-A"_s,
                                              u"--user-agent"_s, u"-e"_s, u"--referer"_s, u"--url"_s, u"-m"_s, u"--max-time"_s,
                                              u"--oauth2-bearer"_s, u"-r"_s, u"--range"_s, u"--url-query"_s};

        QStringList urls;
        for (qsizetype i = 1; i < words.size(); ++i) {
            QString option = words.at(i);
            QString value;
            bool hasValue = false;
            if (option.size() > 2 && option.startsWith(u'-') && !option.startsWith("--"_L1)) {
                // Short options bundle: -sSL, -XPOST, -HAccept:x.
                QStringList expanded;
                for (qsizetype k = 1; k < option.size(); ++k) {
                    const QString shortOption = u"-"_s + option.at(k);
                    if (withValue.contains(shortOption) || ignoredWithValue.contains(shortOption)) {
                        if (k + 1 < option.size()) {
                            value = option.sliced(k + 1);
                            hasValue = true;
                        }
                        option = shortOption;
                        break;
                    }
                    if (k + 1 == option.size()) {
                        option = shortOption;
                        break;
                    }
                    expanded.append(shortOption);
                }
                for (const QString &flag : std::as_const(expanded)) {
                    if (auto handled = flagOnly(flag); !handled)
                        issue(flag, QCoreApplication::translate("gatehouse::CurlImport", "The option %1 is not supported and was ignored.").arg(flag));
                }
            }
            if (!option.startsWith(u'-') || option == "-"_L1) {
                urls.append(option);
                continue;
            }
            if (withValue.contains(option) || ignoredWithValue.contains(option)) {
                if (!hasValue) {
                    if (i + 1 >= words.size()) {
                        return std::unexpected(Error{Error::Code::InvalidArgument, QCoreApplication::translate("gatehouse::CurlImport", "The option %1 needs a value.").arg(option)});
                    }
                    value = words.at(++i);
                }
                if (ignoredWithValue.contains(option)) {
                    if (reported.contains(option))
                        issue(option, QCoreApplication::translate("gatehouse::CurlImport", "The option %1 (“%2”) is not supported and was ignored.").arg(option, value));
                    if (option == "-T"_L1 || option == "--upload-file"_L1) {
                        result.request.body.kind = Body::Kind::Binary;
                        result.request.body.filePath = value;
                        if (method.isEmpty())
                            method = u"PUT"_s;
                    }
                    continue;
                }
                withArgument(option, value, urls);
                continue;
            }
            if (!flagOnly(option))
                issue(option, QCoreApplication::translate("gatehouse::CurlImport", "The option %1 is not supported and was ignored.").arg(option));
        }
        if (urls.isEmpty())
            return std::unexpected(Error{Error::Code::InvalidArgument, QCoreApplication::translate("gatehouse::CurlImport", "The curl command has no URL.")});
        url = urls.first();
        if (urls.size() > 1)
            issue(u"url"_s, QCoreApplication::translate("gatehouse::CurlImport", "Only the first of %1 URLs was imported.").arg(urls.size()));
        return {};
    }

    bool flagOnly(const QString &option)
    {
        if (option == "-k"_L1 || option == "--insecure"_L1) {
            result.request.settings.verifyTls = false;
        } else if (option == "-L"_L1 || option == "--location"_L1 || option == "--location-trusted"_L1) {
            result.request.settings.followRedirects = true;
        } else if (option == "-G"_L1 || option == "--get"_L1) {
            get = true;
        } else if (option == "-I"_L1 || option == "--head"_L1) {
            head = true;
        } else {
            static const QStringList ignored = {
                u"-s"_s, u"--silent"_s, u"-S"_s, u"--show-error"_s, u"-v"_s, u"--verbose"_s, u"-i"_s, u"--include"_s,
                u"-f"_s, u"--fail"_s, u"--fail-with-body"_s, u"--compressed"_s, u"-#"_s, u"--progress-bar"_s, u"-N"_s,
                u"--no-buffer"_s, u"--http1.1"_s, u"--http1.0"_s, u"-0"_s, u"--http2"_s, u"--http2-prior-knowledge"_s, u"--http3"_s,
                u"-O"_s, u"--remote-name"_s, u"-J"_s, u"--remote-header-name"_s, u"-g"_s, u"--globoff"_s, u"-q"_s,
                u"--disable"_s, u"--tr-encoding"_s, u"--path-as-is"_s, u"--raw"_s, u"--tlsv1"_s, u"--tlsv1.2"_s,
                u"--tlsv1.3"_s, u"-4"_s, u"--ipv4"_s, u"-6"_s, u"--ipv6"_s, u"--basic"_s, u"--no-progress-meter"_s, u"--no-basic"_s,
            };
            return ignored.contains(option);
        }
        return true;
    }

    void withArgument(const QString &option, const QString &value, QStringList &urls)
    {
        if (option == "-X"_L1 || option == "--request"_L1) {
            method = value;
        } else if (option == "-H"_L1 || option == "--header"_L1) {
            const qsizetype colon = value.indexOf(u':');
            if (colon > 0) {
                const QString name = value.first(colon).trimmed();
                const QString headerValue = value.sliced(colon + 1).trimmed();
                if (!headerValue.isEmpty())
                    header(name, headerValue);
                // "Name:" removes a header curl would add: nothing to carry over.
            } else if (value.endsWith(u';')) {
                header(value.chopped(1).trimmed(), QString()); // "Name;" sends an empty header
            } else if (value.startsWith(u'@')) {
                issue(option, QCoreApplication::translate("gatehouse::CurlImport", "Headers read from a file (“%1”) were not imported.").arg(value));
            } else {
                issue(option, QCoreApplication::translate("gatehouse::CurlImport", "The header “%1” has no colon and was dropped.").arg(value));
            }
        } else if (option == "-d"_L1 || option == "--data"_L1 || option == "--data-ascii"_L1 || option == "--data-binary"_L1
                   || option == "--data-raw"_L1) {
            addData(option, value);
        } else if (option == "--data-urlencode"_L1) {
            addUrlEncoded(value);
        } else if (option == "--json"_L1) {
            json = true;
            addData(option, value);
        } else if (option == "-F"_L1 || option == "--form"_L1) {
            addForm(value, false);
        } else if (option == "--form-string"_L1) {
            addForm(value, true);
        } else if (option == "-u"_L1 || option == "--user"_L1) {
            setUser(value);
        } else if (option == "-b"_L1 || option == "--cookie"_L1) {
            if (value.contains(u'='))
                header(u"Cookie"_s, value);
            else
                issue(option, QCoreApplication::translate("gatehouse::CurlImport", "Cookies read from the file “%1” were not imported.").arg(value));
        } else if (option == "-A"_L1 || option == "--user-agent"_L1) {
            header(u"User-Agent"_s, value);
        } else if (option == "-e"_L1 || option == "--referer"_L1) {
            header(u"Referer"_s, value);
        } else if (option == "--url"_L1) {
            urls.append(value);
        } else if (option == "-m"_L1 || option == "--max-time"_L1) {
            bool ok = false;
            const double seconds = value.toDouble(&ok);
            if (ok && seconds > 0)
                result.request.settings.timeoutMs = int(seconds * 1000);
        } else if (option == "--url-query"_L1) {
            const qsizetype eq = value.indexOf(u'=');
            const qsizetype at = value.indexOf(u'@');
            if (at >= 0 && (eq < 0 || at < eq)) {
                issue(option, QCoreApplication::translate("gatehouse::CurlImport", "Query data read from a file (“%1”) was not imported.").arg(value));
            } else if (value.startsWith(u'+')) {
                urlQuery.append(value.sliced(1));
            } else if (eq < 0) {
                urlQuery.append(QString::fromLatin1(QUrl::toPercentEncoding(value)));
            } else {
                urlQuery.append(value.first(eq) + u'=' + QString::fromLatin1(QUrl::toPercentEncoding(value.sliced(eq + 1))));
            }
        } else if (option == "-r"_L1 || option == "--range"_L1) {
            header(u"Range"_s, u"bytes="_s + value + (value.contains(u'-') ? QString() : u"-"_s)); // "600" means from 600 on
        } else if (option == "--oauth2-bearer"_L1) {
            result.request.auth = Auth{};
            result.request.auth.kind = Auth::Kind::Bearer;
            result.request.auth.token = value;
        }
    }

    bool hasHeader(QStringView name) const
    {
        for (const KeyValue &h : result.request.headers) {
            if (h.name.compare(name, Qt::CaseInsensitive) == 0)
                return true;
        }
        return false;
    }

    QString headerValue(QStringView name) const
    {
        for (const KeyValue &h : result.request.headers) {
            if (h.name.compare(name, Qt::CaseInsensitive) == 0)
                return h.value;
        }
        return {};
    }

    void finish()
    {
        Request &request = result.request;
        QString address = url;
        // curl takes "example.com/x" as http://example.com/x.
        if (!address.contains("://"_L1))
            address.prepend(u"http://"_s);
        const qsizetype hash = address.indexOf(u'#');
        if (hash >= 0)
            address.truncate(hash);
        if (!urlQuery.isEmpty())
            address += (address.contains(u'?') ? u'&' : u'?') + urlQuery.join(u'&');
        const QString joined = data.join(u'&');
        if (get && !data.isEmpty()) {
            address += (address.contains(u'?') ? u'&' : u'?') + joined;
        } else if (!data.isEmpty()) {
            if (haveForm)
                issue(u"--data"_s, QCoreApplication::translate("gatehouse::CurlImport", "curl refuses --data together with --form; the data was dropped."));
            else {
                request.body.kind = Body::Kind::Raw;
                request.body.raw = joined;
            }
        }
        const bool hasBody = request.body.kind != Body::Kind::None && !(get && !dataIsFile);
        if (json) {
            if (!hasHeader(u"Content-Type"))
                header(u"Content-Type"_s, u"application/json"_s);
            if (!hasHeader(u"Accept"))
                header(u"Accept"_s, u"application/json"_s);
        } else if (request.body.kind == Body::Kind::Raw && !hasHeader(u"Content-Type")) {
            header(u"Content-Type"_s, u"application/x-www-form-urlencoded"_s); // curl's default for -d
        }
        if (request.body.kind == Body::Kind::Raw) {
            const QString type = headerValue(u"Content-Type").toLower();
            request.body.language = type.contains("json"_L1) ? u"json"_s : type.contains("xml"_L1) ? u"xml"_s
                : type.contains("html"_L1) ? u"html"_s : type.contains("javascript"_L1) ? u"javascript"_s : u"text"_s;
        }
        if (!method.isEmpty())
            request.method = method; // curl sends -X verbatim
        else if (head)
            request.method = u"HEAD"_s;
        else if (get)
            request.method = u"GET"_s;
        else if (hasBody)
            request.method = u"POST"_s;
        else
            request.method = u"GET"_s;

        // user:password@ in the URL is Basic auth.
        const qsizetype schemeEnd = address.indexOf("://"_L1) + 3;
        const qsizetype pathStart = address.indexOf(u'/', schemeEnd);
        const qsizetype at = address.lastIndexOf(u'@', pathStart < 0 ? address.size() - 1 : pathStart);
        if (at > schemeEnd && request.auth.kind == Auth::Kind::Inherit) {
            setUser(QUrl::fromPercentEncoding(address.sliced(schemeEnd, at - schemeEnd).toUtf8()));
            address.remove(schemeEnd, at - schemeEnd + 1);
        }
        if (request.auth.kind == Auth::Kind::Inherit)
            request.auth.kind = Auth::Kind::None; // what curl sends, nothing inherited
        request.url = address;
        const QUrl parsed(address, QUrl::TolerantMode);
        QString path = parsed.path();
        request.name = request.method + u' ' + (path.isEmpty() ? u"/"_s : path);
    }
};

} // namespace

Expected<CurlImport> importCurl(QStringView commandLine)
{
    // Skip a leading "$ " prompt and comment lines.
    const QStringList words = splitCommandLine(commandLine);
    qsizetype start = words.indexOf(u"curl"_s);
    if (start < 0) {
        for (qsizetype i = 0; i < words.size(); ++i) {
            if (words.at(i).endsWith("/curl"_L1) || words.at(i).endsWith("curl.exe"_L1)) {
                start = i;
                break;
            }
        }
    }
    if (start < 0 || start > 1) {
        return std::unexpected(Error{Error::Code::UnsupportedFormat, QCoreApplication::translate("gatehouse::CurlImport", "Not a curl command: it must start with “curl”.")});
    }
    CurlParser parser;
    parser.result.request.id = newItemId();
    parser.result.request.settings.followRedirects = false; // curl follows redirects only with -L
    if (auto parsed = parser.parse(words.sliced(start)); !parsed)
        return std::unexpected(parsed.error());
    parser.finish();
    return parser.result;
}

} // namespace gatehouse
