// SPDX-License-Identifier: GPL-3.0-or-later
#include "filterbar.h"

#include "filterpopup.h"
#include "workspace.h"

#include <QHBoxLayout>
#include <QInputDialog>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QScreen>
#include <QToolButton>

namespace comptoir {

FilterBar::FilterBar(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("filterBar"));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(4, 2, 4, 2);

    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("searchField"));
    m_search->setPlaceholderText(tr("Search deals, clients, e-mails, phones…"));
    m_search->setClearButtonEnabled(true);
    m_search->setMinimumWidth(160);
    m_search->setMaximumWidth(420);
    layout->addWidget(m_search);

    m_filterButton = new QToolButton(this);
    m_filterButton->setObjectName(QStringLiteral("filterButton"));
    m_filterButton->setText(tr("&Filter"));
    m_filterButton->setToolTip(tr("Filter the deals on stage, amount, responsible, dates…"));
    m_filterButton->setIcon(QIcon::fromTheme(QStringLiteral("view-filter")));
    m_filterButton->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    layout->addWidget(m_filterButton);

    m_menu = new QMenu(this);
    m_menu->setObjectName(QStringLiteral("filtersMenu"));
    m_menuButton = new QToolButton(this);
    m_menuButton->setObjectName(QStringLiteral("filtersMenuButton"));
    m_menuButton->setText(tr("Filters"));
    m_menuButton->setToolTip(tr("Predefined and saved filters"));
    m_menuButton->setMenu(m_menu);
    m_menuButton->setPopupMode(QToolButton::InstantPopup);
    layout->addWidget(m_menuButton);

    m_chips = new FilterChips(this);
    // Many chips are cut at the window's edge rather than make the window wider.
    m_chips->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    layout->addWidget(m_chips, 1);
    m_clearButton = new QToolButton(this);
    m_clearButton->setObjectName(QStringLiteral("clearFiltersButton"));
    m_clearButton->setText(tr("Clear"));
    m_clearButton->setToolTip(tr("Remove every criterion and the search"));
    m_clearButton->setAutoRaise(true);
    layout->addWidget(m_clearButton);

    m_popup = new FilterPopup(this);

    m_searchTimer.setSingleShot(true);
    m_searchTimer.setInterval(SearchDelayMs);
    connect(m_search, &QLineEdit::textChanged, this, &FilterBar::searchTyped);
    connect(&m_searchTimer, &QTimer::timeout, this, &FilterBar::applySearch);
    // Enter searches at once, without waiting for the delay.
    connect(m_search, &QLineEdit::returnPressed, this, &FilterBar::applySearch);
    connect(m_filterButton, &QToolButton::clicked, this, &FilterBar::showPopup);
    connect(m_popup, &FilterPopup::applyRequested, this, &FilterBar::applyPopup);
    connect(m_chips, &FilterChips::removeRequested, this, &FilterBar::removeCriterion);
    connect(m_chips, &FilterChips::customRemoveRequested, this, &FilterBar::removeCustomCriterion);
    connect(m_clearButton, &QToolButton::clicked, this, &FilterBar::clearAll);
    connect(m_menu, &QMenu::aboutToShow, this, &FilterBar::fillMenu);
    updateChips();
}

FilterBar::~FilterBar() = default;

void FilterBar::setWorkspace(Workspace *workspace)
{
    if (m_workspace)
        disconnect(&m_workspace->customFields(), nullptr, this, nullptr);
    m_workspace = workspace;
    // A field made, renamed or deleted in the settings: the popup offers what there is now.
    if (m_workspace)
        connect(&m_workspace->customFields(), &CustomFieldService::fieldsChanged, this,
                [this] { setPipeline(m_filter.pipelineId); });
    m_searchTimer.stop();
    const std::optional<Id> pipeline = m_filter.pipelineId;
    m_filter = DealFilter{};
    m_filter.pipelineId = pipeline;
    {
        const QSignalBlocker blocker(m_search);
        m_search->clear();
    }
    setPipeline(pipeline); // loads the choices
    reloadSaved();
}

