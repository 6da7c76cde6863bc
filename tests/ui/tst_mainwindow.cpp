// SPDX-License-Identifier: GPL-3.0-or-later
#include "boardmodel.h"
#include "dealeditor.h"
#include "deallistmodel.h"
#include "mainwindow.h"
#include "money.h"
#include "screenshot.h"
#include "workspace.h"

#include <QAction>
#include <QComboBox>
#include <QHeaderView>
#include <QLabel>
#include <QSet>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

using namespace comptoir;

namespace {

// A database with deals in two pipelines.
struct Fixture
{
    QTemporaryDir dir;
    QString path;
    std::unique_ptr<Workspace> ws;
    Id servicePipeline = 0;
    QList<Deal> deals;
    qint64 total = 0;

    explicit Fixture(const QString &name = QStringLiteral("window.db"))
        : path(dir.filePath(name))
    {
        ws = Workspace::open(path).value();
        servicePipeline = ws->pipelines().create(ws->actor(), QStringLiteral("Service"))->id;
        const Id serviceStage
            = ws->pipelines().pipeline(ws->actor(), servicePipeline)->stages.first().id;
        for (int i = 0; i < 12; ++i) {
            Deal draft;
            draft.title = QStringLiteral("Deal number %1").arg(i);
            draft.amountMinor = 1000 + 2500 * ((i * 7) % 12);
            if (i % 3 == 0) {
                draft.pipelineId = servicePipeline;
                draft.stageId = serviceStage;
            }
            deals << ws->deals().create(ws->actor(), draft).value();
            total += draft.amountMinor;
        }
    }

    int dealsIn(Id pipelineId) const
    {
        return int(std::count_if(deals.cbegin(), deals.cend(),
                                 [&](const Deal &d) { return d.pipelineId == pipelineId; }));
    }
};

QTableView *tableOf(MainWindow &window)
{
    return window.findChild<QTableView *>(QStringLiteral("dealTable"));
}

QString countText(MainWindow &window)
{
    return window.findChild<QLabel *>(QStringLiteral("dealCountLabel"))->text();
}

void clickHeader(QTableView *table, int column)
{
    QHeaderView *header = table->horizontalHeader();
    const QPoint centre(header->sectionViewportPosition(column) + header->sectionSize(column) / 2,
                        header->height() / 2);
    QTest::mouseClick(header->viewport(), Qt::LeftButton, {}, centre);
}

QList<qint64> amountsShown(QTableView *table)
{
    QList<qint64> amounts;
    for (int row = 0; row < table->model()->rowCount(); ++row)
        amounts << table->model()->index(row, 0).data(DealListModel::AmountMinorRole).toLongLong();
    return amounts;
}

} // namespace

