// SPDX-License-Identifier: GPL-3.0-or-later
#include "import/importrun_p.h"
#include "import/sidesearch_p.h"

#include "csv/values.h"
#include "database.h"
#include "import/phone.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QRegularExpression>

#include <thread>

namespace comptoir::import {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Import)
};

bool isDateField(Field f)
{
    return f == Field::BeginDate || f == Field::CloseDate || f == Field::CreatedDate || f == Field::ActivityDate;
}

// Opens the file and settles how to read it: detected, then what the request says.
Result<csv::ReaderOptions> readerOptions(QFile &file, const ImportRequest &request, bool *sniffedHeader = nullptr)
{
    if (!file.open(QIODevice::ReadOnly)) {
        return Error { Error::Code::Io, Text::tr("Cannot read \"%1\": %2").arg(request.path, file.errorString()), {},
                       {} };
    }
    auto detection = csv::detect(file);
    if (!detection)
        return detection.error();
    csv::ReaderOptions options;
    options.encoding = request.encoding.value_or(detection->encoding.encoding);
    options.dialect = detection->sniff.dialect;
    if (sniffedHeader)
        *sniffedHeader = detection->sniff.dialect.hasHeader;
    options.dialect.hasHeader = true; // an import needs the names of its columns
    if (!request.delimiter.isNull())
        options.dialect.delimiter = request.delimiter;
    options.raggedRows = csv::RaggedRows::Pad;
    return options;
}

// The mapping of a request over a header: given, else automatic; then the --map overrides.
Result<QList<Field>> mappingFor(const ImportRequest &request, const QStringList &header)
{
    QList<Field> mapping = request.mapping;
    if (mapping.isEmpty()) {
        std::optional<Preset> preset = request.preset.isEmpty() ? recognisePreset(header)
                                                                : presetByKey(request.preset);
        if (!request.preset.isEmpty() && !preset)
            return Error::invalid(Text::tr("There is no import preset named \"%1\".").arg(request.preset));
        mapping = autoMapFor(request.kind, header, preset ? &*preset : nullptr);
    }
    if (mapping.size() != header.size())
        return Error::invalid(Text::tr("The mapping has %n column(s) but the file has %1.", nullptr, int(mapping.size())).arg(header.size()));
    for (auto it = request.overrides.constBegin(); it != request.overrides.constEnd(); ++it) {
        int column = -1;
        for (int i = 0; i < header.size(); ++i) {
            if (header.at(i).trimmed().compare(it.key().trimmed(), Qt::CaseInsensitive) == 0)
                column = i;
        }
        if (column < 0)
            return Error::invalid(Text::tr("The file has no column named \"%1\".").arg(it.key()));
        if (it.value() != Field::Ignore && !fieldsFor(request.kind).contains(it.value()))
            return Error::invalid(Text::tr("A %1 file has no field \"%2\".").arg(importKindKey(request.kind), fieldKey(it.value())));
        if (it.value() != Field::Ignore) {
            for (Field &f : mapping) {
                if (f == it.value())
                    f = Field::Ignore; // a field fills from one column only
            }
        }
        mapping[column] = it.value();
    }
    return mapping;
}

} // namespace

// How a large import into a database without deals writes, set before its transaction and
// back after it, whatever happens (neither setting can change inside a transaction):
// - each id it writes is one it has just read or written inside its transaction (pipelines,
//   stages, users, and the companies, contacts and products it matched or created), and it
//   updates or deletes nothing, so SQLite's look-up of each new row's parents (six per deal, a
//   random read each) is left out (tst_importservice runs foreign_key_check after such imports);
// - when no other connection has the file open (the command line, not the window), a rollback
//   journal instead of the WAL: the new pages go once into the file, where the WAL writes them
//   once into itself and once more at the checkpoint after the commit (a million rows: 2.4 s).
//   The journal only keeps the few pages the file had; a crash rolls back as in WAL mode.
//   Another connection keeps the WAL (the mode cannot change then, and nothing else does).
namespace {

struct BulkSettings
{
    sqlite3 *db = nullptr;
    bool foreignKeysOff = false, journal = false;
    void apply(sqlite3 *handle)
    {
        db = handle;
        foreignKeysOff = sqlite3_exec(db, "PRAGMA foreign_keys = OFF", nullptr, nullptr, nullptr) == SQLITE_OK;
        Statement mode(db, "PRAGMA main.journal_mode = DELETE");
        journal = mode.next() && mode.text(0) == QLatin1String("delete");
        mode.reset();
    }
    ~BulkSettings()
    {
        if (foreignKeysOff)
            sqlite3_exec(db, "PRAGMA foreign_keys = ON", nullptr, nullptr, nullptr);
        if (journal)
            sqlite3_exec(db, "PRAGMA main.journal_mode = WAL", nullptr, nullptr, nullptr);
    }
};

} // namespace

