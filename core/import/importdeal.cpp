// SPDX-License-Identifier: GPL-3.0-or-later
// Writing one row: find the deal it was imported as before (by key), then create, update or
// skip it, with its company, contact and product row.
#include "import/importrun_p.h"
#include "import/sidesearch_p.h"

#include "database.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>

namespace comptoir::import {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Import)
};

QString sha1(const QStringList &parts)
{
    return QString::fromLatin1(
        QCryptographicHash::hash(parts.join(QChar(0x1f)).toUtf8(), QCryptographicHash::Sha1).toHex());
}

} // namespace

Status Run::writeRow(const csv::Record &record, const RowValues &row)
{
    auto pipeline = pipelineFor(record, row);
    const PipelineInfo *info = *pipeline;
    const std::optional<Id> stageId = info ? stageFor(record, *info, row.stage) : std::nullopt;
    if (!info || !stageId) {
        outcome(record.line, RowAction::Error, row.title);
        return {};
    }
    if (!m_writing)
        return {}; // an earlier row failed: nothing will be written, the rest is only checked

    // The deal's own values decide whether a re-import changes it; the product values too when
    // there is no id (then they are the only thing telling two rows apart).
    const QStringList dealParts { row.title, QString::number(row.amount), row.currency, row.stage, row.pipeline,
                                  row.responsible, row.type, row.source, row.beginDate, row.closeDate,
                                  row.probability ? QString::number(*row.probability) : QString(), row.comment,
                                  row.createdAt, row.company, row.firstName, row.lastName, row.email, row.phone };
    const QString digest = sha1(dealParts);
    const QString key = !row.externalId.isEmpty()
        ? QStringLiteral("id:") + row.externalId
        : QStringLiteral("fp:")
            + sha1(dealParts + QStringList { row.productName, QString::number(row.quantityMilli),
                                             QString::number(row.priceMinor), QString::number(row.discountBp),
                                             QString::number(row.taxBp) });

    Id dealId = 0;
    Id keyImport = 0;
    QString keyDigest;
    std::optional<KeyRow> found;
    if (auto s = findKey(key, found); !s)
        return s;
    if (found) {
        dealId = found->dealId;
        keyImport = found->importId;
        keyDigest = found->digest;
        // A deal this import wrote is alive.
        if (keyImport != m_importId) {
            m_dealAlive->bind(1, dealId);
            if (!m_dealAlive->next()) {
                dealId = 0; // deleted for good since: import it again
            } else {
                const bool alive = m_dealAlive->integer(0) != 0;
                m_dealAlive->reset();
                if (!alive) {
                    ++m_summary.skipped; // in the recycle bin: the seller decides, not the import
                    outcome(record.line, RowAction::Skipped, row.title);
                    return {};
                }
            }
        }
    }
    if (dealId != 0 && keyImport == m_importId) {
        // Another row of a deal this import already wrote: one more product row.
        if (!row.hasProduct) {
            ++m_summary.skipped;
            outcome(record.line, RowAction::Skipped, row.title);
            return {};
        }
        m_countProducts->bind(1, dealId);
        const int sort = m_countProducts->next() ? int(m_countProducts->integer(0)) : 0;
        m_countProducts->reset();
        outcome(record.line, RowAction::ProductAdded, row.title);
        return insertProduct(dealId, row, sort);
    }
    if (dealId != 0 && keyDigest == digest) {
        ++m_summary.skipped;
        outcome(record.line, RowAction::Skipped, row.title);
        return {};
    }

    auto companyId = companyFor(row);
    if (!companyId)
        return companyId.error();
    auto contactId = contactFor(row, *companyId);
    if (!contactId)
        return contactId.error();

    Id responsible = m_actor.userId;
    if (!row.responsible.isEmpty()) {
        const auto it = m_users.constFind(row.responsible.toLower());
        if (it != m_users.constEnd())
            responsible = *it;
        else
            ++m_unknownResponsible;
    }
    const Stage *stage = info->pipeline.stage(*stageId);
    const bool closed = stage && stage->isClosed();
    QString closedAt;
    if (closed) {
        closedAt = row.closeDate.isEmpty()
            ? (row.createdAt.isEmpty() ? m_now : row.createdAt)
            : toStoredInstant(QDateTime(QDate::fromString(row.closeDate, Qt::ISODate), QTime(12, 0), Qt::UTC));
    }
    const bool updating = dealId != 0;
    Statement &deal = updating ? *m_updateDeal : *m_insertDeal;
    if (updating) {
        // The previous values go to the history first: undo puts them back.
        m_snapshot->bind(1, m_now);
        m_snapshot->bind(2, m_actor.userId);
        m_snapshot->bind(3, QString::number(m_importId));
        m_snapshot->bind(4, Text::tr("Updated by the import of \"%1\" (import %2)")
                                .arg(QFileInfo(m_request.path).fileName())
                                .arg(m_importId));
        m_snapshot->bind(5, dealId);
        m_snapshot->bind(6, key);
        if (!m_snapshot->exec())
            return storageError(QStringLiteral("history"));
        m_deleteProducts->bind(1, dealId);
        m_unlinkContacts->bind(1, dealId);
        if (!m_deleteProducts->exec() || !m_unlinkContacts->exec())
            return storageError(QStringLiteral("deal_products"));
    } else {
        dealId = m_nextDealId++;
    }
    deal.bind(19, dealId);
    deal.bind(1, row.title);
    deal.bind(2, row.amount);
    deal.bind(3, row.currency);
    deal.bind(4, info->pipeline.id);
    deal.bind(5, *stageId);
    if (*companyId > 0)
        deal.bind(6, *companyId);
    deal.bind(7, responsible);
    deal.bind(8, listCode(QStringLiteral("deal_type"), row.type));
    deal.bind(9, listCode(QStringLiteral("source"), row.source));
    deal.bind(10, row.beginDate.isEmpty() ? QString() : row.beginDate);
    deal.bind(11, row.closeDate.isEmpty() ? QString() : row.closeDate);
    deal.bind(12, row.probability);
    deal.bind(13, row.comment.isNull() ? QStringLiteral("") : row.comment);
    deal.bind(14, qint64(closed ? 1 : 0));
    deal.bind(15, closedAt);
    deal.bind(16, row.createdAt.isEmpty() ? m_now : row.createdAt);
    deal.bind(17, m_actor.userId);
    deal.bind(18, m_now);
    if (!deal.exec())
        return storageError(QStringLiteral("deals"));
    if (!updating) {
        auto &total = m_newDealTotals[TotalsKey { *stageId, row.currency, row.probability.value_or(-1) }];
        ++total.first;
        total.second += row.amount;
        if (m_sideDeals)
            m_sideDeals->add(dealId, row.title, row.comment);
    }

    if (updating) {
        m_updateKey->bind(1, key);
        m_updateKey->bind(2, m_importId);
        m_updateKey->bind(3, digest);
        if (!m_updateKey->exec())
            return storageError(QStringLiteral("import_keys"));
    } else if (auto s = stageKey(key, dealId, digest); !s) {
        return s;
    }
    if (*contactId > 0) {
        m_linkContact->bind(1, dealId);
        m_linkContact->bind(2, *contactId);
        if (!m_linkContact->exec())
            return storageError(QStringLiteral("deal_contacts"));
    }
    if (row.hasProduct) {
        if (auto s = insertProduct(dealId, row, 0); !s)
            return s;
    }
    ++(updating ? m_summary.updated : m_summary.created);
    outcome(record.line, updating ? RowAction::Updated : RowAction::Created, row.title);
    return {}; // the history row of a new deal is written at the end (finishStaging())
}

Status Run::finish()
{
    QJsonObject settings { { QStringLiteral("rules"), Profile { {}, m_request.preset, {}, m_request.rules, m_options.encoding,
                                                                 m_options.dialect.delimiter }
                                                           .toJson() } };
    auto updated = m_db.exec(QStringLiteral("UPDATE imports SET finished_at = ?, created = ?, updated = ?, "
                                            "skipped = ?, settings = ? WHERE id = ?"),
                             { toStoredInstant(m_clock.now()), m_summary.created, m_summary.updated,
                               m_summary.skipped,
                               QString::fromUtf8(QJsonDocument(settings).toJson(QJsonDocument::Compact)),
                               m_importId });
    if (!updated)
        return updated.error();
    return {};
}

} // namespace comptoir::import
