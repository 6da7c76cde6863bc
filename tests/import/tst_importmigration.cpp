// SPDX-License-Identifier: GPL-3.0-or-later
// A migration: companies, contacts and products from their own files, and the history of deals
// imported before, with the guarantees of a deals import (exactly once, all or nothing, undo).
#include "importtest.h"

#include <QTest>

using namespace comptoir;
using namespace comptoir::import;
using namespace comptoir::test;

namespace {

// What a seller sees: everything but the import records, the history and derived indexes.
const QStringList Bookkeeping { QStringLiteral("imports"), QStringLiteral("import_"), QStringLiteral("history"),
                                QStringLiteral("deal_search"), QStringLiteral("company_search"),
                                QStringLiteral("contact_search"), QStringLiteral("channel_search"),
                                QStringLiteral("stage_totals"), QStringLiteral("sqlite_sequence") };

ImportRequest request(ImportKind kind, const QString &file, const csv::NumberFormat &numbers)
{
    ImportRequest r;
    r.kind = kind;
    r.path = importData(file);
    r.rules.numbers = numbers;
    r.rules.unknownStages = UnknownStages::Create;
    return r;
}

ImportRequest historyRequest(const QString &path)
{
    ImportRequest r = request(ImportKind::History, QString(), csv::NumberFormat::english());
    r.path = path;
    r.overrides = { { QStringLiteral("Id"), Field::Ignore },
                    { QStringLiteral("OpportunityId"), Field::ExternalId },
                    { QStringLiteral("StageName"), Field::ActivityText } };
    return r;
}

} // namespace

class TestImportMigration : public QObject
{
    Q_OBJECT

private slots:
    void eachKindMapsItsOwnHeaders()
    {
        const QStringList accounts { QStringLiteral("Id"), QStringLiteral("Name"), QStringLiteral("Type"),
                                     QStringLiteral("Description") };
        QCOMPARE(autoMapFor(ImportKind::Companies, accounts),
                 (QList<Field> { Field::Ignore, Field::CompanyName, Field::Ignore, Field::Comment }));
        const QStringList contacts { QStringLiteral("LastName"), QStringLiteral("FirstName"), QStringLiteral("Title"),
                                     QStringLiteral("Email"), QStringLiteral("Name") };
        QCOMPARE(autoMapFor(ImportKind::Contacts, contacts),
                 (QList<Field> { Field::ContactLastName, Field::ContactFirstName, Field::Ignore, Field::Email,
                                 Field::ContactFullName }));
        const QStringList history { QStringLiteral("Réf"), QStringLiteral("Date"), QStringLiteral("Type"),
                                    QStringLiteral("Commentaire") };
        QCOMPARE(autoMapFor(ImportKind::History, history),
                 (QList<Field> { Field::ExternalId, Field::ActivityDate, Field::ActivityType, Field::ActivityText }));
        // A deals file never maps a column to an activity's field.
        QCOMPARE(autoMap({ QStringLiteral("Sujet"), QStringLiteral("Date") }),
                 (QList<Field> { Field::Ignore, Field::Ignore }));
        QVERIFY(!fieldsFor(ImportKind::Deals).contains(Field::ActivityDate));
    }

    void salesforceAccountsAndContactsAreImportedOnceAndUndone()
    {
        TestWorkspace ws;
        ImportService service(ws.db(), ws.clock());
        const QByteArray empty = contentHash(ws.db(), Bookkeeping);
        COMPTOIR_TRY(accounts, service.run(ws.actor(), request(ImportKind::Companies, QStringLiteral("salesforce-account.csv"),
                                                               csv::NumberFormat::english())));
        QVERIFY2(accounts->errors.isEmpty(), qPrintable(accounts->errors.value(0).message));
        QCOMPARE(accounts->created, 18);
        QCOMPARE(rowCount(ws.db(), QStringLiteral("companies")), 18);
        QCOMPARE(count(ws.db(), QStringLiteral("SELECT count(*) FROM companies WHERE name = 'Edge Communications'")), 1);

        auto contactsRequest = request(ImportKind::Contacts, QStringLiteral("salesforce-contact.csv"),
                                       csv::NumberFormat::english());
        COMPTOIR_TRY(contacts, service.run(ws.actor(), contactsRequest));
        QVERIFY2(contacts->errors.isEmpty(), qPrintable(contacts->errors.value(0).message));
        QCOMPARE(contacts->created, 25);
        QCOMPARE(count(ws.db(), QStringLiteral("SELECT count(*) FROM contacts c JOIN channels e ON e.contact_id = c.id "
                                               "AND e.kind = 'email' AND e.value = 'rose@edge.com' "
                                               "JOIN channels p ON p.contact_id = c.id AND p.kind = 'phone' "
                                               "AND p.value = '(512) 757-6000' "
                                               "WHERE c.first_name = 'Rose' AND c.last_name = 'Gonzalez'")), 1);
        const QByteArray imported = contentHash(ws.db(), Bookkeeping);

        // Exactly once: both files again change nothing.
        COMPTOIR_TRY(again, service.run(ws.actor(), contactsRequest));
        QCOMPARE(again->created, 0);
        QCOMPARE(again->skipped, 25);
        QCOMPARE(contentHash(ws.db(), Bookkeeping), imported);

        // Undo, newest first: the contacts go, then the companies.
        COMPTOIR_VERIFY_OK(service.undo(ws.actor(), contacts->importId));
        QCOMPARE(rowCount(ws.db(), QStringLiteral("contacts")), 0);
        QCOMPARE(rowCount(ws.db(), QStringLiteral("channels")), 0);
        COMPTOIR_VERIFY_OK(service.undo(ws.actor(), accounts->importId));
        QCOMPARE(contentHash(ws.db(), Bookkeeping), empty);
    }

