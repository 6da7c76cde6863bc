// SPDX-License-Identifier: GPL-3.0-or-later
// The hours of a day for the Calendar's week grid.

#include "calendarquery.h"

#include "clock.h"
#include "database.h"

namespace comptoir {

namespace {
// Up to this many items a day is read whole and put in its hours here; a busier day is read
// hour by hour (first items and a count each), so a day of thousands costs 24 short scans.
constexpr int WholeDay = 200;
} // namespace

Result<QList<CalendarSlot>> CalendarQuery::hours(const Actor &actor, const DealFilter &filter, CalendarField field,
                                                 const QDate &day, int perHour) const
{
    QList<CalendarSlot> hourSlots;
    if (!hasTime(field) || !day.isValid())
        return hourSlots;
    for (int h = 0; h < 24; ++h)
        hourSlots.append(CalendarSlot{QDateTime(day, QTime(h, 0), m_zone).toUTC(), h, 0, {}});
    auto whole = select(actor, filter, field, day, day, WholeDay + 1);
    if (!whole)
        return whole.error();
    if (whole->size() <= WholeDay) {
        for (const CalendarItem &item : std::as_const(*whole)) {
            CalendarSlot &slot = hourSlots[item.start.toTimeZone(m_zone).time().hour()];
            ++slot.count;
            if (slot.items.size() < perHour)
                slot.items.append(item);
        }
        return hourSlots;
    }
    const bool fromIndex = countsFromIndex(actor, filter, field);
    std::optional<QList<QDateTime>> binned;
    for (int h = 0; h < 24; ++h) {
        CalendarSlot &slot = hourSlots[h];
        // A DST change makes an hour empty (spring) or two hours long (autumn).
        const QDateTime end = h < 23 ? hourSlots.at(h + 1).start : midnight(day.addDays(1));
        if (end <= slot.start)
            continue;
        auto items = selectBetween(actor, filter, field, toStoredInstant(slot.start), toStoredInstant(end), perHour);
        if (!items)
            return items.error();
        slot.items = std::move(*items);
        if (slot.items.size() < perHour) {
            slot.count = slot.items.size();
            continue;
        }
        if (fromIndex) {
            if (!binned) {
                auto deadlines = binnedDeadlines(midnight(day), midnight(day.addDays(1)));
                if (!deadlines)
                    return deadlines.error();
                binned = std::move(*deadlines);
            }
            auto n = indexCount(slot.start, end);
            if (!n)
                return n.error();
            slot.count = *n;
            for (const QDateTime &t : std::as_const(*binned))
                slot.count -= t >= slot.start && t < end ? 1 : 0;
        } else {
            auto n = countBetween(actor, filter, field, slot.start, end);
            if (!n)
                return n.error();
            slot.count = *n;
        }
    }
    return hourSlots;
}

} // namespace comptoir
