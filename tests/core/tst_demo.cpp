// SPDX-License-Identifier: GPL-3.0-or-later
#include "demo.h"
#include "pipelineservice.h"
#include "stores.h"
#include "testworkspace.h"

#include <QCryptographicHash>
#include <QRegularExpression>
#include <QSqlRecord>
#include <QTest>

using namespace comptoir;
using comptoir::test::TestWorkspace;

namespace {

constexpr int DealCount = 2000;

qint64 count(const Database &db, const QString &statement)
{
    auto n = db.scalar(statement);
    return n ? n->toLongLong() : -1;
}

// Every row of the tables the demo writes, in id order, hashed: equal data, equal hash.
QByteArray contentHash(const Database &db)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    for (const char *statement :
         { "SELECT * FROM pipelines ORDER BY id", "SELECT * FROM stages ORDER BY id",
           "SELECT * FROM companies ORDER BY id", "SELECT * FROM contacts ORDER BY id",
           "SELECT * FROM channels ORDER BY id", "SELECT * FROM deals ORDER BY id",
           "SELECT * FROM deal_contacts ORDER BY deal_id, contact_id",
           "SELECT * FROM activities ORDER BY id", "SELECT * FROM history ORDER BY id" }) {
        auto query = db.exec(QString::fromLatin1(statement));
        if (!query)
            return {};
        while (query->next()) {
            for (int i = 0; i < query->record().count(); ++i)
                hash.addData(query->value(i).toString().toUtf8() + '\x1f');
            hash.addData("\x1e");
        }
    }
    return hash.result();
}

} // namespace

class TestDemo : public QObject
{
    Q_OBJECT

private slots:
    void shouldReturnTheCountsItWrote();
    void shouldPutDealsOnEveryStageOfTheirOwnPipeline();
    void shouldAddASecondPipelineToADatabaseWithOnlyOne();
    void shouldMarkAsRepeatExactlyTheDealsOfClientsWhoAlreadyWon();
    void shouldAgreeWithTheCoreRepeatRule();
    void shouldCloseDealsExactlyOnWonAndLostStages();
    void shouldSpreadDealsOverTheLastTwoYears();
    void shouldDrawAmountsMostlyInEurosWithARealisticSpread();
    void shouldNameClientsInFrenchAndEnglish();
    void shouldGiveOpenDealsOverdueTodayAndFutureActivities();
    void shouldWriteOneCreatedHistoryRowPerDeal();
    void shouldLeaveASoundDatabase();
    void shouldGiveTheSameDataForTheSameSeedOnly();
    void shouldKeepTheSchemaAndJournalModeThroughABulkLoad();
    void shouldFeedEverySearchIndexWithTheRowsOfEachLoad();
    void shouldReportProgressUpToTheTotal();
    void shouldRefuseANegativeNumberOfDeals();

private:
    // A fresh database with the demo written into it.
    static std::unique_ptr<TestWorkspace> demoWorkspace(DemoStats *stats = nullptr,
                                                        int deals = DealCount, quint32 seed = 7);
};

std::unique_ptr<TestWorkspace> TestDemo::demoWorkspace(DemoStats *stats, int deals, quint32 seed)
{
    auto fixture = std::make_unique<TestWorkspace>();
    if (!fixture->isOpen()) {
        qWarning("%s", qPrintable(fixture->error()));
        return nullptr;
    }
    DemoOptions options;
    options.deals = deals;
    options.seed = seed;
    const auto result = generateDemo(fixture->db(), fixture->clock(), options);
    if (!result) {
        qWarning("%s", qPrintable(result.error().fullText()));
        return nullptr;
    }
    if (stats)
        *stats = *result;
    return fixture;
}

void TestDemo::shouldReturnTheCountsItWrote()
{
    DemoStats stats;
    auto fixture = demoWorkspace(&stats);
    QVERIFY(fixture);
    const Database &db = fixture->db();
    QCOMPARE(stats.deals, DealCount);
    QCOMPARE(count(db, "SELECT count(*) FROM deals"), qint64(stats.deals));
    QCOMPARE(count(db, "SELECT count(*) FROM companies"), qint64(stats.companies));
    QCOMPARE(count(db, "SELECT count(*) FROM contacts"), qint64(stats.contacts));
    QCOMPARE(count(db, "SELECT count(*) FROM activities"), qint64(stats.activities));
    QCOMPARE(count(db, "SELECT count(*) FROM deals WHERE is_repeat = 1"), qint64(stats.repeat));
    QCOMPARE(count(db,
                   "SELECT count(*) FROM deals d JOIN stages s ON s.id = d.stage_id "
                   "WHERE s.semantic = 'success'"),
             qint64(stats.won));
    QVERIFY(stats.companies > 0);
    QVERIFY(stats.contacts > stats.companies);
    QVERIFY(stats.won > 0);
    QVERIFY(stats.activities > 0);
}

