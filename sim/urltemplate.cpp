// SPDX-License-Identifier: GPL-3.0-or-later
#include "urltemplate.h"

#include <QCoreApplication>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace gatehouse::sim {

namespace {

class Tr
{
    Q_DECLARE_TR_FUNCTIONS(gatehouse::sim::UrlTemplate)
};

} // namespace

QStringList pathSegments(QStringView path)
{
    QStringList segments;
    for (const QStringView part : path.tokenize(u'/', Qt::SkipEmptyParts))
        segments.append(QUrl::fromPercentEncoding(part.toUtf8()));
    return segments;
}

Expected<UrlTemplate> UrlTemplate::parse(const QString &text)
{
    if (!text.startsWith(u'/'))
        return std::unexpected(Error { Error::Code::InvalidConfig, Tr::tr("the URL template '%1' must start with '/'.").arg(text) });
    UrlTemplate result;
    result.m_text = text;
    const qsizetype queryStart = text.indexOf(u'?');
    const QStringView path = QStringView(text).first(queryStart < 0 ? text.size() : queryStart);
    const QStringList parts = path.toString().split(u'/', Qt::SkipEmptyParts);
    for (qsizetype i = 0; i < parts.size(); ++i) {
        const QString &part = parts.at(i);
        Segment segment;
        if (part.startsWith(u'{') && part.endsWith(u'}')) {
            QString name = part.sliced(1, part.size() - 2);
            if (name.startsWith(u'*')) {
                if (i != parts.size() - 1)
                    return std::unexpected(Error { Error::Code::InvalidConfig,
                        Tr::tr("in the URL template '%1', the wildcard '%2' must be the last segment.").arg(text, part) });
                name.remove(0, 1);
                segment.kind = Segment::Kind::Wildcard;
            } else {
                segment.kind = Segment::Kind::Parameter;
            }
            if (name.isEmpty() || name.contains(u'{') || name.contains(u'}'))
                return std::unexpected(
                    Error { Error::Code::InvalidConfig, Tr::tr("the URL template '%1' has an invalid parameter '%2'.").arg(text, part) });
            segment.text = name;
        } else if (part.contains(u'{') || part.contains(u'}')) {
            return std::unexpected(Error { Error::Code::InvalidConfig,
                Tr::tr("in the URL template '%1', a parameter must fill a whole segment: '%2'.").arg(text, part) });
        } else {
            segment.text = QUrl::fromPercentEncoding(part.toUtf8());
        }
        result.m_segments.append(segment);
    }
    return result;
}

std::optional<QHash<QString, QString>> UrlTemplate::match(QStringView path, Qt::CaseSensitivity literalCase) const
{
    const QStringList segments = pathSegments(path);
    QHash<QString, QString> parameters;
    qsizetype i = 0;
    for (const Segment &segment : m_segments) {
        if (segment.kind == Segment::Kind::Wildcard) {
            parameters.insert(segment.text, segments.sliced(i).join(u'/'));
            return parameters;
        }
        if (i >= segments.size())
            return std::nullopt;
        const QString &actual = segments.at(i++);
        if (segment.kind == Segment::Kind::Parameter)
            parameters.insert(segment.text, actual);
        else if (actual.compare(segment.text, literalCase) != 0)
            return std::nullopt;
    }
    if (i != segments.size())
        return std::nullopt;
    return parameters;
}

} // namespace gatehouse::sim
