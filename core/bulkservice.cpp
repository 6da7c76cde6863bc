// SPDX-License-Identifier: GPL-3.0-or-later
#include "bulkservice.h"

#include "access.h"
#include "clock.h"
#include "database.h"
#include "dealdescribe.h"
#include "dealservice.h"
#include "stores.h"

#include <QCoreApplication>
#include <QSqlError>

namespace comptoir {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(BulkService)
};

// The columns a bulk action may change, in the order of BulkRow and of temp.bulk_target.
const QString Columns = QStringLiteral("pipeline_id, stage_id, probability, closed, closed_at, lost_reason, lost_note, "
                                       "responsible_id, type_code, source_code, deleted_at, deleted_by, updated_at");

// "Stage: %1 → %2" as an SQL expression over two name expressions, the texts around the
// placeholders bound as values: translations may put anything around them.
QString templated(const QString &pattern, const QString &first, const QString &second, QVariantList &values)
{
    const qsizetype a = pattern.indexOf(QLatin1String("%1"));
    const qsizetype b = second.isEmpty() ? -1 : pattern.indexOf(QLatin1String("%2"));
    if (a < 0 || (!second.isEmpty() && b < a)) {
        values << pattern;
        return QStringLiteral("?");
    }
    if (second.isEmpty()) {
        values << pattern.left(a) << pattern.mid(a + 2);
        return QStringLiteral("(? || %1 || ?)").arg(first);
    }
    values << pattern.left(a) << pattern.mid(a + 2, b - a - 2) << pattern.mid(b + 2);
    return QStringLiteral("(? || %1 || ? || %2 || ?)").arg(first, second);
}

} // namespace

struct BulkService::Change
{
    QString action;
    // The new stage as an SQL expression over the deal `d`, with its values; empty: unchanged.
    QString stage;
    QVariantList stageValues;
    bool samePipeline = false; // refuse deals of another pipeline than the stage's
    bool outcome = false;      // close: deals already won (or lost) stay as they are
    std::optional<QVariant> responsible, type, source;
    std::optional<QVariant> lostReason, lostNote; // written on the deals a move closes as lost
    bool remove = false;
};

BulkService::BulkService(Database &db, const Clock &clock, QObject *parent)
    : QObject(parent), m_db(db), m_clock(clock)
{
}

