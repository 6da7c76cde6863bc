// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "result.h"

#include <QChar>
#include <QString>
#include <QStringView>

namespace comptoir::csv {

// How a file writes numbers; chosen (or confirmed) by the seller in the wizard, never guessed
// per value: "1.234" is a thousand in Paris and one and a bit in London.
struct NumberFormat
{
    QChar decimalMark = u'.'; // '.' or ','
    // The thousands separator besides spaces: '.', ',', '\'' (or ’), or a null QChar for none.
    // Spaces (U+0020, no-break U+00A0, narrow no-break U+202F, thin U+2009) always group
    // digits, since they can never be a decimal mark. Groups must have three digits.
    QChar groupSeparator;

    static NumberFormat french() { return { u',', QChar() }; } // 1 234,56
    static NumberFormat english() { return { u'.', u',' }; } // 1,234.56

    friend bool operator==(const NumberFormat &, const NumberFormat &) = default;
};

// A decimal number as an exact integer scaled by 10^decimals: parseScaled("12,5", french, 2)
// is 1250. More decimals than that, malformed groups ("12,3,4", "1.2.3") or anything but
// digits, marks and a sign is an error quoting the text. Signs: -12, +12, −12, 12-, (12).
Result<qint64> parseScaled(QStringView text, const NumberFormat &format, int decimals);

struct Amount
{
    qint64 minor = 0; // in minor units of currency (cents for EUR)
    QString currency; // ISO 4217 code: the one written in the text, or the default
    bool currencyWritten = false; // the text named its currency

    friend bool operator==(const Amount &, const Amount &) = default;
};

// An amount of money with an optional currency symbol or code before or after the number
// ("1 234,50 €", "€1,234.50", "EUR 12", "-12,50 EUR", "12,50 €-", "(12.50)"). A text without a
// currency takes defaultCurrency. "$" means USD unless the default is another dollar (CAD,
// AUD...), "¥" JPY unless it is CNY. Minor digits follow money::minorDigits(); an unknown
// currency code or symbol is an error.
Result<Amount> parseAmount(QStringView text, const NumberFormat &format,
                           const QString &defaultCurrency);

// A percentage in hundredths of a percent: "12,5 %" -> 1250, "10" -> 1000, "-3%" -> -300.
Result<qint64> parsePercent(QStringView text, const NumberFormat &format);

// yes/no in English and French and the usual codes: true for 1, yes, y, true, t, oui, o, vrai,
// x, ✓; false for 0, no, n, false, f, non, faux. Case and surrounding spaces ignored.
Result<bool> parseBoolean(QStringView text);

// True for a value that is empty once spaces (no-break ones too) are removed.
bool isBlank(QStringView text);

} // namespace comptoir::csv
