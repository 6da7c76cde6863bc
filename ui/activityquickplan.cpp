// SPDX-License-Identifier: GPL-3.0-or-later
#include "activityquickplan.h"

#include "activityservice.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace comptoir {

ActivityQuickPlan::ActivityQuickPlan(bool askTitle, const QString &where, QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(askTitle ? tr("New deal with an activity") : tr("Plan an activity"));
    auto *layout = new QVBoxLayout(this);
    auto *hint = new QLabel(tr("Due: %1. Keys 1–5 choose the type.").arg(where), this);
    hint->setWordWrap(true);
    layout->addWidget(hint);
    auto *form = new QFormLayout;
    if (askTitle) {
        m_title = new QLineEdit(this);
        m_title->setPlaceholderText(tr("Deal title"));
        form->addRow(tr("&Deal:"), m_title);
    }
    m_type = new QComboBox(this);
    for (ActivityType t : {ActivityType::Call, ActivityType::Meeting, ActivityType::Task, ActivityType::Email,
                           ActivityType::Todo})
        m_type->addItem(QStringLiteral("%1  %2").arg(m_type->count() + 1).arg(ActivityService::typeName(t)), int(t));
    form->addRow(tr("&Type:"), m_type);
    m_subject = new QLineEdit(this);
    m_subject->setPlaceholderText(tr("What to do"));
    form->addRow(tr("&Subject:"), m_subject);
    layout->addLayout(form);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_ok = buttons->button(QDialogButtonBox::Ok);
    m_ok->setText(tr("Plan"));
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_subject, &QLineEdit::textChanged, this, &ActivityQuickPlan::updateOk);
    if (m_title)
        connect(m_title, &QLineEdit::textChanged, this, &ActivityQuickPlan::updateOk);
    updateOk();
    (m_title ? m_title : m_subject)->setFocus();
}

void ActivityQuickPlan::updateOk()
{
    m_ok->setEnabled(!m_subject->text().trimmed().isEmpty() && (!m_title || !m_title->text().trimmed().isEmpty()));
}

void ActivityQuickPlan::keyPressEvent(QKeyEvent *event)
{
    // Alt+1..5 anywhere, or 1..5 while the type box has focus, pick the type.
    const int key = event->key();
    if (key >= Qt::Key_1 && key <= Qt::Key_5 && (m_type->hasFocus() || (event->modifiers() & Qt::AltModifier))) {
        m_type->setCurrentIndex(key - Qt::Key_1);
        event->accept();
        return;
    }
    QDialog::keyPressEvent(event);
}

QuickPlanAnswer ActivityQuickPlan::answer() const
{
    return {m_title ? m_title->text().trimmed() : QString(), ActivityType(m_type->currentData().toInt()),
            m_subject->text().trimmed()};
}

std::optional<QuickPlanAnswer> ActivityQuickPlan::ask(QWidget *parent, bool askTitle, const QString &where)
{
    ActivityQuickPlan dialog(askTitle, where, parent);
    if (dialog.exec() != QDialog::Accepted)
        return std::nullopt;
    return dialog.answer();
}

} // namespace comptoir
