// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "entities.h"

#include <QLocale>
#include <QSet>
#include <QWidget>

class QPushButton;
class QTreeWidget;

namespace comptoir {

class Workspace;

// The Activities tab: the deal's activities, and the ones planned or marked done in this
// editor, which are written when the deal is saved (so that Cancel leaves nothing behind).
class ActivitiesTab final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ActivitiesTab)
public:
    ActivitiesTab(Workspace &workspace, const QLocale &locale, QWidget *parent = nullptr);

    void setActivities(const QList<Activity> &stored);
    // Queues a new activity (shown at once, written on save).
    void addPlanned(const Activity &activity);
    QList<Activity> planned() const { return m_planned; }
    QList<Id> doneIds() const { return QList<Id>(m_done.cbegin(), m_done.cend()); }
    bool hasOpenActivity() const;
    bool hasPendingChanges() const { return !m_planned.isEmpty() || !m_done.isEmpty(); }
    QTreeWidget *list() const { return m_list; }

public Q_SLOTS:
    // Opens the planning dialog; `title` names what is proposed.
    void planActivity();
    // Marks the selected activity done and proposes the next one.
    void markSelectedDone();

Q_SIGNALS:
    void edited();

private:
    void refresh();
    void proposeNext(const Activity &done);

    Workspace &m_workspace;
    QLocale m_locale;
    QList<Activity> m_stored;
    QList<Activity> m_planned;
    QSet<Id> m_done;
    QTreeWidget *m_list = nullptr;
    QPushButton *m_doneButton = nullptr;
};

} // namespace comptoir
