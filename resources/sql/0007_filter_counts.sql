-- Comptoir schema, version 7: the count and totals of the filter bar's common criteria.
--
-- The status bar shows the count and the per-currency totals of the filtered deals. For the
-- criteria people combine most (in progress / won / lost, new / repeat, responsible, pipeline,
-- stage, amount range) this index holds every column the count reads, so a million deals are
-- counted from a narrow index instead of the table (DealQuery::summary names it).
-- closed and is_repeat lead: their equalities narrow the range, and currency right after them
-- lets the totals be grouped in index order.
-- The `closed >= 0` term is always true: it keeps this index private to the count, which states
-- it. A partial index serves only queries whose WHERE implies its own, so the list's queries
-- keep the plans they were tuned for.
CREATE INDEX deals_summary ON deals (closed, is_repeat, currency, pipeline_id, stage_id, responsible_id, amount_minor)
    WHERE deleted_at IS NULL AND closed >= 0;
