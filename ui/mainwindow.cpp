// SPDX-License-Identifier: GPL-3.0-or-later
#include "mainwindow.h"

#include "binmodel.h"
#include "boardmodel.h"
#include "dealdetailsdialog.h"
#include "dealeditor.h"
#include "dealformat.h"
#include "deallistmodel.h"
#include "dealtableview.h"
#include "filterbar.h"
#include "kanbanview.h"
#include "activityboardmodel.h"
#include "calendarmodel.h"
#include "pipelinelistmodel.h"
#include "recentdatabases.h"
#include "reminderwindow.h"
#include "settingsdialog.h"
#include "workspace.h"

#include <QCloseEvent>
#include <QComboBox>
#include <QDir>
#include <QFileInfo>
#include <QLabel>
#include <QMessageBox>
#include <QSettings>
#include <QStackedWidget>
#include <QStatusBar>
#include <QUndoStack>

namespace comptoir {

namespace {

const QString GeometryKey = QStringLiteral("window/geometry");
const QString StateKey = QStringLiteral("window/state");
const QString HeaderKey = QStringLiteral("list/header");
const QString SortColumnKey = QStringLiteral("list/sortColumn");
const QString SortDescendingKey = QStringLiteral("list/sortDescending");
const QString ListView = QStringLiteral("list");
const QString KanbanViewName = QStringLiteral("kanban");

Error ioError(const QString &message)
{
    return Error { Error::Code::Io, message, {}, {} };
}

} // namespace

MainWindow::MainWindow(std::unique_ptr<Workspace> workspace, QWidget *parent,
                       Persistence persistence)
    : QMainWindow(parent)
    , m_workspace(std::move(workspace))
    , m_persistence(persistence)
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowIcon(QIcon(QStringLiteral(":/icons/comptoir.svg")));

    m_views = new QStackedWidget(this);
    m_views->setObjectName(QStringLiteral("views"));
    m_table = new DealTableView(m_views);
    m_views->addWidget(m_table);
    setCentralWidget(m_views);
    connect(m_table, &DealTableView::dealActivated, this, &MainWindow::showDeal);
    // The first paint of the list is the first paint of the window that matters.
    m_table->viewport()->installEventFilter(this);
    m_undoStack = new QUndoStack(this);
    m_kanban = new KanbanView(m_views);
    m_views->addWidget(m_kanban);
    connect(m_kanban, &KanbanView::dealActivated, this, &MainWindow::showDeal);

    // Totals sum every shown deal in SQL: computed after the window is on screen, once per
    // burst of changes.
    m_totalsTimer.setSingleShot(true);
    m_totalsTimer.setInterval(0);
    connect(&m_totalsTimer, &QTimer::timeout, this, &MainWindow::refreshStatus);

    createActions();
    createMenus();
    createToolBar();
    createFilterBar();
    createListWidgets();
    createActivityViews();
    createStatusBar();
    createReminders();
    attachWorkspace();
    restoreSettings();
    rememberDatabase();
    updateRecentMenu();
}

MainWindow::~MainWindow()
{
    // The models and undo commands refer to the workspace: they go first.
    m_undoStack->clear();
    delete m_reminderWindow;
    delete m_activityModel;
    delete m_calendarModel;
    delete m_boardModel;
    delete m_binModel;
    delete m_dealModel;
    delete m_pipelineModel;
}

QString MainWindow::lastDatabasePath()
{
    return recentdatabases::last();
}

QStringList MainWindow::recentDatabasePaths()
{
    return recentdatabases::list();
}

QStringList MainWindow::viewNames()
{
    return { KanbanViewName, ListView, QStringLiteral("bin"), QStringLiteral("activities"), QStringLiteral("calendar") };
}

