// SPDX-License-Identifier: GPL-3.0-or-later
#include "import/importrun_p.h"
#include "import/sidesearch_p.h"

#include "database.h"
#include "import/phone.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

namespace comptoir::import {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Import)
};

// Deal columns an update changes, saved in the history before it so that undo can restore them.
const char *const SnapshotSql =
    "INSERT INTO history (deal_id, at, user_id, type, field, old_value, new_value, description) "
    "SELECT d.id, ?1, ?2, 'import_update', 'import', json_object("
    "'title', d.title, 'amount_minor', d.amount_minor, 'currency', d.currency, 'pipeline_id', d.pipeline_id, "
    "'stage_id', d.stage_id, 'company_id', d.company_id, 'responsible_id', d.responsible_id, "
    "'type_code', d.type_code, 'source_code', d.source_code, 'begin_date', d.begin_date, "
    "'close_date', d.close_date, 'probability', d.probability, 'comment', d.comment, 'closed', d.closed, "
    "'closed_at', d.closed_at, 'updated_at', d.updated_at, 'key_import', k.import_id, 'key_digest', k.digest, "
    "'products', (SELECT json_group_array(json_object('product_id', p.product_id, 'name', p.name, "
    "'quantity_milli', p.quantity_milli, 'price_minor', p.price_minor, 'discount_bp', p.discount_bp, "
    "'tax_rate_bp', p.tax_rate_bp, 'tax_included', p.tax_included, 'sort', p.sort)) "
    "FROM deal_products p WHERE p.deal_id = d.id), "
    "'contacts', (SELECT json_group_array(c.contact_id) FROM deal_contacts c WHERE c.deal_id = d.id)), "
    "?3, ?4 FROM deals d JOIN import_keys k ON k.deal_id = d.id WHERE d.id = ?5 AND k.key = ?6";


} // namespace

Error Run::storageError(const QString &what) const
{
    return Error::storage(Text::tr("The import could not write to the database."),
                          what + QStringLiteral(": ") + QString::fromUtf8(sqlite3_errmsg(m_db.handle())));
}

