// SPDX-License-Identifier: GPL-3.0-or-later
#include "http/cookiejar.h"

#include "storage/workspacestorage.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkCookie>
#include <QSaveFile>
#include <QStandardPaths>

using namespace Qt::StringLiterals;

namespace gatehouse {

namespace {

constexpr int kFormatVersion = 1;

bool sameCookie(const QNetworkCookie &a, const QNetworkCookie &b)
{
    return a.hasSameIdentifier(b);
}

bool isExpired(const QNetworkCookie &cookie, const QDateTime &now)
{
    return !cookie.isSessionCookie() && cookie.expirationDate() <= now;
}

QString sameSiteName(QNetworkCookie::SameSite sameSite)
{
    switch (sameSite) {
    case QNetworkCookie::SameSite::Default: return {};
    case QNetworkCookie::SameSite::None: return u"None"_s;
    case QNetworkCookie::SameSite::Lax: return u"Lax"_s;
    case QNetworkCookie::SameSite::Strict: return u"Strict"_s;
    }
    return {};
}

QNetworkCookie::SameSite sameSiteFrom(const QString &name)
{
    if (name == "None"_L1)
        return QNetworkCookie::SameSite::None;
    if (name == "Lax"_L1)
        return QNetworkCookie::SameSite::Lax;
    if (name == "Strict"_L1)
        return QNetworkCookie::SameSite::Strict;
    return QNetworkCookie::SameSite::Default;
}

} // namespace

CookieJar::CookieJar(QObject *parent)
    : QNetworkCookieJar(parent)
{
}

CookieJar::~CookieJar() = default;

Expected<QString> CookieJar::workspaceFile(const QString &workspaceRoot)
{
    auto dir = WorkspaceStorage(workspaceRoot).localStateDirectory();
    if (!dir)
        return std::unexpected(dir.error());
    return QDir(*dir).filePath(u"cookies.json"_s);
}

QString CookieJar::adHocFile()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)).filePath(u"cookies.json"_s);
}

Expected<void> CookieJar::load(const QString &filePath)
{
    m_filePath = filePath;
    QList<QNetworkCookie> loaded;
    QFile file(filePath);
    if (!file.exists()) {
        setAllCookies(loaded);
        m_modified = false;
        return {};
    }
    if (!file.open(QIODevice::ReadOnly)) {
        return std::unexpected(Error{Error::Code::FileUnreadable,
                                     QCoreApplication::translate("gatehouse::CookieJar", "Cannot read the cookie file %1: %2")
                                         .arg(QDir::toNativeSeparators(filePath), file.errorString())});
    }
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(file.readAll(), &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject()) {
        return std::unexpected(Error{Error::Code::MalformedFile,
                                     QCoreApplication::translate("gatehouse::CookieJar", "The cookie file %1 is not valid JSON: %2")
                                         .arg(QDir::toNativeSeparators(filePath), parseError.errorString())});
    }
    const QJsonObject root = document.object();
    if (root.value("version"_L1).toInt() > kFormatVersion) {
        return std::unexpected(Error{Error::Code::UnsupportedSchemaVersion,
                                     QCoreApplication::translate("gatehouse::CookieJar", "The cookie file %1 was written by a newer Gatehouse (format version %2).")
                                         .arg(QDir::toNativeSeparators(filePath))
                                         .arg(root.value("version"_L1).toInt())});
    }
    const QDateTime now = QDateTime::currentDateTimeUtc();
    for (const QJsonValue &value : root.value("cookies"_L1).toArray()) {
        const QJsonObject o = value.toObject();
        QNetworkCookie cookie(o.value("name"_L1).toString().toUtf8(), o.value("value"_L1).toString().toUtf8());
        cookie.setDomain(o.value("domain"_L1).toString());
        cookie.setPath(o.value("path"_L1).toString());
        cookie.setExpirationDate(QDateTime::fromString(o.value("expires"_L1).toString(), Qt::ISODate));
        cookie.setSecure(o.value("secure"_L1).toBool());
        cookie.setHttpOnly(o.value("httpOnly"_L1).toBool());
        cookie.setSameSitePolicy(sameSiteFrom(o.value("sameSite"_L1).toString()));
        // A cookie without a valid expiry would become a session cookie; the file holds none.
        if (cookie.name().isEmpty() || cookie.domain().isEmpty() || cookie.isSessionCookie() || isExpired(cookie, now))
            continue;
        loaded.append(cookie);
    }
    setAllCookies(loaded);
    m_modified = false;
    return {};
}

