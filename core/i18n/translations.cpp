// SPDX-License-Identifier: GPL-3.0-or-later
#include "i18n/translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

using namespace Qt::StringLiterals;

namespace gatehouse {

void installTranslations(QCoreApplication &app)
{
    const QLocale locale = QLocale::system();
    auto *ours = new QTranslator(&app);
    if (ours->load(locale, u"gatehouse"_s, u"_"_s, u":/i18n"_s))
        QCoreApplication::installTranslator(ours);
    else
        delete ours;
    auto *qt = new QTranslator(&app);
    if (qt->load(locale, u"qtbase"_s, u"_"_s, QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    else
        delete qt;
}

} // namespace gatehouse
