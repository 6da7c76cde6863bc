// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "clock.h"
#include "csv/dates.h"
#include "csv/sniffer.h"
#include "entities.h"
#include "import/fields.h"
#include "import/profile.h"
#include "result.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>
#include <atomic>
#include <functional>
#include <optional>

namespace comptoir {
class Database;
}

namespace comptoir::import {

// One problem with one value or row: where it is and why.
struct RowError
{
    qint64 line = 0;
    qint64 column = 0;
    QString message; // a sentence naming the line and column
};

// What the import does (or, in a dry run, would do) with one row.
enum class RowAction { Created, Updated, Skipped, ProductAdded, Error };
struct RowOutcome
{
    qint64 line = 0;
    RowAction action = RowAction::Skipped;
    QString title; // the deal's, or the company, contact, product or activity the row names
};

// The wizard's first step: what the file looks like and how its columns map.
struct Analysis
{
    csv::Detection detection;
    QStringList header;
    std::optional<Preset> preset; // the CRM export format recognised, if any
    QList<Field> mapping; // one per column
};

// Everything one import needs: the file, how to read it, the mapping and the rules.
struct ImportRequest
{
    QString path;
    ImportKind kind = ImportKind::Deals; // a migration also imports clients, products, history
    std::optional<csv::Encoding> encoding; // unset: detected
    QChar delimiter; // null: detected
    QList<Field> mapping; // one per column; empty: the profile's, else autoMap()
    QHash<QString, Field> overrides; // header name -> field (--map), on top of the mapping
    QString preset; // a preset key for autoMap()
    ValueRules rules;
    bool dryRun = false; // run everything, then roll back
    int maxOutcomes = 1000; // per-row outcomes kept for the dry-run page
    int maxErrors = 200; // errors kept (the count goes on)
    // Rows that fail their checks are left out and the others imported, instead of nothing; each
    // error goes to errorFile when set (CSV: line, column, field, message). A file that cannot
    // be read as CSV (an unclosed quote, bad bytes...) still imports nothing.
    bool skipErrorRows = false;
    QString errorFile;
    // Called every few hundred rows with the bytes read and the file size.
    std::function<void(qint64 done, qint64 total)> progress;
    const std::atomic_bool *cancel = nullptr; // set it from another thread to stop
};

struct ImportSummary
{
    Id importId = 0; // 0 for a dry run or a failed import
    int created = 0; // deals
    int updated = 0;
    int skipped = 0;
    int products = 0; // product rows written
    int companiesCreated = 0;
    int contactsCreated = 0;
    int stagesCreated = 0;
    qint64 rows = 0;
    qint64 errorCount = 0;
    QList<RowError> errors; // the first maxErrors
    QList<RowOutcome> outcomes; // the first maxOutcomes rows
    std::optional<csv::DateOrder> dateOrder; // the order used
    QStringList warnings;
    bool cancelled = false;
    bool committed = false;
    qint64 errorRows = 0; // rows left out for their errors (skipErrorRows)
    bool unreadable = false; // the file cannot be read as CSV: no row can be left out of it
};

struct ImportRecord
{
    Id id = 0;
    QString fileName;
    QDateTime startedAt;
    QString user;
    ImportKind kind = ImportKind::Deals;
    int created = 0;
    int updated = 0;
    int skipped = 0;
    std::optional<QDateTime> undoneAt;
};

// The import of deals (with their clients and product rows) from a CSV file: all or nothing in
// one transaction, exactly once (by external id or fingerprint), recorded for undo.
class ImportService final
{
public:
    ImportService(Database &db, const Clock &clock);

    Result<Analysis> analyse(const QString &path, std::optional<csv::Encoding> encoding = {},
                             QChar delimiter = {}) const;
    // What the date columns say about the date order (for the warning of the rules page).
    Result<csv::DateOrderGuess> guessDateOrder(const ImportRequest &request) const;
    // Imports, or with dryRun simulates. On an error in any row, on cancel or a failure,
    // nothing is written: the summary (with the errors) comes back, committed is false.
    Result<ImportSummary> run(const Actor &actor, const ImportRequest &request);
    // Removes what an import created and restores what it changed.
    Status undo(const Actor &actor, Id importId);
    Result<QList<ImportRecord>> list() const;

private:
    Database &m_db;
    const Clock &m_clock;
};

} // namespace comptoir::import
