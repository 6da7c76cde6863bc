// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "dealfilter.h"
#include "filterchoices.h"
#include "filterchips.h"
#include "result.h"
#include "savedfilters.h"

#include <QTimer>
#include <QWidget>

class QLineEdit;
class QMenu;
class QToolButton;

namespace comptoir {

class FilterPopup;
class Workspace;

// The filter bar every view shares (F4): a search field that filters as one types, a Filter
// button opening the criteria, the active criteria as removable chips, and a menu of the
// predefined and saved filters. It emits filterChanged() with the whole filter after each
// change; the window hands it to its views. The pipeline is the toolbar's selector: the bar
// carries it (setPipeline) without offering it.
class FilterBar final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FilterBar)
public:
    // Each key searches at once: the list shows a search's first deals within milliseconds and
    // counts the rest on a worker (DealListModel). The zero-delay timer only folds keys that
    // arrive together (a paste, keys queued while the window was busy) into one search.
    static constexpr int SearchDelayMs = 0;

    explicit FilterBar(QWidget *parent = nullptr);
    ~FilterBar() override;

    // The database the choices and saved filters come from; every criterion is cleared.
    void setWorkspace(Workspace *workspace);
    DealFilter filter() const { return m_filter; }
    // Replaces the criteria (the pipeline stays the bar's) and emits filterChanged().
    void setFilter(const DealFilter &filter);
    // The toolbar chose another pipeline: a stage of another pipeline is dropped. No signal: the
    // window already filters on it.
    void setPipeline(std::optional<Id> pipelineId);
    void removeCriterion(FilterCriterion criterion);
    // Removes every condition on that custom field.
    void removeCustomCriterion(Id fieldId);
    void clearAll();

    void applyPredefined(PredefinedFilter predefined);
    Status applySaved(Id id);
    // The user's filters, by name.
    QList<SavedFilter> savedFilters() const { return m_saved; }
    // Saves the current criteria (without the pipeline, which the toolbar owns) under a name.
    Result<SavedFilter> saveCurrent(const QString &name, bool replace = false);
    Status renameSaved(Id id, const QString &name);
    Status deleteSaved(Id id);

    QLineEdit *searchField() const { return m_search; }
    QToolButton *filterButton() const { return m_filterButton; }
    QToolButton *filtersMenuButton() const { return m_menuButton; }
    FilterPopup *popup() const { return m_popup; }
    FilterChips *chips() const { return m_chips; }
    void focusSearch();

Q_SIGNALS:
    void filterChanged(const comptoir::DealFilter &filter);
    void errorOccurred(const QString &message);

private:
    void change(const DealFilter &filter);
    void searchTyped();
    void applySearch();
    void showPopup();
    void applyPopup();
    void updateChips();
    void reloadSaved();
    void fillMenu();
    void askSave();
    void askRename(const SavedFilter &saved);
    void askDelete(const SavedFilter &saved);
    void report(const Error &error);

    Workspace *m_workspace = nullptr;
    DealFilter m_filter;
    FilterChoices m_choices;
    QList<SavedFilter> m_saved;
    QTimer m_searchTimer;

    QLineEdit *m_search = nullptr;
    QToolButton *m_filterButton = nullptr;
    QToolButton *m_menuButton = nullptr;
    QMenu *m_menu = nullptr;
    FilterChips *m_chips = nullptr;
    QToolButton *m_clearButton = nullptr;
    FilterPopup *m_popup = nullptr;
};

} // namespace comptoir
