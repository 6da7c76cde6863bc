// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "result.h"

class QDateTime;

namespace comptoir {

class Database;

// What a new database starts with, in the current language: the owner user, the default
// pipeline with its stages, the deal types, sources, lost reasons and currencies.
Status seedDefaults(Database &db, const QDateTime &now);

} // namespace comptoir
