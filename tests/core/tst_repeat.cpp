// SPDX-License-Identifier: GPL-3.0-or-later
#include "testworkspace.h"

#include <QTest>

using namespace comptoir;
using namespace comptoir::test;

enum class Client { Company, Contact };
Q_DECLARE_METATYPE(Client)

// F10: a deal is repeat when its client (company or contact) had a won deal closed before the
// deal was created. Lost or open deals do not count, nor wins that come later.
class TestRepeat : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void shouldMarkRepeatAfterEarlierWin_data();
    void shouldMarkRepeatAfterEarlierWin();
    void shouldNotCountLostOrOpenDeals_data();
    void shouldNotCountLostOrOpenDeals();
    void shouldNotMarkExistingDealWhenLaterDealIsWon();
    void shouldOnlyCountWinsBeforeCreationTime();
    void shouldNotMarkDealForAnotherClient();
    void shouldNotMarkWonDealItself();
    void shouldCountDealCreatedWon();

private:
    Deal createFor(Client client, const QString &title,
                   const QString &stageName = QStringLiteral("New"));
    Deal createForCompany(Id companyId, const QString &title);
    DealService &deals() { return (*m_ws)->deals(); }
    Actor actor() const { return m_ws->actor(); }
    void later() { m_ws->clock().advanceSecs(24 * 3600); }
    std::unique_ptr<TestWorkspace> m_ws;
    Id m_companyId = 0;
    Id m_contactId = 0;
};

void TestRepeat::init()
{
    m_ws = std::make_unique<TestWorkspace>();
    QVERIFY2(m_ws->isOpen(), qPrintable(m_ws->error()));
    COMPTOIR_TRY(company,
                 (*m_ws)->clients().createCompany(
                     actor(), companyNamed(QStringLiteral("Fromagerie Dubois"))));
    Contact contact;
    contact.firstName = QStringLiteral("Oliver");
    contact.lastName = QStringLiteral("Grant");
    COMPTOIR_TRY(created, (*m_ws)->clients().createContact(actor(), contact));
    m_companyId = company->id;
    m_contactId = created->id;
}

void TestRepeat::cleanup()
{
    m_ws.reset();
}

Deal TestRepeat::createFor(Client client, const QString &title, const QString &stageName)
{
    auto pipeline = (*m_ws)->pipelines().defaultPipeline(actor());
    Deal draft;
    draft.title = title;
    if (client == Client::Company)
        draft.companyId = m_companyId;
    else
        draft.contactIds = { m_contactId };
    if (pipeline)
        draft.stageId = PipelineService::resolveStage(*pipeline, stageName)->id;
    auto deal = deals().create(actor(), draft);
    return deal ? *deal : Deal();
}

Deal TestRepeat::createForCompany(Id companyId, const QString &title)
{
    Deal draft;
    draft.title = title;
    draft.companyId = companyId;
    auto deal = deals().create(actor(), draft);
    return deal ? *deal : Deal();
}

void TestRepeat::shouldMarkRepeatAfterEarlierWin_data()
{
    QTest::addColumn<Client>("client");
    QTest::newRow("company") << Client::Company;
    QTest::newRow("contact") << Client::Contact;
}

void TestRepeat::shouldMarkRepeatAfterEarlierWin()
{
    QFETCH(Client, client);
    const Deal first = createFor(client, QStringLiteral("First order"));
    QVERIFY(first.id > 0);
    QVERIFY(!first.isRepeat);
    later();
    COMPTOIR_VERIFY_OK(deals().close(actor(), first.id, Outcome::Won));
    later();
    const Deal second = createFor(client, QStringLiteral("Second order"));
    QVERIFY(second.id > 0);
    QVERIFY(second.isRepeat);
    QVERIFY(deals().get(actor(), second.id)->isRepeat);
}

void TestRepeat::shouldNotCountLostOrOpenDeals_data()
{
    QTest::addColumn<Client>("client");
    QTest::addColumn<bool>("lose");
    QTest::newRow("company, lost") << Client::Company << true;
    QTest::newRow("company, open") << Client::Company << false;
    QTest::newRow("contact, lost") << Client::Contact << true;
    QTest::newRow("contact, open") << Client::Contact << false;
}

