// SPDX-License-Identifier: GPL-3.0-or-later
#include "bulkdialogs.h"

#include "stores.h"
#include "workspace.h"

#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QProgressDialog>
#include <QPushButton>
#include <QVBoxLayout>

namespace comptoir {

namespace {

QDialogButtonBox *okCancel(QDialog *dialog, const QString &okText)
{
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, dialog);
    buttons->button(QDialogButtonBox::Ok)->setText(okText);
    QObject::connect(buttons, &QDialogButtonBox::accepted, dialog, &QDialog::accept);
    QObject::connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    return buttons;
}

} // namespace

LostReasonDialog::LostReasonDialog(Workspace &workspace, qint64 count, QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("lostReasonDialog"));
    setWindowTitle(tr("Close as Lost"));
    m_reason = new QComboBox(this);
    m_reason->setObjectName(QStringLiteral("lostReason"));
    m_reason->addItem(tr("(no reason)"), QString());
    if (auto reasons = ListStore(workspace.db()).items(lists::LostReason)) {
        for (const ListItem &item : *reasons)
            m_reason->addItem(item.name, item.code);
    }
    m_note = new QLineEdit(this);
    m_note->setObjectName(QStringLiteral("lostNote"));
    m_note->setPlaceholderText(tr("Optional"));

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(new QLabel(tr("Close %Ln deal(s) as lost.", nullptr, int(count)), this));
    auto *form = new QFormLayout;
    form->addRow(tr("&Reason:"), m_reason);
    form->addRow(tr("&Note:"), m_note);
    layout->addLayout(form);
    layout->addWidget(okCancel(this, tr("Close as Lost")));
}

QString LostReasonDialog::reasonCode() const
{
    return m_reason->currentData().toString();
}

QString LostReasonDialog::note() const
{
    return m_note->text().trimmed();
}

PipelineTargetDialog::PipelineTargetDialog(Workspace &workspace, qint64 count, QWidget *parent)
    : QDialog(parent)
    , m_workspace(workspace)
{
    setObjectName(QStringLiteral("pipelineTargetDialog"));
    setWindowTitle(tr("Move to Pipeline"));
    m_pipeline = new QComboBox(this);
    m_pipeline->setObjectName(QStringLiteral("targetPipeline"));
    m_stage = new QComboBox(this);
    m_stage->setObjectName(QStringLiteral("targetStage"));
    if (auto pipelines = PipelineStore(workspace.db()).all()) {
        for (const Pipeline &pipeline : *pipelines)
            m_pipeline->addItem(pipeline.name, pipeline.id);
    }
    connect(m_pipeline, &QComboBox::currentIndexChanged, this, &PipelineTargetDialog::fillStages);
    fillStages();

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(new QLabel(tr("Move %Ln deal(s) to another pipeline.", nullptr, int(count)), this));
    auto *form = new QFormLayout;
    form->addRow(tr("&Pipeline:"), m_pipeline);
    form->addRow(tr("&Stage:"), m_stage);
    layout->addLayout(form);
    layout->addWidget(okCancel(this, tr("Move")));
}

void PipelineTargetDialog::fillStages()
{
    m_stage->clear();
    auto pipeline = PipelineStore(m_workspace.db()).byId(m_pipeline->currentData().value<Id>());
    if (!pipeline)
        return;
    for (const Stage &stage : pipeline->stages)
        m_stage->addItem(stage.name, stage.id);
}

Id PipelineTargetDialog::stageId() const
{
    return m_stage->currentData().value<Id>();
}

QString PipelineTargetDialog::pipelineName() const
{
    return m_pipeline->currentText();
}

struct ChunkProgress::State
{
    QPointer<QWidget> parent;
    QString label;
    qint64 showFrom = 0;
    QPointer<QProgressDialog> dialog;
    ~State() { delete dialog.data(); }
};

ChunkProgress::ChunkProgress(QWidget *parent, const QString &label, qint64 showFrom)
    : m_state(std::make_shared<State>())
{
    m_state->parent = parent;
    m_state->label = label;
    m_state->showFrom = showFrom;
}

bool ChunkProgress::operator()(qint64 done, qint64 total)
{
    State &s = *m_state;
    if (total < s.showFrom)
        return true;
    if (!s.dialog) {
        s.dialog = new QProgressDialog(s.label, QApplication::translate("ChunkProgress", "Cancel"), 0, 1000, s.parent);
        s.dialog->setObjectName(QStringLiteral("chunkProgress"));
        s.dialog->setWindowModality(Qt::WindowModal);
        s.dialog->setMinimumDuration(0);
        s.dialog->setAutoClose(false);
        s.dialog->setAutoReset(false);
    }
    s.dialog->setValue(total > 0 ? int(done * 1000 / total) : 0);
    s.dialog->setLabelText(QApplication::translate("ChunkProgress", "%1 (%2 of %3)")
                               .arg(s.label, QLocale().toString(done), QLocale().toString(total)));
    QApplication::processEvents(); // repaint, and let Cancel be clicked
    const bool go = !s.dialog->wasCanceled();
    if (done >= total || !go) {
        s.dialog->hide();
        s.dialog->deleteLater();
        s.dialog = nullptr;
    }
    return go;
}

} // namespace comptoir
