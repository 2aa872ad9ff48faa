// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>

namespace gatehouse {

// Something in an imported file that Gatehouse could not carry over. Importers list these
// instead of dropping anything silently; the import itself still succeeds.
struct ImportIssue {
    QString item;    // path of the item in the source ("Collection/Folder/Request"), or the file's name
    QString field;   // the source field ("auth", "body.formdata[2].src", "url.variable" ...)
    QString message; // translated, for the user

    friend bool operator==(const ImportIssue &, const ImportIssue &) = default;
};

using ImportIssues = QList<ImportIssue>;

} // namespace gatehouse
