// SPDX-License-Identifier: GPL-3.0-or-later
#include "bulkbar.h"

#include "bulkdialogs.h"
#include "deallistmodel.h"
#include "dealtableview.h"
#include "stores.h"
#include "workspace.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QMenu>
#include <QMessageBox>
#include <QToolButton>

namespace comptoir {

namespace {

// From this many deals a bulk action shows a progress dialog with Cancel.
constexpr qint64 LargeBulk = 10000;
// Deleting more than this many asks first (it is undoable, but a slip of the mouse costs).
constexpr qint64 ConfirmDeleteFrom = 100;

} // namespace

BulkBar::BulkBar(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("bulkBar"));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(8, 2, 8, 2);
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("bulkSummary"));
    m_summary->setTextFormat(Qt::RichText);
    m_summary->setSizePolicy(QSizePolicy::MinimumExpanding, QSizePolicy::Preferred);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    connect(m_summary, &QLabel::linkActivated, this, [this](const QString &link) {
        if (link == QLatin1String("all"))
            selectAllFiltered();
        else if (m_table)
            m_table->clearSelection();
    });
    layout->addWidget(m_summary);
    layout->addStretch(1);

    auto addMenu = [this](const QString &text, const QString &name, auto fill) {
        QToolButton *button = addButton(text, name);
        auto *menu = new QMenu(button);
        connect(menu, &QMenu::aboutToShow, this, [this, menu, fill] {
            menu->clear();
            if (m_workspace)
                fill(menu);
        });
        button->setMenu(menu);
        button->setPopupMode(QToolButton::InstantPopup);
    };
    addMenu(tr("Stage"), QStringLiteral("bulkStage"), [this](QMenu *m) { fillStageMenu(m); });
    connect(addButton(tr("Pipeline…"), QStringLiteral("bulkPipeline")), &QToolButton::clicked, this,
            &BulkBar::askPipeline);
    addMenu(tr("Responsible"), QStringLiteral("bulkResponsible"), [this](QMenu *m) { fillResponsibleMenu(m); });
    addMenu(tr("Type"), QStringLiteral("bulkType"),
            [this](QMenu *m) { fillListMenu(m, lists::DealType, BulkAction::Kind::Type); });
    addMenu(tr("Source"), QStringLiteral("bulkSource"),
            [this](QMenu *m) { fillListMenu(m, lists::Source, BulkAction::Kind::Source); });
    connect(addButton(tr("Won"), QStringLiteral("bulkWon")), &QToolButton::clicked, this, [this] {
        BulkAction action;
        action.kind = BulkAction::Kind::Won;
        interactive(action);
    });
    connect(addButton(tr("Lost…"), QStringLiteral("bulkLost")), &QToolButton::clicked, this, &BulkBar::askLost);
    connect(addButton(tr("Delete"), QStringLiteral("bulkDelete")), &QToolButton::clicked, this,
            &BulkBar::confirmDelete);
    updateSummary();
}

QToolButton *BulkBar::addButton(const QString &text, const QString &objectName)
{
    auto *button = new QToolButton(this);
    button->setObjectName(objectName);
    button->setText(text);
    button->setAutoRaise(true);
    button->setToolButtonStyle(Qt::ToolButtonTextOnly);
    layout()->addWidget(button);
    return button;
}

void BulkBar::attach(Workspace *workspace, DealTableView *table, QUndoStack *stack)
{
    if (m_table) {
        disconnect(m_table, nullptr, this, nullptr);
        if (m_table->selectionModel())
            disconnect(m_table->selectionModel(), nullptr, this, nullptr);
    }
    m_workspace = workspace;
    m_table = table;
    m_stack = stack;
    m_allFiltered = false;
    if (table && table->selectionModel()) {
        connect(table->selectionModel(), &QItemSelectionModel::selectionChanged, this, [this] {
            if (!m_selecting)
                m_allFiltered = false;
            updateSummary();
        });
    }
    if (table && table->dealModel()) {
        // A new snapshot (another filter, a reload): "all filtered" means the new count.
        connect(table->dealModel(), &DealListModel::snapshotChanged, this, &BulkBar::updateSummary);
        connect(table->dealModel(), &QAbstractItemModel::modelReset, this, &BulkBar::updateSummary);
        connect(table->dealModel(), &DealListModel::countingChanged, this, &BulkBar::updateSummary);
    }
    updateSummary();
}

