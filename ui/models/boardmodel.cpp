// SPDX-License-Identifier: GPL-3.0-or-later
#include "boardmodel.h"

#include "activityservice.h"

#include "dealformat.h"
#include "money.h"
#include "workspace.h"

#include <QColor>

namespace comptoir {

BoardModel::BoardModel(Workspace &workspace, Id pipelineId, QObject *parent)
    : QAbstractItemModel(parent)
    , m_workspace(workspace)
    , m_pipelineId(pipelineId)
{
    m_refreshTimer.setSingleShot(true);
    m_refreshTimer.setInterval(0);
    connect(&m_refreshTimer, &QTimer::timeout, this, &BoardModel::refresh);

    DealService *deals = &workspace.deals();
    connect(deals, &DealService::dealMoved, this, [this](Id dealId, Id from, Id to) {
        m_staleRows.insert(dealId);
        markDirty(from);
        markDirty(to);
    });
    connect(deals, &DealService::dealChanged, this, &BoardModel::markDealDirty);
    connect(deals, &DealService::dealDeleted, this, &BoardModel::markDealDirty);
    connect(deals, &DealService::dealPurged, this, &BoardModel::markDealDirty);
    // Where a new or restored deal lands is unknown here: every column is read again.
    connect(deals, &DealService::dealCreated, this, &BoardModel::markAllDirty);
    connect(deals, &DealService::dealRestored, this, &BoardModel::markAllDirty);
    // A card shows its next activity, and the attention order sorts by it.
    ActivityService *activities = &workspace.activities();
    for (auto signal : {&ActivityService::activityCreated, &ActivityService::activityChanged,
                        &ActivityService::activityRemoved})
        connect(activities, signal, this, [this](Id, Id dealId) { markDealDirty(dealId); });
    connect(&workspace.pipelines(), &PipelineService::pipelinesChanged, this, &BoardModel::reload);
    reload();
}

BoardModel::~BoardModel() = default;

void BoardModel::setPipeline(Id pipelineId)
{
    if (pipelineId == m_pipelineId)
        return;
    m_pipelineId = pipelineId;
    reload();
}

void BoardModel::setFilter(const DealFilter &filter)
{
    DealFilter scoped = filter;
    scoped.pipelineId.reset();
    if (scoped == m_filter)
        return;
    m_filter = scoped;
    reload();
}

void BoardModel::setSort(BoardSort sort)
{
    if (sort == m_sort)
        return;
    m_sort = sort;
    reload();
}

void BoardModel::setLocale(const QLocale &locale)
{
    m_locale = locale;
    for (int c = 0; c < int(m_columns.size()); ++c) {
        const QModelIndex stage = index(c, 0);
        Q_EMIT dataChanged(stage, stage);
        if (!m_columns[c].ids.isEmpty())
            Q_EMIT dataChanged(index(0, 0, stage), index(int(m_columns[c].ids.size()) - 1, 0, stage));
    }
}

bool BoardModel::readColumns(QList<StageSummary> &out)
{
    auto columns = BoardQuery(m_workspace.db(), m_workspace.clock()).columns(m_workspace.actor(), m_pipelineId, m_filter);
    if (!columns) {
        report(columns.error());
        return false;
    }
    out = std::move(*columns);
    return true;
}

void BoardModel::reload()
{
    m_refreshTimer.stop();
    m_dirtyStages.clear();
    m_dirtyAll = false;
    m_staleRows.clear();
    beginResetModel();
    m_columns.clear();
    m_columnOfDeal.clear();
    QList<StageSummary> summaries;
    if (m_pipelineId != 0 && readColumns(summaries)) {
        m_columns.resize(summaries.size());
        for (int c = 0; c < summaries.size(); ++c) {
            m_columns[c].summary = summaries[c];
            // The first page of every column now: the board's first frame shows cards (their
            // rows are read when the first frame paints them).
            auto page = BoardQuery(m_workspace.db(), m_workspace.clock())
                            .ids(m_workspace.actor(), m_filter, summaries[c].stage.id, m_sort, {}, PageSize);
            if (!page) {
                report(page.error());
                continue;
            }
            m_columns[c].ids = std::move(page->ids);
            m_columns[c].next = page->next;
            reindex(c);
        }
    }
    m_notifying = true;
    endResetModel();
    m_notifying = false;
    Q_EMIT columnsChanged();
}

void BoardModel::reindex(int column)
{
    Column &col = m_columns[column];
    col.rowOf.clear();
    col.rowOf.reserve(col.ids.size());
    for (int r = 0; r < col.ids.size(); ++r) {
        col.rowOf.insert(col.ids[r], r);
        m_columnOfDeal.insert(col.ids[r], column);
    }
}

void BoardModel::appendIds(int column, const QVector<Id> &ids)
{
    Column &col = m_columns[column];
    // A card already shown (the column changed since the last page) is not shown twice.
    QVector<Id> fresh;
    for (const Id id : ids) {
        if (!col.rowOf.contains(id))
            fresh << id;
    }
    if (fresh.isEmpty())
        return;
    const int first = int(col.ids.size());
    // A view (or the model tester) may ask for more from its rowsAboutToBeInserted or
    // rowsInserted handler: fetchMore() then waits for the event loop.
    m_notifying = true;
    beginInsertRows(index(column, 0), first, first + int(fresh.size()) - 1);
    col.ids += fresh;
    for (int r = first; r < col.ids.size(); ++r) {
        col.rowOf.insert(col.ids[r], r);
        m_columnOfDeal.insert(col.ids[r], column);
    }
    endInsertRows();
    m_notifying = false;
}

void BoardModel::loadPage(int column)
{
    Column &col = m_columns[column];
    if (!col.next)
        return;
    auto page = BoardQuery(m_workspace.db(), m_workspace.clock())
                    .ids(m_workspace.actor(), m_filter, col.summary.stage.id, m_sort, col.next, PageSize);
    if (!page) {
        col.next.reset(); // reported once, not at every scroll
        report(page.error());
        return;
    }
    col.next = page->next;
    appendIds(column, page->ids);
}

const DealRow *BoardModel::cachedCard(const Column &col, int row) const
{
    if (row < 0 || row >= col.ids.size())
        return nullptr;
    const Id id = col.ids[row];
    if (const auto found = col.cards.find(id); found != col.cards.end())
        return &found->second;
    // The page around the row, less the cards already in memory, in one read.
    const int first = row / PageSize * PageSize;
    QVector<Id> wanted;
    for (int r = first; r < std::min(first + PageSize, int(col.ids.size())); ++r) {
        if (!col.cards.count(col.ids[r]))
            wanted << col.ids[r];
    }
    // The oldest read goes when there are too many, except the cards read now.
    while (col.reads.size() >= CachedPages) {
        for (const Id old : col.reads.takeFirst()) {
            if (!wanted.contains(old))
                col.cards.erase(old);
        }
    }
    auto rows = m_workspace.query().rows(m_workspace.actor(), wanted);
    if (!rows)
        return nullptr;
    for (DealRow &r : *rows)
        col.cards.insert_or_assign(r.id, std::move(r));
    col.reads.append(wanted);
    const auto found = col.cards.find(id);
    return found == col.cards.end() ? nullptr : &found->second;
}

void BoardModel::markDirty(Id stageId)
{
    if (columnOfStage(stageId) >= 0) {
        m_dirtyStages.insert(stageId);
        m_refreshTimer.start();
    }
}

void BoardModel::markDealDirty(Id dealId)
{
    m_staleRows.insert(dealId);
    if (const auto it = m_columnOfDeal.constFind(dealId); it != m_columnOfDeal.constEnd())
        markDirty(m_columns[*it].summary.stage.id);
    else
        markAllDirty(); // not loaded: it may still count in a column's totals
}

void BoardModel::markAllDirty()
{
    m_dirtyAll = true;
    m_refreshTimer.start();
}

void BoardModel::refresh()
{
    m_refreshTimer.stop();
    const bool all = std::exchange(m_dirtyAll, false);
    const QSet<Id> dirty = std::exchange(m_dirtyStages, {});
    // The rows kept in memory stay, but for the deals that changed: a drop repaints its two
    // columns from memory, less the card moved.
    const QSet<Id> stale = std::exchange(m_staleRows, {});
    for (Column &col : m_columns) {
        for (const Id id : stale)
            col.cards.erase(id);
    }
    if (!all && dirty.isEmpty())
        return;
    QList<StageSummary> summaries;
    if (!readColumns(summaries))
        return;
    bool sameStages = summaries.size() == qsizetype(m_columns.size());
    for (int c = 0; sameStages && c < summaries.size(); ++c)
        sameStages = summaries[c].stage.id == m_columns[c].summary.stage.id;
    if (!sameStages) {
        reload();
        return;
    }
    for (int c = 0; c < summaries.size(); ++c) {
        StageSummary &summary = m_columns[c].summary;
        const bool counted = summary.count != summaries[c].count || summary.totals != summaries[c].totals
            || summary.weightedTotals != summaries[c].weightedTotals;
        summary = summaries[c];
        const bool reread = all || dirty.contains(summaries[c].stage.id);
        if (reread)
            refreshColumn(c);
        // One stage at a time: a view given a range repaints its whole viewport, and every
        // column's list would repaint for a change in two of them.
        if (reread || counted)
            Q_EMIT dataChanged(index(c, 0), index(c, 0));
    }
    Q_EMIT columnsChanged();
}

// Reads the ids of the loaded part of a column again and tells views with the narrowest
// signals: rows removed, rows inserted, then a layout change only when the order of the others
// changed. The rows of cards that changed were dropped by refresh(): read again as views paint them.
void BoardModel::refreshColumn(int c)
{
    Column &col = m_columns[c];
    const int want = std::max(int(col.ids.size()), PageSize);
    auto page = BoardQuery(m_workspace.db(), m_workspace.clock())
                    .ids(m_workspace.actor(), m_filter, col.summary.stage.id, m_sort, {}, want);
    if (!page) {
        report(page.error());
        return;
    }
    const QVector<Id> &fresh = page->ids;
    const QSet<Id> freshIds(fresh.cbegin(), fresh.cend());
    const QModelIndex parent = index(c, 0);

    for (int r = int(col.ids.size()) - 1; r >= 0; --r) {
        if (freshIds.contains(col.ids[r]))
            continue;
        // Contiguous runs go in one signal: a column scrolled far may lose many cards at once.
        int first = r;
        while (first > 0 && !freshIds.contains(col.ids[first - 1]))
            --first;
        beginRemoveRows(parent, first, r);
        for (int i = first; i <= r; ++i) {
            col.cards.erase(col.ids[i]);
            // The deal may already be indexed in the column it moved to.
            if (m_columnOfDeal.value(col.ids[i], -1) == c)
                m_columnOfDeal.remove(col.ids[i]);
        }
        col.ids.remove(first, r - first + 1);
        endRemoveRows();
        r = first;
    }
    reindex(c);
    for (int r = 0; r < fresh.size(); ++r) {
        if (col.rowOf.contains(fresh[r]))
            continue;
        const int at = std::min(r, int(col.ids.size()));
        beginInsertRows(parent, at, at);
        col.ids.insert(at, fresh[r]);
        endInsertRows();
        reindex(c);
    }
    // Same cards now; put them in the stored order.
    bool sameOrder = true;
    for (int r = 0; r < fresh.size() && sameOrder; ++r)
        sameOrder = col.ids[r] == fresh[r];
    if (!sameOrder) {
        Q_EMIT layoutAboutToBeChanged({QPersistentModelIndex(parent)});
        const QModelIndexList before = persistentIndexList();
        QList<Id> ids;
        for (const QModelIndex &i : before)
            ids << (i.parent() == parent ? col.ids[i.row()] : 0);
        col.ids = fresh;
        reindex(c);
        QModelIndexList after;
        for (int i = 0; i < before.size(); ++i)
            after << (ids[i] ? index(col.rowOf.value(ids[i]), 0, parent) : before[i]);
        changePersistentIndexList(before, after);
        m_notifying = true;
        Q_EMIT layoutChanged({QPersistentModelIndex(parent)});
        m_notifying = false;
    }
    col.next = page->next;
    if (!col.ids.isEmpty())
        Q_EMIT dataChanged(index(0, 0, parent), index(int(col.ids.size()) - 1, 0, parent));
}

int BoardModel::columnOfStage(Id stageId) const
{
    for (int c = 0; c < int(m_columns.size()); ++c) {
        if (m_columns[c].summary.stage.id == stageId)
            return c;
    }
    return -1;
}

QModelIndex BoardModel::stageIndex(Id stageId) const
{
    const int c = columnOfStage(stageId);
    return c < 0 ? QModelIndex() : index(c, 0);
}

QModelIndex BoardModel::dealIndex(Id dealId) const
{
    const auto c = m_columnOfDeal.constFind(dealId);
    if (c == m_columnOfDeal.constEnd())
        return {};
    const int row = m_columns[*c].rowOf.value(dealId, -1);
    return row < 0 ? QModelIndex() : createIndex(row, 0, quintptr(*c + 1));
}

const DealRow *BoardModel::card(const QModelIndex &index) const
{
    if (!index.isValid() || index.model() != this || index.internalId() == 0)
        return nullptr;
    return cachedCard(m_columns[index.internalId() - 1], index.row());
}

const StageSummary *BoardModel::column(int row) const
{
    return row >= 0 && row < int(m_columns.size()) ? &m_columns[row].summary : nullptr;
}

int BoardModel::cardsInMemory(Id stageId) const
{
    const int c = columnOfStage(stageId);
    return c < 0 ? 0 : int(m_columns[c].cards.size());
}

Id BoardModel::dealId(const QModelIndex &index) const
{
    if (!index.isValid() || index.model() != this || index.internalId() == 0)
        return 0;
    const Column &col = m_columns[index.internalId() - 1];
    return index.row() < col.ids.size() ? col.ids[index.row()] : 0;
}

Id BoardModel::stageId(const QModelIndex &index) const
{
    if (!index.isValid() || index.model() != this)
        return 0;
    const int c = index.internalId() == 0 ? index.row() : int(index.internalId()) - 1;
    return c < int(m_columns.size()) ? m_columns[c].summary.stage.id : 0;
}

int BoardModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return int(m_columns.size());
    if (parent.internalId() == 0 && parent.row() < int(m_columns.size()))
        return int(m_columns[parent.row()].ids.size());
    return 0;
}

int BoardModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() && parent.internalId() != 0 ? 0 : 1;
}

QModelIndex BoardModel::index(int row, int column, const QModelIndex &parent) const
{
    if (column != 0 || row < 0)
        return {};
    if (!parent.isValid())
        return row < int(m_columns.size()) ? createIndex(row, 0, quintptr(0)) : QModelIndex();
    if (parent.internalId() != 0 || parent.row() >= int(m_columns.size())
        || row >= m_columns[parent.row()].ids.size())
        return {};
    return createIndex(row, 0, quintptr(parent.row() + 1));
}

QModelIndex BoardModel::parent(const QModelIndex &child) const
{
    if (!child.isValid() || child.internalId() == 0)
        return {};
    return createIndex(int(child.internalId()) - 1, 0, quintptr(0));
}

bool BoardModel::hasChildren(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return !m_columns.empty();
    if (parent.internalId() != 0 || parent.row() >= int(m_columns.size()))
        return false;
    const Column &col = m_columns[parent.row()];
    return !col.ids.isEmpty() || col.next.has_value();
}

bool BoardModel::canFetchMore(const QModelIndex &parent) const
{
    return parent.isValid() && parent.internalId() == 0 && parent.row() < int(m_columns.size())
        && m_columns[parent.row()].next.has_value();
}

