// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Reads or builds SQLite files behind Comptoir's back, as another program would: through a
// private QSQLITE connection that is closed again before returning.

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStringList>
#include <QUuid>
#include <QVariant>

namespace comptoir::test {

// Runs the statements in order; stops at the first failure. The first column of the first
// row of the last statement goes to `lastValue` when given.
inline bool runSql(const QString &path, const QStringList &statements, QString *lastValue = nullptr)
{
    const QString name = QUuid::createUuid().toString();
    bool ok = true;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        ok = db.open();
        for (const QString &statement : statements) {
            QSqlQuery q(db);
            ok = ok && q.exec(statement);
            if (ok && lastValue)
                *lastValue = q.next() ? q.value(0).toString() : QString();
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return ok;
}

// One value read from a file, or "<error>".
inline QString sqlValue(const QString &path, const QString &statement)
{
    QString value;
    return runSql(path, { statement }, &value) ? value : QStringLiteral("<error>");
}

} // namespace comptoir::test
