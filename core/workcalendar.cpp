// SPDX-License-Identifier: GPL-3.0-or-later
#include "workcalendar.h"

#include "database.h"
#include "stores.h"

#include <QCoreApplication>

#include <algorithm>

namespace comptoir {

namespace {
// Keys of the meta table. Values are plain text so that a look at the file explains them.
const QString WorkingDaysKey = QStringLiteral("work_calendar.working_days");       // "1,2,3,4,5"
const QString FrenchHolidaysKey = QStringLiteral("work_calendar.french_holidays"); // "1" or "0"
const QString ExtraHolidaysKey = QStringLiteral("work_calendar.extra_holidays");   // "2026-12-24,..."
const QString WorkingHoursKey = QStringLiteral("work_calendar.working_hours");     // "09:00-18:00"

constexpr unsigned MondayToFriday = (1u << 1) | (1u << 2) | (1u << 3) | (1u << 4) | (1u << 5);
} // namespace

WorkCalendar::WorkCalendar()
    : m_workingMask(MondayToFriday)
{
}

QList<Qt::DayOfWeek> WorkCalendar::workingDays() const
{
    QList<Qt::DayOfWeek> days;
    for (int d = Qt::Monday; d <= Qt::Sunday; ++d) {
        if (isWorkingWeekday(Qt::DayOfWeek(d)))
            days.append(Qt::DayOfWeek(d));
    }
    return days;
}

void WorkCalendar::setWorkingDays(const QList<Qt::DayOfWeek> &days)
{
    m_workingMask = 0;
    for (Qt::DayOfWeek d : days) {
        if (d >= Qt::Monday && d <= Qt::Sunday)
            m_workingMask |= 1u << int(d);
    }
}

void WorkCalendar::setExtraHolidays(const QList<QDate> &dates)
{
    m_extraHolidays.clear();
    for (const QDate &d : dates)
        addHoliday(d);
}

void WorkCalendar::addHoliday(const QDate &date)
{
    if (!date.isValid())
        return;
    auto at = std::lower_bound(m_extraHolidays.begin(), m_extraHolidays.end(), date);
    if (at == m_extraHolidays.end() || *at != date)
        m_extraHolidays.insert(at, date);
}

QDate WorkCalendar::easterSunday(int year)
{
    // Anonymous Gregorian algorithm (Meeus/Jones/Butcher).
    const int a = year % 19;
    const int b = year / 100;
    const int c = year % 100;
    const int d = b / 4;
    const int e = b % 4;
    const int f = (b + 8) / 25;
    const int g = (b - f + 1) / 3;
    const int h = (19 * a + b - d - g + 15) % 30;
    const int i = c / 4;
    const int k = c % 4;
    const int l = (32 + 2 * e + 2 * i - h - k) % 7;
    const int m = (a + 11 * h + 22 * l) / 451;
    const int month = (h + l - 7 * m + 114) / 31;
    const int day = ((h + l - 7 * m + 114) % 31) + 1;
    return QDate(year, month, day);
}

QList<QDate> WorkCalendar::frenchPublicHolidays(int year)
{
    const QDate easter = easterSunday(year);
    QList<QDate> days = {
        QDate(year, 1, 1),   // Jour de l'an
        easter.addDays(1),   // Lundi de Pâques
        QDate(year, 5, 1),   // Fête du Travail
        QDate(year, 5, 8),   // Victoire 1945
        easter.addDays(39),  // Ascension
        easter.addDays(50),  // Lundi de Pentecôte
        QDate(year, 7, 14),  // Fête nationale
        QDate(year, 8, 15),  // Assomption
        QDate(year, 11, 1),  // Toussaint
        QDate(year, 11, 11), // Armistice
        QDate(year, 12, 25), // Noël
    };
    std::sort(days.begin(), days.end());
    return days;
}

bool WorkCalendar::isHoliday(const QDate &date) const
{
    if (std::binary_search(m_extraHolidays.cbegin(), m_extraHolidays.cend(), date))
        return true;
    if (!m_frenchHolidays || !date.isValid())
        return false;
    const QList<QDate> french = frenchPublicHolidays(date.year());
    return std::binary_search(french.cbegin(), french.cend(), date);
}

bool WorkCalendar::isWorkingDay(const QDate &date) const
{
    return date.isValid() && isWorkingWeekday(Qt::DayOfWeek(date.dayOfWeek())) && !isHoliday(date);
}

QDate WorkCalendar::addWorkingDays(const QDate &date, int days) const
{
    if (m_workingMask == 0 || !date.isValid())
        return date.addDays(days);
    const int step = days < 0 ? -1 : 1;
    QDate d = date;
    for (int left = std::abs(days); left > 0;) {
        d = d.addDays(step);
        if (isWorkingDay(d))
            --left;
    }
    return d;
}

QDate WorkCalendar::startOfWeek(const QDate &date, Qt::DayOfWeek firstDay)
{
    const int back = (date.dayOfWeek() - int(firstDay) + 7) % 7;
    return date.addDays(-back);
}

QDate WorkCalendar::lastWorkingDayOfWeek(const QDate &date, Qt::DayOfWeek firstDay) const
{
    const QDate start = startOfWeek(date, firstDay);
    for (int i = 6; i >= 0; --i) {
        const QDate d = start.addDays(i);
        if (isWorkingDay(d))
            return d;
    }
    return {};
}

QDateTime WorkCalendar::ceilToHour(const QDateTime &t)
{
    const QTime time = t.time();
    if (time.minute() == 0 && time.second() == 0 && time.msec() == 0)
        return t;
    return nextFullHour(t);
}

QDateTime WorkCalendar::nextFullHour(const QDateTime &t)
{
    // Through seconds since the epoch so that an hour skipped or repeated by a DST change is
    // one real hour; every zone we meet has whole-hour offsets at the changes we handle.
    const QTime time = t.time();
    const qint64 intoHour = qint64(time.minute()) * 60 + time.second();
    QDateTime next = t.addSecs(3600 - intoHour);
    next.setTime(QTime(next.time().hour(), 0));
    return next;
}

QDateTime WorkCalendar::defaultDeadline(const QDateTime &now, const QTimeZone &zone) const
{
    const QDateTime local = now.toTimeZone(zone);
    const QDate day = addWorkingDays(local.date(), 3);
    return ceilToHour(QDateTime(day, local.time(), zone));
}

void WorkCalendar::setWorkingHours(const QTime &start, const QTime &end)
{
    if (start.isValid() && end.isValid() && start < end) {
        m_dayStart = start;
        m_dayEnd = end;
    }
}

Result<WorkCalendar> WorkCalendar::load(const Database &db)
{
    MetaStore meta(db);
    WorkCalendar calendar;
    auto days = meta.value(WorkingDaysKey);
    if (!days)
        return days.error();
    if (!days->isEmpty()) {
        QList<Qt::DayOfWeek> list;
        for (const QString &part : days->split(QLatin1Char(','), Qt::SkipEmptyParts)) {
            const int d = part.trimmed().toInt();
            if (d >= Qt::Monday && d <= Qt::Sunday)
                list.append(Qt::DayOfWeek(d));
        }
        calendar.setWorkingDays(list);
    }
    auto french = meta.value(FrenchHolidaysKey);
    if (!french)
        return french.error();
    if (!french->isEmpty())
        calendar.setFrenchHolidays(*french != QLatin1String("0"));
    auto extra = meta.value(ExtraHolidaysKey);
    if (!extra)
        return extra.error();
    for (const QString &part : extra->split(QLatin1Char(','), Qt::SkipEmptyParts))
        calendar.addHoliday(QDate::fromString(part.trimmed(), Qt::ISODate));
    auto hours = meta.value(WorkingHoursKey);
    if (!hours)
        return hours.error();
    if (const QStringList ends = hours->split(QLatin1Char('-')); ends.size() == 2)
        calendar.setWorkingHours(QTime::fromString(ends.at(0).trimmed(), QStringLiteral("HH:mm")),
                                 QTime::fromString(ends.at(1).trimmed(), QStringLiteral("HH:mm")));
    return calendar;
}

Status WorkCalendar::save(const Database &db) const
{
    QStringList days;
    for (Qt::DayOfWeek d : workingDays())
        days.append(QString::number(int(d)));
    QStringList extra;
    for (const QDate &d : m_extraHolidays)
        extra.append(d.toString(Qt::ISODate));
    MetaStore meta(db);
    // An empty list of working days is stored as "none" so that it does not read as "never set".
    if (auto s = meta.setValue(WorkingDaysKey, days.isEmpty() ? QStringLiteral("none") : days.join(QLatin1Char(',')));
        !s)
        return s;
    if (auto s = meta.setValue(FrenchHolidaysKey, m_frenchHolidays ? QStringLiteral("1") : QStringLiteral("0")); !s)
        return s;
    if (auto s = meta.setValue(WorkingHoursKey, m_dayStart.toString(QStringLiteral("HH:mm")) + QLatin1Char('-')
                                                    + m_dayEnd.toString(QStringLiteral("HH:mm")));
        !s)
        return s;
    return meta.setValue(ExtraHolidaysKey, extra.join(QLatin1Char(',')));
}

} // namespace comptoir
