// SPDX-License-Identifier: GPL-3.0-or-later
#include "access.h"

#include "database.h"
#include "stores.h"

#include <QCoreApplication>

namespace comptoir {

Result<User> AccessPolicy::user(const Actor &actor) const
{
    auto u = UserStore(m_db).byId(actor.userId);
    if (!u) {
        if (u.error().code == Error::Code::NotFound)
            return Error::forbidden(QCoreApplication::translate("Access", "Unknown user %1.").arg(actor.userId));
        return u.error();
    }
    if (!u->active)
        return Error::forbidden(QCoreApplication::translate("Access", "The user %1 is deactivated.").arg(u->name));
    return u;
}

Status AccessPolicy::checkActor(const Actor &actor) const
{
    auto u = user(actor);
    if (!u)
        return u.error();
    return {};
}

Result<SqlFragment> AccessPolicy::dealVisibility(const Actor &actor, const QString &alias) const
{
    auto u = user(actor);
    if (!u)
        return u.error();
    if (u->isOwner)
        return SqlFragment{QStringLiteral("1"), {}};
    return SqlFragment{alias + QStringLiteral(".responsible_id = ?"), {u->id}};
}

Result<bool> AccessPolicy::seesAllDeals(const Actor &actor) const
{
    auto u = user(actor);
    if (!u)
        return u.error();
    return u->isOwner;
}

Status AccessPolicy::canChangeDeal(const Actor &actor, Id responsibleId) const
{
    auto u = user(actor);
    if (!u)
        return u.error();
    if (u->isOwner || u->id == responsibleId)
        return {};
    return Error::forbidden(QCoreApplication::translate("Access", "You may only change your own deals."));
}

Status AccessPolicy::checkDeal(const Actor &actor, Id dealId, bool forChange) const
{
    auto visible = dealVisibility(actor, QStringLiteral("d"));
    if (!visible)
        return visible.error();
    QVariantList values { dealId };
    values.append(visible->values);
    auto q = m_db.exec(QStringLiteral("SELECT d.responsible_id FROM deals d WHERE d.id = ? "
                                      "AND d.deleted_at IS NULL AND (%1)")
                           .arg(visible->sql),
                       values);
    if (!q)
        return q.error();
    if (!q->next())
        return Error::notFound(QCoreApplication::translate("Access", "There is no deal %1.").arg(dealId));
    return forChange ? canChangeDeal(actor, q->value(0).toLongLong()) : Status();
}

} // namespace comptoir
