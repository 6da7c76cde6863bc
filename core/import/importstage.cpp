// SPDX-License-Identifier: GPL-3.0-or-later
// Bulk writing: an import writes its rows straight into the real tables, with ids it hands out
// itself, while the work that costs per row is set aside for the whole import and done once at
// the end, set-based:
// - the insert triggers of the full-text indexes (deals, companies, contacts, channels) and of
//   the stage totals: an FTS5 insert per statement makes an index segment per row;
// - the history row of each new deal and the undo records of each new company and contact;
// - the import keys, gathered in a TEMP table and moved in sorted by key (one pass instead of
//   a random b-tree insert per row), looked up meanwhile through a hash table (ClientTable);
// - into a database smaller than the file, the secondary indexes of the tables it fills
//   (one sort each at the end instead of a random b-tree insert per row and index).
// The schema is back as it was before the commit, and a failure anywhere rolls everything back,
// triggers and indexes included.
#include "import/importrun_p.h"
#include "import/sidesearch_p.h"
#include "sqlitebind.h"

#include "database.h"

#include <QCoreApplication>
#include <QFileInfo>

#include <algorithm>

namespace comptoir::import {

// An insert trigger set aside, and what does its work for the rows of the import (?1: the
// first id of the import in that table).
struct DeferredTrigger
{
    enum class Rows { Deals, Companies, Contacts, Channels };
    const char *name;
    Rows rows; // whose first id of the import is ?1
    const char *bulk; // null: the work is done another way
};

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Import)
};

using Rows = DeferredTrigger::Rows;

const DeferredTrigger DeferredTriggers[] = {
    { "deals_search_insert", Rows::Deals,
      "INSERT INTO main.deal_search (rowid, title, comment) SELECT id, title, comment FROM main.deals WHERE id >= ?1" },
    // Summed as the deals are written (writeNewDealTotals()).
    { "deals_totals_insert", Rows::Deals, nullptr },
    { "companies_search_insert", Rows::Companies,
      "INSERT INTO main.company_search (rowid, name, comment) SELECT id, name, comment FROM main.companies "
      "WHERE id >= ?1" },
    { "contacts_search_insert", Rows::Contacts,
      "INSERT INTO main.contact_search (rowid, first_name, last_name, comment) "
      "SELECT id, first_name, last_name, comment FROM main.contacts WHERE id >= ?1" },
    { "channels_search_insert", Rows::Channels,
      "INSERT INTO main.channel_search (rowid, value, digits) SELECT id, value, CASE kind WHEN 'phone' THEN "
      "replace(replace(replace(replace(replace(replace(value, ' ', ''), '-', ''), '.', ''), '(', ''), ')', ''), "
      "'/', '') ELSE '' END FROM main.channels WHERE id >= ?1" },
};

// The tables whose secondary indexes a large import builds at the end.
const char *const BulkIndexedTables[] = { "deals", "companies", "contacts", "channels", "deal_contacts" };
// Conditions of partial indexes that no row an import writes meets (it never writes a deleted
// deal, nor a next activity): those indexes stay, they cost the import nothing, and building
// them again would read the whole table for nothing.
const char *const NeverMetByImportedRows[] = { "deleted_at IS NOT NULL", "next_activity_at IS NOT NULL" };

bool importedRowsNeverEnter(const std::string &indexSql)
{
    if (indexSql.find(" WHERE ") == std::string::npos)
        return false;
    return std::any_of(std::begin(NeverMetByImportedRows), std::end(NeverMetByImportedRows),
                       [&](const char *condition) { return indexSql.find(condition) != std::string::npos; });
}

bool exec(sqlite3 *db, const std::string &sql)
{
    return sqlite3_exec(db, sql.c_str(), nullptr, nullptr, nullptr) == SQLITE_OK;
}

Id nextId(sqlite3 *db, const char *table)
{
    const std::string sql = std::string("SELECT coalesce(max(id), 0) + 1 FROM main.") + table;
    Statement max(db, sql.c_str());
    Id next = 0;
    if (max.prepared() && max.next()) {
        next = max.integer(0);
        max.reset();
    }
    return next;
}

} // namespace

