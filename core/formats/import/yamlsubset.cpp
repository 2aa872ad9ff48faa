// SPDX-License-Identifier: GPL-3.0-or-later
#include "formats/import/yamlsubset.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>
#include <QRegularExpression>
#include <QStringList>

using namespace Qt::StringLiterals;

namespace gatehouse {

namespace {

struct Line {
    int number = 0; // 1-based, for messages
    int indent = 0;
    QString text; // without indentation and comment
};

struct Failure {
    int line;
    QString message;
};

// The text without a trailing comment (" #" outside quotes).
QString stripComment(const QString &text)
{
    QChar quote;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (!quote.isNull()) {
            if (c == quote && !(quote == u'"' && i > 0 && text.at(i - 1) == u'\\'))
                quote = QChar();
            continue;
        }
        if ((c == u'"' || c == u'\'') && (i == 0 || text.at(i - 1) == u' ' || text.at(i - 1) == u'[' || text.at(i - 1) == u'{'
                                          || text.at(i - 1) == u',' || text.at(i - 1) == u':' || text.at(i - 1) == u'-'))
            quote = c;
        else if (c == u'#' && (i == 0 || text.at(i - 1) == u' ' || text.at(i - 1) == u'\t'))
            return text.first(i).trimmed();
    }
    return text.trimmed();
}

QJsonValue plainScalar(const QString &text)
{
    if (text.isEmpty() || text == "~"_L1 || text == "null"_L1 || text == "Null"_L1 || text == "NULL"_L1)
        return QJsonValue(QJsonValue::Null);
    if (text == "true"_L1 || text == "True"_L1 || text == "TRUE"_L1)
        return true;
    if (text == "false"_L1 || text == "False"_L1 || text == "FALSE"_L1)
        return false;
    static const QRegularExpression integer(u"^[-+]?[0-9]+$"_s);
    static const QRegularExpression real(u"^[-+]?(\\.[0-9]+|[0-9]+(\\.[0-9]*)?)([eE][-+]?[0-9]+)?$"_s);
    if (integer.match(text).hasMatch()) {
        bool ok = false;
        const qint64 value = text.toLongLong(&ok);
        if (ok)
            return QJsonValue(value);
    }
    if (real.match(text).hasMatch())
        return text.toDouble();
    return text;
}

class Parser
{
public:
    QList<Line> lines;
    QStringList raw; // the original lines, for block scalars
    qsizetype pos = 0;

    [[noreturn]] static void fail(int line, const QString &message) { throw Failure{line, message}; }

    // The position of the ':' that ends a mapping key, or -1.
    static qsizetype keyColon(const QString &text)
    {
        qsizetype i = 0;
        if (text.startsWith(u'"') || text.startsWith(u'\'')) {
            const QChar quote = text.at(0);
            i = 1;
            while (i < text.size() && !(text.at(i) == quote && (quote == u'\'' || text.at(i - 1) != u'\\')))
                ++i;
            ++i;
            return i < text.size() && text.at(i) == u':' && (i + 1 == text.size() || text.at(i + 1) == u' ') ? i : -1;
        }
        if (text.startsWith(u'[') || text.startsWith(u'{'))
            return -1;
        for (; i < text.size(); ++i) {
            if (text.at(i) == u':' && (i + 1 == text.size() || text.at(i + 1) == u' ' || text.at(i + 1) == u'\t'))
                return i;
        }
        return -1;
    }

    static QString unquote(const QString &text, int line)
    {
        if (text.startsWith(u'\''))
            return text.mid(1, text.size() - 2).replace(u"''"_s, u"'"_s);
        if (!text.startsWith(u'"'))
            return text;
        QString out;
        for (qsizetype i = 1; i + 1 < text.size(); ++i) {
            QChar c = text.at(i);
            if (c != u'\\') {
                out += c;
                continue;
            }
            c = text.at(++i);
            switch (c.unicode()) {
            case 'n': out += u'\n'; break;
            case 't': out += u'\t'; break;
            case 'r': out += u'\r'; break;
            case '0': out += QChar(0); break;
            case '/': out += u'/'; break;
            case 'u': case 'x': case 'U': {
                const int digits = c == u'x' ? 2 : c == u'u' ? 4 : 8;
                bool ok = false;
                const uint code = text.mid(i + 1, digits).toUInt(&ok, 16);
                if (!ok)
                    fail(line, QCoreApplication::translate("gatehouse::YamlSubset", "A \\%1 escape needs %2 hex digits.").arg(c).arg(digits));
                out += QString::fromUcs4(reinterpret_cast<const char32_t *>(&code), 1);
                i += digits;
                break;
            }
            default: out += c; break; // \\ \" and anything else literally
            }
        }
        return out;
    }

