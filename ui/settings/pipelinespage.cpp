// SPDX-License-Identifier: GPL-3.0-or-later
#include "pipelinespage.h"

#include "dealformat.h"
#include "stores.h"
#include "workspace.h"

#include <QAbstractItemModel>
#include <QColorDialog>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QLabel>
#include <QListWidget>
#include <QMessageBox>
#include <QPainter>
#include <QLineEdit>
#include <QPushButton>
#include <QScopedValueRollback>
#include <QSpinBox>
#include <QVBoxLayout>

namespace comptoir {

namespace {

constexpr int IdRole = Qt::UserRole + 1;

QIcon swatch(const QString &color)
{
    QPixmap pixmap(14, 14);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(QColor(color).darker(130));
    painter.setBrush(QColor(color));
    painter.drawRoundedRect(QRectF(0.5, 0.5, 13, 13), 3, 3);
    return QIcon(pixmap);
}

QPushButton *button(const QString &text, const QString &objectName, QWidget *parent)
{
    auto *b = new QPushButton(text, parent);
    b->setObjectName(objectName);
    return b;
}

} // namespace

PipelinesPage::PipelinesPage(Workspace &workspace, QWidget *parent)
    : QWidget(parent)
    , m_workspace(workspace)
{
    setObjectName(QStringLiteral("pipelinesPage"));
    m_pipelines = new QListWidget(this);
    m_pipelines->setObjectName(QStringLiteral("pipelineList"));
    m_stages = new QListWidget(this);
    m_stages->setObjectName(QStringLiteral("stageList"));
    m_stages->setDragDropMode(QAbstractItemView::InternalMove);
    m_stages->setDefaultDropAction(Qt::MoveAction);
    m_stages->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed);
    m_stages->setToolTip(tr("Drag a stage in progress to reorder it; double-click or F2 renames it"));
    m_probability = new QSpinBox(this);
    m_probability->setObjectName(QStringLiteral("stageProbability"));
    m_probability->setRange(-1, 100);
    m_probability->setSpecialValueText(tr("none"));
    m_probability->setSuffix(QStringLiteral(" %"));
    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("settingsMessage"));
    m_message->setWordWrap(true);
    m_message->setStyleSheet(QStringLiteral("color: #8e2a1f;"));

    auto *addPipelineButton = button(tr("&Add…"), QStringLiteral("addPipelineButton"), this);
    auto *renamePipelineButton = button(tr("Re&name…"), QStringLiteral("renamePipelineButton"), this);
    auto *upButton = button(tr("Move &up"), QStringLiteral("pipelineUpButton"), this);
    auto *downButton = button(tr("Move do&wn"), QStringLiteral("pipelineDownButton"), this);
    m_defaultButton = button(tr("Make de&fault"), QStringLiteral("defaultPipelineButton"), this);
    auto *removePipelineButton = button(tr("&Delete…"), QStringLiteral("removePipelineButton"), this);
    auto *addStageButton = button(tr("Add &stage…"), QStringLiteral("addStageButton"), this);
    auto *colorButton = button(tr("&Colour…"), QStringLiteral("stageColorButton"), this);
    auto *removeStageButton = button(tr("Delete s&tage…"), QStringLiteral("removeStageButton"), this);

    connect(addPipelineButton, &QPushButton::clicked, this, &PipelinesPage::askAddPipeline);
    connect(renamePipelineButton, &QPushButton::clicked, this, &PipelinesPage::askRenamePipeline);
    connect(removePipelineButton, &QPushButton::clicked, this, &PipelinesPage::askRemovePipeline);
    connect(upButton, &QPushButton::clicked, this, [this] {
        (void)movePipeline(currentPipeline(), m_pipelines->currentRow() - 1);
    });
    connect(downButton, &QPushButton::clicked, this, [this] {
        (void)movePipeline(currentPipeline(), m_pipelines->currentRow() + 1);
    });
    connect(m_defaultButton, &QPushButton::clicked, this, [this] {
        const Id id = currentPipeline();
        if (report(m_workspace.pipelines().setDefault(m_workspace.actor(), id)))
            selectPipeline(id);
    });
    connect(addStageButton, &QPushButton::clicked, this, &PipelinesPage::askAddStage);
    connect(colorButton, &QPushButton::clicked, this, &PipelinesPage::askRecolorStage);
    connect(removeStageButton, &QPushButton::clicked, this, &PipelinesPage::askRemoveStage);
    connect(m_pipelines, &QListWidget::currentRowChanged, this, [this] {
        if (!m_filling)
            showStages();
    });
    connect(m_stages, &QListWidget::currentRowChanged, this, &PipelinesPage::stageSelected);
    connect(m_stages, &QListWidget::itemChanged, this, [this](QListWidgetItem *item) {
        if (m_filling)
            return;
        const Id id = item->data(IdRole).toLongLong();
        const Stage *stage = stageById(id);
        if (stage && item->text() != stage->name)
            (void)renameStage(id, item->text());
    });
    connect(m_stages->model(), &QAbstractItemModel::rowsMoved, this, &PipelinesPage::stagesReordered);
    connect(m_probability, &QSpinBox::editingFinished, this, [this] {
        const Id id = currentStage();
        const Stage *stage = stageById(id);
        const std::optional<int> value = m_probability->value() < 0 ? std::nullopt
                                                                    : std::optional<int>(m_probability->value());
        if (stage && stage->probability != value)
            (void)setStageProbability(id, value);
    });

    auto *pipelineButtons = new QVBoxLayout;
    for (QPushButton *b : {addPipelineButton, renamePipelineButton, upButton, downButton, m_defaultButton,
                           removePipelineButton})
        pipelineButtons->addWidget(b);
    pipelineButtons->addStretch(1);
    auto *stageButtons = new QVBoxLayout;
    for (QPushButton *b : {addStageButton, colorButton, removeStageButton})
        stageButtons->addWidget(b);
    auto *probabilityLabel = new QLabel(tr("Default &probability:"), this);
    probabilityLabel->setBuddy(m_probability);
    stageButtons->addSpacing(8);
    stageButtons->addWidget(probabilityLabel);
    stageButtons->addWidget(m_probability);
    stageButtons->addStretch(1);

    auto *grid = new QGridLayout(this);
    grid->addWidget(new QLabel(tr("Pipelines"), this), 0, 0);
    grid->addWidget(new QLabel(tr("Stages of the selected pipeline"), this), 0, 2);
    grid->addWidget(m_pipelines, 1, 0);
    grid->addLayout(pipelineButtons, 1, 1);
    grid->addWidget(m_stages, 1, 2);
    grid->addLayout(stageButtons, 1, 3);
    grid->addWidget(m_message, 2, 0, 1, 4);
    grid->setColumnStretch(0, 2);
    grid->setColumnStretch(2, 3);
    reload();
}

