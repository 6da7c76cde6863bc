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

ImportRequest frenchRequest(const QString &path)
{
    ImportRequest request;
    request.path = path;
    request.rules.numbers = csv::NumberFormat::french();
    request.rules.unknownStages = UnknownStages::Create;
    return request;
}

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

    // A large import stages its rows by chunks, sets the deals' insert triggers aside and, into a
    // small database, their indexes: afterwards the schema is as it was, and the totals and the
    // search index are what the triggers would have made.
    void aLargeImportKeepsTheSchemaTheTotalsAndTheSearchIndex()
    {
        TestWorkspace ws;
        const auto schema = [&ws]() {
            QStringList rows;
            QSqlQuery q(ws.db().sql());
            q.exec(QStringLiteral("SELECT type, name, sql FROM sqlite_schema ORDER BY type, name"));
            while (q.next())
                rows.append(q.value(0).toString() + q.value(1).toString() + q.value(2).toString());
            return rows;
        };
        const QStringList before = schema();
        QTemporaryDir dir;
        QByteArray bytes = "Réf;Affaire;Entreprise;Étape;Montant;Probabilité\n";
        const int rows = 120000;
        for (int i = 0; i < rows; ++i)
            bytes += "R" + QByteArray::number(i) + ";Chantier " + QByteArray::number(i) + (i == 77777 ? " zéphyr" : "")
                + ";Société " + QByteArray::number(i % 500) + ";" + (i % 3 ? "Devis" : "Gagné") + ";"
                + QByteArray::number(i % 1000) + ",50;" + (i % 2 ? "40" : "") + "\n";
        ImportRequest request = frenchRequest(writeFile(dir.path(), QStringLiteral("large.csv"), bytes));
        request.maxOutcomes = 0;
        ImportService service(ws.db(), ws.clock());
        COMPTOIR_TRY(summary, service.run(ws.actor(), request));
        QVERIFY2(summary->errors.isEmpty(), qPrintable(summary->errors.value(0).message));
        QCOMPARE(summary->created, rows);
        QCOMPARE(summary->companiesCreated, 500);
        QCOMPARE(schema(), before);
        QCOMPARE(count(ws.db(), QStringLiteral("SELECT count(*) FROM history WHERE type = 'imported'")), rows);
        // The totals, as the triggers keep them, against the deals themselves.
        QCOMPARE(count(ws.db(), QStringLiteral(
                     "SELECT count(*) FROM (SELECT d.stage_id, d.currency, count(*) AS n, sum(d.amount_minor) AS a, "
                     "sum(d.amount_minor * coalesce(d.probability, s.probability, 0)) AS w FROM deals d "
                     "JOIN stages s ON s.id = d.stage_id GROUP BY 1, 2) x JOIN stage_totals t "
                     "ON t.stage_id = x.stage_id AND t.currency = x.currency AND t.deals = x.n "
                     "AND t.amount_minor = x.a AND t.weighted_centi = x.w")),
                 count(ws.db(), QStringLiteral("SELECT count(*) FROM stage_totals WHERE deals > 0")));
        QCOMPARE(count(ws.db(), QStringLiteral("SELECT sum(deals) FROM stage_totals")), rows);
        QCOMPARE(count(ws.db(), QStringLiteral("SELECT d.title = 'Chantier 77777 zéphyr' FROM deal_search s "
                                               "JOIN deals d ON d.id = s.rowid WHERE deal_search MATCH 'zephyr'")), 1);
        // The triggers are back: a deal added now is counted and found.
        QVERIFY(ws.db().exec(QStringLiteral("INSERT INTO deals (title, pipeline_id, stage_id, responsible_id, "
                                            "created_at, updated_at) SELECT 'Quetzal', pipeline_id, stage_id, "
                                            "responsible_id, created_at, updated_at FROM deals LIMIT 1")).ok());
        QCOMPARE(count(ws.db(), QStringLiteral("SELECT sum(deals) FROM stage_totals")), rows + 1);
        QCOMPARE(count(ws.db(), QStringLiteral("SELECT count(*) FROM deal_search WHERE deal_search MATCH 'quetzal'")), 1);
        COMPTOIR_TRY(check, ws.db().quickCheck());
        QCOMPARE(*check, QStringLiteral("ok"));
        QCOMPARE(count(ws.db(), QStringLiteral("SELECT count(*) FROM pragma_foreign_key_check")), 0);
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
