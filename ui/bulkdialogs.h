// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "bulkcommands.h"

#include <QDialog>
#include <functional>
#include <optional>

class QComboBox;
class QLineEdit;
class QProgressDialog;
class QWidget;

namespace comptoir {

class Workspace;

// Closing deals as lost: the reason (from the editable list, optional) and a note.
class LostReasonDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LostReasonDialog)
public:
    LostReasonDialog(Workspace &workspace, qint64 count, QWidget *parent = nullptr);
    QString reasonCode() const;
    QString note() const;

private:
    QComboBox *m_reason = nullptr;
    QLineEdit *m_note = nullptr;
};

// Moving deals to another pipeline: the pipeline, then the stage of it they land on (F2).
class PipelineTargetDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PipelineTargetDialog)
public:
    PipelineTargetDialog(Workspace &workspace, qint64 count, QWidget *parent = nullptr);
    Id stageId() const;
    QString pipelineName() const;

private:
    void fillStages();
    Workspace &m_workspace;
    QComboBox *m_pipeline = nullptr;
    QComboBox *m_stage = nullptr;
};

// The progress of a long bulk action or export: a modal dialog with Cancel, shown only when
// the job is large; between chunks it lets the window repaint. Copies share one dialog, so it
// can be handed around as a std::function.
class ChunkProgress final
{
public:
    ChunkProgress(QWidget *parent, const QString &label, qint64 showFrom);
    bool operator()(qint64 done, qint64 total);

private:
    struct State;
    std::shared_ptr<State> m_state;
};

} // namespace comptoir
