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

} // namespace comptoir
