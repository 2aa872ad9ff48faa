// SPDX-License-Identifier: GPL-3.0-or-later
#include "formats/bodyformat.h"

#include <QCoreApplication>
#include <QList>
#include <QLocale>
#include <QStringDecoder>
#include <QXmlStreamReader>
#include <QXmlStreamWriter>

using namespace Qt::StringLiterals;

namespace gatehouse {

namespace {

QByteArray mimeType(QByteArrayView contentType)
{
    const qsizetype semi = contentType.indexOf(';');
    return contentType.first(semi < 0 ? contentType.size() : semi).trimmed().toByteArray().toLower();
}

QByteArray charsetOf(QByteArrayView contentType)
{
    const QByteArray lower = contentType.toByteArray().toLower();
    const qsizetype at = lower.indexOf("charset=");
    if (at < 0)
        return {};
    QByteArray cs = lower.mid(at + 8);
    const qsizetype end = cs.indexOf(';');
    if (end >= 0)
        cs.truncate(end);
    cs = cs.trimmed();
    if (cs.startsWith('"') && cs.endsWith('"') && cs.size() >= 2)
        cs = cs.mid(1, cs.size() - 2);
    return cs;
}

void newline(QByteArray &out, int depth)
{
    out += '\n';
    out.append(depth * 2, ' ');
}

} // namespace

BodyLanguage languageForContentType(QByteArrayView contentType)
{
    const QByteArray mime = mimeType(contentType);
    if (mime == "application/json" || mime.endsWith("+json") || mime == "text/json")
        return BodyLanguage::Json;
    if (mime == "text/html" || mime == "application/xhtml+xml")
        return BodyLanguage::Html;
    if (mime == "application/xml" || mime == "text/xml" || mime.endsWith("+xml"))
        return BodyLanguage::Xml;
    if (mime == "application/javascript" || mime == "text/javascript")
        return BodyLanguage::JavaScript;
    if (mime == "application/yaml" || mime == "application/x-yaml" || mime == "text/yaml")
        return BodyLanguage::Yaml;
    if (mime == "text/css")
        return BodyLanguage::Css;
    return BodyLanguage::Text;
}

QString syntaxDefinitionName(BodyLanguage language)
{
    switch (language) {
    case BodyLanguage::Json: return u"JSON"_s;
    case BodyLanguage::Xml: return u"XML"_s;
    case BodyLanguage::Html: return u"HTML"_s;
    case BodyLanguage::JavaScript: return u"JavaScript"_s;
    case BodyLanguage::Yaml: return u"YAML"_s;
    case BodyLanguage::Css: return u"CSS"_s;
    case BodyLanguage::Text: break;
    }
    return {};
}

QString languageDisplayName(BodyLanguage language)
{
    switch (language) {
    case BodyLanguage::Json: return u"JSON"_s;
    case BodyLanguage::Xml: return u"XML"_s;
    case BodyLanguage::Html: return u"HTML"_s;
    case BodyLanguage::JavaScript: return u"JavaScript"_s;
    case BodyLanguage::Yaml: return u"YAML"_s;
    case BodyLanguage::Css: return u"CSS"_s;
    case BodyLanguage::Text: break;
    }
    return QCoreApplication::translate("gatehouse::BodyFormat", "Text");
}

QString decodeBody(const QByteArray &body, QByteArrayView contentType)
{
    const QByteArray charset = charsetOf(contentType);
    if (!charset.isEmpty() && charset != "utf-8" && charset != "utf8") {
        QStringDecoder decoder(charset.constData());
        if (decoder.isValid())
            return decoder.decode(body);
    }
    return QString::fromUtf8(body);
}

QByteArray prettyJson(QByteArrayView in, bool *ok)
{
    // A single pass that re-indents: keys keep their order and numbers their spelling, which a
    // parse into QJsonDocument would not guarantee. Anything outside JSON's alphabet aborts.
    QByteArray out;
    out.reserve(in.size() + in.size() / 4);
    QList<char> stack;
    bool sawValue = false;
    const auto fail = [&] {
        if (ok)
            *ok = false;
        return in.toByteArray();
    };
    for (qsizetype i = 0; i < in.size(); ++i) {
        const char c = in[i];
        switch (c) {
        case ' ': case '\t': case '\n': case '\r':
            break;
        case '"': {
            const qsizetype start = i++;
            while (i < in.size() && in[i] != '"') {
                if (in[i] == '\\')
                    ++i;
                ++i;
            }
            if (i >= in.size())
                return fail();
            out += in.sliced(start, i - start + 1);
            sawValue = true;
            break;
        }
        case '{': case '[': {
            const char close = c == '{' ? '}' : ']';
            qsizetype j = i + 1;
            while (j < in.size() && (in[j] == ' ' || in[j] == '\t' || in[j] == '\n' || in[j] == '\r'))
                ++j;
            if (j < in.size() && in[j] == close) {
                out += c;
                out += close;
                i = j;
                sawValue = true;
                break;
            }
            out += c;
            stack.append(close);
            newline(out, int(stack.size()));
            break;
        }
        case '}': case ']':
            if (stack.isEmpty() || stack.last() != c)
                return fail();
            stack.removeLast();
            newline(out, int(stack.size()));
            out += c;
            break;
        case ',':
            if (stack.isEmpty())
                return fail();
            out += ',';
            newline(out, int(stack.size()));
            break;
        case ':':
            if (stack.isEmpty() || stack.last() != '}')
                return fail();
            out += ": ";
            break;
        default:
            if ((c >= '0' && c <= '9') || c == '-' || c == '+' || c == '.' || c == 'e' || c == 'E'
                || QByteArrayView("truefalsn").contains(c)) {
                out += c;
                sawValue = true;
                break;
            }
            return fail();
        }
    }
    if (!stack.isEmpty() || !sawValue)
        return fail();
    if (ok)
        *ok = true;
    return out;
}

QByteArray prettyXml(QByteArrayView xml, bool *ok)
{
    QXmlStreamReader reader(xml);
    QByteArray out;
    QXmlStreamWriter writer(&out);
    writer.setAutoFormatting(true);
    writer.setAutoFormattingIndent(2);
    while (!reader.atEnd()) {
        reader.readNext();
        if (reader.hasError())
            break;
        // Whitespace between elements is layout, which auto-formatting redoes.
        if (reader.isWhitespace())
            continue;
        writer.writeCurrentToken(reader);
    }
    if (reader.hasError()) {
        if (ok)
            *ok = false;
        return xml.toByteArray();
    }
    if (ok)
        *ok = true;
    return out.trimmed();
}

QString prettyPrinted(const QByteArray &body, QByteArrayView contentType)
{
    switch (languageForContentType(contentType)) {
    case BodyLanguage::Json:
        return QString::fromUtf8(prettyJson(body));
    case BodyLanguage::Xml: {
        bool ok = false;
        const QByteArray pretty = prettyXml(body, &ok);
        return ok ? QString::fromUtf8(pretty) : decodeBody(body, contentType);
    }
    default:
        return decodeBody(body, contentType);
    }
}

QString formatSize(qint64 bytes)
{
    if (bytes < 1000)
        return QCoreApplication::translate("gatehouse::BodyFormat", "%1 B").arg(bytes);
    return QLocale().formattedDataSize(bytes, 1, QLocale::DataSizeSIFormat);
}

} // namespace gatehouse