void MainWindow::attachWorkspace()
{
    DealListModel *oldDeals = m_dealModel;
    PipelineListModel *oldPipelines = m_pipelineModel;
    const QByteArray header = oldDeals ? m_table->saveHeaderState() : QByteArray();

    DealSort sort = oldDeals ? oldDeals->currentSort() : DealSort {};
    if (!oldDeals && m_persistence == Persistence::Remember) {
        const QSettings settings(QStringLiteral("Comptoir"), QStringLiteral("Comptoir"));
        const QString key = settings.value(SortColumnKey).toString();
        if (const auto column = dealColumnFromKey(key)) {
            sort.column = *column;
            sort.descending = settings.value(SortDescendingKey, true).toBool();
        } else if (const auto field = CustomField::idFromKey(key)) {
            // A field deleted since: the model falls back to the default order.
            sort.customFieldId = *field;
            sort.descending = settings.value(SortDescendingKey, true).toBool();
        }
    }
    m_dealModel = new DealListModel(*m_workspace, DealFilter {}, sort, this);
    m_pipelineModel = new PipelineListModel(*m_workspace, this);
    // Queued: a read error surfaces while the view paints, where no dialog may open.
    connect(m_dealModel, &DealListModel::errorOccurred, this, &MainWindow::showError,
            Qt::QueuedConnection);
    connect(m_pipelineModel, &PipelineListModel::errorOccurred, this, &MainWindow::showError,
            Qt::QueuedConnection);
    connect(m_dealModel, &DealListModel::snapshotChanged, this, &MainWindow::updateCount);
    connect(m_dealModel, &DealListModel::snapshotChanged, this, &MainWindow::scheduleTotals);
    // A list counted on a worker: "Counting…" until its count and totals arrive.
    connect(m_dealModel, &DealListModel::countingChanged, this, &MainWindow::updateCount);
    connect(m_dealModel, &DealListModel::countingChanged, this, &MainWindow::scheduleTotals);

    // The selector keeps its pipeline when the pipelines change, or falls back to all of them.
    connect(m_pipelineModel, &QAbstractItemModel::modelAboutToBeReset, this,
            [this] { m_pipelineSelector->blockSignals(true); });
    connect(m_pipelineModel, &QAbstractItemModel::modelReset, this, [this] {
        m_pipelineSelector->setCurrentIndex(
            m_pipelineModel->rowOf(m_dealModel->filter().pipelineId));
        m_pipelineSelector->blockSignals(false);
        pipelineChosen(m_pipelineSelector->currentIndex());
    });

    {
        const QSignalBlocker blocker(m_pipelineSelector);
        m_pipelineSelector->setModel(m_pipelineModel);
        m_pipelineSelector->setCurrentIndex(0);
    }
    m_table->setDealModel(m_dealModel);
    if (!header.isEmpty())
        m_table->restoreHeaderState(header);
    delete oldDeals;
    delete oldPipelines;

    attachBoard();
    attachFilterBar();
    attachListWidgets();
    attachActivityViews();
    attachReminders();
    updateTitle();
    updateCount();
    scheduleTotals();
}

// The board of the chosen pipeline (the default one while "all pipelines" is chosen), on a
// new workspace with an empty undo history: commands refer to the workspace they ran on.
void MainWindow::attachBoard()
{
    std::optional<Id> pipeline = m_dealModel->filter().pipelineId;
    if (!pipeline) {
        if (auto fallback = m_workspace->pipelines().defaultPipeline(m_workspace->actor()))
            pipeline = fallback->id;
    }
    if (m_boardModel && &m_boardModel->workspace() == m_workspace.get()) {
        m_boardModel->setPipeline(pipeline.value_or(0));
        m_boardModel->setFilter(m_dealModel->filter()); // the board follows the shared filter
        return;
    }
    m_undoStack->clear();
    BoardModel *old = m_boardModel;
    m_boardModel = new BoardModel(*m_workspace, pipeline.value_or(0), this);
    m_boardModel->setFilter(m_dealModel->filter());
    m_boardModel->setUndoStack(m_undoStack);
    // The board follows the shared filter whoever changes it (equal filters cost nothing).
    connect(m_dealModel, &DealListModel::snapshotChanged, m_boardModel,
            [this] { m_boardModel->setFilter(m_dealModel->filter()); });
    connect(m_boardModel, &BoardModel::errorOccurred, this, &MainWindow::showError,
            Qt::QueuedConnection);
    m_kanban->setModel(m_boardModel);
    delete old;
}