    // A scalar or flow collection written on one (logical) line.
    QJsonValue inlineValue(const QString &text, int line)
    {
        if (text.startsWith(u'&') || text.startsWith(u'*'))
            fail(line, QCoreApplication::translate("gatehouse::YamlSubset", "Anchors and aliases are not supported."));
        if (text.startsWith(u'!'))
            fail(line, QCoreApplication::translate("gatehouse::YamlSubset", "Tags are not supported."));
        if (text.startsWith(u'[') || text.startsWith(u'{')) {
            qsizetype i = 0;
            QJsonValue value = flow(text, i, line);
            while (i < text.size() && text.at(i) == u' ')
                ++i;
            if (i != text.size())
                fail(line, QCoreApplication::translate("gatehouse::YamlSubset", "Unexpected text after a flow collection."));
            return value;
        }
        if (text.startsWith(u'"') || text.startsWith(u'\''))
            return unquote(text, line);
        return plainScalar(text);
    }

    QJsonValue flow(const QString &text, qsizetype &i, int line)
    {
        auto skip = [&] {
            while (i < text.size() && (text.at(i) == u' ' || text.at(i) == u'\t'))
                ++i;
        };
        auto scalarToken = [&](bool key) -> QJsonValue {
            skip();
            if (i < text.size() && (text.at(i) == u'"' || text.at(i) == u'\'')) {
                const QChar quote = text.at(i);
                const qsizetype start = i++;
                while (i < text.size() && !(text.at(i) == quote && (quote == u'\'' || text.at(i - 1) != u'\\')))
                    ++i;
                ++i;
                return unquote(text.mid(start, i - start), line);
            }
            if (i < text.size() && (text.at(i) == u'[' || text.at(i) == u'{'))
                return flow(text, i, line);
            const qsizetype start = i;
            while (i < text.size() && text.at(i) != u',' && text.at(i) != u']' && text.at(i) != u'}'
                   && !(key && text.at(i) == u':' && (i + 1 >= text.size() || text.at(i + 1) == u' ')))
                ++i;
            const QString token = text.mid(start, i - start).trimmed();
            return key ? QJsonValue(token) : plainScalar(token);
        };
        const QChar open = text.at(i++);
        if (open == u'[') {
            QJsonArray array;
            skip();
            while (i < text.size() && text.at(i) != u']') {
                array.append(scalarToken(false));
                skip();
                if (i < text.size() && text.at(i) == u',')
                    ++i;
                skip();
            }
            if (i >= text.size())
                fail(line, QCoreApplication::translate("gatehouse::YamlSubset", "A “[” is not closed."));
            ++i;
            return array;
        }
        QJsonObject object;
        skip();
        while (i < text.size() && text.at(i) != u'}') {
            const QString key = scalarToken(true).toString();
            skip();
            QJsonValue value(QJsonValue::Null);
            if (i < text.size() && text.at(i) == u':') {
                ++i;
                value = scalarToken(false);
            }
            object.insert(key, value);
            skip();
            if (i < text.size() && text.at(i) == u',')
                ++i;
            skip();
        }
        if (i >= text.size())
            fail(line, QCoreApplication::translate("gatehouse::YamlSubset", "A “{” is not closed."));
        ++i;
        return object;
    }

