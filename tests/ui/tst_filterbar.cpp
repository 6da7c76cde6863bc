// SPDX-License-Identifier: GPL-3.0-or-later
// The filter bar in the window: typing searches after the delay, the popup's criteria become
// chips that remove them, predefined and saved filters apply, saved ones persist, and the
// status bar counts what the list shows.
#include "filterbarprobe.h"
#include "deallistmodel.h"
#include "filterbar.h"
#include "filterpopup.h"
#include "mainwindow.h"
#include "savedfilters.h"
#include "workspace.h"

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPushButton>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>

using namespace comptoir;
using namespace comptoir::test;

namespace {

struct Spec
{
    const char *title;
    qint64 amountMinor;
    int outcome; // 0 open, 1 won, 2 lost
};

// Titles with and without accents, open, won and lost deals, small and large amounts.
const Spec Specs[] = {
    {"Hélène bakery oven", 120000, 0},  {"Helene roof repair", 450000, 1}, {"Garage Dupont", 80000, 0},
    {"Boulangerie Martin", 990000, 1},  {"Hélène second shop", 30000, 2},  {"Fleuriste Rose", 560000, 0},
    {"Café des Halles", 15000, 0},      {"Dupont trucks", 700000, 2},      {"Librairie Page", 210000, 1},
};

struct Fixture
{
    QTemporaryDir dir;
    std::unique_ptr<Workspace> ws;

    Fixture()
    {
        ws = Workspace::open(dir.filePath(QStringLiteral("filters.db"))).value();
        for (const Spec &spec : Specs) {
            Deal draft;
            draft.title = QString::fromUtf8(spec.title);
            draft.amountMinor = spec.amountMinor;
            const Deal deal = ws->deals().create(ws->actor(), draft).value();
            if (spec.outcome != 0)
                (void)ws->deals().close(ws->actor(), deal.id, spec.outcome == 1 ? Outcome::Won : Outcome::Lost).value();
        }
    }
};

// How many fixture deals a predicate keeps: the expectations, computed without SQL.
template<typename Pred> int expected(Pred pred)
{
    return int(std::count_if(std::begin(Specs), std::end(Specs), pred));
}

int countShown(MainWindow &window)
{
    return window.findChild<QLabel *>(QStringLiteral("dealCountLabel")) ->text().section(QLatin1Char(' '), 0, 0).toInt();
}

} // namespace

