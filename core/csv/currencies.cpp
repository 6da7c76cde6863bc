// SPDX-License-Identifier: GPL-3.0-or-later
#include "csv/currencies_p.h"

#include <QHash>
#include <QLocale>
#include <QSet>

namespace comptoir::csv {
namespace {

// Signs and words that name one currency wherever they are written.
const QHash<QString, QString> &fixedTokens()
{
    static const QHash<QString, QString> tokens = {
        { QStringLiteral("€"), QStringLiteral("EUR") },
        { QStringLiteral("£"), QStringLiteral("GBP") },
        { QStringLiteral("₹"), QStringLiteral("INR") },
        { QStringLiteral("₩"), QStringLiteral("KRW") },
        { QStringLiteral("₪"), QStringLiteral("ILS") },
        { QStringLiteral("₫"), QStringLiteral("VND") },
        { QStringLiteral("₽"), QStringLiteral("RUB") },
        { QStringLiteral("₺"), QStringLiteral("TRY") },
        { QStringLiteral("₴"), QStringLiteral("UAH") },
        { QStringLiteral("₦"), QStringLiteral("NGN") },
        { QStringLiteral("฿"), QStringLiteral("THB") },
        { QStringLiteral("₱"), QStringLiteral("PHP") },
        { QStringLiteral("US$"), QStringLiteral("USD") },
        { QStringLiteral("CA$"), QStringLiteral("CAD") },
        { QStringLiteral("C$"), QStringLiteral("CAD") },
        { QStringLiteral("A$"), QStringLiteral("AUD") },
        { QStringLiteral("AU$"), QStringLiteral("AUD") },
        { QStringLiteral("NZ$"), QStringLiteral("NZD") },
        { QStringLiteral("HK$"), QStringLiteral("HKD") },
        { QStringLiteral("S$"), QStringLiteral("SGD") },
        { QStringLiteral("MX$"), QStringLiteral("MXN") },
        { QStringLiteral("R$"), QStringLiteral("BRL") },
        { QStringLiteral("NT$"), QStringLiteral("TWD") },
        { QStringLiteral("CN¥"), QStringLiteral("CNY") },
        { QStringLiteral("Fr."), QStringLiteral("CHF") },
        { QStringLiteral("Fr"), QStringLiteral("CHF") },
        { QStringLiteral("zł"), QStringLiteral("PLN") },
        { QStringLiteral("Kč"), QStringLiteral("CZK") },
        { QStringLiteral("Ft"), QStringLiteral("HUF") },
        { QStringLiteral("lei"), QStringLiteral("RON") },
    };
    return tokens;
}

// Signs several currencies share: the default currency when it is one of them, else the first.
const QHash<QString, QStringList> &sharedTokens()
{
    static const QHash<QString, QStringList> tokens = {
        { QStringLiteral("$"),
          { QStringLiteral("USD"), QStringLiteral("CAD"), QStringLiteral("AUD"),
            QStringLiteral("NZD"), QStringLiteral("HKD"), QStringLiteral("SGD"),
            QStringLiteral("MXN"), QStringLiteral("ARS"), QStringLiteral("CLP"),
            QStringLiteral("COP"), QStringLiteral("TWD") } },
        { QStringLiteral("¥"), { QStringLiteral("JPY"), QStringLiteral("CNY") } },
        { QStringLiteral("kr"),
          { QStringLiteral("SEK"), QStringLiteral("NOK"), QStringLiteral("DKK"),
            QStringLiteral("ISK") } },
        { QStringLiteral("kr."),
          { QStringLiteral("DKK"), QStringLiteral("SEK"), QStringLiteral("NOK"),
            QStringLiteral("ISK") } },
    };
    return tokens;
}

// The ISO 4217 codes some locale uses, from Qt's copy of CLDR.
const QSet<QString> &knownCodes()
{
    static const QSet<QString> codes = [] {
        QSet<QString> set;
        const auto locales = QLocale::matchingLocales(QLocale::AnyLanguage, QLocale::AnyScript,
                                                      QLocale::AnyTerritory);
        for (const QLocale &l : locales) {
            const QString code = l.currencySymbol(QLocale::CurrencyIsoCode);
            if (code.size() == 3)
                set.insert(code);
        }
        for (const auto &code : fixedTokens())
            set.insert(code);
        return set;
    }();
    return codes;
}

bool isCurrencySign(QChar c)
{
    return c.category() == QChar::Symbol_Currency;
}

bool isWordToken(QStringView word)
{
    if (fixedTokens().contains(word.toString()) || sharedTokens().contains(word.toString()))
        return true;
    if (word.size() != 3)
        return false;
    for (QChar c : word) {
        if (!((c >= u'A' && c <= u'Z') || (c >= u'a' && c <= u'z')))
            return false;
    }
    return true;
}

} // namespace

qsizetype currencyTokenAtStart(QStringView text)
{
    if (text.isEmpty())
        return 0;
    if (isCurrencySign(text.front()))
        return 1;
    qsizetype n = 0;
    while (n < text.size() && text.at(n).isLetter())
        ++n;
    if (n == 0)
        return 0;
    if (n < text.size() && (isCurrencySign(text.at(n)) || text.at(n) == u'.')
        && fixedTokens().contains(text.first(n + 1).toString()))
        return n + 1; // "US$", "CN¥", "Fr."
    if (n < text.size() && text.at(n) == u'.'
        && sharedTokens().contains(text.first(n + 1).toString()))
        return n + 1; // "kr."
    return isWordToken(text.first(n)) ? n : 0;
}

qsizetype currencyTokenAtEnd(QStringView text)
{
    if (text.isEmpty())
        return 0;
    const qsizetype size = text.size();
    qsizetype end = size;
    if (isCurrencySign(text.back()) || text.back() == u'.')
        --end;
    qsizetype start = end;
    while (start > 0 && text.at(start - 1).isLetter())
        --start;
    if (end < size) {
        // a sign, maybe with letters glued in front ("US$"), or a word ending with a dot
        const QStringView withLetters = text.sliced(start);
        if (start < end
            && (fixedTokens().contains(withLetters.toString())
                || sharedTokens().contains(withLetters.toString())))
            return size - start;
        return text.back() == u'.' ? 0 : 1;
    }
    return start < end && isWordToken(text.sliced(start)) ? size - start : 0;
}

QString currencyCode(QStringView token, const QString &defaultCurrency)
{
    const QString key = token.toString();
    if (auto it = fixedTokens().constFind(key); it != fixedTokens().constEnd())
        return *it;
    if (auto it = sharedTokens().constFind(key); it != sharedTokens().constEnd()) {
        if (it->contains(defaultCurrency))
            return defaultCurrency;
        // "$" alone is the US dollar and "¥" the yen the world over; "kr" is not one crown.
        return key.startsWith(QLatin1String("kr")) ? QString() : it->first();
    }
    const QString code = key.toUpper();
    return code.size() == 3 && knownCodes().contains(code) ? code : QString();
}

} // namespace comptoir::csv