Status Run::createStaging()
{
    // The staging tables stay on the connection, empty, after a committed import: dropping a
    // table fails while any statement of the connection is reading (a caller's open query).
    sqlite3 *db = m_db.handle();
    if (!exec(db, "CREATE TEMP TABLE IF NOT EXISTS import_stage_keys (key TEXT, deal_id, import_id, digest)")
        || !exec(db, "DELETE FROM temp.import_stage_keys") || !m_keys.attach(db) || !m_clients.attach(db))
        return storageError(QStringLiteral("staging"));
    // Foreign keys are checked at the commit, when everything is in.
    if (!exec(db, "PRAGMA defer_foreign_keys = ON"))
        return storageError(QStringLiteral("staging"));
    m_firstDealId = m_nextDealId = nextId(db, "deals");
    m_firstCompanyId = m_nextCompanyId = nextId(db, "companies");
    m_firstContactId = m_nextContactId = nextId(db, "contacts");
    m_firstChannelId = nextId(db, "channels");
    if (!m_firstDealId || !m_nextCompanyId || !m_nextContactId || !m_firstChannelId)
        return storageError(QStringLiteral("staging ids"));
    {
        Statement any(db, "SELECT EXISTS (SELECT 1 FROM main.import_keys)");
        m_mainKeysEmpty = any.prepared() && any.next() && any.integer(0) == 0;
        any.reset();
    }

    // The deferred triggers, from their own stored statements, so that they come back as they were.
    Statement find(db, "SELECT sql FROM main.sqlite_schema WHERE type = 'trigger' AND name = ?1");
    for (const DeferredTrigger &trigger : DeferredTriggers) {
        find.bind(1, QString::fromLatin1(trigger.name));
        if (!find.next())
            continue; // not in this schema: nothing to defer
        m_droppedTriggers.push_back({ find.text(0).toStdString(), &trigger });
        find.reset();
        if (!exec(db, std::string("DROP TRIGGER main.") + trigger.name))
            return storageError(QStringLiteral("staging triggers"));
    }
    startSideSearch();
    return {};
}

// Into a database without deals, a file of some size has the deals' search index built on a
// second thread while the rows are written (see SideSearchIndex). Without deals, the index holds
// nothing the import would lose by replacing it.
bool Run::intoEmptyDatabase()
{
    if (m_request.kind != ImportKind::Deals || m_request.dryRun || m_file.size() < FreshBulkMinBytes)
        return false;
    Statement empty(m_db.handle(), "SELECT NOT EXISTS (SELECT 1 FROM main.deals)");
    const bool none = empty.next() && empty.integer(0) == 1;
    empty.reset();
    return none;
}

void Run::startSideSearch()
{
    sqlite3 *db = m_db.handle();
    const char *file = sqlite3_db_filename(db, "main");
    if (!file || !*file || !intoEmptyDatabase())
        return;
    const QString directory = QFileInfo(QFile::decodeName(file)).absolutePath();
    // One index, if its trigger was set aside and its table has no row yet (then the index holds
    // nothing the import would lose by replacing it).
    using Size = SideSearchIndex::Size;
    const auto start = [&](const char *trigger, const char *table, const char *index, std::vector<std::string> columns,
                           Size size) -> std::unique_ptr<SideSearchIndex> {
        const bool deferred = std::any_of(m_droppedTriggers.begin(), m_droppedTriggers.end(),
                                          [&](const auto &dropped) { return std::string(dropped.second->name) == trigger; });
        if (!deferred)
            return nullptr;
        Statement empty(db, (std::string("SELECT NOT EXISTS (SELECT 1 FROM main.") + table + ")").c_str());
        const bool none = empty.next() && empty.integer(0) == 1;
        empty.reset();
        Statement create(db, "SELECT sql FROM main.sqlite_schema WHERE type = 'table' AND name = ?1");
        create.bind(1, QString::fromLatin1(index));
        if (!none || !create.next())
            return nullptr;
        auto side = std::make_unique<SideSearchIndex>(index, create.text(0).toStdString(), std::move(columns));
        create.reset();
        return side->start(directory, size) ? std::move(side) : nullptr;
    };
    m_sideDeals = start("deals_search_insert", "deals", "deal_search", { "title", "comment" }, Size::Large);
    m_sideContacts = start("contacts_search_insert", "contacts", "contact_search",
                           { "first_name", "last_name", "comment" }, Size::Small);
    m_sideChannels = start("channels_search_insert", "channels", "channel_search", { "value", "digits" }, Size::Small);
}

