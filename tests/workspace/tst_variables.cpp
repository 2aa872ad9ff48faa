// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/variables.h"

#include <QRegularExpression>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace gatehouse;

namespace {

Variable var(const QString &name, const QString &value, bool enabled = true)
{
    Variable v;
    v.name = name;
    v.value = value;
    v.enabled = enabled;
    return v;
}

DynamicValues fixedValues()
{
    DynamicValues values;
    values.now = [] { return QDateTime(QDate(2026, 11, 26), QTime(15, 40, 5, 123), QTimeZone::UTC); };
    values.guid = [] { return u"00000000-0000-4000-8000-000000000001"_s; };
    values.randomInt = [] { return 42; };
    return values;
}

} // namespace

class TestVariables : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void precedence_data()
    {
        QTest::addColumn<QString>("expected");
        QTest::addColumn<int>("lowestScopeLeft"); // scopes removed from the top, one by one
        QTest::newRow("local wins") << u"local"_s << 0;
        QTest::newRow("then data") << u"data"_s << 1;
        QTest::newRow("then environment") << u"environment"_s << 2;
        QTest::newRow("then inner folder") << u"inner"_s << 3;
        QTest::newRow("then outer folder") << u"outer"_s << 4;
        QTest::newRow("then collection") << u"collection"_s << 5;
        QTest::newRow("then globals") << u"global"_s << 6;
    }
    void precedence()
    {
        QFETCH(QString, expected);
        QFETCH(int, lowestScopeLeft);
        VariableScopes scopes;
        scopes.local = {var(u"x"_s, u"local"_s)};
        scopes.data = {var(u"x"_s, u"data"_s)};
        scopes.environment = {var(u"x"_s, u"environment"_s)};
        scopes.folders = {{var(u"x"_s, u"inner"_s)}, {var(u"x"_s, u"outer"_s)}};
        scopes.collection = {var(u"x"_s, u"collection"_s)};
        scopes.globals = {var(u"x"_s, u"global"_s)};
        if (lowestScopeLeft > 0) scopes.local.clear();
        if (lowestScopeLeft > 1) scopes.data.clear();
        if (lowestScopeLeft > 2) scopes.environment.clear();
        if (lowestScopeLeft > 3) scopes.folders.removeFirst();
        if (lowestScopeLeft > 4) scopes.folders.clear();
        if (lowestScopeLeft > 5) scopes.collection.clear();
        const ResolvedText result = resolveVariables(u"<{{x}}>", scopes, u"URL"_s);
        QCOMPARE(result.text, u"<"_s + expected + u">"_s);
        QVERIFY(result.problems.isEmpty());
    }

    void disabledVariablesAreSkipped()
    {
        VariableScopes scopes;
        scopes.environment = {var(u"host"_s, u"off.example"_s, false)};
        scopes.globals = {var(u"host"_s, u"on.example"_s)};
        QCOMPARE(resolveVariables(u"{{host}}", scopes, u"URL"_s).text, u"on.example"_s);
    }

    void lastDefinitionInAScopeWins()
    {
        VariableScopes scopes;
        scopes.environment = {var(u"a"_s, u"first"_s), var(u"a"_s, u"second"_s)};
        QCOMPARE(lookupVariable(scopes, u"a"), u"second"_s);
        QCOMPARE(lookupVariable(scopes, u"b"), std::nullopt);
    }

    void emptyValueIsAValue()
    {
        VariableScopes scopes;
        scopes.environment = {var(u"empty"_s, QString())};
        const ResolvedText result = resolveVariables(u"[{{empty}}]", scopes, u"URL"_s);
        QCOMPARE(result.text, u"[]"_s);
        QVERIFY(result.problems.isEmpty());
    }

    void namesAreTrimmedAndTextKept()
    {
        VariableScopes scopes;
        scopes.environment = {var(u"host"_s, u"api.example"_s)};
        QCOMPARE(resolveVariables(u"https://{{ host }}/v1/{ not } {{}} }}", scopes, u"URL"_s).text,
                 u"https://api.example/v1/{ not } {{}} }}"_s);
    }

    void nestedValues()
    {
        VariableScopes scopes;
        scopes.environment = {var(u"base"_s, u"https://{{host}}:{{port}}"_s), var(u"host"_s, u"{{sub}}.example"_s)};
        scopes.collection = {var(u"port"_s, u"8443"_s)};
        scopes.globals = {var(u"sub"_s, u"api"_s)};
        const ResolvedText result = resolveVariables(u"{{base}}/users", scopes, u"URL"_s);
        QCOMPARE(result.text, u"https://api.example:8443/users"_s);
        QVERIFY(result.problems.isEmpty());
    }

    void nameBuiltFromVariables()
    {
        VariableScopes scopes;
        scopes.environment = {var(u"stage"_s, u"prod"_s), var(u"key_prod"_s, u"fake-secret-0000"_s)};
        QCOMPARE(resolveVariables(u"{{key_{{stage}}}}", scopes, u"header"_s).text, u"fake-secret-0000"_s);
    }

    void unresolvedIsReportedByNameAndPlace()
    {
        VariableScopes scopes;
        const ResolvedText result = resolveVariables(u"{{host}}/{{host}}/{{path}}", scopes, u"URL"_s);
        QCOMPARE(result.text, u"{{host}}/{{host}}/{{path}}"_s); // sent as written, but never silently
        QCOMPARE(result.problems.size(), 2); // once per name and place
        QCOMPARE(result.problems.at(0).kind, ResolveProblem::Kind::UnresolvedVariable);
        QCOMPARE(result.problems.at(0).name, u"host"_s);
        QCOMPARE(result.problems.at(0).place, u"URL"_s);
        QVERIFY(result.problems.at(0).message.contains(u"host"_s));
        QVERIFY(result.problems.at(0).message.contains(u"URL"_s));
        QCOMPARE(result.problems.at(1).name, u"path"_s);
    }

    void unresolvedInsideANestedValueNamesTheChain()
    {
        VariableScopes scopes;
        scopes.environment = {var(u"url"_s, u"https://{{host}}/"_s)};
        const ResolvedText result = resolveVariables(u"{{url}}", scopes, u"URL"_s);
        QCOMPARE(result.text, u"https://{{host}}/"_s);
        QCOMPARE(result.problems.size(), 1);
        QCOMPARE(result.problems.at(0).name, u"host"_s);
        QCOMPARE(result.problems.at(0).chain, (QStringList{u"url"_s, u"host"_s}));
        QVERIFY(result.problems.at(0).message.contains(u"url → host"_s));
    }

    void selfReferenceIsACycle()
    {
        VariableScopes scopes;
        scopes.environment = {var(u"a"_s, u"x{{a}}"_s)};
        const ResolvedText result = resolveVariables(u"{{a}}", scopes, u"body"_s);
        QCOMPARE(result.text, u"x{{a}}"_s);
        QCOMPARE(result.problems.size(), 1);
        QCOMPARE(result.problems.at(0).kind, ResolveProblem::Kind::VariableCycle);
        QCOMPARE(result.problems.at(0).chain, (QStringList{u"a"_s, u"a"_s}));
    }

    void longCycleReportsTheChain()
    {
        VariableScopes scopes;
        scopes.environment = {var(u"a"_s, u"{{b}}"_s), var(u"b"_s, u"{{c}}"_s)};
        scopes.globals = {var(u"c"_s, u"{{a}}"_s)};
        const ResolvedText result = resolveVariables(u"start {{a}} end", scopes, u"header “X”"_s);
        QCOMPARE(result.text, u"start {{a}} end"_s);
        QCOMPARE(result.problems.size(), 1);
        const ResolveProblem &problem = result.problems.first();
        QCOMPARE(problem.kind, ResolveProblem::Kind::VariableCycle);
        QCOMPARE(problem.chain, (QStringList{u"a"_s, u"b"_s, u"c"_s, u"a"_s}));
        QVERIFY(problem.message.contains(u"a → b → c → a"_s));
        QVERIFY(problem.message.contains(u"header “X”"_s));
    }

    void repeatedUseIsNotACycle()
    {
        VariableScopes scopes;
        scopes.environment = {var(u"pair"_s, u"{{v}}-{{v}}"_s), var(u"v"_s, u"1"_s)};
        const ResolvedText result = resolveVariables(u"{{pair}}/{{pair}}", scopes, u"URL"_s);
        QCOMPARE(result.text, u"1-1/1-1"_s);
        QVERIFY(result.problems.isEmpty());
    }

    void dynamicVariablesWithFixedSources()
    {
        const ResolvedText result = resolveVariables(u"{{$guid}} {{$timestamp}} {{$isoTimestamp}} {{$randomInt}}", {}, u"body"_s,
                                                     fixedValues());
        QCOMPARE(result.text, u"00000000-0000-4000-8000-000000000001 1795707605 2026-11-26T15:40:05.123Z 42"_s);
        QVERIFY(result.problems.isEmpty());
    }

    void dynamicVariablesForReal()
    {
        const qint64 before = QDateTime::currentSecsSinceEpoch();
        const ResolvedText result = resolveVariables(u"{{$guid}}|{{$guid}}|{{$timestamp}}|{{$isoTimestamp}}|{{$randomInt}}", {},
                                                     u"body"_s);
        const QStringList parts = result.text.split(u'|');
        QCOMPARE(parts.size(), 5);
        static const QRegularExpression uuid(u"^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$"_s);
        QVERIFY2(uuid.match(parts.at(0)).hasMatch(), qPrintable(parts.at(0)));
        QVERIFY(parts.at(0) != parts.at(1)); // a fresh one for every use, as in Postman
        QVERIFY(parts.at(2).toLongLong() >= before && parts.at(2).toLongLong() <= before + 5);
        QVERIFY(QDateTime::fromString(parts.at(3), Qt::ISODateWithMs).isValid());
        QVERIFY(parts.at(3).endsWith(u'Z'));
        const int random = parts.at(4).toInt();
        QVERIFY(random >= 0 && random <= 1000);
    }

    void unknownDynamicVariableIsUnresolved()
    {
        const ResolvedText result = resolveVariables(u"{{$nope}}", {}, u"URL"_s);
        QCOMPARE(result.text, u"{{$nope}}"_s);
        QCOMPARE(result.problems.size(), 1);
        QCOMPARE(result.problems.at(0).name, u"$nope"_s);
    }

    void userVariableCannotShadowDynamicOnes()
    {
        VariableScopes scopes;
        scopes.environment = {var(u"$guid"_s, u"mine"_s)};
        QCOMPARE(resolveVariables(u"{{$guid}}", scopes, u"URL"_s, fixedValues()).text, u"00000000-0000-4000-8000-000000000001"_s);
    }

    void references()
    {
        QCOMPARE(variableReferences(u"{{a}}/{{ b }}/{{a}}/{{$guid}}/{{"), (QStringList{u"a"_s, u"b"_s, u"$guid"_s}));
        QVERIFY(variableReferences(u"no variables { here }").isEmpty());
    }

    void resolverCollectsAcrossPlaces()
    {
        VariableResolver resolver({});
        (void)resolver.resolve(u"{{x}}", u"URL"_s);
        (void)resolver.resolve(u"{{x}}", u"header “A”"_s);
        (void)resolver.resolve(u"{{x}}", u"URL"_s);
        QCOMPARE(resolver.problems().size(), 2);
        QCOMPARE(resolver.problems().at(1).place, u"header “A”"_s);
    }
};

QTEST_GUILESS_MAIN(TestVariables)
#include "tst_variables.moc"
