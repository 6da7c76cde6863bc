// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Shared by the core tests: a Workspace on a fresh database file in its own temporary folder,
// with a fixed clock, plus small helpers to check results and files.

#include "clock.h"
#include "database.h"
#include "workspace.h"

#include <QCryptographicHash>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

// Fails the test with the error's message when a Result or Status is not ok. The expression
// is evaluated once (QVERIFY2 evaluates its description even when the check passes).
#define COMPTOIR_VERIFY_OK(result)                                                                 \
    do {                                                                                           \
        const auto &comptoirResult_ = (result);                                                    \
        QVERIFY2(comptoirResult_.ok(), qPrintable(comptoir::test::errorText(comptoirResult_)));    \
    } while (false)

// Declares `var` from a Result-returning expression and fails the test unless it is ok.
#define COMPTOIR_TRY(var, expr)                                                                    \
    auto var = (expr);                                                                             \
    COMPTOIR_VERIFY_OK(var)

namespace comptoir::test {

template<typename R> QString errorText(const R &result)
{
    return result.ok() ? QString() : result.error().fullText();
}

// Monday 2 March 2026, 09:30 UTC: every fixture starts here.
inline QDateTime startTime()
{
    return QDateTime(QDate(2026, 3, 2), QTime(9, 30), Qt::UTC);
}

// SHA-256 of a file's bytes, or an empty array when it cannot be read.
inline QByteArray fileHash(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(&file);
    return hash.result();
}

// Rows of a table; `table` is always a constant written in a test, never input.
inline qint64 rowCount(const Database &db, const QString &table)
{
    auto n = db.scalar(QStringLiteral("SELECT count(*) FROM ") + table);
    return n ? n->toLongLong() : -1;
}

inline Company companyNamed(const QString &name)
{
    Company company;
    company.name = name;
    return company;
}

// The owner of a test database is its acting user.
class TestWorkspace final
{
public:
    explicit TestWorkspace(const OpenOptions &options = {})
        : m_clock(startTime())
    {
        m_path = m_dir.filePath(QStringLiteral("comptoir.db"));
        open(options);
    }

    // Closes the workspace if open, then opens the same file again.
    bool open(const OpenOptions &options = {})
    {
        m_ws.reset();
        auto opened = Workspace::open(m_path, options, m_clock);
        if (!opened) {
            m_error = opened.error().fullText();
            return false;
        }
        m_error.clear();
        m_ws = std::move(opened.value());
        return true;
    }
    void close() { m_ws.reset(); }

    bool isOpen() const { return m_ws != nullptr; }
    QString error() const { return m_error; }
    QString path() const { return m_path; }
    QString dirPath() const { return m_dir.path(); }
    FixedClock &clock() { return m_clock; }

    Workspace &ws() { return *m_ws; }
    Workspace *operator->() { return m_ws.get(); }
    Database &db() { return m_ws->db(); }
    Actor actor() const { return m_ws->actor(); }

private:
    QTemporaryDir m_dir;
    FixedClock m_clock; // outlives m_ws, which keeps a reference to it
    QString m_path;
    std::unique_ptr<Workspace> m_ws;
    QString m_error;
};

} // namespace comptoir::test
