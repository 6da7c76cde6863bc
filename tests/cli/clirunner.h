// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStringList>
#include <QTemporaryDir>

// Runs the built comptoir executable on a database of its own temporary folder, with settings
// and data folders inside it too, in the C locale unless told otherwise.
class CliRunner final
{
public:
    struct Run
    {
        int exitCode = -1;
        bool finished = false;
        QString out;
        QString err;

        QJsonDocument json() const { return QJsonDocument::fromJson(out.toUtf8()); }
    };

    CliRunner();
    bool isValid() const { return m_dir.isValid(); }
    QString dbPath() const { return m_db; }
    QString filePath(const QString &name) const { return m_dir.filePath(name); }

    // comptoir --db <temporary database> args...
    Run run(const QStringList &args, const QStringList &environment = {}) const;
    // comptoir args... (no --db added)
    Run runRaw(const QStringList &args, const QStringList &environment = {}) const;

private:
    QTemporaryDir m_dir;
    QString m_db;
};
