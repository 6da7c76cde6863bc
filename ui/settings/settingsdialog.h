// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

class QCheckBox;
class QTabWidget;

namespace comptoir {

class CalendarPage;
class FormDesigner;
class ListsPage;
class PipelinesPage;
class Workspace;

// Settings… (Edit menu): pipelines and stages, editable lists, working days, the form designer
// and the editor's own options. Changes apply at once (each one is a service call); Close
// closes.
class SettingsDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SettingsDialog)
public:
    explicit SettingsDialog(Workspace &workspace, QWidget *parent = nullptr);

    QTabWidget *tabs() const { return m_tabs; }
    PipelinesPage *pipelinesPage() const { return m_pipelines; }
    ListsPage *listsPage() const { return m_lists; }
    CalendarPage *calendarPage() const { return m_calendar; }
    FormDesigner *formDesigner() const { return m_forms; }
    QCheckBox *proposeActivityBox() const { return m_propose; }

private:
    QTabWidget *m_tabs = nullptr;
    PipelinesPage *m_pipelines = nullptr;
    ListsPage *m_lists = nullptr;
    CalendarPage *m_calendar = nullptr;
    FormDesigner *m_forms = nullptr;
    QCheckBox *m_propose = nullptr;
};

} // namespace comptoir
