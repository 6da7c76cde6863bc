// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "entities.h"
#include "result.h"

#include <QVariantList>
#include <optional>

namespace comptoir {

class Database;

// What the shared filter bar selects; every view (list, board, activities, calendar) and every
// read path (counts, totals, export) filters deals with it.
struct DealFilter
{
    enum class Group { Any, Open, Won, Lost };
    std::optional<Id> pipelineId;
    std::optional<Id> stageId;
    Group group = Group::Any;
    std::optional<Id> responsibleId;
};

// The WHERE condition over the deals table aliased `d` for this actor and filter: live deals
// only, the AccessPolicy visibility rule, then each criterion. Values are appended to `values`
// in the order of their marks; nothing from the filter is ever spliced into the text.
Result<QString> dealWhereClause(const Database &db, const Actor &actor, const DealFilter &filter,
                                QVariantList &values);

} // namespace comptoir
