// SPDX-License-Identifier: GPL-3.0-or-later
#include "import/importservice.h"

#include "database.h"
#include "import/importrun_p.h"
#include "pipelineservice.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#ifdef __GLIBC__
#include <malloc.h>
#endif

namespace comptoir::import {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Import)
};

// A JSON array kept in a snapshot, nested or (from an SQL subquery) as text.
QJsonArray arrayIn(const QJsonObject &object, const char *name)
{
    const QJsonValue value = object.value(QLatin1String(name));
    return value.isArray() ? value.toArray() : QJsonDocument::fromJson(value.toString().toUtf8()).array();
}

} // namespace

ImportService::ImportService(Database &db, const Clock &clock) : m_db(db), m_clock(clock) { }

Result<Analysis> ImportService::analyse(const QString &path, std::optional<csv::Encoding> encoding,
                                        QChar delimiter) const
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error { Error::Code::Io, Text::tr("Cannot read \"%1\": %2").arg(path, file.errorString()), {}, {} };
    auto detection = csv::detect(file);
    if (!detection)
        return detection.error();
    Analysis analysis;
    analysis.detection = *detection;
    csv::ReaderOptions options;
    options.encoding = encoding.value_or(detection->encoding.encoding);
    options.dialect = detection->sniff.dialect;
    options.dialect.hasHeader = true;
    if (!delimiter.isNull())
        options.dialect.delimiter = delimiter;
    csv::Reader reader(&file, options);
    if (!reader.readHeader())
        return reader.error().toError();
    analysis.header = reader.header();
    analysis.preset = recognisePreset(analysis.header);
    analysis.mapping = autoMap(analysis.header, analysis.preset ? &*analysis.preset : nullptr);
    return analysis;
}

Result<csv::DateOrderGuess> ImportService::guessDateOrder(const ImportRequest &request) const
{
    return Run::guess(request);
}

Result<ImportSummary> ImportService::run(const Actor &actor, const ImportRequest &request)
{
    ImportSummary summary;
    Status status;
    {
        Run run(m_db, m_clock, actor, request, summary);
        status = run.execute();
    }
#ifdef __GLIBC__
    // A large import allocated on its helper threads too (the search index's, SQLite's sorter's),
    // each in a malloc arena of its own that keeps what was freed: handed back to the system,
    // so that the next import in the same process starts from the same memory (a second
    // million-row import peaked 6 MiB higher than the first without this).
    malloc_trim(0);
#endif
    if (!status)
        return status.error();
    return summary;
}