Status MainWindow::openDatabase(const QString &path, OpenMode mode)
{
    const QFileInfo info(path);
    const QString shown = QDir::toNativeSeparators(info.absoluteFilePath());
    if (info.absoluteFilePath() == QFileInfo(m_workspace->db().path()).absoluteFilePath())
        return {}; // already the open one; a second connection would only fight for the lock
    if (mode == OpenMode::Existing && !info.exists())
        return ioError(tr("The file %1 does not exist.").arg(shown));
    if (mode == OpenMode::Create && info.exists())
        return ioError(
            tr("%1 already exists. Choose another name, or open it with File > Open Database.")
                .arg(shown));
    auto opened = Workspace::open(info.absoluteFilePath());
    if (!opened)
        return opened.error();

    std::unique_ptr<Workspace> previous = std::exchange(m_workspace, std::move(opened).value());
    attachWorkspace();
    previous
        .reset(); // only now: the old models referred to it until attachWorkspace() replaced them
    rememberDatabase();
    updateRecentMenu();
    Q_EMIT workspaceChanged();
    return {};
}

Status MainWindow::selectView(const QString &name)
{
    if (selectListView(name))
        return {};
    if (selectActivityView(name))
        return {};
    if (name.compare(KanbanViewName, Qt::CaseInsensitive) == 0) {
        m_kanbanAction->setChecked(true);
        m_views->setCurrentWidget(m_kanban);
        showBoardPipelineInSelector();
        return {};
    }
    if (name.compare(ListView, Qt::CaseInsensitive) == 0) {
        m_listAction->setChecked(true);
        m_views->setCurrentWidget(m_table);
        return {};
    }
    return Error::invalid(tr("Unknown view \"%1\". Valid views: %2.")
                              .arg(name, viewNames().join(QStringLiteral(", "))),
                          QStringLiteral("view"));
}

// A board shows one pipeline: while it is on screen, "all pipelines" gives way to the pipeline
// the board shows, so that the selector, the list, the status bar and the board agree.
void MainWindow::showBoardPipelineInSelector()
{
    if (m_views->currentWidget() != m_kanban || !m_boardModel || m_dealModel->filter().pipelineId)
        return;
    const int row = m_pipelineModel->rowOf(m_boardModel->pipelineId());
    if (row >= 0)
        m_pipelineSelector->setCurrentIndex(row); // pipelineChosen() follows
}

void MainWindow::pipelineChosen(int row)
{
    DealFilter filter = m_dealModel->filter();
    const std::optional<Id> pipeline = m_pipelineModel->pipelineId(row);
    if (!pipeline && m_views->currentWidget() == m_kanban && m_boardModel) {
        const int boardRow = m_pipelineModel->rowOf(m_boardModel->pipelineId());
        if (boardRow >= 0 && boardRow != row) {
            m_pipelineSelector->setCurrentIndex(boardRow);
            return;
        }
    }
    if (filter.pipelineId == pipeline)
        return;
    filter.pipelineId = pipeline;
    filter.stageId.reset(); // a stage belongs to one pipeline
    m_dealModel->setFilter(filter);
    m_filterBar->setPipeline(pipeline);
    attachBoard();
}

void MainWindow::updateCount()
{
    if (m_dealModel->isCounting()) {
        m_countLabel->setText(tr("Counting deals…"));
        return;
    }
    m_countLabel->setText(tr("%Ln deal(s)", nullptr, m_dealModel->rowCount()));
}

void MainWindow::scheduleTotals()
{
    if (m_painted)
        m_totalsTimer.start();
}

void MainWindow::refreshStatus()
{
    m_totalsTimer.stop();
    updateCount();
    if (m_dealModel->isCounting()) {
        // The worker reads the count and the totals with the ids: no scan on this thread.
        m_totalLabel->clear();
        m_totalLabel->setToolTip(QString());
        return;
    }
    const auto known = m_dealModel->knownSummary();
    const auto summary = known ? Result<DealSummary>(*known)
                               : m_workspace->query().summary(m_workspace->actor(), m_dealModel->filter());
    if (!summary) {
        m_totalLabel->setText(tr("Total unavailable"));
        m_totalLabel->setToolTip(summary.error().fullText());
        return;
    }
    m_totalLabel->setToolTip(tr("Sum of the amounts of the deals shown, per currency"));
    m_totalLabel->setText(
        summary->totals.isEmpty()
            ? QString()
            : tr("Total: %1").arg(dealformat::totals(summary->totals, m_dealModel->locale())));
}