Status BulkService::fillTargets(const Actor &actor, const BulkTarget &target, const Change &change)
{
    for (const char *sql : {"CREATE TEMP TABLE IF NOT EXISTS bulk_ids (id INTEGER PRIMARY KEY)",
                            "CREATE TEMP TABLE IF NOT EXISTS bulk_target (id INTEGER PRIMARY KEY, pipeline_id, "
                            "stage_id, probability, closed, closed_at, lost_reason, lost_note, responsible_id, "
                            "type_code, source_code, deleted_at, deleted_by, updated_at)",
                            "DELETE FROM temp.bulk_ids", "DELETE FROM temp.bulk_target"}) {
        if (auto r = m_db.exec(QString::fromLatin1(sql)); !r)
            return r.error();
    }
    DealFilter filter;
    const auto *ids = std::get_if<QVector<Id>>(&target.deals);
    if (ids) {
        QSqlQuery q(m_db.sql());
        q.prepare(QStringLiteral("INSERT OR IGNORE INTO temp.bulk_ids (id) VALUES (?)"));
        for (Id id : *ids) {
            q.bindValue(0, id);
            if (!q.exec())
                return Error::storage(Text::tr("Cannot select the deals."), q.lastError().text());
        }
    } else {
        filter = std::get<DealFilter>(target.deals);
    }

    const QString now = toStoredInstant(m_clock.now());
    QVariantList values;
    auto valueOr = [&values](const std::optional<QVariant> &v, const char *column) {
        if (!v)
            return QStringLiteral("x.") + QLatin1String(column);
        values << *v;
        return QStringLiteral("?");
    };
    const bool moves = !change.stage.isEmpty();
    QString select = QStringLiteral("x.id, ts.pipeline_id, ts.id, ");
    select += moves ? QStringLiteral("CASE WHEN x.probability IS NULL OR x.probability IS fs.probability "
                                     "THEN ts.probability ELSE x.probability END, "
                                     "ts.semantic <> 'process', "
                                     "CASE WHEN ts.semantic = 'process' THEN NULL "
                                     "WHEN x.closed = 0 OR fs.semantic <> ts.semantic THEN ? ELSE x.closed_at END, ")
                    : QStringLiteral("x.probability, x.closed, x.closed_at, x.lost_reason, x.lost_note, ");
    if (moves)
        values << now;
    if (moves && change.lostReason) {
        select += QStringLiteral("CASE WHEN ts.semantic = 'failure' THEN ? END, CASE WHEN ts.semantic = 'failure' THEN ? END, ");
        values << *change.lostReason << change.lostNote.value_or(QVariant());
    } else if (moves) {
        select += QStringLiteral("NULL, NULL, ");
    }
    select += valueOr(change.responsible, "responsible_id") + QStringLiteral(", ");
    select += valueOr(change.type, "type_code") + QStringLiteral(", ");
    select += valueOr(change.source, "source_code") + QStringLiteral(", ");
    if (change.remove) {
        select += QStringLiteral("?, ?, ");
        values << now << actor.userId;
    } else {
        select += QStringLiteral("x.deleted_at, x.deleted_by, ");
    }
    select += QStringLiteral("?");
    values << now;

    QString inner = QStringLiteral("SELECT d.*, %1 AS new_stage FROM deals d WHERE ")
                        .arg(moves ? change.stage : QStringLiteral("d.stage_id"));
    if (moves)
        values.append(change.stageValues);
    auto where = dealWhereClause(m_db, actor, filter, values);
    if (!where)
        return where.error();
    inner += *where;
    if (ids)
        inner += QStringLiteral(" AND d.id IN (SELECT id FROM temp.bulk_ids)");

    QString changed;
    if (change.outcome)
        changed = QStringLiteral("fs.semantic <> ts.semantic");
    else if (moves)
        changed = QStringLiteral("ts.id <> x.stage_id");
    else if (change.responsible)
        changed = QStringLiteral("x.responsible_id IS NOT ?"), values << *change.responsible;
    else if (change.type)
        changed = QStringLiteral("x.type_code IS NOT ?"), values << *change.type;
    else if (change.source)
        changed = QStringLiteral("x.source_code IS NOT ?"), values << *change.source;
    else
        changed = QStringLiteral("1");

    const QString sql = QStringLiteral("INSERT INTO temp.bulk_target (id, %1) SELECT %2 FROM (%3) x "
                                       "JOIN stages fs ON fs.id = x.stage_id JOIN stages ts ON ts.id = x.new_stage "
                                       "WHERE %4")
                            .arg(Columns, select, inner, changed);
    if (auto r = m_db.exec(sql, values); !r)
        return r.error();
    if (change.samePipeline) {
        auto others = m_db.scalar(QStringLiteral("SELECT count(*) FROM temp.bulk_target t JOIN deals d ON d.id = t.id "
                                                 "WHERE d.pipeline_id <> t.pipeline_id"));
        if (!others)
            return others.error();
        if (others->toLongLong() > 0)
            return Error::invalid(Text::tr("%n of the deals are in another pipeline. Move them to the pipeline of "
                                           "this stage instead.",
                                           nullptr, others->toInt()),
                                  QStringLiteral("stage"));
    }
    return {};
}

