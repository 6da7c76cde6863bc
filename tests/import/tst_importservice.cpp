// SPDX-License-Identifier: GPL-3.0-or-later
// The import service on real-looking files: values, clients matched, exactly once, undo,
// dry run and cancel.
#include "importtest.h"

#include <QTest>

using namespace comptoir;
using namespace comptoir::import;
using namespace comptoir::test;

namespace {

// Tables an import or its undo may touch without changing the data a seller sees: the import
// records, the append-only history, the full-text indexes and the totals' zero rows.
const QStringList Bookkeeping { QStringLiteral("imports"), QStringLiteral("import_"), QStringLiteral("history"),
                                QStringLiteral("deal_search"), QStringLiteral("company_search"),
                                QStringLiteral("contact_search"), QStringLiteral("channel_search"),
                                QStringLiteral("stage_totals"), QStringLiteral("sqlite_sequence") };

} // namespace

class TestImportService : public QObject
{
    Q_OBJECT

private slots:
    void aFrenchExcelFileIsImportedWithItsValues()
    {
        TestWorkspace ws;
        ImportService service(ws.db(), ws.clock());
        COMPTOIR_TRY(summary, service.run(ws.actor(), frenchRequest(importData(QStringLiteral("french-excel.csv")))));
        QVERIFY2(summary->errors.isEmpty(), qPrintable(summary->errors.value(0).message));
        QVERIFY(summary->committed);
        QCOMPARE(summary->dateOrder, std::optional<csv::DateOrder>(csv::DateOrder::Dmy));
        QCOMPARE(summary->created, 3);
        QCOMPARE(summary->products, 2);
        QCOMPARE(summary->companiesCreated, 2); // "boulangerie lefèvre" is "Boulangerie Lefèvre"
        QCOMPARE(summary->contactsCreated, 2); // ELODIE.MARTIN@ is elodie.martin@
        QCOMPARE(summary->stagesCreated, 1); // "Devis"

        QSqlQuery q(ws.db().sql());
        QVERIFY(q.prepare(QStringLiteral("SELECT d.amount_minor, d.currency, d.close_date, d.closed, s.semantic, c.name, "
                                      "(SELECT group_concat(p.name || ' ' || p.quantity_milli || ' ' || p.price_minor, '|') "
                                      " FROM deal_products p WHERE p.deal_id = d.id) "
                                      "FROM deals d JOIN stages s ON s.id = d.stage_id "
                                      "LEFT JOIN companies c ON c.id = d.company_id WHERE d.title = ?")));
        q.addBindValue(QStringLiteral("Rénovation façade"));
        QVERIFY(q.exec() && q.next());
        QCOMPARE(q.value(0).toLongLong(), 1234550);
        QCOMPARE(q.value(1).toString(), QStringLiteral("EUR"));
        QCOMPARE(q.value(2).toString(), QStringLiteral("2024-03-27"));
        QCOMPARE(q.value(3).toInt(), 1);
        QCOMPARE(q.value(4).toString(), QStringLiteral("success"));
        QCOMPARE(q.value(5).toString(), QStringLiteral("Boulangerie Lefèvre"));
        QCOMPARE(q.value(6).toString(), QStringLiteral("Échafaudage 2000 150000|Main d'œuvre 35500 25000"));

        QCOMPARE(count(ws.db(), QStringLiteral("SELECT count(*) FROM deals d JOIN stages s ON s.id = d.stage_id "
                                               "WHERE d.title = 'Cuisine équipée' AND s.semantic = 'failure'")), 1);
        QCOMPARE(count(ws.db(), QStringLiteral("SELECT count(*) FROM deals WHERE title = 'Audit énergétique; phase 1' "
                                               "AND company_id = (SELECT company_id FROM deals WHERE title = 'Rénovation façade')")), 1);
        QCOMPARE(count(ws.db(), QStringLiteral("SELECT count(*) FROM history WHERE type = 'imported' AND new_value = '%1'")
                                    .arg(summary->importId)), 3);
        COMPTOIR_TRY(imports, service.list());
        QCOMPARE(imports->size(), 1);
        QCOMPARE(imports->first().fileName, QStringLiteral("french-excel.csv"));
        QCOMPARE(imports->first().created, 3);
    }

