// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "entities.h"
#include "result.h"

#include <QDate>
#include <QDateTime>
#include <QLocale>
#include <QVariantList>
#include <optional>

class QJsonArray;

namespace comptoir {

class Clock;
class Database;

// The date presets of the filter bar. "This week" starts on the locale's first day of the week.
enum class DatePreset { Today, ThisWeek, ThisMonth, LastMonth, ThisYear };

// A range of calendar days, both ends included; an invalid end leaves that side open.
struct DateRange
{
    QDate from;
    QDate to;
    // The preset the days were computed from, if any: a saved filter keeps "this month" as
    // such and computes its days again when it is used. Only from and to reach SQL.
    std::optional<DatePreset> preset;
    bool isEmpty() const { return !from.isValid() && !to.isValid(); }
    friend bool operator==(const DateRange &, const DateRange &) = default;
};
DateRange dateRangeFor(DatePreset preset, const QDate &today, const QLocale &locale = QLocale());
// Today in the local time zone, as the clock tells it.
QDate localToday(const Clock &clock);

// A condition on one custom field's value (F5). The value is typed like the field's values
// (customfields.h: QString, double, qint64 minor units, QDate, QDateTime, bool).
struct CustomFieldCriterion
{
    enum class Op {
        Equals,    // text (case-insensitive), list choice, number, amount, date, checkbox
        Contains,  // text containing the value (case-insensitive)
        HasChoice, // a multi-list holding the choice (or a list set to it)
        AtLeast,   // number, amount, date, date-time >= value
        AtMost,    // <= value
        IsSet,     // any value
        IsEmpty,   // no value
    };
    Id fieldId = 0;
    Op op = Op::Equals;
    QVariant value;
    friend bool operator==(const CustomFieldCriterion &, const CustomFieldCriterion &) = default;
};

// What the shared filter bar selects; every view (list, board, activities, calendar) and every
// read path (counts, totals, export) filters deals with it. Every criterion left at its default
// selects everything.
struct DealFilter
{
    enum class Group { Any, Open, Won, Lost };
    enum class Activity { Any, WithOpen, WithoutOpen, Overdue };
    enum class Novelty { Any, New, Repeat };

    std::optional<Id> pipelineId;
    std::optional<Id> stageId;
    Group group = Group::Any;
    std::optional<Id> responsibleId;

    // Words the deal's title, comment, company, contacts, e-mails or phones contain (each word
    // a prefix, accents ignored).
    QString search;
    // Amount bounds in minor units, both included. With a currency, only deals in that
    // currency; without, the bounds apply to every currency's minor units.
    std::optional<qint64> minAmountMinor;
    std::optional<qint64> maxAmountMinor;
    QString amountCurrency;
    QString typeCode;   // a deal_type list code
    QString sourceCode; // a source list code
    DateRange created;  // local days of the creation instant
    DateRange begin;
    DateRange close;    // the expected close date
    Activity activity = Activity::Any;
    // Only deals with an open activity this user is responsible for ("My activities"); the
    // Calendar's activities then show only that user's.
    std::optional<Id> activityResponsibleId;
    Novelty novelty = Novelty::Any;
    // Every one of these must hold (customfieldfilter.cpp).
    QList<CustomFieldCriterion> customFields;
    // Only the deals this import (ImportService, import id) created or updated.
    std::optional<Id> importId;
    // The instant "overdue" compares with; the current time when invalid.
    QDateTime now;

    // True when only pipeline, stage and group are set: the totals kept by triggers answer.
    bool onlyStageCriteria() const;
    friend bool operator==(const DealFilter &, const DealFilter &) = default;
};

// The WHERE condition over the deals table aliased `d` for this actor and filter: live deals
// only, the AccessPolicy visibility rule, then each criterion. Values are appended to `values`
// in the order of their marks; nothing from the filter is ever spliced into the text.
Result<QString> dealWhereClause(const Database &db, const Actor &actor, const DealFilter &filter,
                                QVariantList &values);

// The conditions of custom-field criteria on deals aliased `d`, appended to `conditions` with
// their values (used by dealWhereClause).
void customFieldConditions(const QList<CustomFieldCriterion> &criteria, QStringList &conditions, QVariantList &values);

// Custom-field criteria as saved filters keep them: [{"field": 3, "op": "at_least", "type":
// "money", "value": "150000"}, ...], every value typed as text (minor units exact beyond 2^53).
// Nothing for an entry that does not read.
QJsonArray customCriteriaToJson(const QList<CustomFieldCriterion> &criteria);
std::optional<QList<CustomFieldCriterion>> customCriteriaFromJson(const QJsonArray &array);

// The same criteria over deals in the recycle bin (deleted_at set) instead of live ones.
Result<QString> binnedDealWhereClause(const Database &db, const Actor &actor, const DealFilter &filter,
                                      QVariantList &values);

} // namespace comptoir