Status ImportService::undo(const Actor &actor, Id importId)
{
    auto undone = m_db.scalar(QStringLiteral("SELECT coalesce(undone_at, '') FROM imports WHERE id = ?"), { importId });
    if (!undone)
        return undone.error();
    if (!undone->isValid())
        return Error::notFound(Text::tr("There is no import %1.").arg(importId));
    if (!undone->toString().isEmpty())
        return Error::forbidden(Text::tr("Import %1 was already undone.").arg(importId));
    Transaction transaction(m_db);
    if (!transaction)
        return transaction.error();
    const QString now = toStoredInstant(m_clock.now());
    const QString id = QString::number(importId);
    const QString note = Text::tr("Import %1 undone").arg(importId);

    // Deals the import changed get their previous values back, newest change first.
    auto changed = m_db.exec(QStringLiteral("SELECT deal_id, old_value FROM history WHERE type = 'import_update' "
                                            "AND new_value = ? ORDER BY id DESC"),
                             { id });
    if (!changed)
        return changed.error();
    QList<std::pair<Id, QJsonObject>> restores;
    while (changed->next())
        restores.append({ changed->value(0).toLongLong(),
                          QJsonDocument::fromJson(changed->value(1).toString().toUtf8()).object() });
    for (const auto &restore : restores) {
        const Id dealId = restore.first;
        const QJsonObject &old = restore.second;
        auto v = [&old](const char *name) {
            const QJsonValue value = old.value(QLatin1String(name));
            return value.isNull() || value.isUndefined() ? QVariant() : value.toVariant();
        };
        QList<Result<QSqlQuery>> steps;
        steps.append(m_db.exec(
            QStringLiteral("UPDATE deals SET title = ?, amount_minor = ?, currency = ?, pipeline_id = ?, stage_id = ?, "
                           "company_id = ?, responsible_id = ?, type_code = ?, source_code = ?, begin_date = ?, "
                           "close_date = ?, probability = ?, comment = ?, closed = ?, closed_at = ?, updated_at = ? "
                           "WHERE id = ?"),
            { v("title"), v("amount_minor"), v("currency"), v("pipeline_id"), v("stage_id"), v("company_id"),
              v("responsible_id"), v("type_code"), v("source_code"), v("begin_date"), v("close_date"),
              v("probability"), v("comment"), v("closed"), v("closed_at"), v("updated_at"), dealId }));
        steps.append(m_db.exec(QStringLiteral("DELETE FROM deal_products WHERE deal_id = ?"), { dealId }));
        steps.append(m_db.exec(QStringLiteral("DELETE FROM deal_contacts WHERE deal_id = ?"), { dealId }));
        for (const QJsonValue &p : arrayIn(old, "products")) {
            const QJsonObject o = p.toObject();
            steps.append(m_db.exec(
                QStringLiteral("INSERT INTO deal_products (deal_id, product_id, name, quantity_milli, price_minor, "
                               "discount_bp, tax_rate_bp, tax_included, sort) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                { dealId, o.value(QStringLiteral("product_id")).toVariant(), o.value(QStringLiteral("name")).toString(),
                  o.value(QStringLiteral("quantity_milli")).toVariant(), o.value(QStringLiteral("price_minor")).toVariant(),
                  o.value(QStringLiteral("discount_bp")).toVariant(), o.value(QStringLiteral("tax_rate_bp")).toVariant(),
                  o.value(QStringLiteral("tax_included")).toVariant(), o.value(QStringLiteral("sort")).toVariant() }));
        }
        for (const QJsonValue &c : arrayIn(old, "contacts")) {
            steps.append(m_db.exec(QStringLiteral("INSERT OR IGNORE INTO deal_contacts (deal_id, contact_id, is_primary) "
                                                  "VALUES (?, ?, 1)"),
                                   { dealId, c.toVariant() }));
        }
        steps.append(m_db.exec(QStringLiteral("UPDATE import_keys SET import_id = ?, digest = ? WHERE deal_id = ? "
                                              "AND import_id = ?"),
                               { v("key_import"), v("key_digest"), dealId, importId }));
        steps.append(m_db.exec(QStringLiteral("INSERT INTO history (deal_id, at, user_id, type, field, new_value, "
                                              "description) VALUES (?, ?, ?, 'import_undone', 'import', ?, ?)"),
                               { dealId, now, actor.userId, id, note }));
        for (const auto &step : steps) {
            if (!step)
                return step.error();
        }
    }

    // Deals it created go, with their product rows and contact links (cascades); the history
    // keeps their trace, as for any deleted deal.
    const QList<std::pair<QString, QVariantList>> statements = {
        { QStringLiteral("INSERT INTO history (deal_id, at, user_id, type, field, new_value, description) "
                         "SELECT deal_id, ?, ?, 'import_undone', 'import', ?, ? FROM history "
                         "WHERE type = 'imported' AND new_value = ?"),
          { now, actor.userId, id, note, id } },
        { QStringLiteral("DELETE FROM deals WHERE id IN (SELECT deal_id FROM history WHERE type = 'imported' "
                         "AND new_value = ?)"),
          { id } },
        // Activities of a history file go; products of a catalogue file too, unless a deal uses them since.
        { QStringLiteral("DELETE FROM activities WHERE id IN (SELECT row_id FROM import_items WHERE import_id = ? "
                         "AND kind = 'activity')"),
          { importId } },
        { QStringLiteral("DELETE FROM products WHERE id IN (SELECT row_id FROM import_items WHERE import_id = ? "
                         "AND kind = 'product') AND NOT EXISTS (SELECT 1 FROM deal_products p "
                         "WHERE p.product_id = products.id)"),
          { importId } },
        { QStringLiteral("DELETE FROM import_keys WHERE import_id = ?"), { importId } },
        { QStringLiteral("DELETE FROM contacts WHERE id IN (SELECT row_id FROM import_items WHERE import_id = ? "
                         "AND kind = 'contact') AND NOT EXISTS (SELECT 1 FROM deal_contacts dc "
                         "WHERE dc.contact_id = contacts.id)"),
          { importId } },
        { QStringLiteral("DELETE FROM companies WHERE id IN (SELECT row_id FROM import_items WHERE import_id = ? "
                         "AND kind = 'company') AND NOT EXISTS (SELECT 1 FROM deals d WHERE d.company_id = companies.id) "
                         "AND NOT EXISTS (SELECT 1 FROM contacts c WHERE c.company_id = companies.id)"),
          { importId } },
        { QStringLiteral("DELETE FROM list_items WHERE id IN (SELECT row_id FROM import_items WHERE import_id = ? "
                         "AND kind = 'list_item') AND NOT EXISTS (SELECT 1 FROM deals d WHERE "
                         "d.type_code = list_items.code OR d.source_code = list_items.code)"),
          { importId } },
        { QStringLiteral("UPDATE imports SET undone_at = ? WHERE id = ?"), { now, importId } },
    };
    for (const auto &[sql, values] : statements) {
        if (auto q = m_db.exec(sql, values); !q)
            return q.error();
    }
    // Stages it created, when no deal is left on them.
    auto stages = m_db.exec(QStringLiteral("SELECT row_id FROM import_items i WHERE import_id = ? AND kind = 'stage' "
                                           "AND NOT EXISTS (SELECT 1 FROM deals d WHERE d.stage_id = i.row_id)"),
                            { importId });
    if (!stages)
        return stages.error();
    QList<Id> stageIds;
    while (stages->next())
        stageIds.append(stages->value(0).toLongLong());
    PipelineService pipelines(m_db, m_clock);
    for (Id stageId : stageIds) {
        if (auto s = pipelines.removeStage(actor, stageId); !s)
            return s;
    }
    return transaction.commit();
}

Result<QList<ImportRecord>> ImportService::list() const
{
    auto q = m_db.exec(QStringLiteral("SELECT i.id, i.file_name, i.started_at, coalesce(u.name, ''), i.created, "
                                      "i.updated, i.skipped, i.undone_at, i.kind FROM imports i "
                                      "LEFT JOIN users u ON u.id = i.user_id ORDER BY i.id"));
    if (!q)
        return q.error();
    QList<ImportRecord> records;
    while (q->next()) {
        ImportRecord r;
        r.id = q->value(0).toLongLong();
        r.fileName = q->value(1).toString();
        r.startedAt = fromStoredInstant(q->value(2).toString());
        r.user = q->value(3).toString();
        r.created = q->value(4).toInt();
        r.updated = q->value(5).toInt();
        r.skipped = q->value(6).toInt();
        if (!q->value(7).isNull())
            r.undoneAt = fromStoredInstant(q->value(7).toString());
        r.kind = importKindFromKey(q->value(8).toString()).value_or(ImportKind::Deals);
        records.append(r);
    }
    return records;
}

} // namespace comptoir::import
