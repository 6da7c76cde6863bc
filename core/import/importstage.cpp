// SPDX-License-Identifier: GPL-3.0-or-later
// Staging: the rows an import creates go to TEMP tables first, with ids the import hands out
// itself, and move into the real tables by chunks, one INSERT ... SELECT per table. A statement
// whose triggers write an FTS5 table makes one index segment per statement, so rows written one
// statement each cost a segment (and its merges) per row. The deals' own insert triggers (search
// index, stage totals) are even set aside for the whole import and their work done once at the
// end, set-based, over the new deals: the schema is back as it was before the commit, and a
// failure anywhere rolls everything back, triggers included.
#include "import/importrun_p.h"

#include "database.h"

#include <QCoreApplication>
#include <QFileInfo>

namespace comptoir::import {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Import)
};

// Staging tables, parents first: the order of the flush.
struct StagedTable
{
    const char *name; // temp.import_stage_<name>
    const char *create; // its columns
    const char *flush; // the INSERT ... SELECT into the real table
};

const StagedTable StagedTables[] = {
    { "companies", "id INTEGER PRIMARY KEY, name, comment, created_at",
      "INSERT INTO main.companies (id, name, comment, created_at) SELECT id, name, comment, created_at "
      "FROM temp.import_stage_companies ORDER BY id" },
    { "contacts", "id INTEGER PRIMARY KEY, first_name, last_name, company_id, comment, created_at",
      "INSERT INTO main.contacts (id, first_name, last_name, company_id, comment, created_at) "
      "SELECT id, first_name, last_name, company_id, comment, created_at FROM temp.import_stage_contacts ORDER BY id" },
    { "channels", "company_id, contact_id, kind, value",
      "INSERT INTO main.channels (company_id, contact_id, kind, value, sort) SELECT company_id, contact_id, kind, "
      "value, 0 FROM temp.import_stage_channels ORDER BY rowid" },
    { "deals",
      "id INTEGER PRIMARY KEY, title, amount_minor, currency, pipeline_id, stage_id, company_id, responsible_id, "
      "type_code, source_code, begin_date, close_date, probability, comment, closed, closed_at, created_at, "
      "created_by, updated_at",
      "INSERT INTO main.deals (id, title, amount_minor, currency, amount_manual, pipeline_id, stage_id, company_id, "
      "responsible_id, type_code, source_code, begin_date, close_date, probability, comment, closed, closed_at, "
      "created_at, created_by, updated_at) SELECT id, title, amount_minor, currency, 1, pipeline_id, stage_id, "
      "company_id, responsible_id, type_code, source_code, begin_date, close_date, probability, comment, closed, "
      "closed_at, created_at, created_by, updated_at FROM temp.import_stage_deals ORDER BY id" },
    { "links", "deal_id, contact_id",
      "INSERT OR IGNORE INTO main.deal_contacts (deal_id, contact_id, is_primary, sort) "
      "SELECT deal_id, contact_id, 1, 0 FROM temp.import_stage_links ORDER BY rowid" },
    { "products", "deal_id, product_id, name, quantity_milli, price_minor, discount_bp, tax_rate_bp, sort",
      "INSERT INTO main.deal_products (deal_id, product_id, name, quantity_milli, price_minor, discount_bp, "
      "tax_rate_bp, tax_included, sort) SELECT deal_id, product_id, name, quantity_milli, price_minor, discount_bp, "
      "tax_rate_bp, 1, sort FROM temp.import_stage_products ORDER BY rowid" },
    { "keys", "key TEXT PRIMARY KEY, deal_id, import_id, digest",
      // A key already there belongs to a deal deleted for good since: it now names the new one.
      "INSERT OR REPLACE INTO main.import_keys (key, deal_id, import_id, digest) "
      "SELECT key, deal_id, import_id, digest FROM temp.import_stage_keys ORDER BY key" },
};

// The deals' insert triggers whose work finishStaging() does in bulk.
const char *const DeferredTriggers[] = { "deals_search_insert", "deals_totals_insert" };

// Every new deal in the search index, and in its stage's totals (as deals_totals_insert would).
const char *const BulkSearchSql
    = "INSERT INTO main.deal_search (rowid, title, comment) SELECT id, title, comment FROM main.deals WHERE id >= ?1";
