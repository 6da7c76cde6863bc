// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "result.h"

#include <QLocale>
#include <QString>
#include <QStringList>

namespace comptoir::money {

struct TypedAmount
{
    qint64 minor = 0;
    QString currency;
};

// An amount typed with or without its currency, as in a quick form: "1 200", "1 200 $",
// "USD 1200", "£30", "30 chf". The currency is one of `known` (ISO codes, e.g. the currencies
// list), named by its code or by the symbol the locale shows for it (the longest match wins, so
// "CA$" is not read as "$"); without one, `fallback`. The number is read by money::parse().
Result<TypedAmount> parseTyped(const QString &text, const QStringList &known, const QString &fallback,
                               const QLocale &locale);

} // namespace comptoir::money
