// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/variables.h"

#include <QCoreApplication>
#include <QRandomGenerator>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace gatehouse {

namespace {

const QLatin1StringView kOpen{"{{"};
const QLatin1StringView kClose{"}}"};

std::optional<QString> lookupIn(const VariableList &variables, QStringView name)
{
    for (auto it = variables.crbegin(); it != variables.crend(); ++it) {
        if (it->enabled && it->name == name)
            return it->value;
    }
    return std::nullopt;
}

// The end of a placeholder that starts at from (just after "{{"): the index of its closing "}}",
// honouring nested placeholders, or -1.
qsizetype closingBraces(QStringView text, qsizetype from)
{
    int depth = 1;
    qsizetype i = from;
    while (i + 1 < text.size()) {
        if (text.mid(i, 2) == kOpen) {
            ++depth;
            i += 2;
        } else if (text.mid(i, 2) == kClose) {
            if (--depth == 0)
                return i;
            i += 2;
        } else {
            ++i;
        }
    }
    return -1;
}

QString unresolvedMessage(const QString &name, const QString &place, const QStringList &chain)
{
    if (chain.size() > 1) {
        return QCoreApplication::translate("gatehouse::VariableResolver",
                                           "Variable “%1” in %2 has no value (reached through %3); it is sent as written.")
            .arg(name, place, chain.join(u" → "_s));
    }
    return QCoreApplication::translate("gatehouse::VariableResolver", "Variable “%1” in %2 has no value; it is sent as written.")
        .arg(name, place);
}

QString cycleMessage(const QString &place, const QStringList &chain)
{
    return QCoreApplication::translate("gatehouse::VariableResolver", "Variables in %1 refer to each other in a cycle: %2.")
        .arg(place, chain.join(u" → "_s));
}

} // namespace

std::optional<QString> lookupVariable(const VariableScopes &scopes, QStringView name)
{
    for (const VariableList *scope : {&scopes.local, &scopes.data, &scopes.environment}) {
        if (auto value = lookupIn(*scope, name))
            return value;
    }
    for (const VariableList &folder : scopes.folders) {
        if (auto value = lookupIn(folder, name))
            return value;
    }
    for (const VariableList *scope : {&scopes.collection, &scopes.globals}) {
        if (auto value = lookupIn(*scope, name))
            return value;
    }
    return std::nullopt;
}

std::optional<QString> dynamicVariable(QStringView name, const DynamicValues &values)
{
    if (name == "$guid"_L1 || name == "$randomUUID"_L1)
        return values.guid ? values.guid() : QUuid::createUuid().toString(QUuid::WithoutBraces);
    if (name == "$timestamp"_L1 || name == "$isoTimestamp"_L1) {
        const QDateTime now = values.now ? values.now() : QDateTime::currentDateTimeUtc();
        if (name == "$timestamp"_L1)
            return QString::number(now.toSecsSinceEpoch());
        return now.toUTC().toString(Qt::ISODateWithMs);
    }
    if (name == "$randomInt"_L1)
        return QString::number(values.randomInt ? values.randomInt() : QRandomGenerator::global()->bounded(1001));
    return std::nullopt;
}

QStringList variableReferences(QStringView text)
{
    QStringList names;
    qsizetype i = 0;
    while ((i = text.indexOf(kOpen, i)) >= 0) {
        const qsizetype end = closingBraces(text, i + 2);
        if (end < 0)
            break;
        const QString name = text.mid(i + 2, end - i - 2).trimmed().toString();
        if (!name.isEmpty() && !names.contains(name))
            names.append(name);
        i = end + 2;
    }
    return names;
}

VariableResolver::VariableResolver(VariableScopes scopes, DynamicValues dynamicValues)
    : m_scopes(std::move(scopes))
    , m_dynamic(std::move(dynamicValues))
{
}

QString VariableResolver::resolve(QStringView text, const QString &place)
{
    QStringList chain;
    return expand(text, place, chain);
}

void VariableResolver::addProblem(ResolveProblem problem)
{
    for (const ResolveProblem &known : std::as_const(m_problems)) {
        if (known.kind == problem.kind && known.name == problem.name && known.place == problem.place)
            return;
    }
    m_problems.append(std::move(problem));
}

QString VariableResolver::expand(QStringView text, const QString &place, QStringList &chain)
{
    QString out;
    out.reserve(text.size());
    qsizetype i = 0;
    while (i < text.size()) {
        const qsizetype open = text.indexOf(kOpen, i);
        if (open < 0) {
            out += text.mid(i);
            break;
        }
        out += text.mid(i, open - i);
        const qsizetype close = closingBraces(text, open + 2);
        if (close < 0) {
            out += text.mid(open); // "{{" without an end is plain text
            break;
        }
        const QStringView inner = text.mid(open + 2, close - open - 2);
        // A name built from variables ("{{key_{{env}}}}") is resolved before it is looked up.
        const QString name = expand(inner, place, chain).trimmed();
        out += substitute(name, text.mid(open, close + 2 - open), place, chain);
        i = close + 2;
    }
    return out;
}

QString VariableResolver::substitute(const QString &name, QStringView written, const QString &place, QStringList &chain)
{
    if (name.isEmpty())
        return written.toString();
    if (name.startsWith(u'$')) {
        if (auto value = dynamicVariable(name, m_dynamic))
            return *value;
    } else if (chain.contains(name)) {
        QStringList cycle = chain.mid(chain.indexOf(name));
        cycle.append(name);
        addProblem({ResolveProblem::Kind::VariableCycle, name, place, cycle, cycleMessage(place, cycle)});
        return kOpen + name + kClose;
    } else if (auto value = lookupVariable(m_scopes, name)) {
        chain.append(name);
        QString resolved = expand(*value, place, chain);
        chain.removeLast();
        return resolved;
    }
    QStringList path = chain;
    path.append(name);
    addProblem({ResolveProblem::Kind::UnresolvedVariable, name, place, path, unresolvedMessage(name, place, path)});
    return kOpen + name + kClose;
}

ResolvedText resolveVariables(QStringView text, const VariableScopes &scopes, const QString &place,
                              const DynamicValues &dynamicValues)
{
    VariableResolver resolver(scopes, dynamicValues);
    ResolvedText result;
    result.text = resolver.resolve(text, place);
    result.problems = resolver.problems();
    return result;
}

} // namespace gatehouse
