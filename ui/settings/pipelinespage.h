// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "entities.h"
#include "result.h"

#include <QWidget>

class QLabel;
class QListWidget;
class QPushButton;
class QSpinBox;

namespace comptoir {

class Workspace;

// Settings → Pipelines (F2): the pipelines (add, rename, reorder, make default, delete) and the
// stages of the selected one (add, rename, recolour, reorder by drag, default probability,
// delete with "move its deals to…"). Every change goes through PipelineService at once; a
// refusal (the F2 rules) is shown under the lists, in the service's words.
class PipelinesPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PipelinesPage)
public:
    explicit PipelinesPage(Workspace &workspace, QWidget *parent = nullptr);

    void reload();
    Id currentPipeline() const;
    void selectPipeline(Id pipelineId);
    QListWidget *pipelineList() const { return m_pipelines; }
    QListWidget *stageList() const { return m_stages; }
    QLabel *messageLabel() const { return m_message; }

    // The actions behind the buttons, without their questions (tests call them directly).
    Status addPipeline(const QString &name);
    Status renamePipeline(Id pipelineId, const QString &name);
    Status removePipeline(Id pipelineId);
    Status movePipeline(Id pipelineId, int position);
    Status addStage(const QString &name, StageSemantic semantic);
    Status renameStage(Id stageId, const QString &name);
    Status recolorStage(Id stageId, const QString &color);
    Status setStageProbability(Id stageId, std::optional<int> probability);
    Status moveStage(Id stageId, int position);
    Status removeStage(Id stageId, std::optional<Id> moveDealsTo = {});

private:
    void showStages();
    void stageSelected();
    Status report(const Status &status);
    const Stage *stageById(Id stageId) const;
    Id currentStage() const;
    void askAddPipeline();
    void askRenamePipeline();
    void askRemovePipeline();
    void askAddStage();
    void askRecolorStage();
    void askRemoveStage();
    void stagesReordered();

    Workspace &m_workspace;
    QList<Pipeline> m_all;
    QListWidget *m_pipelines = nullptr;
    QListWidget *m_stages = nullptr;
    QSpinBox *m_probability = nullptr;
    QLabel *m_message = nullptr;
    QPushButton *m_defaultButton = nullptr;
    bool m_filling = false;
};

} // namespace comptoir
