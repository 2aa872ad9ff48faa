// SPDX-License-Identifier: GPL-3.0-or-later
#include "lazyjson.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>

#include <algorithm>
#include <cstring>
#include <limits>
#include <numeric>

using namespace Qt::StringLiterals;

namespace gatehouse::lazyjson {

namespace {

bool isSpace(char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

bool isDigit(char c)
{
    return c >= '0' && c <= '9';
}

bool isHex(char c)
{
    return isDigit(c) || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
}

class Cursor
{
public:
    explicit Cursor(QByteArrayView json, qsizetype from = 0)
        : p(json.data() + from)
        , end(json.data() + json.size())
    {
    }

    void skipSpace()
    {
        while (p < end && isSpace(*p))
            ++p;
    }

    // At the opening quote; leaves p after the closing one.
    bool string()
    {
        ++p;
        while (p < end) {
            const char c = *p;
            if (c == '"') {
                ++p;
                return true;
            }
            if (static_cast<unsigned char>(c) < 0x20)
                return false;
            if (c == '\\') {
                if (++p >= end)
                    return false;
                switch (*p) {
                case '"':
                case '\\':
                case '/':
                case 'b':
                case 'f':
                case 'n':
                case 'r':
                case 't':
                    ++p;
                    break;
                case 'u':
                    if (end - p < 5 || !isHex(p[1]) || !isHex(p[2]) || !isHex(p[3]) || !isHex(p[4]))
                        return false;
                    p += 5;
                    break;
                default:
                    return false;
                }
                continue;
            }
            ++p;
        }
        return false;
    }

    bool number()
    {
        if (p < end && *p == '-')
            ++p;
        if (p >= end)
            return false;
        if (*p == '0') {
            ++p;
        } else if (isDigit(*p)) {
            while (p < end && isDigit(*p))
                ++p;
        } else {
            return false;
        }
        if (p < end && *p == '.') {
            ++p;
            if (p >= end || !isDigit(*p))
                return false;
            while (p < end && isDigit(*p))
                ++p;
        }
        if (p < end && (*p == 'e' || *p == 'E')) {
            ++p;
            if (p < end && (*p == '+' || *p == '-'))
                ++p;
            if (p >= end || !isDigit(*p))
                return false;
            while (p < end && isDigit(*p))
                ++p;
        }
        return true;
    }

    bool literal(const char *word)
    {
        const size_t n = std::strlen(word);
        if (size_t(end - p) < n || std::memcmp(p, word, n) != 0)
            return false;
        p += n;
        return true;
    }

    // A scalar (string, number, literal) at p.
    bool scalar()
    {
        switch (*p) {
        case '"':
            return string();
        case 't':
            return literal("true");
        case 'f':
            return literal("false");
        case 'n':
            return literal("null");
        default:
            return number();
        }
    }

    // A valid value at p (already checked): leaves p after it. Containers are skipped by
    // counting brackets outside strings.
    void skipValue()
    {
        if (*p == '"') {
            (void)string();
            return;
        }
        if (*p != '{' && *p != '[') {
            while (p < end && *p != ',' && *p != '}' && *p != ']' && !isSpace(*p))
                ++p;
            return;
        }
        int depth = 0;
        while (p < end) {
            const char c = *p;
            if (c == '"') {
                (void)string();
                continue;
            }
            ++p;
            if (c == '{' || c == '[') {
                ++depth;
            } else if (c == '}' || c == ']') {
                if (--depth == 0)
                    return;
            }
        }
    }

    const char *p;
    const char *end;
};

// "0", "1", ... "4294967294": the keys JavaScript orders first, ascending.
bool arrayIndex(const QString &key, quint32 *value)
{
    if (key.isEmpty() || key.size() > 10 || (key.size() > 1 && key.front() == u'0'))
        return false;
    quint64 v = 0;
    for (const QChar c : key) {
        if (c < u'0' || c > u'9')
            return false;
        v = v * 10 + (c.unicode() - u'0');
    }
    if (v >= std::numeric_limits<quint32>::max())
        return false;
    *value = quint32(v);
    return true;
}

QString decodeKey(QByteArrayView quoted)
{
    const QByteArrayView inner = quoted.sliced(1, quoted.size() - 2);
    if (!inner.contains('\\'))
        return QString::fromUtf8(inner);
    // Escapes are rare in keys: let Qt's parser decode them.
    const QByteArray wrapped = '[' + quoted.toByteArray() + ']';
    return QJsonDocument::fromJson(wrapped).array().at(0).toString();
}

} // namespace

bool isValid(QByteArrayView json)
{
    Cursor c(json);
    QList<char> open; // the containers around the cursor: '{' or '['
    enum class Next : char { Value, Key, After } next = Next::Value;
    while (true) {
        c.skipSpace();
        switch (next) {
        case Next::Value:
            if (c.p >= c.end)
                return false;
            if (*c.p == '{' || *c.p == '[') {
                const char bracket = *c.p++;
                c.skipSpace();
                if (c.p < c.end && *c.p == (bracket == '{' ? '}' : ']')) {
                    ++c.p;
                    next = Next::After;
                } else {
                    open.append(bracket);
                    next = bracket == '{' ? Next::Key : Next::Value;
                }
            } else {
                if (!c.scalar())
                    return false;
                next = Next::After;
            }
            break;
        case Next::Key:
            if (c.p >= c.end || *c.p != '"' || !c.string())
                return false;
            c.skipSpace();
            if (c.p >= c.end || *c.p != ':')
                return false;
            ++c.p;
            next = Next::Value;
            break;
        case Next::After:
            if (open.isEmpty())
                return c.p == c.end;
            if (c.p >= c.end)
                return false;
            if (*c.p == ',') {
                ++c.p;
                next = open.back() == '{' ? Next::Key : Next::Value;
            } else if (*c.p == (open.back() == '{' ? '}' : ']')) {
                ++c.p;
                open.removeLast();
            } else {
                return false;
            }
            break;
        }
    }
}

Kind kindOf(QByteArrayView json, qsizetype begin, qsizetype end, qsizetype bigThreshold)
{
    if (end - begin < bigThreshold)
        return Kind::Small;
    if (json.at(begin) == '{')
        return Kind::BigObject;
    if (json.at(begin) == '[')
        return Kind::BigArray;
    return Kind::Small;
}

Members members(QByteArrayView json, qsizetype begin, qsizetype bigThreshold)
{
    Members out;
    Cursor c(json, begin);
    const bool object = *c.p == '{';
    const char close = object ? '}' : ']';
    ++c.p;
    QList<QString> keys;
    QHash<QString, qsizetype> seen; // key -> member index, for repeated keys
    while (true) {
        c.skipSpace();
        if (c.p >= c.end || *c.p == close)
            break;
        QString key;
        if (object) {
            const char *keyBegin = c.p;
            if (*c.p != '"' || !c.string())
                break; // not valid JSON after all
            key = decodeKey(QByteArrayView(keyBegin, c.p));
            c.skipSpace();
            if (c.p >= c.end || *c.p != ':')
                break;
            ++c.p;
            c.skipSpace();
            if (c.p >= c.end)
                break;
        }
        const qsizetype valueBegin = c.p - json.data();
        c.skipValue();
        const qsizetype valueEnd = c.p - json.data();
        const qint32 triple[3] = {qint32(valueBegin), qint32(valueEnd), qint32(kindOf(json, valueBegin, valueEnd, bigThreshold))};
        if (object) {
            const auto it = seen.constFind(key);
            if (it != seen.cend()) {
                std::copy(triple, triple + 3, out.ranges.begin() + 3 * *it);
            } else {
                seen.insert(key, keys.size());
                keys.append(key);
                out.ranges.append({triple[0], triple[1], triple[2]});
            }
        } else {
            out.ranges.append({triple[0], triple[1], triple[2]});
        }
        c.skipSpace();
        if (c.p < c.end && *c.p == ',')
            ++c.p;
    }
    if (!object)
        return out;
    // Array-index keys first, ascending; the others keep their order.
    QList<qsizetype> order(keys.size());
    std::iota(order.begin(), order.end(), 0);
    QList<quint32> index(keys.size(), std::numeric_limits<quint32>::max());
    bool anyIndex = false;
    for (qsizetype i = 0; i < keys.size(); ++i)
        anyIndex |= arrayIndex(keys.at(i), &index[i]);
    if (!anyIndex) {
        out.keys = keys;
        return out;
    }
    std::stable_sort(order.begin(), order.end(), [&](qsizetype a, qsizetype b) { return index.at(a) < index.at(b); });
    QList<qint32> ranges;
    ranges.reserve(out.ranges.size());
    for (const qsizetype i : std::as_const(order)) {
        out.keys.append(keys.at(i));
        ranges.append({out.ranges.at(3 * i), out.ranges.at(3 * i + 1), out.ranges.at(3 * i + 2)});
    }
    out.ranges = ranges;
    return out;
}

} // namespace gatehouse::lazyjson
