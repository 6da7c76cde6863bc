// SPDX-License-Identifier: GPL-3.0-or-later
#include "csv/dates.h"

#include "csv/text_p.h"

#include <QLocale>

namespace comptoir::csv {
namespace {

QString quoted(QStringView text)
{
    return QLatin1Char('"') + text.toString() + QLatin1Char('"');
}

bool isDigit(QChar c)
{
    return c >= u'0' && c <= u'9';
}

bool allDigits(QStringView s)
{
    if (s.isEmpty())
        return false;
    for (QChar c : s) {
        if (!isDigit(c))
            return false;
    }
    return true;
}

int number(QStringView s)
{
    int n = 0;
    for (QChar c : s)
        n = n * 10 + (c.unicode() - u'0');
    return n;
}

QStringView trimmed(QStringView s)
{
    while (!s.isEmpty() && (s.front().isSpace()))
        s = s.sliced(1);
    while (!s.isEmpty() && (s.back().isSpace()))
        s.chop(1);
    return s;
}

// A small cursor for the time part.
struct Cursor
{
    QStringView s;
    qsizetype i = 0;
    bool atEnd() const { return i >= s.size(); }
    QChar peek() const { return atEnd() ? QChar() : s.at(i); }
    void skipSpaces()
    {
        while (!atEnd() && s.at(i).isSpace())
            ++i;
    }
    // Exactly n digits, or -1.
    int digits(int n)
    {
        if (i + n > s.size() || !allDigits(s.sliced(i, n)))
            return -1;
        const int v = number(s.sliced(i, n));
        i += n;
        return v;
    }
    // One or two digits, or -1.
    int shortNumber()
    {
        if (atEnd() || !isDigit(peek()))
            return -1;
        int v = s.at(i++).unicode() - u'0';
        if (!atEnd() && isDigit(peek()))
            v = v * 10 + (s.at(i++).unicode() - u'0');
        return v;
    }
    bool take(QLatin1StringView word)
    {
        if (s.sliced(i).startsWith(word, Qt::CaseInsensitive)) {
            i += word.size();
            return true;
        }
        return false;
    }
};

// The time and offset after the date; false when the text is not one.
bool parseTime(QStringView text, DateTimeValue &value)
{
    Cursor c { text };
    int hour, minute, second = 0, ms = 0;
    if ((hour = c.shortNumber()) < 0)
        return false;
    if (c.peek() == u':') {
        ++c.i;
        if ((minute = c.digits(2)) < 0)
            return false;
        if (c.peek() == u':') {
            ++c.i;
            if ((second = c.digits(2)) < 0)
                return false;
        }
    } else {
        // basic ISO form: HHMM or HHMMSS
        c.i = 0;
        if ((hour = c.digits(2)) < 0 || (minute = c.digits(2)) < 0)
            return false;
        if (isDigit(c.peek()) && (second = c.digits(2)) < 0)
            return false;
    }
    if (c.peek() == u'.' || c.peek() == u',') {
        ++c.i;
        int n = 0;
        while (!c.atEnd() && isDigit(c.peek())) {
            if (n < 3)
                ms = ms * 10 + (c.peek().unicode() - u'0');
            ++n;
            ++c.i;
        }
        if (n == 0)
            return false;
        for (; n < 3; ++n)
            ms *= 10;
    }
    c.skipSpaces();
    if (c.take(QLatin1StringView("AM")) || c.take(QLatin1StringView("PM"))) {
        const bool pm = c.s.at(c.i - 2).toUpper() == u'P';
        if (hour < 1 || hour > 12)
            return false;
        hour = (hour % 12) + (pm ? 12 : 0);
        c.skipSpaces();
    }
    if (c.take(QLatin1StringView("Z")) || c.take(QLatin1StringView("UTC"))
        || c.take(QLatin1StringView("GMT"))) {
        value.utcOffsetSeconds = 0;
    }
    if (c.peek() == u'+' || c.peek() == u'-') {
        const int sign = c.peek() == u'-' ? -1 : 1;
        ++c.i;
        const int oh = c.digits(2);
        if (oh < 0 || oh > 14)
            return false;
        int om = 0;
        if (c.peek() == u':')
            ++c.i;
        if (!c.atEnd() && (om = c.digits(2)) < 0)
            return false;
        value.utcOffsetSeconds = sign * (oh * 3600 + om * 60);
    }
    if (!c.atEnd())
        return false;
    const QTime time(hour, minute, qMin(second, 59), ms);
    if (!time.isValid() || second > 60)
        return false;
    value.time = time;
    return true;
}

QString monthName(int month)
{
    return QLocale().monthName(month, QLocale::LongFormat);
}

} // namespace

QString dateOrderKey(DateOrder order)
{
    switch (order) {
    case DateOrder::Dmy:
        return QStringLiteral("dmy");
    case DateOrder::Mdy:
        return QStringLiteral("mdy");
    case DateOrder::Ymd:
        return QStringLiteral("ymd");
    }
    return {};
}

std::optional<DateOrder> dateOrderFromKey(QStringView key)
{
    for (DateOrder o : { DateOrder::Dmy, DateOrder::Mdy, DateOrder::Ymd }) {
        if (key.compare(dateOrderKey(o), Qt::CaseInsensitive) == 0)
            return o;
    }
    return std::nullopt;
}

QString dateOrderName(DateOrder order)
{
    switch (order) {
    case DateOrder::Dmy:
        return Csv::tr("day/month/year");
    case DateOrder::Mdy:
        return Csv::tr("month/day/year");
    case DateOrder::Ymd:
        return Csv::tr("year/month/day");
    }
    return {};
}

Result<DateTimeValue> parseDateTime(QStringView text, DateOrder order)
{
    const QStringView s = trimmed(text);
    auto invalid = [&](const QString &why) { return Error::invalid(why.arg(quoted(text))); };
    if (s.isEmpty())
        return invalid(Csv::tr("%1 is not a date."));

    // The date ends at the first space, or at a T between digits (ISO 8601).
    qsizetype cut = 0;
    while (cut < s.size() && !s.at(cut).isSpace()
           && !((s.at(cut) == u'T' || s.at(cut) == u't') && cut > 0 && isDigit(s.at(cut - 1))))
        ++cut;
    const QStringView datePart = s.first(cut);
    const QStringView timePart = cut < s.size() ? trimmed(s.sliced(cut + 1)) : QStringView();

    int year = 0, month = 0, day = 0;
    if (datePart.size() == 8 && allDigits(datePart)) {
        year = number(datePart.first(4));
        month = number(datePart.sliced(4, 2));
        day = number(datePart.sliced(6, 2));
    } else {
        qsizetype first = 0;
        while (first < datePart.size() && isDigit(datePart.at(first)))
            ++first;
        if (first == 0 || first == datePart.size())
            return invalid(Csv::tr("%1 is not a date."));
        const QChar sep = datePart.at(first);
        if (sep != u'/' && sep != u'-' && sep != u'.')
            return invalid(Csv::tr("%1 is not a date."));
        const QList<QStringView> parts = datePart.split(sep);
        if (parts.size() != 3 || !allDigits(parts[0]) || !allDigits(parts[1])
            || !allDigits(parts[2]))
            return invalid(Csv::tr("%1 is not a date."));
        QStringView y, m, d;
        if (parts[0].size() == 4) {
            y = parts[0], m = parts[1], d = parts[2]; // year first with four digits: ISO order
        } else if (order == DateOrder::Ymd) {
            return invalid(Csv::tr("%1 is not a year/month/day date (the year comes first, with "
                                   "four digits)."));
        } else if (order == DateOrder::Dmy) {
            d = parts[0], m = parts[1], y = parts[2];
        } else {
            m = parts[0], d = parts[1], y = parts[2];
        }
        if (d.size() > 2 || m.size() > 2 || (y.size() != 4 && y.size() != 2))
            return invalid(Csv::tr("%1 is not a date in the order %2.")
                               .arg(QStringLiteral("%1"), dateOrderName(order)));
        year = number(y);
        if (y.size() == 2)
            year += year < 70 ? 2000 : 1900;
        month = number(m);
        day = number(d);
    }
    if (month < 1 || month > 12)
        return invalid(Csv::tr("%1 is not a valid date: there is no month %2.")
                           .arg(QStringLiteral("%1"), QString::number(month)));
    const int days = QDate(year, month, 1).daysInMonth();
    if (day < 1 || day > days || year < 1)
        return invalid(Csv::tr("%1 is not a valid date: %2 %3 has %4 days.")
                           .arg(QStringLiteral("%1"), monthName(month), QString::number(year),
                                QString::number(days)));
    DateTimeValue value;
    value.date = QDate(year, month, day);
    if (!timePart.isEmpty() && !parseTime(timePart, value))
        return invalid(Csv::tr("%1 is not a date, or its time is not valid."));
    return value;
}

Result<QDate> parseDate(QStringView text, DateOrder order)
{
    auto value = parseDateTime(text, order);
    if (!value)
        return value.error();
    return value->date;
}

} // namespace comptoir::csv
