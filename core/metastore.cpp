// SPDX-License-Identifier: GPL-3.0-or-later
#include "database.h"
#include "stores.h"

namespace comptoir {

Result<QString> MetaStore::value(const QString &key) const
{
    auto v = m_db.scalar(QStringLiteral("SELECT value FROM meta WHERE key = ?"), {key});
    if (!v)
        return v.error();
    return v->toString();
}

Status MetaStore::setValue(const QString &key, const QString &value) const
{
    auto q = m_db.exec(QStringLiteral("INSERT INTO meta (key, value) VALUES (?, ?) "
                                      "ON CONFLICT (key) DO UPDATE SET value = excluded.value"),
                       {key, value});
    if (!q)
        return q.error();
    return {};
}

} // namespace comptoir