Status Run::prepare()
{
    if (auto s = createStaging(); !s)
        return s;
    sqlite3 *db = m_db.handle();
    auto make = [db](std::unique_ptr<Statement> &s, const char *sql) {
        s = std::make_unique<Statement>(db, sql);
        return s->prepared();
    };
    // New rows go straight to the real tables with ids handed out here (importstage.cpp says
    // what is set aside until the end); the keys wait in a TEMP table.
    const bool ok = make(m_findStagedKey, "SELECT key, deal_id, import_id, digest FROM temp.import_stage_keys WHERE rowid = ?1")
        && make(m_findKey, "SELECT deal_id, import_id, digest FROM main.import_keys WHERE key = ?1")
        && make(m_insertKey, "INSERT INTO temp.import_stage_keys (key, deal_id, import_id, digest) "
                             "VALUES (?1, ?2, ?3, ?4)")
        && make(m_updateKey, "UPDATE main.import_keys SET import_id = ?2, digest = ?3 WHERE key = ?1")
        && make(m_insertDeal,
                "INSERT INTO main.deals (title, amount_minor, currency, pipeline_id, stage_id, company_id, "
                "responsible_id, type_code, source_code, begin_date, close_date, probability, comment, closed, "
                "closed_at, created_at, created_by, updated_at, id, amount_manual) "
                "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17, ?18, ?19, 1)")
        && make(m_updateDeal,
                "UPDATE deals SET title = ?1, amount_minor = ?2, currency = ?3, pipeline_id = ?4, stage_id = ?5, "
                "company_id = ?6, responsible_id = ?7, type_code = ?8, source_code = ?9, begin_date = ?10, "
                "close_date = ?11, probability = ?12, comment = ?13, closed = ?14, closed_at = ?15, "
                "updated_at = ?18 WHERE id = ?19")
        && make(m_dealAlive, "SELECT deleted_at IS NULL FROM deals WHERE id = ?1")
        && make(m_snapshot, SnapshotSql)
        && make(m_deleteProducts, "DELETE FROM deal_products WHERE deal_id = ?1")
        && make(m_insertProduct,
                "INSERT INTO main.deal_products (deal_id, product_id, name, quantity_milli, price_minor, "
                "discount_bp, tax_rate_bp, tax_included, sort) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, 1, ?8)")
        && make(m_countProducts, "SELECT count(*) FROM main.deal_products WHERE deal_id = ?1")
        && make(m_insertCompany,
                "INSERT INTO main.companies (name, created_at, id, comment) VALUES (?1, ?2, ?3, ?4)")
        && make(m_insertContact,
                "INSERT INTO main.contacts (first_name, last_name, company_id, created_at, id, comment) "
                "VALUES (?1, ?2, ?3, ?4, ?5, ?6)")
        && make(m_insertChannel,
                "INSERT INTO main.channels (contact_id, kind, value, company_id, sort) VALUES (?1, ?2, ?3, ?4, 0)")
        && make(m_insertProductItem,
                "INSERT INTO main.products (name, price_minor, currency, tax_rate_bp) VALUES (?1, ?2, ?3, ?4)")
        && make(m_insertActivity,
                "INSERT INTO main.activities (deal_id, type, subject, description, deadline, responsible_id, done, "
                "done_at, created_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)")
        && make(m_linkContact,
                "INSERT OR IGNORE INTO main.deal_contacts (deal_id, contact_id, is_primary, sort) VALUES (?1, ?2, 1, 0)")
        && make(m_unlinkContacts, "DELETE FROM deal_contacts WHERE deal_id = ?1")
        && make(m_insertItem, "INSERT OR IGNORE INTO import_items (import_id, kind, row_id) VALUES (?1, ?2, ?3)");
    if (!ok)
        return storageError(QStringLiteral("prepare"));

    m_now = toStoredInstant(m_clock.now());
    auto inserted = m_db.exec(QStringLiteral("INSERT INTO imports (file_name, started_at, user_id, settings, kind) "
                                             "VALUES (?, ?, ?, '{}', ?)"),
                              { QFileInfo(m_request.path).fileName(), m_now, m_actor.userId,
                                importKindKey(m_request.kind) });
    if (!inserted)
        return inserted.error();
    m_importId = inserted->lastInsertId().toLongLong();
    return loadCaches();
}

