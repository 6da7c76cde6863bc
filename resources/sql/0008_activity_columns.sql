-- Comptoir schema, version 8: the counts and totals of the Activities board's columns.
--
-- Each column of the board is a range of deals.next_activity_at (Overdue before now, Today
-- before tomorrow's midnight, ...; Without activities is NULL) and its header shows the count
-- and the per-currency totals of the matching deals. With currency first, one column's total in
-- one currency is a single range of this index (currency = ? AND next_activity_at in range), read
-- without sorting and without touching the table. The other columns are the criteria the
-- board's fast path accepts (visibility by responsible, pipeline, stage, in progress), so they
-- are checked inside the index too; deleted_at is listed so the index covers the query.
-- The `closed < 2` term is always true: it keeps this index private to those counts, which
-- state it (see 0007 for why a partial index is private to the queries implying its WHERE).
CREATE INDEX deals_activity_columns
    ON deals (currency, next_activity_at, amount_minor, responsible_id, pipeline_id, stage_id, closed, deleted_at)
    WHERE deleted_at IS NULL AND closed < 2;
