// SPDX-License-Identifier: GPL-3.0-or-later
// import: writes a realistic French CSV of N deals, loads it with a hand-written C loader
// (SQLite C API, one prepared statement, one transaction, then three indexes and a full-text
// index: the floor on this machine) and with the Comptoir import into a new database, and
// prints both figures and a line with their ratio.

#include "benchmarks.h"
#include "database.h"

#include "import/importservice.h"
#include "workspace.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>

#include <cstdio>
#include <cstring>
#include <string>
#include <sqlite3.h>

namespace comptoir::bench {
namespace {

const char *const Stages[] = { "Nouvelle", "Consultation", "Devis", "Gagnée", "Perdue" };
const char *const Words[] = { "Rénovation", "Cuisine", "Audit", "Maintenance", "Installation", "Étude",
                              "Fourniture", "Contrat", "Conseil", "Formation" };

} // namespace

// ~235 bytes a row, like the rows of the figure.
Status writeImportCsv(const QString &path, int rows)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Error { Error::Code::Io, file.errorString(), {}, {} };
    file.write("Réf;Nom de l'affaire;Entreprise;Contact;E-mail;Étape;Montant;Devise;Date de clôture;"
               "Commentaire\r\n");
    QByteArray line;
    for (int i = 0; i < rows; ++i) {
        // 64-bit products: in int they overflowed past 271,000 rows into negative numbers, and
        // made a new contact (and e-mail) of almost every row instead of one in five. Each
        // contact works for one company (the two moduli divide each other) and has 5 deals.
        const qint64 company = (qint64(i) * 7919) % std::max(1, rows / 20);
        const qint64 contact = (qint64(i) * 104729) % std::max(1, rows / 5);
        line = "AFF-" + QByteArray::number(i) + ';' + Words[i % 10] + " des locaux n°" + QByteArray::number(i)
            + ";Société " + QByteArray::number(company) + " SARL;Contact " + QByteArray::number(contact)
            + " Martin;contact" + QByteArray::number(contact) + "@societe" + QByteArray::number(company)
            + ".fr;" + Stages[i % 5] + ';' + QByteArray::number(1000 + (i * 37) % 90000) + ','
            + QByteArray::number(10 + i % 90) + " €;EUR;" + QByteArray::number(1 + i % 28).rightJustified(2, '0')
            + '/' + QByteArray::number(1 + i % 12).rightJustified(2, '0') + "/2024;Suivi par le bureau de Lyon, "
            "relance prévue après la visite du chantier\r\n";
        file.write(line);
    }
    return {};
}

namespace {

// The floor: read lines with fgets, split on ';', bind, step. No validation, no matching.
// pageSize 0: SQLite's default (4 KiB), as a plain loader has it.
Result<double> baseline(const QString &csv, const QString &dbPath, int pageSize)
{
    QElapsedTimer timer;
    timer.start();
    sqlite3 *db = nullptr;
    if (sqlite3_open(QFile::encodeName(dbPath).constData(), &db) != SQLITE_OK)
        return Error::storage(QStringLiteral("baseline open"), QString());
    auto exec = [db](const char *sql) { return sqlite3_exec(db, sql, nullptr, nullptr, nullptr) == SQLITE_OK; };
    if (pageSize > 0)
        exec(("PRAGMA page_size=" + std::to_string(pageSize)).c_str());
    exec("PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL;");
    exec("CREATE TABLE deals (id INTEGER PRIMARY KEY, ref TEXT, title TEXT, company TEXT, contact TEXT, "
         "email TEXT, stage TEXT, amount TEXT, currency TEXT, close_date TEXT, comment TEXT)");
    exec("BEGIN");
    sqlite3_stmt *stmt = nullptr;
    sqlite3_prepare_v2(db, "INSERT INTO deals (ref, title, company, contact, email, stage, amount, currency, "
                           "close_date, comment) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)", -1, &stmt, nullptr);
    FILE *in = std::fopen(QFile::encodeName(csv).constData(), "rb");
    char buffer[4096];
    bool header = true;
    while (in && std::fgets(buffer, sizeof buffer, in)) {
        if (header) {
            header = false;
            continue;
        }
        char *field = buffer;
        for (int i = 1; i <= 10; ++i) {
            char *end = std::strpbrk(field, i < 10 ? ";" : "\r\n");
            const int size = end ? int(end - field) : int(std::strlen(field));
            sqlite3_bind_text(stmt, i, field, size, SQLITE_STATIC);
            field = end ? end + 1 : field + size;
        }
        sqlite3_step(stmt);
        sqlite3_reset(stmt);
    }
    if (in)
        std::fclose(in);
    sqlite3_finalize(stmt);
    exec("COMMIT");
    exec("CREATE INDEX deals_stage ON deals (stage); CREATE INDEX deals_company ON deals (company); "
         "CREATE INDEX deals_close ON deals (close_date);"
         "CREATE VIRTUAL TABLE deal_search USING fts5 (title, comment, content = '', "
         "tokenize = \"unicode61 remove_diacritics 2\", prefix = '2 3');"
         "INSERT INTO deal_search (rowid, title, comment) SELECT id, title, comment FROM deals;");
    sqlite3_close(db);
    return double(timer.nsecsElapsed()) / 1e6;
}

void removeDatabase(const QString &path)
{
    for (const QString &suffix : { QString(), QStringLiteral("-wal"), QStringLiteral("-shm") })
        QFile::remove(path + suffix);
}

} // namespace

