// SPDX-License-Identifier: GPL-3.0-or-later
#include "idrowindex.h"

namespace comptoir {

std::size_t IdRowIndex::slotFor(Id id) const
{
    // Fibonacci hashing spreads the consecutive ids SQLite hands out over the whole table.
    return std::size_t((quint64(id) * 0x9E3779B97F4A7C15ull) >> 17) & m_mask;
}

void IdRowIndex::build(const QVector<Id> &ids)
{
    std::size_t capacity = 16;
    while (capacity < std::size_t(ids.size()) * 2)
        capacity *= 2;
    m_slots.assign(capacity, 0);
    m_mask = capacity - 1;
    for (qsizetype row = 0; row < ids.size(); ++row) {
        std::size_t slot = slotFor(ids[row]);
        while (m_slots[slot] != 0)
            slot = (slot + 1) & m_mask;
        m_slots[slot] = qint32(row + 1);
    }
    m_built = true;
}

void IdRowIndex::clear()
{
    std::vector<qint32>().swap(m_slots);
    m_mask = 0;
    m_built = false;
}

int IdRowIndex::rowOf(Id id, const QVector<Id> &ids) const
{
    if (!m_built)
        return -1;
    for (std::size_t slot = slotFor(id); m_slots[slot] != 0; slot = (slot + 1) & m_mask) {
        const int row = m_slots[slot] - 1;
        if (row < ids.size() && ids[row] == id)
            return row;
    }
    return -1;
}

} // namespace comptoir
