// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// One run of an import (or a dry run): reads the file, parses each row under the value rules,
// matches clients and deals, and writes everything inside one transaction.

#include "csv/reader.h"
#include "import/importservice.h"
#include "import/clienttable.h"
#include "import/keytable.h"
#include "import/importtrace_p.h"
#include "import/sql_p.h"
#include "pipelineservice.h"

#include <QDate>
#include <QFile>
#include <QHash>
#include <array>
#include <memory>
#include <string>
#include <vector>

namespace comptoir::import {

// A row's values, parsed.
struct RowValues
{
    QString externalId, title, stage, pipeline, responsible, type, source, comment;
    QString company, firstName, lastName, email, phone, productName;
    qint64 amount = 0;
    QString currency;
    QString beginDate, closeDate, createdAt; // as stored (ISO date, instant)
    std::optional<qint64> probability;
    qint64 quantityMilli = 1000, priceMinor = 0, discountBp = 0, taxBp = 0;
    bool hasProduct = false;
    bool hasContact = false;
    // an activity of a history file
    QString activityAt, activityType, activityText; // a stored instant, a type code, the text
};

struct DeferredTrigger; // importstage.cpp
class SideSearchIndex;

struct PipelineInfo
{
    Pipeline pipeline;
    QHash<QString, Id> stages; // by normaliseHeader(name)
};

class Run final
{
public:
    Run(Database &db, const Clock &clock, const Actor &actor, const ImportRequest &request,
        ImportSummary &summary);
    ~Run();
    // An error when the file cannot be read at all; row errors go to the summary.
    Status execute();
    // decideOnly: stops as soon as the import's choice is known (see chooseDateOrder()).
    static Result<csv::DateOrderGuess> guess(const ImportRequest &request, bool decideOnly = false);

private:
    static constexpr int FieldCount = int(Field::ActivityText) + 1;
    // Rows from which an import into a database of fewer deals builds the indexes at the end.
    static constexpr int BulkRows = 20000;
    // Rows read before that is decided (on the share of the file they took).
    static constexpr int DecideIndexesAfterRows = 4096;
    // The slots of the hash tables of clients and keys in memory (16 and 8 bytes each: 8 MiB
    // each at most); the rest of a very large file's goes to TEMP tables (see ClientTable).
    static constexpr size_t ClientSlots = size_t(1) << 19, KeySlots = size_t(1) << 20;
    // The page cache of the connection during an import (KiB): small while the rows are read
    // (they are appended; the memory goes to the hash tables above), then for the indexes built
    // at the end, where SQLite's sorter and its two helper threads each sort runs of that size
    // (4 MiB measured faster than 8 or 2: 6.2 s for a million rows' indexes, against 7.4 and
    // 6.7). The cache size the connection had comes back after the import.
    static constexpr int RowsCacheKib = 2048, ImportCacheKib = 4096;
    // A file from which an import into a database without deals builds their search index on a
    // second thread and leaves the foreign keys to itself (about 4,000 rows of the usual width).
    static constexpr qint64 FreshBulkMinBytes = 1024 * 1024;
    // A key this import or an earlier one recorded: the deal it names.
    struct KeyRow
    {
        Id dealId = 0;
        Id importId = 0;
        QString digest;
    };
    // reading (importrun.cpp)
    Status readAndWrite();
    Status openFile();
    Status chooseDateOrder();
    bool parseRow(const csv::Record &record, RowValues &row);
    QString text(const csv::Record &record, Field field) const;
    void rowError(const csv::Record &record, Field field, const QString &reason);
    Status openErrorFile();
    void outcome(qint64 line, RowAction action, const QString &title);
    // writing (importwrite.cpp)
    Status prepare();
    Status loadCaches();
    Status writeRow(const csv::Record &record, const RowValues &row);
    Result<const PipelineInfo *> pipelineFor(const csv::Record &record, const RowValues &row);
    std::optional<Id> stageFor(const csv::Record &record, const PipelineInfo &pipeline, const QString &value);
    Result<Id> companyFor(const RowValues &row);
    Result<Id> contactFor(const RowValues &row, Id companyId);
    Status loadNameKeys();
    QString listCode(const QString &list, const QString &value);
    Status insertProduct(Id dealId, const RowValues &row, int sort);
    Status recordItem(const char *kind, Id id);
    Error storageError(const QString &what) const;
    Status finish();
    // the rows of migration files (importentities.cpp)
    Status checkKindMapping() const;
    Status writeEntityRow(const csv::Record &record, const RowValues &row);
    Status writeCompanyRow(const csv::Record &record, const RowValues &row);
    Status writeContactRow(const csv::Record &record, const RowValues &row);
    Status writeProductRow(const csv::Record &record, const RowValues &row);
    Status writeActivityRow(const csv::Record &record, const RowValues &row);
    Status stageChannel(Id companyId, Id contactId, const char *kind, const QString &value);
    // bulk writing (importstage.cpp)
    Status createStaging();
    Status finishStaging();
    Status deferIndexesIfLarge();
    void startSideSearch();
    // A file of FreshBulkMinBytes or more into a database without deals.
    bool intoEmptyDatabase();
    // The key's deal, if this import or an earlier one wrote it.
    Status findKey(const QString &key, std::optional<KeyRow> &found);
    Status stageKey(const QString &key, Id dealId, const QString &digest);