Status BulkService::writeHistory(const Actor &actor)
{
    const QString now = toStoredInstant(m_clock.now());
    const QString from = QStringLiteral(" FROM temp.bulk_target t JOIN deals d ON d.id = t.id ");
    const QString none = QCoreApplication::translate("DealService", "(none)");
    struct Row
    {
        const char *type;
        QString field, oldValue, newValue, description, joins, where;
        QVariantList values; // of description, then where
    };
    QList<Row> rows;
    auto add = [&](const char *type, const QString &field, const QString &oldValue, const QString &newValue,
                   const QString &pattern, const QString &first, const QString &second, const QString &joins,
                   const QString &where) {
        Row r{type, field, oldValue, newValue, {}, joins, where, {}};
        r.description = templated(pattern, first, second, r.values);
        rows << r;
    };
    add("pipeline_moved", QStringLiteral("'pipeline'"), QStringLiteral("op.name"), QStringLiteral("np.name"),
        DealService::tr("Pipeline: %1 → %2"), QStringLiteral("op.name"),
        QStringLiteral("np.name"),
        QStringLiteral("JOIN pipelines op ON op.id = d.pipeline_id JOIN pipelines np ON np.id = t.pipeline_id"),
        QStringLiteral("d.pipeline_id <> t.pipeline_id"));
    add("stage_moved", QStringLiteral("'stage'"), QStringLiteral("os.name"), QStringLiteral("ns.name"),
        DealService::tr("Stage: %1 → %2"), QStringLiteral("os.name"), QStringLiteral("ns.name"),
        QStringLiteral("JOIN stages os ON os.id = d.stage_id JOIN stages ns ON ns.id = t.stage_id"),
        QStringLiteral("d.stage_id <> t.stage_id"));
    add("reopened", QStringLiteral("'result'"),
        QStringLiteral("CASE os.semantic WHEN 'success' THEN 'won' ELSE 'lost' END"), QStringLiteral("NULL"),
        DealService::tr("Deal reopened on “%1”"), QStringLiteral("ns.name"), {},
        QStringLiteral("JOIN stages os ON os.id = d.stage_id JOIN stages ns ON ns.id = t.stage_id"),
        QStringLiteral("t.closed = 0 AND d.closed = 1"));
    for (const auto &[label, field, column, list] :
         {std::tuple{QCoreApplication::translate("DealService", "Type"), "type", "type_code", "deal_type"},
          std::tuple{QCoreApplication::translate("DealService", "Source"), "source", "source_code", "source"}}) {
        // `none` is bound, not spliced: a translation may hold a quote.
        Row r{"field_changed", QStringLiteral("'%1'").arg(QLatin1String(field)),
              QStringLiteral("d.%1").arg(QLatin1String(column)), QStringLiteral("t.%1").arg(QLatin1String(column)), {}, {},
              QStringLiteral("d.%1 IS NOT t.%1").arg(QLatin1String(column)), {}};
        const QString before = QStringLiteral("coalesce((SELECT name FROM list_items WHERE list = '%1' AND code = d.%2), d.%2, ?)")
                                   .arg(QLatin1String(list), QLatin1String(column));
        const QString after = QStringLiteral("coalesce((SELECT name FROM list_items WHERE list = '%1' AND code = t.%2), t.%2, ?)")
                                  .arg(QLatin1String(list), QLatin1String(column));
        r.description = QStringLiteral("(? || ': ' || %1 || ' → ' || %2)").arg(before, after);
        r.values << label << none << none;
        rows << r;
    }
    {
        Row r{"field_changed", QStringLiteral("'responsible'"), QStringLiteral("ou.name"), QStringLiteral("nu.name"), {},
              QStringLiteral("JOIN users ou ON ou.id = d.responsible_id JOIN users nu ON nu.id = t.responsible_id"),
              QStringLiteral("d.responsible_id <> t.responsible_id"), {}};
        r.description = QStringLiteral("(? || ': ' || ou.name || ' → ' || nu.name)");
        r.values << QCoreApplication::translate("DealService", "Responsible");
        rows << r;
    }
    {
        Row r{"closed", QStringLiteral("'result'"), QStringLiteral("NULL"),
              QStringLiteral("CASE ns.semantic WHEN 'success' THEN 'won' ELSE 'lost' END"), {},
              QStringLiteral("JOIN stages os ON os.id = d.stage_id JOIN stages ns ON ns.id = t.stage_id"),
              QStringLiteral("t.closed = 1 AND (d.closed = 0 OR os.semantic <> ns.semantic)"), {}};
        r.description = QStringLiteral("CASE ns.semantic WHEN 'success' THEN ? ELSE ? || coalesce(? || (SELECT name FROM "
                                       "list_items WHERE list = 'lost_reason' AND code = t.lost_reason), '') END");
        r.values << describeClosing(m_db, StageSemantic::Success, {}, {})
                 << describeClosing(m_db, StageSemantic::Failure, {}, {}) << QStringLiteral(": ");
        rows << r;
    }
    add("deleted", QStringLiteral("NULL"), QStringLiteral("d.title"), QStringLiteral("NULL"),
        DealService::tr("Deal “%1” moved to the recycle bin"), QStringLiteral("d.title"), {}, {},
        QStringLiteral("d.deleted_at IS NULL AND t.deleted_at IS NOT NULL"));
    add("restored", QStringLiteral("NULL"), QStringLiteral("NULL"), QStringLiteral("d.title"),
        DealService::tr("Deal “%1” restored from the recycle bin"), QStringLiteral("d.title"), {},
        {}, QStringLiteral("d.deleted_at IS NOT NULL AND t.deleted_at IS NULL"));

    for (const Row &r : std::as_const(rows)) {
        QVariantList values{now, actor.userId};
        values.append(r.values);
        const QString sql = QStringLiteral("INSERT INTO history (deal_id, at, user_id, type, field, old_value, new_value, "
                                           "description) SELECT d.id, ?, ?, '%1', %2, %3, %4, %5%6%7 WHERE %8 ORDER BY d.id")
                                .arg(QLatin1String(r.type), r.field, r.oldValue, r.newValue, r.description, from, r.joins,
                                     r.where);
        if (auto q = m_db.exec(sql, values); !q)
            return q.error();
    }
    return {};
}

