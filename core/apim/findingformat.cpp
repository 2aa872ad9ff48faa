// SPDX-License-Identifier: GPL-3.0-or-later
#include "apim/findingformat.h"

#include <QCoreApplication>
#include <QJsonObject>

#include <cmath>

using namespace Qt::StringLiterals;

namespace gatehouse {

namespace {

class FindingFormat
{
    Q_DECLARE_TR_FUNCTIONS(gatehouse::FindingFormat)
};

QString severityName(Finding::Severity s)
{
    switch (s) {
    case Finding::Severity::Error: return u"error"_s;
    case Finding::Severity::Warning: return u"warning"_s;
    case Finding::Severity::Info: return u"info"_s;
    }
    return {};
}

} // namespace

QString findingsAsText(const QList<Finding> &findings)
{
    QString out;
    for (const Finding &f : findings) {
        out += (f.severity == Finding::Severity::Info ? u"i "_s : u"! "_s) + f.title + u"  ["_s + f.id + u"]\n"_s;
        if (!f.verdict.isEmpty())
            out += u"  "_s + f.verdict + u'\n';
        if (!f.explanation.isEmpty())
            out += u"  "_s + f.explanation + u'\n';
        for (const auto &[label, value] : f.evidence)
            out += u"  "_s + label + u": "_s + value + u'\n';
        if (!f.causes.isEmpty()) {
            out += u"  "_s + FindingFormat::tr("Likely causes:") + u'\n';
            for (qsizetype i = 0; i < f.causes.size(); ++i) {
                out += u"   %1. "_s.arg(i + 1) + f.causes.at(i);
                const Confirmation c = i < f.rankedCauses.size() ? f.rankedCauses.at(i).confirmation : Confirmation::Unknown;
                if (c == Confirmation::Confirmed)
                    out += u' ' + FindingFormat::tr("(confirmed)");
                else if (c == Confirmation::RuledOut)
                    out += u' ' + FindingFormat::tr("(ruled out)");
                out += u'\n';
            }
        }
        if (!f.confirm.isEmpty() && f.confirmation == Confirmation::Unknown) // once checked, the verdict says it
            out += u"  "_s + FindingFormat::tr("Confirm: %1").arg(f.confirm) + u'\n';
        if (f.fix)
            out += u"  "_s + FindingFormat::tr("Fix: %1").arg(f.fix->label) + u'\n';
    }
    return out;
}

QJsonArray findingsToJson(const QList<Finding> &findings)
{
    QJsonArray out;
    for (const Finding &f : findings) {
        QJsonArray evidence;
        for (const auto &[label, value] : f.evidence)
            evidence.append(QJsonObject{{u"label"_s, label}, {u"value"_s, value}});
        QJsonObject o{{u"id"_s, f.id},
                      {u"severity"_s, severityName(f.severity)},
                      {u"title"_s, f.title},
                      {u"explanation"_s, f.explanation},
                      {u"causes"_s, QJsonArray::fromStringList(f.causes)},
                      {u"confirm"_s, f.confirm},
                      {u"evidence"_s, evidence}};
        if (f.fix)
            o[u"fix"_s] = f.fix->label;
        // confidence 0–1; confirmed: true (confirmed), false (ruled out), null (not known)
        o[u"confidence"_s] = std::round(f.confidence * 1000) / 1000;
        o[u"confirmed"_s] = f.confirmation == Confirmation::Unknown ? QJsonValue(QJsonValue::Null) : QJsonValue(f.confirmation == Confirmation::Confirmed);
        o[u"confirmation"_s] = confirmationName(f.confirmation);
        if (!f.verdict.isEmpty())
            o[u"verdict"_s] = f.verdict;
        QJsonArray ranked;
        for (const FindingCause &c : f.rankedCauses) {
            QJsonObject co{{u"id"_s, c.id},
                           {u"text"_s, c.text},
                           {u"confidence"_s, std::round(c.confidence * 1000) / 1000},
                           {u"confirmation"_s, confirmationName(c.confirmation)}};
            if (!c.note.isEmpty())
                co[u"note"_s] = c.note;
            ranked.append(co);
        }
        o[u"rankedCauses"_s] = ranked;
        QJsonArray fixes;
        if (f.fix)
            fixes.append(f.fix->label);
        o[u"fixes"_s] = fixes;
        out.append(o);
    }
    return out;
}

} // namespace gatehouse
