-- Comptoir schema, version 3: imports (F8, F9). Each import is recorded with what it created
-- or changed, so that it can be undone as a whole, and each imported deal keeps the key it was
-- imported under, so that importing the same file again updates it instead of duplicating it.

CREATE TABLE imports (
    id          INTEGER PRIMARY KEY,
    file_name   TEXT NOT NULL,
    kind        TEXT NOT NULL DEFAULT 'deals',
    started_at  TEXT NOT NULL,
    finished_at TEXT,
    user_id     INTEGER REFERENCES users (id),
    created     INTEGER NOT NULL DEFAULT 0,
    updated     INTEGER NOT NULL DEFAULT 0,
    skipped     INTEGER NOT NULL DEFAULT 0,
    settings    TEXT NOT NULL DEFAULT '{}',
    undone_at   TEXT
);

-- The key a deal was imported under: "id:" + the external id, or "fp:" + a fingerprint of the
-- mapped values; digest is a hash of its mapped values at that import (unchanged: skipped).
CREATE TABLE import_keys (
    key         TEXT PRIMARY KEY,
    deal_id     INTEGER NOT NULL,
    import_id   INTEGER NOT NULL REFERENCES imports (id),
    digest      TEXT NOT NULL
) WITHOUT ROWID;
CREATE INDEX import_keys_deal ON import_keys (deal_id);

-- What an import did, row by row, for undo: kind 'deal', 'company', 'contact' or 'list_item'
-- created, or 'deal_updated' with the deal's previous values (JSON) in old_values.
CREATE TABLE import_items (
    import_id   INTEGER NOT NULL REFERENCES imports (id),
    kind        TEXT NOT NULL,
    row_id      INTEGER NOT NULL,
    old_values  TEXT,
    PRIMARY KEY (import_id, kind, row_id)
) WITHOUT ROWID;

-- Saved column mappings and value rules, by name.
CREATE TABLE import_profiles (
    name        TEXT PRIMARY KEY COLLATE NOCASE,
    settings    TEXT NOT NULL,
    updated_at  TEXT NOT NULL
);
