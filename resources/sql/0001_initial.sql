-- Comptoir schema, version 1: users, lists, pipelines and stages, clients, deals with their
-- contacts, product rows and activities, and the append-only history.
-- Money is an integer count of minor units plus an ISO 4217 code. Dates are ISO YYYY-MM-DD;
-- instants are UTC ISO 8601 strings (YYYY-MM-DDTHH:MM:SS.zzzZ), so they sort as text.

CREATE TABLE users (
    id          INTEGER PRIMARY KEY,
    login       TEXT NOT NULL UNIQUE COLLATE NOCASE,
    name        TEXT NOT NULL,
    is_owner    INTEGER NOT NULL DEFAULT 0 CHECK (is_owner IN (0, 1)),
    active      INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
    created_at  TEXT NOT NULL
);

-- Editable lists: deal types, sources, lost reasons, currencies.
CREATE TABLE list_items (
    id      INTEGER PRIMARY KEY,
    list    TEXT NOT NULL CHECK (list IN ('deal_type', 'source', 'lost_reason', 'currency')),
    code    TEXT NOT NULL,
    name    TEXT NOT NULL,
    sort    INTEGER NOT NULL DEFAULT 0,
    active  INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
    UNIQUE (list, code)
);

CREATE TABLE pipelines (
    id          INTEGER PRIMARY KEY,
    name        TEXT NOT NULL,
    sort        INTEGER NOT NULL DEFAULT 0,
    is_default  INTEGER NOT NULL DEFAULT 0 CHECK (is_default IN (0, 1))
);
CREATE UNIQUE INDEX pipelines_one_default ON pipelines (is_default) WHERE is_default = 1;

CREATE TABLE stages (
    id           INTEGER PRIMARY KEY,
    pipeline_id  INTEGER NOT NULL REFERENCES pipelines (id),
    name         TEXT NOT NULL,
    color        TEXT NOT NULL DEFAULT '#8fa3b8',
    sort         INTEGER NOT NULL,
    semantic     TEXT NOT NULL CHECK (semantic IN ('process', 'success', 'failure')),
    probability  INTEGER CHECK (probability BETWEEN 0 AND 100)
);
CREATE INDEX stages_pipeline ON stages (pipeline_id, sort);

CREATE TABLE companies (
    id          INTEGER PRIMARY KEY,
    name        TEXT NOT NULL,
    comment     TEXT NOT NULL DEFAULT '',
    created_at  TEXT NOT NULL
);
CREATE INDEX companies_name ON companies (name COLLATE NOCASE);

CREATE TABLE contacts (
    id          INTEGER PRIMARY KEY,
    first_name  TEXT NOT NULL DEFAULT '',
    last_name   TEXT NOT NULL DEFAULT '',
    company_id  INTEGER REFERENCES companies (id) ON DELETE SET NULL,
    birthday    TEXT,
    comment     TEXT NOT NULL DEFAULT '',
    created_at  TEXT NOT NULL,
    CHECK (first_name <> '' OR last_name <> '')
);
CREATE INDEX contacts_name ON contacts (last_name COLLATE NOCASE, first_name COLLATE NOCASE);
CREATE INDEX contacts_company ON contacts (company_id);

-- E-mail addresses and phone numbers of a company or a contact (several of each).
CREATE TABLE channels (
    id          INTEGER PRIMARY KEY,
    company_id  INTEGER REFERENCES companies (id) ON DELETE CASCADE,
    contact_id  INTEGER REFERENCES contacts (id) ON DELETE CASCADE,
    kind        TEXT NOT NULL CHECK (kind IN ('email', 'phone')),
    value       TEXT NOT NULL,
    sort        INTEGER NOT NULL DEFAULT 0,
    CHECK ((company_id IS NULL) <> (contact_id IS NULL))
);
CREATE INDEX channels_company ON channels (company_id) WHERE company_id IS NOT NULL;
CREATE INDEX channels_contact ON channels (contact_id) WHERE contact_id IS NOT NULL;
CREATE INDEX channels_value ON channels (kind, value COLLATE NOCASE);

