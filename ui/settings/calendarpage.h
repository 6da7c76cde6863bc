// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "result.h"
#include "workcalendar.h"

#include <QWidget>

class QCheckBox;
class QDateEdit;
class QLabel;
class QListWidget;

namespace comptoir {

class Workspace;

// Settings → Working days: the days of the week that are worked, the French public holidays and
// the user's own days off, which default deadlines skip. Saved with the data at each change.
class CalendarPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CalendarPage)
public:
    explicit CalendarPage(Workspace &workspace, QWidget *parent = nullptr);

    WorkCalendar calendar() const { return m_calendar; }
    QCheckBox *dayBox(Qt::DayOfWeek day) const { return m_days.value(int(day) - 1); }
    Status addHoliday(const QDate &date);
    Status removeHoliday(const QDate &date);

private:
    Status store(const WorkCalendar &calendar);
    void refresh();

    Workspace &m_workspace;
    WorkCalendar m_calendar;
    QList<QCheckBox *> m_days;
    QCheckBox *m_french = nullptr;
    QListWidget *m_holidays = nullptr;
    QDateEdit *m_newHoliday = nullptr;
    QLabel *m_preview = nullptr;
    QLabel *m_message = nullptr;
};

} // namespace comptoir
