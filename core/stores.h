// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The stores: SQL only, one small class per aggregate, every value bound. No rule lives here;
// the services hold the rules and wrap store calls in transactions.

#include "entities.h"
#include "result.h"

#include <QList>
#include <QVariant>

namespace comptoir {

class Database;

class UserStore final
{
public:
    explicit UserStore(const Database &db) : m_db(db) { }
    Result<QList<User>> all() const;
    Result<User> byId(Id id) const;
    Result<User> owner() const;
    Result<Id> insert(const User &user, const QDateTime &now) const;

private:
    const Database &m_db;
};

class ListStore final
{
public:
    explicit ListStore(const Database &db) : m_db(db) { }
    Result<QList<ListItem>> items(const QString &list, bool activeOnly = true) const;
    Result<Id> insert(const ListItem &item) const;
    Status rename(Id id, const QString &name) const;
    Status setActive(Id id, bool active) const;
    // The item of `list` whose code or name matches `text` (case-insensitive).
    Result<std::optional<ListItem>> find(const QString &list, const QString &text) const;

private:
    const Database &m_db;
};

class PipelineStore final
{
public:
    explicit PipelineStore(const Database &db) : m_db(db) { }
    Result<QList<Pipeline>> all() const; // with their stages, ordered
    Result<Pipeline> byId(Id id) const;
    Result<Stage> stage(Id stageId) const;
    Result<Id> insertPipeline(const Pipeline &pipeline) const;
    Status updatePipeline(const Pipeline &pipeline) const; // name, sort, is_default
    Status deletePipeline(Id id) const;                  // and its stages
    Result<Id> insertStage(const Stage &stage) const;
    Status updateStage(const Stage &stage) const;        // name, color, sort, semantic, probability
    Status deleteStage(Id stageId) const;
    // Live deals only; deals in the recycle bin follow their stage or pipeline.
    Result<qint64> dealCountInStage(Id stageId) const;
    Result<qint64> dealCountInPipeline(Id pipelineId) const;

private:
    const Database &m_db;
};

class ClientStore final
{
public:
    explicit ClientStore(const Database &db) : m_db(db) { }
    Result<Company> company(Id id) const;
    Result<Contact> contact(Id id) const;
    Result<Id> insertCompany(const Company &company) const;
    Result<Id> insertContact(const Contact &contact) const;
    Status updateCompany(const Company &company) const;
    Status updateContact(const Contact &contact) const;
    // Exact, case-insensitive name look-ups (first match by id).
    Result<std::optional<Company>> companyByName(const QString &name) const;
    Result<std::optional<Contact>> contactByName(const QString &fullName) const;
    // Completion: names starting with (or containing a word starting with) prefix.
    Result<QList<Company>> searchCompanies(const QString &prefix, int limit) const;
    Result<QList<Contact>> searchContacts(const QString &prefix, int limit) const;

private:
    Status writeChannels(const char *ownerColumn, Id ownerId, const QStringList &emails,
                         const QStringList &phones) const;
    const Database &m_db;
};

// Columns of the deals table that a change may touch, by their stored names.
class DealStore final
{
public:
    explicit DealStore(const Database &db) : m_db(db) { }
    Result<Deal> byId(Id id) const; // with contacts and product rows
    Result<bool> exists(Id id) const;
    Result<Id> insert(const Deal &deal) const;
    Status update(const Deal &deal) const; // every column, contacts and product rows
    Status remove(Id id) const; // for good, with its contacts, product rows and activities
    // Moves a live deal to the recycle bin (at valid) or back out of it (at invalid).
    Status setDeleted(Id id, const QDateTime &at, Id by) const;
    // True when the company or one of the contacts has a deal won before `before`.
    Result<bool> clientHasWonDealBefore(std::optional<Id> companyId, const QList<Id> &contactIds,
                                        const QDateTime &before, Id excludingDeal = 0) const;

private:
    Status writeContacts(Id dealId, const QList<Id> &contactIds) const;
    Status writeProducts(Id dealId, const QList<DealProduct> &products) const;
    const Database &m_db;
};

class HistoryStore final
{
public:
    explicit HistoryStore(const Database &db) : m_db(db) { }
    Status append(const HistoryEvent &event) const;
    Result<QList<HistoryEvent>> forDeal(Id dealId) const; // oldest first, with user names
    Result<qint64> count() const;

private:
    const Database &m_db;
};

class ActivityStore final
{
public:
    explicit ActivityStore(const Database &db) : m_db(db) { }
    Result<Id> insert(const Activity &activity) const;
    Status update(const Activity &activity) const;
    Result<QList<Activity>> forDeal(Id dealId) const; // by deadline
    Result<Activity> byId(Id id) const;

private:
    const Database &m_db;
};

class MetaStore final
{
public:
    explicit MetaStore(const Database &db) : m_db(db) { }
    Result<QString> value(const QString &key) const;
    Status setValue(const QString &key, const QString &value) const;

private:
    const Database &m_db;
};

} // namespace comptoir
