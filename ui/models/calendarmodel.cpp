// SPDX-License-Identifier: GPL-3.0-or-later
#include "calendarmodel.h"

#include "activitycommands.h"
#include "activityservice.h"
#include "clock.h"
#include "workcalendar.h"
#include "workspace.h"

#include <QColor>
#include <QDataStream>
#include <QIODevice>
#include <QMimeData>
#include <QUndoStack>

namespace comptoir {

CalendarModel::CalendarModel(Workspace &workspace, QObject *parent)
    : QAbstractTableModel(parent)
    , m_workspace(workspace)
{
    m_reloadTimer.setSingleShot(true);
    m_reloadTimer.setInterval(0);
    connect(&m_reloadTimer, &QTimer::timeout, this, &CalendarModel::reload);
    ActivityService *activities = &workspace.activities();
    connect(activities, &ActivityService::activityCreated, this, &CalendarModel::scheduleReload);
    connect(activities, &ActivityService::activityChanged, this, &CalendarModel::scheduleReload);
    connect(activities, &ActivityService::activityRemoved, this, &CalendarModel::scheduleReload);
    DealService *deals = &workspace.deals();
    for (auto signal : {&DealService::dealCreated, &DealService::dealChanged, &DealService::dealDeleted,
                        &DealService::dealRestored, &DealService::dealPurged})
        connect(deals, signal, this, &CalendarModel::scheduleReload);
    setMonth(today());
}

QDate CalendarModel::today() const
{
    return m_workspace.clock().now().toTimeZone(m_zone).date();
}

void CalendarModel::scheduleReload()
{
    m_reloadTimer.start();
}

void CalendarModel::setMonth(const QDate &anyDay)
{
    if (!anyDay.isValid())
        return;
    m_month = QDate(anyDay.year(), anyDay.month(), 1);
    reload();
}

void CalendarModel::setField(CalendarField field)
{
    m_field = field;
    reload();
}

void CalendarModel::setFilter(const DealFilter &filter)
{
    if (filter == m_filter)
        return;
    m_filter = filter;
    reload();
}

void CalendarModel::setLocale(const QLocale &locale)
{
    m_locale = locale;
    reload();
}

void CalendarModel::setTimeZone(const QTimeZone &zone)
{
    m_zone = zone;
    reload();
}

void CalendarModel::reload()
{
    m_reloadTimer.stop();
    beginResetModel();
    m_first = WorkCalendar::startOfWeek(m_month, m_locale.firstDayOfWeek());
    auto days = CalendarQuery(m_workspace.db(), m_zone)
                    .days(m_workspace.actor(), m_filter, m_field, m_first, m_first.addDays(41), ItemsPerDay);
    m_days.clear();
    if (days)
        m_days = *days;
    endResetModel();
    if (!days)
        Q_EMIT errorOccurred(days.error().message);
}

QModelIndex CalendarModel::indexOf(const QDate &date) const
{
    const qint64 n = m_first.daysTo(date);
    if (n < 0 || n >= 42)
        return {};
    return index(int(n / 7), int(n % 7));
}

Result<QList<CalendarItem>> CalendarModel::itemsOn(const QDate &date) const
{
    return CalendarQuery(m_workspace.db(), m_zone).items(m_workspace.actor(), m_filter, m_field, date, date);
}

Status CalendarModel::moveItem(const CalendarItem &item, const QDate &day, std::optional<QTime> time)
{
    const QString what = item.isActivity() ? item.subject : item.dealTitle;
    auto *command = new MoveCalendarItemCommand(m_workspace, m_field, item, day, time, m_zone,
                                                tr("Move “%1” to %2").arg(what, m_locale.toString(day, QLocale::ShortFormat)));
    const Status done = DealCommand::execute(command, m_undoStack);
    if (!done)
        Q_EMIT errorOccurred(done.error().message);
    reload();
    return done;
}

int CalendarModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : 6;
}

int CalendarModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : 7;
}

QVariant CalendarModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const int n = index.row() * 7 + index.column();
    const QDate date = m_first.addDays(n);
    switch (role) {
    case Qt::DisplayRole:
        return date.day();
    case Qt::ToolTipRole:
        return m_locale.toString(date, QLocale::LongFormat);
    case DateRole:
        return date;
    case IsTodayRole:
        return date == today();
    case InMonthRole:
        return date.month() == m_month.month();
    case CountRole:
        return n < m_days.size() ? m_days.at(n).count : 0;
    case ItemsRole: {
        QVariantList list;
        if (n >= m_days.size())
            return list;
        for (const CalendarItem &i : m_days.at(n).items) {
            QVariantMap m;
            m[QStringLiteral("dealId")] = i.dealId;
            m[QStringLiteral("activityId")] = i.activityId;
            m[QStringLiteral("title")] = i.isActivity() ? i.subject : i.dealTitle;
            m[QStringLiteral("deal")] = i.dealTitle;
            m[QStringLiteral("time")] = i.isActivity() ? m_locale.toString(i.start.toTimeZone(m_zone).time(), QLocale::ShortFormat)
                                                        : QString();
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

QVariant CalendarModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role != Qt::DisplayRole)
        return {};
    if (orientation == Qt::Horizontal) {
        const int day = (int(m_locale.firstDayOfWeek()) - 1 + section) % 7 + 1;
        return m_locale.dayName(day, QLocale::ShortFormat);
    }
    // ISO 8601 week numbers, from the row's Thursday side: the row's first day is enough
    // for Monday weeks; for Sunday weeks the Monday after it.
    const QDate rowStart = m_first.addDays(section * 7);
    const QDate monday = rowStart.addDays((8 - rowStart.dayOfWeek()) % 7);
    return tr("W%1").arg(monday.weekNumber());
}

Qt::ItemFlags CalendarModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsDropEnabled;
}

QStringList CalendarModel::mimeTypes() const
{
    return {mimeType()};
}

Qt::DropActions CalendarModel::supportedDropActions() const
{
    return Qt::MoveAction | Qt::CopyAction;
}

QMimeData *CalendarModel::encodeItem(const CalendarItem &item)
{
    QByteArray bytes;
    QDataStream s(&bytes, QIODevice::WriteOnly);
    s << qint64(item.dealId) << qint64(item.activityId) << item.date << item.start << item.subject << item.dealTitle;
    auto *data = new QMimeData;
    data->setData(mimeType(), bytes);
    return data;
}

std::optional<CalendarItem> CalendarModel::decodeItem(const QMimeData *data)
{
    if (!data || !data->hasFormat(mimeType()))
        return std::nullopt;
    QDataStream s(data->data(mimeType()));
    CalendarItem item;
    qint64 deal = 0, activity = 0;
    s >> deal >> activity >> item.date >> item.start >> item.subject >> item.dealTitle;
    if (s.status() != QDataStream::Ok || deal <= 0)
        return std::nullopt;
    item.dealId = deal;
    item.activityId = activity;
    return item;
}

bool CalendarModel::canDropMimeData(const QMimeData *data, Qt::DropAction, int, int, const QModelIndex &parent) const
{
    return parent.isValid() && m_field != CalendarField::Created && decodeItem(data).has_value();
}

bool CalendarModel::dropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                                 const QModelIndex &parent)
{
    if (!canDropMimeData(data, action, row, column, parent))
        return false;
    return moveItem(*decodeItem(data), parent.data(DateRole).toDate()).ok();
}

} // namespace comptoir