void TestRepeat::shouldNotCountLostOrOpenDeals()
{
    QFETCH(Client, client);
    QFETCH(bool, lose);
    const Deal first = createFor(client, QStringLiteral("First try"));
    later();
    if (lose)
        COMPTOIR_VERIFY_OK(deals().close(actor(), first.id, Outcome::Lost));
    later();
    const Deal second = createFor(client, QStringLiteral("Second try"));
    QVERIFY(second.id > 0);
    QVERIFY(!second.isRepeat);
}

void TestRepeat::shouldNotMarkExistingDealWhenLaterDealIsWon()
{
    const Deal first = createFor(Client::Company, QStringLiteral("Quote A"));
    later();
    const Deal second = createFor(Client::Company, QStringLiteral("Quote B"));
    QVERIFY(!second.isRepeat);
    later();
    COMPTOIR_VERIFY_OK(deals().close(actor(), first.id, Outcome::Won));
    QVERIFY(!deals().get(actor(), second.id)->isRepeat);
    // Touching the older deal afterwards does not re-evaluate it either.
    COMPTOIR_VERIFY_OK(deals().setField(actor(), second.id, QStringLiteral("comment"),
                                        QStringLiteral("Still open"), QLocale::c()));
    QVERIFY(!deals().get(actor(), second.id)->isRepeat);
    // But a deal created now is repeat.
    later();
    QVERIFY(createFor(Client::Company, QStringLiteral("Quote C")).isRepeat);
}

// A deal dated before a win (an import of old deals, for example) is not repeat because of it.
void TestRepeat::shouldOnlyCountWinsBeforeCreationTime()
{
    later();
    const Deal won = createFor(Client::Company, QStringLiteral("Won today"));
    COMPTOIR_VERIFY_OK(deals().close(actor(), won.id, Outcome::Won));
    m_ws->clock().set(startTime().addSecs(-3600));
    const Deal older = createFor(Client::Company, QStringLiteral("Created before the win"));
    QVERIFY(older.id > 0);
    QCOMPARE(older.createdAt, startTime().addSecs(-3600));
    QVERIFY(!older.isRepeat);
}

void TestRepeat::shouldNotMarkDealForAnotherClient()
{
    const Deal first = createFor(Client::Company, QStringLiteral("Won elsewhere"));
    later();
    COMPTOIR_VERIFY_OK(deals().close(actor(), first.id, Outcome::Won));
    later();
    COMPTOIR_TRY(
        other,
        (*m_ws)->clients().createCompany(actor(), companyNamed(QStringLiteral("Cave Lemaire"))));
    const Deal deal = createForCompany(other->id, QStringLiteral("New client"));
    QVERIFY(deal.id > 0);
    QVERIFY(!deal.isRepeat);
    // Nor a deal without any client.
    Deal draft;
    draft.title = QStringLiteral("Walk-in");
    COMPTOIR_TRY(anonymous, deals().create(actor(), draft));
    QVERIFY(!anonymous->isRepeat);
}

void TestRepeat::shouldNotMarkWonDealItself()
{
    const Deal deal = createFor(Client::Contact, QStringLiteral("Only order"));
    later();
    COMPTOIR_TRY(won, deals().close(actor(), deal.id, Outcome::Won));
    QVERIFY(!won->isRepeat);
    QVERIFY(!deals().get(actor(), deal.id)->isRepeat);
}

void TestRepeat::shouldCountDealCreatedWon()
{
    const Deal first
        = createFor(Client::Contact, QStringLiteral("Signed at the fair"), QStringLiteral("Won"));
    QVERIFY(first.closed);
    QVERIFY(!first.isRepeat);
    later();
    QVERIFY(createFor(Client::Contact, QStringLiteral("Next order")).isRepeat);
}

QTEST_GUILESS_MAIN(TestRepeat)
#include "tst_repeat.moc"
