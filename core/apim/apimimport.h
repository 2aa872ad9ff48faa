// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "apim/managementclient.h"
#include "formats/import/importer.h"

#include <functional>

namespace gatehouse {

struct ApimImportOptions {
    QString apiId;          // the API (ARM name) to import
    QString subscriptionId; // whose key to fill in; empty: the first active subscription that opens the API
    QString environmentName; // empty: the service name
    EnvironmentApimManagement::TokenSource tokenSource = EnvironmentApimManagement::TokenSource::AzureCli;
};

// Imports an API of an APIM service through the management API: a collection with one request
// per operation ({{baseUrl}}/suffix/template, parameters as {{variables}}), and an environment
// whose baseUrl is the gateway, whose APIM profile names the gateway host, the key header and the
// management connection, and whose secret variable apimSubscriptionKey holds the key of a
// subscription that opens the API (read with listSecrets; no other key is kept). Pure apart from
// the management calls: nothing is written. done runs once.
void importApiFromService(ManagementClient *client, const ManagementTarget &target, const QByteArray &token, const ApimImportOptions &options,
                          std::function<void(const Expected<ImportResult> &)> done);

} // namespace gatehouse
