// SPDX-License-Identifier: GPL-3.0-or-later
#include "dealquery.h"

#include "access.h"
#include "clock.h"
#include "database.h"
#include "sqlitebind.h"
#include "stores.h"

#include <QCoreApplication>
#include <QHash>

#include <sqlite3.h>

namespace comptoir {

namespace {
struct ColumnDef
{
    DealColumn column;
    const char *key;
    const char *orderBy; // an SQL expression over the deals table aliased d: constants only
};

// The whitelist: the only names and expressions that reach ORDER BY.
const ColumnDef Columns[] = {
    {DealColumn::Id, "id", "d.id"},
    {DealColumn::Title, "title", "d.title COLLATE NOCASE"},
    {DealColumn::Amount, "amount", "d.amount_minor"},
    {DealColumn::Currency, "currency", "d.currency"},
    {DealColumn::Pipeline, "pipeline", "d.pipeline_id"},
    {DealColumn::Stage, "stage", "(SELECT s.sort FROM stages s WHERE s.id = d.stage_id)"},
    {DealColumn::Company, "company", "(SELECT c.name FROM companies c WHERE c.id = d.company_id) COLLATE NOCASE"},
    {DealColumn::Contact, "contact",
     "(SELECT ct.last_name || ' ' || ct.first_name FROM deal_contacts dc JOIN contacts ct ON ct.id = dc.contact_id "
     "WHERE dc.deal_id = d.id AND dc.is_primary = 1) COLLATE NOCASE"},
    {DealColumn::Responsible, "responsible", "(SELECT u.name FROM users u WHERE u.id = d.responsible_id) COLLATE NOCASE"},
    {DealColumn::Type, "type", "d.type_code"},
    {DealColumn::Source, "source", "d.source_code"},
    {DealColumn::BeginDate, "begin_date", "d.begin_date"},
    {DealColumn::CloseDate, "close_date", "d.close_date"},
    {DealColumn::Probability, "probability", "d.probability"},
    {DealColumn::Repeat, "repeat", "d.is_repeat"},
    {DealColumn::Created, "created", "d.created_at"},
};

const ColumnDef &def(DealColumn column)
{
    for (const ColumnDef &c : Columns) {
        if (c.column == column)
            return c;
    }
    return Columns[0];
}

const QString SelectRows = QStringLiteral(R"(
    SELECT d.id, d.title, d.amount_minor, d.currency, d.pipeline_id, p.name, d.stage_id, s.name, s.color,
           s.semantic, d.company_id, c.name, pc.contact_id, ct.first_name, ct.last_name, d.responsible_id,
           u.name, d.type_code, d.source_code, d.begin_date, d.close_date, d.probability, d.is_repeat,
           d.closed, d.created_at, d.next_activity_at
    FROM deals d
    JOIN pipelines p ON p.id = d.pipeline_id
    JOIN stages s ON s.id = d.stage_id
    LEFT JOIN companies c ON c.id = d.company_id
    LEFT JOIN deal_contacts pc ON pc.deal_id = d.id AND pc.is_primary = 1
    LEFT JOIN contacts ct ON ct.id = pc.contact_id
    LEFT JOIN users u ON u.id = d.responsible_id)");

DealRow rowFrom(const QSqlQuery &q)
{
    DealRow r;
    r.id = q.value(0).toLongLong();
    r.title = q.value(1).toString();
    r.amountMinor = q.value(2).toLongLong();
    r.currency = q.value(3).toString();
    r.pipelineId = q.value(4).toLongLong();
    r.pipelineName = q.value(5).toString();
    r.stageId = q.value(6).toLongLong();
    r.stageName = q.value(7).toString();
    r.stageColor = q.value(8).toString();
    r.semantic = semanticFromText(q.value(9).toString()).value_or(StageSemantic::Process);
    if (!q.value(10).isNull())
        r.companyId = q.value(10).toLongLong();
    r.companyName = q.value(11).toString();
    if (!q.value(12).isNull()) {
        r.contactId = q.value(12).toLongLong();
        const QString first = q.value(13).toString(), last = q.value(14).toString();
        r.contactName = first.isEmpty() ? last : last.isEmpty() ? first : first + QLatin1Char(' ') + last;
    }
    r.responsibleId = q.value(15).toLongLong();
    r.responsibleName = q.value(16).toString();
    r.typeCode = q.value(17).toString();
    r.sourceCode = q.value(18).toString();
    r.beginDate = QDate::fromString(q.value(19).toString(), Qt::ISODate);
    r.closeDate = QDate::fromString(q.value(20).toString(), Qt::ISODate);
    if (!q.value(21).isNull())
        r.probability = q.value(21).toInt();
    r.isRepeat = q.value(22).toBool();
    r.closed = q.value(23).toBool();
    r.createdAt = fromStoredInstant(q.value(24).toString());
    r.nextActivityAt = fromStoredInstant(q.value(25).toString());
    return r;
}

} // namespace

QString dealColumnKey(DealColumn column)
{
    return QString::fromLatin1(def(column).key);
}

std::optional<DealColumn> dealColumnFromKey(const QString &key)
{
    for (const ColumnDef &c : Columns) {
        if (key.compare(QLatin1String(c.key), Qt::CaseInsensitive) == 0)
            return c.column;
    }
    return std::nullopt;
}

namespace {
// The sort key of a deal: a column of the whitelist, or the value of a custom field (one look-up
// in deal_field_values' primary key per deal; a field stores its values in one column only).
QString orderExpression(const DealSort &sort)
{
    if (sort.customFieldId != 0)
        return QStringLiteral("(SELECT coalesce(v.value_int, v.value_real, v.value_text) FROM deal_field_values v "
                              "WHERE v.field_id = %1 AND v.deal_id = d.id) COLLATE NOCASE")
            .arg(sort.customFieldId);
    return QLatin1String(def(sort.column).orderBy);
}
} // namespace

QString dealOrderBy(const DealSort &sort)
{
    const QString direction = sort.descending ? QStringLiteral(" DESC") : QStringLiteral(" ASC");
    return orderExpression(sort) + direction + QStringLiteral(", d.id") + direction;
}

Result<QVector<Id>> DealQuery::ids(const Actor &actor, const DealFilter &filter, const DealSort &sort) const
{
    return selectIds(actor, filter, sort, -1);
}

Result<DealIdStatement> DealQuery::idStatement(const Actor &actor, const DealFilter &filter,
                                               const DealSort &sort, int limit, bool withTotals) const
{
    DealIdStatement statement;
    auto where = dealWhereClause(m_db, actor, filter, statement.values);
    if (!where)
        return where.error();
    const QString direction = sort.descending ? QStringLiteral(" DESC") : QStringLiteral(" ASC");
    // Without criteria, the sort column's index gives the order at once. With criteria, walking
    // that index would look up a million rows at random to test them: the unary plus keeps the
    // order off the index, so the criteria's own index (or one sequential scan) picks the deals
    // and only those are sorted.
    DealFilter bare = filter;
    bare.now = QDateTime();
    const QString sortPrefix = bare == DealFilter{} ? QString() : QStringLiteral("+");
    statement.sql = QStringLiteral("SELECT d.id%5 FROM deals d WHERE %1 ORDER BY %2%3%4, d.id%4")
                        .arg(*where, sortPrefix, orderExpression(sort), direction,
                             withTotals ? QStringLiteral(", d.currency, d.amount_minor") : QString());
    if (limit >= 0) {
        statement.sql += QStringLiteral(" LIMIT ?");
        statement.values << limit;
    }
    return statement;
}

namespace {
Result<QVector<Id>> stepIds(sqlite3 *db, const DealIdStatement &statement, DealSummary *summary)
{
    // A million ids: straight through the SQLite API, without a QVariant per row.
    sqlite3_stmt *stmt = nullptr;
    const QByteArray utf8 = statement.sql.toUtf8();
    if (sqlite3_prepare_v2(db, utf8.constData(), int(utf8.size()), &stmt, nullptr) != SQLITE_OK)
        return Error::storage(QCoreApplication::translate("DealQuery", "Cannot list the deals."),
                              QString::fromUtf8(sqlite3_errmsg(db)));
    QVector<Id> result;
    // Few currencies: the totals add up per distinct text, without a QString per row.
    QHash<QByteArray, qint64> totals;
    int rc = SQLITE_DONE;
    if (bindSqliteValues(stmt, statement.values)) {
        while ((rc = sqlite3_step(stmt)) == SQLITE_ROW) {
            result.append(sqlite3_column_int64(stmt, 0));
            if (summary) {
                const auto *text = reinterpret_cast<const char *>(sqlite3_column_text(stmt, 1));
                totals[QByteArray(text, sqlite3_column_bytes(stmt, 1))] += sqlite3_column_int64(stmt, 2);
            }
        }
    } else {
        rc = SQLITE_ERROR;
    }
    const QString detail = QString::fromUtf8(sqlite3_errmsg(db));
    sqlite3_finalize(stmt);
    if (rc != SQLITE_DONE)
        return Error::storage(QCoreApplication::translate("DealQuery", "Cannot list the deals."), detail);
    if (summary) {
        *summary = DealSummary{};
        summary->count = result.size();
        for (auto it = totals.cbegin(); it != totals.cend(); ++it)
            summary->totals.insert(QString::fromUtf8(it.key()), it.value());
    }
    return result;
}
} // namespace

Result<QVector<Id>> readDealIds(sqlite3 *db, const DealIdStatement &statement)
{
    return stepIds(db, statement, nullptr);
}

Result<QVector<Id>> readDealIdsAndTotals(sqlite3 *db, const DealIdStatement &statement, DealSummary &summary)
{
    return stepIds(db, statement, &summary);
}

Result<QVector<Id>> DealQuery::selectIds(const Actor &actor, const DealFilter &filter, const DealSort &sort,
                                         int limit) const
{
    auto statement = idStatement(actor, filter, sort, limit);
    if (!statement)
        return statement.error();
    return readDealIds(m_db.handle(), *statement);
}

Result<QList<DealRow>> DealQuery::rows(const Actor &actor, const QVector<Id> &ids,
                                       const QList<CustomField> &customFields) const
{
    auto visible = AccessPolicy(m_db).dealVisibility(actor, QStringLiteral("d"));
    if (!visible)
        return visible.error();
    QHash<Id, DealRow> found;
    constexpr qsizetype Chunk = 500;
    for (qsizetype start = 0; start < ids.size(); start += Chunk) {
        const qsizetype n = std::min(Chunk, ids.size() - start);
        QVariantList values;
        QStringList marks;
        for (qsizetype i = 0; i < n; ++i) {
            marks << QStringLiteral("?");
            values << ids[start + i];
        }
        values.append(visible->values);
        auto q = m_db.exec(SelectRows + QStringLiteral(" WHERE d.id IN (%1) AND d.deleted_at IS NULL AND (%2)").arg(marks.join(QLatin1Char(',')), visible->sql),
                           values);
        if (!q)
            return q.error();
        while (q->next()) {
            DealRow r = rowFrom(*q);
            found.insert(r.id, r);
        }
    }
    if (!customFields.isEmpty() && !found.isEmpty()) {
        // Only the deals that passed the visibility rule above.
        auto values = customfields::valuesOf(m_db, customFields, found.keys());
        if (!values)
            return values.error();
        for (auto it = values->cbegin(); it != values->cend(); ++it) {
            if (auto row = found.find(it.key()); row != found.end()) {
                row->customValues.reserve(it->size());
                for (auto value = it->cbegin(); value != it->cend(); ++value)
                    row->customValues.append({value.key(), value.value()});
            }
        }
    }
    QList<DealRow> ordered;
    ordered.reserve(found.size());
    for (Id id : ids) {
        if (auto it = found.constFind(id); it != found.constEnd())
            ordered.append(*it);
    }
    return ordered;
}

Result<QList<DealRow>> DealQuery::list(const Actor &actor, const DealFilter &filter, const DealSort &sort, int limit) const
{
    auto all = selectIds(actor, filter, sort, limit);
    if (!all)
        return all.error();
    return rows(actor, *all);
}

namespace {
// The schema version that made deals_summary (resources/sql/0007_filter_counts.sql).
constexpr int SummaryIndexVersion = 7;

// True when every criterion of the filter reads columns deals_summary holds: pipeline, stage,
// group, responsible, new/repeat, amount range and currency (visibility reads responsible_id).
bool summaryIndexCovers(const DealFilter &filter)
{
    DealFilter rest = filter;
    rest.pipelineId.reset();
    rest.stageId.reset();
    rest.group = DealFilter::Group::Any;
    rest.responsibleId.reset();
    rest.novelty = DealFilter::Novelty::Any;
    rest.minAmountMinor.reset();
    rest.maxAmountMinor.reset();
    rest.amountCurrency.clear();
    rest.now = QDateTime();
    return rest == DealFilter{};
}
} // namespace

Result<DealSummary> DealQuery::summary(const Actor &actor, const DealFilter &filter) const
{
    auto visible = AccessPolicy(m_db).dealVisibility(actor, QStringLiteral("d"));
    if (!visible)
        return visible.error();
    QVariantList values;
    QString sql;
    if (visible->values.isEmpty() && visible->sql == u"1" && filter.onlyStageCriteria()) {
        // Everything visible and only stage criteria: the totals kept by triggers answer at once.
        QStringList conditions{QStringLiteral("t.deals <> 0")};
        if (filter.pipelineId) {
            conditions << QStringLiteral("s.pipeline_id = ?");
            values << *filter.pipelineId;
        }
        if (filter.stageId) {
            conditions << QStringLiteral("s.id = ?");
            values << *filter.stageId;
        }
        if (filter.group == DealFilter::Group::Open)
            conditions << QStringLiteral("s.semantic = 'process'");
        else if (filter.group == DealFilter::Group::Won)
            conditions << QStringLiteral("s.semantic = 'success'");
        else if (filter.group == DealFilter::Group::Lost)
            conditions << QStringLiteral("s.semantic = 'failure'");
        sql = QStringLiteral("SELECT t.currency, sum(t.deals), sum(t.amount_minor) FROM stage_totals t "
                             "JOIN stages s ON s.id = t.stage_id WHERE %1 GROUP BY t.currency ORDER BY t.currency")
                  .arg(conditions.join(QStringLiteral(" AND ")));
    } else if (m_db.schemaVersion() >= SummaryIndexVersion && summaryIndexCovers(filter)) {
        // Every criterion is a column of deals_summary: counted from that narrow index, never
        // from the table's rows (see migration 7). `closed >= 0` is the term that index requires;
        // a won or lost deal is a closed one, which lets the index seek to them.
        auto where = dealWhereClause(m_db, actor, filter, values);
        if (!where)
            return where.error();
        const bool closedGroup = filter.group == DealFilter::Group::Won || filter.group == DealFilter::Group::Lost;
        sql = QStringLiteral("SELECT d.currency, count(*), sum(d.amount_minor) FROM deals d INDEXED BY deals_summary "
                             "WHERE %1 AND d.closed >= 0%2 GROUP BY d.currency ORDER BY d.currency")
                  .arg(*where, closedGroup ? QStringLiteral(" AND d.closed = 1") : QString());
    } else {
        auto where = dealWhereClause(m_db, actor, filter, values);
        if (!where)
            return where.error();
        sql = QStringLiteral("SELECT d.currency, count(*), sum(d.amount_minor) FROM deals d WHERE %1 "
                             "GROUP BY d.currency ORDER BY d.currency")
                  .arg(*where);
    }
    auto q = m_db.exec(sql, values);
    if (!q)
        return q.error();
    DealSummary summary;
    while (q->next()) {
        summary.count += q->value(1).toLongLong();
        summary.totals.insert(q->value(0).toString(), q->value(2).toLongLong());
    }
    return summary;
}

namespace {

// One empty summary per stage of the pipeline, in its order, and where each stage's is.
struct StageColumns
{
    QList<StageSummary> result;
    QHash<Id, qsizetype> index;
};

Result<StageColumns> stageColumns(const Database &db, Id pipelineId)
{
    auto pipeline = PipelineStore(db).byId(pipelineId);
    if (!pipeline)
        return pipeline.error();
    StageColumns columns;
    for (const Stage &stage : pipeline->stages) {
        columns.index.insert(stage.id, columns.result.size());
        columns.result.append(StageSummary{stage, 0, {}, {}});
    }
    return columns;
}

// Adds the rows of (stage id, currency, deals, amount, weighted amount in hundredths) to their
// stages; stages of another pipeline are left out.
QList<StageSummary> addStageSums(QSqlQuery &q, StageColumns &columns)
{
    while (q.next()) {
        auto it = columns.index.constFind(q.value(0).toLongLong());
        if (it == columns.index.constEnd())
            continue;
        StageSummary &s = columns.result[*it];
        const QString currency = q.value(1).toString();
        s.count += q.value(2).toLongLong();
        s.totals.insert(currency, q.value(3).toLongLong());
        const qint64 weighted = q.value(4).toLongLong();
        s.weightedTotals.insert(currency, (weighted + (weighted >= 0 ? 50 : -50)) / 100);
    }
    return std::move(columns.result);
}

} // namespace

Result<QList<StageSummary>> DealQuery::byStage(const Actor &actor, Id pipelineId) const
{
    auto visible = AccessPolicy(m_db).dealVisibility(actor, QStringLiteral("d"));
    if (!visible)
        return visible.error();
    if (!visible->values.isEmpty() || visible->sql != u"1")
        return byStage(actor, pipelineId, DealFilter{});
    // Everyone's deals: the maintained totals.
    auto columns = stageColumns(m_db, pipelineId);
    if (!columns)
        return columns.error();
    auto q = m_db.exec(QStringLiteral("SELECT t.stage_id, t.currency, t.deals, t.amount_minor, t.weighted_centi "
                                      "FROM stage_totals t JOIN stages s ON s.id = t.stage_id "
                                      "WHERE s.pipeline_id = ? AND t.deals <> 0"),
                       {pipelineId});
    if (!q)
        return q.error();
    return addStageSums(*q, *columns);
}

Result<QList<StageSummary>> DealQuery::byStage(const Actor &actor, Id pipelineId, const DealFilter &filter) const
{
    auto columns = stageColumns(m_db, pipelineId);
    if (!columns)
        return columns.error();
    DealFilter scoped = filter;
    scoped.pipelineId = pipelineId;
    QVariantList values;
    auto where = dealWhereClause(m_db, actor, scoped, values);
    if (!where)
        return where.error();
    // Weighted as the maintained totals do: the deal's probability, or its stage's.
    auto q = m_db.exec(QStringLiteral("SELECT d.stage_id, d.currency, count(*), sum(d.amount_minor), "
                                      "sum(d.amount_minor * coalesce(d.probability, s.probability, 0)) "
                                      "FROM deals d JOIN stages s ON s.id = d.stage_id WHERE %1 "
                                      "GROUP BY d.stage_id, d.currency")
                           .arg(*where),
                       values);
    if (!q)
        return q.error();
    return addStageSums(*q, *columns);
}

} // namespace comptoir