void TestDemo::shouldPutDealsOnEveryStageOfTheirOwnPipeline()
{
    auto fixture = demoWorkspace();
    QVERIFY(fixture);
    const Database &db = fixture->db();
    QCOMPARE(count(db,
                   "SELECT count(*) FROM deals d JOIN stages s ON s.id = d.stage_id "
                   "WHERE s.pipeline_id <> d.pipeline_id"),
             0);
    QCOMPARE(count(db,
                   "SELECT count(*) FROM stages s "
                   "WHERE NOT EXISTS (SELECT 1 FROM deals d WHERE d.stage_id = s.id)"),
             0);
    // The default pipeline carries most of the deals.
    QVERIFY(count(db,
                  "SELECT count(*) FROM deals d JOIN pipelines p ON p.id = d.pipeline_id "
                  "WHERE p.is_default = 1")
            > DealCount / 2);
}

void TestDemo::shouldAddASecondPipelineToADatabaseWithOnlyOne()
{
    TestWorkspace fixture;
    QVERIFY2(fixture.isOpen(), qPrintable(fixture.error()));
    QCOMPARE(count(fixture.db(), "SELECT count(*) FROM pipelines"), 1);
    DemoOptions options;
    options.deals = 50;
    COMPTOIR_VERIFY_OK(generateDemo(fixture.db(), fixture.clock(), options));

    COMPTOIR_TRY(pipelines, PipelineStore(fixture.db()).all());
    QCOMPARE(pipelines->size(), 2);
    QVERIFY(pipelines->at(0).isDefault);
    QVERIFY(!pipelines->at(1).isDefault);
    QCOMPARE(pipelines->at(1).stages.size(), PipelineService::defaultStages().size());
    COMPTOIR_VERIFY_OK(PipelineService::validate(pipelines->at(1)));

    // A second run finds two pipelines and adds none.
    COMPTOIR_VERIFY_OK(generateDemo(fixture.db(), fixture.clock(), options));
    QCOMPARE(count(fixture.db(), "SELECT count(*) FROM pipelines"), 2);
}

void TestDemo::shouldMarkAsRepeatExactlyTheDealsOfClientsWhoAlreadyWon()
{
    auto fixture = demoWorkspace();
    QVERIFY(fixture);
    const Database &db = fixture->db();
    // Recomputed from the stored rows: a deal is repeat when its company or its primary
    // contact has a deal won (closed on a success stage) before the deal was created.
    const QString mismatches = QStringLiteral(R"(
        SELECT count(*) FROM deals d
        WHERE d.is_repeat <> EXISTS (
            SELECT 1 FROM deals w JOIN stages s ON s.id = w.stage_id
            WHERE s.semantic = 'success' AND w.closed_at < d.created_at
              AND ((d.company_id IS NOT NULL AND w.company_id = d.company_id)
                   OR EXISTS (SELECT 1 FROM deal_contacts dc
                              JOIN deal_contacts wc ON wc.contact_id = dc.contact_id
                              WHERE dc.deal_id = d.id AND dc.is_primary = 1
                                AND wc.deal_id = w.id AND wc.is_primary = 1))))");
    QCOMPARE(count(db, mismatches), 0);
    const qint64 repeat = count(db, "SELECT count(*) FROM deals WHERE is_repeat = 1");
    QVERIFY2(repeat > DealCount / 10, qPrintable(QString::number(repeat)));
    QVERIFY(repeat < DealCount);
}

void TestDemo::shouldAgreeWithTheCoreRepeatRule()
{
    auto fixture = demoWorkspace(nullptr, 400);
    QVERIFY(fixture);
    DealStore store(fixture->db());
    auto ids = fixture->db().exec(QStringLiteral("SELECT id FROM deals ORDER BY id"));
    COMPTOIR_VERIFY_OK(ids);
    int checked = 0;
    while (ids->next()) {
        COMPTOIR_TRY(deal, store.byId(ids->value(0).toLongLong()));
        COMPTOIR_TRY(hasWon,
                     store.clientHasWonDealBefore(deal->companyId, deal->contactIds,
                                                  deal->createdAt, deal->id));
        QVERIFY2(*hasWon == deal->isRepeat, qPrintable(QString::number(deal->id)));
        ++checked;
    }
    QCOMPARE(checked, 400);
}

