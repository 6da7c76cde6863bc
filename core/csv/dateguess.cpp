// SPDX-License-Identifier: GPL-3.0-or-later
#include "csv/dates.h"

#include "csv/text_p.h"

#include <QLocale>

// Values are not kept: each one is reduced to which orders read it and which of those agree,
// and only a count per such pattern is stored (at most 64 patterns), so a column of millions
// of rows costs nothing. Which orders remain possible is known only at the end, and so is
// which patterns are ambiguous among them.

namespace comptoir::csv {
namespace {

constexpr DateOrder Orders[3] = { DateOrder::Dmy, DateOrder::Mdy, DateOrder::Ymd };

// Bits 0-2: order i reads the value; bits 3-5: Dmy=Mdy, Dmy=Ymd, Mdy=Ymd give the same date.
int agreeBit(int a, int b)
{
    return a == 0 ? (b == 1 ? 3 : 4) : 5;
}

QString longDate(const QDate &date)
{
    return QLocale().toString(date, QStringLiteral("d MMMM yyyy"));
}

} // namespace

void DateOrderGuesser::add(QStringView value, qint64 line)
{
    const QStringView text = value.trimmed();
    if (text.isEmpty())
        return;
    ++m_values;
    QDate dates[3];
    int key = 0;
    for (int i = 0; i < 3; ++i) {
        auto date = parseDate(text, Orders[i]);
        if (date) {
            dates[i] = *date;
            key |= 1 << i;
        } else {
            DateOrderGuess::Failure &f = m_failures[i];
            if (f.count++ == 0) {
                f.example = text.toString();
                f.line = line;
            }
        }
    }
    for (int a = 0; a < 3; ++a) {
        for (int b = a + 1; b < 3; ++b) {
            if ((key & (1 << a)) && (key & (1 << b)) && dates[a] == dates[b])
                key |= 1 << agreeBit(a, b);
        }
    }
    Bucket &bucket = m_buckets[key];
    if (bucket.count++ == 0)
        bucket.example = text.toString();
}

bool DateOrderGuesser::onlyFits(DateOrder order) const
{
    if (m_values == 0)
        return false;
    for (int i = 0; i < 3; ++i) {
        if ((m_failures[i].count == 0) != (Orders[i] == order))
            return false;
    }
    return true;
}

DateOrderGuess DateOrderGuesser::result() const
{
    DateOrderGuess guess;
    guess.values = m_values;
    guess.failures = m_failures;
    int possibleMask = 0;
    for (int i = 0; i < 3; ++i) {
        if (m_values > 0 && m_failures[i].count == 0) {
            guess.possible.append(Orders[i]);
            possibleMask |= 1 << i;
        }
    }
    for (auto it = m_buckets.cbegin(); it != m_buckets.cend(); ++it) {
        const int key = it.key();
        // Among the possible orders that read this value, do two disagree?
        bool disagree = false;
        for (int a = 0; a < 3; ++a) {
            for (int b = a + 1; b < 3; ++b) {
                const int both = (1 << a) | (1 << b);
                if ((possibleMask & both) == both && (key & both) == both
                    && !(key & (1 << agreeBit(a, b))))
                    disagree = true;
            }
        }
        if (disagree) {
            guess.ambiguous += it->count;
            if (guess.ambiguousExample.isEmpty() || it->example < guess.ambiguousExample)
                guess.ambiguousExample = it->example; // the same example whatever the hash order
        }
    }
    return guess;
}

std::optional<DateOrder> DateOrderGuess::suggested() const
{
    if (possible.size() == 1 || (!possible.isEmpty() && ambiguous == 0))
        return possible.first();
    return std::nullopt;
}

QString DateOrderGuess::summary() const
{
    if (values == 0)
        return Csv::tr("This column holds no dates.");
    if (possible.isEmpty()) {
        // The order that fails least is the one the file most likely uses.
        int best = 0;
        for (int i = 1; i < 3; ++i) {
            if (failures[i].count < failures[best].count)
                best = i;
        }
        const Failure &f = failures[best];
        const QString where = f.line > 0 ? Csv::tr(" (line %1)").arg(f.line) : QString();
        return Csv::tr("%n value(s) in this column are not dates, for example \"%1\"%2.", nullptr,
                       f.count)
            .arg(f.example, where);
    }
    if (needsChoice()) {
        const auto a = parseDate(ambiguousExample, possible.at(0));
        const auto b = parseDate(ambiguousExample, possible.at(1));
        return Csv::tr("%n row(s) could be read either way, for example \"%1\": %2 (%3) or %4 "
                       "(%5). Choose the date order.",
                       nullptr, ambiguous)
            .arg(ambiguousExample, a ? longDate(*a) : QString(), dateOrderName(possible.at(0)),
                 b ? longDate(*b) : QString(), dateOrderName(possible.at(1)));
    }
    const DateOrder order = *suggested();
    if (possible.size() == 1)
        return Csv::tr("All %n date(s) read as %1.", nullptr, values).arg(dateOrderName(order));
    return Csv::tr("All %n date(s) are unambiguous.", nullptr, values);
}

} // namespace comptoir::csv