Status PipelinesPage::report(const Status &status)
{
    m_message->setText(status ? QString() : status.error().message);
    return status;
}

void PipelinesPage::reload()
{
    const Id keep = currentPipeline();
    auto all = m_workspace.pipelines().pipelines(m_workspace.actor());
    if (!all) {
        m_message->setText(all.error().message);
        return;
    }
    m_all = *all;
    {
        const QScopedValueRollback<bool> filling(m_filling, true);
        m_pipelines->clear();
        for (const Pipeline &pipeline : std::as_const(m_all)) {
            auto *item = new QListWidgetItem(pipeline.isDefault ? tr("%1 (default)").arg(pipeline.name) : pipeline.name,
                                             m_pipelines);
            item->setData(IdRole, pipeline.id);
        }
    }
    selectPipeline(keep ? keep : (m_all.isEmpty() ? 0 : m_all.first().id));
}

Id PipelinesPage::currentPipeline() const
{
    const QListWidgetItem *item = m_pipelines ? m_pipelines->currentItem() : nullptr;
    return item ? item->data(IdRole).toLongLong() : 0;
}

void PipelinesPage::selectPipeline(Id pipelineId)
{
    for (int row = 0; row < m_pipelines->count(); ++row) {
        if (m_pipelines->item(row)->data(IdRole).toLongLong() == pipelineId) {
            const QScopedValueRollback<bool> filling(m_filling, true);
            m_pipelines->setCurrentRow(row);
        }
    }
    showStages();
}