void TestDemo::shouldCloseDealsExactlyOnWonAndLostStages()
{
    auto fixture = demoWorkspace();
    QVERIFY(fixture);
    const Database &db = fixture->db();
    QCOMPARE(count(db,
                   "SELECT count(*) FROM deals d JOIN stages s ON s.id = d.stage_id "
                   "WHERE d.closed <> (s.semantic <> 'process')"),
             0);
    QCOMPARE(count(db, "SELECT count(*) FROM deals WHERE (closed = 1) <> (closed_at IS NOT NULL)"),
             0);
    QCOMPARE(count(db, "SELECT count(*) FROM deals WHERE closed_at < created_at"), 0);
    QCOMPARE(count(db,
                   "SELECT count(*) FROM deals d JOIN stages s ON s.id = d.stage_id "
                   "WHERE d.lost_reason IS NOT NULL AND s.semantic <> 'failure'"),
             0);
    QVERIFY(count(db, "SELECT count(*) FROM deals WHERE lost_reason IS NOT NULL") > 0);
    // Every lost reason is a code of the list.
    QCOMPARE(count(db,
                   "SELECT count(*) FROM deals WHERE lost_reason IS NOT NULL AND lost_reason "
                   "NOT IN (SELECT code FROM list_items WHERE list = 'lost_reason')"),
             0);
    const qint64 open = count(db, "SELECT count(*) FROM deals WHERE closed = 0");
    QVERIFY(open > 0);
    QVERIFY(open < DealCount);
}

void TestDemo::shouldSpreadDealsOverTheLastTwoYears()
{
    auto fixture = demoWorkspace();
    QVERIFY(fixture);
    const Database &db = fixture->db();
    const QDateTime now = fixture->clock().now();
    const QString nowText = toStoredInstant(now);
    const QString twoYearsAgo = toStoredInstant(now.addDays(-731));
    QCOMPARE(count(db,
                   QStringLiteral(
                       "SELECT count(*) FROM deals WHERE created_at > '%1' OR closed_at > '%1'")
                       .arg(nowText)),
             0);
    QCOMPARE(
        count(
            db,
            QStringLiteral("SELECT count(*) FROM deals WHERE created_at < '%1'").arg(twoYearsAgo)),
        0);
    // Every quarter of the two years has deals, and the stored instants parse back.
    for (int quarter = 0; quarter < 8; ++quarter) {
        const QString from = toStoredInstant(now.addDays(-730 + quarter * 91));
        const QString to = toStoredInstant(now.addDays(-730 + (quarter + 1) * 91));
        QVERIFY(
            count(db,
                  QStringLiteral(
                      "SELECT count(*) FROM deals WHERE created_at >= '%1' AND created_at < '%2'")
                      .arg(from, to))
            > DealCount / 20);
    }
    auto first = db.scalar(QStringLiteral("SELECT min(created_at) FROM deals"));
    COMPTOIR_VERIFY_OK(first);
    const QDateTime firstCreated = fromStoredInstant(first->toString());
    QVERIFY(firstCreated.isValid());
    QCOMPARE(toStoredInstant(firstCreated), first->toString());
}

void TestDemo::shouldDrawAmountsMostlyInEurosWithARealisticSpread()
{
    auto fixture = demoWorkspace();
    QVERIFY(fixture);
    const Database &db = fixture->db();
    const qint64 euros = count(db, "SELECT count(*) FROM deals WHERE currency = 'EUR'");
    QVERIFY(euros > DealCount / 2);
    QVERIFY(count(db, "SELECT count(*) FROM deals WHERE currency = 'USD'") > 0);
    QVERIFY(count(db, "SELECT count(*) FROM deals WHERE currency = 'GBP'") > 0);
    const qint64 usual
        = count(db, "SELECT count(*) FROM deals WHERE amount_minor BETWEEN 20000 AND 2000000");
    QVERIFY2(usual > DealCount * 7 / 10, qPrintable(QString::number(usual)));
    QVERIFY(count(db, "SELECT count(*) FROM deals WHERE amount_minor > 2000000")
            > 0); // a few large
    QCOMPARE(count(db, "SELECT count(*) FROM deals WHERE amount_minor <= 0"), 0);
}

