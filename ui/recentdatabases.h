// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

namespace comptoir::recentdatabases {

// The databases opened lately, most recent first, kept in QSettings ("Comptoir", "Comptoir").
inline constexpr int MaxEntries = 8;

QStringList list();
// Puts `path` first (absolute, without duplicates) and makes it the last database.
void add(const QString &path);
void remove(const QString &path);
void clear();
// The database opened last, or an empty string when none was or its file is gone.
QString last();

} // namespace comptoir::recentdatabases
