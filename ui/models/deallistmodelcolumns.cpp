// SPDX-License-Identifier: GPL-3.0-or-later
// DealListModel's custom field columns: one per custom field of deals, after the built-in
// ones, following the definitions as they change; their keys; the sort on one of them.
#include "deallistmodel.h"

#include "workspace.h"

#include <algorithm>

namespace comptoir {

std::optional<CustomField> DealListModel::customFieldAt(int column) const
{
    const int at = column - ColumnCount;
    if (at < 0 || at >= m_customFields.size())
        return std::nullopt;
    return m_customFields[at];
}

QString DealListModel::columnKey(int column) const
{
    if (column >= 0 && column < ColumnCount)
        return dealColumnKey(DealColumn(column));
    const auto field = customFieldAt(column);
    return field ? field->key() : QString();
}

int DealListModel::columnOfKey(const QString &key) const
{
    if (const auto builtIn = dealColumnFromKey(key))
        return int(*builtIn);
    if (const auto id = CustomField::idFromKey(key)) {
        for (int i = 0; i < m_customFields.size(); ++i) {
            if (m_customFields[i].id == *id)
                return ColumnCount + i;
        }
    }
    return -1;
}

int DealListModel::sortColumn() const
{
    if (m_sort.customFieldId != 0)
        return columnOfKey(CustomField::keyFor(m_sort.customFieldId));
    return int(m_sort.column);
}

void DealListModel::updateCustomColumns()
{
    auto read = customfields::definitions(m_workspace.db());
    if (!read) {
        report(read.error());
        return;
    }
    QList<CustomField> fields = std::move(read).value();
    std::sort(fields.begin(), fields.end(), [](const CustomField &a, const CustomField &b) { return a.id < b.id; });

    // Removed fields first (from the last, so the columns before keep their numbers), then the
    // new ones at the end: ids only grow, so a header keeps every other column where it was.
    for (int i = int(m_customFields.size()) - 1; i >= 0; --i) {
        const Id id = m_customFields[i].id;
        if (std::any_of(fields.cbegin(), fields.cend(), [id](const CustomField &f) { return f.id == id; }))
            continue;
        beginRemoveColumns({}, ColumnCount + i, ColumnCount + i);
        m_customFields.removeAt(i);
        endRemoveColumns();
    }
    const bool prefix = fields.size() >= m_customFields.size()
        && std::equal(m_customFields.cbegin(), m_customFields.cend(), fields.cbegin(),
                      [](const CustomField &a, const CustomField &b) { return a.id == b.id; });
    if (!prefix) {
        // Not seen with growing ids, but a column must never show another field's values.
        beginResetModel();
        m_customFields = fields;
        invalidateRows();
        endResetModel();
        return;
    }
    if (fields.size() > m_customFields.size()) {
        const int kept = int(m_customFields.size());
        beginInsertColumns({}, columnCount(), ColumnCount + int(fields.size()) - 1);
        m_customFields = fields;
        invalidateRows(); // the cached rows lack the new fields' values
        endInsertColumns();
        if (kept > 0) // one of them may have been renamed in the same change
            Q_EMIT headerDataChanged(Qt::Horizontal, ColumnCount, ColumnCount + kept - 1);
    } else if (!m_customFields.isEmpty()) {
        // A rename, new options or another currency: the header and the cells read anew.
        m_customFields = fields;
        invalidateRows();
        Q_EMIT headerDataChanged(Qt::Horizontal, ColumnCount, columnCount() - 1);
        if (!m_ids.isEmpty())
            Q_EMIT dataChanged(index(0, ColumnCount), index(rowCount() - 1, columnCount() - 1));
    }
    if (m_sort.customFieldId != 0 && columnOfKey(CustomField::keyFor(m_sort.customFieldId)) < 0) {
        m_sort = DealSort {}; // its field is gone: the default order
        scheduleReload();
    }
}

} // namespace comptoir
