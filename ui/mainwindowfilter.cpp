// SPDX-License-Identifier: GPL-3.0-or-later
// The filter bar in MainWindow: on a row of its own under the toolbar, shared by every view.
#include "mainwindow.h"

#include "boardmodel.h"
#include "deallistmodel.h"
#include "filterbar.h"
#include "workspace.h"

#include <QAction>
#include <QToolBar>

namespace comptoir {

namespace {
constexpr int BoardSearchDelayMs = 150;
} // namespace

void MainWindow::createFilterBar()
{
    m_filterBar = new FilterBar(this);
    auto *row = new QToolBar(tr("Filters"), this);
    row->setObjectName(QStringLiteral("filterToolBar"));
    row->setMovable(false);
    row->setFloatable(false);
    row->toggleViewAction()->setVisible(false);
    row->addWidget(m_filterBar);
    addToolBarBreak();
    addToolBar(row);
    connect(m_filterBar, &FilterBar::filterChanged, this, &MainWindow::applyFilter);
    m_boardSearchTimer.setSingleShot(true);
    m_boardSearchTimer.setInterval(BoardSearchDelayMs);
    connect(&m_boardSearchTimer, &QTimer::timeout, this, [this] {
        if (m_boardModel)
            m_boardModel->setFilter(m_dealModel->filter()); // it keeps its own pipeline
    });
    connect(m_filterBar, &FilterBar::errorOccurred, this, &MainWindow::showError);

    auto *find = new QAction(tr("&Find"), this);
    find->setObjectName(QStringLiteral("findAction"));
    find->setShortcut(QKeySequence::Find);
    connect(find, &QAction::triggered, m_filterBar, &FilterBar::focusSearch);
    addAction(find);
}

void MainWindow::attachFilterBar()
{
    m_filterBar->setWorkspace(m_workspace.get());
    m_filterBar->setPipeline(m_dealModel->filter().pipelineId);
}

// The bar's criteria with the toolbar's pipeline, to the list and the board. Each keystroke
// of a search reaches the list at once; the board gets the text once the typing pauses.
void MainWindow::applyFilter(const DealFilter &filter)
{
    DealFilter f = filter;
    f.pipelineId = m_dealModel->filter().pipelineId;
    DealFilter sameSearch = m_dealModel->filter();
    sameSearch.search = f.search;
    const bool onlySearch = sameSearch == f;
    m_dealModel->setFilter(f);
    if (onlySearch) {
        m_boardSearchTimer.start();
        return;
    }
    m_boardSearchTimer.stop();
    if (m_boardModel)
        m_boardModel->setFilter(f); // it keeps its own pipeline
}

} // namespace comptoir