void FilterBar::setPipeline(std::optional<Id> pipelineId)
{
    // A stage belongs to one pipeline: the window drops it from its filter too.
    if (pipelineId != m_filter.pipelineId)
        m_filter.stageId.reset();
    m_filter.pipelineId = pipelineId;
    if (m_workspace) {
        auto choices = loadFilterChoices(m_workspace->db(), pipelineId);
        if (choices)
            m_choices = std::move(choices).value();
        else
            report(choices.error());
    }
    m_popup->setChoices(m_choices);
    updateChips();
}

void FilterBar::setFilter(const DealFilter &filter)
{
    DealFilter f = filter;
    f.pipelineId = m_filter.pipelineId;
    if (f.search != m_search->text()) {
        const QSignalBlocker blocker(m_search);
        m_search->setText(f.search);
    }
    m_searchTimer.stop();
    change(f);
}

void FilterBar::change(const DealFilter &filter)
{
    if (filter == m_filter)
        return;
    m_filter = filter;
    updateChips();
    Q_EMIT filterChanged(m_filter);
}

void FilterBar::searchTyped()
{
    m_searchTimer.start();
}

void FilterBar::applySearch()
{
    m_searchTimer.stop();
    DealFilter f = m_filter;
    f.search = m_search->text();
    change(f);
}

void FilterBar::focusSearch()
{
    m_search->setFocus(Qt::ShortcutFocusReason);
    m_search->selectAll();
}

void FilterBar::removeCriterion(FilterCriterion criterion)
{
    DealFilter f = m_filter;
    clearCriterion(f, criterion);
    change(f);
}

void FilterBar::removeCustomCriterion(Id fieldId)
{
    DealFilter f = m_filter;
    clearCustomCriterion(f, fieldId);
    change(f);
}

void FilterBar::clearAll()
{
    DealFilter f;
    f.pipelineId = m_filter.pipelineId;
    setFilter(f);
}

void FilterBar::showPopup()
{
    m_popup->setFilter(m_filter);
    m_popup->adjustSize();
    QPoint at = m_filterButton->mapToGlobal(QPoint(0, m_filterButton->height()));
    // Kept on the screen when the button sits near its right edge.
    if (const QScreen *screen = m_filterButton->screen()) {
        const QRect area = screen->availableGeometry();
        at.setX(std::max(area.left(), std::min(at.x(), area.right() - m_popup->width())));
    }
    m_popup->move(at);
    m_popup->show();
}

void FilterBar::applyPopup()
{
    const QDate today = m_workspace ? localToday(m_workspace->clock()) : QDate::currentDate();
    auto f = m_popup->filter(m_filter, today);
    if (!f) {
        m_popup->showError(f.error().message);
        return;
    }
    if (m_workspace)
        f->now = m_workspace->clock().now(); // what "overdue" compares with
    m_popup->hide();
    change(*f);
}

void FilterBar::updateChips()
{
    QList<std::pair<FilterCriterion, QString>> chips;
    for (FilterCriterion c : activeCriteria(m_filter))
        chips.append({c, chipText(m_filter, c, m_choices, locale())});
    QList<std::pair<Id, QString>> custom;
    for (Id id : customCriterionFields(m_filter)) {
        CustomField field;
        field.id = id;
        field.name = tr("Custom field %1").arg(id); // deleted since the filter was made
        custom.append({id, customChipText(m_filter.customFields, m_choices.customField(id).value_or(field), locale())});
    }
    m_chips->setChips(chips, custom);
    m_clearButton->setVisible(!chips.isEmpty() || !custom.isEmpty() || !m_filter.search.isEmpty());
}

void FilterBar::applyPredefined(PredefinedFilter predefined)
{
    if (!m_workspace)
        return;
    DealFilter f = comptoir::predefinedFilter(predefined, m_workspace->actor(), m_workspace->clock().now());
    f.search = m_filter.search; // a predefined filter narrows what one searched, it does not erase it
    f.pipelineId = m_filter.pipelineId;
    setFilter(f);
}

Status FilterBar::applySaved(Id id)
{
    if (!m_workspace)
        return {};
    for (const SavedFilter &saved : std::as_const(m_saved)) {
        if (saved.id != id)
            continue;
        auto f = SavedFilters(m_workspace->db(), m_workspace->clock()).filter(saved, locale());
        if (!f)
            return f.error();
        setFilter(*f);
        return {};
    }
    return Error::notFound(tr("There is no saved filter %1.").arg(id));
}

