// SPDX-License-Identifier: GPL-3.0-or-later
// The status bar while a search is counted on a worker: "Counting deals…" and no total as
// soon as the list shows the search's first deals, then the count and the total the worker
// read with the ids. The fixture is small, so the list is told to treat it as a large one.
#include "deallistmodel.h"
#include "filterbar.h"
#include "mainwindow.h"
#include "workspace.h"

#include <QLabel>
#include <QLineEdit>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace comptoir;

namespace {

constexpr int Matching = DealListModel::SearchHeadRows + 50;

struct Fixture
{
    QTemporaryDir dir;
    std::unique_ptr<Workspace> ws;

    Fixture()
    {
        ws = Workspace::open(dir.filePath(QStringLiteral("count.db"))).value();
        for (int i = 0; i < Matching; ++i) {
            Deal draft;
            draft.title = QStringLiteral("Alpha %1").arg(i);
            draft.amountMinor = 100; // 1.00 each
            (void)ws->deals().create(ws->actor(), draft).value();
            draft.title = QStringLiteral("Other %1").arg(i);
            (void)ws->deals().create(ws->actor(), draft).value();
        }
    }
};

// "356 deal(s)" without a translation loaded, "356 deals" with one.
int shownCount(const QLabel *label)
{
    return label->text().section(QLatin1Char(' '), 0, 0).toInt();
}

} // namespace

class TestStatusCount : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void theStatusBarCountsASearchWhileItsFirstDealsShow()
    {
        Fixture f;
        MainWindow window(std::move(f.ws), nullptr, MainWindow::Persistence::Ephemeral);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        DealListModel *model = window.dealModel();
        model->setSynchronousLimit(0);
        model->setHeadBudget(600000); // the head always reaches its limit, however loaded the machine
        DealHeadLimits walk; // a walk that stops at its first page: the worker counts the rest
        walk.sortWhole = 0;
        model->setHeadLimits(walk);
        auto *count = window.findChild<QLabel *>(QStringLiteral("dealCountLabel"));
        auto *total = window.findChild<QLabel *>(QStringLiteral("dealTotalLabel"));
        QVERIFY(count && total);
        QTRY_COMPARE(shownCount(count), Matching * 2);

        // What the status bar says the moment the worker starts (this runs after the window's
        // own slots), and the rows the list shows then.
        QString countWhileCounting, totalWhileCounting;
        int rowsWhileCounting = -1;
        connect(model, &DealListModel::countingChanged, this, [&](bool counting) {
            if (!counting)
                return;
            countWhileCounting = count->text();
            totalWhileCounting = total->text();
            rowsWhileCounting = model->rowCount();
        });
        window.filterBar()->searchField()->setText(QStringLiteral("alpha"));
        QTRY_COMPARE(rowsWhileCounting, DealListModel::SearchHeadRows);
        QCOMPARE(countWhileCounting, QStringLiteral("Counting deals…"));
        QVERIFY(totalWhileCounting.isEmpty());

        QTRY_VERIFY(!model->isCounting());
        QCOMPARE(model->rowCount(), Matching);
        QTRY_COMPARE(shownCount(count), Matching);
        // The total the worker added up: 1.00 per deal.
        QTRY_VERIFY(total->text().contains(QString::number(Matching)));
    }
};

QTEST_MAIN(TestStatusCount)
#include "tst_statuscount.moc"