    void aFrenchProductCatalogueIsImportedWithItsPrices()
    {
        TestWorkspace ws;
        ImportService service(ws.db(), ws.clock());
        const QByteArray before = contentHash(ws.db(), Bookkeeping);
        auto r = request(ImportKind::Products, QStringLiteral("french-products.csv"), csv::NumberFormat::french());
        COMPTOIR_TRY(summary, service.run(ws.actor(), r));
        QVERIFY2(summary->errors.isEmpty(), qPrintable(summary->errors.value(0).message));
        QCOMPARE(summary->created, 4);
        QCOMPARE(summary->skipped, 1); // "four à pain mixte" is "Four à pain mixte"
        QSqlQuery q(ws.db().sql());
        QVERIFY(q.exec(QStringLiteral("SELECT price_minor, currency, tax_rate_bp FROM products "
                                      "WHERE name = 'Four à pain mixte'")) && q.next());
        QCOMPARE(q.value(0).toLongLong(), 1250000);
        QCOMPARE(q.value(1).toString(), QStringLiteral("EUR"));
        QCOMPARE(q.value(2).toLongLong(), 2000);
        COMPTOIR_TRY(again, service.run(ws.actor(), r));
        QCOMPARE(again->created, 0);
        QCOMPARE(again->skipped, 5);
        COMPTOIR_VERIFY_OK(service.undo(ws.actor(), summary->importId));
        QCOMPARE(contentHash(ws.db(), Bookkeeping), before);
    }

    void theOpportunityHistoryBecomesTheDealsTimeline()
    {
        TestWorkspace ws;
        ImportService service(ws.db(), ws.clock());
        COMPTOIR_TRY(deals, service.run(ws.actor(), request(ImportKind::Deals, QStringLiteral("salesforce-opportunity.csv"),
                                                            csv::NumberFormat::english())));
        QCOMPARE(deals->created, 36);
        const QByteArray withDeals = contentHash(ws.db(), Bookkeeping);

        const auto r = historyRequest(importData(QStringLiteral("salesforce-opportunity-history.csv")));
        COMPTOIR_TRY(history, service.run(ws.actor(), r));
        QVERIFY2(history->errors.isEmpty(), qPrintable(history->errors.value(0).message));
        QCOMPARE(history->dateOrder, std::optional<csv::DateOrder>(csv::DateOrder::Mdy));
        QCOMPARE(history->created, 48);
        // On the deal their OpportunityId names: the 41 rows before the clock's day (2 March 2026)
        // done, the 7 of 7 March open, and the deals' next activity set from them.
        QCOMPARE(count(ws.db(), QStringLiteral("SELECT count(*) FROM activities a JOIN deals d ON d.id = a.deal_id "
                                               "WHERE a.done = 1 AND a.type = 'todo' AND a.done_at = a.deadline")), 41);
        QCOMPARE(count(ws.db(), QStringLiteral("SELECT count(*) FROM activities a JOIN deals d ON d.id = a.deal_id "
                                               "WHERE a.done = 0 AND a.deadline LIKE '2026-03-0%'")), 7);
        QCOMPARE(count(ws.db(), QStringLiteral("SELECT count(*) FROM deals d WHERE d.next_activity_at = (SELECT "
                                               "min(a.deadline) FROM activities a WHERE a.deal_id = d.id AND a.done = 0)")),
                 count(ws.db(), QStringLiteral("SELECT count(DISTINCT deal_id) FROM activities WHERE done = 0")));
        QCOMPARE(count(ws.db(), QStringLiteral("SELECT count(*) FROM activities a JOIN deals d ON d.id = a.deal_id "
                                               "WHERE d.title = 'Dickenson Mobile Generators' "
                                               "AND a.subject = 'Qualification' AND a.deadline LIKE '2026-02-2%'")), 1);

        COMPTOIR_TRY(again, service.run(ws.actor(), r));
        QCOMPARE(again->created, 0);
        QCOMPARE(again->skipped, 48);
        QCOMPARE(rowCount(ws.db(), QStringLiteral("activities")), 48);

        COMPTOIR_VERIFY_OK(service.undo(ws.actor(), history->importId));
        QCOMPARE(contentHash(ws.db(), Bookkeeping), withDeals);
    }

    void aHistoryRowNamingAnUnknownDealIsRefusedAndNothingIsWritten()
    {
        TestWorkspace ws;
        ImportService service(ws.db(), ws.clock());
        COMPTOIR_TRY(deals, service.run(ws.actor(), request(ImportKind::Deals, QStringLiteral("salesforce-opportunity.csv"),
                                                            csv::NumberFormat::english())));
        const QByteArray before = contentHash(ws.db());
        const QString path = writeFile(ws.dirPath(), QStringLiteral("history.csv"),
                                       "Id,OpportunityId,CreatedDate,StageName\n"
                                       "h1,006bm00000LKJNNAA5,02/23/26 08:55 PM,Qualification\n"
                                       "h2,006-NOT-IMPORTED,02/24/26 09:00 AM,Closed Won\n");
        COMPTOIR_TRY(summary, service.run(ws.actor(), historyRequest(path)));
        QVERIFY(!summary->committed);
        QCOMPARE(summary->errorCount, 1);
        QCOMPARE(summary->errors.value(0).line, 3);
        QCOMPARE(summary->errors.value(0).column, 4);
        QVERIFY2(summary->errors.value(0).message.contains(QLatin1String("006-NOT-IMPORTED")),
                 qPrintable(summary->errors.value(0).message));
        QCOMPARE(contentHash(ws.db()), before);
    }
};

QTEST_GUILESS_MAIN(TestImportMigration)
#include "tst_importmigration.moc"
