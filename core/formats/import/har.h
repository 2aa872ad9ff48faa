// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "error.h"
#include "formats/import/importissue.h"
#include "model/folder.h"

#include <QByteArrayView>

namespace gatehouse {

struct HarImport {
    Collection collection; // one request per entry, in order; fresh ids
    ImportIssues issues;
};

// HAR 1.2 (browsers' "Save all as HAR"): every log entry's request becomes a request; responses,
// timings and pages are not imported. A single HAR request object (as tools exchange them) is
// accepted too. Pure; fails for JSON that is no HAR.
[[nodiscard]] Expected<HarImport> importHar(QByteArrayView data);

} // namespace gatehouse
