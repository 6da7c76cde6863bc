// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "result.h"

#include <QLocale>
#include <QString>

namespace comptoir {

// Money is an exact integer count of minor units (cents) plus an ISO 4217 code; never a double.
struct Money
{
    qint64 minor = 0;
    QString currency = QStringLiteral("EUR");

    friend bool operator==(const Money &, const Money &) = default;
};

namespace money {

// Number of digits after the decimal mark for an ISO 4217 code (2 unless known otherwise).
int minorDigits(const QString &currency);

// "1234.50": locale-independent decimal text, for JSON, CSV and storage round-trips.
QString toDecimalString(qint64 minor, const QString &currency);

// The amount as the locale writes money: "1 234,50 €" in French, "€1,234.50" in English.
QString format(qint64 minor, const QString &currency, const QLocale &locale);

// The amount without a currency symbol, grouped as the locale does ("1 234,50").
QString formatNumber(qint64 minor, const QString &currency, const QLocale &locale);

// The symbol a locale shows for a code ("€", "$", "£"; the code itself when unknown).
QString symbol(const QString &currency, const QLocale &locale);

// Parses what a person types or a file holds: "1234.50", "1 234,50", "1.234,50 €", "€1,234.50",
// "-12", "1234,5". Accepts the locale's marks and the unambiguous other convention. Refuses
// anything ambiguous or malformed ("12,3,4", "1.2.3,4,5", "abc", more decimals than the
// currency has) with a message that quotes the text.
Result<qint64> parse(const QString &text, const QString &currency, const QLocale &locale);

// True when code is three ASCII capital letters.
bool isValidCurrencyCode(const QString &code);

} // namespace money
} // namespace comptoir
