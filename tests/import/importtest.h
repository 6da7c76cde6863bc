// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Shared by the import tests: a hash of every table's content (to prove that nothing was
// written), a file writer and the fixture paths.

#include "../common/testworkspace.h"

#include "import/importservice.h"
#include "import/profile.h"

#include <QCryptographicHash>
#include <QSqlQuery>
#include <QSqlRecord>
#include <algorithm>

namespace comptoir::test {

// SHA-256 over the sorted rows of every table but the ones skipped (sqlite_master order).
inline QByteArray contentHash(Database &db, const QStringList &skip = {})
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    QSqlQuery tables(db.sql());
    tables.exec(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' "
                               "AND sql NOT LIKE 'CREATE VIRTUAL%' ORDER BY name"));
    while (tables.next()) {
        const QString table = tables.value(0).toString();
        if (std::any_of(skip.begin(), skip.end(), [&](const QString &s) { return table.startsWith(s); }))
            continue;
        QSqlQuery rows(db.sql());
        rows.exec(QStringLiteral("SELECT * FROM \"%1\"").arg(table));
        QStringList lines;
        while (rows.next()) {
            QStringList values;
            for (int i = 0; i < rows.record().count(); ++i)
                values.append(rows.value(i).isNull() ? QStringLiteral("<null>") : rows.value(i).toString());
            lines.append(values.join(QChar(0x1f)));
        }
        lines.sort();
        hash.addData(table.toUtf8());
        hash.addData(lines.join(QChar(0x1e)).toUtf8());
    }
    return hash.result();
}

inline QString writeFile(const QString &dir, const QString &name, const QByteArray &bytes)
{
    const QString path = dir + QLatin1Char('/') + name;
    QFile file(path);
    if (file.open(QIODevice::WriteOnly))
        file.write(bytes);
    return path;
}

// A French file's rules: decimal commas, unknown stages created.
inline import::ImportRequest frenchRequest(const QString &path)
{
    import::ImportRequest request;
    request.path = path;
    request.rules.numbers = csv::NumberFormat::french();
    request.rules.unknownStages = import::UnknownStages::Create;
    return request;
}

inline QString importData(const QString &name)
{
    return QStringLiteral(COMPTOIR_TEST_DATA "/import/") + name;
}

inline qint64 count(const Database &db, const QString &sql)
{
    auto v = db.scalar(sql);
    return v ? v->toLongLong() : -1;
}

} // namespace comptoir::test
