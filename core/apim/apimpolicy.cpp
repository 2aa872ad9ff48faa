// SPDX-License-Identifier: GPL-3.0-or-later
#include "apim/apimpolicy.h"

#include <QCoreApplication>
#include <QSet>
#include <QXmlStreamReader>

using namespace Qt::StringLiterals;

namespace gatehouse {

namespace {

bool isExpression(QStringView text)
{
    const QStringView t = text.trimmed();
    return t.startsWith(u"@(") || t.startsWith(u"@{");
}

const QSet<QString> &knownStatements()
{
    static const QSet<QString> names{u"rate-limit"_s, u"rate-limit-by-key"_s, u"quota"_s, u"quota-by-key"_s, u"ip-filter"_s,
                                     u"validate-jwt"_s, u"validate-azure-ad-token"_s, u"check-header"_s, u"cors"_s,
                                     u"forward-request"_s, u"llm-token-limit"_s, u"azure-openai-token-limit"_s,
                                     u"limit-concurrency"_s};
    return names;
}

} // namespace

QStringList PolicyStatement::values(const QString &childName) const
{
    QStringList result;
    for (const auto &[child, text] : children) {
        if (child == childName)
            result.append(text);
    }
    return result;
}

QList<PolicyStatement> parsePolicyXml(const QString &xml, PolicyStatement::Scope scope, const QString &scopeName, bool *hasExpressions)
{
    QList<PolicyStatement> statements;
    bool expressions = false;
    QXmlStreamReader reader(xml);
    QStringList stack;           // element names from the root
    qsizetype statementDepth = -1; // depth of the statement being read, -1: none
    QString text;                // text of the innermost element inside a statement
    while (!reader.atEnd()) {
        switch (reader.readNext()) {
        case QXmlStreamReader::StartElement: {
            const QString name = reader.name().toString();
            const QXmlStreamAttributes attributes = reader.attributes();
            for (const QXmlStreamAttribute &a : attributes)
                expressions = expressions || isExpression(a.value());
            if (statementDepth < 0 && stack.size() >= 2 && knownStatements().contains(name)) {
                PolicyStatement s;
                s.scope = scope;
                s.scopeName = scopeName;
                s.section = stack.at(1);
                s.name = name;
                s.conditional = stack.contains(u"choose"_s);
                for (const QXmlStreamAttribute &a : attributes)
                    s.attributes.insert(a.name().toString(), a.value().toString());
                statements.append(s);
                statementDepth = stack.size();
            } else if (statementDepth >= 0 && attributes.hasAttribute(u"from"_s) && attributes.hasAttribute(u"to"_s)) {
                statements.last().children.append({name, attributes.value(u"from"_s) + u'-' + attributes.value(u"to"_s)});
            }
            stack.append(name);
            text.clear();
            break;
        }
        case QXmlStreamReader::Characters:
            expressions = expressions || isExpression(reader.text());
            if (statementDepth >= 0)
                text += reader.text();
            break;
        case QXmlStreamReader::EndElement: {
            stack.removeLast();
            if (statementDepth >= 0 && stack.size() > statementDepth && !text.trimmed().isEmpty())
                statements.last().children.append({reader.name().toString(), text.trimmed()});
            text.clear();
            if (stack.size() == statementDepth)
                statementDepth = -1;
            break;
        }
        default: break;
        }
    }
    if (hasExpressions)
        *hasExpressions = expressions;
    return statements;
}

QString policyScopeDescription(const PolicyStatement &statement)
{
    switch (statement.scope) {
    case PolicyStatement::Scope::Global: return QCoreApplication::translate("gatehouse::Diagnosis", "all APIs (global policy)");
    case PolicyStatement::Scope::Product: return QCoreApplication::translate("gatehouse::Diagnosis", "product '%1'").arg(statement.scopeName);
    case PolicyStatement::Scope::Api: return QCoreApplication::translate("gatehouse::Diagnosis", "API '%1'").arg(statement.scopeName);
    case PolicyStatement::Scope::Operation:
        return QCoreApplication::translate("gatehouse::Diagnosis", "operation '%1'").arg(statement.scopeName);
    }
    return {};
}

} // namespace gatehouse
