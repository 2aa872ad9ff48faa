// SPDX-License-Identifier: GPL-3.0-or-later
#include "apim/managementsnapshot.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QUrlQuery>

using namespace Qt::StringLiterals;

namespace gatehouse {

namespace {

class Snapshot
{
    Q_DECLARE_TR_FUNCTIONS(gatehouse::ManagementSnapshot)
};

QStringList segmentsOf(QStringView path)
{
    QStringList segments;
    for (const QStringView part : path.tokenize(u'/', Qt::SkipEmptyParts))
        segments.append(QUrl::fromPercentEncoding(part.toUtf8()));
    return segments;
}

const ManagementSnapshot::VersionSet *versionSetOf(const ManagementSnapshot &s, const ManagementSnapshot::Api &api)
{
    if (api.versionSetId.isEmpty())
        return nullptr;
    for (const ManagementSnapshot::VersionSet &v : s.versionSets) {
        if (v.id.compare(api.versionSetId, Qt::CaseInsensitive) == 0)
            return &v;
    }
    return nullptr;
}

} // namespace

const ManagementSnapshot::Product *ManagementSnapshot::product(QStringView id) const
{
    for (const Product &p : products) {
        if (p.id.compare(id, Qt::CaseInsensitive) == 0)
            return &p;
    }
    return nullptr;
}

bool ManagementSnapshot::covers(const Subscription &s) const
{
    switch (s.scopeKind) {
    case Subscription::ScopeKind::Service:
    case Subscription::ScopeKind::AllApis: return true;
    case Subscription::ScopeKind::Api: return api && s.scopeTarget.compare(api->id, Qt::CaseInsensitive) == 0;
    case Subscription::ScopeKind::Product:
        for (const Product &p : apiProducts) {
            if (p.id.compare(s.scopeTarget, Qt::CaseInsensitive) == 0)
                return true;
        }
        return false;
    case Subscription::ScopeKind::Unknown: return false;
    }
    return false;
}

QString ManagementSnapshot::scopeDescription(const Subscription &s) const
{
    switch (s.scopeKind) {
    case Subscription::ScopeKind::Service: return Snapshot::tr("all-access");
    case Subscription::ScopeKind::AllApis: return Snapshot::tr("all APIs");
    case Subscription::ScopeKind::Api: return Snapshot::tr("API %1").arg(s.scopeTarget);
    case Subscription::ScopeKind::Product: {
        const Product *p = product(s.scopeTarget);
        return Snapshot::tr("product %1").arg(p && !p->displayName.isEmpty() ? p->displayName : s.scopeTarget);
    }
    case Subscription::ScopeKind::Unknown: break;
    }
    return Snapshot::tr("unknown scope");
}

bool urlTemplateMatches(QStringView urlTemplate, QStringView path, bool caseSensitive)
{
    const qsizetype queryStart = urlTemplate.indexOf(u'?');
    const QStringList parts = segmentsOf(queryStart < 0 ? urlTemplate : urlTemplate.first(queryStart));
    const QStringList segments = segmentsOf(path);
    qsizetype i = 0;
    for (const QString &part : parts) {
        const bool parameter = part.startsWith(u'{') && part.endsWith(u'}');
        if (parameter && part.startsWith(u"{*"_s))
            return true;
        if (i >= segments.size())
            return false;
        const QString &actual = segments.at(i++);
        if (!parameter && actual.compare(part, caseSensitive ? Qt::CaseSensitive : Qt::CaseInsensitive) != 0)
            return false;
    }
    return i == segments.size();
}

void matchRequest(ManagementSnapshot &s, const SentRequest &request, bool caseSensitive)
{
    // The same walk as the gateway (FACTS.md §1, §3.3): the current API whose suffix is the longest
    // prefix of the path, then its version, then ";rev=N" right after what was consumed.
    const Qt::CaseSensitivity cs = caseSensitive ? Qt::CaseSensitive : Qt::CaseInsensitive;
    s.api.reset();
    s.versionMatch = ManagementSnapshot::VersionMatch::NotVersioned;
    s.knownVersions.clear();
    s.requestedRevision.clear();
    s.revisionMisplaced = false;
    s.restPath.clear();

    const QString path = request.url.path(QUrl::FullyEncoded);
    QList<QStringView> raw;
    for (const QStringView part : QStringView(path).tokenize(u'/', Qt::SkipEmptyParts))
        raw.append(part);
    QStringList segments;
    qsizetype revisionAt = -1;
    static const QRegularExpression marker(u";rev=([0-9]+)$"_s);
    for (qsizetype i = 0; i < raw.size(); ++i) {
        QString segment = raw.at(i).toString();
        if (const QRegularExpressionMatch m = marker.match(segment); m.hasMatch() && revisionAt < 0) {
            revisionAt = i;
            s.requestedRevision = m.captured(1);
            segment.truncate(m.capturedStart());
        }
        segments.append(QUrl::fromPercentEncoding(segment.toUtf8()));
    }
    const QUrlQuery query(request.url);

    qsizetype longest = -1;
    for (const ManagementSnapshot::Api &api : std::as_const(s.apis)) {
        const QStringList suffix = segmentsOf(api.path);
        if (suffix.size() > segments.size() || suffix.size() <= longest)
            continue;
        bool prefix = true;
        for (qsizetype i = 0; i < suffix.size() && prefix; ++i)
            prefix = segments.at(i).compare(suffix.at(i), cs) == 0;
        if (prefix)
            longest = suffix.size();
    }
    if (longest < 0)
        return;

    // Every version of the API with that suffix; the one the request asked for, if any.
    QList<const ManagementSnapshot::Api *> candidates;
    for (const ManagementSnapshot::Api &api : std::as_const(s.apis)) {
        if (segmentsOf(api.path).size() == longest) {
            const QStringList suffix = segmentsOf(api.path);
            bool prefix = true;
            for (qsizetype i = 0; i < suffix.size() && prefix; ++i)
                prefix = segments.at(i).compare(suffix.at(i), cs) == 0;
            if (prefix)
                candidates.append(&api);
        }
    }
    const ManagementSnapshot::Api *chosen = nullptr;
    qsizetype consumed = longest;
    const ManagementSnapshot::VersionSet *set = nullptr;
    bool versionGiven = false;
    for (const ManagementSnapshot::Api *api : std::as_const(candidates)) {
        const ManagementSnapshot::VersionSet *v = versionSetOf(s, *api);
        if (!v) {
            chosen = chosen ? chosen : api;
            continue;
        }
        set = v;
        if (!api->apiVersion.isEmpty())
            s.knownVersions.append(api->apiVersion);
        bool matches = false;
        if (v->scheme == "Segment"_L1) {
            versionGiven = longest < segments.size();
            matches = api->apiVersion.isEmpty() ? true
                                                : longest < segments.size() && segments.at(longest).compare(api->apiVersion, cs) == 0;
        } else if (v->scheme == "Query"_L1) {
            versionGiven = query.hasQueryItem(v->queryName);
            matches = api->apiVersion.isEmpty() ? !versionGiven
                                                : query.queryItemValue(v->queryName, QUrl::FullyDecoded) == api->apiVersion;
        } else {
            const QByteArray value = headerValue(request.headers, v->headerName.toLatin1());
            versionGiven = hasHeader(request.headers, v->headerName.toLatin1());
            matches = api->apiVersion.isEmpty() ? !versionGiven : QString::fromUtf8(value).trimmed() == api->apiVersion;
        }
        // A segment version consumes one more segment and wins over the original.
        if (matches && (!chosen || (!api->apiVersion.isEmpty() && v->scheme == "Segment"_L1))) {
            chosen = api;
            consumed = longest + (v->scheme == "Segment"_L1 && !api->apiVersion.isEmpty() ? 1 : 0);
        }
    }
    if (set) {
        s.versionScheme = set->scheme;
        s.versionName = set->scheme == "Query"_L1 ? set->queryName : set->scheme == "Header"_L1 ? set->headerName : QString();
    }
    if (chosen) {
        s.api = *chosen;
        if (!chosen->versionSetId.isEmpty())
            s.versionMatch = ManagementSnapshot::VersionMatch::Matched;
    } else {
        s.api = *candidates.first();
        s.versionMatch = versionGiven && (set && set->scheme != "Segment"_L1) ? ManagementSnapshot::VersionMatch::Unknown
                                                                              : ManagementSnapshot::VersionMatch::Missing;
        if (set && set->scheme == "Segment"_L1 && versionGiven) {
            static const QRegularExpression versionLike(u"^(v\\d|\\d{4}-\\d{2}-\\d{2})"_s, QRegularExpression::CaseInsensitiveOption);
            if (versionLike.match(segments.at(longest)).hasMatch())
                s.versionMatch = ManagementSnapshot::VersionMatch::Unknown;
        }
    }
    if (revisionAt >= 0 && revisionAt != consumed - 1)
        s.revisionMisplaced = true;
    for (qsizetype i = consumed; i < raw.size(); ++i)
        s.restPath += u'/' + raw.at(i).toString();
}

void matchOperation(ManagementSnapshot &s, const SentRequest &request, bool caseSensitive)
{
    s.operation.reset();
    for (const ManagementSnapshot::Operation &o : std::as_const(s.operations)) {
        if (o.method == request.method.toUpper() && urlTemplateMatches(o.urlTemplate, s.restPath, caseSensitive)) {
            s.operation = o;
            return;
        }
    }
}

} // namespace gatehouse
