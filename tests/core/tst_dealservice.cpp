// SPDX-License-Identifier: GPL-3.0-or-later
#include "money.h"
#include "stores.h"
#include "testworkspace.h"

#include <QSignalSpy>
#include <QTest>

using namespace comptoir;
using namespace comptoir::test;

// DealService: create, update, setField, the amount of product rows, and when signals fire.
// Stage moves and closing are in tst_dealstages.
class TestDealService : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void shouldCreateWithDefaults();
    void shouldCreateClosedOnClosedStage();
    void shouldWriteNothingWhenCreateFails_data();
    void shouldWriteNothingWhenCreateFails();
    void shouldRecordOneHistoryRowPerChangedField();
    void shouldWriteNothingWhenUpdateFails_data();
    void shouldWriteNothingWhenUpdateFails();
    void shouldSetEachFieldFromText_data();
    void shouldSetEachFieldFromText();
    void shouldRefuseBadFieldTextNamingTheField_data();
    void shouldRefuseBadFieldTextNamingTheField();
    void shouldEmitAfterCommitOnly();
    void shouldEmitAfterOuterTransactionCommits();
    void shouldNotEmitWhenOuterTransactionRollsBack();
    void shouldComputeProductRowTotals_data();
    void shouldComputeProductRowTotals();
    void shouldFollowProductRowsUnlessAmountIsManual();

private:
    DealService &deals() { return (*m_ws)->deals(); }
    Actor actor() const { return m_ws->actor(); }
    Deal createDeal(const QString &title);
    qint64 dealRows() { return rowCount(m_ws->db(), QStringLiteral("deals")); }
    qint64 historyRows() { return rowCount(m_ws->db(), QStringLiteral("history")); }
    std::unique_ptr<TestWorkspace> m_ws;
};

void TestDealService::init()
{
    m_ws = std::make_unique<TestWorkspace>();
    QVERIFY2(m_ws->isOpen(), qPrintable(m_ws->error()));
}

void TestDealService::cleanup()
{
    m_ws.reset();
}

Deal TestDealService::createDeal(const QString &title)
{
    Deal draft;
    draft.title = title;
    auto deal = deals().create(actor(), draft);
    return deal ? *deal : Deal();
}

void TestDealService::shouldCreateWithDefaults()
{
    COMPTOIR_TRY(pipeline, (*m_ws)->pipelines().defaultPipeline(actor()));
    Deal draft;
    draft.title = QStringLiteral("Website redesign");
    draft.amountMinor = 123450;
    COMPTOIR_TRY(deal, deals().create(actor(), draft));
    QVERIFY(deal->id > 0);
    QCOMPARE(deal->pipelineId, pipeline->id);
    QCOMPARE(deal->stageId, pipeline->firstStage()->id);
    QCOMPARE(deal->responsibleId, actor().userId);
    QCOMPARE(deal->createdBy, actor().userId);
    QCOMPARE(deal->probability, pipeline->firstStage()->probability);
    QCOMPARE(deal->createdAt, startTime());
    QVERIFY(!deal->closed);
    QVERIFY(!deal->isRepeat);

    COMPTOIR_TRY(stored, deals().get(actor(), deal->id));
    QCOMPARE(stored->title, draft.title);
    QCOMPARE(stored->amountMinor, 123450);
    QCOMPARE(stored->currency, QStringLiteral("EUR"));
    COMPTOIR_TRY(events, deals().history(actor(), deal->id));
    QCOMPARE(events->size(), 1);
    QCOMPARE(events->first().type, history::Created);
    QCOMPARE(events->first().at, startTime());
    QCOMPARE(events->first().userId, std::optional<Id>(actor().userId));
    QVERIFY(!events->first().description.isEmpty());
}

void TestDealService::shouldCreateClosedOnClosedStage()
{
    COMPTOIR_TRY(pipeline, (*m_ws)->pipelines().defaultPipeline(actor()));
    Deal draft;
    draft.title = QStringLiteral("Signed at the fair");
    draft.stageId = pipeline->successStage()->id;
    COMPTOIR_TRY(deal, deals().create(actor(), draft));
    QVERIFY(deal->closed);
    QCOMPARE(deal->closedAt, startTime());
    QCOMPARE(deal->pipelineId, pipeline->id);
}

