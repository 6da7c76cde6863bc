// SPDX-License-Identifier: GPL-3.0-or-later
// The import service on real-looking files: values, clients matched, exactly once, undo,
// dry run and cancel.
#include "importtest.h"

#include <QDir>
#include <QSqlError>
#include <QScopeGuard>
#include <QTest>

#include <sqlite3.h>

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

    // A large import sets the insert triggers of the search indexes and totals aside and, into a
    // small database, the indexes of the tables it fills: afterwards the schema is as it was, and
    // the totals, the search indexes and the undo records are what the row-by-row path makes.
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
        QByteArray bytes = "Réf;Affaire;Entreprise;Contact;E-mail;Étape;Montant;Probabilité\n";
        const int rows = 120000;
        for (int i = 0; i < rows; ++i)
            bytes += "R" + QByteArray::number(i) + ";Chantier " + QByteArray::number(i) + (i == 77777 ? " zéphyr" : "")
                + ";Société " + QByteArray::number(i % 500) + (i % 500 == 499 ? " Quiberon" : "") + ";Contact "
                + QByteArray::number(i % 3000) + (i == 2999 ? " Ézéchiel" : " Martin") + ";c" + QByteArray::number(i % 3000)
                + "@exemple.fr;" + (i % 3 ? "Devis" : "Gagné") + ";" + QByteArray::number(i % 1000) + ",50;"
                + (i % 2 ? "40" : "") + "\n";
        ImportRequest request = frenchRequest(writeFile(dir.path(), QStringLiteral("large.csv"), bytes));
        request.maxOutcomes = 0;
        ImportService service(ws.db(), ws.clock());
        COMPTOIR_TRY(summary, service.run(ws.actor(), request));
        QVERIFY2(summary->errors.isEmpty(), qPrintable(summary->errors.value(0).message));
        QCOMPARE(summary->created, rows);
        QCOMPARE(summary->companiesCreated, 500);
        QCOMPARE(summary->contactsCreated, 3000);
        QCOMPARE(schema(), before);
        // Every new company, contact and e-mail in its search index, and recorded for undo.
        QCOMPARE(count(ws.db(), QStringLiteral("SELECT count(*) FROM company_search WHERE company_search MATCH 'quiberon'")), 1);
        QCOMPARE(count(ws.db(), QStringLiteral("SELECT count(*) FROM contact_search WHERE contact_search MATCH 'ezechiel'")), 1);
        QCOMPARE(count(ws.db(), QStringLiteral("SELECT count(*) FROM contact_search WHERE contact_search MATCH 'martin'")), 2999);
        QCOMPARE(count(ws.db(), QStringLiteral("SELECT count(*) FROM channel_search WHERE channel_search MATCH 'exemple'")), 3000);
        QCOMPARE(count(ws.db(), QStringLiteral("SELECT count(*) FROM channels")), 3000);
        QCOMPARE(count(ws.db(), QStringLiteral("SELECT count(*) FROM deal_contacts")), rows);
        QCOMPARE(count(ws.db(), QStringLiteral("SELECT count(*) FROM import_items WHERE kind = 'company'")), 500);
        QCOMPARE(count(ws.db(), QStringLiteral("SELECT count(*) FROM import_items WHERE kind = 'contact'")), 3000);
        QCOMPARE(count(ws.db(), QStringLiteral("SELECT count(*) FROM import_keys")), rows);
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
        // FTS5's merging, held off while the deals' index was fed, is back to its default.
        QCOMPARE(count(ws.db(), QStringLiteral("SELECT v FROM deal_search_config WHERE k = 'automerge'")), 4);
        // The triggers are back: a deal added now is counted and found.
        QVERIFY(ws.db().exec(QStringLiteral("INSERT INTO deals (title, pipeline_id, stage_id, responsible_id, "
                                            "created_at, updated_at) SELECT 'Quetzal', pipeline_id, stage_id, "
                                            "responsible_id, created_at, updated_at FROM deals LIMIT 1")).ok());
        QCOMPARE(count(ws.db(), QStringLiteral("SELECT sum(deals) FROM stage_totals")), rows + 1);
        QCOMPARE(count(ws.db(), QStringLiteral("SELECT count(*) FROM deal_search WHERE deal_search MATCH 'quetzal'")), 1);
        COMPTOIR_TRY(check, ws.db().quickCheck());
        QCOMPARE(*check, QStringLiteral("ok"));
        QCOMPARE(count(ws.db(), QStringLiteral("SELECT count(*) FROM pragma_foreign_key_check")), 0);
        // Undone, the search indexes lose every word the import brought (the delete triggers
        // remove what the bulk insert wrote).
        COMPTOIR_VERIFY_OK(service.undo(ws.actor(), summary->importId));
        QCOMPARE(count(ws.db(), QStringLiteral("SELECT count(*) FROM contacts")), 0);
        for (const char *sql : { "SELECT count(*) FROM deal_search WHERE deal_search MATCH 'chantier'",
                                 "SELECT count(*) FROM company_search WHERE company_search MATCH 'societe'",
                                 "SELECT count(*) FROM contact_search WHERE contact_search MATCH 'contact'",
                                 "SELECT count(*) FROM channel_search WHERE channel_search MATCH 'exemple'" })
            QCOMPARE(count(ws.db(), QString::fromLatin1(sql)), 0);
    }

    // Into a database without deals, a file of some size has the deals' search index built on a
    // second thread (fed through a scratch file next to the database, gone from the folder as
    // soon as it is open), then copied in. It answers every search as the index the import
    // builds itself (here: into a database that had a deal), and it keeps working (a new deal,
    // undo).
    void theSearchIndexBuiltBesideTheImportAnswersAsTheUsualOne()
    {
        QByteArray bytes = "Réf;Affaire;Entreprise;Étape;Montant;Commentaire;Contact;E-mail;Téléphone\n";
        const char *const words[] = { "Rénovation", "cuisine", "Audit", "maintenance", "Étude", "façade", "œuvre" };
        const int rows = 12000; // about 1.7 MB, past the side index's threshold (1 MiB)
        for (int i = 0; i < rows; ++i) {
            const QByteArray contact = QByteArray::number(i % 300);
            bytes += "R" + QByteArray::number(i) + ";" + words[i % 7] + " lot " + QByteArray::number(i % 97) + " n°"
                + QByteArray::number(i) + ";Société " + QByteArray::number(i % 50) + ";Devis;" + QByteArray::number(i)
                + ",50;" + (i % 5 ? QByteArray("suivi par ") + words[(i / 7) % 7] + " et relance prévue à Saint-Étienne "
                                       + QByteArray(i % 40, 'x')
                                 : QByteArray())
                + ";Éloïse" + contact + " Dupré-" + words[i % 300 % 7] + ";c" + contact + "@exemple.fr;"
                + (i % 300 % 3 ? "01.23 (45) 67/" + contact.rightJustified(3, '0') : QByteArray()) + "\n";
        }
        QTemporaryDir dir;
        const QString path = writeFile(dir.path(), QStringLiteral("deals.csv"), bytes);
        const QStringList queries { QStringLiteral("renovation"), QStringLiteral("re*"), QStringLiteral("etude lot"),
                                    QStringLiteral("\"saint etienne\""), QStringLiteral("oeuvre OR facade"),
                                    QStringLiteral("title:audit"), QStringLiteral("comment:cuisine"), QStringLiteral("n*"),
                                    QStringLiteral("xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx*"), QStringLiteral("96") };
        // The contacts' and the e-mails' and phones' indexes too (built beside as well).
        const QStringList contactQueries { QStringLiteral("eloise1*"), QStringLiteral("dupre"),
                                           QStringLiteral("last_name:renovation"), QStringLiteral("eloise42") };
        const QStringList channelQueries { QStringLiteral("exemple"), QStringLiteral("c2*"),
                                           QStringLiteral("digits:0123456704*"), QStringLiteral("value:45") };
        // What each query finds, the rows that were there before left out.
        const auto answers = [&](TestWorkspace &ws) {
            QStringList all;
            const auto ask = [&](const QString &sql, const QString &query) {
                QSqlQuery q(ws.db().sql());
                q.prepare(sql);
                q.addBindValue(query);
                if (!q.exec())
                    return q.lastError().text();
                QStringList found;
                while (q.next())
                    found.append(q.value(0).toString());
                return query + QLatin1Char('=') + QString::number(found.size()) + QLatin1Char(':')
                    + found.join(QLatin1Char('|'));
            };
            for (const QString &query : contactQueries)
                all.append(ask(QStringLiteral("SELECT c.first_name || ' ' || c.last_name FROM contact_search s JOIN contacts c "
                                              "ON c.id = s.rowid WHERE contact_search MATCH ? AND c.last_name <> 'Existant' "
                                              "ORDER BY 1"), query));
            for (const QString &query : channelQueries)
                all.append(ask(QStringLiteral("SELECT ch.value FROM channel_search s JOIN channels ch ON ch.id = s.rowid "
                                              "WHERE channel_search MATCH ? AND ch.value <> 'existant@exemple.fr' "
                                              "ORDER BY 1"), query));
            for (const QString &query : queries) {
                QSqlQuery q(ws.db().sql());
                q.prepare(QStringLiteral("SELECT d.title FROM deal_search s JOIN deals d ON d.id = s.rowid "
                                         "WHERE deal_search MATCH ? AND d.title <> 'Existante' ORDER BY d.title"));
                q.addBindValue(query);
                if (!q.exec())
                    return QStringList { q.lastError().text() };
                QStringList titles;
                while (q.next())
                    titles.append(q.value(0).toString());
                all.append(query + QLatin1Char('=') + QString::number(titles.size()) + QLatin1Char(':')
                           + titles.join(QLatin1Char('|')));
            }
            return all;
        };
        const auto scratchFiles = [](const QString &directory) {
            return QDir(directory).entryList({ QStringLiteral("comptoir-import-*") }, QDir::Files);
        };
        // The documents' scratch file as the process holds it: open, already gone from its
        // folder (Linux names such a file "... (deleted)" under /proc/self/fd).
        const auto openScratchFiles = []() {
            QStringList open;
            for (const QFileInfo &fd : QDir(QStringLiteral("/proc/self/fd")).entryInfoList(QDir::System | QDir::Files)) {
                const QString target = fd.symLinkTarget();
                if (target.contains(QStringLiteral("comptoir-import-")))
                    open.append(target);
            }
            return open;
        };

        TestWorkspace beside;
        QStringList seenDuringImport;
        ImportRequest request = frenchRequest(path);
        request.maxOutcomes = 0;
        QStringList modes; // the journal mode during the import: a rollback journal, alone on the file
        request.progress = [&](qint64, qint64) {
            QVERIFY(scratchFiles(beside.dirPath()).isEmpty()); // nothing a crash could leave behind
            seenDuringImport += openScratchFiles();
            modes += beside.db().scalar(QStringLiteral("PRAGMA journal_mode"))->toString();
        };
        ImportService service(beside.db(), beside.clock());
        COMPTOIR_TRY(summary, service.run(beside.actor(), request));
        QCOMPARE(summary->created, rows);
        QVERIFY(!modes.isEmpty());
        QCOMPARE(modes.first(), QStringLiteral("delete"));
        QCOMPARE(beside.db().scalar(QStringLiteral("PRAGMA journal_mode"))->toString(), QStringLiteral("wal"));
        QVERIFY2(!seenDuringImport.isEmpty(), "the index was not built beside the import");
        // Three of them: the deals', the contacts' and the e-mails' and phones' indexes.
        QCOMPARE(QSet<QString>(seenDuringImport.cbegin(), seenDuringImport.cend()).size(), 3);
        QVERIFY2(seenDuringImport.first().endsWith(QStringLiteral("(deleted)")), qPrintable(seenDuringImport.first()));
        QCOMPARE(scratchFiles(beside.dirPath()), QStringList());
        QCOMPARE(openScratchFiles(), QStringList());
        // Its foreign keys were left to the import (into a database without deals): they hold,
        // and SQLite checks them again afterwards.
        QCOMPARE(count(beside.db(), QStringLiteral("SELECT count(*) FROM pragma_foreign_key_check")), 0);
        QCOMPARE(count(beside.db(), QStringLiteral("PRAGMA foreign_keys")), 1);

        TestWorkspace usual;
        QVERIFY(usual.db().exec(QStringLiteral("INSERT INTO deals (title, pipeline_id, stage_id, responsible_id, "
                                               "created_at, updated_at) SELECT 'Existante', p.id, s.id, u.id, "
                                               "'2026-01-01T00:00:00Z', '2026-01-01T00:00:00Z' FROM pipelines p "
                                               "JOIN stages s ON s.pipeline_id = p.id, users u LIMIT 1")).ok());
        QVERIFY(usual.db().exec(QStringLiteral("INSERT INTO contacts (id, last_name, created_at) "
                                               "VALUES (1, 'Existant', '2026-01-01T00:00:00Z')")).ok());
        QVERIFY(usual.db().exec(QStringLiteral("INSERT INTO channels (contact_id, kind, value) "
                                               "VALUES (1, 'email', 'existant@exemple.fr')")).ok());
        request.progress = [&](qint64, qint64) { QVERIFY(openScratchFiles().isEmpty()); };
        ImportService usualService(usual.db(), usual.clock());
        COMPTOIR_TRY(usualSummary, usualService.run(usual.actor(), request));
        QCOMPARE(usualSummary->created, rows);

        const QStringList expected = answers(usual);
        QCOMPARE(expected.size(), contactQueries.size() + channelQueries.size() + queries.size());
        int renovation = 0; // in the title, or in the comment
        for (int i = 0; i < rows; ++i)
            renovation += i % 7 == 0 || (i % 5 != 0 && (i / 7) % 7 == 0) ? 1 : 0;
        const QString deals = expected.at(contactQueries.size() + channelQueries.size());
        QVERIFY2(deals.startsWith(QStringLiteral("renovation=%1:").arg(renovation)), qPrintable(deals.left(40)));
        QVERIFY2(expected.at(1).startsWith(QStringLiteral("dupre=300:")), qPrintable(expected.at(1).left(40)));
        QVERIFY2(expected.at(4).startsWith(QStringLiteral("exemple=300:")), qPrintable(expected.at(4).left(40)));
        // "01.23 (45) 67/040" is found by its digits 0123456704...: the separators are left out.
        QVERIFY2(!expected.at(6).startsWith(QStringLiteral("digits:0123456704*=0:")), qPrintable(expected.at(6).left(60)));
        QCOMPARE(answers(beside), expected);
        QCOMPARE(count(beside.db(), QStringLiteral("SELECT v FROM deal_search_config WHERE k = 'automerge'")), 4);
        QVERIFY(beside.db().exec(QStringLiteral("INSERT INTO deal_search (deal_search, rank) VALUES ('integrity-check', 0)")).ok());
        // The index goes on: a deal added now is found, and undo takes every imported word out.
        QVERIFY(beside.db().exec(QStringLiteral("INSERT INTO deals (title, pipeline_id, stage_id, responsible_id, "
                                                "created_at, updated_at) SELECT 'Quetzal', pipeline_id, stage_id, "
                                                "responsible_id, created_at, updated_at FROM deals LIMIT 1")).ok());
        QCOMPARE(count(beside.db(), QStringLiteral("SELECT count(*) FROM deal_search WHERE deal_search MATCH 'quetzal'")), 1);
        COMPTOIR_VERIFY_OK(service.undo(beside.actor(), summary->importId));
        QCOMPARE(count(beside.db(), QStringLiteral("SELECT count(*) FROM deal_search WHERE deal_search MATCH 'renovation OR lot'")), 0);
        QCOMPARE(count(beside.db(), QStringLiteral("SELECT count(*) FROM deal_search WHERE deal_search MATCH 'quetzal'")), 1);
        QVERIFY(beside.db().exec(QStringLiteral("INSERT INTO deal_search (deal_search, rank) VALUES ('integrity-check', 0)")).ok());
    }

    // With another connection on the file (the window's, when the wizard imports), a large
    // import into a database without deals keeps the WAL, and the other connection reads on.
    void aLargeImportBesideAnotherConnectionKeepsTheWal()
    {
        TestWorkspace ws;
        QTemporaryDir dir;
        QByteArray csv = "Ref;Title;Company;Amount\n";
        for (int i = 0; i < 40000; ++i)
            csv += "R" + QByteArray::number(i) + ";Deal " + QByteArray::number(i) + ";Company "
                + QByteArray::number(i % 300) + ";" + QByteArray::number(i) + ",50\n";
        ImportRequest request = frenchRequest(writeFile(dir.path(), QStringLiteral("big.csv"), csv));
        sqlite3 *other = nullptr;
        QCOMPARE(sqlite3_open(QFile::encodeName(ws.path()).constData(), &other), SQLITE_OK);
        const auto closeOther = qScopeGuard([other] { sqlite3_close(other); });
        const auto otherCount = [other]() {
            sqlite3_stmt *stmt = nullptr;
            sqlite3_prepare_v2(other, "SELECT count(*) FROM deals", -1, &stmt, nullptr);
            const qint64 n = sqlite3_step(stmt) == SQLITE_ROW ? sqlite3_column_int64(stmt, 0) : -1;
            sqlite3_finalize(stmt);
            return n;
        };
        QCOMPARE(otherCount(), 0);
        QStringList modes;
        QList<qint64> seenByOther;
        request.progress = [&](qint64, qint64) {
            modes += ws.db().scalar(QStringLiteral("PRAGMA journal_mode"))->toString();
            seenByOther += otherCount(); // reads the file as it was, without waiting
        };
        ImportService service(ws.db(), ws.clock());
        COMPTOIR_TRY(summary, service.run(ws.actor(), request));
        QVERIFY(summary->committed);
        QVERIFY(!modes.isEmpty());
        QCOMPARE(modes.count(QStringLiteral("wal")), modes.size());
        QCOMPARE(seenByOther.count(0), seenByOther.size());
        QCOMPARE(otherCount(), 40000);
        QCOMPARE(count(ws.db(), QStringLiteral("PRAGMA foreign_keys")), 1);
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