Status Run::loadCaches()
{
    auto defaultPipeline = m_request.rules.pipeline.isEmpty()
        ? m_pipelines.defaultPipeline(m_actor)
        : m_pipelines.resolve(m_actor, m_request.rules.pipeline);
    if (!defaultPipeline)
        return defaultPipeline.error();
    auto all = m_pipelines.pipelines(m_actor);
    if (!all)
        return all.error();
    for (const Pipeline &p : *all) {
        auto info = std::make_shared<PipelineInfo>();
        info->pipeline = p;
        for (const Stage &s : p.stages)
            info->stages.insert(normaliseHeader(s.name), s.id);
        m_pipelineByName.insert(normaliseHeader(p.name), info);
        m_pipelineByName.insert(QString::number(p.id), info);
        if (p.id == defaultPipeline->id)
            m_defaultPipeline = std::make_unique<PipelineInfo>(*info);
    }
    if (m_request.rules.unknownStages == UnknownStages::MapTo) {
        auto stage = PipelineService::resolveStage(m_defaultPipeline->pipeline, m_request.rules.mapStage);
        if (!stage)
            return stage.error();
        m_mapStage = stage->id;
    }
    auto load = [this](const QString &sql, auto add) -> Status {
        auto q = m_db.exec(sql);
        if (!q)
            return q.error();
        q->setForwardOnly(true);
        while (q->next())
            add(*q);
        return {};
    };
    Status s = load(QStringLiteral("SELECT id, login, name FROM users WHERE active = 1"), [this](QSqlQuery &q) {
        m_users.insert(q.value(1).toString().toLower(), q.value(0).toLongLong());
        m_users.insert(q.value(2).toString().toLower(), q.value(0).toLongLong());
    });
    if (s)
        s = load(QStringLiteral("SELECT id, name FROM companies"), [this](QSqlQuery &q) {
            m_clients.insert(ClientTable::Kind::Company, normaliseHeader(q.value(1).toString()), q.value(0).toLongLong());
        });
    if (s)
        s = load(QStringLiteral("SELECT id, name FROM products"), [this](QSqlQuery &q) {
            m_products.insert(q.value(1).toString().toLower(), q.value(0).toLongLong());
        });
    if (s)
        s = load(QStringLiteral("SELECT list, code, name FROM list_items WHERE list IN ('deal_type', 'source')"),
                 [this](QSqlQuery &q) {
                     const QString list = q.value(0).toString() + QLatin1Char('|');
                     m_listCodes.insert(list + normaliseHeader(q.value(1).toString()), q.value(1).toString());
                     m_listCodes.insert(list + normaliseHeader(q.value(2).toString()), q.value(1).toString());
                 });
    if (s)
        s = load(QStringLiteral("SELECT c.contact_id, c.kind, c.value FROM channels c WHERE c.contact_id IS NOT NULL"),
                 [this](QSqlQuery &q) {
                     // Only the rule's own key is looked up (contactFor()).
                     const ContactMatch rule = m_request.rules.contactMatch;
                     if (rule == ContactMatch::Email && q.value(1).toString() == QLatin1String("email"))
                         m_clients.insert(ClientTable::Kind::Email, q.value(2).toString().toLower(), q.value(0).toLongLong());
                     else if (rule == ContactMatch::Phone && q.value(1).toString() == QLatin1String("phone"))
                         m_clients.insert(ClientTable::Kind::Phone,
                                          normalisePhone(q.value(2).toString(), m_request.rules.phoneRegion),
                                          q.value(0).toLongLong());
                 });
    if (s && m_clients.failed())
        return storageError(QStringLiteral("clients"));
    // The contacts' name keys are read when a row first needs them (loadNameKeys()).
    return s;
}

Status Run::loadNameKeys()
{
    if (m_nameKeysLoaded)
        return {};
    m_nameKeysLoaded = true;
    // Every contact, this import's too (they are in the table already), in the order they were
    // created: a later contact of the same name and company is the one matched.
    Statement contacts(m_db.handle(), "SELECT id, first_name, last_name, coalesce(company_id, 0) FROM main.contacts "
                                      "ORDER BY id");
    while (contacts.next()) {
        const Id id = contacts.integer(0);
        // A contact this import named after its e-mail or phone is known by no name.
        const qint64 created = id - m_firstContactId;
        const bool unnamed = created >= 0 && size_t(created) < m_unnamedContacts.size() && m_unnamedContacts[size_t(created)];
        const QString key = (contacts.text(1) + QLatin1Char(' ') + (unnamed ? QString() : contacts.text(2))).toLower()
            + QLatin1Char('|') + QString::number(contacts.integer(3));
        m_clients.insert(ClientTable::Kind::Name, key, id);
    }
    if (contacts.failed() || m_clients.failed())
        return storageError(QStringLiteral("contacts"));
    return {};
}

Status Run::recordItem(const char *kind, Id id)
{
    m_insertItem->bind(1, m_importId);
    m_insertItem->bind(2, QString::fromLatin1(kind));
    m_insertItem->bind(3, id);
    return m_insertItem->exec() ? Status {} : storageError(QStringLiteral("import_items"));
}

Result<const PipelineInfo *> Run::pipelineFor(const csv::Record &record, const RowValues &row)
{
    if (row.pipeline.isEmpty())
        return m_defaultPipeline.get();
    const auto it = m_pipelineByName.constFind(normaliseHeader(row.pipeline));
    if (it != m_pipelineByName.constEnd())
        return it->get();
    rowError(record, Field::Pipeline, Text::tr("there is no pipeline named \"%1\".").arg(row.pipeline));
    return nullptr;
}

