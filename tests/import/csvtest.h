// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Helpers shared by the CSV suites: read a whole file or buffer into rows, find fixtures.

#include "csv/reader.h"
#include "csv/sniffer.h"

#include <QBuffer>
#include <QFile>
#include <QList>
#include <QStringList>
#include <functional>
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

// What the import will do with a file: detect its encoding and dialect, then read it with them
// (adjusted by the caller, as a seller would in the wizard).
struct DetectedRead
{
    csv::Detection detection;
    csv::ReaderOptions options;
    ReadResult result;
};

inline DetectedRead readDetected(const QString &path,
                                 const std::function<void(csv::ReaderOptions &)> &adjust = {})
{
    DetectedRead out;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot open %s", qPrintable(path));
    auto detection = csv::detect(file);
    if (!detection) {
        out.result.error
            = csv::Issue { csv::Issue::Kind::NotText, 1, 1, 0, detection.error().message };
        return out;
    }
    out.detection = *detection;
    out.options.encoding = detection->encoding.encoding;
    out.options.dialect = detection->sniff.dialect;
    if (adjust)
        adjust(out.options);
    out.result = readCsv(&file, out.options);
    return out;
}

// The index of a column by its name, spaces around ignored; -1 when absent.
inline int columnIndex(const QStringList &header, const QString &name)
{
    for (int i = 0; i < header.size(); ++i) {
        if (header.at(i).trimmed() == name)
            return i;
    }
    return -1;
}

} // namespace comptoir::test