CREATE TABLE deals (
    id              INTEGER PRIMARY KEY,
    title           TEXT NOT NULL CHECK (title <> ''),
    amount_minor    INTEGER NOT NULL DEFAULT 0,
    currency        TEXT NOT NULL DEFAULT 'EUR' CHECK (length(currency) = 3),
    amount_manual   INTEGER NOT NULL DEFAULT 1 CHECK (amount_manual IN (0, 1)),
    pipeline_id     INTEGER NOT NULL REFERENCES pipelines (id),
    stage_id        INTEGER NOT NULL REFERENCES stages (id),
    company_id      INTEGER REFERENCES companies (id) ON DELETE SET NULL,
    responsible_id  INTEGER NOT NULL REFERENCES users (id),
    type_code       TEXT,
    source_code     TEXT,
    begin_date      TEXT,
    close_date      TEXT,
    probability     INTEGER CHECK (probability BETWEEN 0 AND 100),
    comment         TEXT NOT NULL DEFAULT '',
    is_repeat       INTEGER NOT NULL DEFAULT 0 CHECK (is_repeat IN (0, 1)),
    closed          INTEGER NOT NULL DEFAULT 0 CHECK (closed IN (0, 1)),
    lost_reason     TEXT,
    lost_note       TEXT,
    closed_at       TEXT,
    created_at      TEXT NOT NULL,
    created_by      INTEGER REFERENCES users (id),
    updated_at      TEXT NOT NULL,
    -- The deadline of the deal's nearest open activity, kept by the activities triggers.
    next_activity_at TEXT,
    -- In the recycle bin since then, by that user; NULL for a live deal.
    deleted_at      TEXT,
    deleted_by      INTEGER REFERENCES users (id)
);
-- Every index of live deals is partial: lists, boards and sorts never see the recycle bin and
-- stay covering index scans.
CREATE INDEX deals_stage ON deals (stage_id, created_at) WHERE deleted_at IS NULL;
CREATE INDEX deals_board ON deals (stage_id, next_activity_at, created_at DESC) WHERE deleted_at IS NULL;
CREATE INDEX deals_pipeline ON deals (pipeline_id, created_at) WHERE deleted_at IS NULL;
CREATE INDEX deals_company ON deals (company_id) WHERE company_id IS NOT NULL;
CREATE INDEX deals_responsible ON deals (responsible_id) WHERE deleted_at IS NULL;
CREATE INDEX deals_title ON deals (title COLLATE NOCASE) WHERE deleted_at IS NULL;
CREATE INDEX deals_amount ON deals (amount_minor) WHERE deleted_at IS NULL;
CREATE INDEX deals_created ON deals (created_at) WHERE deleted_at IS NULL;
CREATE INDEX deals_close_date ON deals (close_date) WHERE deleted_at IS NULL;
CREATE INDEX deals_next_activity ON deals (next_activity_at) WHERE deleted_at IS NULL AND next_activity_at IS NOT NULL;
CREATE INDEX deals_deleted ON deals (deleted_at) WHERE deleted_at IS NOT NULL;

-- The count and sums of each stage's deals per currency, kept by triggers, so that board
-- headers and pipeline reports never scan a million deals. weighted_centi is the sum of
-- amount × probability (the deal's, else its stage's), in hundredths of a minor unit.
CREATE TABLE stage_totals (
    stage_id        INTEGER NOT NULL,
    currency        TEXT NOT NULL,
    deals           INTEGER NOT NULL DEFAULT 0,
    amount_minor    INTEGER NOT NULL DEFAULT 0,
    weighted_centi  INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (stage_id, currency)
) WITHOUT ROWID;

CREATE TRIGGER deals_totals_insert AFTER INSERT ON deals WHEN NEW.deleted_at IS NULL
BEGIN
    INSERT INTO stage_totals (stage_id, currency, deals, amount_minor, weighted_centi)
    VALUES (NEW.stage_id, NEW.currency, 1, NEW.amount_minor,
            NEW.amount_minor * coalesce(NEW.probability, (SELECT probability FROM stages WHERE id = NEW.stage_id), 0))
    ON CONFLICT (stage_id, currency) DO UPDATE SET
        deals = deals + 1,
        amount_minor = amount_minor + excluded.amount_minor,
        weighted_centi = weighted_centi + excluded.weighted_centi;
