// SPDX-License-Identifier: GPL-3.0-or-later
// configureMalloc(): a large block freed goes back to the system, also after larger blocks were
// freed before (glibc's default raises its thresholds then and keeps such blocks resident).
#include "mallocsettings.h"

#include <QFile>
#include <QTest>

#include <cstdlib>
#include <cstring>
#include <thread>

using namespace comptoir;

namespace {

qint64 residentKib()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').value(0).toLongLong();
    }
    return -1;
}

// Allocates `bytes`, writes every page and frees it.
void touchAndFree(size_t bytes)
{
    char *block = static_cast<char *>(std::malloc(bytes));
    QVERIFY(block);
    std::memset(block, 0x5a, bytes);
    // The compiler may drop a block nobody reads: this one is seen as read.
    asm volatile("" : : "r"(block) : "memory");
    std::free(block);
}

} // namespace

class TestMallocSettings : public QObject
{
    Q_OBJECT

private slots:
    void shouldHandLargeFreedBlocksBack();
};

void TestMallocSettings::shouldHandLargeFreedBlocksBack()
{
#ifndef __GLIBC__
    QSKIP("The settings are glibc's.");
#else
    QVERIFY(configureMalloc());
    if (residentKib() < 0)
        QSKIP("No /proc/self/status here.");
    constexpr size_t MiB = 1024 * 1024;
    const qint64 before = residentKib();
    // As SQLite's sorter and the search index's threads do: large buffers, freed, then more.
    auto work = [] {
        for (int i = 0; i < 4; ++i)
            touchAndFree(16 * MiB);
    };
    std::thread(work).join();
    work();
    for (int i = 0; i < 8; ++i) {
        touchAndFree(8 * MiB);
        std::thread([] { touchAndFree(8 * MiB); }).join();
    }
    const qint64 after = residentKib();
    // Without the settings glibc keeps freed blocks of this size: 16 MiB or more stay resident.
    QVERIFY2(after - before < 4 * 1024, qPrintable(QStringLiteral("%1 KiB then %2 KiB").arg(before).arg(after)));
#endif
}

QTEST_GUILESS_MAIN(TestMallocSettings)
#include "tst_mallocsettings.moc"
