// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "dealfilter.h"
#include "entities.h"
#include "result.h"

namespace comptoir {

class Database;

// A deal in the recycle bin, as its view lists it.
struct BinnedDeal
{
    Id id = 0;
    QString title;
    qint64 amountMinor = 0;
    QString currency;
    QDateTime deletedAt;
    QString deletedBy; // the user's name
};

// The deals of the recycle bin this actor may see that match the filter, last deleted first.
Result<QList<BinnedDeal>> binnedDeals(const Database &db, const Actor &actor, const DealFilter &filter, int limit = -1);

} // namespace comptoir