Status BulkService::applyTargets()
{
    QStringList sets;
    for (const QString &column : Columns.split(QStringLiteral(", ")))
        sets << QStringLiteral("%1 = t.%1").arg(column);
    auto r = m_db.exec(QStringLiteral("UPDATE deals SET %1 FROM temp.bulk_target t WHERE deals.id = t.id")
                           .arg(sets.join(QStringLiteral(", "))));
    return r ? Status{} : Status{r.error()};
}

Result<BulkUndo> BulkService::run(const Actor &actor, const BulkTarget &target, const Change &change)
{
    if (auto s = AccessPolicy(m_db).checkActor(actor); !s)
        return s.error();
    Transaction tx(m_db);
    if (!tx)
        return tx.error();
    if (auto s = fillTargets(actor, target, change); !s)
        return s.error();
    BulkUndo undo;
    undo.action = change.action;
    auto q = m_db.exec(QStringLiteral("SELECT d.id, %1 FROM temp.bulk_target t JOIN deals d ON d.id = t.id ORDER BY d.id")
                           .arg(QStringLiteral("d.") + Columns.split(QStringLiteral(", ")).join(QStringLiteral(", d."))));
    if (!q)
        return q.error();
    while (q->next()) {
        BulkRow row;
        row.id = q->value(0).toLongLong();
        QVariant *fields[] = {&row.pipelineId, &row.stageId, &row.probability, &row.closed, &row.closedAt,
                              &row.lostReason, &row.lostNote, &row.responsibleId, &row.typeCode, &row.sourceCode,
                              &row.deletedAt, &row.deletedBy, &row.updatedAt};
        for (int i = 0; i < int(std::size(fields)); ++i)
            *fields[i] = q->value(i + 1);
        undo.before.append(row);
    }
    if (auto s = writeHistory(actor); !s)
        return s.error();
    if (auto s = applyTargets(); !s)
        return s.error();
    if (auto s = tx.commit(); !s)
        return s.error();
    QVector<Id> changed;
    changed.reserve(undo.before.size());
    for (const BulkRow &row : std::as_const(undo.before))
        changed << row.id;
    m_db.afterCommit([this, changed] { Q_EMIT dealsChanged(changed); });
    return undo;
}

Result<BulkUndo> BulkService::setStage(const Actor &actor, const BulkTarget &target, Id stageId)
{
    auto stage = PipelineStore(m_db).stage(stageId);
    if (!stage)
        return Error::invalid(stage.error().message, QStringLiteral("stage"));
    Change c;
    c.action = QStringLiteral("stage");
    c.stage = QStringLiteral("?");
    c.stageValues = {stageId};
    c.samePipeline = true;
    return run(actor, target, c);
}

Result<BulkUndo> BulkService::setPipeline(const Actor &actor, const BulkTarget &target, Id targetStageId)
{
    auto stage = PipelineStore(m_db).stage(targetStageId);
    if (!stage)
        return Error::invalid(stage.error().message, QStringLiteral("stage"));
    Change c;
    c.action = QStringLiteral("pipeline");
    c.stage = QStringLiteral("?");
    c.stageValues = {targetStageId};
    return run(actor, target, c);
}

Result<BulkUndo> BulkService::setResponsible(const Actor &actor, const BulkTarget &target, Id userId)
{
    auto user = UserStore(m_db).byId(userId);
    if (!user)
        return Error::invalid(user.error().message, QStringLiteral("responsible"));
    if (!user->active)
        return Error::invalid(Text::tr("%1 is deactivated and cannot be responsible for deals.").arg(user->name),
                              QStringLiteral("responsible"));
    Change c;
    c.action = QStringLiteral("responsible");
    c.responsible = QVariant(userId);
    return run(actor, target, c);
}

Result<BulkUndo> BulkService::setType(const Actor &actor, const BulkTarget &target, const QString &code)
{
    if (!code.isEmpty()) {
        auto item = ListStore(m_db).find(lists::DealType, code);
        if (!item)
            return item.error();
        if (!*item)
            return Error::invalid(Text::tr("“%1” is not a deal type.").arg(code), QStringLiteral("type"));
    }
    Change c;
    c.action = QStringLiteral("type");
    c.type = code.isEmpty() ? QVariant() : QVariant(code);
    return run(actor, target, c);
}

