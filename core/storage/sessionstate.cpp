// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/sessionstate.h"

#include "storage/orderedjson.h"
#include "storage/workspacejson.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

using namespace Qt::StringLiterals;

namespace gatehouse {

namespace {
constexpr auto kSessionType = "gatehouse-session"_L1;
constexpr int kSessionVersion = 1;
} // namespace

Expected<SessionState> loadSession(const QString &path)
{
    SessionState session;
    QFile file(path);
    if (!file.exists())
        return session;
    const QString shown = QDir::toNativeSeparators(path);
    if (!file.open(QIODevice::ReadOnly))
        return std::unexpected(Error{Error::Code::FileUnreadable,
                                     QCoreApplication::translate("gatehouse::Session", "Cannot read the saved session '%1': %2")
                                         .arg(shown, file.errorString())});
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(file.readAll(), &parseError);
    const QJsonObject json = document.object();
    if (parseError.error != QJsonParseError::NoError || json.value("type"_L1).toString() != kSessionType)
        return std::unexpected(Error{Error::Code::MalformedFile,
                                     QCoreApplication::translate("gatehouse::Session", "The saved session '%1' is not a Gatehouse session file; it was left as it is.")
                                         .arg(shown)});
    if (json.value("version"_L1).toInt() > kSessionVersion)
        return std::unexpected(Error{Error::Code::UnsupportedSchemaVersion,
                                     QCoreApplication::translate("gatehouse::Session", "The saved session '%1' was written by a newer Gatehouse.")
                                         .arg(shown)});
    for (const QJsonValue &value : json.value("tabs"_L1).toArray()) {
        const QJsonObject tab = value.toObject();
        SessionTab restored;
        restored.requestId = tab.value("requestId"_L1).toString();
        if (tab.value("draft"_L1).isObject())
            restored.draft = requestFromJson(tab.value("draft"_L1).toObject());
        if (restored.requestId.isEmpty() && !restored.draft)
            continue;
        session.tabs.append(std::move(restored));
    }
    session.current = std::clamp(json.value("current"_L1).toInt(), 0, std::max(0, int(session.tabs.size()) - 1));
    session.environmentId = json.value("environment"_L1).toString();
    return session;
}

Expected<void> saveSession(const QString &path, const SessionState &session)
{
    OrderedJson json = OrderedJson::object();
    json.insert(u"type"_s, QString(kSessionType));
    json.insert(u"version"_s, kSessionVersion);
    json.insert(u"current"_s, session.current);
    json.insert(u"environment"_s, session.environmentId);
    OrderedJson tabs = OrderedJson::array();
    for (const SessionTab &tab : session.tabs) {
        OrderedJson entry = OrderedJson::object();
        entry.insert(u"requestId"_s, tab.requestId);
        if (tab.draft)
            entry.insert(u"draft"_s, requestToJson(*tab.draft));
        tabs.append(std::move(entry));
    }
    json.insert(u"tabs"_s, std::move(tabs));

    const QString shown = QDir::toNativeSeparators(path);
    const auto failed = [&](const QString &reason) {
        return std::unexpected(Error{Error::Code::FileUnwritable,
                                     QCoreApplication::translate("gatehouse::Session", "Cannot save the open tabs to '%1': %2").arg(shown, reason)});
    };
    if (!QDir().mkpath(QFileInfo(path).absolutePath()))
        return failed(QCoreApplication::translate("gatehouse::Session", "the folder cannot be created"));
    QSaveFile out(path);
    if (!out.open(QIODevice::WriteOnly))
        return failed(out.errorString());
    // Owner only from the start: a draft may hold a token the user typed.
    out.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    out.write(json.toJson());
    if (!out.commit())
        return failed(out.errorString());
    return {};
}

} // namespace gatehouse