void TestDealService::shouldWriteNothingWhenCreateFails_data()
{
    QTest::addColumn<QString>("title");
    QTest::addColumn<Id>("companyId");
    QTest::addColumn<Id>("stageId");
    QTest::addColumn<QString>("currency");
    QTest::newRow("empty title") << "" << Id(0) << Id(0) << "EUR";
    QTest::newRow("blank title") << "   " << Id(0) << Id(0) << "EUR";
    QTest::newRow("unknown company") << "Deal" << Id(9999) << Id(0) << "EUR";
    QTest::newRow("unknown stage") << "Deal" << Id(0) << Id(9999) << "EUR";
    QTest::newRow("bad currency") << "Deal" << Id(0) << Id(0) << "euro";
}

void TestDealService::shouldWriteNothingWhenCreateFails()
{
    QFETCH(QString, title);
    QFETCH(Id, companyId);
    QFETCH(Id, stageId);
    QFETCH(QString, currency);
    QSignalSpy created(&deals(), &DealService::dealCreated);
    Deal draft;
    draft.title = title;
    if (companyId)
        draft.companyId = companyId;
    draft.stageId = stageId;
    draft.currency = currency;
    const auto deal = deals().create(actor(), draft);
    QVERIFY(!deal.ok());
    QVERIFY(!deal.error().message.isEmpty());
    QCOMPARE(dealRows(), 0);
    QCOMPARE(historyRows(), 0);
    QCOMPARE(created.count(), 0);
}

void TestDealService::shouldRecordOneHistoryRowPerChangedField()
{
    const Deal original = createDeal(QStringLiteral("Website"));
    m_ws->clock().advanceSecs(3600);
    Deal changed = original;
    changed.title = QStringLiteral("Website redesign");
    changed.amountMinor = 250000;
    changed.comment = QStringLiteral("Call back in May");
    COMPTOIR_TRY(updated, deals().update(actor(), changed));
    QCOMPARE(updated->title, changed.title);
    QCOMPARE(updated->amountMinor, 250000);
    QCOMPARE(updated->updatedAt, startTime().addSecs(3600));

    COMPTOIR_TRY(events, deals().history(actor(), original.id));
    QCOMPARE(events->size(), 4); // created + three fields
    QMap<QString, HistoryEvent> byField;
    for (const HistoryEvent &e : events->mid(1)) {
        QCOMPARE(e.type, history::FieldChanged);
        QCOMPARE(e.at, startTime().addSecs(3600));
        QVERIFY2(!e.description.isEmpty(), qPrintable(e.field));
        byField.insert(e.field, e);
    }
    QCOMPARE(byField.keys(), QStringList({ "amount", "comment", "title" }));
    QCOMPARE(byField["title"].oldValue, QStringLiteral("Website"));
    QCOMPARE(byField["title"].newValue, QStringLiteral("Website redesign"));
    QVERIFY(byField["title"].description.contains(QStringLiteral("Website redesign")));
    QCOMPARE(byField["comment"].oldValue, QString());
    QCOMPARE(byField["comment"].newValue, QStringLiteral("Call back in May"));
    QVERIFY(byField["amount"].newValue.contains(QStringLiteral("2500")));

    // Writing the same values again changes nothing and records nothing.
    const qint64 before = historyRows();
    COMPTOIR_VERIFY_OK(deals().update(actor(), *updated));
    QCOMPARE(historyRows(), before);
}

void TestDealService::shouldWriteNothingWhenUpdateFails_data()
{
    QTest::addColumn<QString>("what");
    QTest::newRow("empty title") << "title";
    QTest::newRow("unknown company") << "company";
    QTest::newRow("unknown contact") << "contact";
    QTest::newRow("unknown responsible") << "responsible";
    QTest::newRow("probability over 100") << "probability";
    QTest::newRow("unknown deal") << "id";
}

void TestDealService::shouldWriteNothingWhenUpdateFails()
{
    QFETCH(QString, what);
    const Deal original = createDeal(QStringLiteral("Website"));
    QSignalSpy changedSpy(&deals(), &DealService::dealChanged);
    Deal changed = original;
    changed.comment = QStringLiteral("This valid change must not be written either");
    if (what == QLatin1String("title"))
        changed.title.clear();
    else if (what == QLatin1String("company"))
        changed.companyId = 9999;
    else if (what == QLatin1String("contact"))
        changed.contactIds = { 9999 };
    else if (what == QLatin1String("responsible"))
        changed.responsibleId = 9999;
    else if (what == QLatin1String("probability"))
        changed.probability = 101;
    else
        changed.id = 9999;
    const qint64 history = historyRows();
    QVERIFY(!deals().update(actor(), changed).ok());
    COMPTOIR_TRY(stored, deals().get(actor(), original.id));
    QCOMPARE(stored->title, original.title);
    QCOMPARE(stored->comment, original.comment);
    QCOMPARE(stored->companyId, original.companyId);
    QCOMPARE(stored->updatedAt, original.updatedAt);
    QCOMPARE(dealRows(), 1);
    QCOMPARE(historyRows(), history);
    QCOMPARE(changedSpy.count(), 0);
}