void MainWindow::updateTitle()
{
    const QString path = m_workspace->db().path();
    setWindowFilePath(path);
    setWindowTitle(tr("%1 — Comptoir", "database file name").arg(QFileInfo(path).fileName()));
}

void MainWindow::showDeal(qint64 dealId)
{
    auto *editor = new DealEditor(*m_workspace, m_dealModel->locale(), this);
    if (const Status loaded = editor->openDeal(dealId); !loaded) {
        delete editor;
        showError(loaded.error().message);
        return;
    }
    // Window-modal: the database cannot be swapped under an open editor.
    editor->setAttribute(Qt::WA_DeleteOnClose);
    editor->open();
}

void MainWindow::newDeal()
{
    auto *editor = new DealEditor(*m_workspace, m_dealModel->locale(), this);
    const Id pipelineId = m_dealModel->filter().pipelineId.value_or(0);
    if (const Status created = editor->newDeal(pipelineId); !created) {
        delete editor;
        showError(created.error().message);
        return;
    }
    // Window-modal: the database cannot be swapped under an open editor.
    editor->setAttribute(Qt::WA_DeleteOnClose);
    editor->open();
}

void MainWindow::showSettings()
{
    SettingsDialog dialog(*m_workspace, this);
    dialog.exec();
    m_dealModel->reload();
    refreshStatus();
}

void MainWindow::showError(const QString &message)
{
    QMessageBox::warning(this, tr("Comptoir"), message);
}

void MainWindow::showAbout()
{
    QMessageBox::about(
        this, tr("About Comptoir"),
        tr("<h3>Comptoir %1</h3>"
           "<p>A desktop CRM for the deals of a small business: private, offline and instant.</p>"
           "<p>Open database: %2</p>"
           "<p>Free software under the GNU General Public License, version 3 or later.</p>")
            .arg(QStringLiteral(COMPTOIR_VERSION),
                 QDir::toNativeSeparators(m_workspace->db().path()).toHtmlEscaped()));
}

bool MainWindow::eventFilter(QObject *watched, QEvent *event)
{
    if (!m_painted && event->type() == QEvent::Paint && watched == m_table->viewport()) {
        m_painted = true;
        m_table->viewport()->removeEventFilter(this);
        // Queued, so it fires once this paint (and the flush to the screen) is done.
        QMetaObject::invokeMethod(
            this,
            [this] {
                Q_EMIT firstPainted();
                scheduleTotals();
            },
            Qt::QueuedConnection);
    }
    return QMainWindow::eventFilter(watched, event);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    saveSettings();
    event->accept();
}

void MainWindow::restoreSettings()
{
    resize(1280, 800);
    if (m_persistence != Persistence::Remember)
        return;
    const QSettings settings(QStringLiteral("Comptoir"), QStringLiteral("Comptoir"));
    restoreGeometry(settings.value(GeometryKey).toByteArray());
    restoreState(settings.value(StateKey).toByteArray());
    m_table->restoreHeaderState(settings.value(HeaderKey).toByteArray());
}

void MainWindow::saveSettings()
{
    if (m_persistence != Persistence::Remember)
        return;
    QSettings settings(QStringLiteral("Comptoir"), QStringLiteral("Comptoir"));
    settings.setValue(GeometryKey, saveGeometry());
    settings.setValue(StateKey, saveState());
    settings.setValue(HeaderKey, m_table->saveHeaderState());
    const DealSort sort = m_dealModel->currentSort();
    settings.setValue(SortColumnKey, sort.customFieldId != 0 ? CustomField::keyFor(sort.customFieldId)
                                                             : dealColumnKey(sort.column));
    settings.setValue(SortDescendingKey, sort.descending);
}

void MainWindow::rememberDatabase()
{
    if (m_persistence == Persistence::Remember)
        recentdatabases::add(m_workspace->db().path());
}

} // namespace comptoir
