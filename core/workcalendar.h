// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Working days and holidays: what "3 working days later" and "the last working day of the
// week" mean for default deadlines (F5, F6) and the Activities board (F3). Stored in the meta
// table so that the settings dialog can edit it with the data.

#include "result.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QTimeZone>

namespace comptoir {

class Database;

class WorkCalendar final
{
public:
    // Monday to Friday, French public holidays.
    WorkCalendar();

    // Days of the week that are worked (Qt::Monday = 1 ... Qt::Sunday = 7).
    QList<Qt::DayOfWeek> workingDays() const;
    void setWorkingDays(const QList<Qt::DayOfWeek> &days);
    bool isWorkingWeekday(Qt::DayOfWeek day) const { return m_workingMask & (1u << int(day)); }

    // Whether the French public holidays (fixed ones, Easter Monday, Ascension, Whit Monday)
    // are days off.
    bool frenchHolidays() const { return m_frenchHolidays; }
    void setFrenchHolidays(bool on) { m_frenchHolidays = on; }

    // Days off added by the user (a company closure, a local holiday), sorted, no duplicates.
    QList<QDate> extraHolidays() const { return m_extraHolidays; }
    void setExtraHolidays(const QList<QDate> &dates);
    void addHoliday(const QDate &date);

    bool isHoliday(const QDate &date) const;
    // The working hours of a working day (09:00 to 18:00 unless set): what the Calendar's
    // week grid shows first and shades as worked. End after start.
    QTime dayStart() const { return m_dayStart; }
    QTime dayEnd() const { return m_dayEnd; }
    void setWorkingHours(const QTime &start, const QTime &end);
    bool isWorkingDay(const QDate &date) const;

    // `days` working days after (or before, when negative) `date`; `date` itself never counts.
    QDate addWorkingDays(const QDate &date, int days) const;

    // The last working day of the week holding `date`, weeks starting on `firstDay` (the
    // locale's). Invalid when no day of that week is worked.
    QDate lastWorkingDayOfWeek(const QDate &date, Qt::DayOfWeek firstDay) const;

    // The default deadline of a new activity (issue 5): 3 working days after `now`'s day, at
    // `now`'s time, rounded up to the full hour, in `zone`.
    QDateTime defaultDeadline(const QDateTime &now, const QTimeZone &zone = QTimeZone::systemTimeZone()) const;

    // The first full hour strictly after `t` (10:00 -> 11:00, 10:20 -> 11:00), in t's zone.
    static QDateTime nextFullHour(const QDateTime &t);
    // `t` rounded up to a full hour (10:00 stays 10:00, 10:20 -> 11:00), in t's zone.
    static QDateTime ceilToHour(const QDateTime &t);

    // The first day of the week holding `date` when weeks start on `firstDay`.
    static QDate startOfWeek(const QDate &date, Qt::DayOfWeek firstDay);

    static QDate easterSunday(int year);
    // The eleven French public holidays of `year`, sorted.
    static QList<QDate> frenchPublicHolidays(int year);

    // The settings stored in the meta table (defaults when never saved).
    static Result<WorkCalendar> load(const Database &db);
    Status save(const Database &db) const;

    bool operator==(const WorkCalendar &other) const = default;

private:
    unsigned m_workingMask = 0;
    bool m_frenchHolidays = true;
    QList<QDate> m_extraHolidays;
    QTime m_dayStart{9, 0};
    QTime m_dayEnd{18, 0};
};

} // namespace comptoir
