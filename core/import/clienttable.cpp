// SPDX-License-Identifier: GPL-3.0-or-later
#include "import/clienttable.h"

#include "import/sql_p.h"

#include <QHash>

#include <limits>
#include <string>

namespace comptoir::import {

namespace {

// The table grows (doubling) past this share of its slots, and stops taking new keys in memory
// past MaxLoad once at its largest.
constexpr double GrowLoad = 0.7;
constexpr double MaxLoad = 0.9;
constexpr size_t InitialSlots = 1024;

} // namespace

ClientTable::ClientTable(const char *tempTable, size_t maxSlots)
    : m_maxSlots(std::max(maxSlots, InitialSlots)), m_tempTable(tempTable)
{
}

ClientTable::~ClientTable() = default;

bool ClientTable::attach(sqlite3 *db)
{
    // h: the first 64 bits of the hash (the slot; collisions probe onwards), b the other 32.
    const auto table = emptyTempTable(db, m_tempTable, "h INTEGER PRIMARY KEY, b INTEGER NOT NULL, id INTEGER NOT NULL");
    if (!table)
        return false;
    release();
    m_find = std::make_unique<Statement>(db, ("SELECT b, id FROM " + *table + " WHERE h = ?1").c_str());
    m_insert = std::make_unique<Statement>(db, ("INSERT INTO " + *table + " (h, b, id) VALUES (?1, ?2, ?3)").c_str());
    m_update = std::make_unique<Statement>(db, ("UPDATE " + *table + " SET b = ?2, id = ?3 WHERE h = ?1").c_str());
    return m_find->prepared() && m_insert->prepared() && m_update->prepared();
}

void ClientTable::release()
{
    m_slots.clear();
    m_slots.shrink_to_fit();
    m_used = 0;
    m_spilled = 0;
}

ClientTable::Hash ClientTable::hash(Kind kind, QStringView key)
{
    // Two independent hashes, each seeded by the kind: an e-mail and a company name never meet.
    const size_t k = size_t(kind) + 1;
    const quint64 a = quint64(qHash(key, size_t(0x9e3779b97f4a7c15ULL) * k));
    const quint64 b = quint64(qHash(key, size_t(0xc2b2ae3d27d4eb4fULL) ^ (k << 32)));
    return { a ? a : 1, quint32(b ^ (b >> 32)) };
}

ClientTable::Slot *ClientTable::probe(const Hash &h)
{
    const size_t mask = m_slots.size() - 1;
    for (size_t i = size_t(h.a) & mask;; i = (i + 1) & mask) {
        Slot &slot = m_slots[i];
        if (slot.a == 0 || (slot.a == h.a && slot.b == h.b))
            return &slot;
    }
}

void ClientTable::grow()
{
    std::vector<Slot> old = std::move(m_slots);
    m_slots.assign(old.empty() ? InitialSlots : old.size() * 2, Slot {});
    for (const Slot &slot : old) {
        if (slot.a != 0)
            *probe({ slot.a, slot.b }) = slot;
    }
}

std::optional<Id> ClientTable::findSpilled(const Hash &h, qint64 *at)
{
    for (qint64 slot = qint64(h.a);; ++slot) {
        if (at)
            *at = slot;
        m_find->bind(1, slot);
        if (!m_find->next()) {
            m_failed = m_failed || m_find->failed();
            return std::nullopt;
        }
        const bool same = quint32(m_find->integer(0)) == h.b;
        const Id id = m_find->integer(1);
        m_find->reset();
        if (same)
            return id;
    }
}

std::optional<Id> ClientTable::find(Kind kind, QStringView key)
{
    const Hash h = hash(kind, key);
    if (!m_slots.empty()) {
        const Slot *slot = probe(h);
        if (slot->a != 0)
            return Id(slot->id);
    }
    if (m_spilled == 0 || !m_find)
        return std::nullopt;
    return findSpilled(h, nullptr);
}

void ClientTable::insert(Kind kind, QStringView key, Id id)
{
    const Hash h = hash(kind, key);
    if (m_slots.empty() || (m_used + 1 > size_t(double(m_slots.size()) * GrowLoad) && m_slots.size() < m_maxSlots))
        grow();
    // A key known already takes the new id (the last client of that key is the one matched).
    const bool fits = id > 0 && id <= Id(std::numeric_limits<quint32>::max());
    Slot *slot = probe(h);
    if (fits && (slot->a != 0 || m_used + 1 <= size_t(double(m_slots.size()) * MaxLoad))) {
        if (slot->a == 0)
            ++m_used;
        *slot = { h.a, h.b, quint32(id) };
        return;
    }
    if (!m_insert) {
        m_failed = true;
        return;
    }
    qint64 at = 0;
    const bool known = m_spilled > 0 && findSpilled(h, &at);
    if (m_spilled == 0)
        at = qint64(h.a);
    Statement &write = known ? *m_update : *m_insert;
    write.bind(1, at);
    write.bind(2, qint64(h.b));
    write.bind(3, id);
    if (!write.exec())
        m_failed = true;
    else if (!known)
        ++m_spilled;
}

} // namespace comptoir::import
