// SPDX-License-Identifier: GPL-3.0-or-later
#include "reminderwindow.h"

#include "workspace.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QKeyEvent>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace comptoir {

namespace {
constexpr int ActivityRole = Qt::UserRole + 1;
constexpr int DealRole = Qt::UserRole + 2;
enum ReminderColumn { RemindedDealColumn, RemindedActivityColumn, RemindedDeadlineColumn, RemindedOffsetColumn };
} // namespace

ReminderWindow::ReminderWindow(Workspace &workspace, const QLocale &locale, QWidget *parent)
    : QDialog(parent)
    , m_workspace(workspace)
    , m_locale(locale)
{
    setObjectName(QStringLiteral("reminderWindow"));
    setWindowTitle(tr("Reminders"));
    setModal(false);

    m_list = new QTreeWidget(this);
    m_list->setObjectName(QStringLiteral("reminderList"));
    m_list->setRootIsDecorated(false);
    m_list->setAlternatingRowColors(true);
    m_list->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_list->setHeaderLabels({tr("Deal"), tr("Activity"), tr("Deadline"), tr("Reminder")});
    m_list->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_list->header()->setStretchLastSection(false);
    m_list->header()->setSectionResizeMode(RemindedActivityColumn, QHeaderView::Stretch);
    connect(m_list, &QTreeWidget::itemActivated, this, [this] { openSelected(); }); // Enter, double-click
    connect(m_list, &QTreeWidget::itemSelectionChanged, this, &ReminderWindow::updateButtons);
    m_list->installEventFilter(this); // Delete dismisses

    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("reminderMessage"));
    m_message->setWordWrap(true);
    m_message->setStyleSheet(QStringLiteral("color: #8e2a1f;"));
    m_message->hide();

    m_open = new QPushButton(tr("&Open deal"), this);
    m_open->setObjectName(QStringLiteral("reminderOpenDeal"));
    m_snoozeShort = new QPushButton(tr("Snooze &10 min"), this);
    m_snoozeShort->setObjectName(QStringLiteral("reminderSnooze10"));
    m_snoozeLong = new QPushButton(tr("Snooze 1 &hour"), this);
    m_snoozeLong->setObjectName(QStringLiteral("reminderSnooze60"));
    m_dismiss = new QPushButton(tr("&Dismiss"), this);
    m_dismiss->setObjectName(QStringLiteral("reminderDismiss"));
    m_dismiss->setToolTip(tr("Not shown again (Delete)"));
    for (QPushButton *button : {m_open, m_snoozeShort, m_snoozeLong, m_dismiss})
        button->setAutoDefault(false);
    connect(m_open, &QPushButton::clicked, this, &ReminderWindow::openSelected);
    connect(m_snoozeShort, &QPushButton::clicked, this, [this] { (void)snoozeSelected(10); });
    connect(m_snoozeLong, &QPushButton::clicked, this, [this] { (void)snoozeSelected(60); });
    connect(m_dismiss, &QPushButton::clicked, this, [this] { (void)dismissSelected(); });
    auto *close = new QDialogButtonBox(QDialogButtonBox::Close, this);
    close->button(QDialogButtonBox::Close)->setToolTip(tr("The reminders not snoozed or dismissed come back"));
    connect(close, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_open);
    buttons->addWidget(m_snoozeShort);
    buttons->addWidget(m_snoozeLong);
    buttons->addWidget(m_dismiss);
    buttons->addStretch(1);
    buttons->addWidget(close);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_list, 1);
    layout->addWidget(m_message);
    layout->addLayout(buttons);
    resize(720, 260);
    updateButtons();
}

Result<int> ReminderWindow::check()
{
    const auto due = m_workspace.activities().dueReminders(m_workspace.actor());
    if (!due)
        return due.error();
    fill(*due);
    if (due->isEmpty()) {
        hide();
    } else if (!isVisible()) {
        show();
        raise();
        activateWindow();
        m_list->setFocus();
    }
    return int(due->size());
}

