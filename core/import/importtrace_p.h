// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Where an import's time goes: with COMPTOIR_IMPORT_TRACE=1 in the environment, each run
// prints the time of its steps to stderr when it ends (see docs/PERFORMANCE.md, "import").
// Off, a step costs one branch.

#include <QElapsedTimer>
#include <QtGlobal>

#include <array>
#include <cstdio>
#include <ctime>

namespace comptoir::import {

class ImportTrace final
{
public:
    enum Step { Detect, Parse, Rows, Keys, History, Indexes, Search, Commit, StepCount };

    ImportTrace() : m_on(qEnvironmentVariableIntValue("COMPTOIR_IMPORT_TRACE") != 0) {}
    ~ImportTrace()
    {
        if (!m_on)
            return;
        static const char *const names[] = { "detect", "parse", "rows", "keys", "history",
                                             "indexes", "search_totals", "commit" };
        std::fprintf(stderr, "import trace:");
        for (int i = 0; i < StepCount; ++i)
            std::fprintf(stderr, " %s=%.0fms", names[i], double(m_ns[i]) / 1e6);
        // The process's peak resident memory when each set-based step ended (the rows' peak
        // is the one at "keys").
        std::fprintf(stderr, "\nimport trace: peak RSS at the end of");
        for (int i = Keys; i < StepCount; ++i)
            std::fprintf(stderr, " %s=%lldKiB", names[i], m_peakKib[i]);
        // The CPU time of the import's thread and of the whole process (its helper threads
        // included) in each set-based step: how much of the second core the step used.
        std::fprintf(stderr, "\nimport trace: CPU of the import's thread / of the process in");
        for (int i = Keys; i < StepCount; ++i)
            std::fprintf(stderr, " %s=%.0f/%.0fms", names[i], double(m_threadNs[i]) / 1e6, double(m_processNs[i]) / 1e6);
        std::fprintf(stderr, "\n");
    }
    ImportTrace(const ImportTrace &) = delete;
    ImportTrace &operator=(const ImportTrace &) = delete;

    // Times the enclosing scope as one step.
    class Scope final
    {
    public:
        Scope(ImportTrace &trace, Step step) : m_trace(trace), m_step(step)
        {
            if (!m_trace.m_on)
                return;
            m_timer.start();
            if (m_step >= Keys) {
                m_thread = cpuNs(CLOCK_THREAD_CPUTIME_ID);
                m_process = cpuNs(CLOCK_PROCESS_CPUTIME_ID);
            }
        }
        ~Scope()
        {
            if (!m_trace.m_on)
                return;
            m_trace.m_ns[m_step] += m_timer.nsecsElapsed();
            if (m_step >= Keys) {
                m_trace.m_peakKib[m_step] = peakKib();
                m_trace.m_threadNs[m_step] += cpuNs(CLOCK_THREAD_CPUTIME_ID) - m_thread;
                m_trace.m_processNs[m_step] += cpuNs(CLOCK_PROCESS_CPUTIME_ID) - m_process;
            }
        }
        Scope(const Scope &) = delete;
        Scope &operator=(const Scope &) = delete;

    private:
        ImportTrace &m_trace;
        Step m_step;
        QElapsedTimer m_timer;
        qint64 m_thread = 0, m_process = 0;
    };

private:
    static qint64 cpuNs(clockid_t clock)
    {
        timespec t {};
        clock_gettime(clock, &t);
        return qint64(t.tv_sec) * 1000000000 + t.tv_nsec;
    }
    static long long peakKib()
    {
        long long kib = 0;
        if (std::FILE *status = std::fopen("/proc/self/status", "r")) {
            char line[256];
            while (std::fgets(line, sizeof line, status)) {
                if (std::sscanf(line, "VmHWM: %lld", &kib) == 1)
                    break;
            }
            std::fclose(status);
        }
        return kib;
    }

    bool m_on;
    std::array<qint64, StepCount> m_ns {};
    std::array<long long, StepCount> m_peakKib {};
    std::array<qint64, StepCount> m_threadNs {}, m_processNs {};
};

} // namespace comptoir::import