// A large import into a small database: the secondary indexes of the tables it fills are
// dropped after its first rows and built again at the end. Decided on the share of the file
// those rows took; a few thousand rows into a large database keep their indexes.
Status Run::deferIndexesIfLarge()
{
    if (m_indexesDecided)
        return {};
    m_indexesDecided = true;
    if (m_request.kind == ImportKind::Products || m_request.kind == ImportKind::History || m_bytesRead <= 0
        || m_summary.rows <= 0)
        return {};
    const double expected = double(m_summary.rows) * double(m_file.size()) / double(m_bytesRead);
    if (expected < double(BulkRows) || expected < double(m_firstDealId) || expected < double(m_firstContactId))
        return {};
    sqlite3 *db = m_db.handle();
    std::vector<std::pair<std::string, std::string>> found;
    {
        Statement indexes(db, "SELECT name, sql FROM main.sqlite_schema WHERE type = 'index' AND tbl_name = ?1 "
                              "AND sql IS NOT NULL ORDER BY name");
        for (const char *table : BulkIndexedTables) {
            indexes.bind(1, QString::fromLatin1(table));
            while (indexes.next()) {
                std::string sql = indexes.text(1).toStdString();
                if (!importedRowsNeverEnter(sql))
                    found.emplace_back(indexes.text(0).toStdString(), std::move(sql));
            }
            if (indexes.failed())
                return storageError(QStringLiteral("deferred indexes"));
        }
    }
    for (const auto &[name, sql] : found) {
        // Dropping fails while another statement of the connection reads: the indexes left are
        // then simply kept (those already dropped come back at the end).
        if (!exec(db, "DROP INDEX main.\"" + name + "\"")) // names of ours
            break;
        m_droppedIndexes.push_back(sql);
    }
    return {};
}

Status Run::findKey(const QString &key, std::optional<KeyRow> &found)
{
    found.reset();
    // This import's keys first: the hash table gives the rows staged under the key's hash, each
    // row the key to compare (a hash shared by two keys only costs a read).
    bool readFailed = false;
    m_keys.find(key, [&](Id row) {
        m_findStagedKey->bind(1, row);
        if (!m_findStagedKey->next()) {
            readFailed = true;
            return true;
        }
        if (m_findStagedKey->text(0) == key)
            found = KeyRow { m_findStagedKey->integer(1), m_findStagedKey->integer(2), m_findStagedKey->text(3) };
        m_findStagedKey->reset();
        return found.has_value();
    });
    if (readFailed || m_keys.failed())
        return storageError(QStringLiteral("import_keys"));
    if (found)
        return {};
    // Then the keys of earlier imports.
    if (m_mainKeysEmpty)
        return {};
    m_findKey->bind(1, key);
    if (m_findKey->next()) {
        found = KeyRow { m_findKey->integer(0), m_findKey->integer(1), m_findKey->text(2) };
        m_findKey->reset();
    }
    return m_findKey->failed() ? storageError(QStringLiteral("import_keys")) : Status {};
}

Status Run::stageKey(const QString &key, Id dealId, const QString &digest)
{
    m_insertKey->bind(1, key);
    m_insertKey->bind(2, dealId);
    m_insertKey->bind(3, m_importId);
    m_insertKey->bind(4, digest);
    if (!m_insertKey->exec())
        return storageError(QStringLiteral("import_keys"));
    m_keys.insert(key, m_insertKey->lastId());
    return m_keys.failed() ? storageError(QStringLiteral("import_keys")) : Status {};
}

// What the totals trigger would have added for the new deals, one statement per stage,
// currency and probability instead of a pass over the new deals (1.4 s of a million); the
// stage's own probability as the trigger reads it.
Status Run::writeNewDealTotals()
{
    Statement add(m_db.handle(),
                  "INSERT INTO main.stage_totals (stage_id, currency, deals, amount_minor, weighted_centi) "
                  "VALUES (?1, ?2, ?3, ?4, ?4 * coalesce(?5, (SELECT probability FROM main.stages WHERE id = ?1), 0)) "
                  "ON CONFLICT (stage_id, currency) DO UPDATE SET deals = deals + excluded.deals, "
                  "amount_minor = amount_minor + excluded.amount_minor, "
                  "weighted_centi = weighted_centi + excluded.weighted_centi");
    for (auto it = m_newDealTotals.cbegin(); it != m_newDealTotals.cend(); ++it) {
        add.bind(1, it.key().stage);
        add.bind(2, it.key().currency);
        add.bind(3, it->first);
        add.bind(4, it->second);
        if (it.key().probability >= 0)
            add.bind(5, it.key().probability);
        if (!add.exec())
            return storageError(QStringLiteral("stage totals"));
    }
    m_newDealTotals.clear();
    return {};
}

