// SPDX-License-Identifier: GPL-3.0-or-later
#include "demo.h"

#include "database.h"
#include "demogenerator_p.h"

#include <QCoreApplication>

#include <cstdio>

// A million deals must go in within seconds: the rows are written through reused SQLite
// statements in one transaction, with dates formatted by hand (demosupport.h). What the deals
// refer to (users, lists, pipelines) is read through the stores.

namespace comptoir {
namespace demo {

Error writeError(sqlite3 *sql)
{
    return Error::storage(
        QCoreApplication::translate("comptoir::Demo", "The demo data could not be written."),
        QString::fromUtf8(sqlite3_errmsg(sql)));
}

// COMPTOIR_DEMO_TRACE=1 prints the time of each phase of a load to stderr (docs/PERFORMANCE.md).
static void tracePhase(QElapsedTimer &timer, const char *phase)
{
    static const bool enabled = qEnvironmentVariableIsSet("COMPTOIR_DEMO_TRACE");
    if (enabled)
        std::fprintf(stderr, "demo: %-10s %7lld ms\n", phase, timer.restart());
}

Status Generator::run(QElapsedTimer &timer)
{
    for (const Statement *statement :
         { &m_insertCompany, &m_insertContact, &m_insertChannel, &m_insertDeal,
           &m_insertDealContact, &m_insertHistory, &m_insertActivity }) {
        if (!statement->prepared())
            return writeError(m_sql);
    }
    const auto nextId = [this](const char *table) {
        const std::string max = "SELECT coalesce(max(id), 0) + 1 FROM main." + std::string(table);
        sqlite3_stmt *statement = nullptr;
        Id next = 0;
        if (sqlite3_prepare_v2(m_sql, max.c_str(), -1, &statement, nullptr) == SQLITE_OK
            && sqlite3_step(statement) == SQLITE_ROW)
            next = sqlite3_column_int64(statement, 0);
        sqlite3_finalize(statement);
        return next;
    };
    m_nextCompanyId = nextId("companies");
    m_nextContactId = nextId("contacts");
    m_nextDealId = nextId("deals");
    if (!m_nextCompanyId || !m_nextContactId || !m_nextDealId)
        return writeError(m_sql);
    // About eight deals per company and four per contact over two years (so that about half the
    // deals are repeat); a large demo has fewer clients per deal, and more repeat deals, so that
    // a million deals still go in quickly.
    const int deals = m_options.deals;
    const int companies = std::clamp(deals / 8, 8, 60000);
    const int people = std::clamp(deals / 4, 16, 120000);
    for (int i = 0; i < companies; ++i) {
        if (auto s = writeCompany(); !s)
            return s;
    }
    for (int i = 0; i < people; ++i) {
        if (auto s = writePerson(); !s)
            return s;
    }
    tracePhase(timer, "clients");
    const std::vector<qint64> times = creationTimes(deals);
    const int step = std::max(1, deals / 100);
    for (int i = 0; i < deals; ++i) {
        if (auto s = writeDeal(times[size_t(i)]); !s)
            return s;
        if (m_options.progress && ((i + 1) % step == 0 || i + 1 == deals))
            m_options.progress(i + 1, deals);
    }
    tracePhase(timer, "deals");
    return {};
}

} // namespace demo

namespace {

using namespace demo;

const std::vector<std::string> SearchedTables { "companies", "contacts", "channels", "deals" };

} // namespace

Result<DemoStats> generateDemo(Database &db, const Clock &clock, const DemoOptions &options)
{
    if (options.deals < 0)
        return Error::invalid(QCoreApplication::translate(
                                  "comptoir::Demo", "The number of demo deals cannot be negative."),
                              QStringLiteral("deals"));
    sqlite3 *sql = db.handle();
    if (!sql)
        return Error::storage(
            QCoreApplication::translate("comptoir::Demo", "The demo data could not be written."),
            QStringLiteral("no SQLite handle"));
    const auto existing = db.scalar(QStringLiteral("SELECT count(*) FROM deals"));
    if (!existing)
        return existing.error();
    // A demo that writes most of the deals is a bulk load: indexes built once at the end and
    // no write-ahead log for it (see BulkSettings); a small one into a large database is not.
    const bool bulk = options.deals >= 10000 && options.deals >= existing->toLongLong();
    BulkSettings settings(sql, bulk);
    QElapsedTimer timer;
    timer.start();

    Transaction tx(db);
    if (!tx)
        return tx.error();
    auto context = loadContext(db);
    if (!context)
        return context.error();
    DeferredIndexes indexes;
    if (bulk
        && !indexes.drop(sql,
                         { "companies", "contacts", "channels", "deals", "deal_contacts",
                           "activities", "history" }))
        return writeError(sql);
    tracePhase(timer, "prepare");
    DeferredSearch search;
    if (!search.drop(sql, SearchedTables))
        return writeError(sql);
    DemoStats stats;
    {
        // The statements are finalised before the commit.
        Generator generator(sql, clock, options, std::move(*context));
        if (auto status = generator.run(timer); !status)
            return status.error();
        stats = generator.stats();
    }
    if (!search.restore(sql))
        return writeError(sql);
    tracePhase(timer, "search");
    if (bulk)
        settings.beforeIndexBuilds();
    if (bulk && !indexes.recreate(sql))
        return writeError(sql);
    tracePhase(timer, "indexes");
    if (auto status = tx.commit(); !status)
        return status.error();
    tracePhase(timer, "commit");
    return stats;
}

} // namespace comptoir