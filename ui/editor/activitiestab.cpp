// SPDX-License-Identifier: GPL-3.0-or-later
#include "activitiestab.h"

#include "activitydialog.h"
#include "activityservice.h"
#include "dealdescribe.h"
#include "dealformat.h"
#include "workspace.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace comptoir {

namespace {
// Items carry where their activity is: a stored id, or -(index + 1) in the planned list.
constexpr int RefRole = Qt::UserRole + 1;
}

ActivitiesTab::ActivitiesTab(Workspace &workspace, const QLocale &locale, QWidget *parent)
    : QWidget(parent)
    , m_workspace(workspace)
    , m_locale(locale)
{
    setObjectName(QStringLiteral("activitiesTab"));
    m_list = new QTreeWidget(this);
    m_list->setObjectName(QStringLiteral("activityList"));
    m_list->setRootIsDecorated(false);
    m_list->setAlternatingRowColors(true);
    m_list->setHeaderLabels({ tr("Type"), tr("Subject"), tr("Deadline"), tr("Responsible"), tr("State") });
    m_list->header()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_list->header()->setStretchLastSection(false);

    auto *plan = new QPushButton(tr("&Plan activity…"), this);
    plan->setObjectName(QStringLiteral("planActivityButton"));
    connect(plan, &QPushButton::clicked, this, &ActivitiesTab::planActivity);
    m_doneButton = new QPushButton(tr("&Mark done"), this);
    m_doneButton->setObjectName(QStringLiteral("markDoneButton"));
    connect(m_doneButton, &QPushButton::clicked, this, &ActivitiesTab::markSelectedDone);
    connect(m_list, &QTreeWidget::currentItemChanged, this, [this] {
        const QTreeWidgetItem *item = m_list->currentItem();
        m_doneButton->setEnabled(item && !item->data(0, Qt::UserRole + 2).toBool());
    });
    m_doneButton->setEnabled(false);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(plan);
    buttons->addWidget(m_doneButton);
    buttons->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_list, 1);
    layout->addLayout(buttons);
}

void ActivitiesTab::setActivities(const QList<Activity> &stored)
{
    m_stored = stored;
    m_planned.clear();
    m_done.clear();
    refresh();
}

bool ActivitiesTab::hasOpenActivity() const
{
    for (const Activity &activity : m_stored) {
        if (!activity.done && !m_done.contains(activity.id))
            return true;
    }
    for (const Activity &activity : m_planned) {
        if (!activity.done)
            return true;
    }
    return false;
}

void ActivitiesTab::refresh()
{
    m_list->clear();
    const QDateTime now = m_workspace.clock().now();
    const auto add = [&](const Activity &activity, qint64 ref, bool pending) {
        const bool done = activity.done || (ref > 0 && m_done.contains(ref));
        auto *item = new QTreeWidgetItem(m_list);
        item->setData(0, RefRole, ref);
        item->setData(0, Qt::UserRole + 2, done);
        item->setText(0, ActivityService::typeName(activity.type));
        item->setText(1, activity.subject);
        item->setToolTip(1, activity.description);
        QString deadline = dealformat::dateTime(activity.deadline, m_locale);
        if (activity.durationMinutes)
            deadline = tr("%1 (%n min)", nullptr, *activity.durationMinutes).arg(deadline);
        item->setText(2, deadline);
        item->setText(3, userName(m_workspace.db(), activity.responsibleId));
        QString state;
        if (done)
            state = tr("Done");
        else if (activity.deadline < now)
            state = tr("Overdue");
        else if (activity.deadline.toLocalTime().date() == now.toLocalTime().date())
            state = tr("Today");
        else
            state = tr("Planned");
        if (pending || (ref > 0 && m_done.contains(ref)))
            state = tr("%1 (on save)", "activity state, written when the deal is saved").arg(state);
        item->setText(4, state);
        if (!done && activity.deadline < now)
            item->setForeground(4, QColor(QStringLiteral("#c0392b")));
        if (done) {
            for (int column = 0; column < 5; ++column)
                item->setForeground(column, QColor(QStringLiteral("#8a96a3")));
        }
    };
    for (const Activity &activity : std::as_const(m_stored))
        add(activity, activity.id, false);
    for (int i = 0; i < m_planned.size(); ++i)
        add(m_planned[i], -(i + 1), true);
    for (int column : {0, 2, 3, 4})
        m_list->resizeColumnToContents(column);
    m_doneButton->setEnabled(false);
}

void ActivitiesTab::addPlanned(const Activity &activity)
{
    m_planned.append(activity);
    refresh();
    Q_EMIT edited();
}

void ActivitiesTab::planActivity()
{
    Activity draft;
    draft.type = ActivityType::Call;
    ActivityDialog dialog(m_workspace, draft, this);
    if (dialog.exec() == QDialog::Accepted)
        addPlanned(dialog.activity());
}

void ActivitiesTab::markSelectedDone()
{
    const QTreeWidgetItem *item = m_list->currentItem();
    if (!item || item->data(0, Qt::UserRole + 2).toBool())
        return;
    const qint64 ref = item->data(0, RefRole).toLongLong();
    Activity done;
    if (ref > 0) {
        m_done.insert(ref);
        for (const Activity &activity : std::as_const(m_stored)) {
            if (activity.id == ref)
                done = activity;
        }
    } else {
        m_planned[int(-ref - 1)].done = true;
        done = m_planned[int(-ref - 1)];
    }
    refresh();
    Q_EMIT edited();
    proposeNext(done);
}

void ActivitiesTab::proposeNext(const Activity &done)
{
    // Marking one done proposes the next (F6): same type and responsible, default deadline.
    Activity next;
    next.type = done.type;
    next.responsibleId = done.responsibleId;
    ActivityDialog dialog(m_workspace, next, this);
    dialog.setWindowTitle(tr("Plan the Next Activity"));
    if (dialog.exec() == QDialog::Accepted)
        addPlanned(dialog.activity());
}

} // namespace comptoir
