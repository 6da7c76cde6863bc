-- Comptoir schema, version 4: custom fields and their values, the deal form's layout per
-- pipeline (F5), and amount discounts on product rows.

-- A custom field of every deal. options: the labels of a list or multi-list field, as a JSON
-- array of strings in their order. currency: the ISO code of a money field.
CREATE TABLE custom_fields (
    id          INTEGER PRIMARY KEY,
    name        TEXT NOT NULL CHECK (name <> ''),
    type        TEXT NOT NULL CHECK (type IN ('text', 'number', 'money', 'date', 'datetime', 'list',
                                               'multilist', 'checkbox', 'url', 'phone', 'email')),
    required    INTEGER NOT NULL DEFAULT 0 CHECK (required IN (0, 1)),
    options     TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(options) AND json_type(options) = 'array'),
    currency    TEXT CHECK (currency IS NULL OR length(currency) = 3),
    sort        INTEGER NOT NULL DEFAULT 0,
    created_at  TEXT NOT NULL
);
CREATE UNIQUE INDEX custom_fields_name ON custom_fields (name COLLATE NOCASE);

-- One value of one custom field of one deal, in the column its type needs: text, url, phone,
-- e-mail, list label, date (YYYY-MM-DD), date-time (UTC ISO 8601) and multi-list (JSON array
-- of labels) in value_text; money (minor units) and checkbox (0/1) in value_int; number in
-- value_real. An empty value is no row.
CREATE TABLE deal_field_values (
    field_id    INTEGER NOT NULL REFERENCES custom_fields (id) ON DELETE CASCADE,
    deal_id     INTEGER NOT NULL REFERENCES deals (id) ON DELETE CASCADE,
    value_text  TEXT,
    value_int   INTEGER,
    value_real  REAL,
    PRIMARY KEY (field_id, deal_id),
    CHECK (value_text IS NOT NULL OR value_int IS NOT NULL OR value_real IS NOT NULL)
) WITHOUT ROWID;
CREATE INDEX deal_field_values_deal ON deal_field_values (deal_id);

-- The Details form of a pipeline: its sections in order, each holding fields in order. A
-- pipeline without rows shows the default layout. builtin names a default section ('about',
-- 'more') whose title follows the user's language while name is NULL (not renamed).
CREATE TABLE form_sections (
    id           INTEGER PRIMARY KEY,
    pipeline_id  INTEGER NOT NULL REFERENCES pipelines (id) ON DELETE CASCADE,
    builtin      TEXT CHECK (builtin IS NULL OR builtin IN ('about', 'more')),
    name         TEXT,
    sort         INTEGER NOT NULL,
    hidden       INTEGER NOT NULL DEFAULT 0 CHECK (hidden IN (0, 1)),
    CHECK (builtin IS NOT NULL OR name IS NOT NULL)
);
CREATE INDEX form_sections_pipeline ON form_sections (pipeline_id, sort);

-- field_key: a built-in field ("title", "amount", ...) or a custom one ("cf_12"). A field sits
-- in one section of a pipeline at most; a hidden field keeps its values.
CREATE TABLE form_fields (
    pipeline_id  INTEGER NOT NULL REFERENCES pipelines (id) ON DELETE CASCADE,
    section_id   INTEGER NOT NULL REFERENCES form_sections (id) ON DELETE CASCADE,
    field_key    TEXT NOT NULL,
    sort         INTEGER NOT NULL,
    hidden       INTEGER NOT NULL DEFAULT 0 CHECK (hidden IN (0, 1)),
    PRIMARY KEY (pipeline_id, field_key)
) WITHOUT ROWID;
CREATE INDEX form_fields_section ON form_fields (section_id, sort);

-- A product row's discount may be an amount off the unit price (minor units) instead of a
-- percentage; at most one of the two is set.
ALTER TABLE deal_products ADD COLUMN discount_minor INTEGER NOT NULL DEFAULT 0 CHECK (discount_minor >= 0);