class TestMainWindow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        // QSettings and recent databases go to a test location, never the user's.
        QStandardPaths::setTestModeEnabled(true);
    }

    void shouldShowTheDealsOfTheDatabaseWithCountAndTotal()
    {
        Fixture f;
        MainWindow window(std::move(f.ws), nullptr, MainWindow::Persistence::Ephemeral);
        QSignalSpy painted(&window, &MainWindow::firstPainted);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QTRY_COMPARE(painted.count(), 1);

        QTableView *table = tableOf(window);
        QVERIFY(table);
        QCOMPARE(table->model()->rowCount(), f.deals.size());
        QCOMPARE(countText(window).section(QLatin1Char(' '), 0, 0),
                 QString::number(f.deals.size()));
        auto *totalLabel = window.findChild<QLabel *>(QStringLiteral("dealTotalLabel"));
        QTRY_VERIFY(
            totalLabel->text().contains(money::format(f.total, QStringLiteral("EUR"), QLocale())));
        QVERIFY(window.windowTitle().contains(QStringLiteral("window.db")));
        QCOMPARE(painted.count(), 1); // once only, however often it repaints
    }

    void shouldFilterTheTableByThePipelineChosen()
    {
        Fixture f;
        const Id service = f.servicePipeline;
        const int inService = f.dealsIn(service);
        MainWindow window(std::move(f.ws), nullptr, MainWindow::Persistence::Ephemeral);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));

        auto *selector = window.findChild<QComboBox *>(QStringLiteral("pipelineSelector"));
        QVERIFY(selector);
        QCOMPARE(selector->count(), 3); // all, the default pipeline, Service
        QCOMPARE(selector->currentIndex(), 0);
        selector->setCurrentIndex(selector->findText(QStringLiteral("Service")));

        QTableView *table = tableOf(window);
        QCOMPARE(table->model()->rowCount(), inService);
        for (int row = 0; row < table->model()->rowCount(); ++row)
            QCOMPARE(table->model()->index(row, DealListModel::PipelineColumn).data().toString(),
                     QStringLiteral("Service"));
        QCOMPARE(countText(window).section(QLatin1Char(' '), 0, 0), QString::number(inService));

        selector->setCurrentIndex(0);
        QCOMPARE(table->model()->rowCount(), f.deals.size());
    }

    void shouldSortInTheModelWhenAHeaderIsClicked()
    {
        Fixture f;
        MainWindow window(std::move(f.ws), nullptr, MainWindow::Persistence::Ephemeral);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QTableView *table = tableOf(window);

        clickHeader(table, DealListModel::AmountColumn); // biggest first on a first click
        QList<qint64> expected = amountsShown(table);
        std::sort(expected.begin(), expected.end(), std::greater<>());
        QCOMPARE(amountsShown(table), expected);
        QCOMPARE(window.dealModel()->currentSort().column, DealColumn::Amount);

        clickHeader(table, DealListModel::AmountColumn);
        std::reverse(expected.begin(), expected.end());
        QCOMPARE(amountsShown(table), expected);
        QCOMPARE(window.dealModel()->currentSort().descending, false);
    }

    void shouldRenderAWindowThatIsNotBlank()
    {
        Fixture f;
        MainWindow window(std::move(f.ws), nullptr, MainWindow::Persistence::Ephemeral);
        window.resize(1024, 640);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        const QImage image = window.grab().toImage();
        QCOMPARE(image.size(), QSize(1024, 640) * image.devicePixelRatio());
        // Text, stage pills and the toolbar make many colours; a blank or single-colour window does
        // not.
        QSet<QRgb> colours;
        for (int y = 0; y < image.height(); y += 3)
            for (int x = 0; x < image.width(); x += 3)
                colours.insert(image.pixel(x, y));
        QVERIFY2(colours.size() > 20, qPrintable(QString::number(colours.size())));
    }

    void shouldOpenTheEditorOnTheDealActivated()
    {
        Fixture f;
        MainWindow window(std::move(f.ws), nullptr, MainWindow::Persistence::Ephemeral);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QTableView *table = tableOf(window);
        table->setFocus();
        table->setCurrentIndex(table->model()->index(0, DealListModel::TitleColumn));
        const QString title = table->currentIndex().data().toString();
        QTest::keyClick(table, Qt::Key_Return);

        DealEditor *editor = nullptr;
        QTRY_VERIFY((editor = window.findChild<DealEditor *>(QStringLiteral("dealEditor"))));
        QTRY_VERIFY(editor->isVisible());
        QCOMPARE(editor->findChild<QLabel *>(QStringLiteral("editorTitle"))->text(), title);
        QVERIFY(editor->historyList()->topLevelItemCount() >= 1);
        QCOMPARE(editor->historyList()->topLevelItem(0)->text(2).isEmpty(), false);
        editor->close();
    }

    void shouldOfferTheListAndKanbanViews()
    {
        Fixture f;
        MainWindow window(std::move(f.ws), nullptr, MainWindow::Persistence::Ephemeral);
        auto *list = window.findChild<QAction *>(QStringLiteral("listViewAction"));
        QVERIFY(list && list->isEnabled() && list->isChecked());
        auto *kanbanAction = window.findChild<QAction *>(QStringLiteral("kanbanViewAction"));
        QVERIFY(kanbanAction && kanbanAction->isEnabled());
        for (const char *name : { "activitiesViewAction", "calendarViewAction" }) {
            auto *action = window.findChild<QAction *>(QString::fromLatin1(name));
            QVERIFY(action);
            QVERIFY(action->isEnabled());
        }
        QVERIFY(window.selectView(QStringLiteral("list")));
        QVERIFY(window.selectView(QStringLiteral("kanban")));
        QVERIFY(kanbanAction->isChecked());
        QVERIFY(window.selectView(QStringLiteral("activities")));
        QVERIFY(window.findChild<QAction *>(QStringLiteral("activitiesViewAction"))->isChecked());
        QVERIFY(window.selectView(QStringLiteral("calendar")));
        const Status gantt = window.selectView(QStringLiteral("gantt"));
        QVERIFY(!gantt);
        QVERIFY(gantt.error().message.contains(QStringLiteral("kanban, list")));
    }

    void shouldOpenAnotherDatabaseAndRememberIt()
    {
        Fixture first(QStringLiteral("first.db"));
        Fixture second(QStringLiteral("second.db"));
        const int secondCount = second.deals.size();
        second.ws.reset(); // closed, so that the window can open it
        Deal extra;
        extra.title = QStringLiteral("Only in the first");
        QVERIFY(first.ws->deals().create(first.ws->actor(), extra));

        MainWindow window(std::move(first.ws));
        QCOMPARE(MainWindow::lastDatabasePath(), QFileInfo(first.path).absoluteFilePath());
        QCOMPARE(window.dealModel()->rowCount(), first.deals.size() + 1);
        QSignalSpy changed(&window, &MainWindow::workspaceChanged);

        const Status missing
            = window.openDatabase(first.dir.filePath(QStringLiteral("missing.db")));
        QVERIFY(!missing);
        QVERIFY(missing.error().message.contains(QStringLiteral("missing.db")));
        QVERIFY(!QFileInfo::exists(first.dir.filePath(QStringLiteral("missing.db"))));
        QCOMPARE(changed.count(), 0);

        QVERIFY(window.openDatabase(second.path));
        QCOMPARE(changed.count(), 1);
        QCOMPARE(window.dealModel()->rowCount(), secondCount);
        QCOMPARE(countText(window).section(QLatin1Char(' '), 0, 0), QString::number(secondCount));
        QVERIFY(window.windowTitle().contains(QStringLiteral("second.db")));
        QCOMPARE(MainWindow::lastDatabasePath(), QFileInfo(second.path).absoluteFilePath());
        QCOMPARE(MainWindow::recentDatabasePaths().mid(0, 2),
                 (QStringList { QFileInfo(second.path).absoluteFilePath(),
                                QFileInfo(first.path).absoluteFilePath() }));

        const Status created = window.openDatabase(second.dir.filePath(QStringLiteral("new.db")),
                                                   MainWindow::OpenMode::Create);
        QVERIFY2(created, qPrintable(created ? QString() : created.error().fullText()));
        QCOMPARE(window.dealModel()->rowCount(), 0);
        QVERIFY(!window.openDatabase(second.path,
                                     MainWindow::OpenMode::Create)); // never replaces a file
    }

    void shouldWriteAScreenshotOfTheListView()
    {
        Fixture f;
        const QString png = f.dir.filePath(QStringLiteral("list.png"));
        const Status written
            = renderScreenshot(std::move(f.ws), QStringLiteral("list"), QSize(900, 600), png);
        QVERIFY2(written, qPrintable(written ? QString() : written.error().fullText()));
        const QImage image(png);
        QVERIFY(!image.isNull());
        QCOMPARE(image.size() / image.devicePixelRatio(), QSize(900, 600));

        const Status unknown
            = renderScreenshot(Workspace::open(f.dir.filePath(QStringLiteral("other.db"))).value(),
                               QStringLiteral("gantt"), QSize(900, 600), png);
        QVERIFY(!unknown);
        QCOMPARE(unknown.error().code, Error::Code::Invalid);
        QVERIFY(unknown.error().message.contains(QStringLiteral("list")));
    }

    void shouldUndoAndRedoABoardMoveFromTheEditMenu()
    {
        Fixture f;
        const Id dealId = f.deals.at(1).id; // in the default pipeline, on its first stage
        const Id firstStage = f.deals.at(1).stageId;
        MainWindow window(std::move(f.ws), nullptr, MainWindow::Persistence::Ephemeral);
        QVERIFY(window.selectView(QStringLiteral("kanban")));
        BoardModel *board = window.boardModel();
        const Id nextStage = board->stageId(board->index(1, 0));
        QVERIFY(board->moveDeals({ dealId }, nextStage));

        auto *undo = window.findChild<QAction *>(QStringLiteral("undoAction"));
        auto *redo = window.findChild<QAction *>(QStringLiteral("redoAction"));
        QVERIFY(undo && redo && undo->isEnabled());
        QCOMPARE(undo->shortcut(), QKeySequence(QKeySequence::Undo));
        QVERIFY(redo->shortcuts().contains(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z)));
        Workspace &ws = window.workspace();
        undo->trigger();
        QCOMPARE(ws.deals().get(ws.actor(), dealId)->stageId, firstStage);
        redo->trigger();
        QCOMPARE(ws.deals().get(ws.actor(), dealId)->stageId, nextStage);
    }

    void shouldShowTheBoardOfThePipelineChosen()
    {
        Fixture f;
        const Id service = f.servicePipeline;
        MainWindow window(std::move(f.ws), nullptr, MainWindow::Persistence::Ephemeral);
        auto *selector = window.findChild<QComboBox *>(QStringLiteral("pipelineSelector"));
        for (int row = 0; row < selector->count(); ++row) {
            if (selector->itemText(row) == QStringLiteral("Service"))
                selector->setCurrentIndex(row);
        }
        QCOMPARE(window.boardModel()->pipelineId(), service);
        qint64 onBoard = 0;
        for (int c = 0; c < window.boardModel()->rowCount(); ++c)
            onBoard += window.boardModel()->index(c, 0).data(BoardModel::CountRole).toLongLong();
        QCOMPARE(onBoard, 4); // deals 0, 3, 6 and 9
    }

    void shouldWriteAScreenshotOfTheKanbanView()
    {
        Fixture f;
        const QString png = f.dir.filePath(QStringLiteral("kanban.png"));
        const Status written
            = renderScreenshot(std::move(f.ws), QStringLiteral("kanban"), QSize(1200, 700), png);
        QVERIFY2(written, qPrintable(written ? QString() : written.error().fullText()));
        const QImage image(png);
        QVERIFY(!image.isNull());
        QCOMPARE(image.size() / image.devicePixelRatio(), QSize(1200, 700));
        // More than a blank window: the columns and cards bring many colours.
        QSet<QRgb> colours;
        for (int y = 0; y < image.height(); y += 7) {
            for (int x = 0; x < image.width(); x += 7)
                colours.insert(image.pixel(x, y));
        }
        QVERIFY(colours.size() > 20);
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