std::optional<Id> Run::stageFor(const csv::Record &record, const PipelineInfo &info, const QString &value)
{
    const Pipeline &p = info.pipeline;
    if (value.isEmpty())
        return p.firstStage() ? std::optional<Id>(p.firstStage()->id) : std::nullopt;
    static const QRegularExpression bitrixPrefix(QStringLiteral("^C\\d+:"));
    QString plain = value;
    plain.remove(bitrixPrefix);
    const QString key = normaliseHeader(plain);
    if (const auto it = info.stages.constFind(key); it != info.stages.constEnd())
        return *it;
    static const QStringList won { QStringLiteral("won"), QStringLiteral("gagne"), QStringLiteral("gagnee"),
                                   QStringLiteral("closedwon"), QStringLiteral("win"), QStringLiteral("success") };
    static const QStringList lost { QStringLiteral("lost"), QStringLiteral("perdu"), QStringLiteral("perdue"),
                                    QStringLiteral("closedlost"), QStringLiteral("lose"), QStringLiteral("failure"),
                                    QStringLiteral("apology") };
    if (won.contains(key) && p.successStage())
        return p.successStage()->id;
    if (lost.contains(key) && p.firstFailureStage())
        return p.firstFailureStage()->id;
    switch (m_request.rules.unknownStages) {
    case UnknownStages::MapTo:
        return m_mapStage;
    case UnknownStages::Create: {
        auto stage = m_pipelines.addStage(m_actor, p.id, plain, StageSemantic::Process);
        if (!stage) {
            rowError(record, Field::Stage, stage.error().message);
            return std::nullopt;
        }
        auto *mutableInfo = const_cast<PipelineInfo *>(&info);
        mutableInfo->stages.insert(key, stage->id);
        for (auto &other : m_pipelineByName) {
            if (other->pipeline.id == p.id)
                other->stages.insert(key, stage->id);
        }
        ++m_summary.stagesCreated;
        if (!recordItem("stage", stage->id))
            return std::nullopt;
        return stage->id;
    }
    case UnknownStages::Reject:
        break;
    }
    rowError(record, Field::Stage,
             Text::tr("\"%1\" is not a stage of the pipeline \"%2\". Map it to a stage, or let the import create it.")
                 .arg(value, p.name));
    return std::nullopt;
}

Result<Id> Run::companyFor(const RowValues &row)
{
    if (row.company.isEmpty())
        return Id(0);
    const QString key = normaliseHeader(row.company);
    if (const auto known = m_clients.find(ClientTable::Kind::Company, key))
        return *known;
    const Id id = m_nextCompanyId++;
    m_insertCompany->bind(1, row.company);
    m_insertCompany->bind(2, m_now);
    m_insertCompany->bind(3, id);
    // A companies file's comment is the company's; a deals file's is the deal's.
    m_insertCompany->bind(4, m_request.kind == ImportKind::Companies && !row.comment.isNull() ? row.comment : QStringLiteral(""));
    if (!m_insertCompany->exec())
        return storageError(QStringLiteral("companies"));
    m_clients.insert(ClientTable::Kind::Company, key, id);
    if (m_clients.failed())
        return storageError(QStringLiteral("clients"));
    ++m_summary.companiesCreated; // recorded for undo at the end (finishStaging())
    return id;
}

