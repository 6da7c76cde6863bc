// SPDX-License-Identifier: GPL-3.0-or-later
#include "clientservice.h"

#include "access.h"
#include "clock.h"
#include "database.h"
#include "stores.h"

#include <QCoreApplication>

namespace comptoir {

namespace {
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(ClientService)
};

QStringList cleaned(const QStringList &values)
{
    QStringList out;
    for (const QString &v : values) {
        const QString t = v.trimmed();
        if (!t.isEmpty() && !out.contains(t, Qt::CaseInsensitive))
            out << t;
    }
    return out;
}

Status validateEmails(const QStringList &emails)
{
    for (const QString &e : emails) {
        const qsizetype at = e.indexOf(QLatin1Char('@'));
        if (at <= 0 || at == e.size() - 1 || e.contains(QLatin1Char(' ')))
            return Error::invalid(Text::tr("“%1” is not an e-mail address.").arg(e), QStringLiteral("email"));
    }
    return {};
}
} // namespace

ClientService::ClientService(Database &db, const Clock &clock, QObject *parent)
    : QObject(parent)
    , m_db(db)
    , m_clock(clock)
{
}

Result<Company> ClientService::company(const Actor &actor, Id id) const
{
    if (auto s = AccessPolicy(m_db).checkActor(actor); !s)
        return s.error();
    return ClientStore(m_db).company(id);
}

Result<Contact> ClientService::contact(const Actor &actor, Id id) const
{
    if (auto s = AccessPolicy(m_db).checkActor(actor); !s)
        return s.error();
    return ClientStore(m_db).contact(id);
}

Result<Company> ClientService::createCompany(const Actor &actor, Company company)
{
    if (auto s = AccessPolicy(m_db).checkActor(actor); !s)
        return s.error();
    company.name = company.name.simplified();
    if (company.name.isEmpty())
        return Error::invalid(tr("A company needs a name."), QStringLiteral("name"));
    company.emails = cleaned(company.emails);
    company.phones = cleaned(company.phones);
    if (auto s = validateEmails(company.emails); !s)
        return s.error();
    company.createdAt = m_clock.now();
    Transaction tx(m_db);
    if (!tx)
        return tx.error();
    auto id = ClientStore(m_db).insertCompany(company);
    if (!id)
        return id.error();
    if (auto s = tx.commit(); !s)
        return s.error();
    company.id = *id;
    m_db.afterCommit([this] { Q_EMIT clientsChanged(); });
    return company;
}

Result<Contact> ClientService::createContact(const Actor &actor, Contact contact)
{
    if (auto s = AccessPolicy(m_db).checkActor(actor); !s)
        return s.error();
    contact.firstName = contact.firstName.simplified();
    contact.lastName = contact.lastName.simplified();
    if (contact.firstName.isEmpty() && contact.lastName.isEmpty())
        return Error::invalid(tr("A contact needs a name."), QStringLiteral("name"));
    contact.emails = cleaned(contact.emails);
    contact.phones = cleaned(contact.phones);
    if (auto s = validateEmails(contact.emails); !s)
        return s.error();
    if (contact.companyId) {
        if (auto c = ClientStore(m_db).company(*contact.companyId); !c)
            return Error::invalid(c.error().message, QStringLiteral("company"));
    }
    contact.createdAt = m_clock.now();
    Transaction tx(m_db);
    if (!tx)
        return tx.error();
    auto id = ClientStore(m_db).insertContact(contact);
    if (!id)
        return id.error();
    if (auto s = tx.commit(); !s)
        return s.error();
    contact.id = *id;
    m_db.afterCommit([this] { Q_EMIT clientsChanged(); });
    return contact;
}

Result<Company> ClientService::findOrCreateCompany(const Actor &actor, const QString &name)
{
    if (auto s = AccessPolicy(m_db).checkActor(actor); !s)
        return s.error();
    auto found = ClientStore(m_db).companyByName(name.simplified());
    if (!found)
        return found.error();
    if (*found)
        return **found;
    Company c;
    c.name = name;
    return createCompany(actor, c);
}

Status ClientService::removeUnusedCompany(const Actor &actor, Id companyId, Id leavingDeal)
{
    if (auto s = AccessPolicy(m_db).checkActor(actor); !s)
        return s;
    Transaction tx(m_db);
    if (!tx)
        return tx.error();
    auto company = ClientStore(m_db).company(companyId);
    if (!company)
        return company.error();
    auto deals = m_db.scalar(QStringLiteral("SELECT count(*) FROM deals WHERE company_id = ? AND id <> ?"),
                             { companyId, leavingDeal });
    if (!deals)
        return deals.error();
    auto contacts = m_db.scalar(QStringLiteral("SELECT count(*) FROM contacts WHERE company_id = ?"), { companyId });
    if (!contacts)
        return contacts.error();
    if (deals->toLongLong() > 0 || contacts->toLongLong() > 0)
        return Error::invalid(tr("The company “%1” is still used by %n deal(s) or contact(s).", nullptr,
                                 int(deals->toLongLong() + contacts->toLongLong()))
                                  .arg(company->name),
                              QStringLiteral("company"));
    if (auto q = m_db.exec(QStringLiteral("DELETE FROM companies WHERE id = ?"), { companyId }); !q)
        return q.error();
    if (auto s = tx.commit(); !s)
        return s;
    m_db.afterCommit([this] { Q_EMIT clientsChanged(); });
    return {};
}

Result<Contact> ClientService::findOrCreateContact(const Actor &actor, const QString &fullName,
                                                   std::optional<Id> companyId)
{
    if (auto s = AccessPolicy(m_db).checkActor(actor); !s)
        return s.error();
    const QString name = fullName.simplified();
    auto found = ClientStore(m_db).contactByName(name);
    if (!found)
        return found.error();
    if (*found)
        return **found;
    Contact c;
    const QStringList words = name.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    if (!words.isEmpty()) {
        c.lastName = words.last();
        c.firstName = words.mid(0, words.size() - 1).join(QLatin1Char(' '));
    }
    c.companyId = companyId;
    return createContact(actor, c);
}

Result<QList<Company>> ClientService::searchCompanies(const Actor &actor, const QString &prefix, int limit) const
{
    if (auto s = AccessPolicy(m_db).checkActor(actor); !s)
        return s.error();
    return ClientStore(m_db).searchCompanies(prefix, limit);
}

Result<QList<Contact>> ClientService::searchContacts(const Actor &actor, const QString &prefix, int limit) const
{
    if (auto s = AccessPolicy(m_db).checkActor(actor); !s)
        return s.error();
    return ClientStore(m_db).searchContacts(prefix, limit);
}

} // namespace comptoir