    void importingTheSameFileTwiceChangesNothing()
    {
        TestWorkspace ws;
        ImportService service(ws.db(), ws.clock());
        const ImportRequest request = frenchRequest(importData(QStringLiteral("french-excel.csv")));
        COMPTOIR_TRY(first, service.run(ws.actor(), request));
        QVERIFY(first->committed);
        const QByteArray after = contentHash(ws.db(), { QStringLiteral("imports") });
        COMPTOIR_TRY(second, service.run(ws.actor(), request));
        QVERIFY(second->committed);
        QCOMPARE(second->created, 0);
        QCOMPARE(second->updated, 0);
        QCOMPARE(second->skipped, 4);
        QCOMPARE(contentHash(ws.db(), { QStringLiteral("imports") }), after);
    }

    void aChangedRowUpdatesItsDealAndUndoPutsItBack()
    {
        TestWorkspace ws;
        ImportService service(ws.db(), ws.clock());
        COMPTOIR_TRY(first, service.run(ws.actor(), frenchRequest(importData(QStringLiteral("french-excel.csv")))));
        QVERIFY(first->committed);
        const QByteArray before = contentHash(ws.db(), Bookkeeping);
        QFile original(importData(QStringLiteral("french-excel.csv")));
        QVERIFY(original.open(QIODevice::ReadOnly));
        QByteArray bytes = original.readAll();
        bytes.replace("8 900,00", "9 500,00");
        QTemporaryDir dir;
        const QString changed = writeFile(dir.path(), QStringLiteral("french-excel.csv"), bytes);
        COMPTOIR_TRY(second, service.run(ws.actor(), frenchRequest(changed)));
        QVERIFY(second->committed);
        QCOMPARE(second->updated, 1);
        QCOMPARE(second->created, 0);
        QCOMPARE(count(ws.db(), QStringLiteral("SELECT amount_minor FROM deals WHERE title = 'Cuisine équipée'")), 950000);
        QCOMPARE(count(ws.db(), QStringLiteral("SELECT count(*) FROM deals")), 3);

        COMPTOIR_VERIFY_OK(service.undo(ws.actor(), second->importId));
        QCOMPARE(count(ws.db(), QStringLiteral("SELECT amount_minor FROM deals WHERE title = 'Cuisine équipée'")), 890000);
        QCOMPARE(contentHash(ws.db(), Bookkeeping), before);
        QCOMPARE(service.undo(ws.actor(), second->importId).error().code, Error::Code::Forbidden);
    }

    void undoRemovesTheWholeImport()
    {
        TestWorkspace ws;
        ImportService service(ws.db(), ws.clock());
        const QByteArray empty = contentHash(ws.db(), Bookkeeping);
        const ImportRequest request = frenchRequest(importData(QStringLiteral("french-excel.csv")));
        COMPTOIR_TRY(summary, service.run(ws.actor(), request));
        QVERIFY(summary->committed);
        QCOMPARE(count(ws.db(), QStringLiteral("SELECT count(*) FROM deals")), 3);
        COMPTOIR_VERIFY_OK(service.undo(ws.actor(), summary->importId));
        QCOMPARE(count(ws.db(), QStringLiteral("SELECT count(*) FROM deals")), 0);
        QCOMPARE(count(ws.db(), QStringLiteral("SELECT coalesce(sum(deals), 0) FROM stage_totals")), 0);
        QCOMPARE(contentHash(ws.db(), Bookkeeping), empty);
        // Undone, the file imports again as new.
        COMPTOIR_TRY(again, service.run(ws.actor(), request));
        QCOMPARE(again->created, 3);
    }

