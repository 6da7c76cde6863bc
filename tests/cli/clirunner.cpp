// SPDX-License-Identifier: GPL-3.0-or-later
#include "clirunner.h"

#include <QProcess>

CliRunner::CliRunner() : m_db(m_dir.filePath(QStringLiteral("test.comptoir"))) { }

CliRunner::Run CliRunner::run(const QStringList &args, const QStringList &environment) const
{
    return runRaw(QStringList{QStringLiteral("--db"), m_db} + args, environment);
}

CliRunner::Run CliRunner::runRaw(const QStringList &args, const QStringList &environment) const
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    // Never the user's settings or default database; the same locale on every machine.
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_dir.filePath(QStringLiteral("config")));
    env.insert(QStringLiteral("XDG_DATA_HOME"), m_dir.filePath(QStringLiteral("data")));
    env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
    env.insert(QStringLiteral("LANG"), QStringLiteral("C.UTF-8"));
    env.remove(QStringLiteral("LANGUAGE"));
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    env.remove(QStringLiteral("COMPTOIR_EXIT_AFTER_FIRST_PAINT"));
    for (const QString &assignment : environment) {
        const qsizetype equals = assignment.indexOf(QLatin1Char('='));
        env.insert(assignment.left(equals), assignment.mid(equals + 1));
    }
    QProcess process;
    process.setProcessEnvironment(env);
    process.start(QStringLiteral(COMPTOIR_EXECUTABLE), args);
    Run run;
    run.finished = process.waitForFinished(120000);
    if (!run.finished)
        process.kill();
    run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    run.out = QString::fromUtf8(process.readAllStandardOutput());
    run.err = QString::fromUtf8(process.readAllStandardError());
    return run;
}