END;

CREATE TRIGGER deals_totals_delete AFTER DELETE ON deals WHEN OLD.deleted_at IS NULL
BEGIN
    UPDATE stage_totals SET
        deals = deals - 1,
        amount_minor = amount_minor - OLD.amount_minor,
        weighted_centi = weighted_centi
            - OLD.amount_minor * coalesce(OLD.probability, (SELECT probability FROM stages WHERE id = OLD.stage_id), 0)
    WHERE stage_id = OLD.stage_id AND currency = OLD.currency;
END;

-- An update takes the old row out of the totals and puts the new one in; a deal going to the
-- recycle bin only leaves, a restored one only comes back.
CREATE TRIGGER deals_totals_update_old AFTER UPDATE OF stage_id, currency, amount_minor, probability, deleted_at ON deals
WHEN OLD.deleted_at IS NULL
BEGIN
    UPDATE stage_totals SET
        deals = deals - 1,
        amount_minor = amount_minor - OLD.amount_minor,
        weighted_centi = weighted_centi
            - OLD.amount_minor * coalesce(OLD.probability, (SELECT probability FROM stages WHERE id = OLD.stage_id), 0)
    WHERE stage_id = OLD.stage_id AND currency = OLD.currency;
END;

CREATE TRIGGER deals_totals_update_new AFTER UPDATE OF stage_id, currency, amount_minor, probability, deleted_at ON deals
WHEN NEW.deleted_at IS NULL
BEGIN
    INSERT INTO stage_totals (stage_id, currency, deals, amount_minor, weighted_centi)
    VALUES (NEW.stage_id, NEW.currency, 1, NEW.amount_minor,
            NEW.amount_minor * coalesce(NEW.probability, (SELECT probability FROM stages WHERE id = NEW.stage_id), 0))
    ON CONFLICT (stage_id, currency) DO UPDATE SET
        deals = deals + 1,
        amount_minor = amount_minor + excluded.amount_minor,
        weighted_centi = weighted_centi + excluded.weighted_centi;
END;

-- A stage's default probability weighs the deals that have none of their own.
CREATE TRIGGER stages_probability_update AFTER UPDATE OF probability ON stages
BEGIN
    UPDATE stage_totals SET weighted_centi = (
        SELECT coalesce(sum(d.amount_minor * coalesce(d.probability, NEW.probability, 0)), 0)
        FROM deals d WHERE d.stage_id = NEW.id AND d.currency = stage_totals.currency AND d.deleted_at IS NULL)
    WHERE stage_id = NEW.id;
END;

CREATE TRIGGER stages_totals_delete AFTER DELETE ON stages
BEGIN
    DELETE FROM stage_totals WHERE stage_id = OLD.id;
END;

CREATE TABLE deal_contacts (
    deal_id     INTEGER NOT NULL REFERENCES deals (id) ON DELETE CASCADE,
    contact_id  INTEGER NOT NULL REFERENCES contacts (id) ON DELETE CASCADE,
    is_primary  INTEGER NOT NULL DEFAULT 0 CHECK (is_primary IN (0, 1)),
    sort        INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (deal_id, contact_id)
) WITHOUT ROWID;
CREATE INDEX deal_contacts_contact ON deal_contacts (contact_id);

CREATE TABLE products (
    id            INTEGER PRIMARY KEY,
    name          TEXT NOT NULL,
    price_minor   INTEGER NOT NULL DEFAULT 0,
    currency      TEXT NOT NULL DEFAULT 'EUR',
    tax_rate_bp   INTEGER NOT NULL DEFAULT 0,
    tax_included  INTEGER NOT NULL DEFAULT 0 CHECK (tax_included IN (0, 1)),
    active        INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1))
);