    // | and >: the more indented lines after lines[pos - 1], raw.
    QString blockScalar(const QString &indicator, int parentIndent)
    {
        const bool folded = indicator.startsWith(u'>');
        const bool keep = indicator.contains(u'+');
        const bool strip = indicator.contains(u'-');
        const int startRaw = lines.at(pos - 1).number; // raw index of the next line (numbers are 1-based)
        QStringList body;
        int blockIndent = -1;
        int r = startRaw;
        for (; r < raw.size(); ++r) {
            const QString &l = raw.at(r);
            if (l.trimmed().isEmpty()) {
                body.append(QString());
                continue;
            }
            const int lead = int(l.indexOf(QStringView(l).trimmed()));
            if (lead <= parentIndent)
                break;
            if (blockIndent < 0)
                blockIndent = lead;
            if (lead < blockIndent)
                break;
            body.append(l.mid(blockIndent));
        }
        // Skip the logical lines that the block consumed.
        while (pos < lines.size() && lines.at(pos).number <= r)
            ++pos;
        int trailing = 0;
        while (!body.isEmpty() && body.last().isEmpty()) {
            body.removeLast();
            ++trailing;
        }
        QString text;
        if (folded) {
            // Lines join with a space; an empty line is a line break; more indented lines keep theirs.
            for (qsizetype k = 0; k < body.size(); ++k) {
                const QString &l = body.at(k);
                if (l.isEmpty()) {
                    text += u'\n';
                    continue;
                }
                if (k > 0 && !body.at(k - 1).isEmpty())
                    text += (l.startsWith(u' ') || body.at(k - 1).startsWith(u' ')) ? u'\n' : u' ';
                text += l;
            }
        } else {
            text = body.join(u'\n');
        }
        if (!strip && !body.isEmpty())
            text += u'\n';
        if (keep)
            text += QString(trailing, u'\n');
        return text;
    }

    QJsonValue node(int indent)
    {
        if (pos >= lines.size())
            return QJsonValue(QJsonValue::Null);
        const Line &line = lines.at(pos);
        if (line.indent < indent)
            return QJsonValue(QJsonValue::Null);
        if (line.text == "-"_L1 || line.text.startsWith("- "_L1))
            return sequence(line.indent);
        if (keyColon(line.text) > 0)
            return mapping(line.indent);
        // A scalar, perhaps over several lines.
        QString text = line.text;
        const int number = line.number;
        const int own = line.indent;
        ++pos;
        if (text.startsWith(u'|') || text.startsWith(u'>'))
            return blockScalar(text, own - 1);
        if (text.startsWith(u'[') || text.startsWith(u'{')) {
            while (pos < lines.size() && (text.count(u'[') + text.count(u'{') > text.count(u']') + text.count(u'}'))) {
                text += u' ' + lines.at(pos).text;
                ++pos;
            }
            return inlineValue(text, number);
        }
        while (pos < lines.size() && lines.at(pos).indent >= own && keyColon(lines.at(pos).text) < 0 && !lines.at(pos).text.startsWith("- "_L1)) {
            text += u' ' + lines.at(pos).text;
            ++pos;
        }
        return inlineValue(text, number);
    }

    QJsonValue sequence(int indent)
    {
        QJsonArray array;
        while (pos < lines.size() && lines.at(pos).indent == indent && (lines.at(pos).text == "-"_L1 || lines.at(pos).text.startsWith("- "_L1))) {
            Line &line = lines[pos];
            if (line.text == "-"_L1) {
                ++pos;
                array.append(pos < lines.size() && lines.at(pos).indent > indent ? node(indent + 1) : QJsonValue(QJsonValue::Null));
                continue;
            }
            // "- item": the rest is a node of its own, indented to where its text starts.
            const QString rest = line.text.sliced(2);
            const int restIndent = indent + 2 + int(rest.size() - rest.trimmed().size());
            line.indent = restIndent;
            line.text = rest.trimmed();
            array.append(node(restIndent));
        }
        return array;
    }

