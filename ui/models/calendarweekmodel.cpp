// SPDX-License-Identifier: GPL-3.0-or-later
#include "calendarweekmodel.h"

#include "activitycommands.h"
#include "activityservice.h"
#include "calendarmodel.h"
#include "clock.h"
#include "workspace.h"

#include <QColor>
#include <QMimeData>

namespace comptoir {

CalendarWeekModel::CalendarWeekModel(Workspace &workspace, QObject *parent)
    : QAbstractTableModel(parent)
    , m_workspace(workspace)
{
    m_reloadTimer.setSingleShot(true);
    m_reloadTimer.setInterval(0);
    connect(&m_reloadTimer, &QTimer::timeout, this, &CalendarWeekModel::reload);
    const auto later = [this] { m_reloadTimer.start(); };
    ActivityService *activities = &workspace.activities();
    connect(activities, &ActivityService::activityCreated, this, later);
    connect(activities, &ActivityService::activityChanged, this, later);
    connect(activities, &ActivityService::activityRemoved, this, later);
    DealService *deals = &workspace.deals();
    for (auto signal : {&DealService::dealCreated, &DealService::dealChanged, &DealService::dealDeleted,
                        &DealService::dealRestored, &DealService::dealPurged})
        connect(deals, signal, this, later);
    setWeek(today());
}

QDate CalendarWeekModel::today() const
{
    return m_workspace.clock().now().toTimeZone(m_zone).date();
}

int CalendarWeekModel::weekNumber() const
{
    // The Thursday of an ISO week is in it whatever the locale's first day: the week's days
    // hold exactly one Thursday, and its ISO week is the one most of these days belong to.
    for (int i = 0; i < 7; ++i) {
        const QDate d = m_first.addDays(i);
        if (d.dayOfWeek() == Qt::Thursday)
            return d.weekNumber();
    }
    return m_first.weekNumber();
}

void CalendarWeekModel::setWeek(const QDate &anyDay)
{
    if (!anyDay.isValid())
        return;
    const QDate first = WorkCalendar::startOfWeek(anyDay, m_locale.firstDayOfWeek());
    if (first == m_first)
        return; // the week shown: nothing to read again
    m_first = first;
    reload();
}

void CalendarWeekModel::setField(CalendarField field)
{
    if (field == m_field)
        return;
    m_field = field;
    reload();
}

void CalendarWeekModel::setFilter(const DealFilter &filter)
{
    if (filter == m_filter)
        return;
    m_filter = filter;
    reload();
}

void CalendarWeekModel::setLocale(const QLocale &locale)
{
    m_locale = locale;
    // The first day of the week may change, and the texts do.
    if (m_first.isValid())
        m_first = WorkCalendar::startOfWeek(m_first, m_locale.firstDayOfWeek());
    reload();
}

void CalendarWeekModel::setTimeZone(const QTimeZone &zone)
{
    m_zone = zone;
    reload();
}

void CalendarWeekModel::reload()
{
    m_reloadTimer.stop();
    beginResetModel();
    if (auto work = WorkCalendar::load(m_workspace.db()))
        m_work = *work;
    m_days.clear();
    QString error;
    const CalendarQuery query(m_workspace.db(), m_zone);
    for (int i = 0; i < 7; ++i) {
        Day day;
        day.date = m_first.addDays(i);
        if (hasTime()) {
            if (auto hours = query.hours(m_workspace.actor(), m_filter, m_field, day.date, ItemsPerHour))
                day.hours = std::move(*hours);
            else
                error = hours.error().message;
        } else if (auto days = query.days(m_workspace.actor(), m_filter, m_field, day.date, day.date, AllDayItems)) {
            day.allDay = days->constFirst().items;
            day.allDayCount = days->constFirst().count;
        } else {
            error = days.error().message;
        }
        m_days.append(day);
    }
    endResetModel();
    if (!error.isEmpty())
        Q_EMIT errorOccurred(error);
}

int CalendarWeekModel::columnOf(const QDate &date) const
{
    const qint64 n = m_first.daysTo(date);
    return n >= 0 && n < 7 ? int(n) : -1;
}

Result<QList<CalendarItem>> CalendarWeekModel::itemsOn(const QDate &date) const
{
    return CalendarQuery(m_workspace.db(), m_zone).items(m_workspace.actor(), m_filter, m_field, date, date);
}

Status CalendarWeekModel::moveItem(const CalendarItem &item, const QDate &day, std::optional<QTime> time)
{
    const QString what = item.isActivity() ? item.subject : item.dealTitle;
    QString where = m_locale.toString(day, QLocale::ShortFormat);
    if (time)
        where += QLatin1Char(' ') + m_locale.toString(*time, QLocale::ShortFormat);
    auto *command = new MoveCalendarItemCommand(m_workspace, m_field, item, day, time, m_zone,
                                                tr("Move “%1” to %2").arg(what, where));
    const Status done = DealCommand::execute(command, m_undoStack);
    if (!done)
        Q_EMIT errorOccurred(done.error().message);
    reload();
    return done;
}

int CalendarWeekModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : 24;
}

int CalendarWeekModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : 7;
}

QVariant CalendarWeekModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid) || index.column() >= m_days.size())
        return {};
    const Day &day = m_days.at(index.column());
    const int hour = index.row();
    const CalendarSlot *slot = hour < day.hours.size() ? &day.hours.at(hour) : nullptr;
    switch (role) {
    case Qt::DisplayRole:
    case CountRole:
        return slot ? slot->count : 0;
    case DateRole:
        return day.date;
    case HourRole:
        return hour;
    case IsTodayRole:
        return day.date == today();
    case IsWorkingRole:
        return m_work.isWorkingDay(day.date) && QTime(hour, 0) >= QTime(m_work.dayStart().hour(), 0)
            && QTime(hour, 0) < m_work.dayEnd();
    case ItemsRole: {
        QVariantList list;
        if (!slot)
            return list;
        for (const CalendarItem &i : slot->items) {
            const QTime start = i.start.toTimeZone(m_zone).time();
            QVariantMap m;
            m[QStringLiteral("dealId")] = i.dealId;
            m[QStringLiteral("activityId")] = i.activityId;
            m[QStringLiteral("title")] = i.isActivity() ? i.subject : i.dealTitle;
            m[QStringLiteral("deal")] = i.dealTitle;
            m[QStringLiteral("time")] = m_locale.toString(start, QLocale::ShortFormat);
            m[QStringLiteral("minutes")] = start.hour() * 60 + start.minute();
            m[QStringLiteral("duration")] = i.durationMinutes.value_or(0);
            m[QStringLiteral("type")] = i.isActivity() ? int(i.type) : -1;
            m[QStringLiteral("color")] = QColor(i.stageColor);
            list << m;
        }
        return list;
    }
    default:
        return {};
    }
}

QVariant CalendarWeekModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role != Qt::DisplayRole)
        return {};
    if (orientation == Qt::Horizontal) {
        const QDate date = m_first.addDays(section);
        return m_locale.dayName(date.dayOfWeek(), QLocale::ShortFormat) + QLatin1Char(' ') + QString::number(date.day());
    }
    return m_locale.toString(QTime(section, 0), QLocale::ShortFormat);
}

Qt::ItemFlags CalendarWeekModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsDropEnabled;
}

QStringList CalendarWeekModel::mimeTypes() const
{
    return {CalendarModel::mimeType()};
}

Qt::DropActions CalendarWeekModel::supportedDropActions() const
{
    return Qt::MoveAction | Qt::CopyAction;
}

bool CalendarWeekModel::canDropMimeData(const QMimeData *data, Qt::DropAction, int, int,
                                        const QModelIndex &parent) const
{
    return parent.isValid() && m_field != CalendarField::Created && CalendarModel::decodeItem(data).has_value();
}

bool CalendarWeekModel::dropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                                     const QModelIndex &parent)
{
    if (!canDropMimeData(data, action, row, column, parent))
        return false;
    const CalendarItem item = *CalendarModel::decodeItem(data);
    std::optional<QTime> time;
    if (hasTime())
        time = QTime(parent.row(), item.start.isValid() ? item.start.toTimeZone(m_zone).time().minute() : 0);
    return moveItem(item, parent.data(DateRole).toDate(), time).ok();
}

} // namespace comptoir
