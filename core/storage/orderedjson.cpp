// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/orderedjson.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace gatehouse {

namespace {

void writeString(QByteArray &out, const QString &value)
{
    out += '"';
    QString escaped;
    escaped.reserve(value.size());
    for (const QChar c : value) {
        switch (c.unicode()) {
        case u'"': escaped += "\\\""_L1; break;
        case u'\\': escaped += "\\\\"_L1; break;
        case u'\b': escaped += "\\b"_L1; break;
        case u'\f': escaped += "\\f"_L1; break;
        case u'\n': escaped += "\\n"_L1; break;
        case u'\r': escaped += "\\r"_L1; break;
        case u'\t': escaped += "\\t"_L1; break;
        default:
            if (c.unicode() < 0x20)
                escaped += u"\\u%1"_s.arg(int(c.unicode()), 4, 16, QChar(u'0'));
            else
                escaped += c;
        }
    }
    out += escaped.toUtf8();
    out += '"';
}

} // namespace

OrderedJson::OrderedJson(bool value)
    : m_type(Type::Bool)
    , m_bool(value)
{
}

OrderedJson::OrderedJson(int value)
    : m_type(Type::Integer)
    , m_integer(value)
{
}

OrderedJson::OrderedJson(qint64 value)
    : m_type(Type::Integer)
    , m_integer(value)
{
}

OrderedJson::OrderedJson(const QString &value)
    : m_type(Type::String)
    , m_string(value)
{
}

OrderedJson OrderedJson::array()
{
    OrderedJson json;
    json.m_type = Type::Array;
    return json;
}

OrderedJson OrderedJson::object()
{
    OrderedJson json;
    json.m_type = Type::Object;
    return json;
}

OrderedJson OrderedJson::text(const QString &value)
{
    if (!value.contains(u'\n'))
        return OrderedJson(value);
    OrderedJson lines = array();
    const QStringList split = value.split(u'\n');
    for (const QString &line : split)
        lines.append(line);
    return lines;
}

QString OrderedJson::readText(const QJsonValue &value)
{
    if (!value.isArray())
        return value.toString();
    QStringList lines;
    const QJsonArray array = value.toArray();
    for (const QJsonValue &line : array)
        lines.append(line.toString());
    return lines.join(u'\n');
}

OrderedJson &OrderedJson::insert(const QString &key, OrderedJson value)
{
    m_type = Type::Object;
    m_members.append({key, std::move(value)});
    return *this;
}

OrderedJson &OrderedJson::append(OrderedJson value)
{
    m_type = Type::Array;
    m_items.append(std::move(value));
    return *this;
}

QByteArray OrderedJson::toJson() const
{
    QByteArray out;
    write(out, 0);
    out += '\n';
    return out;
}

void OrderedJson::write(QByteArray &out, int indent) const
{
    const QByteArray inner(2 * (indent + 1), ' ');
    switch (m_type) {
    case Type::Null:
        out += "null";
        return;
    case Type::Bool:
        out += m_bool ? "true" : "false";
        return;
    case Type::Integer:
        out += QByteArray::number(m_integer);
        return;
    case Type::String:
        writeString(out, m_string);
        return;
    case Type::Array:
        if (m_items.isEmpty()) {
            out += "[]";
            return;
        }
        out += "[\n";
        for (qsizetype i = 0; i < m_items.size(); ++i) {
            out += inner;
            m_items.at(i).write(out, indent + 1);
            out += i + 1 < m_items.size() ? ",\n" : "\n";
        }
        out += QByteArray(2 * indent, ' ') + ']';
        return;
    case Type::Object:
        if (m_members.isEmpty()) {
            out += "{}";
            return;
        }
        out += "{\n";
        for (qsizetype i = 0; i < m_members.size(); ++i) {
            out += inner;
            writeString(out, m_members.at(i).first);
            out += ": ";
            m_members.at(i).second.write(out, indent + 1);
            out += i + 1 < m_members.size() ? ",\n" : "\n";
        }
        out += QByteArray(2 * indent, ' ') + '}';
        return;
    }
}

} // namespace gatehouse
