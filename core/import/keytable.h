// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The keys an import has staged so far (external ids, or fingerprints of the mapped values), by
// their hash: the row each key was staged in. Half the memory of ClientTable per key (8-byte
// slots: 32 bits of the hash and the row), because a hit is only a candidate: the caller reads
// the staged row and compares the key itself, and a collision only costs that read. Up to a
// fixed number of slots in memory, the rest in a TEMP table (a file of any size keeps the memory
// bounded).

#include "entities.h"

#include <QStringView>

#include <type_traits>
#include <memory>
#include <optional>
#include <vector>

struct sqlite3;

namespace comptoir::import {

class Statement;

class KeyTable final
{
public:
    // At most maxSlots slots in memory (8 bytes each; a power of two), the rest in the TEMP
    // table of that name.
    KeyTable(const char *tempTable, size_t maxSlots);
    ~KeyTable();
    KeyTable(const KeyTable &) = delete;
    KeyTable &operator=(const KeyTable &) = delete;

    // The TEMP table emptied, the memory part too; false on a database error.
    bool attach(sqlite3 *db);
    // The first row recorded under the key's hash that `isKey` accepts (the caller compares the
    // key stored with that row), or none.
    // (Called for every row of an import: the callable is passed on as it is, without the
    // allocation a std::function of its captures would make.)
    template <class IsKey>
    std::optional<Id> find(QStringView key, IsKey &&isKey)
    {
        using Callable = std::remove_reference_t<IsKey>;
        return find(key, [](void *callable, Id row) -> bool { return (*static_cast<Callable *>(callable))(row); },
                    const_cast<void *>(static_cast<const void *>(&isKey)));
    }
    // Records a key not found before.
    void insert(QStringView key, Id row);
    void release(); // frees the memory part
    bool failed() const { return m_failed; }

private:
    struct Slot
    {
        quint32 tag = 0; // 0: empty
        quint32 row = 0;
    };
    std::optional<Id> find(QStringView key, bool (*isKey)(void *callable, Id row), void *callable);
    static quint64 hash(QStringView key);
    size_t home(quint32 tag) const;
    void grow();

    std::vector<Slot> m_slots;
    size_t m_used = 0;
    size_t m_maxSlots;
    const char *m_tempTable;
    qint64 m_spilled = 0;
    bool m_failed = false;
    std::unique_ptr<Statement> m_find, m_insert;
};

} // namespace comptoir::import