Run::Run(Database &db, const Clock &clock, const Actor &actor, const ImportRequest &request, ImportSummary &summary)
    : m_db(db), m_clock(clock), m_actor(actor), m_request(request), m_summary(summary), m_pipelines(db, clock)
{
    m_columns.fill(-1);
}

Run::~Run() = default;

Status Run::openFile()
{
    m_file.setFileName(m_request.path);
    auto options = readerOptions(m_file, m_request, &m_sniffedHeader);
    if (!options)
        return options.error();
    m_options = *options;
    return {};
}

Result<csv::DateOrderGuess> Run::guess(const ImportRequest &request, bool decideOnly)
{
    QFile file(request.path);
    auto options = readerOptions(file, request);
    if (!options)
        return options.error();
    csv::Reader reader(&file, *options);
    if (!reader.readHeader())
        return reader.error().toError();
    auto mapping = mappingFor(request, reader.header());
    if (!mapping)
        return mapping.error();
    // One guesser for all date columns: they come from one export, written one way.
    csv::DateOrderGuesser guesser;
    csv::Record record;
    for (qint64 rows = 1; reader.next(record); ++rows) {
        for (int i = 0; i < mapping->size() && i < record.fields.size(); ++i) {
            if (isDateField(mapping->at(i)) && !csv::isBlank(record.fields.at(i)))
                guesser.add(record.fields.at(i), record.line);
        }
        // For the import's own choice, a file whose dates only day/month/year reads is decided:
        // the rest can only leave that order, or none, and then day/month/year is used too
        // (chooseDateOrder()); a bad date further on is the row's error. The wizard reads it all.
        if (decideOnly && (rows & 255) == 0 && guesser.onlyFits(csv::DateOrder::Dmy))
            return guesser.result();
    }
    if (reader.hasError())
        return reader.error().toError();
    return guesser.result();
}

Status Run::chooseDateOrder()
{
    if (m_request.rules.dateOrder) {
        m_dateOrder = *m_request.rules.dateOrder;
        m_summary.dateOrder = m_dateOrder;
        return {};
    }
    bool hasDates = false;
    for (Field f : { Field::BeginDate, Field::CloseDate, Field::CreatedDate, Field::ActivityDate })
        hasDates = hasDates || m_columns[int(f)] >= 0;
    if (!hasDates)
        return {};
    auto guessed = guess(m_request, true);
    if (!guessed)
        return guessed.error();
    if (guessed->needsChoice())
        return Error::invalid(guessed->summary(), QStringLiteral("date_order"));
    // No order reads every date: the day/month/year reading reports each bad value.
    m_dateOrder = guessed->suggested().value_or(csv::DateOrder::Dmy);
    m_summary.dateOrder = m_dateOrder;
    return {};
}

Status Run::execute()
{
    // A file that cannot be imported at all (not text, empty, no header, nothing to map) is
    // one error in the summary, at its place when the message names one, like a bad row.
    Status status = readAndWrite();
    if (status || status.error().code != Error::Code::Invalid || !status.error().field.isEmpty())
        return status;
    static const QRegularExpression place(QStringLiteral("^Line (\\d+), column (\\d+)"));
    const QString message = status.error().message;
    const auto match = place.match(message);
    ++m_summary.errorCount;
    m_summary.unreadable = true;
    if (match.hasMatch())
        m_summary.errors.append({ match.captured(1).toLongLong(), match.captured(2).toLongLong(), message });
    else
        m_summary.errors.append({ 1, 1, Text::tr("Line 1, column 1: %1").arg(message) });
    return {};
}