Result<QList<Figure>> importBench(const Options &options)
{
    if (QFileInfo::exists(options.db))
        return Error::invalid(QStringLiteral("%1 exists; the import bench writes a new file, give another path")
                                  .arg(options.db));
    const int rows = options.rows > 0 ? options.rows : 100000;
    const QString csv = options.db + QStringLiteral(".import.csv");
    const QString baseDb = options.db + QStringLiteral(".baseline.db");
    if (auto s = writeImportCsv(csv, rows); !s)
        return s.error();
    Figure base { QStringLiteral("import_c_baseline"), rows, {}, 0 };
    // The same loader on the page size of the files Comptoir creates (8 KiB): how much of the
    // ratio the page size accounts for.
    Figure samePages { QStringLiteral("import_c_baseline_same_pages"), rows, {}, 0 };
    Figure ours { QStringLiteral("import"), rows, {}, 0 };
    const int runs = options.runs > 0 ? options.runs : 1;
    for (int i = 0; i < runs; ++i) {
        for (Figure *figure : { &base, &samePages }) {
            removeDatabase(baseDb);
            auto ms = baseline(csv, baseDb, figure == &base ? 0 : Database::NewFilePageSize);
            if (!ms)
                return ms.error();
            figure->samplesMs.append(*ms);
            removeDatabase(baseDb);
        }

        removeDatabase(options.db);
        QElapsedTimer timer;
        timer.start();
        {
            auto workspace = Workspace::open(options.db);
            if (!workspace)
                return workspace.error();
            import::ImportService service((*workspace)->db(), (*workspace)->clock());
            import::ImportRequest request;
            request.path = csv;
            request.rules.numbers = csv::NumberFormat::french();
            request.rules.unknownStages = import::UnknownStages::Create;
            request.maxOutcomes = 0;
            auto summary = service.run((*workspace)->actor(), request);
            if (!summary)
                return summary.error();
            if (summary->created != rows)
                return Error::invalid(QStringLiteral("the import created %1 deals of %2: %3")
                                          .arg(summary->created).arg(rows)
                                          .arg(summary->errors.value(0).message));
        }
        ours.samplesMs.append(double(timer.nsecsElapsed()) / 1e6);
    }
    ours.peakRssKib = selfPeakRssKib();
    base.peakRssKib = ours.peakRssKib;
    samePages.peakRssKib = ours.peakRssKib;
    QFile::remove(csv);
    const double b = percentile(base.samplesMs, 50), o = percentile(ours.samplesMs, 50);
    const double same = percentile(samePages.samplesMs, 50);
    const QJsonObject ratio { { QStringLiteral("bench"), QStringLiteral("import_ratio") },
                              { QStringLiteral("rows"), rows },
                              { QStringLiteral("baseline_p50_ms"), b },
                              { QStringLiteral("comptoir_p50_ms"), o },
                              { QStringLiteral("ratio"), b > 0 ? o / b : 0.0 },
                              { QStringLiteral("baseline_same_pages_p50_ms"), same },
                              { QStringLiteral("ratio_same_pages"), same > 0 ? o / same : 0.0 } };
    std::printf("%s\n", QJsonDocument(ratio).toJson(QJsonDocument::Compact).constData());
    return QList<Figure> { base, samePages, ours };
}

} // namespace comptoir::bench
