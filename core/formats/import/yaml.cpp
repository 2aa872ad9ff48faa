// SPDX-License-Identifier: GPL-3.0-or-later
#include "formats/import/yaml.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>
#include <QRegularExpression>

#include <yaml-cpp/yaml.h>

using namespace Qt::StringLiterals;

namespace gatehouse {

namespace {

struct Failure {
    int line; // 1-based
    QString message;
};

// YAML 1.2 core schema: what an untagged plain scalar means.
QJsonValue plainScalar(const QString &text)
{
    static const QRegularExpression integer(u"^[-+]?[0-9]+$"_s);
    static const QRegularExpression octal(u"^0o[0-7]+$"_s);
    static const QRegularExpression hex(u"^0x[0-9a-fA-F]+$"_s);
    static const QRegularExpression real(u"^[-+]?(\\.[0-9]+|[0-9]+(\\.[0-9]*)?)([eE][-+]?[0-9]+)?$"_s);
    if (text.isEmpty() || text == "~"_L1 || text == "null"_L1 || text == "Null"_L1 || text == "NULL"_L1)
        return QJsonValue::Null;
    if (text == "true"_L1 || text == "True"_L1 || text == "TRUE"_L1)
        return true;
    if (text == "false"_L1 || text == "False"_L1 || text == "FALSE"_L1)
        return false;
    bool ok = false;
    if (integer.match(text).hasMatch()) {
        const qint64 value = text.toLongLong(&ok);
        if (ok)
            return value;
        return text.toDouble(); // beyond 64 bits: as JSON would
    }
    if (octal.match(text).hasMatch()) {
        const qint64 value = text.sliced(2).toLongLong(&ok, 8);
        if (ok)
            return value;
    }
    if (hex.match(text).hasMatch()) {
        const qint64 value = text.sliced(2).toLongLong(&ok, 16);
        if (ok)
            return value;
    }
    if (real.match(text).hasMatch())
        return text.toDouble();
    // .inf and .nan have no JSON form: they stay text.
    return text;
}

QJsonValue toJson(const YAML::Node &node)
{
    switch (node.Type()) {
    case YAML::NodeType::Undefined:
    case YAML::NodeType::Null:
        return QJsonValue::Null;
    case YAML::NodeType::Scalar: {
        const QString text = QString::fromStdString(node.Scalar());
        const std::string &tag = node.Tag();
        // "?": plain and untagged; "!": quoted; a core-schema tag says what it is.
        if (tag == "?")
            return plainScalar(text);
        if (tag == "tag:yaml.org,2002:int" || tag == "tag:yaml.org,2002:float" || tag == "tag:yaml.org,2002:bool"
            || tag == "tag:yaml.org,2002:null")
            return plainScalar(text);
        return text;
    }
    case YAML::NodeType::Sequence: {
        QJsonArray array;
        for (const YAML::Node &item : node)
            array.append(toJson(item));
        return array;
    }
    case YAML::NodeType::Map: {
        QJsonObject object;
        for (const auto &entry : node) {
            const YAML::Node &keyNode = entry.first;
            if (!keyNode.IsScalar())
                throw Failure{keyNode.Mark().line + 1, QCoreApplication::translate("gatehouse::Yaml", "A mapping key must be text.")};
            const QString key = QString::fromStdString(keyNode.Scalar());
            if (object.contains(key))
                throw Failure{keyNode.Mark().line + 1, QCoreApplication::translate("gatehouse::Yaml", "The key “%1” appears twice.").arg(key)};
            object.insert(key, toJson(entry.second));
        }
        return object;
    }
    }
    return QJsonValue::Null;
}

Error syntaxError(int line, const QString &message)
{
    return Error{Error::Code::MalformedFile, QCoreApplication::translate("gatehouse::Yaml", "Line %1: %2").arg(line).arg(message)};
}

// The line (1-based) of a second document's "---" marker, or 0. A marker at the start of a line
// always ends the document before it, so a column-0 "---" after content starts another one.
// (yaml-cpp's LoadAll() can loop forever on some malformed input: found by fuzz_import_openapi.)
int secondDocumentLine(QByteArrayView data)
{
    bool content = false;
    int line = 0;
    for (QByteArrayView rest = data; !rest.isEmpty();) {
        const qsizetype end = rest.indexOf('\n');
        const QByteArrayView text = end < 0 ? rest : rest.first(end);
        rest = end < 0 ? QByteArrayView() : rest.sliced(end + 1);
        ++line;
        const bool marker = text.startsWith("---") && (text.size() == 3 || text.at(3) == ' ' || text.at(3) == '\t' || text.at(3) == '\r');
        if (marker && content)
            return line;
        const QByteArrayView trimmed = text.trimmed();
        if (!marker && !trimmed.isEmpty() && !trimmed.startsWith('#') && !trimmed.startsWith('%'))
            content = true;
    }
    return 0;
}

} // namespace

Expected<QJsonValue> parseYaml(QByteArrayView data)
{
    if (const int line = secondDocumentLine(data); line > 0) {
        return std::unexpected(Error{Error::Code::UnsupportedFormat,
                                     QCoreApplication::translate("gatehouse::Yaml", "Line %1: only one YAML document per file is supported.").arg(line)});
    }
    try {
        const YAML::Node document = YAML::Load(std::string(data.data(), size_t(data.size())));
        return toJson(document);
    } catch (const Failure &failure) {
        return std::unexpected(syntaxError(failure.line, failure.message));
    } catch (const YAML::Exception &exception) {
        // yaml-cpp's own words (English), with the place it stopped.
        return std::unexpected(syntaxError(exception.mark.line + 1, QString::fromStdString(exception.msg)));
    }
}

} // namespace gatehouse