void TestDemo::shouldNameClientsInFrenchAndEnglish()
{
    auto fixture = demoWorkspace();
    QVERIFY(fixture);
    const Database &db = fixture->db();
    // Accented first names (Hélène, François, Zoé...) are stored as they are written.
    QVERIFY(count(db, "SELECT count(*) FROM contacts WHERE first_name GLOB '*[éèçëïöî]*'") > 0);
    QVERIFY(
        count(db, "SELECT count(*) FROM companies WHERE name LIKE '% SARL' OR name LIKE '% SAS'")
        > 0);
    QVERIFY(count(db, "SELECT count(*) FROM companies WHERE name LIKE '% Ltd'") > 0);
    // E-mail addresses are plain ASCII and phone numbers international.
    QCOMPARE(count(db,
                   "SELECT count(*) FROM channels WHERE kind = 'email' "
                   "AND (value NOT LIKE '%_@_%._%' OR value GLOB '*[^ -~]*')"),
             0);
    QVERIFY(count(db, "SELECT count(*) FROM channels WHERE kind = 'phone' AND value LIKE '+33 %'")
            > 0);
    QVERIFY(count(db, "SELECT count(*) FROM channels WHERE kind = 'phone' AND value LIKE '+44 %'")
            > 0);
    QCOMPARE(
        count(db, "SELECT count(*) FROM channels WHERE kind = 'phone' AND value NOT LIKE '+%'"), 0);
    QVERIFY(count(db, "SELECT count(*) FROM contacts WHERE birthday IS NOT NULL") > 0);
    QCOMPARE(count(db,
                   "SELECT count(*) FROM contacts WHERE birthday IS NOT NULL "
                   "AND date(birthday) IS NOT birthday"),
             0);
}

void TestDemo::shouldGiveOpenDealsOverdueTodayAndFutureActivities()
{
    auto fixture = demoWorkspace();
    QVERIFY(fixture);
    const Database &db = fixture->db();
    QCOMPARE(count(db,
                   "SELECT count(*) FROM activities a JOIN deals d ON d.id = a.deal_id WHERE "
                   "d.closed = 1"),
             0);
    const qint64 open = count(db, "SELECT count(*) FROM deals WHERE closed = 0");
    const qint64 withActivity
        = count(db, "SELECT count(DISTINCT deal_id) FROM activities WHERE done = 0");
    QVERIFY2(withActivity * 3 > open,
             qPrintable(QStringLiteral("%1 of %2").arg(withActivity).arg(open)));

    const QDateTime now = fixture->clock().now();
    const QDate today = now.toLocalTime().date();
    int overdue = 0, dueToday = 0, later = 0;
    auto deadlines = db.exec(QStringLiteral("SELECT deadline FROM activities"));
    COMPTOIR_VERIFY_OK(deadlines);
    while (deadlines->next()) {
        const QDateTime deadline = fromStoredInstant(deadlines->value(0).toString());
        QVERIFY(deadline.isValid());
        const QDate day = deadline.toLocalTime().date();
        if (day == today)
            ++dueToday;
        else if (deadline < now)
            ++overdue;
        else
            ++later;
    }
    QVERIFY(overdue > 0);
    QVERIFY(dueToday > 0);
    QVERIFY(later > 0);
}

void TestDemo::shouldWriteOneCreatedHistoryRowPerDeal()
{
    auto fixture = demoWorkspace();
    QVERIFY(fixture);
    const Database &db = fixture->db();
    QCOMPARE(count(db,
                   "SELECT count(*) FROM deals d WHERE (SELECT count(*) FROM history h "
                   "WHERE h.deal_id = d.id AND h.type = 'created') <> 1"),
             0);
    QCOMPARE(
        count(db,
              "SELECT count(*) FROM history h JOIN deals d ON d.id = h.deal_id "
              "WHERE h.type = 'created' AND (h.at <> d.created_at OR h.user_id <> d.created_by)"),
        0);
    // Closed deals also tell when they closed.
    QCOMPARE(count(db,
                   "SELECT count(*) FROM deals d WHERE d.closed = 1 AND NOT EXISTS "
                   "(SELECT 1 FROM history h WHERE h.deal_id = d.id AND h.type = 'closed' "
                   "AND h.at = d.closed_at)"),
             0);
    COMPTOIR_TRY(events, HistoryStore(db).forDeal(1));
    QVERIFY(!events->isEmpty());
    QCOMPARE(events->first().type, history::Created);
    QVERIFY(!events->first().description.isEmpty());
}

