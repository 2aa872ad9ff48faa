// SPDX-License-Identifier: GPL-3.0-or-later
#include "buildinfo.h"

#include <QtVersion>

using namespace Qt::StringLiterals;

#ifndef GATEHOUSE_KF6_SYNTAXHIGHLIGHTING_VERSION
#error "core/CMakeLists.txt defines GATEHOUSE_KF6_SYNTAXHIGHLIGHTING_VERSION from find_package(KF6SyntaxHighlighting)"
#endif
#ifndef GATEHOUSE_QTKEYCHAIN_VERSION
#define GATEHOUSE_QTKEYCHAIN_VERSION ""
#endif

namespace gatehouse {

QString gatehouseVersion()
{
    return QStringLiteral(GATEHOUSE_VERSION);
}

QList<ComponentInfo> componentInfo()
{
    QString qt = QString::fromLatin1(qVersion());
    if (qt != QLatin1StringView(QT_VERSION_STR))
        qt += u" (built with "_s + QLatin1StringView(QT_VERSION_STR) + u')';
    QList<ComponentInfo> components{
        {u"Qt"_s, qt, u"LGPL-3.0-only"_s},
        {u"KF6 SyntaxHighlighting"_s, QStringLiteral(GATEHOUSE_KF6_SYNTAXHIGHLIGHTING_VERSION), u"MIT AND LGPL-2.0-or-later"_s},
    };
    const QString keychain = QStringLiteral(GATEHOUSE_QTKEYCHAIN_VERSION);
    if (!keychain.isEmpty())
        components.append({u"QtKeychain"_s, keychain, u"BSD-3-Clause"_s});
    return components;
}

QString versionText(const QString &program)
{
    QString text = program + u' ' + gatehouseVersion() + u'\n';
    for (const ComponentInfo &c : componentInfo())
        text += c.name + u' ' + c.version + u'\n';
    return text;
}

} // namespace gatehouse