Status Run::readAndWrite()
{
    // A file that cannot be read as CSV at all is one error at its place, like a bad row.
    auto fileError = [this](qint64 line, qint64 column, const QString &message) {
        ++m_summary.errorCount;
        m_summary.unreadable = true;
        m_summary.errors.append({ line, column, message });
        return Status {};
    };
    if (auto s = openFile(); !s)
        return s.error().code != Error::Code::Invalid           ? s
            : s.error().message.startsWith(QLatin1String("Line ")) ? fileError(1, 1, s.error().message)
                                                                   : fileError(1, 1, Text::tr("Line 1, column 1: %1").arg(s.error().message));
    csv::Reader reader(&m_file, m_options);
    if (!reader.readHeader())
        return fileError(reader.error().line, reader.error().column, reader.error().message);
    m_header = reader.header();
    auto mapping = mappingFor(m_request, m_header);
    if (!mapping)
        return mapping.error();
    for (int i = 0; i < mapping->size(); ++i) {
        if (mapping->at(i) != Field::Ignore)
            m_columns[int(mapping->at(i))] = i;
    }
    auto noHeader = [this](Status s) {
        if (s || m_sniffedHeader)
            return s;
        // The likely reason nothing maps: the first row is data, not the names of the columns.
        return Status(Error::invalid(Text::tr("Line 1, column 1: the first row holds values, not the names of the "
                                              "columns. Add a header row naming each column (%1).")
                                         .arg(s.error().message)));
    };
    if (auto s = noHeader(checkKindMapping()); !s)
        return s;
    if (m_request.kind == ImportKind::Deals && m_columns[int(Field::Title)] < 0 && m_columns[int(Field::ExternalId)] < 0
        && m_columns[int(Field::CompanyName)] < 0 && m_columns[int(Field::ContactFullName)] < 0
        && m_columns[int(Field::ContactLastName)] < 0) {
        return noHeader(Error::invalid(Text::tr("No column is mapped to the deal's title (nor to an id, company or contact). "
                                 "Map a column to \"title\".")));
    }
    {
        ImportTrace::Scope step(m_trace, ImportTrace::Detect);
        if (auto s = chooseDateOrder(); !s)
            return s;
    }
    if (m_request.rules.contactMatch == ContactMatch::Phone && !isKnownPhoneRegion(m_request.rules.phoneRegion))
        return Error::invalid(Text::tr("\"%1\" is not a country code such as FR or US: phone numbers cannot be read.")
                                  .arg(m_request.rules.phoneRegion),
                              QStringLiteral("phone_region"));

    if (auto s = openErrorFile(); !s)
        return s;
    // A large file into a database without deals (see BulkSettings): no per-row foreign-key
    // look-ups, and a rollback journal instead of the WAL when this is the only connection.
    BulkSettings bulk;
    if (intoEmptyDatabase() && sqlite3_get_autocommit(m_db.handle()))
        bulk.apply(m_db.handle());
    Transaction transaction(m_db);
    if (!transaction)
        return transaction.error();
    // A smaller page cache during the import (see ImportCacheKib), its own size back whatever
    // happens.
    struct CacheSize
    {
        sqlite3 *db;
        qint64 before = 0;
        explicit CacheSize(sqlite3 *handle, int kib) : db(handle)
        {
            Statement get(db, "PRAGMA main.cache_size");
            if (get.next())
                before = get.integer(0);
            get.reset();
            if (before != 0)
                sqlite3_exec(db, ("PRAGMA main.cache_size = " + std::to_string(-kib)).c_str(), nullptr, nullptr, nullptr);
        }
        ~CacheSize()
        {
            if (before != 0)
                sqlite3_exec(db, ("PRAGMA main.cache_size = " + std::to_string(before)).c_str(), nullptr, nullptr, nullptr);
        }
    } cacheSize(m_db.handle(), RowsCacheKib);
    if (auto s = prepare(); !s)
        return s;

    const qint64 total = m_file.size();
    csv::Record record;
    RowValues row;
    while (reader.next(record)) {
        ++m_summary.rows;
        if ((m_summary.rows & 255) == 0) {
            if (m_request.cancel && m_request.cancel->load(std::memory_order_relaxed)) {
                m_summary.cancelled = true;
                break;
            }
            if (m_request.progress && (m_summary.rows & 4095) == 0)
                m_request.progress(reader.bytesRead(), total);
        }
        m_bytesRead = reader.bytesRead();
        if (m_summary.rows == DecideIndexesAfterRows && m_writing) {
            if (auto s = deferIndexesIfLarge(); !s)
                return s;
        }
        bool parsed;
        {
            ImportTrace::Scope step(m_trace, ImportTrace::Parse);
            parsed = parseRow(record, row);
        }
        if (!parsed) {
            outcome(record.line, RowAction::Error, row.title);
            ++m_summary.errorRows;
            continue;
        }
        ImportTrace::Scope step(m_trace, ImportTrace::Rows);
        const qint64 errorsBefore = m_summary.errorCount;
        if (auto s = m_request.kind == ImportKind::Deals ? writeRow(record, row) : writeEntityRow(record, row); !s)
            return s; // the transaction rolls back
        if (m_summary.errorCount > errorsBefore)
            ++m_summary.errorRows;
    }
    if (!m_request.skipErrorRows)
        m_summary.errorRows = 0;
    if (m_request.cancel && m_request.cancel->load())
        m_summary.cancelled = true;
    if (reader.hasError() && !m_summary.cancelled) {
        const csv::Issue &issue = reader.error();
        ++m_summary.errorCount;
        m_summary.errors.append({ issue.line, issue.column, issue.message });
        m_summary.unreadable = true; // no row is left out of a file that cannot be read: nothing is written
    }
    m_errorFile.close();
    if (m_request.progress)
        m_request.progress(reader.bytesRead(), total);
    if (m_unknownResponsible > 0)
        m_summary.warnings.append(QCoreApplication::translate("Import", "%n row(s) name a responsible who is not a "
                                                                 "user; you are responsible for those deals.",
                                                                 nullptr, m_unknownResponsible));
    // The rows are read: the hash tables' memory goes back before the indexes and the search
    // index are built (SQLite's sorter takes as much as the page cache, kept small until the end).
    m_clients.release();
    m_keys.release();
    sqlite3_exec(m_db.handle(), ("PRAGMA main.cache_size = " + std::to_string(-ImportCacheKib)).c_str(), nullptr, nullptr,
                 nullptr);
    // The indexes built at the end sort on helper threads too (SQLite's sorter splits the sort
    // and merges): a million rows' indexes in 6.2 s instead of 8.6 on two cores.
    struct SorterThreads
    {
        sqlite3 *db;
        int before;
        explicit SorterThreads(sqlite3 *handle)
            : db(handle), before(sqlite3_limit(handle, SQLITE_LIMIT_WORKER_THREADS, -1))
        {
            if (std::thread::hardware_concurrency() >= 2)
                sqlite3_limit(db, SQLITE_LIMIT_WORKER_THREADS, 2);
        }
        ~SorterThreads() { sqlite3_limit(db, SQLITE_LIMIT_WORKER_THREADS, before); }
    } sorterThreads(m_db.handle());
    const bool rowErrorsStop = m_summary.errorCount > 0 && (!m_request.skipErrorRows || m_summary.unreadable);
    if (rowErrorsStop || m_summary.cancelled || m_request.dryRun)
        return {}; // the transaction rolls back: nothing written
    {
        // The set-based work at the end takes seconds on a large file: Cancel interrupts it too
        // (SQLite checks every few thousand instructions), and everything rolls back.
        struct Interrupt
        {
            sqlite3 *db;
            Interrupt(sqlite3 *handle, const std::atomic_bool *cancel) : db(handle)
            {
                if (cancel) {
                    sqlite3_progress_handler(db, 10000, [](void *flag) {
                        return static_cast<const std::atomic_bool *>(flag)->load(std::memory_order_relaxed) ? 1 : 0;
                    }, const_cast<std::atomic_bool *>(cancel));
                }
            }
            ~Interrupt() { sqlite3_progress_handler(db, 0, nullptr, nullptr); }
        } interrupt(m_db.handle(), m_request.cancel);
        Status finished = finishStaging();
        if (finished)
            finished = finish();
        if (!finished && m_request.cancel && m_request.cancel->load()) {
            m_summary.cancelled = true;
            return {}; // the transaction rolls back: nothing written
        }
        if (!finished)
            return finished;
    }
    ImportTrace::Scope commitStep(m_trace, ImportTrace::Commit);
    if (auto s = transaction.commit(); !s)
        return s;
    m_summary.importId = m_importId;
    m_summary.committed = true;
    return {};
}

} // namespace comptoir::import
