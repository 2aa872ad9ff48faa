// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <utility>

namespace gatehouse {

// One policy statement of an APIM policy document that matters for explaining a gateway answer
// (FACTS.md §3.2, §4.3): rate-limit(-by-key), quota(-by-key), ip-filter, validate-jwt,
// validate-azure-ad-token, check-header, cors, forward-request, llm-token-limit, limit-concurrency.
// Plain values, read from the policy XML that the management API returns (§5.2 "Policies").
struct PolicyStatement {
    enum class Scope { Global, Product, Api, Operation };

    Scope scope = Scope::Global;
    QString scopeName; // product, API or operation id; empty for Global
    QString section;   // inbound, backend, outbound, on-error
    QString name;      // the element: "rate-limit", "ip-filter" …
    QHash<QString, QString> attributes;
    // Descendant elements in document order: name -> text ("audience" -> "api://orders"); an
    // element with from/to attributes ("address-range") gives "from-to".
    QList<std::pair<QString, QString>> children;
    bool conditional = false; // inside <choose>: it may not apply to every call

    QString attribute(const QString &attributeName, const QString &fallback = {}) const { return attributes.value(attributeName, fallback); }
    QStringList values(const QString &childName) const;
};

// The statements of one scope's policy document, in document order. hasExpressions is set when
// any attribute or text of the document is a policy expression (@(…) or @{…}). Malformed XML gives
// what was read up to the error.
QList<PolicyStatement> parsePolicyXml(const QString &xml, PolicyStatement::Scope scope, const QString &scopeName,
                                      bool *hasExpressions = nullptr);

// "the service (global)", "product 'starter'", "API 'orders'", "operation 'get-items'" (translated).
QString policyScopeDescription(const PolicyStatement &statement);

} // namespace gatehouse
