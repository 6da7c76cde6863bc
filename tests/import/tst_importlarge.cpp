// SPDX-License-Identifier: GPL-3.0-or-later
// Large imports (from a megabyte on): the triggers and indexes set aside and back, the search
// indexes built beside the import into a database without deals, and the journal it writes
// through, alone on the file or beside another connection.
#include "importtest.h"

#include <QDir>
#include <QScopeGuard>
#include <QSet>
#include <QSqlError>
#include <QTest>

#include <sqlite3.h>

using namespace comptoir;
using namespace comptoir::import;
using namespace comptoir::test;

class TestImportLarge : public QObject
{
    Q_OBJECT

private slots:
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
};

QTEST_GUILESS_MAIN(TestImportLarge)
#include "tst_importlarge.moc"