Status Run::finishStaging()
{
    sqlite3 *db = m_db.handle();
    {
        ImportTrace::Scope step(m_trace, ImportTrace::Keys);
        // Sorted by key: appended to the primary key's b-tree (or merged into it in order).
        if (!exec(db, "INSERT OR REPLACE INTO main.import_keys (key, deal_id, import_id, digest) "
                      "SELECT key, deal_id, import_id, digest FROM temp.import_stage_keys ORDER BY key")
            || !exec(db, "DELETE FROM temp.import_stage_keys") || !m_keys.attach(db))
            return storageError(QStringLiteral("import_keys"));
    }
    {
        ImportTrace::Scope step(m_trace, ImportTrace::History);
        // Each new deal's history says which import it came from (undo finds them there), and
        // each new company and contact is recorded for undo.
        Statement history(db, "INSERT INTO main.history (deal_id, at, user_id, type, field, old_value, new_value, "
                              "description) SELECT id, ?1, ?2, 'imported', 'import', NULL, ?3, ?4 FROM main.deals "
                              "WHERE id >= ?5 ORDER BY id");
        history.bind(1, m_now);
        history.bind(2, m_actor.userId);
        history.bind(3, QString::number(m_importId));
        history.bind(4, Text::tr("Imported from \"%1\" (import %2)")
                            .arg(QFileInfo(m_request.path).fileName())
                            .arg(m_importId));
        history.bind(5, m_firstDealId);
        Statement items(db, "INSERT OR IGNORE INTO main.import_items (import_id, kind, row_id) "
                            "SELECT ?1, 'company', id FROM main.companies WHERE id >= ?2 UNION ALL "
                            "SELECT ?1, 'contact', id FROM main.contacts WHERE id >= ?3 ORDER BY 2, 3");
        items.bind(1, m_importId);
        items.bind(2, m_firstCompanyId);
        items.bind(3, m_firstContactId);
        if (!history.prepared() || !history.exec() || !items.prepared() || !items.exec())
            return storageError(QStringLiteral("history"));
    }
    {
        ImportTrace::Scope step(m_trace, ImportTrace::Indexes);
        for (const std::string &sql : m_droppedIndexes) {
            if (!exec(db, sql))
                return storageError(QStringLiteral("deferred indexes"));
        }
        m_droppedIndexes.clear();
    }
    ImportTrace::Scope step(m_trace, ImportTrace::Search);
    for (const auto &[create, trigger] : m_droppedTriggers) {
        if (!exec(db, create))
            return storageError(QStringLiteral("staging triggers"));
        const Id first = trigger->rows == Rows::Deals       ? m_firstDealId
                       : trigger->rows == Rows::Companies ? m_firstCompanyId
                       : trigger->rows == Rows::Contacts  ? m_firstContactId
                                                          : m_firstChannelId;
        if (std::string(trigger->name) == "deals_totals_insert") {
            if (auto s = writeNewDealTotals(); !s)
                return s;
            continue;
        }
        // Built beside the rows: copied in, unless the thread failed (then built here).
        std::unique_ptr<SideSearchIndex> *side = trigger->rows == Rows::Deals ? &m_sideDeals
                                               : trigger->rows == Rows::Contacts ? &m_sideContacts
                                               : trigger->rows == Rows::Channels ? &m_sideChannels
                                                                                 : nullptr;
        if (side && *side && trigger->bulk) {
            qint64 expected = trigger->rows == Rows::Deals ? m_nextDealId - m_firstDealId
                            : trigger->rows == Rows::Contacts ? m_nextContactId - m_firstContactId
                                                              : -1;
            if (expected < 0) {
                Statement count(db, "SELECT count(*) FROM main.channels WHERE id >= ?1");
                count.bind(1, first);
                expected = count.next() ? count.integer(0) : -1;
                count.reset();
            }
            auto copied = (*side)->copyInto(db, expected);
            side->reset();
            if (!copied)
                return copied.error();
            if (*copied)
                continue;
        }
        // For many new deals, FTS5's merging waits until the fill is in (setSearchAutomerge).
        // Not for a few rows, nor for none: the setting is written to the index (an import that
        // changes nothing leaves the database exactly as it was).
        const bool manyDeals = trigger->rows == Rows::Deals && m_nextDealId - m_firstDealId >= 10000;
        const std::string index = manyDeals ? searchIndexFilledBy(trigger->bulk) : std::string();
        Statement bulk(db, trigger->bulk);
        bulk.bind(1, first);
        if (!setSearchAutomerge(db, index, 0) || !bulk.prepared() || !bulk.exec() || !setSearchAutomerge(db, index, 4))
            return storageError(QStringLiteral("search index and totals"));
    }
    m_droppedTriggers.clear();
    return {};
}

} // namespace comptoir::import