class TestFilterBar : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void typingFiltersTheListAfterTheDelay()
    {
        Fixture f;
        MainWindow window(std::move(f.ws), nullptr, MainWindow::Persistence::Ephemeral);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        FilterBar *bar = window.filterBar();
        QVERIFY(bar);
        QCOMPARE(window.dealModel()->rowCount(), int(std::size(Specs)));

        QTest::keyClicks(bar->searchField(), QStringLiteral("helene"));
        // Nothing searched yet: the keys of a word are one search, after the delay.
        QVERIFY(window.dealModel()->filter().search.isEmpty());
        const int helene = expected([](const Spec &s) {
            return QString::fromUtf8(s.title).normalized(QString::NormalizationForm_KD).remove(QRegularExpression(
                       QStringLiteral("[^a-zA-Z ]"))).contains(QStringLiteral("Helene"), Qt::CaseInsensitive);
        });
        QCOMPARE(helene, 3);
        QTRY_COMPARE(window.dealModel()->filter().search, QStringLiteral("helene"));
        QCOMPARE(window.dealModel()->rowCount(), helene);
        QTRY_COMPARE(countShown(window), helene);

        // Cleared: every deal again.
        bar->searchField()->clear();
        QTRY_COMPARE(window.dealModel()->rowCount(), int(std::size(Specs)));
    }

    void popupCriteriaBecomeChipsThatRemoveThem()
    {
        Fixture f;
        MainWindow window(std::move(f.ws), nullptr, MainWindow::Persistence::Ephemeral);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        FilterBar *bar = window.filterBar();

        QTest::mouseClick(bar->filterButton(), Qt::LeftButton);
        FilterPopup *popup = bar->popup();
        QTRY_VERIFY(popup->isVisible());
        choose(popup->stageBox(), QStringLiteral("Won"));
        popup->minAmountEdit()->setText(QStringLiteral("2500"));
        QTest::mouseClick(popup->applyButton(), Qt::LeftButton);
        QVERIFY(!popup->isVisible());

        const DealFilter applied = window.dealModel()->filter();
        QCOMPARE(applied.group, DealFilter::Group::Won);
        QCOMPARE(applied.minAmountMinor, std::optional<qint64>(250000));
        QCOMPARE(chipNames(bar), (QStringList{QStringLiteral("amount"), QStringLiteral("group")}));
        const int wonAbove = expected([](const Spec &s) { return s.outcome == 1 && s.amountMinor >= 250000; });
        QCOMPARE(wonAbove, 2);
        QCOMPARE(window.dealModel()->rowCount(), wonAbove);
        QTRY_COMPARE(countShown(window), wonAbove);

        // The amount chip's close button: the amount goes, the group stays.
        auto *amountChip = bar->chips()->findChild<QFrame *>(QStringLiteral("filterChip-amount"));
        QVERIFY(amountChip);
        QTest::mouseClick(amountChip->findChild<QToolButton *>(QStringLiteral("chipClose")), Qt::LeftButton);
        QTRY_COMPARE(chipNames(bar), QStringList{QStringLiteral("group")});
        QVERIFY(!window.dealModel()->filter().minAmountMinor);
        const int won = expected([](const Spec &s) { return s.outcome == 1; });
        QCOMPARE(window.dealModel()->rowCount(), won);
        QTRY_COMPARE(countShown(window), won);
    }

    void aBadAmountIsShownAndNothingApplies()
    {
        Fixture f;
        MainWindow window(std::move(f.ws), nullptr, MainWindow::Persistence::Ephemeral);
        window.show();
        FilterBar *bar = window.filterBar();
        QTest::mouseClick(bar->filterButton(), Qt::LeftButton);
        bar->popup()->minAmountEdit()->setText(QStringLiteral("lots"));
        QTest::mouseClick(bar->popup()->applyButton(), Qt::LeftButton);
        QVERIFY(bar->popup()->isVisible());
        auto *error = bar->popup()->findChild<QLabel *>(QStringLiteral("filterError"));
        QVERIFY(error->isVisible());
        QVERIFY(error->text().contains(QStringLiteral("minimum amount")));
        QCOMPARE(window.dealModel()->filter(), DealFilter{});
    }

    void predefinedFiltersApplyFromTheMenu_data()
    {
        QTest::addColumn<QString>("key");
        QTest::addColumn<int>("rows");
        QTest::newRow("won") << "won" << expected([](const Spec &s) { return s.outcome == 1; });
        QTest::newRow("lost") << "lost" << expected([](const Spec &s) { return s.outcome == 2; });
        QTest::newRow("in progress") << "in_progress" << expected([](const Spec &s) { return s.outcome == 0; });
        QTest::newRow("my deals") << "my_deals" << int(std::size(Specs)); // the owner holds them all
        // No deal of the fixture has an activity: the menu entry applies, the chip shows, none match.
        QTest::newRow("my activities") << "my_activities" << 0;
    }

    void predefinedFiltersApplyFromTheMenu()
    {
        QFETCH(QString, key);
        QFETCH(int, rows);
        Fixture f;
        MainWindow window(std::move(f.ws), nullptr, MainWindow::Persistence::Ephemeral);
        window.show();
        FilterBar *bar = window.filterBar();
        QMenu *menu = bar->filtersMenuButton()->menu();
        Q_EMIT menu->aboutToShow(); // what opening it does: the menu is filled then
        auto *action = menu->findChild<QAction *>(QStringLiteral("predefined-") + key);
        QVERIFY(action);
        action->trigger();
        const auto predefined = predefinedFilterFromKey(key).value();
        DealFilter wanted = predefinedFilter(predefined, window.workspace().actor(), QDateTime());
        DealFilter got = window.dealModel()->filter();
        got.now = QDateTime();
        wanted.now = QDateTime();
        QCOMPARE(got, wanted);
        QCOMPARE(window.dealModel()->rowCount(), rows);
        QTRY_COMPARE(countShown(window), rows);
        QVERIFY(!chipNames(bar).isEmpty());
    }

    void savedFiltersAreSavedRenamedAndDeletedInTheDatabase()
    {
        Fixture f;
        MainWindow window(std::move(f.ws), nullptr, MainWindow::Persistence::Ephemeral);
        window.show();
        FilterBar *bar = window.filterBar();
        DealFilter wonAbove;
        wonAbove.group = DealFilter::Group::Won;
        wonAbove.minAmountMinor = 250000;
        bar->setFilter(wonAbove);

        auto saved = bar->saveCurrent(QStringLiteral("Big wins"));
        QVERIFY2(saved, saved ? "" : qPrintable(saved.error().message));
        SavedFilters store(window.workspace().db(), window.workspace().clock());
        auto all = store.all().value();
        QCOMPARE(all.size(), 1);
        QCOMPARE(all.first().name, QStringLiteral("Big wins"));
        QCOMPARE(store.filter(all.first())->minAmountMinor, std::optional<qint64>(250000));
        // A second one of the same name is refused; the first is left as it was.
        QVERIFY(!bar->saveCurrent(QStringLiteral("big WINS")));

        // Applied again after clearing: the same deals.
        bar->clearAll();
        QCOMPARE(window.dealModel()->rowCount(), int(std::size(Specs)));
        QVERIFY(bar->applySaved(all.first().id));
        QCOMPARE(window.dealModel()->filter().group, DealFilter::Group::Won);
        QCOMPARE(window.dealModel()->rowCount(), 2);

        QVERIFY(bar->renameSaved(all.first().id, QStringLiteral("Large won deals")));
        QCOMPARE(store.all()->first().name, QStringLiteral("Large won deals"));
        QCOMPARE(bar->savedFilters().first().name, QStringLiteral("Large won deals"));

        QVERIFY(bar->deleteSaved(all.first().id));
        QVERIFY(store.all()->isEmpty());
        QVERIFY(bar->savedFilters().isEmpty());
    }

    void anotherPipelineDropsTheStageChip()
    {
        Fixture f;
        const Pipeline main = f.ws->pipelines().defaultPipeline(f.ws->actor()).value();
        const Id other = f.ws->pipelines().create(f.ws->actor(), QStringLiteral("Service"))->id;
        MainWindow window(std::move(f.ws), nullptr, MainWindow::Persistence::Ephemeral);
        window.show();
        FilterBar *bar = window.filterBar();
        auto *selector = window.findChild<QComboBox *>(QStringLiteral("pipelineSelector"));
        QVERIFY(selector);
        selector->setCurrentIndex(selector->findText(main.name));
        DealFilter stage;
        stage.stageId = main.stages.first().id;
        bar->setFilter(stage);
        QCOMPARE(chipNames(bar), QStringList{QStringLiteral("stage")});
        QCOMPARE(window.dealModel()->filter().pipelineId, std::optional<Id>(main.id));

        selector->setCurrentIndex(selector->findText(QStringLiteral("Service")));
        QCOMPARE(window.dealModel()->filter().pipelineId, std::optional<Id>(other));
        QVERIFY(chipNames(bar).isEmpty());
        QVERIFY(!bar->filter().stageId);
    }
};

QTEST_MAIN(TestFilterBar)
#include "tst_filterbar.moc"