void BoardModel::fetchMore(const QModelIndex &parent)
{
    if (!canFetchMore(parent))
        return;
    if (m_notifying) {
        // Asked from a reset or layout handler, where no new change may begin: right after.
        const Id stage = m_columns[parent.row()].summary.stage.id;
        QMetaObject::invokeMethod(this, [this, stage] {
            if (const int c = columnOfStage(stage); c >= 0)
                loadPage(c);
        }, Qt::QueuedConnection);
        return;
    }
    loadPage(parent.row());
}

QHash<int, QByteArray> BoardModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractItemModel::roleNames();
    names.insert({{IdRole, "id"}, {IsStageRole, "isStage"}, {StageIdRole, "stageId"},
                  {PipelineIdRole, "pipelineId"}, {StageColorRole, "stageColor"},
                  {SemanticRole, "semantic"}, {CountRole, "count"}, {TotalsTextRole, "totals"},
                  {WeightedTextRole, "weighted"}, {ProbabilityRole, "probability"},
                  {AmountMinorRole, "amountMinor"}, {CurrencyRole, "currency"},
                  {AmountTextRole, "amountText"}, {ClientRole, "client"},
                  {ResponsibleRole, "responsible"}, {NextActivityRole, "nextActivity"},
                  {NextActivityTextRole, "nextActivityText"}, {ActivityStateRole, "activityState"},
                  {ClosedRole, "closed"}});
    return names;
}

void BoardModel::report(const Error &error)
{
    Q_EMIT errorOccurred(error.message);
}

} // namespace comptoir
