// SPDX-License-Identifier: GPL-3.0-or-later
// The pipeline selector and the Kanban board agree: a board shows one pipeline, so "all
// pipelines" gives way to the board's pipeline while the board is on screen.
#include "boardmodel.h"
#include "deallistmodel.h"
#include "mainwindow.h"
#include "workspace.h"

#include <QComboBox>
#include <QTemporaryDir>
#include <QTest>

using namespace comptoir;

namespace {

struct Fixture
{
    QTemporaryDir dir;
    std::unique_ptr<MainWindow> window;
    Id defaultPipeline = 0;
    Id servicePipeline = 0;

    Fixture()
    {
        auto ws = Workspace::open(dir.filePath(QStringLiteral("board.db"))).value();
        defaultPipeline = ws->pipelines().defaultPipeline(ws->actor())->id;
        servicePipeline = ws->pipelines().create(ws->actor(), QStringLiteral("Service"))->id;
        Deal draft;
        draft.title = QStringLiteral("In the default pipeline");
        ws->deals().create(ws->actor(), draft).value();
        draft.title = QStringLiteral("In the service pipeline");
        draft.pipelineId = servicePipeline;
        draft.stageId = ws->pipelines().pipeline(ws->actor(), servicePipeline)->stages.first().id;
        ws->deals().create(ws->actor(), draft).value();
        window = std::make_unique<MainWindow>(std::move(ws), nullptr, MainWindow::Persistence::Ephemeral);
    }

    QComboBox *selector() const { return window->findChild<QComboBox *>(QStringLiteral("pipelineSelector")); }
};

} // namespace

class TestBoardPipeline : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void shouldShowTheBoardsPipelineInTheSelectorWhenTheBoardOpensOnAllPipelines()
    {
        Fixture f;
        QVERIFY(f.selector());
        QVERIFY(f.window->selectView(QStringLiteral("list")));
        QVERIFY(!f.window->dealModel()->filter().pipelineId); // all pipelines: both deals listed
        QCOMPARE(f.window->dealModel()->rowCount(), 2);

        QVERIFY(f.window->selectView(QStringLiteral("kanban")));
        QCOMPARE(f.window->boardModel()->pipelineId(), f.defaultPipeline);
        QCOMPARE(f.window->dealModel()->filter().pipelineId, std::optional<Id>(f.defaultPipeline));
        QCOMPARE(f.window->dealModel()->rowCount(), 1);
        QVERIFY(f.selector()->currentIndex() != 0);
    }

    void shouldKeepTheBoardsPipelineWhenAllPipelinesIsChosenOnTheBoard()
    {
        Fixture f;
        QVERIFY(f.window->selectView(QStringLiteral("kanban")));
        // The service pipeline, then "all pipelines" (the first entry) while the board shows.
        QComboBox *selector = f.selector();
        for (int row = 0; row < selector->count(); ++row) {
            if (selector->itemText(row) == QStringLiteral("Service"))
                selector->setCurrentIndex(row);
        }
        QCOMPARE(f.window->boardModel()->pipelineId(), f.servicePipeline);
        selector->setCurrentIndex(0);
        QCOMPARE(f.window->boardModel()->pipelineId(), f.servicePipeline);
        QCOMPARE(f.window->dealModel()->filter().pipelineId, std::optional<Id>(f.servicePipeline));
        QCOMPARE(selector->currentText(), QStringLiteral("Service"));

        // Back on the list, "all pipelines" means all of them again.
        QVERIFY(f.window->selectView(QStringLiteral("list")));
        selector->setCurrentIndex(0);
        QVERIFY(!f.window->dealModel()->filter().pipelineId);
        QCOMPARE(f.window->dealModel()->rowCount(), 2);
    }
};

QTEST_MAIN(TestBoardPipeline)
#include "tst_boardpipeline.moc"
