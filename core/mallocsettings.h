// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace comptoir {

// The process's malloc settings, called first thing in main() (next to configureSqlite()).
// glibc moves its mmap threshold up to the largest block freed so far (up to 32 MiB) and keeps
// twice that freed in each thread's arena: after SQLite's sorter and the search index's threads
// had freed their 4 MiB buffers, a million-row import peaked at 64–69 MiB from one run to the
// next instead of 61 MiB. Fixed thresholds hand large blocks back to the system when they are
// freed. True where the settings apply (glibc); elsewhere nothing to do.
bool configureMalloc();

} // namespace comptoir