    // By e-mail first; a row without one is matched by name and company, among the contacts
    // already there and those the import created before it (named or, without a name, known by
    // their e-mail or phone).
    void aRowWithoutEMailMatchesItsContactByNameAndCompany()
    {
        TestWorkspace ws;
        QTemporaryDir dir;
        const QByteArray bytes = "Réf;Affaire;Entreprise;Prénom;Nom;E-mail;Téléphone\n"
                                 "A1;Toiture;Martin SA;Jean;Dupont;jean@martin.fr;\n"
                                 "A2;Façade;Martin SA;Jean;Dupont;;\n"
                                 "A3;Clôture;Bernard SARL;;;accueil@bernard.fr;\n"
                                 "A4;Portail;Bernard SARL;;;;01 23 45 67 89\n"
                                 "A5;Terrasse;Martin SA;Jeanne;Dupont;;\n";
        ImportService service(ws.db(), ws.clock());
        ImportRequest request = frenchRequest(writeFile(dir.path(), QStringLiteral("contacts.csv"), bytes));
        COMPTOIR_TRY(summary, service.run(ws.actor(), request));
        QVERIFY2(summary->errors.isEmpty(), qPrintable(summary->errors.value(0).message));
        QCOMPARE(summary->created, 5);
        QCOMPARE(summary->contactsCreated, 3); // Jean Dupont, accueil@bernard.fr, Jeanne Dupont
        const auto contactOf = [&ws](const char *title) {
            return count(ws.db(), QStringLiteral("SELECT l.contact_id FROM deal_contacts l JOIN deals d ON d.id = l.deal_id "
                                                 "WHERE d.title = '%1'").arg(QString::fromUtf8(title)));
        };
        QCOMPARE(contactOf("Façade"), contactOf("Toiture"));
        QCOMPARE(contactOf("Portail"), contactOf("Clôture"));
        QVERIFY(contactOf("Terrasse") != contactOf("Toiture"));
    }

