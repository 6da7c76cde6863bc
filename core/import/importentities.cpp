// SPDX-License-Identifier: GPL-3.0-or-later
// The rows of migration files: companies, contacts and products (matched like the clients of a
// deals file: an existing one is skipped, a new one created and recorded for undo), and the
// history of deals imported before (activities attached by the deal's external id, each once).
#include "import/importrun_p.h"

#include "database.h"

#include <QCoreApplication>
#include <QCryptographicHash>

#include <vector>

namespace comptoir::import {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Import)
};

// The activity type a CRM's word stands for; other words (note, comment...) are to-dos.
QString activityTypeCode(const QString &written)
{
    // Vectors, not initializer lists: a static list of initializer lists would point into
    // arrays that die with the statement that builds it.
    static const std::vector<std::pair<const char *, std::vector<const char *>>> types {
        { "call", { "call", "calls", "appel", "appels", "phonecall", "telephone", "tel", "coupdefil" } },
        { "meeting", { "meeting", "meetings", "reunion", "rendezvous", "rdv", "event", "evenement", "visite",
                       "visit", "demo" } },
        { "email", { "email", "emails", "mail", "courriel", "message", "emailsent", "emailreceived" } },
        { "task", { "task", "tasks", "tache", "taches" } },
    };
    const QString key = normaliseHeader(written);
    for (const auto &[code, names] : types) {
        for (const char *name : names) {
            if (key == QLatin1String(name))
                return QString::fromLatin1(code);
        }
    }
    return QStringLiteral("todo");
}

} // namespace

Status Run::checkKindMapping() const
{
    auto mapped = [this](Field f) { return m_columns[int(f)] >= 0; };
    switch (m_request.kind) {
    case ImportKind::Deals:
        return {};
    case ImportKind::Companies:
        if (mapped(Field::CompanyName))
            return {};
        return Error::invalid(Text::tr("No column is mapped to the company's name. Map a column to \"company_name\"."));
    case ImportKind::Contacts:
        if (mapped(Field::ContactFirstName) || mapped(Field::ContactLastName) || mapped(Field::ContactFullName)
            || mapped(Field::Email))
            return {};
        return Error::invalid(Text::tr("No column is mapped to the contact's name or e-mail. Map a column to "
                                       "\"contact_full_name\", \"contact_last_name\" or \"email\"."));
    case ImportKind::Products:
        if (mapped(Field::ProductName))
            return {};
        return Error::invalid(Text::tr("No column is mapped to the product's name. Map a column to \"product_name\"."));
    case ImportKind::History:
        if (mapped(Field::ExternalId) && mapped(Field::ActivityDate))
            return {};
        return Error::invalid(Text::tr("A history file needs the deal's external id and the date of each activity. "
                                       "Map columns to \"external_id\" and \"activity_date\"."));
    }
    return {};
}

Status Run::writeEntityRow(const csv::Record &record, const RowValues &row)
{
    switch (m_request.kind) {
    case ImportKind::Deals:
        return writeRow(record, row);
    case ImportKind::Companies:
        return writeCompanyRow(record, row);
    case ImportKind::Contacts:
        return writeContactRow(record, row);
    case ImportKind::Products:
        return writeProductRow(record, row);
    case ImportKind::History:
        return writeActivityRow(record, row);
    }
    return {};
}

Status Run::stageChannel(Id companyId, Id contactId, const char *kind, const QString &value)
{
    if (value.isEmpty())
        return {};
    if (contactId > 0)
        m_insertChannel->bind(1, contactId);
    m_insertChannel->bind(2, QString::fromLatin1(kind));
    m_insertChannel->bind(3, value);
    if (companyId > 0)
        m_insertChannel->bind(4, companyId);
    return m_insertChannel->exec() ? Status {} : storageError(QStringLiteral("channels"));
}

Status Run::writeCompanyRow(const csv::Record &record, const RowValues &row)
{
    if (row.company.isEmpty()) {
        rowError(record, Field::CompanyName, Text::tr("the row has no company name."));
        outcome(record.line, RowAction::Error, row.title);
        return {};
    }
    if (!m_writing)
        return {};
    const int before = m_summary.companiesCreated;
    auto id = companyFor(row);
    if (!id)
        return id.error();
    if (m_summary.companiesCreated == before) {
        ++m_summary.skipped; // known by its name already
        outcome(record.line, RowAction::Skipped, row.title);
        return {};
    }
    if (auto s = stageChannel(*id, 0, "email", row.email); !s)
        return s;
    if (auto s = stageChannel(*id, 0, "phone", row.phone); !s)
        return s;
    ++m_summary.created;
    outcome(record.line, RowAction::Created, row.title);
    return {};
}

