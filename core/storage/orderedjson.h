// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QJsonValue>
#include <QList>
#include <QString>

#include <utility>

namespace gatehouse {

// A JSON value that keeps object keys in the order they were inserted and prints itself the same
// way every time: two-space indentation, one member or element per line, UTF-8, a trailing newline.
// QJsonDocument sorts keys and indents by four; files in git need a fixed, diff-friendly form.
class OrderedJson
{
public:
    enum class Type { Null, Bool, Integer, String, Array, Object };

    OrderedJson() = default;
    OrderedJson(bool value);
    OrderedJson(int value);
    OrderedJson(qint64 value);
    OrderedJson(const QString &value);
    OrderedJson(const char *) = delete; // would silently become a bool

    static OrderedJson array();
    static OrderedJson object();
    // A string, or for text with line breaks an array of its lines, so that editing one line of a
    // script or body changes one line of the file. readText() reverses it.
    static OrderedJson text(const QString &value);
    static QString readText(const QJsonValue &value);

    Type type() const { return m_type; }
    // An object without members or an array without elements (or null).
    bool isEmpty() const { return m_members.isEmpty() && m_items.isEmpty() && m_type != Type::Bool && m_type != Type::Integer && m_type != Type::String; }
    OrderedJson &insert(const QString &key, OrderedJson value);
    OrderedJson &append(OrderedJson value);

    // The document form: indented, ending in a newline.
    QByteArray toJson() const;

private:
    void write(QByteArray &out, int indent) const;

    Type m_type = Type::Null;
    bool m_bool = false;
    qint64 m_integer = 0;
    QString m_string;
    QList<std::pair<QString, OrderedJson>> m_members;
    QList<OrderedJson> m_items;
};

} // namespace gatehouse
