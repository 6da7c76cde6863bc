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
};

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
    static constexpr int FieldCount = int(Field::Tax) + 1;
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
    bool m_writing = true; // false once a row failed: the rest is only checked
    PipelineService m_pipelines;
    std::unique_ptr<PipelineInfo> m_defaultPipeline;
    QHash<QString, std::shared_ptr<PipelineInfo>> m_pipelineByName;
    std::optional<Id> m_mapStage;
    QHash<QString, Id> m_users, m_companies, m_contactsByEmail, m_contactsByPhone, m_contactsByName;
    QHash<QString, Id> m_products;
    QHash<QString, QString> m_listCodes; // "list|normalised" -> code
    int m_unknownResponsible = 0;
    std::unique_ptr<Statement> m_findKey, m_insertKey, m_updateKey, m_insertDeal, m_updateDeal, m_dealAlive,
        m_insertHistory, m_snapshot, m_deleteProducts, m_insertProduct, m_countProducts, m_insertCompany,
        m_insertContact, m_insertChannel, m_linkContact, m_unlinkContacts, m_insertItem;
};

// Digits of a phone number in international form without the +: "01 23 45 67 89" and
// "+33 1 23 45 67 89" both give 33123456789 (France by default for national numbers).
QString normalisePhone(QStringView phone);

} // namespace comptoir::import
