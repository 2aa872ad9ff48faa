// SPDX-License-Identifier: GPL-3.0-or-later
#include "apim/managementconnection.h"

#include "apim/diagnosis.h"
#include "model/variables.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace gatehouse {

namespace {

const QString kManagementTokenVariable = u"apimManagementToken"_s;

} // namespace

std::optional<ResolvedManagementConnection> resolveManagementConnection(const ResolveContext &context)
{
    if (!context.environment || context.environment->apim.management.isEmpty())
        return std::nullopt;
    const EnvironmentApimManagement &m = context.environment->apim.management;
    const VariableScopes scopes = variableScopes(context);
    ResolvedManagementConnection out;
    const auto resolve = [&](const QString &text, const QString &place) {
        const ResolvedText r = resolveVariables(text, scopes, place);
        out.problems += r.problems;
        return r.text.trimmed();
    };
    ManagementConnection &c = out.connection;
    c.target.subscriptionId = resolve(m.subscriptionId, QCoreApplication::translate("gatehouse::ManagementConnection", "APIM management subscription id"));
    c.target.resourceGroup = resolve(m.resourceGroup, QCoreApplication::translate("gatehouse::ManagementConnection", "APIM management resource group"));
    c.target.serviceName = resolve(m.serviceName, QCoreApplication::translate("gatehouse::ManagementConnection", "APIM management service name"));
    if (!m.endpoint.isEmpty())
        c.target.endpoint = QUrl(resolve(m.endpoint, QCoreApplication::translate("gatehouse::ManagementConnection", "APIM management endpoint")));
    c.tokenSource = m.tokenSource;
    if (m.tokenSource == EnvironmentApimManagement::TokenSource::TokenVariable) {
        const QString text = m.token.isEmpty() ? u"{{"_s + kManagementTokenVariable + u"}}"_s : m.token;
        const ResolvedText r = resolveVariables(text, scopes, QCoreApplication::translate("gatehouse::ManagementConnection", "APIM management token"));
        out.problems += r.problems;
        if (r.problems.isEmpty())
            c.token = r.text.trimmed().toUtf8();
    }
    c.tenant = m.tenant;
    c.clientId = m.clientId;
    c.tracing = m.tracing;
    return out;
}

void acquireManagementToken(QObject *context, const ManagementConnection &connection, TokenCallback done,
                            std::function<void(const QString &, const QUrl &, const QString &)> onUserCode)
{
    using Source = ManagementConnection::TokenSource;
    if (!connection.tokenEnvVariable.isEmpty() || connection.tokenSource == Source::TokenVariable) {
        Expected<ManagementToken> token = connection.tokenEnvVariable.isEmpty()
            ? (connection.token.isEmpty()
                   ? Expected<ManagementToken>(std::unexpected(Error{Error::Code::InvalidArgument,
                                                                     QCoreApplication::translate("gatehouse::ManagementConnection",
                                                                                                 "The management token variable has no value on this machine.")}))
                   : Expected<ManagementToken>(ManagementToken{connection.token, {}}))
            : tokenFromEnvironment(connection.tokenEnvVariable);
        QMetaObject::invokeMethod(context, [done, token] { done(token); }, Qt::QueuedConnection);
        return;
    }
    if (connection.tokenSource == Source::DeviceCode) {
        auto *source = new DeviceCodeTokenSource(context);
        source->setTenant(connection.tenant);
        source->setClientId(connection.clientId);
        if (!connection.authority.isEmpty())
            source->setAuthority(connection.authority);
        if (onUserCode)
            QObject::connect(source, &DeviceCodeTokenSource::userCodeReceived, context, onUserCode);
        source->fetch(connection.target.endpoint, [source, done](const Expected<ManagementToken> &t) {
            source->deleteLater();
            done(t);
        });
        return;
    }
    auto *source = new AzureCliTokenSource(context);
    source->fetch(connection.target.endpoint, [source, done](const Expected<ManagementToken> &t) {
        source->deleteLater();
        done(t);
    });
}

void fetchManagementSnapshot(ManagementClient *client, const ManagementConnection &connection, const ExchangeResult &result,
                             const std::optional<ApimProfile> &profile, ManagementClient::SnapshotCallback done,
                             std::function<void(const QString &, const QUrl &, const QString &)> onUserCode)
{
    const QByteArray key = sentSubscriptionKey(result.request, profile);
    const QPointer<ManagementClient> guard(client);
    acquireManagementToken(
        client, connection,
        [guard, connection, request = result.request, key, done](const Expected<ManagementToken> &token) {
            if (!guard)
                return;
            if (!token) {
                done(std::unexpected(token.error()));
                return;
            }
            guard->fetchSnapshot(connection.target, token->accessToken, request, key, done);
        },
        std::move(onUserCode));
}

} // namespace gatehouse
