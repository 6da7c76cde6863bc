// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Helpers shared by the CSV suites: read a whole file or buffer into rows, find fixtures.

#include "csv/reader.h"

#include <QBuffer>
#include <QFile>
#include <QList>
#include <QStringList>
#include <optional>

namespace comptoir::test {

struct ReadResult
{
    QStringList header;
    QList<QStringList> rows;
    QList<qint64> lines; // where each row starts
    QList<csv::Issue> warnings;
    std::optional<csv::Issue> error;
};

inline ReadResult readCsv(QIODevice *device, const csv::ReaderOptions &options)
{
    ReadResult result;
    csv::Reader reader(device, options);
    csv::Record record; // one record reused for every row, as the import does
    while (reader.next(record)) {
        result.rows.append(record.fields);
        result.lines.append(record.line);
        result.warnings.append(record.warnings);
    }
    result.header = reader.header();
    if (reader.hasError())
        result.error = reader.error();
    return result;
}

inline ReadResult readCsv(const QByteArray &bytes, const csv::ReaderOptions &options)
{
    QByteArray copy = bytes;
    QBuffer buffer(&copy);
    buffer.open(QIODevice::ReadOnly);
    return readCsv(&buffer, options);
}

inline QString csvFixture(const QString &relative)
{
    return QStringLiteral(COMPTOIR_TEST_DATA "/csv/") + relative;
}

inline QByteArray fixtureBytes(const QString &relative)
{
    QFile file(csvFixture(relative));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("missing fixture %s", qPrintable(relative));
    return file.readAll();
}

} // namespace comptoir::test