Result<Id> Run::contactFor(const RowValues &row, Id companyId)
{
    if (!row.hasContact)
        return Id(0);
    const ContactMatch rule = m_request.rules.contactMatch;
    const QString phone = rule == ContactMatch::Phone ? normalisePhone(row.phone, m_request.rules.phoneRegion) : QString();
    const bool byEmail = rule == ContactMatch::Email && !row.email.isEmpty();
    const bool byPhone = rule == ContactMatch::Phone && !phone.isEmpty();
    if (!byEmail && !byPhone) {
        if (auto s = loadNameKeys(); !s)
            return s.error();
    }
    const QString nameKey = m_nameKeysLoaded ? (row.firstName + QLatin1Char(' ') + row.lastName).toLower()
            + QLatin1Char('|') + QString::number(companyId)
                                             : QString();
    using Kind = ClientTable::Kind;
    if (const auto known = byEmail ? m_clients.find(Kind::Email, row.email)
                         : byPhone ? m_clients.find(Kind::Phone, phone)
                                   : m_clients.find(Kind::Name, nameKey)) {
        return *known; // without the rule's own key, name and company decide
    }
    QString last = row.lastName;
    if (row.firstName.isEmpty() && last.isEmpty())
        last = !row.email.isEmpty() ? row.email : row.phone; // a contact needs a name
    m_insertContact->bind(1, row.firstName);
    m_insertContact->bind(2, last);
    if (companyId > 0)
        m_insertContact->bind(3, companyId);
    const Id id = m_nextContactId++;
    m_insertContact->bind(4, m_now);
    m_insertContact->bind(5, id);
    m_insertContact->bind(6, m_request.kind == ImportKind::Contacts && !row.comment.isNull() ? row.comment : QStringLiteral(""));
    if (!m_insertContact->exec())
        return storageError(QStringLiteral("contacts"));
    if (m_sideContacts)
        m_sideContacts->add(id, row.firstName, last,
                            m_request.kind == ImportKind::Contacts && !row.comment.isNull() ? row.comment : QString());
    ++m_summary.contactsCreated;
    for (const auto &[kind, value] : { std::pair { "email", row.email }, std::pair { "phone", row.phone } }) {
        if (value.isEmpty())
            continue;
        m_insertChannel->bind(1, id);
        m_insertChannel->bind(2, QString::fromLatin1(kind));
        m_insertChannel->bind(3, value);
        if (!m_insertChannel->exec())
            return storageError(QStringLiteral("channels"));
        if (m_sideChannels) {
            // What channels_search_insert indexes: the value, and a phone's digits without
            // the separators people type.
            QString digits;
            if (std::string_view(kind) == "phone") {
                digits = value;
                for (const QChar separator : { u' ', u'-', u'.', u'(', u')', u'/' })
                    digits.remove(separator);
            }
            m_sideChannels->add(m_insertChannel->lastId(), value, digits);
        }
    }
    if (byEmail)
        m_clients.insert(Kind::Email, row.email, id);
    if (!phone.isEmpty())
        m_clients.insert(Kind::Phone, phone, id);
    if (m_nameKeysLoaded)
        m_clients.insert(Kind::Name, nameKey, id);
    m_unnamedContacts.push_back(row.firstName.isEmpty() && row.lastName.isEmpty());
    if (m_clients.failed())
        return storageError(QStringLiteral("clients"));
    return id; // recorded for undo at the end (finishStaging())
}

QString Run::listCode(const QString &list, const QString &value)
{
    if (value.isEmpty())
        return {};
    const QString key = list + QLatin1Char('|') + normaliseHeader(value);
    if (const auto it = m_listCodes.constFind(key); it != m_listCodes.constEnd())
        return *it;
    QString code = normaliseHeader(value).left(40);
    if (code.isEmpty())
        code = QStringLiteral("imported");
    auto inserted = m_db.exec(QStringLiteral("INSERT OR IGNORE INTO list_items (list, code, name, sort) VALUES "
                                             "(?, ?, ?, 1000)"),
                              { list, code, value });
    if (inserted && inserted->numRowsAffected() > 0)
        (void)recordItem("list_item", inserted->lastInsertId().toLongLong());
    m_listCodes.insert(key, code);
    return code;
}

Status Run::insertProduct(Id dealId, const RowValues &row, int sort)
{
    m_insertProduct->bind(1, dealId);
    if (const auto it = m_products.constFind(row.productName.toLower()); it != m_products.constEnd())
        m_insertProduct->bind(2, *it);
    m_insertProduct->bind(3, row.productName);
    m_insertProduct->bind(4, row.quantityMilli);
    m_insertProduct->bind(5, row.priceMinor);
    m_insertProduct->bind(6, row.discountBp);
    m_insertProduct->bind(7, row.taxBp);
    m_insertProduct->bind(8, qint64(sort));
    if (!m_insertProduct->exec())
        return storageError(QStringLiteral("deal_products"));
    ++m_summary.products;
    return {};
}

} // namespace comptoir::import