void PipelinesPage::showStages()
{
    const Id pipelineId = currentPipeline();
    const Id keep = currentStage();
    const QScopedValueRollback<bool> filling(m_filling, true);
    m_stages->clear();
    for (const Pipeline &pipeline : std::as_const(m_all)) {
        if (pipeline.id != pipelineId)
            continue;
        m_defaultButton->setEnabled(!pipeline.isDefault);
        for (const Stage &stage : pipeline.stages) {
            auto *item = new QListWidgetItem(swatch(stage.color), stage.name, m_stages);
            item->setData(IdRole, stage.id);
            QString tip = dealformat::semanticText(stage.semantic);
            if (stage.probability)
                tip = tr("%1 · %2 %", "semantic · probability").arg(tip).arg(*stage.probability);
            item->setToolTip(tip);
            Qt::ItemFlags flags = Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsEditable;
            // Only stages in progress move; won and lost stay at the end.
            if (stage.semantic == StageSemantic::Process)
                flags |= Qt::ItemIsDragEnabled;
            item->setFlags(flags);
            if (stage.isClosed())
                item->setForeground(QColor(stage.semantic == StageSemantic::Success ? "#1e7d4f" : "#8e2a1f"));
            if (stage.id == keep)
                m_stages->setCurrentItem(item);
        }
    }
    if (!m_stages->currentItem() && m_stages->count() > 0)
        m_stages->setCurrentRow(0);
    stageSelected();
}

const Stage *PipelinesPage::stageById(Id stageId) const
{
    for (const Pipeline &pipeline : m_all) {
        if (const Stage *stage = pipeline.stage(stageId))
            return stage;
    }
    return nullptr;
}

Id PipelinesPage::currentStage() const
{
    const QListWidgetItem *item = m_stages ? m_stages->currentItem() : nullptr;
    return item ? item->data(IdRole).toLongLong() : 0;
}

void PipelinesPage::stageSelected()
{
    const Stage *stage = stageById(currentStage());
    const QSignalBlocker blocker(m_probability);
    m_probability->setEnabled(stage != nullptr);
    m_probability->setValue(stage && stage->probability ? *stage->probability : -1);
}

Status PipelinesPage::addPipeline(const QString &name)
{
    auto created = m_workspace.pipelines().create(m_workspace.actor(), name);
    if (!created)
        return report(created.error());
    (void)report({});
    reload();
    selectPipeline(created->id);
    return {};
}

Status PipelinesPage::renamePipeline(Id pipelineId, const QString &name)
{
    const Status status = report(m_workspace.pipelines().rename(m_workspace.actor(), pipelineId, name));
    reload();
    return status;
}

Status PipelinesPage::removePipeline(Id pipelineId)
{
    const Status status = report(m_workspace.pipelines().remove(m_workspace.actor(), pipelineId));
    if (status) {
        const QScopedValueRollback<bool> filling(m_filling, true);
        m_pipelines->setCurrentRow(-1);
    }
    reload();
    return status;
}

Status PipelinesPage::movePipeline(Id pipelineId, int position)
{
    const Status status = report(m_workspace.pipelines().movePipeline(m_workspace.actor(), pipelineId, position));
    reload();
    return status;
}

Status PipelinesPage::addStage(const QString &name, StageSemantic semantic)
{
    auto added = m_workspace.pipelines().addStage(m_workspace.actor(), currentPipeline(), name, semantic);
    if (!added)
        return report(added.error());
    (void)report({});
    reload();
    for (int row = 0; row < m_stages->count(); ++row) {
        if (m_stages->item(row)->data(IdRole).toLongLong() == added->id)
            m_stages->setCurrentRow(row);
    }
    return {};
}

Status PipelinesPage::renameStage(Id stageId, const QString &name)
{
    const Stage *stage = stageById(stageId);
    if (!stage)
        return report(Error::notFound(tr("That stage does not exist any more.")));
    Stage changed = *stage;
    changed.name = name.trimmed();
    const Status status = report(m_workspace.pipelines().updateStage(m_workspace.actor(), changed));
    reload();
    return status;
}

Status PipelinesPage::recolorStage(Id stageId, const QString &color)
{
    const Stage *stage = stageById(stageId);
    if (!stage)
        return report(Error::notFound(tr("That stage does not exist any more.")));
    Stage changed = *stage;
    changed.color = color;
    const Status status = report(m_workspace.pipelines().updateStage(m_workspace.actor(), changed));
    reload();
    return status;
}

Status PipelinesPage::setStageProbability(Id stageId, std::optional<int> probability)
{
    const Stage *stage = stageById(stageId);
    if (!stage)
        return report(Error::notFound(tr("That stage does not exist any more.")));
    Stage changed = *stage;
    changed.probability = probability;
    const Status status = report(m_workspace.pipelines().updateStage(m_workspace.actor(), changed));
    reload();
    return status;
}

Status PipelinesPage::moveStage(Id stageId, int position)
{
    const Status status = report(m_workspace.pipelines().moveStage(m_workspace.actor(), stageId, position));
    reload();
    return status;
}

Status PipelinesPage::removeStage(Id stageId, std::optional<Id> moveDealsTo)
{
    const Status status = report(m_workspace.pipelines().removeStage(m_workspace.actor(), stageId, moveDealsTo));
    reload();
    return status;
}