void ReminderWindow::fill(const QList<DueReminder> &due)
{
    const QList<Id> kept = selectedActivities();
    const QTimeZone zone = m_workspace.activities().timeZone();
    m_list->clear();
    for (const DueReminder &reminder : due) {
        const Activity &a = reminder.activity;
        auto *item = new QTreeWidgetItem(m_list);
        item->setText(RemindedDealColumn, reminder.dealTitle);
        item->setText(RemindedActivityColumn, tr("%1: %2", "activity type: subject").arg(ActivityService::typeName(a.type), a.subject));
        item->setText(RemindedDeadlineColumn, m_locale.toString(a.deadline.toTimeZone(zone), QLocale::ShortFormat));
        item->setText(RemindedOffsetColumn, ActivityService::reminderText(a.reminderMinutes));
        item->setData(0, ActivityRole, a.id);
        item->setData(0, DealRole, a.dealId);
        item->setSelected(kept.contains(a.id));
    }
    if (m_list->topLevelItemCount() > 0 && m_list->selectedItems().isEmpty()) {
        m_list->setCurrentItem(m_list->topLevelItem(0));
        m_list->topLevelItem(0)->setSelected(true);
    }
    updateButtons();
}

QList<Id> ReminderWindow::shownActivities() const
{
    QList<Id> ids;
    for (int row = 0; row < m_list->topLevelItemCount(); ++row)
        ids << m_list->topLevelItem(row)->data(0, ActivityRole).toLongLong();
    return ids;
}

QList<Id> ReminderWindow::selectedActivities() const
{
    QList<Id> ids;
    for (int row = 0; row < m_list->topLevelItemCount(); ++row) {
        if (m_list->topLevelItem(row)->isSelected())
            ids << m_list->topLevelItem(row)->data(0, ActivityRole).toLongLong();
    }
    return ids;
}

bool ReminderWindow::select(Id activityId)
{
    bool found = false;
    for (int row = 0; row < m_list->topLevelItemCount(); ++row) {
        QTreeWidgetItem *item = m_list->topLevelItem(row);
        const bool match = item->data(0, ActivityRole).toLongLong() == activityId;
        item->setSelected(match);
        if (match) {
            m_list->setCurrentItem(item, 0, QItemSelectionModel::NoUpdate);
            found = true;
        }
    }
    return found;
}

Status ReminderWindow::report(const Status &status)
{
    m_message->setText(status ? QString() : status.error().message);
    m_message->setVisible(!status);
    return status;
}

Status ReminderWindow::snoozeSelected(int minutes)
{
    for (const Id id : selectedActivities()) {
        if (const Status s = m_workspace.activities().snoozeReminder(m_workspace.actor(), id, minutes); !s)
            return report(s);
    }
    const auto remaining = check();
    return report(remaining ? Status() : Status(remaining.error()));
}

Status ReminderWindow::dismissSelected()
{
    for (const Id id : selectedActivities()) {
        if (const Status s = m_workspace.activities().dismissReminder(m_workspace.actor(), id); !s)
            return report(s);
    }
    const auto remaining = check();
    return report(remaining ? Status() : Status(remaining.error()));
}

void ReminderWindow::openSelected()
{
    QTreeWidgetItem *item = m_list->currentItem();
    if (!item || !item->isSelected()) {
        const auto selected = m_list->selectedItems();
        item = selected.isEmpty() ? nullptr : selected.first();
    }
    if (item)
        Q_EMIT openDealRequested(item->data(0, DealRole).toLongLong());
}

bool ReminderWindow::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_list && event->type() == QEvent::KeyPress
        && static_cast<QKeyEvent *>(event)->matches(QKeySequence::Delete)) {
        (void)dismissSelected();
        return true;
    }
    return QDialog::eventFilter(watched, event);
}

void ReminderWindow::updateButtons()
{
    const bool any = !m_list->selectedItems().isEmpty();
    for (QPushButton *button : {m_open, m_snoozeShort, m_snoozeLong, m_dismiss})
        button->setEnabled(any);
}

} // namespace comptoir
