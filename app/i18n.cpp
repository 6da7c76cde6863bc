// SPDX-License-Identifier: GPL-3.0-or-later
#include "i18n.h"

#include "clitr.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QTranslator>

namespace comptoir::app {

Result<QLocale> localeForLanguage(const QString &lang, bool forScreen)
{
    const QLocale system = QLocale::system();
    if (lang.isEmpty())
        return forScreen && system.language() == QLocale::C ? QLocale(QLocale::English, QLocale::UnitedStates) : system;
    const QString code = lang.toLower();
    QLocale::Language language;
    QLocale::Territory territory;
    if (code == QLatin1String("fr")) {
        language = QLocale::French;
        territory = QLocale::France;
    } else if (code == QLatin1String("en")) {
        language = QLocale::English;
        territory = QLocale::UnitedStates;
    } else {
        return Error::invalid(Cli::tr("Unknown language '%1': use fr or en.").arg(lang),
                              QStringLiteral("lang"));
    }
    if (system.language() == language)
        return system;
    return QLocale(language, territory);
}

void installTranslations(const QLocale &locale)
{
    QLocale::setDefault(locale);
    auto *app = QCoreApplication::instance();
    // The English texts are the sources, but their plurals ("%n deal(s)") need comptoir_en.qm.
    // It is installed first so that it is searched last: the locale's own translation wins, and
    // a plural it lacks still reads "2 deals" rather than "2 deal(s)".
    auto *english = new QTranslator(app);
    if (english->load(QStringLiteral("comptoir_en"), QStringLiteral(":/i18n")))
        QCoreApplication::installTranslator(english);
    else
        delete english;
    if (locale.language() != QLocale::English) {
        auto *own = new QTranslator(app);
        if (own->load(locale, QStringLiteral("comptoir"), QStringLiteral("_"), QStringLiteral(":/i18n")))
            QCoreApplication::installTranslator(own);
        else
            delete own;
    }
    auto *qt = new QTranslator(app);
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    else
        delete qt;
}

} // namespace comptoir::app
