// SPDX-License-Identifier: GPL-3.0-or-later
#include "formats/jsonpath.h"

#include <QCoreApplication>
#include <QJsonObject>

#include <optional>
#include <variant>

using namespace Qt::StringLiterals;

namespace gatehouse {

namespace {

// One step of a path: which children of each current value it selects.
struct Step {
    bool recursive = false; // ".." before it: the value itself and all its descendants first
    bool wildcard = false;
    QStringList names;
    QList<qsizetype> indexes;
    std::optional<std::pair<std::optional<qsizetype>, std::optional<qsizetype>>> slice;
};

Error syntaxError(QStringView path, qsizetype at, const QString &what)
{
    return Error{Error::Code::InvalidArgument,
                 QCoreApplication::translate("gatehouse::JsonPath", "“%1” is no JSONPath expression Gatehouse understands: %2 (at character %3).")
                     .arg(path.toString(), what)
                     .arg(at + 1)};
}

class Parser
{
public:
    explicit Parser(QStringView path)
        : m_path(path)
    {
    }

    Expected<QList<Step>> parse()
    {
        QList<Step> steps;
        skipSpace();
        if (m_at < m_path.size() && m_path.at(m_at) == u'$')
            ++m_at;
        else if (m_at < m_path.size() && m_path.at(m_at) != u'.' && m_path.at(m_at) != u'[')
            steps.append(Step{false, false, {readName()}, {}, {}}); // "items[0]" as "$.items[0]"
        while (true) {
            skipSpace();
            if (m_at >= m_path.size())
                return steps;
            const QChar c = m_path.at(m_at);
            Step step;
            if (c == u'.') {
                ++m_at;
                if (m_at < m_path.size() && m_path.at(m_at) == u'.') {
                    ++m_at;
                    step.recursive = true;
                }
                if (m_at < m_path.size() && m_path.at(m_at) == u'*') {
                    ++m_at;
                    step.wildcard = true;
                } else if (m_at < m_path.size() && m_path.at(m_at) == u'[' && step.recursive) {
                    auto bracket = readBracket(step);
                    if (!bracket)
                        return std::unexpected(bracket.error());
                } else {
                    const qsizetype start = m_at;
                    const QString name = readName();
                    if (name.isEmpty())
                        return std::unexpected(syntaxError(m_path, start, QCoreApplication::translate("gatehouse::JsonPath", "a name is missing after “.”")));
                    step.names.append(name);
                }
            } else if (c == u'[') {
                auto bracket = readBracket(step);
                if (!bracket)
                    return std::unexpected(bracket.error());
            } else {
                return std::unexpected(syntaxError(m_path, m_at, QCoreApplication::translate("gatehouse::JsonPath", "“%1” was not expected").arg(c)));
            }
            steps.append(step);
        }
    }

private:
    void skipSpace()
    {
        while (m_at < m_path.size() && m_path.at(m_at).isSpace())
            ++m_at;
    }

    QString readName()
    {
        const qsizetype start = m_at;
        while (m_at < m_path.size() && (m_path.at(m_at).isLetterOrNumber() || m_path.at(m_at) == u'_' || m_path.at(m_at) == u'-'
                                         || m_path.at(m_at) == u'$' || m_path.at(m_at) == u'@'))
            ++m_at;
        return m_path.sliced(start, m_at - start).toString();
    }

    std::optional<qsizetype> readInteger()
    {
        skipSpace();
        const qsizetype start = m_at;
        if (m_at < m_path.size() && m_path.at(m_at) == u'-')
            ++m_at;
        while (m_at < m_path.size() && m_path.at(m_at).isDigit())
            ++m_at;
        bool ok = false;
        const qsizetype value = m_path.sliced(start, m_at - start).toLongLong(&ok);
        if (!ok) {
            m_at = start;
            return std::nullopt;
        }
        skipSpace();
        return value;
    }

