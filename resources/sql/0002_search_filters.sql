-- Comptoir schema, version 2: free-text search over deals and the saved filters of the list.
--
-- Search: four contentless FTS5 indexes (deal titles and comments, companies, contacts, and
-- their e-mails and phones), each row keyed by the rowid of what it indexes. A deal is found
-- through its own words, its company's or its contacts'; the link is made at query time, so a
-- renamed company or contact updates one index row, never the rows of its thousands of deals.
-- unicode61 with remove_diacritics 2 folds "Hélène" and "helene" together; the prefix indexes
-- answer what one types, two or three letters at a time.
-- Contentless tables keep no copy of the text: triggers give the old values back to delete.

CREATE VIRTUAL TABLE deal_search USING fts5 (
    title, comment,
    content = '', tokenize = "unicode61 remove_diacritics 2", prefix = '2 3'
);
CREATE VIRTUAL TABLE company_search USING fts5 (
    name, comment,
    content = '', tokenize = "unicode61 remove_diacritics 2", prefix = '2 3'
);
CREATE VIRTUAL TABLE contact_search USING fts5 (
    first_name, last_name, comment,
    content = '', tokenize = "unicode61 remove_diacritics 2", prefix = '2 3'
);
-- A phone number is indexed as written and as its digits alone ("+33 1 23" and "33123").
CREATE VIRTUAL TABLE channel_search USING fts5 (
    value, digits,
    content = '', tokenize = "unicode61 remove_diacritics 2", prefix = '2 3'
);

CREATE TRIGGER deals_search_insert AFTER INSERT ON deals
BEGIN
    INSERT INTO deal_search (rowid, title, comment) VALUES (NEW.id, NEW.title, NEW.comment);
END;
CREATE TRIGGER deals_search_update AFTER UPDATE OF title, comment ON deals
BEGIN
    INSERT INTO deal_search (deal_search, rowid, title, comment) VALUES ('delete', OLD.id, OLD.title, OLD.comment);
    INSERT INTO deal_search (rowid, title, comment) VALUES (NEW.id, NEW.title, NEW.comment);
END;
CREATE TRIGGER deals_search_delete AFTER DELETE ON deals
BEGIN
    INSERT INTO deal_search (deal_search, rowid, title, comment) VALUES ('delete', OLD.id, OLD.title, OLD.comment);
END;

CREATE TRIGGER companies_search_insert AFTER INSERT ON companies
BEGIN
    INSERT INTO company_search (rowid, name, comment) VALUES (NEW.id, NEW.name, NEW.comment);
END;
CREATE TRIGGER companies_search_update AFTER UPDATE OF name, comment ON companies
BEGIN
    INSERT INTO company_search (company_search, rowid, name, comment) VALUES ('delete', OLD.id, OLD.name, OLD.comment);
    INSERT INTO company_search (rowid, name, comment) VALUES (NEW.id, NEW.name, NEW.comment);
END;
CREATE TRIGGER companies_search_delete AFTER DELETE ON companies
BEGIN
    INSERT INTO company_search (company_search, rowid, name, comment) VALUES ('delete', OLD.id, OLD.name, OLD.comment);
END;

CREATE TRIGGER contacts_search_insert AFTER INSERT ON contacts
BEGIN
    INSERT INTO contact_search (rowid, first_name, last_name, comment)
    VALUES (NEW.id, NEW.first_name, NEW.last_name, NEW.comment);
END;
CREATE TRIGGER contacts_search_update AFTER UPDATE OF first_name, last_name, comment ON contacts
BEGIN
    INSERT INTO contact_search (contact_search, rowid, first_name, last_name, comment)
    VALUES ('delete', OLD.id, OLD.first_name, OLD.last_name, OLD.comment);
    INSERT INTO contact_search (rowid, first_name, last_name, comment)
    VALUES (NEW.id, NEW.first_name, NEW.last_name, NEW.comment);
END;
CREATE TRIGGER contacts_search_delete AFTER DELETE ON contacts
BEGIN
    INSERT INTO contact_search (contact_search, rowid, first_name, last_name, comment)
    VALUES ('delete', OLD.id, OLD.first_name, OLD.last_name, OLD.comment);
END;

CREATE TRIGGER channels_search_insert AFTER INSERT ON channels
BEGIN
    INSERT INTO channel_search (rowid, value, digits) VALUES (NEW.id, NEW.value,
        CASE NEW.kind WHEN 'phone' THEN replace(replace(replace(replace(replace(replace(
            NEW.value, ' ', ''), '-', ''), '.', ''), '(', ''), ')', ''), '/', '') ELSE '' END);
END;
CREATE TRIGGER channels_search_update AFTER UPDATE OF kind, value ON channels
BEGIN
    INSERT INTO channel_search (channel_search, rowid, value, digits) VALUES ('delete', OLD.id, OLD.value,
        CASE OLD.kind WHEN 'phone' THEN replace(replace(replace(replace(replace(replace(
            OLD.value, ' ', ''), '-', ''), '.', ''), '(', ''), ')', ''), '/', '') ELSE '' END);
    INSERT INTO channel_search (rowid, value, digits) VALUES (NEW.id, NEW.value,
        CASE NEW.kind WHEN 'phone' THEN replace(replace(replace(replace(replace(replace(
            NEW.value, ' ', ''), '-', ''), '.', ''), '(', ''), ')', ''), '/', '') ELSE '' END);
END;
CREATE TRIGGER channels_search_delete AFTER DELETE ON channels
BEGIN
    INSERT INTO channel_search (channel_search, rowid, value, digits) VALUES ('delete', OLD.id, OLD.value,
        CASE OLD.kind WHEN 'phone' THEN replace(replace(replace(replace(replace(replace(
            OLD.value, ' ', ''), '-', ''), '.', ''), '(', ''), ')', ''), '/', '') ELSE '' END);
END;

-- What a version 1 database already holds.
INSERT INTO deal_search (rowid, title, comment) SELECT id, title, comment FROM deals;
INSERT INTO company_search (rowid, name, comment) SELECT id, name, comment FROM companies;
INSERT INTO contact_search (rowid, first_name, last_name, comment)
    SELECT id, first_name, last_name, comment FROM contacts;
INSERT INTO channel_search (rowid, value, digits)
    SELECT id, value, CASE kind WHEN 'phone' THEN replace(replace(replace(replace(replace(replace(
        value, ' ', ''), '-', ''), '.', ''), '(', ''), ')', ''), '/', '') ELSE '' END FROM channels;

-- Named filters of the list: the criteria as JSON (see core/savedfilters.h).
CREATE TABLE saved_filters (
    id          INTEGER PRIMARY KEY,
    name        TEXT NOT NULL UNIQUE COLLATE NOCASE CHECK (trim(name) <> ''),
    criteria    TEXT NOT NULL,
    created_at  TEXT NOT NULL
);
