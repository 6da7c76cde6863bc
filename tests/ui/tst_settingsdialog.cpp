// SPDX-License-Identifier: GPL-3.0-or-later
// The settings dialog offscreen: pipelines and stages under the F2 rules, and the lists.
#include "calendarpage.h"
#include "listspage.h"
#include "pipelinespage.h"
#include "settingsdialog.h"
#include "stores.h"
#include "testworkspace.h"

#include <QCheckBox>
#include <QLabel>
#include <QListWidget>

using namespace comptoir;
using comptoir::test::TestWorkspace;

class TestSettingsDialog : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<TestWorkspace> m_ws;

    Pipeline defaultPipeline() { return m_ws->ws().pipelines().defaultPipeline(m_ws->actor()).value(); }

    QStringList stageTexts(const PipelinesPage &page)
    {
        QStringList texts;
        for (int row = 0; row < page.stageList()->count(); ++row)
            texts << page.stageList()->item(row)->text();
        return texts;
    }

private Q_SLOTS:
    void init() { m_ws = std::make_unique<TestWorkspace>(); }
    void cleanup() { m_ws.reset(); }

    void shouldAddAStageBeforeTheClosedOnes()
    {
        SettingsDialog dialog(m_ws->ws());
        PipelinesPage *page = dialog.pipelinesPage();
        const int before = int(defaultPipeline().stages.size());
        COMPTOIR_VERIFY_OK(page->addStage(QStringLiteral("Relance"), StageSemantic::Process));
        const Pipeline after = defaultPipeline();
        QCOMPARE(after.stages.size(), before + 1);
        const auto relance = std::find_if(after.stages.cbegin(), after.stages.cend(),
                                          [](const Stage &s) { return s.name == QLatin1String("Relance"); });
        QVERIFY(relance != after.stages.cend());
        QCOMPARE(relance->semantic, StageSemantic::Process);
        QVERIFY(relance->sort < after.successStage()->sort);
        QVERIFY(stageTexts(*page).contains(QStringLiteral("Relance")));
        QVERIFY(page->messageLabel()->text().isEmpty());
    }

    void shouldRenameAStageFromItsListItem()
    {
        SettingsDialog dialog(m_ws->ws());
        PipelinesPage *page = dialog.pipelinesPage();
        const Stage second = defaultPipeline().stages[1];
        QListWidgetItem *item = page->stageList()->item(1);
        QCOMPARE(item->text(), second.name);
        item->setText(QStringLiteral("Rendez-vous"));
        QCOMPARE(defaultPipeline().stage(second.id)->name, QStringLiteral("Rendez-vous"));
    }

    void shouldRefuseToDeleteTheStagesF2Keeps_data()
    {
        QTest::addColumn<QString>("which");
        QTest::newRow("first stage") << "first";
        QTest::newRow("success stage") << "success";
        QTest::newRow("first failure stage") << "failure";
    }

    void shouldRefuseToDeleteTheStagesF2Keeps()
    {
        QFETCH(QString, which);
        const Pipeline pipeline = defaultPipeline();
        const Stage *stage = which == QLatin1String("first") ? pipeline.firstStage()
            : which == QLatin1String("success")              ? pipeline.successStage()
                                                             : pipeline.firstFailureStage();
        const Id id = stage->id;
        SettingsDialog dialog(m_ws->ws());
        PipelinesPage *page = dialog.pipelinesPage();
        QVERIFY(!page->removeStage(id));
        QVERIFY(!page->messageLabel()->text().isEmpty());
        QVERIFY(defaultPipeline().stage(id) != nullptr);
    }

    void shouldMoveTheDealsOfADeletedStageWhereTheUserSays()
    {
        const Pipeline pipeline = defaultPipeline();
        const Stage quote = pipeline.stages[2];
        const Stage first = pipeline.stages[0];
        Deal draft;
        draft.title = QStringLiteral("Armoire");
        draft.stageId = quote.id;
        const Deal deal = m_ws->ws().deals().create(m_ws->actor(), draft).value();

        SettingsDialog dialog(m_ws->ws());
        PipelinesPage *page = dialog.pipelinesPage();
        // Holding a deal, the stage goes only with a destination.
        QVERIFY(!page->removeStage(quote.id));
        QVERIFY(!page->messageLabel()->text().isEmpty());
        QVERIFY(defaultPipeline().stage(quote.id) != nullptr);
        COMPTOIR_VERIFY_OK(page->removeStage(quote.id, first.id));
        QVERIFY(defaultPipeline().stage(quote.id) == nullptr);
        QCOMPARE(m_ws->ws().deals().get(m_ws->actor(), deal.id)->stageId, first.id);
        QVERIFY(!stageTexts(*page).contains(quote.name));
    }

    void shouldRefuseToDeleteTheDefaultPipeline()
    {
        SettingsDialog dialog(m_ws->ws());
        PipelinesPage *page = dialog.pipelinesPage();
        const Id id = defaultPipeline().id;
        QVERIFY(!page->removePipeline(id));
        QVERIFY(!page->messageLabel()->text().isEmpty());
        QCOMPARE(m_ws->ws().pipelines().pipelines(m_ws->actor())->size(), 1);
    }

    void shouldAddRenameReorderAndDeleteAPipeline()
    {
        SettingsDialog dialog(m_ws->ws());
        PipelinesPage *page = dialog.pipelinesPage();
        COMPTOIR_VERIFY_OK(page->addPipeline(QStringLiteral("Service client")));
        const Id added = page->currentPipeline();
        QCOMPARE(page->pipelineList()->count(), 2);
        COMPTOIR_VERIFY_OK(page->renamePipeline(added, QStringLiteral("SAV")));
        COMPTOIR_VERIFY_OK(page->movePipeline(added, 0));
        QCOMPARE(m_ws->ws().pipelines().pipelines(m_ws->actor())->first().name, QStringLiteral("SAV"));
        QCOMPARE(page->pipelineList()->item(0)->text(), QStringLiteral("SAV"));
        COMPTOIR_VERIFY_OK(page->removePipeline(added));
        QCOMPARE(page->pipelineList()->count(), 1);
    }

    void shouldReorderAStageInProgressButNotAClosedOne()
    {
        SettingsDialog dialog(m_ws->ws());
        PipelinesPage *page = dialog.pipelinesPage();
        const Pipeline pipeline = defaultPipeline();
        const Id third = pipeline.stages[2].id;
        COMPTOIR_VERIFY_OK(page->moveStage(third, 0));
        QCOMPARE(defaultPipeline().stages.first().id, third);
        QVERIFY(!page->moveStage(pipeline.successStage()->id, 0));
        QVERIFY(!page->messageLabel()->text().isEmpty());
    }

    void shouldSetADefaultProbabilityAndColour()
    {
        SettingsDialog dialog(m_ws->ws());
        PipelinesPage *page = dialog.pipelinesPage();
        const Id id = defaultPipeline().stages[1].id;
        COMPTOIR_VERIFY_OK(page->setStageProbability(id, 35));
        COMPTOIR_VERIFY_OK(page->recolorStage(id, QStringLiteral("#aa5500")));
        const Stage *stage = defaultPipeline().stage(id);
        QCOMPARE(stage->probability, std::optional<int>(35));
        QCOMPARE(stage->color, QStringLiteral("#aa5500"));
    }

    void shouldAddALostReasonAndRefuseABadCurrency()
    {
        SettingsDialog dialog(m_ws->ws());
        ListsPage *page = dialog.listsPage();
        page->showList(lists::LostReason);
        const int before = page->items()->count();
        COMPTOIR_VERIFY_OK(page->addItem(QStringLiteral("Délai trop long")));
        QCOMPARE(page->items()->count(), before + 1);
        const auto found = ListStore(m_ws->db()).find(lists::LostReason, QStringLiteral("Délai trop long"));
        QVERIFY(found && found->has_value());
        page->showList(lists::Currency);
        QVERIFY(!page->addItem(QStringLiteral("euro")));
        QVERIFY(!page->messageLabel()->text().isEmpty());
    }

    void shouldSaveTheWorkingDays()
    {
        SettingsDialog dialog(m_ws->ws());
        CalendarPage *page = dialog.calendarPage();
        QVERIFY(page->dayBox(Qt::Monday)->isChecked());
        QVERIFY(!page->dayBox(Qt::Saturday)->isChecked());
        page->dayBox(Qt::Saturday)->setChecked(true);
        COMPTOIR_VERIFY_OK(page->addHoliday(QDate(2026, 8, 14)));
        const WorkCalendar stored = WorkCalendar::load(m_ws->db()).value();
        QVERIFY(stored.isWorkingDay(QDate(2026, 3, 7))); // a Saturday
        QVERIFY(stored.isHoliday(QDate(2026, 8, 14)));
    }
};

QTEST_MAIN(TestSettingsDialog)
#include "tst_settingsdialog.moc"
