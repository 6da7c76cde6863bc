// SPDX-License-Identifier: GPL-3.0-or-later
#include "dealfilter.h"

#include "access.h"
#include "clock.h"
#include "database.h"
#include "search.h"

namespace comptoir {

namespace {

// The first instant of a local day, as stored (UTC text): created_at is an instant, the filter
// speaks in the user's days.
QString dayStart(const QDate &day)
{
    return toStoredInstant(QDateTime(day, QTime(0, 0), Qt::LocalTime).toUTC());
}

void dateConditions(const QString &column, const DateRange &range, QStringList &conditions, QVariantList &values)
{
    if (range.from.isValid()) {
        conditions << column + QStringLiteral(" >= ?");
        values << range.from.toString(Qt::ISODate);
    }
    if (range.to.isValid()) {
        conditions << column + QStringLiteral(" <= ?");
        values << range.to.toString(Qt::ISODate);
    }
}

void instantConditions(const QString &column, const DateRange &range, QStringList &conditions, QVariantList &values)
{
    if (range.from.isValid()) {
        conditions << column + QStringLiteral(" >= ?");
        values << dayStart(range.from);
    }
    if (range.to.isValid()) {
        conditions << column + QStringLiteral(" < ?");
        values << dayStart(range.to.addDays(1));
    }
}

// Every criterion of the filter, after the live-or-binned and visibility conditions.
void criteria(const DealFilter &filter, QStringList &conditions, QVariantList &values)
{
    if (filter.pipelineId) {
        conditions << QStringLiteral("d.pipeline_id = ?");
        values << *filter.pipelineId;
    }
    if (filter.stageId) {
        conditions << QStringLiteral("d.stage_id = ?");
        values << *filter.stageId;
    }
    switch (filter.group) {
    case DealFilter::Group::Any:
        break;
    case DealFilter::Group::Open:
        conditions << QStringLiteral("d.closed = 0");
        break;
    case DealFilter::Group::Won:
        conditions << QStringLiteral("d.stage_id IN (SELECT id FROM stages WHERE semantic = 'success')");
        break;
    case DealFilter::Group::Lost:
        conditions << QStringLiteral("d.stage_id IN (SELECT id FROM stages WHERE semantic = 'failure')");
        break;
    }
    if (filter.responsibleId) {
        conditions << QStringLiteral("d.responsible_id = ?");
        values << *filter.responsibleId;
    }
    const QString search = searchCondition(filter.search, values);
    if (!search.isEmpty())
        conditions << search;
    if (!filter.amountCurrency.isEmpty()) {
        conditions << QStringLiteral("d.currency = ?");
        values << filter.amountCurrency;
    }
    // Unary plus: an amount range rarely narrows much, and walking deals_amount for it means
    // random row look-ups; the other criteria's index, or a sequential scan, does better.
    if (filter.minAmountMinor) {
        conditions << QStringLiteral("+d.amount_minor >= ?");
        values << *filter.minAmountMinor;
    }
    if (filter.maxAmountMinor) {
        conditions << QStringLiteral("+d.amount_minor <= ?");
        values << *filter.maxAmountMinor;
    }
    if (!filter.typeCode.isEmpty()) {
        conditions << QStringLiteral("d.type_code = ?");
        values << filter.typeCode;
    }
    if (!filter.sourceCode.isEmpty()) {
        conditions << QStringLiteral("d.source_code = ?");
        values << filter.sourceCode;
    }
    instantConditions(QStringLiteral("d.created_at"), filter.created, conditions, values);
    dateConditions(QStringLiteral("d.begin_date"), filter.begin, conditions, values);
    dateConditions(QStringLiteral("d.close_date"), filter.close, conditions, values);
    switch (filter.activity) {
    case DealFilter::Activity::Any:
        break;
    case DealFilter::Activity::WithOpen:
        conditions << QStringLiteral("d.next_activity_at IS NOT NULL");
        break;
    case DealFilter::Activity::WithoutOpen:
        conditions << QStringLiteral("d.next_activity_at IS NULL");
        break;
    case DealFilter::Activity::Overdue:
        conditions << QStringLiteral("d.next_activity_at < ?");
        values << toStoredInstant(filter.now.isValid() ? filter.now : QDateTime::currentDateTimeUtc());
        break;
    }
    if (filter.activityResponsibleId) {
        // From each deal to its open activities (activities_open), never a scan of them all.
        conditions << QStringLiteral("EXISTS (SELECT 1 FROM activities fa WHERE fa.deal_id = d.id AND fa.done = 0 "
                                     "AND fa.responsible_id = ?)");
        values << *filter.activityResponsibleId;
    }
    switch (filter.novelty) {
    case DealFilter::Novelty::Any:
        break;
    case DealFilter::Novelty::New:
        conditions << QStringLiteral("d.is_repeat = 0");
        break;
    case DealFilter::Novelty::Repeat:
        conditions << QStringLiteral("d.is_repeat = 1");
        break;
    }
    customFieldConditions(filter.customFields, conditions, values);
    if (filter.importId) {
        // The history row each import writes per deal it created or updated (append-only, so
        // a later import of the same deals does not hide them from this one).
        conditions << QStringLiteral("d.id IN (SELECT h.deal_id FROM history h WHERE h.type IN "
                                     "('imported', 'import_update') AND h.new_value = ?)");
        values << QString::number(*filter.importId);
    }
}

Result<QString> whereClause(const Database &db, const Actor &actor, const DealFilter &filter, QVariantList &values,
                            bool binned)
{
    auto visible = AccessPolicy(db).dealVisibility(actor, QStringLiteral("d"));
    if (!visible)
        return visible.error();
    // Live deals only, unless the recycle bin is asked for: it has its own view.
    QStringList conditions{binned ? QStringLiteral("d.deleted_at IS NOT NULL") : QStringLiteral("d.deleted_at IS NULL"),
                           QStringLiteral("(") + visible->sql + QLatin1Char(')')};
    values.append(visible->values);
    criteria(filter, conditions, values);
    return conditions.join(QStringLiteral(" AND "));
}

} // namespace

namespace {
DateRange presetDays(DatePreset preset, const QDate &today, const QLocale &locale);
} // namespace

DateRange dateRangeFor(DatePreset preset, const QDate &today, const QLocale &locale)
{
    DateRange range = presetDays(preset, today, locale);
    range.preset = preset;
    return range;
}

namespace {
DateRange presetDays(DatePreset preset, const QDate &today, const QLocale &locale)
{
    switch (preset) {
    case DatePreset::Today:
        return {today, today, {}};
    case DatePreset::ThisWeek: {
        const int first = int(locale.firstDayOfWeek());
        const int back = (today.dayOfWeek() - first + 7) % 7;
        const QDate start = today.addDays(-back);
        return {start, start.addDays(6), {}};
    }
    case DatePreset::ThisMonth: {
        const QDate start(today.year(), today.month(), 1);
        return {start, start.addMonths(1).addDays(-1), {}};
    }
    case DatePreset::LastMonth: {
        const QDate start = QDate(today.year(), today.month(), 1).addMonths(-1);
        return {start, start.addMonths(1).addDays(-1), {}};
    }
    case DatePreset::ThisYear:
        return {QDate(today.year(), 1, 1), QDate(today.year(), 12, 31), {}};
    }
    return {};
}
} // namespace

QDate localToday(const Clock &clock)
{
    return clock.now().toLocalTime().date();
}

bool DealFilter::onlyStageCriteria() const
{
    DealFilter stagesOnly;
    stagesOnly.pipelineId = pipelineId;
    stagesOnly.stageId = stageId;
    stagesOnly.group = group;
    stagesOnly.now = now; // only read by the overdue criterion
    return *this == stagesOnly;
}

Result<QString> dealWhereClause(const Database &db, const Actor &actor, const DealFilter &filter, QVariantList &values)
{
    return whereClause(db, actor, filter, values, false);
}

Result<QString> binnedDealWhereClause(const Database &db, const Actor &actor, const DealFilter &filter,
                                      QVariantList &values)
{
    return whereClause(db, actor, filter, values, true);
}

} // namespace comptoir
