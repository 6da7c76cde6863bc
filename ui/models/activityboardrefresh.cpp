// SPDX-License-Identifier: GPL-3.0-or-later
// The Activities board model's refresh after a change: only the columns a deal left and
// entered are counted and read again, with the narrowest row signals (a drop must not reset
// the four other columns, nor pay for reading them).

#include "activityboardmodel.h"

#include "workspace.h"

namespace comptoir {

void ActivityBoardModel::refresh()
{
    m_refreshTimer.stop();
    const QSet<Id> deals = std::exchange(m_dirtyDeals, {});
    const QHash<Id, ActivityColumn> before = std::exchange(m_columnBefore, {});
    if (deals.isEmpty())
        return;
    const ActivityBoardQuery q = query();
    // A new day moves every boundary but "now": read everything again.
    if (q.bounds().now.toTimeZone(m_zone).date() != m_loadedDay) {
        reload();
        return;
    }
    auto now = q.columnsOf(m_workspace.actor(), m_filter, QList<Id>(deals.cbegin(), deals.cend()));
    if (!now) {
        Q_EMIT errorOccurred(now.error().message);
        return;
    }
    // The columns each deal left (where its card is, or was before this model moved it) and
    // entered. A deal seen nowhere may still have been counted in any column's totals.
    QSet<int> touched;
    bool recountAll = false;
    for (Id id : deals) {
        if (const QModelIndex card = dealIndex(id); card.isValid())
            touched.insert(card.parent().row());
        else if (const auto it = before.constFind(id); it != before.constEnd())
            touched.insert(int(*it));
        else
            recountAll = true;
        if (const auto it = now->constFind(id); it != now->constEnd())
            touched.insert(int(*it));
    }
    if (recountAll) {
        auto summaries = q.columns(m_workspace.actor(), m_filter);
        if (!summaries) {
            Q_EMIT errorOccurred(summaries.error().message);
            return;
        }
        for (int c = 0; c < ActivityColumnCount; ++c)
            m_columns[size_t(c)].summary = summaries->at(c);
        Q_EMIT dataChanged(index(0, 0), index(ActivityColumnCount - 1, 0));
    } else {
        for (int c : std::as_const(touched)) {
            auto summary = q.column(m_workspace.actor(), m_filter, ActivityColumn(c));
            if (!summary) {
                Q_EMIT errorOccurred(summary.error().message);
                return;
            }
            m_columns[size_t(c)].summary = *summary;
            Q_EMIT dataChanged(index(c, 0), index(c, 0));
        }
    }
    for (int c : std::as_const(touched))
        refreshColumn(c);
    Q_EMIT columnsChanged();
}

// Reads the loaded part of a column again and tells views with the narrowest signals: rows
// removed, rows inserted, then a layout change only when the order of the others changed.
void ActivityBoardModel::refreshColumn(int c)
{
    Column &col = m_columns[size_t(c)];
    const int want = std::max(int(col.cards.size()), PageSize);
    auto page = query().cards(m_workspace.actor(), m_filter, ActivityColumn(c), std::nullopt, want);
    if (!page) {
        Q_EMIT errorOccurred(page.error().message);
        return;
    }
    const QList<ActivityCard> &fresh = page->cards;
    QSet<Id> freshIds;
    for (const ActivityCard &card : fresh)
        freshIds.insert(card.deal.id);
    const QModelIndex parent = index(c, 0);
    for (int r = int(col.cards.size()) - 1; r >= 0; --r) {
        if (freshIds.contains(col.cards.at(r).deal.id))
            continue;
        beginRemoveRows(parent, r, r);
        col.cards.removeAt(r);
        endRemoveRows();
    }
    QSet<Id> kept;
    for (const ActivityCard &card : std::as_const(col.cards))
        kept.insert(card.deal.id);
    for (int r = 0; r < fresh.size(); ++r) {
        if (kept.contains(fresh.at(r).deal.id))
            continue;
        const int at = std::min(r, int(col.cards.size()));
        beginInsertRows(parent, at, at);
        col.cards.insert(at, fresh.at(r));
        endInsertRows();
    }
    // Same cards now; put them in the stored order (and take their new content).
    bool sameOrder = true;
    for (int r = 0; r < fresh.size() && sameOrder; ++r)
        sameOrder = col.cards.at(r).deal.id == fresh.at(r).deal.id;
    if (!sameOrder) {
        Q_EMIT layoutAboutToBeChanged({QPersistentModelIndex(parent)});
        const QModelIndexList before = persistentIndexList();
        QList<Id> ids;
        for (const QModelIndex &i : before)
            ids << (i.parent() == parent ? col.cards.at(i.row()).deal.id : 0);
        col.cards = fresh;
        QHash<Id, int> rowOf;
        for (int r = 0; r < col.cards.size(); ++r)
            rowOf.insert(col.cards.at(r).deal.id, r);
        QModelIndexList after;
        for (int i = 0; i < before.size(); ++i)
            after << (ids.at(i) ? index(rowOf.value(ids.at(i)), 0, parent) : before.at(i));
        changePersistentIndexList(before, after);
        m_notifying = true;
        Q_EMIT layoutChanged({QPersistentModelIndex(parent)});
        m_notifying = false;
    } else {
        col.cards = fresh;
    }
    col.next = page->next;
    if (!col.cards.isEmpty())
        Q_EMIT dataChanged(index(0, 0, parent), index(int(col.cards.size()) - 1, 0, parent));
}

} // namespace comptoir