-- Quantity in thousandths, discount and tax rate in basis points (1/100 of a percent).
CREATE TABLE deal_products (
    id              INTEGER PRIMARY KEY,
    deal_id         INTEGER NOT NULL REFERENCES deals (id) ON DELETE CASCADE,
    product_id      INTEGER REFERENCES products (id) ON DELETE SET NULL,
    name            TEXT NOT NULL,
    quantity_milli  INTEGER NOT NULL DEFAULT 1000,
    price_minor     INTEGER NOT NULL DEFAULT 0,
    discount_bp     INTEGER NOT NULL DEFAULT 0 CHECK (discount_bp BETWEEN 0 AND 10000),
    tax_rate_bp     INTEGER NOT NULL DEFAULT 0 CHECK (tax_rate_bp >= 0),
    tax_included    INTEGER NOT NULL DEFAULT 1 CHECK (tax_included IN (0, 1)),
    sort            INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX deal_products_deal ON deal_products (deal_id, sort);

CREATE TABLE activities (
    id              INTEGER PRIMARY KEY,
    deal_id         INTEGER NOT NULL REFERENCES deals (id) ON DELETE CASCADE,
    type            TEXT NOT NULL CHECK (type IN ('call', 'meeting', 'task', 'email', 'todo')),
    subject         TEXT NOT NULL,
    description     TEXT NOT NULL DEFAULT '',
    deadline        TEXT NOT NULL,
    duration_min    INTEGER,
    responsible_id  INTEGER NOT NULL REFERENCES users (id),
    done            INTEGER NOT NULL DEFAULT 0 CHECK (done IN (0, 1)),
    done_at         TEXT,
    created_at      TEXT NOT NULL
);
CREATE INDEX activities_open ON activities (deal_id, deadline) WHERE done = 0;
CREATE INDEX activities_deadline ON activities (deadline) WHERE done = 0;

-- deals.next_activity_at follows the nearest open activity of each deal.
CREATE TRIGGER activities_next_insert AFTER INSERT ON activities WHEN NEW.done = 0
BEGIN
    UPDATE deals SET next_activity_at = NEW.deadline
    WHERE id = NEW.deal_id AND (next_activity_at IS NULL OR next_activity_at > NEW.deadline);
END;

CREATE TRIGGER activities_next_update AFTER UPDATE OF deal_id, deadline, done ON activities
BEGIN
    UPDATE deals SET next_activity_at =
        (SELECT min(a.deadline) FROM activities a WHERE a.deal_id = deals.id AND a.done = 0)
    WHERE id IN (OLD.deal_id, NEW.deal_id);
END;

CREATE TRIGGER activities_next_delete AFTER DELETE ON activities WHEN OLD.done = 0
BEGIN
    UPDATE deals SET next_activity_at =
        (SELECT min(a.deadline) FROM activities a WHERE a.deal_id = deals.id AND a.done = 0)
    WHERE id = OLD.deal_id;
END;

-- Append-only: every change of a deal, with who, when, what. The deal id is kept without a
-- foreign key so that the history of a deleted deal survives it.
CREATE TABLE history (
    id           INTEGER PRIMARY KEY,
    deal_id      INTEGER,
    at           TEXT NOT NULL,
    user_id      INTEGER REFERENCES users (id),
    type         TEXT NOT NULL,
    field        TEXT,
    old_value    TEXT,
    new_value    TEXT,
    description  TEXT NOT NULL
);
CREATE INDEX history_deal ON history (deal_id, id);
CREATE INDEX history_at ON history (at);

CREATE TRIGGER history_no_update BEFORE UPDATE ON history
BEGIN
    SELECT RAISE(ABORT, 'history rows cannot be edited');
END;
CREATE TRIGGER history_no_delete BEFORE DELETE ON history
BEGIN
    SELECT RAISE(ABORT, 'history rows cannot be deleted');
END;

-- Small key/value settings stored with the data (e.g. the language the defaults were made in).
CREATE TABLE meta (
    key    TEXT PRIMARY KEY,
    value  TEXT
) WITHOUT ROWID;
