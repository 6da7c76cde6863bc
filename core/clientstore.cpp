// SPDX-License-Identifier: GPL-3.0-or-later
#include "clock.h"
#include "database.h"
#include "stores.h"

#include <QCoreApplication>

namespace comptoir {

namespace {
const QString SelectCompanies = QStringLiteral("SELECT id, name, comment, created_at FROM companies");
const QString SelectContacts = QStringLiteral(
    "SELECT id, first_name, last_name, company_id, birthday, comment, created_at FROM contacts");

Company companyFrom(const QSqlQuery &q)
{
    Company c;
    c.id = q.value(0).toLongLong();
    c.name = q.value(1).toString();
    c.comment = q.value(2).toString();
    c.createdAt = fromStoredInstant(q.value(3).toString());
    return c;
}

Contact contactFrom(const QSqlQuery &q)
{
    Contact c;
    c.id = q.value(0).toLongLong();
    c.firstName = q.value(1).toString();
    c.lastName = q.value(2).toString();
    if (!q.value(3).isNull())
        c.companyId = q.value(3).toLongLong();
    c.birthday = QDate::fromString(q.value(4).toString(), Qt::ISODate);
    c.comment = q.value(5).toString();
    c.createdAt = fromStoredInstant(q.value(6).toString());
    return c;
}

QVariant nullableId(const std::optional<Id> &id)
{
    return id ? QVariant(*id) : QVariant();
}

QVariant nullableDate(const QDate &d)
{
    return d.isValid() ? QVariant(d.toString(Qt::ISODate)) : QVariant();
}

// Reads the e-mails and phones of one owner into the two lists.
Status readChannels(const Database &db, const char *ownerColumn, Id ownerId, QStringList &emails, QStringList &phones)
{
    auto q = db.exec(QStringLiteral("SELECT kind, value FROM channels WHERE %1 = ? ORDER BY sort, id")
                         .arg(QLatin1String(ownerColumn)),
                     {ownerId});
    if (!q)
        return q.error();
    while (q->next())
        (q->value(0).toString() == u"email" ? emails : phones).append(q->value(1).toString());
    return {};
}

QString likePrefix(const QString &text)
{
    QString escaped = text.trimmed();
    escaped.replace(QLatin1Char('\\'), QLatin1String("\\\\"));
    escaped.replace(QLatin1Char('%'), QLatin1String("\\%"));
    escaped.replace(QLatin1Char('_'), QLatin1String("\\_"));
    return escaped + QLatin1Char('%');
}
} // namespace

Result<Company> ClientStore::company(Id id) const
{
    auto q = m_db.exec(SelectCompanies + QStringLiteral(" WHERE id = ?"), {id});
    if (!q)
        return q.error();
    if (!q->next())
        return Error::notFound(QCoreApplication::translate("Stores", "There is no company %1.").arg(id));
    Company c = companyFrom(*q);
    if (auto s = readChannels(m_db, "company_id", id, c.emails, c.phones); !s)
        return s.error();
    return c;
}

Result<Contact> ClientStore::contact(Id id) const
{
    auto q = m_db.exec(SelectContacts + QStringLiteral(" WHERE id = ?"), {id});
    if (!q)
        return q.error();
    if (!q->next())
        return Error::notFound(QCoreApplication::translate("Stores", "There is no contact %1.").arg(id));
    Contact c = contactFrom(*q);
    if (auto s = readChannels(m_db, "contact_id", id, c.emails, c.phones); !s)
        return s.error();
    return c;
}

Status ClientStore::writeChannels(const char *ownerColumn, Id ownerId, const QStringList &emails,
                                  const QStringList &phones) const
{
    const QString column = QLatin1String(ownerColumn); // "company_id" or "contact_id", never user text
    if (auto q = m_db.exec(QStringLiteral("DELETE FROM channels WHERE %1 = ?").arg(column), {ownerId}); !q)
        return q.error();
    const QString insert = QStringLiteral("INSERT INTO channels (%1, kind, value, sort) VALUES (?, ?, ?, ?)").arg(column);
    int sort = 0;
    for (const QString &e : emails) {
        if (auto q = m_db.exec(insert, {ownerId, QStringLiteral("email"), e, sort++}); !q)
            return q.error();
    }
    for (const QString &p : phones) {
        if (auto q = m_db.exec(insert, {ownerId, QStringLiteral("phone"), p, sort++}); !q)
            return q.error();
    }
    return {};
}

Result<Id> ClientStore::insertCompany(const Company &company) const
{
    auto q = m_db.exec(QStringLiteral("INSERT INTO companies (name, comment, created_at) VALUES (?, ?, ?)"),
                       {company.name, company.comment, toStoredInstant(company.createdAt)});
    if (!q)
        return q.error();
    const Id id = q->lastInsertId().toLongLong();
    if (auto s = writeChannels("company_id", id, company.emails, company.phones); !s)
        return s.error();
    return id;
}

Result<Id> ClientStore::insertContact(const Contact &contact) const
{
    auto q = m_db.exec(QStringLiteral("INSERT INTO contacts (first_name, last_name, company_id, birthday, comment, created_at) "
                                      "VALUES (?, ?, ?, ?, ?, ?)"),
                       {contact.firstName, contact.lastName, nullableId(contact.companyId), nullableDate(contact.birthday),
                        contact.comment, toStoredInstant(contact.createdAt)});
    if (!q)
        return q.error();
    const Id id = q->lastInsertId().toLongLong();
    if (auto s = writeChannels("contact_id", id, contact.emails, contact.phones); !s)
        return s.error();
    return id;
}

Status ClientStore::updateCompany(const Company &company) const
{
    if (auto q = m_db.exec(QStringLiteral("UPDATE companies SET name = ?, comment = ? WHERE id = ?"),
                           {company.name, company.comment, company.id});
        !q)
        return q.error();
    return writeChannels("company_id", company.id, company.emails, company.phones);
}

Status ClientStore::updateContact(const Contact &contact) const
{
    if (auto q = m_db.exec(QStringLiteral("UPDATE contacts SET first_name = ?, last_name = ?, company_id = ?, "
                                          "birthday = ?, comment = ? WHERE id = ?"),
                           {contact.firstName, contact.lastName, nullableId(contact.companyId),
                            nullableDate(contact.birthday), contact.comment, contact.id});
        !q)
        return q.error();
    return writeChannels("contact_id", contact.id, contact.emails, contact.phones);
}

Result<std::optional<Company>> ClientStore::companyByName(const QString &name) const
{
    auto q = m_db.exec(SelectCompanies + QStringLiteral(" WHERE name = ? COLLATE NOCASE ORDER BY id"), {name.trimmed()});
    if (!q)
        return q.error();
    // NOCASE folds ASCII letters only ("é" and "É" differ there): names that differ by an
    // accented capital are taken as different companies.
    while (q->next()) {
        Company c = companyFrom(*q);
        if (c.name.compare(name.trimmed(), Qt::CaseInsensitive) == 0)
            return std::optional<Company>(c);
    }
    return std::optional<Company>();
}

Result<std::optional<Contact>> ClientStore::contactByName(const QString &fullName) const
{
    const QString wanted = fullName.simplified();
    auto q = m_db.exec(SelectContacts + QStringLiteral(" WHERE (first_name || ' ' || last_name) = ? COLLATE NOCASE "
                                                       "OR last_name = ? COLLATE NOCASE OR first_name = ? COLLATE NOCASE "
                                                       "ORDER BY id"),
                       {wanted, wanted, wanted});
    if (!q)
        return q.error();
    while (q->next()) {
        Contact c = contactFrom(*q);
        if (c.displayName().compare(wanted, Qt::CaseInsensitive) == 0)
            return std::optional<Contact>(c);
    }
    return std::optional<Contact>();
}

Result<QList<Company>> ClientStore::searchCompanies(const QString &prefix, int limit) const
{
    auto q = m_db.exec(SelectCompanies + QStringLiteral(" WHERE name LIKE ? ESCAPE '\\' OR name LIKE ? ESCAPE '\\' "
                                                        "ORDER BY name COLLATE NOCASE LIMIT ?"),
                       {likePrefix(prefix), QStringLiteral("% ") + likePrefix(prefix), limit});
    if (!q)
        return q.error();
    QList<Company> companies;
    while (q->next())
        companies.append(companyFrom(*q));
    return companies;
}

Result<QList<Contact>> ClientStore::searchContacts(const QString &prefix, int limit) const
{
    auto q = m_db.exec(SelectContacts + QStringLiteral(" WHERE first_name LIKE ? ESCAPE '\\' OR last_name LIKE ? ESCAPE '\\' "
                                                       "OR (first_name || ' ' || last_name) LIKE ? ESCAPE '\\' "
                                                       "ORDER BY last_name COLLATE NOCASE, first_name COLLATE NOCASE LIMIT ?"),
                       {likePrefix(prefix), likePrefix(prefix), likePrefix(prefix), limit});
    if (!q)
        return q.error();
    QList<Contact> contacts;
    while (q->next())
        contacts.append(contactFrom(*q));
    return contacts;
}

} // namespace comptoir
