// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>

namespace gatehouse {

// The language a body is written in, as far as display and highlighting care.
enum class BodyLanguage { Text, Json, Xml, Html, JavaScript, Yaml, Css };

BodyLanguage languageForContentType(QByteArrayView contentType);
// The KSyntaxHighlighting definition name for a language ("JSON", "XML" ...; "" for plain text).
QString syntaxDefinitionName(BodyLanguage language);
// A short name for menus and the CLI.
QString languageDisplayName(BodyLanguage language);

// The body as text, honouring the charset parameter of the Content-Type (UTF-8 by default).
QString decodeBody(const QByteArray &body, QByteArrayView contentType);

// JSON re-indented without reordering keys or touching numbers; XML indented. Anything that
// does not parse comes back exactly as given (decoded), never half-formatted.
QString prettyPrinted(const QByteArray &body, QByteArrayView contentType);
QByteArray prettyJson(QByteArrayView json, bool *ok = nullptr);
QByteArray prettyXml(QByteArrayView xml, bool *ok = nullptr);

// "1.2 KB", "340 B": sizes the way people read them.
QString formatSize(qint64 bytes);

} // namespace gatehouse
