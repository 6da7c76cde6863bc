// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "result.h"

#include <QDate>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringView>
#include <QTime>
#include <array>
#include <optional>

namespace comptoir::csv {

// The order of day, month and year in dates such as 03/04/2024. Chosen in the wizard (with
// the help of DateOrderGuesser), never guessed value by value.
enum class DateOrder { Dmy, Mdy, Ymd };

// "dmy", "mdy", "ymd" (for the command line and saved profiles) and back.
QString dateOrderKey(DateOrder order);
std::optional<DateOrder> dateOrderFromKey(QStringView key);
// "day/month/year", ... for a person.
QString dateOrderName(DateOrder order);

// A date, with the time and UTC offset when the text gives them.
struct DateTimeValue
{
    QDate date;
    std::optional<QTime> time;
    std::optional<int> utcOffsetSeconds; // "Z" is 0, "+02:00" is 7200
};

// Reads a date in the given order with / - or . between its parts, a day and month of one or
// two digits and a year of four or two (00-69 are 2000-2069, 70-99 are 1970-1999). Always
// accepted whatever the order: ISO YYYY-MM-DD (any year-first date with four digits first) and
// YYYYMMDD. A time may follow after a space or T: HH:MM[:SS[.fff]], an AM/PM mark, and Z or an
// offset (+01:00, +0100, +01). An impossible date ("31/02/2024") is an error quoting the text.
Result<DateTimeValue> parseDateTime(QStringView text, DateOrder order);

// The date part of parseDateTime(), as written (no time zone conversion).
Result<QDate> parseDate(QStringView text, DateOrder order);

// What a column's values say about its date order.
struct DateOrderGuess
{
    struct Failure
    {
        int count = 0; // values that are not dates in this order
        QString example; // the first of them
        qint64 line = 0; // and its line (0 when not given)
    };

    int values = 0; // non-blank values seen
    QList<DateOrder> possible; // orders in which every value is a valid date
    int ambiguous = 0; // values that two possible orders read as different dates
    QString ambiguousExample; // the first of them ("03/04/2024")
    std::array<Failure, 3> failures; // per order, indexed by int(DateOrder)

    // The order to use without asking: the only possible one, or any when they all agree.
    std::optional<DateOrder> suggested() const;
    // True when the seller has to choose: several orders fit and they disagree on some rows.
    bool needsChoice() const { return possible.size() > 1 && ambiguous > 0; }
    // One translated sentence for the wizard ("27 rows could be read as 3 April 2024 or as
    // 4 March 2024 ...; choose the date order.").
    QString summary() const;
};

// Feeds a column's values one by one (a whole file's worth in constant memory) and tells which
// date orders fit them and how many values they read differently.
class DateOrderGuesser
{
public:
    void add(QStringView value, qint64 line = 0);
    DateOrderGuess result() const;
    // True when `order` reads every value so far and no other order does: more values can
    // only leave that order or none.
    bool onlyFits(DateOrder order) const;

private:
    struct Bucket
    {
        int count = 0;
        QString example;
    };
    int m_values = 0;
    QHash<int, Bucket> m_buckets; // by which orders read the value and which of them agree
    std::array<DateOrderGuess::Failure, 3> m_failures;
};

} // namespace comptoir::csv
