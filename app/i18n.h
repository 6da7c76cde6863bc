// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "result.h"

#include <QLocale>
#include <QString>

namespace comptoir::app {

// The locale for "--lang fr|en" (the system locale when empty): the system's own variant when
// it speaks that language (fr_CA stays fr_CA), France or the United States otherwise. On a
// screen (`forScreen`), a bare system's C locale ("03:00:00", "7,331,203.10€") reads as US
// English; the command line keeps C, which scripts parse.
Result<QLocale> localeForLanguage(const QString &lang, bool forScreen = false);

// Makes `locale` the default (money and dates follow it) and installs Comptoir's embedded
// translation and Qt's own (qtbase) for it. Needs the application object.
void installTranslations(const QLocale &locale);

} // namespace comptoir::app
