// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "dealfilter.h"
#include "entities.h"
#include "result.h"

#include <QJsonObject>
#include <QList>

namespace comptoir {

class Clock;
class Database;

// The filters every list offers (F4).
enum class PredefinedFilter { InProgress, MyDeals, Won, Lost, Repeat, OverdueActivities, NoNextActivity, MyActivities };
QList<PredefinedFilter> predefinedFilters();
QString predefinedFilterName(PredefinedFilter filter); // translated
// "in_progress", "my_deals", "won", "lost", "repeat", "overdue", "no_next_activity", "my_activities"
QString predefinedFilterKey(PredefinedFilter filter);
std::optional<PredefinedFilter> predefinedFilterFromKey(const QString &key);
// The criteria of a predefined filter for this user at this instant ("overdue" compares with it).
DealFilter predefinedFilter(PredefinedFilter filter, const Actor &actor, const QDateTime &now);

// The criteria as JSON, as saved filters store them. Date ranges made from a preset are saved
// as the preset and computed again from `today` when read back. `now` is never saved.
QJsonObject filterToJson(const DealFilter &filter);
Result<DealFilter> filterFromJson(const QJsonObject &json, const QDate &today, const QLocale &locale = QLocale());

struct SavedFilter
{
    Id id = 0;
    QString name;
    QJsonObject criteria;
    QDateTime createdAt;
};

// The user's named filters, stored in the database (table saved_filters).
class SavedFilters final
{
public:
    SavedFilters(Database &db, const Clock &clock) : m_db(db), m_clock(clock) { }

    Result<QList<SavedFilter>> all() const; // by name
    Result<SavedFilter> byName(const QString &name) const; // case-insensitive
    // Saves under a new name; the name must be free unless `replace`, which overwrites the
    // criteria of the filter already holding it.
    Result<SavedFilter> save(const QString &name, const DealFilter &filter, bool replace = false);
    Status rename(Id id, const QString &name);
    Status remove(Id id);
    // The criteria of a saved filter, with its presets computed for today.
    Result<DealFilter> filter(const SavedFilter &saved, const QLocale &locale = QLocale()) const;

private:
    Result<QString> checkedName(const QString &name, Id except) const;
    Database &m_db;
    const Clock &m_clock;
};

} // namespace comptoir
