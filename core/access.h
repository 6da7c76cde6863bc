// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "entities.h"
#include "result.h"

#include <QString>
#include <QVariantList>

namespace comptoir {

class Database;

// A piece of SQL with its bound values, to be spliced into a larger statement. Only ever built
// from constants and whitelisted identifiers; values travel in `values`.
struct SqlFragment
{
    QString sql;
    QVariantList values;
};

// The one visibility rule every read path of deals goes through (lists, counts, totals, search,
// export, reports), and the one check every change goes through. Access rights (F11) plug in
// here. Today: the owner sees and changes everything; another user sees the deals they are
// responsible for.
class AccessPolicy final
{
public:
    explicit AccessPolicy(const Database &db) : m_db(db) { }

    // A condition on the deals table aliased `alias`, e.g. "1" or "d.responsible_id = ?".
    Result<SqlFragment> dealVisibility(const Actor &actor, const QString &alias) const;
    // True when the actor sees every live deal (the owner): counts may then skip the join to
    // deals that only the visibility rule needs.
    Result<bool> seesAllDeals(const Actor &actor) const;
    Status canChangeDeal(const Actor &actor, Id responsibleId) const;
    // A live deal the actor sees (and may change, with `forChange`), for the services that
    // write something about a deal (its activities, its comments); NotFound otherwise.
    Status checkDeal(const Actor &actor, Id dealId, bool forChange) const;
    Status checkActor(const Actor &actor) const;

private:
    Result<User> user(const Actor &actor) const;
    const Database &m_db;
};

} // namespace comptoir
