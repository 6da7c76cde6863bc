// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "result.h"

#include <QLocale>
#include <QString>

namespace comptoir::app {

// The locale for "--lang fr|en" (the system locale when empty): the system's own variant when
// it speaks that language (fr_CA stays fr_CA), France or the United States otherwise.
Result<QLocale> localeForLanguage(const QString &lang);

// Makes `locale` the default (money and dates follow it) and installs Comptoir's embedded
// translation and Qt's own (qtbase) for it. Needs the application object.
void installTranslations(const QLocale &locale);

} // namespace comptoir::app