void TestDealService::shouldSetEachFieldFromText_data()
{
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("stored"); // the field read back, as text
    QTest::newRow("title") << "title"
                           << "New title"
                           << "New title";
    QTest::newRow("amount, French") << "amount"
                                    << "1 234,50"
                                    << "1234.50";
    QTest::newRow("amount with symbol") << "amount"
                                        << "1 234,50 €"
                                        << "1234.50";
    QTest::newRow("currency") << "currency"
                              << "USD"
                              << "USD";
    QTest::newRow("company") << "company"
                             << "Boulangerie Martin"
                             << "Boulangerie Martin";
    QTest::newRow("contact") << "contact"
                             << "Hélène Martin"
                             << "Hélène Martin";
    QTest::newRow("responsible by login") << "responsible"
                                          << "<owner>"
                                          << "<owner>";
    QTest::newRow("type by code") << "type"
                                  << "SALE"
                                  << "SALE";
    QTest::newRow("source by code, any case") << "source"
                                              << "web"
                                              << "WEB";
    QTest::newRow("begin date") << "begin_date"
                                << "2026-04-15"
                                << "2026-04-15";
    QTest::newRow("close date") << "close_date"
                                << "2026-06-30"
                                << "2026-06-30";
    QTest::newRow("probability") << "probability"
                                 << "55"
                                 << "55";
    QTest::newRow("comment") << "comment"
                             << "Prefers e-mail"
                             << "Prefers e-mail";
}

void TestDealService::shouldSetEachFieldFromText()
{
    QFETCH(QString, field);
    QFETCH(QString, text);
    QFETCH(QString, stored);
    QVERIFY(DealService::settableFields().contains(field));
    COMPTOIR_TRY(owner, UserStore(m_ws->db()).owner());
    text.replace(QStringLiteral("<owner>"), owner->login);
    stored.replace(QStringLiteral("<owner>"), QString::number(owner->id));
    COMPTOIR_VERIFY_OK((*m_ws)->clients().createCompany(
        actor(), companyNamed(QStringLiteral("Boulangerie Martin"))));
    Contact helene;
    helene.firstName = QStringLiteral("Hélène");
    helene.lastName = QStringLiteral("Martin");
    COMPTOIR_VERIFY_OK((*m_ws)->clients().createContact(actor(), helene));

    const Deal deal = createDeal(QStringLiteral("Bread oven"));
    const qint64 history = historyRows();
    COMPTOIR_TRY(
        updated,
        deals().setField(actor(), deal.id, field, text, QLocale(QLocale::French, QLocale::France)));
    COMPTOIR_TRY(read, deals().get(actor(), deal.id));
    QString value;
    if (field == QLatin1String("title"))
        value = read->title;
    else if (field == QLatin1String("amount"))
        value = money::toDecimalString(read->amountMinor, read->currency);
    else if (field == QLatin1String("currency"))
        value = read->currency;
    else if (field == QLatin1String("company"))
        value = read->companyId ? (*m_ws)->clients().company(actor(), *read->companyId)->name
                                : QString();
    else if (field == QLatin1String("contact"))
        value = read->contactIds.isEmpty()
            ? QString()
            : (*m_ws)->clients().contact(actor(), read->contactIds.first())->displayName();
    else if (field == QLatin1String("responsible"))
        value = QString::number(read->responsibleId);
    else if (field == QLatin1String("type"))
        value = read->typeCode;
    else if (field == QLatin1String("source"))
        value = read->sourceCode;
    else if (field == QLatin1String("begin_date"))
        value = read->beginDate.toString(Qt::ISODate);
    else if (field == QLatin1String("close_date"))
        value = read->closeDate.toString(Qt::ISODate);
    else if (field == QLatin1String("probability"))
        value = read->probability ? QString::number(*read->probability) : QString();
    else if (field == QLatin1String("comment"))
        value = read->comment;
    QCOMPARE(value, stored);
    // Setting the responsible to the owner, who already is, changes nothing.
    QCOMPARE(historyRows(), history + (field == QLatin1String("responsible") ? 0 : 1));
}

