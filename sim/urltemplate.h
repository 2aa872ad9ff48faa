// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "error.h"

#include <QHash>
#include <QList>
#include <QString>

#include <optional>

namespace gatehouse::sim {

// An APIM operation URL template such as "/users/{id}/orders" or "/files/{*path}".
// A {name} parameter matches exactly one non-empty path segment, a trailing {*name} matches the
// rest of the path (possibly nothing). A query part ("/search?q={q}") is kept for display but
// plays no part in matching. A trailing slash is not significant, as at the gateway.
class UrlTemplate
{
public:
    [[nodiscard]] static Expected<UrlTemplate> parse(const QString &text);

    const QString &text() const { return m_text; }

    // path: the part of the request path after the API suffix, percent-encoded, e.g. "/users/7".
    // Returns the template parameters (decoded) when it matches.
    std::optional<QHash<QString, QString>> match(QStringView path, Qt::CaseSensitivity literalCase) const;

private:
    struct Segment {
        enum class Kind { Literal, Parameter, Wildcard };
        Kind kind = Kind::Literal;
        QString text; // literal text (decoded) or parameter name
    };

    QString m_text;
    QList<Segment> m_segments;
};

// Splits a path into its non-empty, percent-decoded segments ("/a//b/" -> ["a", "b"]).
QStringList pathSegments(QStringView path);

} // namespace gatehouse::sim
