// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "error.h"

#include <QNetworkCookieJar>

namespace gatehouse {

// The cookies of one workspace (or of ad-hoc requests), kept in a local JSON file:
// <workspace>/.gatehouse/cookies.json, which git ignores, or cookies.json in the user data dir.
// The rules of RFC 6265 (domain, path, Secure, expiry) are QNetworkCookieJar's; this adds the file,
// and the list/delete/clear API the cookie viewer needs. Session cookies (no Expires/Max-Age) live
// in memory only; expired cookies are dropped on load, on save and when listed.
class CookieJar : public QNetworkCookieJar
{
    Q_OBJECT
public:
    explicit CookieJar(QObject *parent = nullptr);
    ~CookieJar() override;

    // <root>/.gatehouse/cookies.json (the .gatehouse folder and its .gitignore are created).
    [[nodiscard]] static Expected<QString> workspaceFile(const QString &workspaceRoot);
    // cookies.json in the user data directory, for requests outside any workspace.
    static QString adHocFile();

    // Reads the file (a missing file is an empty jar) and remembers it for save().
    [[nodiscard]] Expected<void> load(const QString &filePath);
    QString filePath() const { return m_filePath; }
    // Writes the persistent cookies atomically; nothing to do without a file or without changes.
    [[nodiscard]] Expected<void> save();
    bool isModified() const { return m_modified; }

    // Every cookie that has not expired, sorted by domain, path and name.
    QList<QNetworkCookie> cookies() const;
    // Removes the cookie with the same name, domain and path.
    bool removeCookie(const QNetworkCookie &cookie);
    void clear();

    // setCookiesFromUrl() (the base class's) goes through these, so every change marks the jar.
    bool insertCookie(const QNetworkCookie &cookie) override;
    bool updateCookie(const QNetworkCookie &cookie) override;
    bool deleteCookie(const QNetworkCookie &cookie) override;

    // The file format, exposed for tests and the viewer: {"version": 1, "cookies": [...]}.
    static QByteArray toJson(const QList<QNetworkCookie> &cookies);

Q_SIGNALS:
    void changed();

private:
    void markChanged();
    void dropExpired();

    QString m_filePath;
    bool m_modified = false;
};

} // namespace gatehouse
