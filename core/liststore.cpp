// SPDX-License-Identifier: GPL-3.0-or-later
#include "database.h"
#include "stores.h"

#include <QCoreApplication>

namespace comptoir {

namespace {
const QString SelectItems = QStringLiteral("SELECT id, list, code, name, sort, active FROM list_items");

ListItem itemFrom(const QSqlQuery &q)
{
    ListItem item;
    item.id = q.value(0).toLongLong();
    item.list = q.value(1).toString();
    item.code = q.value(2).toString();
    item.name = q.value(3).toString();
    item.sort = q.value(4).toInt();
    item.active = q.value(5).toBool();
    return item;
}
} // namespace

Result<QList<ListItem>> ListStore::items(const QString &list, bool activeOnly) const
{
    auto q = m_db.exec(SelectItems + QStringLiteral(" WHERE list = ? AND (active = 1 OR ? = 0) ORDER BY sort, id"),
                       {list, int(activeOnly)});
    if (!q)
        return q.error();
    QList<ListItem> items;
    while (q->next())
        items.append(itemFrom(*q));
    return items;
}

Result<Id> ListStore::insert(const ListItem &item) const
{
    auto q = m_db.exec(QStringLiteral("INSERT INTO list_items (list, code, name, sort, active) VALUES (?, ?, ?, ?, ?)"),
                       {item.list, item.code, item.name, item.sort, int(item.active)});
    if (!q)
        return q.error();
    return q->lastInsertId().toLongLong();
}

Status ListStore::rename(Id id, const QString &name) const
{
    auto q = m_db.exec(QStringLiteral("UPDATE list_items SET name = ? WHERE id = ?"), {name, id});
    if (!q)
        return q.error();
    return {};
}

Status ListStore::setActive(Id id, bool active) const
{
    auto q = m_db.exec(QStringLiteral("UPDATE list_items SET active = ? WHERE id = ?"), {int(active), id});
    if (!q)
        return q.error();
    return {};
}

Result<std::optional<ListItem>> ListStore::find(const QString &list, const QString &text) const
{
    auto q = m_db.exec(SelectItems + QStringLiteral(" WHERE list = ? AND (code = ? COLLATE NOCASE OR name = ? COLLATE NOCASE) "
                                                    "ORDER BY active DESC, id LIMIT 1"),
                       {list, text.trimmed(), text.trimmed()});
    if (!q)
        return q.error();
    if (!q->next())
        return std::optional<ListItem>();
    return std::optional<ListItem>(itemFrom(*q));
}

} // namespace comptoir
