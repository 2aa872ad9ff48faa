// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/workspace.h"

#include <QUrl>

namespace gatehouse {

// The Playground: requests against the bundled APIM simulator that succeed, and requests that
// fail in each classic way, each with a description of what to look at. gatewayUrl is where the
// in-process simulator listens. Ids are fixed, so regenerating it gives the same files.
Workspace playgroundWorkspace(const QUrl &gatewayUrl);

// The fake keys of resources/simulator/playground.json, for the Playground's environment.
inline constexpr QLatin1StringView kPlaygroundStarterKey{"fake-starter-primary-key-00000001"};

} // namespace gatehouse