void TestDemo::shouldLeaveASoundDatabase()
{
    auto fixture = demoWorkspace();
    QVERIFY(fixture);
    const Database &db = fixture->db();
    auto violations = db.exec(QStringLiteral("PRAGMA foreign_key_check"));
    COMPTOIR_VERIFY_OK(violations);
    QVERIFY(!violations->next());
    COMPTOIR_TRY(check, db.quickCheck());
    QCOMPARE(*check, QStringLiteral("ok"));
}

void TestDemo::shouldGiveTheSameDataForTheSameSeedOnly()
{
    auto first = demoWorkspace(nullptr, 300, 42);
    auto second = demoWorkspace(nullptr, 300, 42);
    auto other = demoWorkspace(nullptr, 300, 43);
    QVERIFY(first && second && other);
    const QByteArray hash = contentHash(first->db());
    QVERIFY(!hash.isEmpty());
    QCOMPARE(contentHash(second->db()), hash);
    QVERIFY(contentHash(other->db()) != hash);
}

void TestDemo::shouldKeepTheSchemaAndJournalModeThroughABulkLoad()
{
    // Ten thousand deals or more into a nearly empty database take the bulk path: indexes
    // dropped and rebuilt, rollback journal during the load.
    TestWorkspace fixture;
    QVERIFY2(fixture.isOpen(), qPrintable(fixture.error()));
    const Database &db = fixture.db();
    auto schema = [&db] {
        QStringList rows;
        auto query = db.exec(
            QStringLiteral("SELECT type, name, tbl_name, sql FROM sqlite_schema ORDER BY name"));
        while (query && query->next())
            rows << query->value(0).toString() + query->value(1).toString()
                    + query->value(2).toString() + query->value(3).toString();
        return rows;
    };
    const QStringList before = schema();
    QVERIFY(before.size() > 20);
    auto cacheBefore = db.scalar(QStringLiteral("PRAGMA cache_size"));
    COMPTOIR_VERIFY_OK(cacheBefore);

    DemoOptions options;
    options.deals = 12000;
    COMPTOIR_TRY(stats, generateDemo(fixture.db(), fixture.clock(), options));
    QCOMPARE(stats->deals, 12000);
    QCOMPARE(count(db, "SELECT count(*) FROM deals"), 12000);

    QCOMPARE(schema(), before);
    COMPTOIR_TRY(mode, db.scalar(QStringLiteral("PRAGMA journal_mode")));
    QCOMPARE(mode->toString(), QStringLiteral("wal"));
    COMPTOIR_TRY(foreignKeys, db.scalar(QStringLiteral("PRAGMA foreign_keys")));
    QCOMPARE(foreignKeys->toInt(), 1);
    COMPTOIR_TRY(cacheAfter, db.scalar(QStringLiteral("PRAGMA cache_size")));
    QCOMPARE(*cacheAfter, *cacheBefore);
    auto violations = db.exec(QStringLiteral("PRAGMA foreign_key_check"));
    COMPTOIR_VERIFY_OK(violations);
    QVERIFY(!violations->next());
    COMPTOIR_TRY(check, db.quickCheck());
    QCOMPARE(*check, QStringLiteral("ok"));
    // Nothing of the load is left behind in the connection.
    QCOMPARE(count(db, "SELECT count(*) FROM temp.sqlite_schema"), 0);
    // The search index was fed while the rows went in: a word of a title finds its deal.
    COMPTOIR_TRY(someTitle, db.scalar(QStringLiteral("SELECT title FROM deals WHERE id = 4321")));
    const QString word = someTitle->toString().section(QLatin1Char(' '), 0, 0);
    COMPTOIR_TRY(
        found,
        db.scalar(QStringLiteral("SELECT count(*) FROM deal_search WHERE deal_search MATCH ? "
                                 "AND rowid = 4321"),
                  { QLatin1Char('"') + word + QLatin1Char('"') }));
    QCOMPARE(found->toInt(), 1);
    // The rebuilt indexes answer queries: the title index finds a deal by its title.
    COMPTOIR_TRY(title, db.scalar(QStringLiteral("SELECT title FROM deals WHERE id = 777")));
    QCOMPARE(count(db,
                   QStringLiteral("SELECT count(*) FROM deals INDEXED BY deals_title "
                                  "WHERE title = '%1' COLLATE NOCASE AND deleted_at IS NULL")
                       .arg(title->toString().replace(QLatin1Char('\''), QStringLiteral("''")))),
             count(db,
                   QStringLiteral(
                       "SELECT count(*) FROM deals NOT INDEXED WHERE title = '%1' COLLATE NOCASE")
                       .arg(title->toString().replace(QLatin1Char('\''), QStringLiteral("''")))));
}