void PipelinesPage::stagesReordered()
{
    if (m_filling)
        return;
    const Id moved = currentStage();
    int position = 0;
    for (int row = 0; row < m_stages->count(); ++row) {
        const Id id = m_stages->item(row)->data(IdRole).toLongLong();
        if (id == moved)
            break;
        const Stage *stage = stageById(id);
        if (stage && stage->semantic == StageSemantic::Process)
            ++position;
    }
    int processCount = 0;
    if (const Stage *stage = stageById(moved)) {
        for (const Pipeline &pipeline : std::as_const(m_all)) {
            if (pipeline.id == stage->pipelineId)
                for (const Stage &s : pipeline.stages)
                    processCount += s.semantic == StageSemantic::Process ? 1 : 0;
        }
    }
    // Deferred: the list is still inside its drop when rowsMoved arrives.
    QMetaObject::invokeMethod(this, [this, moved, position = std::min(position, std::max(0, processCount - 1))] {
        (void)moveStage(moved, position);
    }, Qt::QueuedConnection);
}

void PipelinesPage::askAddPipeline()
{
    bool ok = false;
    const QString name = QInputDialog::getText(this, tr("New Pipeline"), tr("Name of the pipeline:"),
                                               QLineEdit::Normal, QString(), &ok);
    if (ok)
        (void)addPipeline(name);
}

void PipelinesPage::askRenamePipeline()
{
    const Id id = currentPipeline();
    QString current;
    for (const Pipeline &p : std::as_const(m_all)) {
        if (p.id == id)
            current = p.name;
    }
    bool ok = false;
    const QString name = QInputDialog::getText(this, tr("Rename Pipeline"), tr("New name:"), QLineEdit::Normal,
                                               current, &ok);
    if (ok && id)
        (void)renamePipeline(id, name);
}

void PipelinesPage::askRemovePipeline()
{
    const Id id = currentPipeline();
    if (!id)
        return;
    if (QMessageBox::question(this, tr("Delete Pipeline"), tr("Delete the pipeline “%1” and its stages?")
                                                               .arg(m_pipelines->currentItem()->text()))
        == QMessageBox::Yes)
        (void)removePipeline(id);
}

void PipelinesPage::askAddStage()
{
    const QStringList kinds { tr("In progress"), tr("Lost") };
    bool ok = false;
    const QString name = QInputDialog::getText(this, tr("New Stage"), tr("Name of the stage:"), QLineEdit::Normal,
                                               QString(), &ok);
    if (!ok)
        return;
    const QString kind = QInputDialog::getItem(this, tr("New Stage"), tr("The stage is:"), kinds, 0, false, &ok);
    if (ok)
        (void)addStage(name, kind == kinds.last() ? StageSemantic::Failure : StageSemantic::Process);
}

void PipelinesPage::askRecolorStage()
{
    const Stage *stage = stageById(currentStage());
    if (!stage)
        return;
    const Id id = stage->id;
    const QColor color = QColorDialog::getColor(QColor(stage->color), this, tr("Colour of “%1”").arg(stage->name));
    if (color.isValid())
        (void)recolorStage(id, color.name());
}

void PipelinesPage::askRemoveStage()
{
    const Stage *stage = stageById(currentStage());
    if (!stage)
        return;
    const Stage doomed = *stage;
    const auto count = PipelineStore(m_workspace.db()).dealCountInStage(doomed.id);
    std::optional<Id> target;
    if (count && *count > 0) {
        // A stage holding deals goes only when the user says where they go (F2).
        QStringList names;
        QList<Id> ids;
        for (const Pipeline &pipeline : std::as_const(m_all)) {
            if (pipeline.id != doomed.pipelineId)
                continue;
            for (const Stage &s : pipeline.stages) {
                if (s.id != doomed.id) {
                    names << s.name;
                    ids << s.id;
                }
            }
        }
        bool ok = false;
        const QString chosen = QInputDialog::getItem(
            this, tr("Delete Stage"),
            tr("“%1” holds %n deal(s). Move them to:", nullptr, int(*count)).arg(doomed.name), names, 0, false, &ok);
        if (!ok)
            return;
        target = ids.value(int(names.indexOf(chosen)));
    } else if (QMessageBox::question(this, tr("Delete Stage"), tr("Delete the stage “%1”?").arg(doomed.name))
               != QMessageBox::Yes) {
        return;
    }
    (void)removeStage(doomed.id, target);
}

} // namespace comptoir
