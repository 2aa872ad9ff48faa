// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/variable.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <functional>
#include <optional>

namespace gatehouse {

// Something that keeps a request from being sent exactly as written. Never fatal by itself:
// the caller shows the problems and lets the user decide (the CLI refuses unless told otherwise).
struct ResolveProblem {
    enum class Kind {
        UnresolvedVariable, // {{name}} has no value in any scope; left in the text as written
        VariableCycle,      // {{a}} -> {{b}} -> {{a}}; chain holds the names in order
        IncompleteAuth,     // e.g. OAuth 2.0 without a token yet
    };

    Kind kind = Kind::UnresolvedVariable;
    QString name;      // the variable (or, for auth, the missing field)
    QString place;     // where: "URL", "header “Accept”" ... (translated, for display)
    QStringList chain; // the variables followed to get here, outermost first, ending with name
    QString message;   // a translated sentence naming all of the above

    friend bool operator==(const ResolveProblem &, const ResolveProblem &) = default;
};

// The scopes a name is looked up in, highest precedence first, as Postman users expect:
// request-local > iteration data > environment > folders (innermost first) > collection > globals.
struct VariableScopes {
    VariableList local;
    VariableList data;
    VariableList environment;
    QList<VariableList> folders; // innermost first
    VariableList collection;
    VariableList globals;
};

// Sources for {{$guid}}, {{$timestamp}}, {{$isoTimestamp}} and {{$randomInt}}; empty members use
// the real clock and random generator. Tests set them to get fixed values.
struct DynamicValues {
    std::function<QDateTime()> now;
    std::function<QString()> guid;
    std::function<int()> randomInt; // 0..1000 inclusive, like Postman
};

// The enabled value of name in the highest scope that defines it (the last definition wins
// inside one scope). Dynamic names ("$guid") are not looked up here.
[[nodiscard]] std::optional<QString> lookupVariable(const VariableScopes &scopes, QStringView name);

// The value of a dynamic variable ("$guid" ...), or nothing for a name that is not one.
[[nodiscard]] std::optional<QString> dynamicVariable(QStringView name, const DynamicValues &values = {});

// The names a text refers to with {{...}}, in order of appearance, without duplicates.
[[nodiscard]] QStringList variableReferences(QStringView text);

// Replaces {{name}} in many texts (the fields of one request) and collects the problems,
// once per variable and place. Names are trimmed ("{{ host }}" is "host"); values are resolved
// in turn (nested references), and a name may itself be built from variables ("{{key_{{env}}}}").
class VariableResolver
{
public:
    explicit VariableResolver(VariableScopes scopes, DynamicValues dynamicValues = {});

    [[nodiscard]] QString resolve(QStringView text, const QString &place);
    const QList<ResolveProblem> &problems() const { return m_problems; }
    void addProblem(ResolveProblem problem);

private:
    QString expand(QStringView text, const QString &place, QStringList &chain);
    QString substitute(const QString &name, QStringView written, const QString &place, QStringList &chain);

    VariableScopes m_scopes;
    DynamicValues m_dynamic;
    QList<ResolveProblem> m_problems;
};

struct ResolvedText {
    QString text;
    QList<ResolveProblem> problems;
};

// One text on its own; place names it in problem messages.
[[nodiscard]] ResolvedText resolveVariables(QStringView text, const VariableScopes &scopes, const QString &place,
                                            const DynamicValues &dynamicValues = {});

} // namespace gatehouse
