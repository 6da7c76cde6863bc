// SPDX-License-Identifier: GPL-3.0-or-later
#include "money.h"

#include <QCoreApplication>
#include <QHash>
#include <algorithm>
#include <limits>

// Exact integer arithmetic only: amounts are qint64 minor units, magnitudes are handled as
// quint64 so that the most negative value formats without overflow. No double anywhere.

namespace comptoir::money {
namespace {

// Messages are marked with QT_TRANSLATE_NOOP("Money", ...) so that lupdate finds them.
QString translated(const char *text)
{
    return QCoreApplication::translate("Money", text);
}

QString quoted(const QString &text)
{
    return QLatin1Char('"') + text + QLatin1Char('"');
}

quint64 magnitude(qint64 value)
{
    return value < 0 ? quint64(0) - quint64(value) : quint64(value);
}

quint64 powerOfTen(int digits)
{
    quint64 p = 1;
    for (int i = 0; i < digits; ++i)
        p *= 10;
    return p;
}

// The symbols English-speaking CLDR data uses for currencies met abroad. QLocale only knows a
// currency's symbol inside the locales where it is the local one, and there "$" or "¥" can
// mean several currencies; these are the unambiguous international forms.
const QHash<QString, QString> &internationalSymbols()
{
    static const QHash<QString, QString> symbols = {
        { QStringLiteral("EUR"), QStringLiteral("€") },
        { QStringLiteral("USD"), QStringLiteral("$") },
        { QStringLiteral("GBP"), QStringLiteral("£") },
        { QStringLiteral("JPY"), QStringLiteral("¥") },
        { QStringLiteral("CNY"), QStringLiteral("CN¥") },
        { QStringLiteral("INR"), QStringLiteral("₹") },
        { QStringLiteral("KRW"), QStringLiteral("₩") },
        { QStringLiteral("ILS"), QStringLiteral("₪") },
        { QStringLiteral("VND"), QStringLiteral("₫") },
        { QStringLiteral("CAD"), QStringLiteral("CA$") },
        { QStringLiteral("AUD"), QStringLiteral("A$") },
        { QStringLiteral("NZD"), QStringLiteral("NZ$") },
        { QStringLiteral("HKD"), QStringLiteral("HK$") },
        { QStringLiteral("MXN"), QStringLiteral("MX$") },
        { QStringLiteral("BRL"), QStringLiteral("R$") },
        { QStringLiteral("TWD"), QStringLiteral("NT$") },
    };
    return symbols;
}

// The key with the highest count among those `accept` takes (ties: the first in text order).
template<typename Accept> QString mostUsed(const QHash<QString, int> &counts, Accept accept)
{
    QString best;
    int bestCount = 0;
    for (auto it = counts.cbegin(); it != counts.cend(); ++it) {
        if (accept(it.key())
            && (it.value() > bestCount || (it.value() == bestCount && it.key() < best))) {
            best = it.key();
            bestCount = it.value();
        }
    }
    return best;
}

// What Qt's locale data says about currencies: which symbols each script's locales use for a
// code, which code a symbol stands for most often, and which codes exist at all.
struct LocaleCurrencyData
{
    QHash<QString, QHash<QString, int>> perScriptCode; // "script/code" -> symbol -> locales
    QHash<QString, QString> owner; // symbol -> the code using it most
    QHash<QString, int> codes; // code -> locales using it