    QJsonValue mapping(int indent)
    {
        QJsonObject object;
        while (pos < lines.size() && lines.at(pos).indent == indent) {
            const Line line = lines.at(pos);
            const qsizetype colon = keyColon(line.text);
            if (colon <= 0) {
                if (line.text.startsWith("- "_L1))
                    break;
                fail(line.number, QCoreApplication::translate("gatehouse::YamlSubset", "Expected “key: value”, found “%1”.").arg(line.text));
            }
            QString key = line.text.first(colon).trimmed();
            if (key == "<<"_L1)
                fail(line.number, QCoreApplication::translate("gatehouse::YamlSubset", "Merge keys (<<) are not supported."));
            key = unquote(key, line.number);
            if (object.contains(key))
                fail(line.number, QCoreApplication::translate("gatehouse::YamlSubset", "The key “%1” appears twice.").arg(key));
            const QString value = line.text.sliced(colon + 1).trimmed();
            ++pos;
            if (value.isEmpty()) {
                if (pos < lines.size() && lines.at(pos).indent > indent)
                    object.insert(key, node(lines.at(pos).indent));
                else if (pos < lines.size() && lines.at(pos).indent == indent && lines.at(pos).text.startsWith("- "_L1))
                    object.insert(key, sequence(indent)); // a sequence may sit at its key's indentation
                else
                    object.insert(key, QJsonValue(QJsonValue::Null));
            } else if (value.startsWith(u'|') || value.startsWith(u'>')) {
                object.insert(key, blockScalar(value, indent));
            } else {
                QString text = value;
                // Flow collections and plain scalars may go on over more indented lines.
                if (text.startsWith(u'[') || text.startsWith(u'{')) {
                    while (pos < lines.size() && (text.count(u'[') + text.count(u'{') > text.count(u']') + text.count(u'}'))) {
                        text += u' ' + lines.at(pos).text;
                        ++pos;
                    }
                } else if (!text.startsWith(u'"') && !text.startsWith(u'\'')) {
                    while (pos < lines.size() && lines.at(pos).indent > indent && keyColon(lines.at(pos).text) < 0
                           && !lines.at(pos).text.startsWith("- "_L1)) {
                        text += u' ' + lines.at(pos).text;
                        ++pos;
                    }
                } else {
                    // A quoted scalar over several lines: folded with spaces.
                    const QChar quote = text.at(0);
                    auto closed = [&](const QString &t) {
                        if (t.size() < 2 || !t.endsWith(quote))
                            return false;
                        return quote == u'\'' || t.at(t.size() - 2) != u'\\';
                    };
                    while (!closed(text) && pos < lines.size()) {
                        text += u' ' + lines.at(pos).text;
                        ++pos;
                    }
                }
                object.insert(key, inlineValue(text, line.number));
            }
        }
        return object;
    }
};

} // namespace

Expected<QJsonValue> parseYamlSubset(QStringView text)
{
    Parser parser;
    parser.raw = text.toString().remove(u'\r').split(u'\n');
    bool started = false;
    for (qsizetype i = 0; i < parser.raw.size(); ++i) {
        const QString &l = parser.raw.at(i);
        if (l.contains(u'\t') && l.indexOf(u'\t') < l.indexOf(QStringView(l).trimmed()))
            return std::unexpected(Error{Error::Code::MalformedFile, QCoreApplication::translate("gatehouse::YamlSubset", "Line %1: tabs cannot indent YAML.").arg(i + 1)});
        const QString content = stripComment(l);
        if (content.isEmpty() || content.startsWith("%YAML"_L1))
            continue;
        if (content == "---"_L1 || content.startsWith("--- "_L1)) {
            if (started)
                return std::unexpected(Error{Error::Code::UnsupportedFormat, QCoreApplication::translate("gatehouse::YamlSubset", "Line %1: only one YAML document per file is supported.").arg(i + 1)});
            started = true;
            continue;
        }
        if (content == "..."_L1)
            break;
        started = true;
        parser.lines.append({int(i + 1), int(l.indexOf(QStringView(l).trimmed())), content});
    }
    try {
        const QJsonValue value = parser.node(0);
        if (parser.pos < parser.lines.size()) {
            return std::unexpected(Error{Error::Code::MalformedFile, QCoreApplication::translate("gatehouse::YamlSubset", "Line %1: unexpected indentation.")
                                                                        .arg(parser.lines.at(parser.pos).number)});
        }
        return value;
    } catch (const Failure &failure) {
        return std::unexpected(Error{Error::Code::MalformedFile, QCoreApplication::translate("gatehouse::YamlSubset", "Line %1: %2").arg(failure.line).arg(failure.message)});
    }
}

} // namespace gatehouse