void FilterBar::reloadSaved()
{
    m_saved.clear();
    if (!m_workspace)
        return;
    auto all = SavedFilters(m_workspace->db(), m_workspace->clock()).all();
    if (all)
        m_saved = std::move(all).value();
    else
        report(all.error());
}

Result<SavedFilter> FilterBar::saveCurrent(const QString &name, bool replace)
{
    if (!m_workspace)
        return Error::invalid(tr("No database is open."));
    DealFilter f = m_filter;
    f.pipelineId.reset(); // the toolbar's, not the saved filter's
    auto saved = SavedFilters(m_workspace->db(), m_workspace->clock()).save(name, f, replace);
    reloadSaved();
    return saved;
}

Status FilterBar::renameSaved(Id id, const QString &name)
{
    if (!m_workspace)
        return {};
    Status renamed = SavedFilters(m_workspace->db(), m_workspace->clock()).rename(id, name);
    reloadSaved();
    return renamed;
}

Status FilterBar::deleteSaved(Id id)
{
    if (!m_workspace)
        return {};
    Status removed = SavedFilters(m_workspace->db(), m_workspace->clock()).remove(id);
    reloadSaved();
    return removed;
}

void FilterBar::fillMenu()
{
    m_menu->clear();
    m_menu->addSection(tr("Predefined"));
    for (PredefinedFilter p : predefinedFilters()) {
        QAction *action = m_menu->addAction(predefinedFilterName(p), this, [this, p] { applyPredefined(p); });
        action->setObjectName(QStringLiteral("predefined-") + predefinedFilterKey(p));
    }
    m_menu->addSection(tr("Saved"));
    if (m_saved.isEmpty())
        m_menu->addAction(tr("No saved filters yet"))->setEnabled(false);
    for (const SavedFilter &saved : std::as_const(m_saved)) {
        const Id id = saved.id;
        m_menu->addAction(saved.name, this, [this, id] {
            if (Status applied = applySaved(id); !applied)
                report(applied.error());
        });
    }
    m_menu->addSeparator();
    m_menu->addAction(tr("&Save Current Filter…"), this, &FilterBar::askSave);
    if (!m_saved.isEmpty()) {
        QMenu *rename = m_menu->addMenu(tr("&Rename"));
        QMenu *remove = m_menu->addMenu(tr("&Delete"));
        for (const SavedFilter &saved : std::as_const(m_saved)) {
            rename->addAction(saved.name, this, [this, saved] { askRename(saved); });
            remove->addAction(saved.name, this, [this, saved] { askDelete(saved); });
        }
    }
}

void FilterBar::askSave()
{
    bool ok = false;
    const QString name = QInputDialog::getText(this, tr("Save Filter"), tr("Name of the filter:"),
                                               QLineEdit::Normal, QString(), &ok);
    if (!ok)
        return;
    auto saved = saveCurrent(name);
    if (!saved && saved.error().field == u"name" && !name.trimmed().isEmpty()) {
        // The name is taken: replacing is a choice, never a surprise.
        if (QMessageBox::question(this, tr("Save Filter"),
                                  tr("A filter named “%1” already exists. Replace its criteria?").arg(name.trimmed()))
            == QMessageBox::Yes)
            saved = saveCurrent(name, true);
        else
            return;
    }
    if (!saved)
        report(saved.error());
}

void FilterBar::askRename(const SavedFilter &saved)
{
    bool ok = false;
    const QString name = QInputDialog::getText(this, tr("Rename Filter"), tr("New name of “%1”:").arg(saved.name),
                                               QLineEdit::Normal, saved.name, &ok);
    if (!ok)
        return;
    if (Status renamed = renameSaved(saved.id, name); !renamed)
        report(renamed.error());
}

void FilterBar::askDelete(const SavedFilter &saved)
{
    if (QMessageBox::question(this, tr("Delete Filter"), tr("Delete the saved filter “%1”?").arg(saved.name))
        != QMessageBox::Yes)
        return;
    if (Status removed = deleteSaved(saved.id); !removed)
        report(removed.error());
}

void FilterBar::report(const Error &error)
{
    Q_EMIT errorOccurred(error.message);
}

} // namespace comptoir