void TestDealService::shouldRefuseBadFieldTextNamingTheField_data()
{
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("text");
    QTest::newRow("unknown field") << "colour"
                                   << "blue";
    QTest::newRow("empty title") << "title"
                                 << "";
    QTest::newRow("malformed amount") << "amount"
                                      << "12,3,4";
    QTest::newRow("too many decimals") << "amount"
                                       << "1,234";
    QTest::newRow("bad currency") << "currency"
                                  << "EURO";
    QTest::newRow("unknown responsible") << "responsible"
                                         << "nobody";
    QTest::newRow("unknown type") << "type"
                                  << "BARTER";
    QTest::newRow("unknown source") << "source"
                                    << "pigeon";
    QTest::newRow("impossible date") << "begin_date"
                                     << "2026-13-45";
    QTest::newRow("probability over 100") << "probability"
                                          << "150";
    QTest::newRow("probability not a number") << "probability"
                                              << "high";
}

void TestDealService::shouldRefuseBadFieldTextNamingTheField()
{
    QFETCH(QString, field);
    QFETCH(QString, text);
    const Deal deal = createDeal(QStringLiteral("Bread oven"));
    const qint64 history = historyRows();
    const auto result = deals().setField(actor(), deal.id, field, text,
                                         QLocale(QLocale::French, QLocale::France));
    QVERIFY(!result.ok());
    const Error &e = result.error();
    QVERIFY2(e.field == field || e.message.contains(field), qPrintable(e.message));
    // A known field with a wrong value: the message quotes the value too.
    if (!text.isEmpty() && DealService::settableFields().contains(field))
        QVERIFY2(e.message.contains(text), qPrintable(e.message));
    QCOMPARE(historyRows(), history);
    QCOMPARE(deals().get(actor(), deal.id)->updatedAt, deal.updatedAt);
}

void TestDealService::shouldEmitAfterCommitOnly()
{
    QSignalSpy created(&deals(), &DealService::dealCreated);
    QSignalSpy changed(&deals(), &DealService::dealChanged);
    const Deal deal = createDeal(QStringLiteral("Signals"));
    QCOMPARE(created.count(), 1);
    QCOMPARE(created.first().first().value<Id>(), deal.id);
    // When the slot runs, the change is already committed and visible.
    QString seenTitle;
    connect(&deals(), &DealService::dealChanged, this,
            [&](Id id) { seenTitle = deals().get(actor(), id)->title; });
    COMPTOIR_VERIFY_OK(deals().setField(actor(), deal.id, QStringLiteral("title"),
                                        QStringLiteral("Renamed"), QLocale::c()));
    QCOMPARE(changed.count(), 1);
    QCOMPARE(seenTitle, QStringLiteral("Renamed"));
    QCOMPARE(m_ws->db().transactionDepth(), 0);

    QVERIFY(
        !deals().setField(actor(), deal.id, QStringLiteral("title"), QString(), QLocale::c()).ok());
    QCOMPARE(changed.count(), 1);
}

void TestDealService::shouldEmitAfterOuterTransactionCommits()
{
    QSignalSpy created(&deals(), &DealService::dealCreated);
    COMPTOIR_VERIFY_OK(m_ws->db().begin());
    const Deal deal = createDeal(QStringLiteral("Inside a batch"));
    QVERIFY(deal.id > 0);
    QCOMPARE(created.count(), 0);
    COMPTOIR_VERIFY_OK(m_ws->db().commit());
    QCOMPARE(created.count(), 1);
    QCOMPARE(created.first().first().value<Id>(), deal.id);
}

void TestDealService::shouldNotEmitWhenOuterTransactionRollsBack()
{
    QSignalSpy created(&deals(), &DealService::dealCreated);
    COMPTOIR_VERIFY_OK(m_ws->db().begin());
    QVERIFY(createDeal(QStringLiteral("Rolled back")).id > 0);
    m_ws->db().rollback();
    QCOMPARE(created.count(), 0);
    QCOMPARE(dealRows(), 0);
    QCOMPARE(historyRows(), 0);
}

