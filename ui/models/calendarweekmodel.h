// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "calendarquery.h"
#include "result.h"
#include "workcalendar.h"

#include <QAbstractTableModel>
#include <QLocale>
#include <QTimer>

class QUndoStack;

namespace comptoir {

class Workspace;

// The Calendar's week grid: seven days from the locale's first day of week (columns) by the
// 24 local hours (rows). Activities (and deals by creation instant) sit in the hour they
// start, with their duration; deals on a date field have no time and sit in the days' all-day
// strip (allDay()). Moves go through undoable commands on the window's stack, as in the month.
class CalendarWeekModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CalendarWeekModel)

public:
    enum Role {
        DateRole = Qt::UserRole + 1, // QDate of the column
        HourRole,                    // int, the row's local hour
        CountRole,                   // qint64: every item starting in that hour
        ItemsRole,                   // QVariantList of QVariantMap (title, time, minutes, type, ...)
        IsTodayRole,
        IsWorkingRole,               // a working hour of a working day (WorkCalendar)
    };
    Q_ENUM(Role)
    static constexpr int ItemsPerHour = 3;
    static constexpr int AllDayItems = 4;

    struct Day
    {
        QDate date;
        QList<CalendarSlot> hours;    // 24, for the fields with a time
        QList<CalendarItem> allDay;   // the fields without one
        qint64 allDayCount = 0;
    };

    explicit CalendarWeekModel(Workspace &workspace, QObject *parent = nullptr);
    Workspace &workspace() const { return m_workspace; }

    void setWeek(const QDate &anyDay);
    QDate firstDay() const { return m_first; }
    QDate today() const;
    // The ISO 8601 week number of the week shown (its Thursday's).
    int weekNumber() const;
    void setField(CalendarField field);
    CalendarField field() const { return m_field; }
    bool hasTime() const { return CalendarQuery::hasTime(m_field); }
    void setFilter(const DealFilter &filter);
    void setLocale(const QLocale &locale);
    QLocale locale() const { return m_locale; }
    void setTimeZone(const QTimeZone &zone);
    QTimeZone timeZone() const { return m_zone; }
    void setUndoStack(QUndoStack *stack) { m_undoStack = stack; }
    const WorkCalendar &workCalendar() const { return m_work; }
    void reload();

    const Day &day(int column) const { return m_days.at(column); }
    int columnOf(const QDate &date) const; // -1 outside the week
    Result<QList<CalendarItem>> itemsOn(const QDate &date) const;
    // Moves an item to another day and, in the hours, time; one undoable command.
    Status moveItem(const CalendarItem &item, const QDate &day, std::optional<QTime> time = {});

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QStringList mimeTypes() const override;
    Qt::DropActions supportedDropActions() const override;
    bool canDropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                         const QModelIndex &parent) const override;
    // A drop on a cell: that day, at that hour with the item's minutes.
    bool dropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                      const QModelIndex &parent) override;

Q_SIGNALS:
    void errorOccurred(const QString &message);

private:
    Workspace &m_workspace;
    CalendarField m_field = CalendarField::Activities;
    DealFilter m_filter;
    QLocale m_locale;
    QTimeZone m_zone = QTimeZone::systemTimeZone();
    QDate m_first;
    QList<Day> m_days; // 7
    WorkCalendar m_work;
    QUndoStack *m_undoStack = nullptr;
    QTimer m_reloadTimer;
};

} // namespace comptoir
