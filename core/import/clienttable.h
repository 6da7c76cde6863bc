// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The clients an import matches rows to (companies by name, contacts by e-mail, phone or name),
// by a 96-bit hash of their key: an open-addressing table of 16-byte slots in memory, up to a
// fixed size, and beyond it a TEMP table, so that a file of any number of distinct clients keeps
// the import's memory bounded. Two different keys share a hash with a probability of about
// 2^-96 per pair, far below any chance of a wrong match in a file of millions of rows.

#include "entities.h"

#include <QStringView>

#include <memory>
#include <optional>
#include <vector>

struct sqlite3;

namespace comptoir::import {

class Statement;

class ClientTable final
{
public:
    enum class Kind { Company, Email, Phone, Name };
    // At most maxSlots slots in memory (16 bytes each; a power of two), the rest in the TEMP
    // table of that name.
    ClientTable(const char *tempTable, size_t maxSlots);
    ~ClientTable();
    ClientTable(const ClientTable &) = delete;
    ClientTable &operator=(const ClientTable &) = delete;

    // The TEMP table for what does not fit in memory, emptied; false on a database error.
    bool attach(sqlite3 *db);
    std::optional<Id> find(Kind kind, QStringView key);
    void insert(Kind kind, QStringView key, Id id);
    // Frees the memory part (the table is empty afterwards, until attached again).
    void release();
    bool failed() const { return m_failed; }
    qint64 spilled() const { return m_spilled; }

private:
    struct Slot
    {
        quint64 a = 0; // 0: empty
        quint32 b = 0;
        quint32 id = 0;
    };
    struct Hash
    {
        quint64 a;
        quint32 b;
    };
    static Hash hash(Kind kind, QStringView key);
    Slot *probe(const Hash &h);
    void grow();
    std::optional<Id> findSpilled(const Hash &h, qint64 *at); // at: where it is, else the free slot

    std::vector<Slot> m_slots;
    size_t m_used = 0;
    size_t m_maxSlots;
    const char *m_tempTable;
    qint64 m_spilled = 0;
    bool m_failed = false;
    std::unique_ptr<Statement> m_find, m_insert, m_update;
};

} // namespace comptoir::import