Status Run::writeContactRow(const csv::Record &record, const RowValues &row)
{
    if (row.firstName.isEmpty() && row.lastName.isEmpty() && row.email.isEmpty()) {
        rowError(record, Field::ContactLastName, Text::tr("the row has no name nor e-mail for its contact."));
        outcome(record.line, RowAction::Error, row.title);
        return {};
    }
    if (!m_writing)
        return {};
    auto companyId = companyFor(row);
    if (!companyId)
        return companyId.error();
    const int before = m_summary.contactsCreated;
    auto id = contactFor(row, *companyId);
    if (!id)
        return id.error();
    const bool created = m_summary.contactsCreated > before;
    ++(created ? m_summary.created : m_summary.skipped);
    outcome(record.line, created ? RowAction::Created : RowAction::Skipped, row.title);
    return {};
}

Status Run::writeProductRow(const csv::Record &record, const RowValues &row)
{
    if (row.productName.isEmpty()) {
        rowError(record, Field::ProductName, Text::tr("the row has no product name."));
        outcome(record.line, RowAction::Error, row.title);
        return {};
    }
    if (!m_writing)
        return {};
    const QString key = row.productName.toLower();
    if (m_products.contains(key)) {
        ++m_summary.skipped; // the catalogue has it: its price stays the seller's
        outcome(record.line, RowAction::Skipped, row.title);
        return {};
    }
    m_insertProductItem->bind(1, row.productName);
    m_insertProductItem->bind(2, row.priceMinor);
    m_insertProductItem->bind(3, row.currency);
    m_insertProductItem->bind(4, row.taxBp);
    if (!m_insertProductItem->exec())
        return storageError(QStringLiteral("products"));
    const Id id = m_insertProductItem->lastId();
    m_products.insert(key, id);
    if (auto s = recordItem("product", id); !s)
        return s;
    ++m_summary.created;
    outcome(record.line, RowAction::Created, row.title);
    return {};
}

Status Run::writeActivityRow(const csv::Record &record, const RowValues &row)
{
    if (row.externalId.isEmpty())
        rowError(record, Field::ExternalId, Text::tr("the row names no deal."));
    if (row.activityAt.isEmpty())
        rowError(record, Field::ActivityDate, Text::tr("the row has no date."));
    if (row.externalId.isEmpty() || row.activityAt.isEmpty()) {
        outcome(record.line, RowAction::Error, row.title);
        return {};
    }
    // The deal, by the key it was imported under.
    std::optional<KeyRow> found;
    if (auto s = findKey(QStringLiteral("id:") + row.externalId, found); !s)
        return s;
    const Id dealId = found ? found->dealId : 0;
    if (dealId == 0) {
        rowError(record, Field::ExternalId,
                 Text::tr("no deal was imported with the id \"%1\". Import the deals file first.").arg(row.externalId));
        outcome(record.line, RowAction::Error, row.title);
        return {};
    }
    if (!m_writing)
        return {};
    const QString type = activityTypeCode(row.activityType);
    // Exactly once: the same activity of the same deal, imported again, is skipped.
    const QString key = QStringLiteral("activity:")
        + QString::fromLatin1(QCryptographicHash::hash(QStringList { row.externalId, row.activityAt, type,
                                                                     row.activityText }
                                                           .join(QChar(0x1f))
                                                           .toUtf8(),
                                                       QCryptographicHash::Sha1)
                                  .toHex());
    if (auto s = findKey(key, found); !s)
        return s;
    if (found) {
        ++m_summary.skipped;
        outcome(record.line, RowAction::Skipped, row.title);
        return {};
    }
    Id responsible = m_actor.userId;
    if (!row.responsible.isEmpty()) {
        const auto it = m_users.constFind(row.responsible.toLower());
        if (it != m_users.constEnd())
            responsible = *it;
        else
            ++m_unknownResponsible;
    }
    // A past activity is done (the timeline); one still to come stays open, on the deal's card.
    const bool done = row.activityAt <= m_now;
    QString subject = row.activityText.section(QLatin1Char('\n'), 0, 0).left(200).trimmed();
    if (subject.isEmpty())
        subject = row.activityType.isEmpty() ? type : row.activityType;
    m_insertActivity->bind(1, dealId);
    m_insertActivity->bind(2, type);
    m_insertActivity->bind(3, subject);
    m_insertActivity->bind(4, row.activityText == subject ? QStringLiteral("") : row.activityText);
    m_insertActivity->bind(5, row.activityAt);
    m_insertActivity->bind(6, responsible);
    m_insertActivity->bind(7, qint64(done ? 1 : 0));
    m_insertActivity->bind(8, done ? row.activityAt : QString());
    m_insertActivity->bind(9, m_now);
    if (!m_insertActivity->exec())
        return storageError(QStringLiteral("activities"));
    const Id id = m_insertActivity->lastId();
    // No digest to compare: an activity is never updated.
    if (auto s = stageKey(key, dealId, QStringLiteral("")); !s)
        return s;
    if (auto s = recordItem("activity", id); !s)
        return s;
    ++m_summary.created;
    outcome(record.line, RowAction::Created, row.title);
    return {};
}

} // namespace comptoir::import
