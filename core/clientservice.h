// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "entities.h"
#include "result.h"

#include <QObject>

namespace comptoir {

class Clock;
class Database;

// Companies and contacts.
class ClientService final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ClientService)
public:
    explicit ClientService(Database &db, const Clock &clock, QObject *parent = nullptr);

    Result<Company> company(const Actor &actor, Id id) const;
    Result<Contact> contact(const Actor &actor, Id id) const;
    Result<Company> createCompany(const Actor &actor, Company company);
    Result<Contact> createContact(const Actor &actor, Contact contact);
    // The company with this name (case-insensitive), created when there is none.
    Result<Company> findOrCreateCompany(const Actor &actor, const QString &name);
    // The contact "First Last" (case-insensitive), created when there is none. The last word is
    // the last name.
    Result<Contact> findOrCreateContact(const Actor &actor, const QString &fullName,
                                        std::optional<Id> companyId = {});
    // Deletes a company nothing refers to: no contact, and no deal but `leavingDeal` (a deal in
    // the recycle bin, which then keeps no company). For undoing what created it; refused with
    // a message naming what still uses it otherwise.
    Status removeUnusedCompany(const Actor &actor, Id companyId, Id leavingDeal = 0);
    Result<QList<Company>> searchCompanies(const Actor &actor, const QString &prefix, int limit = 20) const;
    Result<QList<Contact>> searchContacts(const Actor &actor, const QString &prefix, int limit = 20) const;

Q_SIGNALS:
    void clientsChanged();

private:
    Database &m_db;
    const Clock &m_clock;
};

} // namespace comptoir
