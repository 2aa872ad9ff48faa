// SPDX-License-Identifier: GPL-3.0-or-later
// What the two secrets sweeps (tests/robustness/tst_secretsweep: the CLI; tests/ui/tst_guisecretsweep:
// the window) share: a workspace whose APIM key, bearer token and Basic password are secret
// variables, and the forms in which a secret could be written down. Header-only; needs gatehouse_core.
#pragma once

#include "model/workspace.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace gatehouse::test {

struct SweepSecrets {
    QByteArray apimKey;
    QByteArray token;
    QByteArray password;
};

// Environment "Local" (baseUrl, and the three secrets as secret variables; gatewayHost as its APIM
// gateway) and collection "Sweep" with the requests Json (APIM key injected), Bearer and Basic.
// None of them goes to an echo route: the server would print the secret back into the body.
inline Workspace sweepWorkspace(const QString &baseUrl, const QString &gatewayHost, const SweepSecrets &secrets)
{
    using namespace Qt::StringLiterals;
    Workspace workspace;
    workspace.name = u"Sweep"_s;
    Environment local;
    local.name = u"Local"_s;
    local.variables = {{u"baseUrl"_s, baseUrl, true, false},
                       {u"apimSubscriptionKey"_s, QString::fromLatin1(secrets.apimKey), true, true},
                       {u"token"_s, QString::fromLatin1(secrets.token), true, true},
                       {u"password"_s, QString::fromLatin1(secrets.password), true, true}};
    local.apim.gatewayHosts = {gatewayHost};
    workspace.environments.append(local);
    Collection collection;
    collection.name = u"Sweep"_s;
    Request json;
    json.name = u"Json"_s;
    json.url = u"{{baseUrl}}/json"_s;
    Request bearer;
    bearer.name = u"Bearer"_s;
    bearer.url = u"{{baseUrl}}/json?page=1"_s;
    bearer.auth.kind = Auth::Kind::Bearer;
    bearer.auth.token = u"{{token}}"_s;
    Request basic;
    basic.name = u"Basic"_s;
    basic.url = u"{{baseUrl}}/json?basic=1"_s;
    basic.auth.kind = Auth::Kind::Basic;
    basic.auth.username = u"user"_s;
    basic.auth.password = u"{{password}}"_s;
    collection.requests = {json, bearer, basic};
    workspace.collections.append(collection);
    assignMissingIds(workspace);
    return workspace;
}

// The ways a secret can be written: as is, percent-encoded, base64, in Basic auth's base64.
inline QList<QByteArray> secretForms(const QByteArray &secret)
{
    return {secret, secret.toPercentEncoding(), secret.toBase64(), QByteArray("user:" + secret).toBase64()};
}

} // namespace gatehouse::test