qint64 BulkBar::selectedCount() const
{
    if (!m_table || !m_table->selectionModel() || !m_table->dealModel())
        return 0;
    if (m_allFiltered) {
        const qint64 total = filteredTotal();
        return total >= 0 ? total : m_table->dealModel()->rowCount();
    }
    // Ranges of whole rows: their heights add up without listing a million indexes.
    qint64 rows = 0;
    for (const QItemSelectionRange &range : m_table->selectionModel()->selection())
        rows += range.height();
    return rows;
}

BulkTarget BulkBar::target() const
{
    if (!m_table || !m_table->dealModel())
        return BulkTarget::ids({});
    DealListModel *model = m_table->dealModel();
    // Every row selected is the whole list, unless the list is still being counted: its rows
    // are then only the first deals found, and the selection is just those.
    if (m_allFiltered
        || (!model->isCounting() && model->rowCount() > 0 && selectedCount() >= model->rowCount()))
        return BulkTarget::matching(model->filter());
    QVector<Id> ids;
    for (const QItemSelectionRange &range : m_table->selectionModel()->selection()) {
        for (int row = range.top(); row <= range.bottom(); ++row)
            ids << model->dealId(row);
    }
    std::sort(ids.begin(), ids.end());
    ids.erase(std::unique(ids.begin(), ids.end()), ids.end());
    return BulkTarget::ids(ids);
}

void BulkBar::selectAllFiltered()
{
    if (!m_table)
        return;
    m_selecting = true;
    m_table->selectAll();
    m_selecting = false;
    m_allFiltered = true;
    updateSummary();
}

qint64 BulkBar::filteredTotal() const
{
    const DealListModel *model = m_table ? m_table->dealModel() : nullptr;
    if (!model)
        return 0;
    if (!model->isCounting())
        return model->rowCount();
    const auto summary = model->knownSummary();
    return summary ? summary->count : -1;
}

void BulkBar::updateSummary()
{
    // A reset of the list (another filter, a reload) drops the selection without a signal.
    if (m_allFiltered && m_table && m_table->selectionModel() && !m_table->selectionModel()->hasSelection())
        m_allFiltered = false;
    const qint64 count = selectedCount();
    const qint64 total = filteredTotal();
    const int n = int(std::min<qint64>(count, std::numeric_limits<int>::max()));
    const int all = int(std::min<qint64>(total, std::numeric_limits<int>::max()));
    if (total < 0 && count > 0) {
        // Still counting: no number yet for the whole list.
        m_summary->setText(m_allFiltered
                               ? tr("All filtered deals are selected (still counting).")
                                     + QStringLiteral(" <a href=\"clear\">%1</a>").arg(tr("Clear selection"))
                               : tr("%Ln deal(s) selected.", nullptr, n)
                                     + QStringLiteral(" <a href=\"all\">%1</a>").arg(tr("Select all filtered deals")));
    } else if (count > 0 && count >= total) {
        m_summary->setText(tr("All %Ln filtered deal(s) are selected.", nullptr, all)
                           + QStringLiteral(" <a href=\"clear\">%1</a>").arg(tr("Clear selection")));
    } else if (count > 0) {
        m_summary->setText(tr("%Ln deal(s) selected.", nullptr, n)
                           + QStringLiteral(" <a href=\"all\">%1</a>")
                                 .arg(tr("Select all %Ln filtered deal(s)", nullptr, all)));
    } else {
        m_summary->clear();
    }
    m_summary->setMinimumWidth(m_summary->sizeHint().width()); // the toolbar never shrinks the text
    const bool active = count > 0;
    if (active != m_active) {
        m_active = active;
        Q_EMIT activeChanged(active);
    }
}

