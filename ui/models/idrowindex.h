// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "entities.h"

#include <QVector>
#include <vector>

namespace comptoir {

// Id -> row of an id snapshot in O(1). Open addressing over row numbers only (the ids stay in
// the snapshot), so a million rows cost 8 MiB instead of the ~40 MiB of a QHash<Id, int>.
class IdRowIndex final
{
public:
    void build(const QVector<Id> &ids);
    void clear();
    bool isBuilt() const { return m_built; }
    // The row of `id` in the snapshot given to build() (which must be unchanged), or -1.
    int rowOf(Id id, const QVector<Id> &ids) const;

private:
    std::size_t slotFor(Id id) const;
    std::vector<qint32> m_slots; // row + 1; 0 marks an empty slot
    std::size_t m_mask = 0;
    bool m_built = false;
};

} // namespace comptoir
