// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Private to core/csv: recognising the currency written next to an amount.

#include <QString>
#include <QStringView>

namespace comptoir::csv {

// Length of a currency symbol or code at the start (end) of text, 0 when there is none:
// a currency sign ("€", "$"), a prefixed dollar ("US$", "CA$"), a word ("CHF", "Fr.", "zł",
// "kr") or three letters that may be an ISO 4217 code ("EUR", "xyz").
qsizetype currencyTokenAtStart(QStringView text);
qsizetype currencyTokenAtEnd(QStringView text);

// The ISO 4217 code a token stands for, taking the default currency into account for the
// shared signs ("$", "¥", "kr"); empty when the token is not a currency.
QString currencyCode(QStringView token, const QString &defaultCurrency);

} // namespace comptoir::csv