void TestDemo::shouldFeedEverySearchIndexWithTheRowsOfEachLoad()
{
    // The load drops the search triggers and feeds the indexes once at the end, from the rows
    // it wrote: a second load into the same database must add its rows, not the first ones again.
    TestWorkspace fixture;
    QVERIFY2(fixture.isOpen(), qPrintable(fixture.error()));
    const Database &db = fixture.db();
    for (int load = 0; load < 2; ++load) {
        DemoOptions options;
        options.deals = 300;
        options.seed = 11 + load;
        COMPTOIR_TRY(stats, generateDemo(fixture.db(), fixture.clock(), options));
        for (const auto &[index, table] : { std::pair { "deal_search", "deals" },
                                            std::pair { "company_search", "companies" },
                                            std::pair { "contact_search", "contacts" },
                                            std::pair { "channel_search", "channels" } }) {
            QCOMPARE(count(db, QStringLiteral("SELECT count(*) FROM %1").arg(QLatin1String(index))),
                     count(db, QStringLiteral("SELECT count(*) FROM %1").arg(QLatin1String(table))));
            // Merging, held off during the load, is back to FTS5's default for later writes.
            QCOMPARE(count(db, QStringLiteral("SELECT v FROM %1_config WHERE k = 'automerge'").arg(QLatin1String(index))), 4);
        }
    }
    QCOMPARE(count(db, "SELECT count(*) FROM deals"), 600);
    // The triggers are back: a deal added afterwards is found by its title.
    COMPTOIR_VERIFY_OK(db.exec(QStringLiteral(
        "INSERT INTO deals (title, currency, pipeline_id, stage_id, responsible_id, created_by, "
        "created_at, updated_at) SELECT 'Zygomorphe', 'EUR', pipeline_id, id, 1, 1, "
        "'2026-01-01T00:00:00.000Z', '2026-01-01T00:00:00.000Z' FROM stages LIMIT 1")));
    QCOMPARE(count(db, "SELECT count(*) FROM deal_search WHERE deal_search MATCH 'zygomorphe'"), 1);
    // A phone number is found by its digits, as the channel trigger writes them.
    COMPTOIR_TRY(phone, db.scalar(QStringLiteral(
                            "SELECT id || ' ' || value FROM channels WHERE kind = 'phone' "
                            "ORDER BY id DESC LIMIT 1")));
    const QString id = phone->toString().section(QLatin1Char(' '), 0, 0);
    QString digits = phone->toString().section(QLatin1Char(' '), 1);
    digits.remove(QRegularExpression(QStringLiteral("[ .()/-]")));
    QCOMPARE(count(db, QStringLiteral("SELECT count(*) FROM channel_search WHERE channel_search "
                                      "MATCH 'digits:\"%1\"' AND rowid = %2")
                           .arg(digits, id)),
             1);
}

void TestDemo::shouldReportProgressUpToTheTotal()
{
    TestWorkspace fixture;
    QVERIFY2(fixture.isOpen(), qPrintable(fixture.error()));
    QList<int> done;
    DemoOptions options;
    options.deals = 1234;
    options.progress = [&done](int written, int total) {
        QCOMPARE(total, 1234);
        done.append(written);
    };
    COMPTOIR_VERIFY_OK(generateDemo(fixture.db(), fixture.clock(), options));
    QVERIFY(done.size() > 10);
    QVERIFY(std::is_sorted(done.cbegin(), done.cend()));
    QCOMPARE(done.last(), 1234);
}

void TestDemo::shouldRefuseANegativeNumberOfDeals()
{
    TestWorkspace fixture;
    QVERIFY2(fixture.isOpen(), qPrintable(fixture.error()));
    DemoOptions options;
    options.deals = -1;
    const auto result = generateDemo(fixture.db(), fixture.clock(), options);
    QVERIFY(!result);
    QCOMPARE(result.error().code, Error::Code::Invalid);
    QCOMPARE(count(fixture.db(), "SELECT count(*) FROM companies"), 0);
}

QTEST_GUILESS_MAIN(TestDemo)
#include "tst_demo.moc"