QByteArray CookieJar::toJson(const QList<QNetworkCookie> &cookies)
{
    QJsonArray array;
    for (const QNetworkCookie &cookie : cookies) {
        QJsonObject o;
        o.insert("name"_L1, QString::fromUtf8(cookie.name()));
        o.insert("value"_L1, QString::fromUtf8(cookie.value()));
        o.insert("domain"_L1, cookie.domain());
        o.insert("path"_L1, cookie.path());
        if (!cookie.isSessionCookie())
            o.insert("expires"_L1, cookie.expirationDate().toUTC().toString(Qt::ISODate));
        if (cookie.isSecure())
            o.insert("secure"_L1, true);
        if (cookie.isHttpOnly())
            o.insert("httpOnly"_L1, true);
        if (const QString sameSite = sameSiteName(cookie.sameSitePolicy()); !sameSite.isEmpty())
            o.insert("sameSite"_L1, sameSite);
        array.append(o);
    }
    const QJsonObject root{{"version"_L1, kFormatVersion}, {"cookies"_L1, array}};
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

Expected<void> CookieJar::save()
{
    if (m_filePath.isEmpty() || !m_modified)
        return {};
    dropExpired();
    QList<QNetworkCookie> persistent;
    for (const QNetworkCookie &cookie : cookies()) {
        if (!cookie.isSessionCookie())
            persistent.append(cookie);
    }
    QDir().mkpath(QFileInfo(m_filePath).absolutePath());
    QSaveFile file(m_filePath);
    if (!file.open(QIODevice::WriteOnly) || file.write(toJson(persistent)) < 0 || !file.commit()) {
        return std::unexpected(Error{Error::Code::FileUnwritable,
                                     QCoreApplication::translate("gatehouse::CookieJar", "Cannot write the cookie file %1: %2")
                                         .arg(QDir::toNativeSeparators(m_filePath), file.errorString())});
    }
    m_modified = false;
    return {};
}

QList<QNetworkCookie> CookieJar::cookies() const
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QList<QNetworkCookie> out;
    for (const QNetworkCookie &cookie : allCookies()) {
        if (!isExpired(cookie, now))
            out.append(cookie);
    }
    std::sort(out.begin(), out.end(), [](const QNetworkCookie &a, const QNetworkCookie &b) {
        return std::tuple(a.domain(), a.path(), a.name()) < std::tuple(b.domain(), b.path(), b.name());
    });
    return out;
}

bool CookieJar::removeCookie(const QNetworkCookie &cookie)
{
    return deleteCookie(cookie);
}

void CookieJar::clear()
{
    if (allCookies().isEmpty())
        return;
    setAllCookies({});
    markChanged();
}

bool CookieJar::insertCookie(const QNetworkCookie &cookie)
{
    if (!QNetworkCookieJar::insertCookie(cookie))
        return false;
    markChanged();
    return true;
}

bool CookieJar::updateCookie(const QNetworkCookie &cookie)
{
    if (!QNetworkCookieJar::updateCookie(cookie))
        return false;
    markChanged();
    return true;
}

bool CookieJar::deleteCookie(const QNetworkCookie &cookie)
{
    QList<QNetworkCookie> all = allCookies();
    const qsizetype removed = all.removeIf([&](const QNetworkCookie &c) { return sameCookie(c, cookie); });
    if (removed == 0)
        return false;
    setAllCookies(all);
    markChanged();
    return true;
}

void CookieJar::markChanged()
{
    m_modified = true;
    Q_EMIT changed();
}

void CookieJar::dropExpired()
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QList<QNetworkCookie> all = allCookies();
    if (all.removeIf([&](const QNetworkCookie &c) { return isExpired(c, now); }) > 0)
        setAllCookies(all);
}

} // namespace gatehouse
