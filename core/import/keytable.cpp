// SPDX-License-Identifier: GPL-3.0-or-later
#include "import/keytable.h"

#include "import/sql_p.h"

#include <QHash>

#include <limits>
#include <string>

namespace comptoir::import {

namespace {

// The table doubles past GrowLoad of its slots, and takes no more keys in memory past MaxLoad
// once at its largest (linear probing: short runs below that).
constexpr double GrowLoad = 0.7;
constexpr double MaxLoad = 0.9;
constexpr size_t InitialSlots = 1024;

// The slot's tag: 32 bits of the hash, never 0 (an empty slot).
quint32 tagOf(quint64 h)
{
    const auto tag = quint32(h ^ (h >> 32));
    return tag ? tag : 1;
}

} // namespace

KeyTable::KeyTable(const char *tempTable, size_t maxSlots)
    : m_maxSlots(std::max(maxSlots, InitialSlots)), m_tempTable(tempTable)
{
}

KeyTable::~KeyTable() = default;

bool KeyTable::attach(sqlite3 *db)
{
    // h: the whole 64-bit hash; equal hashes take the next free value (h + 1, ...).
    const auto table = emptyTempTable(db, m_tempTable, "h INTEGER PRIMARY KEY, row INTEGER NOT NULL");
    if (!table)
        return false;
    release();
    m_find = std::make_unique<Statement>(db, ("SELECT row FROM " + *table + " WHERE h = ?1").c_str());
    m_insert = std::make_unique<Statement>(db, ("INSERT INTO " + *table + " (h, row) VALUES (?1, ?2)").c_str());
    return m_find->prepared() && m_insert->prepared();
}

void KeyTable::release()
{
    m_slots.clear();
    m_slots.shrink_to_fit();
    m_used = 0;
    m_spilled = 0;
}

quint64 KeyTable::hash(QStringView key)
{
    return quint64(qHash(key, size_t(0x9e3779b97f4a7c15ULL)));
}

// A tag's first slot: from the tag alone (its high bits), so that a larger table places the keys
// again without their hash.
size_t KeyTable::home(quint32 tag) const
{
    return size_t((quint64(tag) * m_slots.size()) >> 32);
}

void KeyTable::grow()
{
    std::vector<Slot> old = std::move(m_slots);
    m_slots.assign(old.empty() ? InitialSlots : old.size() * 2, Slot {});
    const size_t mask = m_slots.size() - 1;
    for (const Slot &slot : old) {
        if (slot.tag == 0)
            continue;
        size_t i = home(slot.tag);
        while (m_slots[i].tag != 0)
            i = (i + 1) & mask;
        m_slots[i] = slot;
    }
}

std::optional<Id> KeyTable::find(QStringView key, bool (*isKey)(void *callable, Id row), void *callable)
{
    const quint64 h = hash(key);
    if (!m_slots.empty()) {
        const quint32 tag = tagOf(h);
        const size_t mask = m_slots.size() - 1;
        for (size_t i = home(tag); m_slots[i].tag != 0; i = (i + 1) & mask) {
            if (m_slots[i].tag == tag && isKey(callable, Id(m_slots[i].row)))
                return Id(m_slots[i].row);
        }
    }
    for (qint64 at = qint64(h); m_spilled > 0; ++at) {
        m_find->bind(1, at);
        if (!m_find->next()) {
            m_failed = m_failed || m_find->failed();
            break;
        }
        const Id row = m_find->integer(0);
        m_find->reset();
        if (isKey(callable, row))
            return row;
    }
    return std::nullopt;
}

void KeyTable::insert(QStringView key, Id row)
{
    const quint64 h = hash(key);
    if (m_slots.empty() || (m_used + 1 > size_t(double(m_slots.size()) * GrowLoad) && m_slots.size() < m_maxSlots))
        grow();
    const bool fits = row > 0 && row <= Id(std::numeric_limits<quint32>::max());
    if (fits && m_used + 1 <= size_t(double(m_slots.size()) * MaxLoad)) {
        const size_t mask = m_slots.size() - 1;
        const quint32 tag = tagOf(h);
        size_t i = home(tag);
        while (m_slots[i].tag != 0)
            i = (i + 1) & mask;
        m_slots[i] = { tag, quint32(row) };
        ++m_used;
        return;
    }
    if (!m_insert) {
        m_failed = true;
        return;
    }
    // The first free value from the hash on.
    qint64 at = qint64(h);
    for (;; ++at) {
        m_find->bind(1, at);
        const bool taken = m_find->next();
        m_find->reset();
        if (!taken)
            break;
    }
    m_insert->bind(1, at);
    m_insert->bind(2, row);
    if (!m_insert->exec())
        m_failed = true;
    else
        ++m_spilled;
}

} // namespace comptoir::import
