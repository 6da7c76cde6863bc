-- Comptoir schema, version 11: no index on the instant of history rows.
--
-- No query reads the history by its instant: a deal's history is read through history_deal,
-- and the import filter by the import's rows. history_at cost 57 MiB and more than a second of
-- the million-deal demo (its rows are the largest sort of the load) for nothing. Reports that
-- need the history by date (F12) will add the index they need, shaped for their query.
DROP INDEX IF EXISTS history_at;