const char *const BulkTotalsSql
    = "INSERT INTO main.stage_totals (stage_id, currency, deals, amount_minor, weighted_centi) "
      "SELECT d.stage_id, d.currency, count(*), sum(d.amount_minor), "
      "sum(d.amount_minor * coalesce(d.probability, s.probability, 0)) "
      "FROM main.deals d LEFT JOIN main.stages s ON s.id = d.stage_id "
      "WHERE d.id >= ?1 AND d.deleted_at IS NULL GROUP BY d.stage_id, d.currency "
      "ON CONFLICT (stage_id, currency) DO UPDATE SET deals = deals + excluded.deals, "
      "amount_minor = amount_minor + excluded.amount_minor, weighted_centi = weighted_centi + excluded.weighted_centi";

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
    for (const StagedTable &table : StagedTables) {
        const std::string name = std::string("import_stage_") + table.name;
        if (!exec(db, "CREATE TEMP TABLE IF NOT EXISTS " + name + " (" + table.create + ")")
            || !exec(db, "DELETE FROM temp." + name))
            return storageError(QStringLiteral("staging"));
    }
    // Counting the product rows of a deal (another row of a deal this import wrote).
    if (!exec(db, "CREATE INDEX IF NOT EXISTS temp.import_stage_products_deal ON import_stage_products (deal_id)"))
        return storageError(QStringLiteral("staging"));
    // Rows may refer to a company or contact still staged (an update of an earlier import's deal):
    // foreign keys are checked at the commit, when everything is in.
    if (!exec(db, "PRAGMA defer_foreign_keys = ON"))
        return storageError(QStringLiteral("staging"));
    m_firstDealId = m_nextDealId = nextId(db, "deals");
    m_nextCompanyId = nextId(db, "companies");
    m_nextContactId = nextId(db, "contacts");
    if (!m_firstDealId || !m_nextCompanyId || !m_nextContactId)
        return storageError(QStringLiteral("staging ids"));

    // The deferred triggers, from their own stored statements, so that they come back as they were.
    Statement find(db, "SELECT sql FROM main.sqlite_schema WHERE type = 'trigger' AND name = ?1");
    for (const char *name : DeferredTriggers) {
        find.bind(1, QString::fromLatin1(name));
        if (!find.next())
            continue; // not in this schema: nothing to defer
        m_droppedTriggers.push_back(find.text(0).toStdString());
        find.reset();
        if (!exec(db, std::string("DROP TRIGGER main.") + name))
            return storageError(QStringLiteral("staging triggers"));
    }
    return {};
}

// A large import into a small database: the deals' indexes are dropped at the first chunk and
// built again at the end, one sort each instead of a b-tree insert per row and index (nine of
// them, in random order, spilling out of the page cache). Decided on the share of the file the
// first chunk took; a few thousand rows into a large database keep their indexes.
Status Run::deferIndexesIfLarge()
{
    if (m_indexesDecided || m_request.kind != ImportKind::Deals)
        return {};
    m_indexesDecided = true;
    if (m_bytesRead <= 0 || m_summary.rows <= 0)
        return {};
    const double expected = double(m_summary.rows) * double(m_file.size()) / double(m_bytesRead);
    if (expected < double(BulkRows) || expected < double(m_firstDealId))
        return {};
    sqlite3 *db = m_db.handle();
    std::vector<std::pair<std::string, std::string>> found;
    {
        Statement indexes(db, "SELECT name, sql FROM main.sqlite_schema WHERE type = 'index' AND tbl_name = 'deals' "
                              "AND sql IS NOT NULL ORDER BY name");
        while (indexes.next())
            found.emplace_back(indexes.text(0).toStdString(), indexes.text(1).toStdString());
        if (indexes.failed())
            return storageError(QStringLiteral("deferred indexes"));
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

Status Run::flushStaging()
{
    if (auto s = deferIndexesIfLarge(); !s)
        return s;
    sqlite3 *db = m_db.handle();
    for (const StagedTable &table : StagedTables) {
        if (!exec(db, table.flush))
            return storageError(QString::fromLatin1(table.name));
        if (std::string_view(table.name) == "deals") {
            // Each new deal's history says which import it came from (undo finds them there).
            m_stageHistory->bind(1, m_now);
            m_stageHistory->bind(2, m_actor.userId);
            m_stageHistory->bind(3, QString::number(m_importId));
            m_stageHistory->bind(4, Text::tr("Imported from \"%1\" (import %2)")
                                        .arg(QFileInfo(m_request.path).fileName())
                                        .arg(m_importId));
            if (!m_stageHistory->exec())
                return storageError(QStringLiteral("history"));
        }
    }
    for (const StagedTable &table : StagedTables) {
        if (!exec(db, std::string("DELETE FROM temp.import_stage_") + table.name))
            return storageError(QStringLiteral("staging"));
    }
    m_stagedRows = 0;
    return {};
}

Status Run::finishStaging()
{
    if (auto s = flushStaging(); !s)
        return s;
    sqlite3 *db = m_db.handle();
    for (const std::string &sql : m_droppedTriggers) {
        if (!exec(db, sql))
            return storageError(QStringLiteral("staging triggers"));
    }
    m_droppedTriggers.clear();
    for (const std::string &sql : m_droppedIndexes) {
        if (!exec(db, sql))
            return storageError(QStringLiteral("deferred indexes"));
    }
    m_droppedIndexes.clear();
    for (const char *sql : { BulkSearchSql, BulkTotalsSql }) {
        Statement bulk(db, sql);
        bulk.bind(1, m_firstDealId);
        if (!bulk.prepared() || !bulk.exec())
            return storageError(QStringLiteral("search index and totals"));
    }
    return {};
}

} // namespace comptoir::import
