// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>
#include <optional>

class QCheckBox;
class QTabWidget;

namespace comptoir {

class CalendarPage;
class FormDesigner;
class ListsPage;
class PipelinesPage;
class ProductsPage;
class Workspace;

// Settings… (Edit menu): pipelines and stages, editable lists, working days, the form designer,
// the product catalogue and the editor's own options. Changes apply at once (each one is a service call); Close
// closes.
class SettingsDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SettingsDialog)
public:
    // The pages, in tab order; pageNames() gives their names on the command line.
    enum class Page { Pipelines, Lists, WorkingDays, Forms, Products, DealEditor };
    Q_ENUM(Page)

    explicit SettingsDialog(Workspace &workspace, QWidget *parent = nullptr);

    // "pipelines", "lists", "working-days", "forms", "products", "editor".
    static QStringList pageNames();
    // The page of a name of pageNames() (case-insensitive); nullopt for an unknown one.
    static std::optional<Page> pageNamed(const QString &name);
    void showPage(Page page);

    QTabWidget *tabs() const { return m_tabs; }
    PipelinesPage *pipelinesPage() const { return m_pipelines; }
    ListsPage *listsPage() const { return m_lists; }
    CalendarPage *calendarPage() const { return m_calendar; }
    FormDesigner *formDesigner() const { return m_forms; }
    ProductsPage *productsPage() const { return m_products; }
    QCheckBox *proposeActivityBox() const { return m_propose; }

private:
    QTabWidget *m_tabs = nullptr;
    PipelinesPage *m_pipelines = nullptr;
    ListsPage *m_lists = nullptr;
    CalendarPage *m_calendar = nullptr;
    FormDesigner *m_forms = nullptr;
    ProductsPage *m_products = nullptr;
    QCheckBox *m_propose = nullptr;
};

} // namespace comptoir
