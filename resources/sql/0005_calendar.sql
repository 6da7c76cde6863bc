-- The Calendar shows deals on their begin date as it does on their close date: a month of
-- days is a range scan of this index instead of a pass over every deal.
CREATE INDEX deals_begin_date ON deals (begin_date) WHERE deleted_at IS NULL;
