// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// One run of an import (or a dry run): reads the file, parses each row under the value rules,
// matches clients and deals, and writes everything inside one transaction.

#include "csv/reader.h"
#include "import/importservice.h"
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

// A client's matching key (normalised name, e-mail, E.164 phone...) as two independent 64-bit
// hashes: two different keys collide with a probability of about 2^-128 per pair, far below
// any chance of a wrong match in a file of millions of rows.
struct ClientKey
{
    quint64 a = 0, b = 0;
    friend bool operator==(const ClientKey &, const ClientKey &) = default;
};
inline size_t qHash(const ClientKey &key, size_t seed = 0) noexcept
{
    return size_t(key.a) ^ seed;
}
inline ClientKey clientKey(QStringView text)
{
    return { quint64(qHash(text, size_t(0x9e3779b97f4a7c15ULL))), quint64(qHash(text, size_t(0xc2b2ae3d27d4eb4fULL))) };
}

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
    static Result<csv::DateOrderGuess> guess(const ImportRequest &request);

private:
    static constexpr int FieldCount = int(Field::ActivityText) + 1;
    // Rows staged before they move into the real tables: large enough for few FTS5 segments,
    // small enough for the staging tables to stay in the page cache.
    static constexpr int StagingChunkRows = 20000;
    // Rows from which an import into a database of fewer deals builds the deals' indexes at the end.
    static constexpr int BulkRows = 100000;
    // reading (importrun.cpp)
    Status readAndWrite();
    Status openFile();
    Status chooseDateOrder();
    bool parseRow(const csv::Record &record, RowValues &row);
    QString text(const csv::Record &record, Field field) const;
    void rowError(const csv::Record &record, Field field, const QString &reason);
    void outcome(qint64 line, RowAction action, const QString &title);
    // writing (importwrite.cpp)
    Status prepare();
    Status loadCaches();
    Status writeRow(const csv::Record &record, const RowValues &row);
    Result<const PipelineInfo *> pipelineFor(const csv::Record &record, const RowValues &row);
    std::optional<Id> stageFor(const csv::Record &record, const PipelineInfo &pipeline, const QString &value);
    Result<Id> companyFor(const RowValues &row);
    Result<Id> contactFor(const RowValues &row, Id companyId);
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
    // staging (importstage.cpp)
    Status createStaging();
    Status flushStaging();
    Status finishStaging();
    Status deferIndexesIfLarge();

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
    bool m_writing = true; // false once a row failed: the rest is only checked
    PipelineService m_pipelines;
    std::unique_ptr<PipelineInfo> m_defaultPipeline;
    QHash<QString, std::shared_ptr<PipelineInfo>> m_pipelineByName;
    std::optional<Id> m_mapStage;
    QHash<QString, Id> m_users;
    // Clients by their matching key, kept as a 128-bit hash of it: a million distinct contacts
    // take 40 bytes each instead of their key strings (see clientKey()).
    QHash<ClientKey, Id> m_companies, m_contactsByEmail, m_contactsByPhone, m_contactsByName;
    QHash<QString, Id> m_products;
    QHash<QString, QString> m_listCodes; // "list|normalised" -> code
    int m_unknownResponsible = 0;
    // Ids handed out to the staged rows; deals from m_firstDealId on are this import's.
    Id m_firstDealId = 0, m_nextDealId = 0, m_nextCompanyId = 0, m_nextContactId = 0;
    int m_stagedRows = 0;
    std::vector<std::string> m_droppedTriggers, m_droppedIndexes; // their CREATE statements
    bool m_indexesDecided = false;
    qint64 m_bytesRead = 0; // of the file, so far
    std::unique_ptr<Statement> m_stageHistory, m_insertProductItem, m_insertActivity;
    std::unique_ptr<Statement> m_findKey, m_insertKey, m_updateKey, m_insertDeal, m_updateDeal, m_dealAlive,
        m_snapshot, m_deleteProducts, m_insertProduct, m_countProducts, m_insertCompany,
        m_insertContact, m_insertChannel, m_linkContact, m_unlinkContacts, m_insertItem;
};


} // namespace comptoir::import