    // Skipping the rows in error: the others are imported, each error is written to a CSV file
    // with its line, column, field and message.
    void skippedErrorRowsGoToTheErrorFileAndTheRestIsImported()
    {
        TestWorkspace ws;
        QTemporaryDir dir;
        const QByteArray bytes = "Réf;Affaire;Montant;Date de clôture\n"
                                 "S1;Toiture;1 200,50;15/03/2024\n"
                                 "S2;Façade;12,3,4;16/03/2024\n"
                                 "S3;Clôture;300;31/02/2024\n"
                                 "S4;Portail;450;17/03/2024\n"
                                 "S5;\"Terrasse \"\"bois\"\"\";99;18/03/2024\n";
        ImportService service(ws.db(), ws.clock());
        ImportRequest request = frenchRequest(writeFile(dir.path(), QStringLiteral("mixed.csv"), bytes));
        request.rules.dateOrder = csv::DateOrder::Dmy;
        request.skipErrorRows = true;
        request.errorFile = dir.filePath(QStringLiteral("errors.csv"));
        COMPTOIR_TRY(summary, service.run(ws.actor(), request));
        QVERIFY(summary->committed);
        QCOMPARE(summary->created, 3);
        QCOMPARE(summary->errorRows, 2);
        QCOMPARE(summary->errorCount, 2);
        QCOMPARE(count(ws.db(), QStringLiteral("SELECT count(*) FROM deals")), 3);
        QCOMPARE(count(ws.db(), QStringLiteral("SELECT count(*) FROM deals WHERE title IN ('Façade', 'Clôture')")), 0);
        QFile errors(request.errorFile);
        QVERIFY(errors.open(QIODevice::ReadOnly));
        const QByteArray written = errors.readAll();
        QVERIFY(written.startsWith("\xEF\xBB\xBF")); // a byte-order mark: Excel reads the file as UTF-8
        const QStringList lines = QString::fromUtf8(written.mid(3)).split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 3);
        QCOMPARE(lines.at(0), QStringLiteral("line,column,field,message"));
        QVERIFY2(lines.at(1).startsWith(QStringLiteral("3,11,\"Montant\",\"")), qPrintable(lines.at(1)));
        QVERIFY2(lines.at(2).startsWith(QStringLiteral("4,16,\"Date de clôture\",\"")), qPrintable(lines.at(2)));
        QVERIFY2(lines.at(2).contains(QStringLiteral("31/02/2024")), qPrintable(lines.at(2)));
        // Undone like any import.
        COMPTOIR_VERIFY_OK(service.undo(ws.actor(), summary->importId));
        QCOMPARE(count(ws.db(), QStringLiteral("SELECT count(*) FROM deals")), 0);
    }

    // A file that cannot be read as CSV is not a row to leave out: nothing is imported.
    void skippingErrorRowsStillRefusesAFileThatCannotBeRead()
    {
        TestWorkspace ws;
        QTemporaryDir dir;
        QByteArray bytes = "Réf;Affaire;Montant\nU1;Toiture;100\nU2;Façade;200\n";
        bytes.insert(bytes.indexOf("ade;200"), '\0'); // a NUL byte in line 3
        ImportService service(ws.db(), ws.clock());
        const QByteArray before = contentHash(ws.db());
        ImportRequest request = frenchRequest(writeFile(dir.path(), QStringLiteral("broken.csv"), bytes));
        request.skipErrorRows = true;
        COMPTOIR_TRY(summary, service.run(ws.actor(), request));
        QVERIFY2(!summary->committed, qPrintable(summary->errors.value(0).message));
        QCOMPARE(summary->created, 1); // the row before the NUL was read, then the reading stopped
        QCOMPARE(summary->errors.value(0).line, 3);
        QCOMPARE(contentHash(ws.db()), before);
    }

    void aDryRunCountsButWritesNothing()
    {
        TestWorkspace ws;
        ImportService service(ws.db(), ws.clock());
        const QByteArray before = contentHash(ws.db());
        ImportRequest request = frenchRequest(importData(QStringLiteral("french-excel.csv")));
        request.dryRun = true;
        COMPTOIR_TRY(summary, service.run(ws.actor(), request));
        QCOMPARE(summary->created, 3);
        QCOMPARE(summary->outcomes.size(), 4);
        QCOMPARE(summary->outcomes.at(1).action, RowAction::ProductAdded);
        QCOMPARE(summary->outcomes.at(1).line, 3);
        QVERIFY(!summary->committed);
        QCOMPARE(summary->importId, 0);
        QCOMPARE(contentHash(ws.db()), before);
    }

    void cancellingHalfWayLeavesTheDatabaseAsItWas()
    {
        TestWorkspace ws;
        QTemporaryDir dir;
        QByteArray csv = "Ref;Title;Company;Amount\n";
        for (int i = 0; i < 20000; ++i)
            csv += "R" + QByteArray::number(i) + ";Deal " + QByteArray::number(i) + ";Company " + QByteArray::number(i % 300)
                + ";" + QByteArray::number(i) + ",50\n";
        ImportRequest request = frenchRequest(writeFile(dir.path(), QStringLiteral("big.csv"), csv));
        std::atomic_bool cancel = false;
        qint64 progressCalls = 0;
        request.cancel = &cancel;
        request.progress = [&](qint64 done, qint64 total) {
            QVERIFY(done <= total);
            ++progressCalls;
            cancel = true; // the first progress report: a few thousand rows are written by now
        };
        ImportService service(ws.db(), ws.clock());
        const QByteArray before = contentHash(ws.db());
        COMPTOIR_TRY(summary, service.run(ws.actor(), request));
        QVERIFY(summary->cancelled);
        QVERIFY(!summary->committed);
        QVERIFY(progressCalls >= 1);
        QVERIFY(summary->created > 0);
        QVERIFY(summary->rows < 20000);
        QCOMPARE(contentHash(ws.db()), before);
    }

    // Cancel once every row is read: the set-based work of the end (indexes, search, history)
    // is interrupted, and nothing is written either.
    void cancellingAfterTheLastRowLeavesTheDatabaseAsItWas()
    {
        TestWorkspace ws;
        QTemporaryDir dir;
        QByteArray csv = "Ref;Title;Company;Contact;E-mail;Amount\n";
        for (int i = 0; i < 30000; ++i)
            csv += "R" + QByteArray::number(i) + ";Deal " + QByteArray::number(i) + ";Company " + QByteArray::number(i % 300)
                + ";Contact " + QByteArray::number(i) + ";c" + QByteArray::number(i) + "@example.com;"
                + QByteArray::number(i) + ",50\n";
        ImportRequest request = frenchRequest(writeFile(dir.path(), QStringLiteral("big.csv"), csv));
        std::atomic_bool cancel = false;
        request.cancel = &cancel;
        request.progress = [&](qint64 done, qint64 total) {
            if (done == total)
                cancel = true;
        };
        ImportService service(ws.db(), ws.clock());
        const QByteArray before = contentHash(ws.db());
        COMPTOIR_TRY(summary, service.run(ws.actor(), request));
        QVERIFY(summary->cancelled);
        QVERIFY(!summary->committed);
        QCOMPARE(summary->rows, 30000);
        QCOMPARE(summary->created, 30000);
        QCOMPARE(contentHash(ws.db()), before);
        QCOMPARE(count(ws.db(), QStringLiteral("PRAGMA foreign_keys")), 1);
        // The connection is usable, with its triggers: the same file imports afterwards.
        request.cancel = nullptr;
        request.progress = nullptr;
        COMPTOIR_TRY(again, service.run(ws.actor(), request));
        QVERIFY(again->committed);
        QCOMPARE(count(ws.db(), QStringLiteral("SELECT count(*) FROM contact_search WHERE contact_search MATCH 'contact'")), 30000);
    }

    void theSalesforceExportImportsWithItsUsDates()
    {
        TestWorkspace ws;
        ImportService service(ws.db(), ws.clock());
        ImportRequest request;
        request.path = importData(QStringLiteral("salesforce-opportunity.csv"));
        request.rules.numbers = csv::NumberFormat::english();
        request.rules.unknownStages = UnknownStages::Create;
        COMPTOIR_TRY(summary, service.run(ws.actor(), request));
        QVERIFY2(summary->errors.isEmpty(), qPrintable(summary->errors.value(0).message));
        QCOMPARE(summary->dateOrder, std::optional<csv::DateOrder>(csv::DateOrder::Mdy));
        QCOMPARE(summary->created, 36);
        QCOMPARE(count(ws.db(), QStringLiteral("SELECT count(*) FROM deals d JOIN stages s ON s.id = d.stage_id "
                                               "WHERE s.semantic = 'success'")), 12);
        QCOMPARE(count(ws.db(), QStringLiteral("SELECT count(*) FROM deals d JOIN stages s ON s.id = d.stage_id "
                                               "WHERE s.semantic = 'failure'")), 8);
        QCOMPARE(count(ws.db(), QStringLiteral("SELECT amount_minor FROM deals WHERE title = 'Dickenson Mobile Generators'")),
                 1500000);
        QCOMPARE(count(ws.db(), QStringLiteral("SELECT count(*) FROM deals WHERE title = 'Dickenson Mobile Generators' "
                                               "AND close_date = '2024-02-03' AND probability = 10")), 1);
    }

    void theMavenSampleImportsAndTheWholeFileWhenPresent()
    {
        TestWorkspace ws;
        ImportService service(ws.db(), ws.clock());
        ImportRequest request;
        request.path = importData(QStringLiteral("maven-sales-pipeline-40.csv"));
        request.rules.numbers = csv::NumberFormat::english();
        request.rules.unknownStages = UnknownStages::Create;
        COMPTOIR_TRY(sample, service.run(ws.actor(), request));
        QVERIFY2(sample->errors.isEmpty(), qPrintable(sample->errors.value(0).message));
        QCOMPARE(sample->created, 40);

        const QString whole = QStringLiteral(COMPTOIR_SHARED_TESTDATA "/maven-crm/sales_pipeline.csv");
        if (!QFile::exists(whole))
            QSKIP("../shared/testdata/maven-crm is not here");
        request.path = whole;
        COMPTOIR_TRY(all, service.run(ws.actor(), request));
        QVERIFY2(all->errors.isEmpty(), qPrintable(all->errors.value(0).message));
        QCOMPARE(all->created + all->skipped, 8800);
        QCOMPARE(all->skipped, 40); // the sample's rows, imported before under the same ids
        QCOMPARE(count(ws.db(), QStringLiteral("SELECT count(*) FROM deals d JOIN stages s ON s.id = d.stage_id "
                                               "WHERE s.semantic = 'success'")), 4238);
    }
};

QTEST_GUILESS_MAIN(TestImportService)
#include "tst_importservice.moc"
