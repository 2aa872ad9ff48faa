// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "gateway.h"
#include "simconfig.h"

namespace gatehouse::sim {

// The read side of the Azure Resource Manager API of the simulated service (FACTS.md §5), driven by
// the same SimConfig as the gateway so that both always agree: the service, APIs (and revisions),
// operations, products, product-APIs and API-products, version sets, subscriptions and listSecrets,
// the policies of every scope (generated as XML from the config),
// and the tracing calls listDebugCredentials and listTrace (§4.2).
// Every call needs "Authorization: Bearer {managementToken}" and an api-version query parameter.
// No I/O: SimulatorServer feeds it the requests that arrive on the management port.
class ManagementApi
{
public:
    explicit ManagementApi(Gateway &gateway)
        : m_gateway(gateway)
        , m_config(gateway.config())
    {
    }

    GatewayResponse handle(const GatewayRequest &request) const;

private:
    GatewayResponse policies(const GatewayRequest &request, const QStringList &rest) const;
    GatewayResponse gateways(const GatewayRequest &request, const QStringList &rest) const;

    Gateway &m_gateway; // for debug tokens and traces
    const SimConfig &m_config;
};

} // namespace gatehouse::sim
