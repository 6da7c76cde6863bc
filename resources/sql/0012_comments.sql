-- Comptoir schema, version 12: the comments of a deal (the editor's timeline).
--
-- A comment is a dated note by a user on a deal, shown newest first. Its text is kept as
-- written. The deal's history records each comment added or removed, with its text, so the
-- history stays the full record even when a comment is removed. Purging a deal purges them.
CREATE TABLE deal_comments (
    id         INTEGER PRIMARY KEY,
    deal_id    INTEGER NOT NULL REFERENCES deals (id) ON DELETE CASCADE,
    user_id    INTEGER REFERENCES users (id) ON DELETE SET NULL,
    at         TEXT NOT NULL,
    body       TEXT NOT NULL CHECK (length(trim(body)) > 0)
);
CREATE INDEX deal_comments_deal ON deal_comments (deal_id, at);
