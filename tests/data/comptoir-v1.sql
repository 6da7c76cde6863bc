PRAGMA application_id = 1131245684;
PRAGMA user_version = 1;
PRAGMA foreign_keys=OFF;
BEGIN TRANSACTION;
CREATE TABLE users (
    id          INTEGER PRIMARY KEY,
    login       TEXT NOT NULL UNIQUE COLLATE NOCASE,
    name        TEXT NOT NULL,
    is_owner    INTEGER NOT NULL DEFAULT 0 CHECK (is_owner IN (0, 1)),
    active      INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
    created_at  TEXT NOT NULL
);
INSERT INTO users VALUES(1,'camille','Camille',1,1,'2026-11-27T06:49:01.305Z');
CREATE TABLE list_items (
    id      INTEGER PRIMARY KEY,
    list    TEXT NOT NULL CHECK (list IN ('deal_type', 'source', 'lost_reason', 'currency')),
    code    TEXT NOT NULL,
    name    TEXT NOT NULL,
    sort    INTEGER NOT NULL DEFAULT 0,
    active  INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
    UNIQUE (list, code)
);
INSERT INTO list_items VALUES(1,'deal_type','SALE','Sale',0,1);
INSERT INTO list_items VALUES(2,'deal_type','GOODS','Goods',1,1);
INSERT INTO list_items VALUES(3,'deal_type','SERVICES','Services',2,1);
INSERT INTO list_items VALUES(4,'deal_type','SERVICE','After-sales service',3,1);
INSERT INTO list_items VALUES(5,'source','CALL','Call',4,1);
INSERT INTO list_items VALUES(6,'source','EMAIL','E-mail',5,1);
INSERT INTO list_items VALUES(7,'source','WEB','Website',6,1);
INSERT INTO list_items VALUES(8,'source','ADVERTISING','Advertising',7,1);
INSERT INTO list_items VALUES(9,'source','PARTNER','Existing client',8,1);
INSERT INTO list_items VALUES(10,'source','RECOMMENDATION','Recommendation',9,1);
INSERT INTO list_items VALUES(11,'source','TRADE_SHOW','Trade fair',10,1);
INSERT INTO list_items VALUES(12,'source','OTHER','Other',11,1);
INSERT INTO list_items VALUES(13,'lost_reason','PRICE','Price too high',12,1);
INSERT INTO list_items VALUES(14,'lost_reason','COMPETITOR','Chose a competitor',13,1);
INSERT INTO list_items VALUES(15,'lost_reason','BUDGET','No budget',14,1);
INSERT INTO list_items VALUES(16,'lost_reason','NO_ANSWER','No answer',15,1);
INSERT INTO list_items VALUES(17,'lost_reason','POSTPONED','Project postponed',16,1);
INSERT INTO list_items VALUES(18,'lost_reason','OTHER','Other',17,1);
INSERT INTO list_items VALUES(19,'currency','EUR','Euro',18,1);
INSERT INTO list_items VALUES(20,'currency','USD','US dollar',19,1);
INSERT INTO list_items VALUES(21,'currency','GBP','Pound sterling',20,1);
INSERT INTO list_items VALUES(22,'currency','CHF','Swiss franc',21,1);
INSERT INTO list_items VALUES(23,'currency','CAD','Canadian dollar',22,1);
CREATE TABLE pipelines (
    id          INTEGER PRIMARY KEY,
    name        TEXT NOT NULL,
    sort        INTEGER NOT NULL DEFAULT 0,
    is_default  INTEGER NOT NULL DEFAULT 0 CHECK (is_default IN (0, 1))
);
INSERT INTO pipelines VALUES(1,'Sales',0,1);
INSERT INTO pipelines VALUES(2,'Customer service',1,0);
CREATE TABLE stages (
    id           INTEGER PRIMARY KEY,
    pipeline_id  INTEGER NOT NULL REFERENCES pipelines (id),
    name         TEXT NOT NULL,
    color        TEXT NOT NULL DEFAULT '#8fa3b8',
    sort         INTEGER NOT NULL,
    semantic     TEXT NOT NULL CHECK (semantic IN ('process', 'success', 'failure')),
    probability  INTEGER CHECK (probability BETWEEN 0 AND 100)
);
INSERT INTO stages VALUES(1,1,'New','#39a8ef',0,'process',10);
INSERT INTO stages VALUES(2,1,'Consultation','#2fc6f6',1,'process',20);
INSERT INTO stages VALUES(3,1,'Quote','#55d0e0',2,'process',40);
INSERT INTO stages VALUES(4,1,'Payment','#47e4c2',3,'process',70);
INSERT INTO stages VALUES(5,1,'Delivery','#ffa900',4,'process',90);
INSERT INTO stages VALUES(6,1,'Won','#7bd500',5,'success',100);
INSERT INTO stages VALUES(7,1,'Lost','#ff5752',6,'failure',0);
INSERT INTO stages VALUES(8,2,'New','#39a8ef',0,'process',10);
INSERT INTO stages VALUES(9,2,'Consultation','#2fc6f6',1,'process',20);
INSERT INTO stages VALUES(10,2,'Quote','#55d0e0',2,'process',40);
INSERT INTO stages VALUES(11,2,'Payment','#47e4c2',3,'process',70);
INSERT INTO stages VALUES(12,2,'Delivery','#ffa900',4,'process',90);
INSERT INTO stages VALUES(13,2,'Won','#7bd500',5,'success',100);
INSERT INTO stages VALUES(14,2,'Lost','#ff5752',6,'failure',0);
CREATE TABLE companies (
    id          INTEGER PRIMARY KEY,
    name        TEXT NOT NULL,
    comment     TEXT NOT NULL DEFAULT '',
    created_at  TEXT NOT NULL
);
INSERT INTO companies VALUES(1,'Palmer & Roberts','','2024-01-28T09:54:56.596Z');
INSERT INTO companies VALUES(2,'Architecture Garnier SARL','','2023-11-30T14:25:08.874Z');
INSERT INTO companies VALUES(3,'Ébénisterie Rousseau EURL','','2024-11-20T18:46:48.774Z');
INSERT INTO companies VALUES(4,'Librairie Meunier','','2024-07-29T14:19:33.203Z');
INSERT INTO companies VALUES(5,'Ébénisterie Roche SARL','','2024-03-10T08:13:17.809Z');
INSERT INTO companies VALUES(6,'Picard & Laurent','','2024-05-26T11:22:07.549Z');
INSERT INTO companies VALUES(7,'Pharmacie Brun SARL','','2024-11-11T10:30:20.405Z');
INSERT INTO companies VALUES(8,'Highland Print','','2024-11-24T10:13:35.911Z');
INSERT INTO companies VALUES(9,'Boulangerie Martin','','2026-11-27T06:49:01.387Z');
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
INSERT INTO contacts VALUES(1,'Manon','Chauvin',NULL,'1984-04-26','','2024-05-25T16:57:36.160Z');
INSERT INTO contacts VALUES(2,'Oliver','Robinson',NULL,'1989-10-11','','2023-12-18T15:22:41.520Z');
INSERT INTO contacts VALUES(3,'Manon','Brun',2,'1985-05-12','','2024-11-19T03:27:28.626Z');
INSERT INTO contacts VALUES(4,'Jérémy','Chauvin',5,NULL,'','2023-12-25T18:22:11.898Z');
INSERT INTO contacts VALUES(5,'Élodie','Dupuis',NULL,'1999-03-06','','2024-05-18T10:31:42.334Z');
INSERT INTO contacts VALUES(6,'Stéphane','Fontaine',2,NULL,'','2024-08-26T13:05:47.809Z');
INSERT INTO contacts VALUES(7,'Hugo','Meunier',3,'1973-03-17','','2023-12-28T16:43:04.601Z');
INSERT INTO contacts VALUES(8,'Chloë','O''Brien',NULL,'1981-11-09','','2023-12-21T19:51:36.027Z');
INSERT INTO contacts VALUES(9,'Patrick','Mitchell',8,NULL,'','2024-07-02T04:39:11.970Z');
INSERT INTO contacts VALUES(10,'Niamh','Green',8,NULL,'','2024-10-18T13:54:28.032Z');
INSERT INTO contacts VALUES(11,'Valérie','Carré',5,'1979-11-19','','2024-10-03T10:36:19.910Z');
INSERT INTO contacts VALUES(12,'Philippe','Michel',6,'1954-04-30','','2024-10-11T23:58:39.273Z');
INSERT INTO contacts VALUES(13,'Sébastien','Noël',NULL,'1964-04-28','','2024-09-24T07:10:46.412Z');
INSERT INTO contacts VALUES(14,'Gaël','Perrin',5,'1969-02-17','','2024-03-04T05:47:52.181Z');
INSERT INTO contacts VALUES(15,'Thomas','Cooper',8,'1954-11-14','','2024-06-17T05:21:47.454Z');
INSERT INTO contacts VALUES(16,'Cédric','Petit',NULL,NULL,'','2024-01-22T20:37:28.227Z');
INSERT INTO contacts VALUES(17,'Hélène','Martin',9,NULL,'','2026-11-27T06:49:01.388Z');
CREATE TABLE channels (
    id          INTEGER PRIMARY KEY,
    company_id  INTEGER REFERENCES companies (id) ON DELETE CASCADE,
    contact_id  INTEGER REFERENCES contacts (id) ON DELETE CASCADE,
    kind        TEXT NOT NULL CHECK (kind IN ('email', 'phone')),
    value       TEXT NOT NULL,
    sort        INTEGER NOT NULL DEFAULT 0,
    CHECK ((company_id IS NULL) <> (contact_id IS NULL))
);
INSERT INTO channels VALUES(1,1,NULL,'phone','+44 7700 900755',0);
INSERT INTO channels VALUES(2,2,NULL,'phone','+33 5 12 03 04 29',0);
INSERT INTO channels VALUES(3,3,NULL,'email','info@ebenisterie-rousseau.fr',0);
INSERT INTO channels VALUES(4,3,NULL,'phone','+33 7 78 16 27 66',0);
INSERT INTO channels VALUES(5,4,NULL,'email','contact@librairie-meunier.fr',0);
INSERT INTO channels VALUES(6,5,NULL,'email','contact@ebenisterie-roche.fr',0);
INSERT INTO channels VALUES(7,5,NULL,'phone','+33 1 21 30 53 78',0);
INSERT INTO channels VALUES(8,6,NULL,'email','info@picard-laurent.fr',0);
INSERT INTO channels VALUES(9,6,NULL,'phone','+33 4 09 28 12 00',0);
INSERT INTO channels VALUES(10,7,NULL,'email','contact@pharmacie-brun.fr',0);
INSERT INTO channels VALUES(11,7,NULL,'phone','+33 6 68 10 14 69',0);
INSERT INTO channels VALUES(12,8,NULL,'phone','+1 212-555-0137',0);
INSERT INTO channels VALUES(13,NULL,1,'email','manon.chauvin@yahoo.co.uk',0);
INSERT INTO channels VALUES(14,NULL,1,'phone','+33 3 04 32 39 66',0);
INSERT INTO channels VALUES(15,NULL,2,'email','oliver.robinson@yahoo.co.uk',0);
INSERT INTO channels VALUES(16,NULL,3,'email','manon.brun@architecture-garnier.fr',0);
INSERT INTO channels VALUES(17,NULL,3,'phone','+33 7 03 08 52 31',0);
INSERT INTO channels VALUES(18,NULL,4,'email','jeremy.chauvin@ebenisterie-roche.fr',0);
INSERT INTO channels VALUES(19,NULL,4,'phone','+33 3 54 26 98 77',0);
INSERT INTO channels VALUES(20,NULL,6,'email','stephane.fontaine@architecture-garnier.fr',0);
INSERT INTO channels VALUES(21,NULL,7,'email','hugo.meunier@ebenisterie-rousseau.fr',0);
INSERT INTO channels VALUES(22,NULL,7,'phone','+33 4 44 12 04 81',0);
INSERT INTO channels VALUES(23,NULL,8,'email','chloe.obrien77@laposte.net',0);
INSERT INTO channels VALUES(24,NULL,8,'phone','+44 7700 900554',0);
INSERT INTO channels VALUES(25,NULL,9,'phone','+1 617-555-0194',0);
INSERT INTO channels VALUES(26,NULL,10,'email','niamh.green@highland-print.com',0);
INSERT INTO channels VALUES(27,NULL,10,'phone','+1 206-555-0126',0);
INSERT INTO channels VALUES(28,NULL,11,'email','valerie.carre@ebenisterie-roche.fr',0);
INSERT INTO channels VALUES(29,NULL,12,'email','philippe.michel@picard-laurent.fr',0);
INSERT INTO channels VALUES(30,NULL,12,'phone','+33 4 71 42 94 41',0);
INSERT INTO channels VALUES(31,NULL,13,'email','sebastien.noel31@orange.fr',0);
INSERT INTO channels VALUES(32,NULL,14,'email','gael.perrin@ebenisterie-roche.fr',0);
INSERT INTO channels VALUES(33,NULL,14,'phone','+33 6 62 18 72 38',0);
INSERT INTO channels VALUES(34,NULL,15,'email','thomas.cooper@highland-print.com',0);
INSERT INTO channels VALUES(35,NULL,15,'phone','+1 415-555-0109',0);
INSERT INTO channels VALUES(36,NULL,16,'email','cedric.petit@orange.fr',0);
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
INSERT INTO deals VALUES(1,'Site web vitrine – Ébénisterie Rousseau EURL',3500,'EUR',1,2,14,3,1,'GOODS','TRADE_SHOW','2024-12-09','2024-12-11',0,'',0,1,'POSTPONED',NULL,'2024-12-11T00:35:49.215Z','2024-12-09T11:53:04.679Z',1,'2024-12-11T00:35:49.215Z',NULL,NULL,NULL);
INSERT INTO deals VALUES(2,'Boiler service – Highland Print',219050,'USD',1,1,7,8,1,'SERVICE',NULL,'2025-01-03','2025-02-07',0,'',0,1,'BUDGET','Went with a cheaper supplier','2025-02-07T22:17:35.306Z','2025-01-03T16:54:53.333Z',1,'2025-02-07T22:17:35.306Z',NULL,NULL,NULL);
INSERT INTO deals VALUES(3,'Market study – Palmer & Roberts',133000,'GBP',1,1,6,1,1,NULL,'RECOMMENDATION','2025-01-23','2025-02-03',100,'',0,1,NULL,NULL,'2025-02-03T18:48:26.546Z','2025-01-23T14:06:12.461Z',1,'2025-02-03T18:48:26.546Z',NULL,NULL,NULL);
INSERT INTO deals VALUES(4,'Team offsite – Palmer & Roberts',13250,'GBP',1,2,13,1,1,'SALE','CALL','2025-06-04','2025-06-11',100,'',1,1,NULL,NULL,'2025-06-11T05:39:21.514Z','2025-06-04T12:49:29.700Z',1,'2025-06-11T05:39:21.514Z',NULL,NULL,NULL);
INSERT INTO deals VALUES(5,'Fournitures de bureau – Manon Chauvin',118000,'EUR',1,1,6,NULL,1,'SALE','CALL','2025-06-20','2025-07-16',100,'',0,1,NULL,NULL,'2025-07-16T01:28:35.829Z','2025-06-20T12:03:37.184Z',1,'2025-07-16T01:28:35.829Z',NULL,NULL,NULL);
INSERT INTO deals VALUES(6,'Boiler service – Palmer & Roberts',51690,'GBP',1,2,9,1,1,'SERVICE','WEB','2025-07-23','2025-09-29',20,'',1,0,NULL,NULL,NULL,'2025-07-23T16:38:03.536Z',1,'2025-07-23T16:38:03.536Z','2026-12-03T11:15:00.000Z',NULL,NULL);
INSERT INTO deals VALUES(7,'Logo refresh – Palmer & Roberts',109000,'EUR',1,1,7,1,1,'SERVICE','CALL','2025-10-28','2026-02-21',0,'',1,1,'BUDGET',NULL,'2026-02-21T07:05:36.098Z','2025-10-28T10:57:11.035Z',1,'2026-02-21T07:05:36.098Z',NULL,NULL,NULL);
INSERT INTO deals VALUES(8,'Solar panel installation – Palmer & Roberts',434000,'EUR',1,1,7,1,1,NULL,'ADVERTISING','2025-11-03','2026-01-24',0,'',1,1,'NO_ANSWER',NULL,'2026-01-24T20:37:35.401Z','2025-11-03T14:31:42.879Z',1,'2026-01-24T20:37:35.401Z',NULL,NULL,NULL);
INSERT INTO deals VALUES(9,'Office supplies – Oliver Robinson',145000,'USD',1,1,6,NULL,1,'GOODS','CALL','2026-02-05','2026-05-17',100,'',0,1,NULL,NULL,'2026-05-17T02:57:54.381Z','2026-02-05T14:37:46.636Z',1,'2026-05-17T02:57:54.381Z',NULL,NULL,NULL);
INSERT INTO deals VALUES(10,'Logo refresh – Chloë O''Brien',269000,'GBP',1,1,7,NULL,1,'GOODS','PARTNER','2026-06-10','2026-06-16',0,'',0,1,'OTHER',NULL,'2026-06-16T20:26:07.541Z','2026-06-10T10:38:58.181Z',1,'2026-06-16T20:26:07.541Z',NULL,NULL,NULL);
INSERT INTO deals VALUES(11,'Paniers garnis – Architecture Garnier SARL',436000,'EUR',1,1,7,2,1,'SERVICE','CALL','2026-07-23','2026-11-01',0,'',0,1,'COMPETITOR',NULL,'2026-11-01T03:44:18.841Z','2026-07-23T15:43:46.172Z',1,'2026-11-01T03:44:18.841Z',NULL,NULL,NULL);
INSERT INTO deals VALUES(12,'Contrat de maintenance annuel – Librairie Meunier',145000,'EUR',1,2,13,4,1,'GOODS','OTHER','2026-08-08','2026-08-12',100,'',0,1,NULL,NULL,'2026-08-12T18:03:36.645Z','2026-08-08T10:20:05.714Z',1,'2026-08-12T18:03:36.645Z',NULL,NULL,NULL);
INSERT INTO deals VALUES(13,'Fixture: oven for Boulangerie Martin',123450,'EUR',1,1,7,9,1,NULL,NULL,NULL,NULL,0,'Prefers deliveries on Monday',0,1,'PRICE',NULL,'2026-11-27T06:49:01.568Z','2026-11-27T06:49:01.389Z',1,'2026-11-27T06:49:01.568Z',NULL,NULL,NULL);
CREATE TABLE stage_totals (
    stage_id        INTEGER NOT NULL,
    currency        TEXT NOT NULL,
    deals           INTEGER NOT NULL DEFAULT 0,
    amount_minor    INTEGER NOT NULL DEFAULT 0,
    weighted_centi  INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (stage_id, currency)
) WITHOUT ROWID;
INSERT INTO stage_totals VALUES(1,'EUR',0,0,0);
INSERT INTO stage_totals VALUES(3,'EUR',0,0,0);
INSERT INTO stage_totals VALUES(6,'EUR',1,118000,11800000);
INSERT INTO stage_totals VALUES(6,'GBP',1,133000,13300000);
INSERT INTO stage_totals VALUES(6,'USD',1,145000,14500000);
INSERT INTO stage_totals VALUES(7,'EUR',4,1102450,0);
INSERT INTO stage_totals VALUES(7,'GBP',1,269000,0);
INSERT INTO stage_totals VALUES(7,'USD',1,219050,0);
INSERT INTO stage_totals VALUES(9,'GBP',1,51690,1033800);
INSERT INTO stage_totals VALUES(13,'EUR',1,145000,14500000);
INSERT INTO stage_totals VALUES(13,'GBP',1,13250,1325000);
INSERT INTO stage_totals VALUES(14,'EUR',1,3500,0);
CREATE TABLE deal_contacts (
    deal_id     INTEGER NOT NULL REFERENCES deals (id) ON DELETE CASCADE,
    contact_id  INTEGER NOT NULL REFERENCES contacts (id) ON DELETE CASCADE,
    is_primary  INTEGER NOT NULL DEFAULT 0 CHECK (is_primary IN (0, 1)),
    sort        INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (deal_id, contact_id)
) WITHOUT ROWID;
INSERT INTO deal_contacts VALUES(1,7,1,0);
INSERT INTO deal_contacts VALUES(2,9,1,0);
INSERT INTO deal_contacts VALUES(5,1,1,0);
INSERT INTO deal_contacts VALUES(9,2,1,0);
INSERT INTO deal_contacts VALUES(10,8,1,0);
INSERT INTO deal_contacts VALUES(11,3,1,0);
INSERT INTO deal_contacts VALUES(13,17,1,0);
CREATE TABLE products (
    id            INTEGER PRIMARY KEY,
    name          TEXT NOT NULL,
    price_minor   INTEGER NOT NULL DEFAULT 0,
    currency      TEXT NOT NULL DEFAULT 'EUR',
    tax_rate_bp   INTEGER NOT NULL DEFAULT 0,
    tax_included  INTEGER NOT NULL DEFAULT 0 CHECK (tax_included IN (0, 1)),
    active        INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1))
);
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
INSERT INTO activities VALUES(1,6,'call','Call Palmer & Roberts back','','2026-12-03T11:15:00.000Z',15,1,0,NULL,'2025-07-24T11:36:45.975Z');
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
INSERT INTO history VALUES(1,1,'2024-12-09T11:53:04.679Z',1,'created',NULL,NULL,'Site web vitrine – Ébénisterie Rousseau EURL','Deal created in “Customer service”, stage “New”');
INSERT INTO history VALUES(2,1,'2024-12-11T00:35:49.215Z',1,'closed','result',NULL,'lost','Closed as lost: Project postponed');
INSERT INTO history VALUES(3,2,'2025-01-03T16:54:53.333Z',1,'created',NULL,NULL,'Boiler service – Highland Print','Deal created in “Sales”, stage “New”');
INSERT INTO history VALUES(4,2,'2025-02-07T22:17:35.306Z',1,'closed','result',NULL,'lost','Closed as lost: No budget — Went with a cheaper supplier');
INSERT INTO history VALUES(5,3,'2025-01-23T14:06:12.461Z',1,'created',NULL,NULL,'Market study – Palmer & Roberts','Deal created in “Sales”, stage “New”');
INSERT INTO history VALUES(6,3,'2025-02-03T18:48:26.546Z',1,'closed','result',NULL,'won','Closed as won');
INSERT INTO history VALUES(7,4,'2025-06-04T12:49:29.700Z',1,'created',NULL,NULL,'Team offsite – Palmer & Roberts','Deal created in “Customer service”, stage “New”');
INSERT INTO history VALUES(8,4,'2025-06-11T05:39:21.514Z',1,'closed','result',NULL,'won','Closed as won');
INSERT INTO history VALUES(9,5,'2025-06-20T12:03:37.184Z',1,'created',NULL,NULL,'Fournitures de bureau – Manon Chauvin','Deal created in “Sales”, stage “New”');
INSERT INTO history VALUES(10,5,'2025-07-16T01:28:35.829Z',1,'closed','result',NULL,'won','Closed as won');
INSERT INTO history VALUES(11,6,'2025-07-23T16:38:03.536Z',1,'created',NULL,NULL,'Boiler service – Palmer & Roberts','Deal created in “Customer service”, stage “Consultation”');
INSERT INTO history VALUES(12,7,'2025-10-28T10:57:11.035Z',1,'created',NULL,NULL,'Logo refresh – Palmer & Roberts','Deal created in “Sales”, stage “New”');
INSERT INTO history VALUES(13,7,'2026-02-21T07:05:36.098Z',1,'closed','result',NULL,'lost','Closed as lost: No budget');
INSERT INTO history VALUES(14,8,'2025-11-03T14:31:42.879Z',1,'created',NULL,NULL,'Solar panel installation – Palmer & Roberts','Deal created in “Sales”, stage “New”');
INSERT INTO history VALUES(15,8,'2026-01-24T20:37:35.401Z',1,'closed','result',NULL,'lost','Closed as lost: No answer');
INSERT INTO history VALUES(16,9,'2026-02-05T14:37:46.636Z',1,'created',NULL,NULL,'Office supplies – Oliver Robinson','Deal created in “Sales”, stage “New”');
INSERT INTO history VALUES(17,9,'2026-05-17T02:57:54.381Z',1,'closed','result',NULL,'won','Closed as won');
INSERT INTO history VALUES(18,10,'2026-06-10T10:38:58.181Z',1,'created',NULL,NULL,'Logo refresh – Chloë O''Brien','Deal created in “Sales”, stage “New”');
INSERT INTO history VALUES(19,10,'2026-06-16T20:26:07.541Z',1,'closed','result',NULL,'lost','Closed as lost: Other');
INSERT INTO history VALUES(20,11,'2026-07-23T15:43:46.172Z',1,'created',NULL,NULL,'Paniers garnis – Architecture Garnier SARL','Deal created in “Sales”, stage “New”');
INSERT INTO history VALUES(21,11,'2026-11-01T03:44:18.841Z',1,'closed','result',NULL,'lost','Closed as lost: Chose a competitor');
INSERT INTO history VALUES(22,12,'2026-08-08T10:20:05.714Z',1,'created',NULL,NULL,'Contrat de maintenance annuel – Librairie Meunier','Deal created in “Customer service”, stage “New”');
INSERT INTO history VALUES(23,12,'2026-08-12T18:03:36.645Z',1,'closed','result',NULL,'won','Closed as won');
INSERT INTO history VALUES(24,13,'2026-11-27T06:49:01.390Z',1,'created',NULL,NULL,'Fixture: oven for Boulangerie Martin','Deal created in “Sales”, stage “New”');
INSERT INTO history VALUES(25,13,'2026-11-27T06:49:01.453Z',1,'stage_moved','stage','New','Quote','Stage: New → Quote');
INSERT INTO history VALUES(26,13,'2026-11-27T06:49:01.513Z',1,'field_changed','comment','','Prefers deliveries on Monday','Comment: (none) → Prefers deliveries on Monday');
INSERT INTO history VALUES(27,13,'2026-11-27T06:49:01.568Z',1,'stage_moved','stage','Quote','Lost','Stage: Quote → Lost');
INSERT INTO history VALUES(28,13,'2026-11-27T06:49:01.568Z',1,'closed','result',NULL,'lost','Closed as lost: Price too high');
CREATE TABLE meta (
    key    TEXT PRIMARY KEY,
    value  TEXT
) WITHOUT ROWID;
INSERT INTO meta VALUES('defaults_language','C');
INSERT INTO meta VALUES('seeded','1');
CREATE UNIQUE INDEX pipelines_one_default ON pipelines (is_default) WHERE is_default = 1;
CREATE INDEX stages_pipeline ON stages (pipeline_id, sort);
CREATE INDEX companies_name ON companies (name COLLATE NOCASE);
CREATE INDEX contacts_name ON contacts (last_name COLLATE NOCASE, first_name COLLATE NOCASE);
CREATE INDEX contacts_company ON contacts (company_id);
CREATE INDEX channels_company ON channels (company_id) WHERE company_id IS NOT NULL;
CREATE INDEX channels_contact ON channels (contact_id) WHERE contact_id IS NOT NULL;
CREATE INDEX channels_value ON channels (kind, value COLLATE NOCASE);
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
CREATE INDEX deal_contacts_contact ON deal_contacts (contact_id);
CREATE INDEX deal_products_deal ON deal_products (deal_id, sort);
CREATE INDEX activities_open ON activities (deal_id, deadline) WHERE done = 0;
CREATE INDEX activities_deadline ON activities (deadline) WHERE done = 0;
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
COMMIT;