    static QString key(QLocale::Script script, const QString &code)
    {
        return QString::number(int(script)) + QLatin1Char('/') + code;
    }
};

const LocaleCurrencyData &localeCurrencyData()
{
    static const LocaleCurrencyData data = [] {
        LocaleCurrencyData d;
        QHash<QString, QHash<QString, int>> usesBySymbol;
        const auto locales = QLocale::matchingLocales(QLocale::AnyLanguage, QLocale::AnyScript,
                                                      QLocale::AnyTerritory);
        for (const QLocale &l : locales) {
            const QString iso = l.currencySymbol(QLocale::CurrencyIsoCode);
            const QString sym = l.currencySymbol(QLocale::CurrencySymbol);
            if (iso.isEmpty())
                continue;
            d.codes[iso]++;
            if (sym.isEmpty())
                continue;
            d.perScriptCode[LocaleCurrencyData::key(l.script(), iso)][sym]++;
            usesBySymbol[sym][iso]++;
        }
        for (auto it = usesBySymbol.cbegin(); it != usesBySymbol.cend(); ++it)
            d.owner.insert(it.key(), mostUsed(*it, [](const QString &) { return true; }));
        return d;
    }();
    return data;
}

// For other currencies: the symbol the locales of a script use most for the code, provided
// that symbol does not stand for another currency more often (so "kr" is SEK, not NOK).
QString symbolFromLocaleData(const QString &code, QLocale::Script script)
{
    const LocaleCurrencyData &data = localeCurrencyData();
    return mostUsed(data.perScriptCode.value(LocaleCurrencyData::key(script, code)),
                    [&](const QString &sym) { return data.owner.value(sym) == code; });
}

bool isKnownCurrency(const QString &code)
{
    return isValidCurrencyCode(code)
        && (localeCurrencyData().codes.contains(code) || internationalSymbols().contains(code));
}

// Digits 0-9 as the locale writes them (Arabic-Indic digits in Arabic locales, for example).
QString localDigits(const QString &asciiDigits, const QLocale &locale)
{
    const QString zero = locale.zeroDigit();
    if (zero == QLatin1String("0"))
        return asciiDigits;
    QString out;
    for (QChar c : asciiDigits)
        out += locale.toString(c.digitValue());
    return out;
}

// The digit value of a character, accepting ASCII and the locale's own digits; -1 otherwise.
int digitValue(QChar c, const QLocale &locale)
{
    if (c >= QLatin1Char('0') && c <= QLatin1Char('9'))
        return c.unicode() - '0';
    const QString zero = locale.zeroDigit();
    if (zero.size() == 1 && c.unicode() >= zero.at(0).unicode()
        && c.unicode() <= zero.at(0).unicode() + 9)
        return c.unicode() - zero.at(0).unicode();
    return -1;
}

// The grouped number without sign: "1 234,50".
QString formatMagnitude(quint64 abs, int digits, const QLocale &locale)
{
    const quint64 scale = powerOfTen(digits);
    QString text = locale.toString(qulonglong(abs / scale));
    if (digits > 0) {
        const QString fraction
            = QString::number(abs % scale).rightJustified(digits, QLatin1Char('0'));
        text += locale.decimalPoint() + localDigits(fraction, locale);
    }
    return text;
}

bool isSpaceSeparator(QChar c)
{
    return c == QLatin1Char(' ') || c == QChar(0x00A0) || c == QChar(0x202F) || c == QChar(0x2009)
        || c == QLatin1Char('\'') || c == QChar(0x2019);
}

} // namespace

int minorDigits(const QString &currency)
{
    static const QHash<QString, int> digits = {
        { QStringLiteral("BIF"), 0 }, { QStringLiteral("CLP"), 0 }, { QStringLiteral("DJF"), 0 },
        { QStringLiteral("GNF"), 0 }, { QStringLiteral("ISK"), 0 }, { QStringLiteral("JPY"), 0 },
        { QStringLiteral("KMF"), 0 }, { QStringLiteral("KRW"), 0 }, { QStringLiteral("PYG"), 0 },
        { QStringLiteral("RWF"), 0 }, { QStringLiteral("UGX"), 0 }, { QStringLiteral("UYI"), 0 },
        { QStringLiteral("VND"), 0 }, { QStringLiteral("VUV"), 0 }, { QStringLiteral("XAF"), 0 },
        { QStringLiteral("XOF"), 0 }, { QStringLiteral("XPF"), 0 }, { QStringLiteral("BHD"), 3 },
        { QStringLiteral("IQD"), 3 }, { QStringLiteral("JOD"), 3 }, { QStringLiteral("KWD"), 3 },
        { QStringLiteral("LYD"), 3 }, { QStringLiteral("OMR"), 3 }, { QStringLiteral("TND"), 3 },
        { QStringLiteral("CLF"), 4 }, { QStringLiteral("UYW"), 4 },
    };
    return digits.value(currency.toUpper(), 2);
}

bool isValidCurrencyCode(const QString &code)
{
    if (code.size() != 3)
        return false;
    for (QChar c : code) {
        if (c < QLatin1Char('A') || c > QLatin1Char('Z'))
            return false;
    }
    return true;
}

QString toDecimalString(qint64 minor, const QString &currency)
{
    const int digits = minorDigits(currency);
    const quint64 scale = powerOfTen(digits);
    const quint64 abs = magnitude(minor);
    QString text = QString::number(abs / scale);
    if (digits > 0)
        text += QLatin1Char('.')
            + QString::number(abs % scale).rightJustified(digits, QLatin1Char('0'));
    return minor < 0 ? QLatin1Char('-') + text : text;
}

QString formatNumber(qint64 minor, const QString &currency, const QLocale &locale)
{
    const QString text = formatMagnitude(magnitude(minor), minorDigits(currency), locale);
    return minor < 0 ? locale.negativeSign() + text : text;
}

QString symbol(const QString &currency, const QLocale &locale)
{
    const QString code = currency.toUpper();
    if (locale.currencySymbol(QLocale::CurrencyIsoCode) == code) {
        const QString own = locale.currencySymbol(QLocale::CurrencySymbol);
        if (!own.isEmpty())
            return own;
    }
    if (const auto it = internationalSymbols().constFind(code); it != internationalSymbols().cend())
        return *it;
    // The C locale has no script; its text is Latin.
    const QLocale::Script script
        = locale.script() == QLocale::AnyScript ? QLocale::LatinScript : locale.script();
    const QString fromData = symbolFromLocaleData(code, script);
    return fromData.isEmpty() ? code : fromData;
}

QString format(qint64 minor, const QString &currency, const QLocale &locale)
{
    // Learn where the locale puts the symbol (and which space it uses) from its own pattern,
    // with a private-use placeholder standing for the symbol, then put the exact number in
    // place of the "1".
    const QChar placeholder(0xE000);
    const QString pattern = locale.toCurrencyString(qlonglong(1), QString(placeholder));
    const QString one = locale.toString(qlonglong(1));
    const qsizetype symbolAt = pattern.indexOf(placeholder);
    const qsizetype oneAt = pattern.indexOf(one);
    const QString absNumber = formatMagnitude(magnitude(minor), minorDigits(currency), locale);
    const QString sym = symbol(currency, locale);
    if (symbolAt < 0 || oneAt < 0)
        return (minor < 0 ? locale.negativeSign() : QString()) + absNumber + QChar(0x00A0) + sym;

    QString left = pattern.left(oneAt);
    QString right = pattern.mid(oneAt + one.size());
    // CLDR currency spacing: a symbol ending (or starting) with a letter never touches the
    // digits ("CHF 12", not "CHF12"), even where the locale writes "$12".
    if (symbolAt < oneAt && left.endsWith(placeholder) && sym.back().isLetter())
        left += QChar(0x00A0);
    if (symbolAt > oneAt && right.startsWith(placeholder) && sym.front().isLetter())
        right.prepend(QChar(0x00A0));
    left.replace(placeholder, sym);
    right.replace(placeholder, sym);
    // Qt 6.4 writes negative money in the accounting style "(1 234,50 €)"; a sign in front of
    // the amount is what people expect in a list of deals ("-1 234,50 €", "-€1,234.50").
    return (minor < 0 ? locale.negativeSign() : QString()) + left + absNumber + right;
}

// ---- parsing ------------------------------------------------------------------------------

namespace {

// After the sign and the currency are taken off, the number is rewritten with these tokens.
constexpr QChar GroupToken(u' '); // certainly a group separator (spaces, the locale's own)
constexpr QChar DecimalToken(u'd'); // certainly the decimal mark (the locale's own, not . or ,)

enum class Grouping { None, Valid, Invalid };

// Digits grouped by three after a first group of one to three digits, with one kind of
// separator ("1 234 567", "1,234", "12.345.678"); no separator at all is fine too.
Grouping checkGrouping(const QString &integerPart)
{
    QChar separator;
    qsizetype groupLength = 0;
    bool first = true;
    bool any = false;
    for (QChar c : integerPart) {
        if (c.isDigit()) {
            ++groupLength;
            continue;
        }
        if (any && c != separator)
            return Grouping::Invalid;
        separator = c;
        any = true;
        if (first ? (groupLength < 1 || groupLength > 3) : groupLength != 3)
            return Grouping::Invalid;
        first = false;
        groupLength = 0;
    }
    if (!any)
        return Grouping::None;
    return groupLength == 3 ? Grouping::Valid : Grouping::Invalid;
}

} // namespace

Result<qint64> parse(const QString &text, const QString &currency, const QLocale &locale)
{
    const QString code = currency.toUpper();
    const int digits = minorDigits(code);
    const auto refuse = [&text](const char *message) {
        return Error::invalid(translated(message).arg(quoted(text)));
    };

    QString s = text.trimmed(); // also takes off U+00A0 and U+202F, which are spaces to QChar
    if (s.isEmpty())
        return refuse(QT_TRANSLATE_NOOP("Money", "%1 is not an amount: nothing was entered."));

    bool negative = false;
    bool signTwice = false;
    const auto takeSign = [&] {
        for (const QString &minus :
             { QStringLiteral("-"), QStringLiteral("\u2212"), locale.negativeSign() }) {
            if (!minus.isEmpty() && s.startsWith(minus)) {
                signTwice = signTwice || negative;
                negative = true;
                s = s.mid(minus.size()).trimmed();
                return;
            }
        }
        if (s.startsWith(QLatin1Char('+')))
            s = s.mid(1).trimmed();
    };
    if (s.size() >= 2 && s.startsWith(QLatin1Char('(')) && s.endsWith(QLatin1Char(')'))) {
        negative = true;
        s = s.mid(1, s.size() - 2).trimmed();
    }
    takeSign();

    // The currency, by code or symbol, before or after the number (longest first: "CA$").
    QStringList names = { code, symbol(code, locale) };
    if (locale.currencySymbol(QLocale::CurrencyIsoCode) == code)
        names << locale.currencySymbol(QLocale::CurrencySymbol);
    std::sort(names.begin(), names.end(),
              [](const QString &a, const QString &b) { return a.size() > b.size(); });
    for (const QString &name : std::as_const(names)) {
        if (name.isEmpty())
            continue;
        if (s.startsWith(name, Qt::CaseInsensitive)) {
            s = s.mid(name.size()).trimmed();
            break;
        }
        if (s.endsWith(name, Qt::CaseInsensitive)) {
            s.chop(name.size());
            s = s.trimmed();
            break;
        }
    }
    takeSign(); // "€-12"
    if (signTwice)
        return refuse(
            QT_TRANSLATE_NOOP("Money", "%1 is not an amount: it has more than one sign."));

    // Normalise to ASCII digits, '.', ',' and the two certain tokens.
    const QString localDecimal = locale.decimalPoint();
    const QString localGroup = locale.groupSeparator();
    QString number;
    for (qsizetype i = 0; i < s.size(); ++i) {
        const QChar c = s.at(i);
        if (const int d = digitValue(c, locale); d >= 0)
            number += QChar(u'0' + d);
        else if (c == QLatin1Char('.') || c == QLatin1Char(','))
            number += c;
        else if (isSpaceSeparator(c))
            number += GroupToken;
        else if (!localGroup.isEmpty() && QStringView(s).mid(i).startsWith(localGroup)) {
            number += GroupToken;
            i += localGroup.size() - 1;
        } else if (!localDecimal.isEmpty() && QStringView(s).mid(i).startsWith(localDecimal)) {
            number += DecimalToken;
            i += localDecimal.size() - 1;
        } else {
            // Say what is wrong: another currency, or a stray character.
            const QString word = s.mid(i, 3).toUpper();
            const QString trailing = s.right(3).toUpper();
            for (const QString &other : { word, trailing }) {
                if (other != code && isKnownCurrency(other)) {
                    return Error::invalid(
                        QCoreApplication::translate("Money", "%1 is in %2, not in %3.")
                            .arg(quoted(text), other, code));
                }
            }
            for (auto it = internationalSymbols().cbegin(); it != internationalSymbols().cend();
                 ++it) {
                if (it.key() != code && (s.startsWith(*it) || s.endsWith(*it)))
                    return Error::invalid(
                        QCoreApplication::translate("Money", "%1 is in %2, not in %3.")
                            .arg(quoted(text), it.key(), code));
            }
            return Error::invalid(
                QCoreApplication::translate("Money", "%1 is not an amount: it contains %2.")
                    .arg(quoted(text), quoted(QString(c))));
        }
    }
    if (!std::any_of(number.cbegin(), number.cend(), [](QChar c) { return c.isDigit(); }))
        return refuse(QT_TRANSLATE_NOOP("Money", "%1 is not an amount: it has no digits."));

    // Which mark, if any, is the decimal mark.
    qsizetype decimalAt = -1;
    const qsizetype lastComma = number.lastIndexOf(QLatin1Char(','));
    const qsizetype lastDot = number.lastIndexOf(QLatin1Char('.'));
    if (number.count(DecimalToken) > 1)
        return refuse(
            QT_TRANSLATE_NOOP("Money", "%1 is not an amount: its separators are misplaced."));
    if (number.contains(DecimalToken)) {
        decimalAt = number.indexOf(DecimalToken);
    } else if (lastComma >= 0 && lastDot >= 0) {
        // Both marks: the last one is the decimal mark ("1.234,50", "1,234.50").
        decimalAt = std::max(lastComma, lastDot);
        if (number.count(number.at(decimalAt)) > 1)
            return refuse(
                QT_TRANSLATE_NOOP("Money", "%1 is not an amount: its separators are misplaced."));
    } else if (lastComma >= 0 || lastDot >= 0) {
        const qsizetype at = std::max(lastComma, lastDot);
        const QChar mark = number.at(at);
        const QString after = number.mid(at + 1);
        const bool onlyDigitsAfter
            = std::all_of(after.cbegin(), after.cend(), [](QChar c) { return c.isDigit(); });
        if (number.count(mark) > 1 || !onlyDigitsAfter) {
            decimalAt = -1; // "1,234,567": grouping
        } else if (after.size() != 3 || checkGrouping(number) == Grouping::Invalid) {
            decimalAt = at; // "1234,5", "12.50", "1234.567": cannot be grouping
        } else if (localDecimal == QString(mark)) {
            decimalAt = at; // French "1,234" is 1.234 (and refused below when EUR)
        } else if (localDecimal == QLatin1String(",") || localDecimal == QLatin1String(".")) {
            decimalAt = -1; // French "1.234" is 1234; English "1,234" is 1234
        } else {
            return Error::invalid(
                QCoreApplication::translate(
                    "Money",
                    "%1 is ambiguous: %2 could be a decimal mark or a thousands separator. "
                    "Write the amount without thousands separators.")
                    .arg(quoted(text), quoted(QString(mark))));
        }
    }

    const QString integerPart = decimalAt < 0 ? number : number.left(decimalAt);
    const QString fraction = decimalAt < 0 ? QString() : number.mid(decimalAt + 1);
    if (!std::all_of(fraction.cbegin(), fraction.cend(), [](QChar c) { return c.isDigit(); })
        || checkGrouping(integerPart) == Grouping::Invalid)
        return refuse(
            QT_TRANSLATE_NOOP("Money", "%1 is not an amount: its separators are misplaced."));
    if (fraction.size() > digits) {
        if (digits == 0)
            return Error::invalid(
                QCoreApplication::translate("Money", "%1 has decimals, but %2 amounts have none.")
                    .arg(quoted(text), code));
        const QString mark = decimalAt >= 0 && number.at(decimalAt) != DecimalToken
            ? QString(number.at(decimalAt))
            : localDecimal;
        return Error::invalid(
            QCoreApplication::translate(
                "Money",
                "%1 has too many decimals: %2 amounts have at most %3 after the decimal mark %4.")
                .arg(quoted(text), code, QString::number(digits), quoted(mark)));
    }

    // Exact accumulation with an overflow check before every step.
    const quint64 limit = quint64(std::numeric_limits<qint64>::max());
    quint64 value = 0;
    const QString allDigits = integerPart + fraction.leftJustified(digits, QLatin1Char('0'));
    for (QChar c : allDigits) {
        if (!c.isDigit())
            continue;
        const quint64 d = quint64(c.unicode() - '0');
        if (value > (limit - d) / 10)
            return refuse(QT_TRANSLATE_NOOP("Money", "%1 is too large for an amount."));
        value = value * 10 + d;
    }
    return negative ? -qint64(value) : qint64(value);
}

} // namespace comptoir::money
