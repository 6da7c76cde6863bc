// SPDX-License-Identifier: GPL-3.0-or-later
#include "closedealdialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QPlainTextEdit>
#include <QRadioButton>
#include <QVBoxLayout>

namespace comptoir {

CloseDealDialog::CloseDealDialog(const Pipeline &pipeline, const QList<ListItem> &lostReasons, QWidget *parent)
    : QDialog(parent)
    , m_pipeline(pipeline)
{
    setObjectName(QStringLiteral("closeDealDialog"));
    setWindowTitle(tr("Close Deal"));

    m_won = new QRadioButton(tr("&Won"), this);
    m_won->setObjectName(QStringLiteral("wonChoice"));
    m_lost = new QRadioButton(tr("&Lost"), this);
    m_lost->setObjectName(QStringLiteral("lostChoice"));
    m_won->setChecked(true);

    m_failureStage = new QComboBox(this);
    m_failureStage->setObjectName(QStringLiteral("failureStage"));
    for (const Stage &stage : pipeline.stages) {
        if (stage.semantic == StageSemantic::Failure)
            m_failureStage->addItem(stage.name, stage.id);
    }
    m_reason = new QComboBox(this);
    m_reason->setObjectName(QStringLiteral("lostReason"));
    m_reason->addItem(tr("(no reason)"), QString());
    for (const ListItem &item : lostReasons)
        m_reason->addItem(item.name, item.code);
    m_note = new QPlainTextEdit(this);
    m_note->setObjectName(QStringLiteral("lostNote"));
    m_note->setTabChangesFocus(true);
    m_note->setPlaceholderText(tr("What happened, for next time"));
    m_note->setFixedHeight(m_note->fontMetrics().lineSpacing() * 4 + 12);

    auto *form = new QFormLayout;
    form->addRow(m_won);
    form->addRow(m_lost);
    if (m_failureStage->count() > 1)
        form->addRow(tr("Lost &stage:"), m_failureStage);
    else
        m_failureStage->hide();
    form->addRow(tr("&Reason:"), m_reason);
    form->addRow(tr("&Note:"), m_note);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(buttons);

    connect(m_lost, &QRadioButton::toggled, this, &CloseDealDialog::updateEnabled);
    updateEnabled();
    resize(420, sizeHint().height());
}

void CloseDealDialog::updateEnabled()
{
    const bool lost = m_lost->isChecked();
    m_failureStage->setEnabled(lost);
    m_reason->setEnabled(lost);
    m_note->setEnabled(lost);
}

bool CloseDealDialog::won() const
{
    return m_won->isChecked();
}

Id CloseDealDialog::stageId() const
{
    if (won()) {
        const Stage *success = m_pipeline.successStage();
        return success ? success->id : 0;
    }
    return m_failureStage->currentData().toLongLong();
}

QString CloseDealDialog::reasonCode() const
{
    return won() ? QString() : m_reason->currentData().toString();
}

QString CloseDealDialog::note() const
{
    return won() ? QString() : m_note->toPlainText().trimmed();
}

} // namespace comptoir
