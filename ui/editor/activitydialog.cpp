// SPDX-License-Identifier: GPL-3.0-or-later
#include "activitydialog.h"

#include "activityservice.h"
#include "stores.h"
#include "workspace.h"

#include <QComboBox>
#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace comptoir {

ActivityDialog::ActivityDialog(Workspace &workspace, const Activity &draft, QWidget *parent)
    : QDialog(parent)
    , m_draft(draft)
{
    setObjectName(QStringLiteral("activityDialog"));
    setWindowTitle(draft.id ? tr("Edit Activity") : tr("Plan Activity"));

    m_type = new QComboBox(this);
    m_type->setObjectName(QStringLiteral("activityType"));
    for (ActivityType type : {ActivityType::Call, ActivityType::Meeting, ActivityType::Task, ActivityType::Email,
                              ActivityType::Todo})
        m_type->addItem(ActivityService::typeName(type), int(type));
    m_type->setCurrentIndex(m_type->findData(int(draft.type)));
    m_subject = new QLineEdit(draft.subject, this);
    m_subject->setObjectName(QStringLiteral("activitySubject"));
    m_description = new QPlainTextEdit(draft.description, this);
    m_description->setObjectName(QStringLiteral("activityDescription"));
    m_description->setTabChangesFocus(true);
    m_description->setFixedHeight(m_description->fontMetrics().lineSpacing() * 4 + 12);
    m_deadline = new QDateTimeEdit(this);
    m_deadline->setObjectName(QStringLiteral("activityDeadline"));
    m_deadline->setCalendarPopup(true);
    m_deadline->setTimeSpec(Qt::LocalTime);
    m_deadline->setDisplayFormat(locale().dateTimeFormat(QLocale::ShortFormat));
    QDateTime deadline = draft.deadline;
    if (!deadline.isValid()) {
        const auto proposed = workspace.activities().defaultDeadline();
        deadline = proposed ? *proposed : workspace.clock().now().addDays(1);
    }
    m_deadline->setDateTime(deadline.toLocalTime());
    m_duration = new QSpinBox(this);
    m_duration->setObjectName(QStringLiteral("activityDuration"));
    m_duration->setRange(5, 24 * 60);
    m_duration->setSingleStep(15);
    m_duration->setSuffix(tr(" min"));
    m_duration->setValue(draft.durationMinutes.value_or(60));
    m_responsible = new QComboBox(this);
    m_responsible->setObjectName(QStringLiteral("activityResponsible"));
    if (const auto users = UserStore(workspace.db()).all()) {
        for (const User &user : *users) {
            if (user.active)
                m_responsible->addItem(user.name, user.id);
        }
    }
    const Id responsible = draft.responsibleId ? draft.responsibleId : workspace.actor().userId;
    m_responsible->setCurrentIndex(std::max(0, m_responsible->findData(responsible)));
    m_reminder = new QComboBox(this);
    m_reminder->setObjectName(QStringLiteral("activityReminder"));
    QList<std::optional<int>> reminders = reminderChoices();
    if (!reminders.contains(draft.reminderMinutes)) // an offset typed on the command line
        reminders.append(draft.reminderMinutes);
    for (const std::optional<int> &minutes : std::as_const(reminders))
        m_reminder->addItem(ActivityService::reminderText(minutes), minutes ? QVariant(*minutes) : QVariant());
    m_reminder->setCurrentIndex(int(reminders.indexOf(draft.reminderMinutes)));
    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("activityError"));
    m_error->setStyleSheet(QStringLiteral("color: #c0392b;"));
    m_error->hide();

    auto *form = new QFormLayout;
    form->addRow(tr("&Type:"), m_type);
    form->addRow(tr("&Subject:"), m_subject);
    form->addRow(tr("&Deadline:"), m_deadline);
    m_durationLabel = new QLabel(tr("D&uration:"), this);
    m_durationLabel->setBuddy(m_duration);
    form->addRow(m_durationLabel, m_duration);
    form->addRow(tr("&Responsible:"), m_responsible);
    form->addRow(tr("Re&minder:"), m_reminder);
    form->addRow(tr("D&escription:"), m_description);
    form->addRow(m_error);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(draft.id ? tr("Save") : tr("Plan"));
    connect(buttons, &QDialogButtonBox::accepted, this, &ActivityDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(buttons);
    connect(m_type, &QComboBox::currentIndexChanged, this, &ActivityDialog::typeChanged);
    typeChanged();
    resize(460, sizeHint().height());
}

void ActivityDialog::typeChanged()
{
    const bool meeting = ActivityType(m_type->currentData().toInt()) == ActivityType::Meeting;
    m_duration->setVisible(meeting);
    m_durationLabel->setVisible(meeting);
}

Activity ActivityDialog::activity() const
{
    Activity activity = m_draft;
    activity.type = ActivityType(m_type->currentData().toInt());
    activity.subject = m_subject->text().trimmed();
    activity.description = m_description->toPlainText().trimmed();
    activity.deadline = m_deadline->dateTime().toUTC();
    activity.durationMinutes = activity.type == ActivityType::Meeting ? std::optional<int>(m_duration->value())
                                                                       : std::nullopt;
    activity.responsibleId = m_responsible->currentData().toLongLong();
    const QVariant reminder = m_reminder->currentData();
    activity.reminderMinutes = reminder.isValid() ? std::optional<int>(reminder.toInt()) : std::nullopt;
    return activity;
}

QList<std::optional<int>> ActivityDialog::reminderChoices()
{
    return {std::nullopt, 0, 5, 15, 30, 60, 24 * 60};
}

void ActivityDialog::accept()
{
    if (m_subject->text().trimmed().isEmpty()) {
        m_error->setText(tr("An activity needs a subject."));
        m_error->show();
        m_subject->setFocus();
        return;
    }
    QDialog::accept();
}

} // namespace comptoir