    Expected<void> readBracket(Step &step)
    {
        const qsizetype open = m_at;
        ++m_at; // [
        skipSpace();
        if (m_at < m_path.size() && m_path.at(m_at) == u'?')
            return std::unexpected(syntaxError(m_path, m_at, QCoreApplication::translate("gatehouse::JsonPath", "filter expressions are not supported")));
        if (m_at < m_path.size() && m_path.at(m_at) == u'*') {
            ++m_at;
            skipSpace();
            step.wildcard = true;
        } else {
            while (true) {
                skipSpace();
                if (m_at < m_path.size() && (m_path.at(m_at) == u'\'' || m_path.at(m_at) == u'"')) {
                    const QChar quote = m_path.at(m_at++);
                    QString name;
                    while (m_at < m_path.size() && m_path.at(m_at) != quote) {
                        if (m_path.at(m_at) == u'\\' && m_at + 1 < m_path.size())
                            ++m_at;
                        name += m_path.at(m_at++);
                    }
                    if (m_at >= m_path.size())
                        return std::unexpected(syntaxError(m_path, open, QCoreApplication::translate("gatehouse::JsonPath", "a quoted name is not closed")));
                    ++m_at;
                    step.names.append(name);
                } else {
                    const std::optional<qsizetype> first = readInteger();
                    if (m_at < m_path.size() && m_path.at(m_at) == u':') {
                        ++m_at;
                        const std::optional<qsizetype> end = readInteger();
                        step.slice = std::pair{first, end};
                    } else if (first) {
                        step.indexes.append(*first);
                    } else {
                        return std::unexpected(syntaxError(m_path, m_at, QCoreApplication::translate("gatehouse::JsonPath", "an index, a quoted name, * or a slice was expected")));
                    }
                }
                skipSpace();
                if (m_at < m_path.size() && m_path.at(m_at) == u',') {
                    ++m_at;
                    continue;
                }
                break;
            }
        }
        if (m_at >= m_path.size() || m_path.at(m_at) != u']')
            return std::unexpected(syntaxError(m_path, open, QCoreApplication::translate("gatehouse::JsonPath", "“[” is not closed")));
        ++m_at;
        return {};
    }

    QStringView m_path;
    qsizetype m_at = 0;
};

void select(const QJsonValue &value, const Step &step, QJsonArray &out)
{
    if (step.wildcard) {
        if (value.isArray()) {
            for (const QJsonValue &v : value.toArray())
                out.append(v);
        } else if (value.isObject()) {
            for (const QJsonValue &v : value.toObject())
                out.append(v);
        }
        return;
    }
    if (value.isObject()) {
        const QJsonObject object = value.toObject();
        for (const QString &name : step.names) {
            const auto it = object.constFind(name);
            if (it != object.constEnd())
                out.append(*it);
        }
    } else if (value.isArray()) {
        const QJsonArray array = value.toArray();
        const qsizetype size = array.size();
        for (qsizetype index : step.indexes) {
            if (index < 0)
                index += size;
            if (index >= 0 && index < size)
                out.append(array.at(index));
        }
        if (step.slice) {
            const auto clamp = [size](qsizetype i) { return std::clamp(i < 0 ? i + size : i, qsizetype(0), size); };
            const qsizetype from = clamp(step.slice->first.value_or(0));
            const qsizetype to = clamp(step.slice->second.value_or(size));
            for (qsizetype i = from; i < to; ++i)
                out.append(array.at(i));
        }
    }
}

void descend(const QJsonValue &value, const Step &step, QJsonArray &out)
{
    select(value, step, out);
    if (value.isArray()) {
        for (const QJsonValue &v : value.toArray())
            descend(v, step, out);
    } else if (value.isObject()) {
        for (const QJsonValue &v : value.toObject())
            descend(v, step, out);
    }
}

} // namespace

Expected<QJsonArray> evaluateJsonPath(const QJsonValue &root, QStringView path)
{
    Parser parser(path);
    auto steps = parser.parse();
    if (!steps)
        return std::unexpected(steps.error());
    QJsonArray current{root};
    for (const Step &step : std::as_const(*steps)) {
        QJsonArray next;
        for (const QJsonValue &value : std::as_const(current)) {
            if (step.recursive)
                descend(value, step, next);
            else
                select(value, step, next);
        }
        current = next;
    }
    return current;
}

} // namespace gatehouse
