// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer target for the value parsers of the import (amounts, numbers, percentages, dates),
// under ASan/UBSan (scripts/fuzz values). Besides crashes and undefined behaviour it checks what
// a value must satisfy once read: a number written back plainly reads the same, an amount names
// a currency of three capitals, a date is a real date that reads the same written back in its
// order, and every refusal says why.
#include "csv/dates.h"
#include "csv/values.h"

#include <QDate>
#include <cstdio>
#include <cstdlib>

using namespace comptoir::csv;

namespace {

void check(bool condition, const char *what)
{
    if (!condition) {
        fprintf(stderr, "property broken: %s\n", what);
        abort();
    }
}

// `value` scaled by 10^decimals, written with the format's decimal mark and no grouping.
QString plain(qint64 value, int decimals, QChar mark)
{
    const bool negative = value < 0;
    // The magnitude as unsigned: -2^63 has no positive qint64.
    quint64 magnitude = negative ? quint64(0) - quint64(value) : quint64(value);
    QString digits = QString::number(magnitude).rightJustified(decimals + 1, u'0');
    if (decimals > 0)
        digits.insert(digits.size() - decimals, mark);
    return negative ? QStringLiteral("-") + digits : digits;
}

QString twoDigits(int n)
{
    return QString::number(n).rightJustified(2, u'0');
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 1)
        return 0;
    // The first byte chooses the number format and decimals; the rest is one value in UTF-8.
    const uint8_t options = data[0];
    const QString text = QString::fromUtf8(reinterpret_cast<const char *>(data + 1), qsizetype(size - 1));
    static const NumberFormat formats[]
        = { NumberFormat::french(), NumberFormat::english(), { u',', u'.' }, { u'.', u'\'' } };
    const NumberFormat format = formats[options & 3];
    const int decimals = (options >> 2) % 5;

    if (auto scaled = parseScaled(text, format, decimals)) {
        auto again = parseScaled(plain(*scaled, decimals, format.decimalMark), format, decimals);
        check(again && *again == *scaled, "a number written back plainly reads differently");
    } else {
        check(!scaled.error().message.isEmpty(), "a refused number without a reason");
    }

    static const QString defaults[] = { QStringLiteral("EUR"), QStringLiteral("USD"), QStringLiteral("JPY"),
                                        QStringLiteral("CAD") };
    if (auto amount = parseAmount(text, format, defaults[(options >> 5) & 3])) {
        check(amount->currency.size() == 3 && amount->currency == amount->currency.toUpper(),
              "an amount without a currency code");
        check(amount->currencyWritten || amount->currency == defaults[(options >> 5) & 3],
              "an amount changed currency without naming one");
    } else {
        check(!amount.error().message.isEmpty(), "a refused amount without a reason");
    }

    if (auto percent = parsePercent(text, format)) {
        // A percentage is hundredths: without its % signs (before or after the number), the
        // text reads as the same number with two decimals, when it reads at all.
        QString bare = text;
        bare.remove(u'%');
        auto scaled = parseScaled(bare.trimmed(), format, 2);
        check(!scaled || *scaled == *percent, "a percentage and its number disagree");
        check(text.contains(u'%') || scaled, "a percentage without % that is not a number");
    }

    for (DateOrder order : { DateOrder::Dmy, DateOrder::Mdy, DateOrder::Ymd }) {
        auto value = parseDateTime(text, order);
        if (!value) {
            check(!value.error().message.isEmpty(), "a refused date without a reason");
            continue;
        }
        check(value->date.isValid(), "an invalid date accepted");
        check(!value->time || value->time->isValid(), "an invalid time accepted");
        check(!value->utcOffsetSeconds || std::abs(*value->utcOffsetSeconds) <= 24 * 3600, "an offset past a day");
        const QDate d = value->date;
        if (d.year() >= 1000 && d.year() <= 9999) {
            const QString y = QString::number(d.year()), m = twoDigits(d.month()), day = twoDigits(d.day());
            const QString written = order == DateOrder::Dmy ? day + u'/' + m + u'/' + y
                                  : order == DateOrder::Mdy ? m + u'/' + day + u'/' + y
                                                            : y + u'-' + m + u'-' + day;
            auto again = parseDate(written, order);
            check(again && *again == d, "a date written back in its order reads differently");
        }
        auto dateOnly = parseDate(text, order);
        check(dateOnly && *dateOnly == d, "parseDate and parseDateTime disagree");
    }
    return 0;
}