void TestDealService::shouldComputeProductRowTotals_data()
{
    QTest::addColumn<qint64>("quantityMilli");
    QTest::addColumn<qint64>("priceMinor");
    QTest::addColumn<int>("discountBp");
    QTest::addColumn<int>("taxRateBp");
    QTest::addColumn<bool>("taxIncluded");
    QTest::addColumn<qint64>("total");
    QTest::newRow("one at 100.00")
        << qint64(1000) << qint64(10000) << 0 << 0 << true << qint64(10000);
    QTest::newRow("tax included adds nothing")
        << qint64(1000) << qint64(10000) << 0 << 2000 << true << qint64(10000);
    QTest::newRow("tax exclusive adds 20 %")
        << qint64(1000) << qint64(10000) << 0 << 2000 << false << qint64(12000);
    QTest::newRow("10 % discount")
        << qint64(1000) << qint64(10000) << 1000 << 0 << true << qint64(9000);
    QTest::newRow("discount then tax")
        << qint64(1000) << qint64(10000) << 1000 << 2000 << false << qint64(10800);
    QTest::newRow("2.5 at 9.99 rounds half up")
        << qint64(2500) << qint64(999) << 0 << 0 << true << qint64(2498);
    QTest::newRow("1.5 at 0.01") << qint64(1500) << qint64(1) << 0 << 0 << true << qint64(2);
    QTest::newRow("0.4 at 0.01 rounds down")
        << qint64(400) << qint64(1) << 0 << 0 << true << qint64(0);
    QTest::newRow("refund rounds away from zero")
        << qint64(500) << qint64(-5) << 0 << 0 << true << qint64(-3);
    QTest::newRow("5.5 % tax on 3 at 3.33, 33.33 % off")
        << qint64(3000) << qint64(333) << 3333 << 550 << false << qint64(703);
    QTest::newRow("full discount")
        << qint64(1000) << qint64(10000) << 10000 << 2000 << false << qint64(0);
    // Beyond 2^53 a double would lose the last unit: the arithmetic must be exact.
    QTest::newRow("exact above 2^53")
        << qint64(1000) << qint64(9007199254740993) << 0 << 0 << true << qint64(9007199254740993);
    QTest::newRow("large quantity")
        << qint64(1000000000) << qint64(123456789) << 0 << 0 << true << qint64(123456789000000);
}

void TestDealService::shouldComputeProductRowTotals()
{
    QFETCH(qint64, quantityMilli);
    QFETCH(qint64, priceMinor);
    QFETCH(int, discountBp);
    QFETCH(int, taxRateBp);
    QFETCH(bool, taxIncluded);
    QFETCH(qint64, total);
    DealProduct row;
    row.name = QStringLiteral("Row");
    row.quantityMilli = quantityMilli;
    row.priceMinor = priceMinor;
    row.discountBp = discountBp;
    row.taxRateBp = taxRateBp;
    row.taxIncluded = taxIncluded;
    QCOMPARE(row.totalMinor(), total);
}

void TestDealService::shouldFollowProductRowsUnlessAmountIsManual()
{
    DealProduct oven { 0, {}, QStringLiteral("Oven"), 2000, 150000, 1000, 2000, false };
    DealProduct install { 0, {}, QStringLiteral("Installation"), 1000, 30000, 0, 0, true };
    Deal draft;
    draft.title = QStringLiteral("Bakery equipment");
    draft.amountManual = false;
    draft.amountMinor = 1; // ignored: the rows decide
    draft.products = { oven, install };
    COMPTOIR_TRY(deal, deals().create(actor(), draft));
    const qint64 expected = oven.totalMinor() + install.totalMinor();
    QCOMPARE(expected, qint64(324000 + 30000));
    QCOMPARE(deal->amountMinor, expected);
    QCOMPARE(deals().get(actor(), deal->id)->products.size(), 2);

    Deal changed = *deal;
    changed.products.removeLast();
    COMPTOIR_TRY(updated, deals().update(actor(), changed));
    QCOMPARE(updated->amountMinor, oven.totalMinor());
    QCOMPARE(deals().get(actor(), deal->id)->amountMinor, oven.totalMinor());

    // A typed amount stays as typed, whatever the rows say.
    changed = *updated;
    changed.amountManual = true;
    changed.amountMinor = 100000;
    COMPTOIR_TRY(manual, deals().update(actor(), changed));
    QCOMPARE(manual->amountMinor, 100000);
    QCOMPARE(manual->products.size(), 1);
}

QTEST_GUILESS_MAIN(TestDealService)
#include "tst_dealservice.moc"
