// SPDX-License-Identifier: GPL-3.0-or-later
#include "csv/values.h"

#include "csv/currencies_p.h"
#include "csv/text_p.h"
#include "money.h"

#include <limits>

// Numbers are read as text all the way: digits are validated and accumulated into a qint64,
// never through a double, so "0.1" is exactly 10 cents.

namespace comptoir::csv {
namespace {

QString quoted(QStringView text)
{
    return QLatin1Char('"') + text.toString() + QLatin1Char('"');
}

bool isSpaceLike(QChar c)
{
    return c == u' ' || c == u'\t' || c == u'\u00A0' || c == u'\u202F' || c == u'\u2009';
}

bool isMinus(QChar c)
{
    return c == u'-' || c == u'\u2212' || c == u'\u2013';
}

bool isApostrophe(QChar c)
{
    return c == u'\'' || c == u'\u2019';
}

QStringView trimmedView(QStringView s)
{
    while (!s.isEmpty() && isSpaceLike(s.front()))
        s = s.sliced(1);
    while (!s.isEmpty() && isSpaceLike(s.back()))
        s.chop(1);
    return s;
}

// A number split from its decorations: sign, parentheses, currency, percent sign.
struct Parts
{
    bool negative = false;
    QStringView number;
    QStringView currency;
    bool percent = false;
};

enum class Allow { Number, Currency, Percent };

// Strips what may surround the digits, from both ends, in any order. Errors quote the text.
Result<Parts> decorations(QStringView text, Allow allow)
{
    QStringView s = trimmedView(text);
    Parts parts;
    int signs = 0;
    bool open = false, close = false;
    auto invalid = [&](const QString &why) { return Error::invalid(why.arg(quoted(text))); };
    bool changed = true;
    while (changed && !s.isEmpty()) {
        changed = false;
        const QChar f = s.front();
        if (isSpaceLike(f)) {
            s = s.sliced(1);
        } else if (f == u'(' && !open) {
            open = true;
            s = s.sliced(1);
        } else if (isMinus(f) || f == u'+') {
            ++signs;
            parts.negative = parts.negative || isMinus(f);
            s = s.sliced(1);
        } else if (allow == Allow::Percent && f == u'%' && !parts.percent) {
            parts.percent = true;
            s = s.sliced(1);
        } else if (allow == Allow::Currency && parts.currency.isEmpty()) {
            const qsizetype n = currencyTokenAtStart(s);
            if (n == 0)
                break;
            parts.currency = s.first(n);
            s = s.sliced(n);
        } else {
            break;
        }
        changed = true;
    }
    changed = true;
    while (changed && !s.isEmpty()) {
        changed = false;
        const QChar b = s.back();
        if (isSpaceLike(b)) {
            s.chop(1);
        } else if (b == u')' && open && !close) {
            close = true;
            s.chop(1);
        } else if (isMinus(b)) {
            ++signs;
            parts.negative = true;
            s.chop(1);
        } else if (allow == Allow::Percent && b == u'%' && !parts.percent) {
            parts.percent = true;
            s.chop(1);
        } else if (allow == Allow::Currency && parts.currency.isEmpty()) {
            const qsizetype n = currencyTokenAtEnd(s);
            if (n == 0)
                break;
            parts.currency = s.last(n);
            s.chop(n);
        } else {
            break;
        }
        changed = true;
    }
    if (open != close)
        return invalid(Csv::tr("%1 is not a number: a parenthesis is not closed."));
    if (signs > 1 || (open && signs > 0))
        return invalid(Csv::tr("%1 is not a number: it has more than one sign."));
    parts.negative = parts.negative || open;
    parts.number = s;
    if (s.isEmpty())
        return invalid(Csv::tr("%1 is not a number."));
    return parts;
}

QString describe(const NumberFormat &format)
{
    const QString mark = QString(format.decimalMark);
    if (format.groupSeparator.isNull())
        return Csv::tr("decimal mark \"%1\", thousands separated by spaces only").arg(mark);
    return Csv::tr("decimal mark \"%1\", thousands separator \"%2\"")
        .arg(mark, QString(format.groupSeparator));
}

bool isGroupChar(QChar c, const NumberFormat &format)
{
    if (isSpaceLike(c))
        return true;
    if (format.groupSeparator.isNull() || format.groupSeparator == format.decimalMark)
        return false;
    if (isApostrophe(format.groupSeparator))
        return isApostrophe(c);
    return c == format.groupSeparator;
}

// Digits with their grouping and decimal mark, scaled to `decimals` digits after the mark.
Result<qint64> scaledDigits(QStringView all, QStringView s, bool negative,
                            const NumberFormat &format, int decimals)
{
    auto invalid = [&](const QString &why) { return Error::invalid(why.arg(quoted(all))); };
    const qsizetype mark = s.indexOf(format.decimalMark);
    if (mark >= 0 && s.indexOf(format.decimalMark, mark + 1) >= 0)
        return invalid(Csv::tr("%1 is not a number: it has more than one decimal mark (%2).")
                           .arg(QStringLiteral("%1"), QString(format.decimalMark)));
    const QStringView integer = mark >= 0 ? s.first(mark) : s;
    const QStringView fraction = mark >= 0 ? s.sliced(mark + 1) : QStringView();

    quint64 value = 0;
    int digits = 0;
    int groupLength = 0; // digits since the last separator
    int groups = 0; // separators seen
    QChar separatorKind;
    auto badGroups = [&] {
        return invalid(Csv::tr("%1 is not a number in this format (%2): its digits are not "
                               "grouped by three.")
                           .arg(QStringLiteral("%1"), describe(format)));
    };
    for (qsizetype i = 0; i < integer.size(); ++i) {
        const QChar c = integer.at(i);
        if (c >= u'0' && c <= u'9') {
            if (++digits > 18)
                return invalid(Csv::tr("%1 is too large a number."));
            value = value * 10 + (c.unicode() - u'0');
            ++groupLength;
        } else if (isGroupChar(c, format)) {
            const QChar kind = isSpaceLike(c) ? QChar(u' ') : c;
            if (!separatorKind.isNull() && kind != separatorKind)
                return badGroups();
            separatorKind = kind;
            if (groupLength == 0 || (groups == 0 && groupLength > 3)
                || (groups > 0 && groupLength != 3))
                return badGroups();
            ++groups;
            groupLength = 0;
        } else {
            return invalid(Csv::tr("%1 is not a number in this format (%2).")
                               .arg(QStringLiteral("%1"), describe(format)));
        }
    }
    if (groups > 0 && groupLength != 3)
        return badGroups();
    for (QChar c : fraction) {
        if (c < u'0' || c > u'9')
            return invalid(Csv::tr("%1 is not a number in this format (%2).")
                               .arg(QStringLiteral("%1"), describe(format)));
    }
    if (digits == 0 && fraction.isEmpty())
        return invalid(Csv::tr("%1 is not a number."));
    qsizetype kept = fraction.size();
    while (kept > decimals && fraction.at(kept - 1) == u'0')
        --kept; // "12.500" is 12.50: trailing zeros carry no precision to lose
    if (kept > decimals)
        return invalid(Csv::tr("%1 has more than %n decimal(s).", nullptr, decimals));
    for (int i = 0; i < decimals; ++i) {
        const int d = i < kept ? fraction.at(i).unicode() - u'0' : 0;
        if (value > (quint64(std::numeric_limits<qint64>::max()) - d) / 10)
            return invalid(Csv::tr("%1 is too large a number."));
        value = value * 10 + d;
    }
    if (value > quint64(std::numeric_limits<qint64>::max()))
        return invalid(Csv::tr("%1 is too large a number."));
    return negative ? -qint64(value) : qint64(value);
}

} // namespace

bool isBlank(QStringView text)
{
    return trimmedView(text).isEmpty();
}

Result<qint64> parseScaled(QStringView text, const NumberFormat &format, int decimals)
{
    auto parts = decorations(text, Allow::Number);
    if (!parts)
        return parts.error();
    return scaledDigits(text, parts->number, parts->negative, format, decimals);
}

Result<Amount> parseAmount(QStringView text, const NumberFormat &format,
                           const QString &defaultCurrency)
{
    auto parts = decorations(text, Allow::Currency);
    if (!parts)
        return parts.error();
    Amount amount;
    amount.currency = defaultCurrency;
    if (!parts->currency.isEmpty()) {
        const QString code = currencyCode(parts->currency, defaultCurrency);
        if (code.isEmpty())
            return Error::invalid(Csv::tr("%1: \"%2\" is not a currency the import knows.")
                                      .arg(quoted(text), parts->currency.toString()));
        amount.currency = code;
        amount.currencyWritten = true;
    }
    auto minor = scaledDigits(text, parts->number, parts->negative, format,
                              money::minorDigits(amount.currency));
    if (!minor)
        return minor.error();
    amount.minor = *minor;
    return amount;
}

Result<qint64> parsePercent(QStringView text, const NumberFormat &format)
{
    auto parts = decorations(text, Allow::Percent);
    if (!parts)
        return parts.error();
    return scaledDigits(text, parts->number, parts->negative, format, 2);
}

Result<bool> parseBoolean(QStringView text)
{
    const QString key = trimmedView(text).toString().toLower();
    static const QStringList yes
        = { QStringLiteral("1"),      QStringLiteral("yes"),   QStringLiteral("y"),
            QStringLiteral("true"),   QStringLiteral("t"),     QStringLiteral("oui"),
            QStringLiteral("o"),      QStringLiteral("vrai"),  QStringLiteral("x"),
            QStringLiteral("\u2713"), QStringLiteral("\u2714") };
    static const QStringList no
        = { QStringLiteral("0"),     QStringLiteral("no"), QStringLiteral("n"),
            QStringLiteral("false"), QStringLiteral("f"),  QStringLiteral("non"),
            QStringLiteral("faux") };
    if (yes.contains(key))
        return true;
    if (no.contains(key))
        return false;
    return Error::invalid(Csv::tr("%1 is neither yes nor no.").arg(quoted(text)));
}

} // namespace comptoir::csv
