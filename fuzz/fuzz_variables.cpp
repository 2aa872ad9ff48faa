// SPDX-License-Identifier: GPL-3.0-or-later
// The variable resolver: the input is "text\0name=value\nname=value..." — the text to resolve and
// variables spread over the scopes, so nesting, cycles and names built from variables all occur.
#include "fuzzsupport.h"
#include "model/variables.h"

#include <QTimeZone>

using namespace Qt::StringLiterals;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const auto parts = gatehouse::fuzz::fields(gatehouse::fuzz::bytes(data, size), 2);
    const QString text = QString::fromUtf8(parts[0]);
    gatehouse::VariableScopes scopes;
    int index = 0;
    for (const QByteArray &line : parts[1].toByteArray().split('\n')) {
        const qsizetype eq = line.indexOf('=');
        if (eq < 0)
            continue;
        gatehouse::Variable variable{QString::fromUtf8(line.first(eq)), QString::fromUtf8(line.sliced(eq + 1)), index % 7 != 6};
        switch (index++ % 6) {
        case 0: scopes.environment.append(variable); break;
        case 1: scopes.collection.append(variable); break;
        case 2: scopes.globals.append(variable); break;
        case 3: scopes.local.append(variable); break;
        case 4: scopes.data.append(variable); break;
        default:
            if (scopes.folders.isEmpty() || index % 2)
                scopes.folders.append(gatehouse::VariableList{});
            scopes.folders.last().append(variable);
        }
    }
    // Fixed dynamic values: the fuzzer must be deterministic.
    gatehouse::DynamicValues dynamic;
    dynamic.now = [] { return QDateTime(QDate(2026, 1, 2), QTime(3, 4, 5), QTimeZone::UTC); };
    dynamic.guid = [] { return u"00000000-0000-4000-8000-000000000000"_s; };
    dynamic.randomInt = [] { return 42; };
    (void)gatehouse::variableReferences(text);
    (void)gatehouse::resolveVariables(text, scopes, u"URL"_s, dynamic);
    gatehouse::VariableResolver resolver(scopes, dynamic);
    (void)resolver.resolve(text, u"body"_s);
    (void)resolver.resolve(text, u"body"_s);
    for (const QString &name : gatehouse::variableReferences(text)) {
        (void)gatehouse::lookupVariable(scopes, name);
        (void)gatehouse::dynamicVariable(name, dynamic);
    }
    return 0;
}