Result<qint64> BulkBar::run(BulkAction action)
{
    if (!m_workspace || !m_table)
        return Error::invalid(tr("There is no list to act on."));
    const qint64 count = selectedCount();
    if (count == 0)
        return qint64(0);
    BulkHooks hooks;
    hooks.progress = ChunkProgress(window(), BulkCommand::describe(action, count), LargeBulk);
    const QPointer<BulkBar> self(this);
    hooks.changed = [self] {
        if (self)
            Q_EMIT self->dealsChanged();
    };
    hooks.failed = [self](const Error &error) {
        if (self)
            Q_EMIT self->errorOccurred(error.message);
    };
    const BulkTarget chosen = target();
    return BulkCommand::execute(*m_workspace, action, chosen, m_stack, std::move(hooks));
}

void BulkBar::interactive(const BulkAction &action)
{
    auto done = run(action);
    if (!done && done.error().code != Error::Code::Conflict)
        Q_EMIT errorOccurred(done.error().message);
}

void BulkBar::fillStageMenu(QMenu *menu)
{
    auto pipelines = PipelineStore(m_workspace->db()).all();
    if (!pipelines)
        return;
    // The pipeline the list shows (0: all of them, one submenu each).
    const Id shown = m_table && m_table->dealModel() ? m_table->dealModel()->filter().pipelineId.value_or(0) : 0;
    for (const Pipeline &pipeline : *pipelines) {
        if (shown != 0 && shown != pipeline.id)
            continue;
        QMenu *into = shown != 0 || pipelines->size() == 1 ? menu : menu->addMenu(pipeline.name);
        for (const Stage &stage : pipeline.stages) {
            connect(into->addAction(stage.name), &QAction::triggered, this, [this, stage] {
                BulkAction action;
                action.kind = BulkAction::Kind::Stage;
                action.id = stage.id;
                action.label = stage.name;
                interactive(action);
            });
        }
    }
}

void BulkBar::fillResponsibleMenu(QMenu *menu)
{
    auto users = UserStore(m_workspace->db()).all();
    if (!users)
        return;
    for (const User &user : *users) {
        if (!user.active)
            continue;
        connect(menu->addAction(user.name), &QAction::triggered, this, [this, user] {
            BulkAction action;
            action.kind = BulkAction::Kind::Responsible;
            action.id = user.id;
            action.label = user.name;
            interactive(action);
        });
    }
}

void BulkBar::fillListMenu(QMenu *menu, const QString &list, BulkAction::Kind kind)
{
    auto items = ListStore(m_workspace->db()).items(list);
    if (!items)
        return;
    auto add = [this, menu, kind](const QString &text, const QString &code) {
        connect(menu->addAction(text), &QAction::triggered, this, [this, kind, text, code] {
            BulkAction action;
            action.kind = kind;
            action.code = code;
            action.label = text;
            interactive(action);
        });
    };
    for (const ListItem &item : *items)
        add(item.name, item.code);
    menu->addSeparator();
    add(tr("(none)"), QString());
}

void BulkBar::askPipeline()
{
    if (!m_workspace || selectedCount() == 0)
        return;
    PipelineTargetDialog dialog(*m_workspace, selectedCount(), window());
    if (dialog.exec() != QDialog::Accepted || dialog.stageId() == 0)
        return;
    BulkAction action;
    action.kind = BulkAction::Kind::Pipeline;
    action.id = dialog.stageId();
    action.label = dialog.pipelineName();
    interactive(action);
}

void BulkBar::askLost()
{
    if (!m_workspace || selectedCount() == 0)
        return;
    LostReasonDialog dialog(*m_workspace, selectedCount(), window());
    if (dialog.exec() != QDialog::Accepted)
        return;
    BulkAction action;
    action.kind = BulkAction::Kind::Lost;
    action.code = dialog.reasonCode();
    action.note = dialog.note();
    interactive(action);
}

void BulkBar::confirmDelete()
{
    const qint64 count = selectedCount();
    if (count == 0)
        return;
    if (count > ConfirmDeleteFrom
        && QMessageBox::question(window(), tr("Delete Deals"),
                                 tr("Move %Ln deal(s) to the recycle bin? Edit > Undo brings them back.", nullptr,
                                    int(std::min<qint64>(count, std::numeric_limits<int>::max()))))
               != QMessageBox::Yes)
        return;
    BulkAction action;
    action.kind = BulkAction::Kind::Delete;
    interactive(action);
}

} // namespace comptoir
