// SPDX-License-Identifier: GPL-3.0-or-later
#include "dealfilter.h"

#include "access.h"
#include "database.h"

namespace comptoir {

Result<QString> dealWhereClause(const Database &db, const Actor &actor, const DealFilter &filter, QVariantList &values)
{
    auto visible = AccessPolicy(db).dealVisibility(actor, QStringLiteral("d"));
    if (!visible)
        return visible.error();
    // Live deals only: the recycle bin has its own view.
    QStringList conditions{QStringLiteral("d.deleted_at IS NULL"), QStringLiteral("(") + visible->sql + QLatin1Char(')')};
    values.append(visible->values);
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
    return conditions.join(QStringLiteral(" AND "));
}

} // namespace comptoir
