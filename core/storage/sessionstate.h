// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "error.h"
#include "model/request.h"

#include <QList>
#include <QString>

#include <optional>

namespace gatehouse {

// One open tab: the workspace request it shows (empty for a request not saved anywhere) and, when
// the tab holds edits that were not saved, the request as edited.
struct SessionTab {
    QString requestId;
    std::optional<Request> draft;

    friend bool operator==(const SessionTab &, const SessionTab &) = default;
};

// What the window had open: restored after a restart, or after a crash (it is written a moment
// after every edit). Local state: it lives in the workspace's git-ignored .gatehouse/ folder, or in
// the user's data folder when no workspace is open, readable by its owner only (a draft may hold a
// token the user typed).
struct SessionState {
    QList<SessionTab> tabs;
    int current = 0;
    QString environmentId;

    friend bool operator==(const SessionState &, const SessionState &) = default;
};

// A missing file is an empty session; an unreadable or malformed one is an error naming the file.
[[nodiscard]] Expected<SessionState> loadSession(const QString &path);
// Atomic (QSaveFile): a crash while writing leaves the previous session.
[[nodiscard]] Expected<void> saveSession(const QString &path, const SessionState &session);

} // namespace gatehouse