    ImportTrace m_trace;
    Database &m_db;
    const Clock &m_clock;
    Actor m_actor;
    const ImportRequest &m_request;
    ImportSummary &m_summary;
    QFile m_file;
    csv::ReaderOptions m_options;
    QStringList m_header;
    std::array<int, FieldCount> m_columns {}; // column of each field, -1 when not mapped
    csv::DateOrder m_dateOrder = csv::DateOrder::Dmy;
    QString m_now; // the stored instant of this import
    Id m_importId = 0;
    bool m_sniffedHeader = true; // the sniffer took the first row for column names
    bool m_writing = true; // false once a row failed: the rest is only checked (unless skipErrorRows)
    QFile m_errorFile; // skipErrorRows: each error as a CSV row
    PipelineService m_pipelines;
    std::unique_ptr<PipelineInfo> m_defaultPipeline;
    QHash<QString, std::shared_ptr<PipelineInfo>> m_pipelineByName;
    std::optional<Id> m_mapStage;
    QHash<QString, Id> m_users;
    // Clients by their matching key (companies, and contacts by the rule's key and by name and
    // company); the name keys only once a row needs them (loadNameKeys()).
    ClientTable m_clients { "import_clients", ClientSlots };
    KeyTable m_keys { "import_stage_keyhash", KeySlots }; // this import's keys: their staged row
    bool m_nameKeysLoaded = false;
    std::vector<bool> m_unnamedContacts; // by id from m_firstContactId: named after an e-mail or phone
    QHash<QString, Id> m_products;
    QHash<QString, QString> m_listCodes; // "list|normalised" -> code
    int m_unknownResponsible = 0;
    // Ids handed out to the staged rows; deals from m_firstDealId on are this import's.
    Id m_firstDealId = 0, m_nextDealId = 0, m_firstCompanyId = 0, m_nextCompanyId = 0, m_firstContactId = 0,
       m_nextContactId = 0, m_firstChannelId = 0;
    bool m_mainKeysEmpty = false; // no earlier import left a key: only this import's are looked up
    std::vector<std::pair<std::string, const DeferredTrigger *>> m_droppedTriggers; // CREATE statement, bulk work
    std::vector<std::string> m_droppedIndexes; // their CREATE statements
    bool m_indexesDecided = false;
    // The new deals' stage totals, summed as they are written (the totals trigger is set aside):
    // deals and amount by stage, currency and the deal's own probability (-1: none).
    struct TotalsKey
    {
        Id stage;
        QString currency;
        qint64 probability;
        bool operator==(const TotalsKey &o) const
        {
            return stage == o.stage && probability == o.probability && currency == o.currency;
        }
        friend size_t qHash(const TotalsKey &k, size_t seed = 0) { return qHashMulti(seed, k.stage, k.currency, k.probability); }
    };
    QHash<TotalsKey, std::pair<qint64, qint64>> m_newDealTotals; // -> deals, amount
    Status writeNewDealTotals();
    // The search indexes built on threads of their own (deals, contacts, e-mails and phones).
    std::unique_ptr<SideSearchIndex> m_sideDeals, m_sideContacts, m_sideChannels;
    qint64 m_bytesRead = 0; // of the file, so far
    std::unique_ptr<Statement> m_insertProductItem, m_insertActivity, m_findStagedKey;
    std::unique_ptr<Statement> m_findKey, m_insertKey, m_updateKey, m_insertDeal, m_updateDeal, m_dealAlive,
        m_snapshot, m_deleteProducts, m_insertProduct, m_countProducts, m_insertCompany,
        m_insertContact, m_insertChannel, m_linkContact, m_unlinkContacts, m_insertItem;
};


} // namespace comptoir::import
