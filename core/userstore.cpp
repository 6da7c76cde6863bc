// SPDX-License-Identifier: GPL-3.0-or-later
#include "clock.h"
#include "database.h"
#include "stores.h"

#include <QCoreApplication>

namespace comptoir {

namespace {
const QString SelectUsers = QStringLiteral(R"(
    SELECT id, login, name, is_owner, active FROM users)");

User userFrom(const QSqlQuery &q)
{
    User u;
    u.id = q.value(0).toLongLong();
    u.login = q.value(1).toString();
    u.name = q.value(2).toString();
    u.isOwner = q.value(3).toBool();
    u.active = q.value(4).toBool();
    return u;
}
} // namespace

Result<QList<User>> UserStore::all() const
{
    auto q = m_db.exec(SelectUsers + QStringLiteral(" ORDER BY name COLLATE NOCASE, id"));
    if (!q)
        return q.error();
    QList<User> users;
    while (q->next())
        users.append(userFrom(*q));
    return users;
}

Result<User> UserStore::byId(Id id) const
{
    auto q = m_db.exec(SelectUsers + QStringLiteral(" WHERE id = ?"), {id});
    if (!q)
        return q.error();
    if (!q->next())
        return Error::notFound(QCoreApplication::translate("Stores", "There is no user %1.").arg(id));
    return userFrom(*q);
}

Result<User> UserStore::owner() const
{
    auto q = m_db.exec(SelectUsers + QStringLiteral(" WHERE is_owner = 1 ORDER BY id LIMIT 1"));
    if (!q)
        return q.error();
    if (!q->next())
        return Error::notFound(QCoreApplication::translate("Stores", "The database has no owner user."));
    return userFrom(*q);
}

Result<Id> UserStore::insert(const User &user, const QDateTime &now) const
{
    auto q = m_db.exec(QStringLiteral("INSERT INTO users (login, name, is_owner, active, created_at) "
                                      "VALUES (?, ?, ?, ?, ?)"),
                       {user.login, user.name, int(user.isOwner), int(user.active), toStoredInstant(now)});
    if (!q)
        return q.error();
    return q->lastInsertId().toLongLong();
}

} // namespace comptoir