Result<BulkUndo> BulkService::setSource(const Actor &actor, const BulkTarget &target, const QString &code)
{
    if (!code.isEmpty()) {
        auto item = ListStore(m_db).find(lists::Source, code);
        if (!item)
            return item.error();
        if (!*item)
            return Error::invalid(Text::tr("“%1” is not a source.").arg(code), QStringLiteral("source"));
    }
    Change c;
    c.action = QStringLiteral("source");
    c.source = code.isEmpty() ? QVariant() : QVariant(code);
    return run(actor, target, c);
}

Result<BulkUndo> BulkService::close(const Actor &actor, const BulkTarget &target, Outcome outcome)
{
    Change c;
    c.action = QStringLiteral("close");
    c.stage = QStringLiteral("(SELECT s.id FROM stages s WHERE s.pipeline_id = d.pipeline_id AND s.semantic = ? "
                             "ORDER BY s.sort, s.id LIMIT 1)");
    c.stageValues = {outcome == Outcome::Won ? QStringLiteral("success") : QStringLiteral("failure")};
    c.outcome = true;
    return run(actor, target, c);
}

Result<BulkUndo> BulkService::closeLost(const Actor &actor, const BulkTarget &target, const QString &lostReason,
                                        const QString &note)
{
    QVariant code;
    if (!lostReason.isEmpty()) {
        auto item = ListStore(m_db).find(lists::LostReason, lostReason);
        if (!item)
            return item.error();
        if (!*item)
            return Error::invalid(Text::tr("“%1” is not a lost reason.").arg(lostReason), QStringLiteral("lost_reason"));
        code = (*item)->code;
    }
    Change c;
    c.action = QStringLiteral("close");
    c.stage = QStringLiteral("(SELECT s.id FROM stages s WHERE s.pipeline_id = d.pipeline_id AND s.semantic = ? "
                             "ORDER BY s.sort, s.id LIMIT 1)");
    c.stageValues = {QStringLiteral("failure")};
    c.outcome = true;
    c.lostReason = code;
    c.lostNote = note.trimmed().isEmpty() ? QVariant() : QVariant(note.trimmed());
    return run(actor, target, c);
}

Result<BulkUndo> BulkService::remove(const Actor &actor, const BulkTarget &target)
{
    Change c;
    c.action = QStringLiteral("delete");
    c.remove = true;
    return run(actor, target, c);
}

Status BulkService::undo(const Actor &actor, const BulkUndo &undo)
{
    if (auto s = AccessPolicy(m_db).checkActor(actor); !s)
        return s;
    Transaction tx(m_db);
    if (!tx)
        return tx.error();
    if (auto r = m_db.exec(QStringLiteral("CREATE TEMP TABLE IF NOT EXISTS bulk_target (id INTEGER PRIMARY KEY, "
                                          "pipeline_id, stage_id, probability, closed, closed_at, lost_reason, lost_note, "
                                          "responsible_id, type_code, source_code, deleted_at, deleted_by, updated_at)"));
        !r)
        return r.error();
    if (auto r = m_db.exec(QStringLiteral("DELETE FROM temp.bulk_target")); !r)
        return r.error();
    QSqlQuery q(m_db.sql());
    q.prepare(QStringLiteral("INSERT INTO temp.bulk_target (id, %1) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                  .arg(Columns));
    for (const BulkRow &row : undo.before) {
        const QVariant values[] = {row.id,         row.pipelineId, row.stageId,  row.probability, row.closed,
                                   row.closedAt,   row.lostReason, row.lostNote, row.responsibleId, row.typeCode,
                                   row.sourceCode, row.deletedAt,  row.deletedBy, row.updatedAt};
        for (int i = 0; i < int(std::size(values)); ++i)
            q.bindValue(i, values[i]);
        if (!q.exec())
            return Error::storage(Text::tr("Cannot undo the change."), q.lastError().text());
    }
    if (auto s = writeHistory(actor); !s)
        return s;
    if (auto s = applyTargets(); !s)
        return s;
    if (auto s = tx.commit(); !s)
        return s;
    QVector<Id> changed;
    for (const BulkRow &row : undo.before)
        changed << row.id;
    m_db.afterCommit([this, changed] { Q_EMIT dealsChanged(changed); });
    return {};
}

} // namespace comptoir
