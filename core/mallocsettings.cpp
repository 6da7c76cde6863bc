// SPDX-License-Identifier: GPL-3.0-or-later
#include "mallocsettings.h"

#include <cstdlib> // defines __GLIBC__ where it applies

#ifdef __GLIBC__
#include <malloc.h>
#endif

namespace comptoir {

namespace {

// Blocks from this size up get a mapping of their own, unmapped when freed.
constexpr int MmapThresholdBytes = 256 * 1024;
// Free memory at the top of an arena past this size goes back to the system.
constexpr int TrimThresholdBytes = 1024 * 1024;

} // namespace

bool configureMalloc()
{
#ifdef __GLIBC__
    // Setting either disables glibc's dynamic adjustment of both.
    return mallopt(M_MMAP_THRESHOLD, MmapThresholdBytes) == 1 && mallopt(M_TRIM_THRESHOLD, TrimThresholdBytes) == 1;
#else
    return true;
#endif
}

} // namespace comptoir
