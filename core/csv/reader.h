// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "csv/dialect.h"
#include "csv/encoding.h"
#include "csv/issue.h"

#include <QList>
#include <QStringList>
#include <memory>

class QIODevice;

namespace comptoir::csv {

// What to do with a record whose field count differs from the header's (or, without a
// header, from the first record's).
enum class RaggedRows {
    Report, // deliver it as it is, with a RaggedRow warning in Record::warnings
    Pad, // fill a short record with empty fields and drop extra fields that are empty; extra
         // fields that hold something stop the reading with an error
    Reject, // stop the reading with a RaggedRow error
};

// NUL characters: no text file holds them, but some broken exports do inside quoted values.
enum class NulCharacters {
    Reject, // stop with an error naming the line and column
    Remove, // drop them, with a warning on the record
};

// How to read a file: its encoding and dialect (from detect(), changed in the wizard), what to
// tolerate, and the limits that keep memory bounded.
struct ReaderOptions
{
    Encoding encoding = Encoding::Utf8;
    Dialect dialect;
    bool skipBlankLines = true; // lines that are empty (or hold only spaces or a stray BOM),
                                // wherever they are; when false a blank first line is a
                                // missing header and a later one a record of one empty field
    bool skipEmptyRecords = false; // records whose fields are all empty (";;;;")
    RaggedRows raggedRows = RaggedRows::Report;
    NulCharacters nulCharacters = NulCharacters::Reject;
    bool allowDuplicateNames = false; // header names that repeat (compared trimmed)
    int maxFieldLength = 64 * 1024; // characters in one field
    int maxRecordLength = 1024 * 1024; // characters in one record, all fields together
    int maxFields = 4096; // fields in one record
    qint64 maxRecords = 0; // data records (the header not counted); 0: no limit
    int chunkSize = 64 * 1024; // bytes read from the device at a time
};

// Where a field starts: its physical line and the character on that line, from 1.
struct FieldPosition
{
    qint64 line = 0;
    qint64 column = 0;
};

// One record (row) of the file. Reuse one Record across next() calls: its strings keep their
// capacity, so reading a large file allocates almost nothing per row.
struct Record
{
    QStringList fields;
    qint64 line = 0; // physical line where the record starts, from 1
    qint64 lastLine
        = 0; // physical line where it ends (later when a quoted field holds a line break)
    qint64 number = 0; // data records so far, the header not counted: 1 for the first
    int fileFieldCount = 0; // fields as written in the file, before any padding
    QList<FieldPosition> positions; // where each field written in the file starts, for
                                    // messages about a value (padded fields have none)
    QList<Issue> warnings; // a ragged row under RaggedRows::Report, NULs removed
};

class ReaderPrivate;

// Streaming RFC 4180 reader over a QIODevice (a file or a buffer, read from its current
// position): decodes with the chosen encoding, drops the byte-order mark, accepts CR LF, LF
// and CR line ends, quoted delimiters, quotes ("" doubled) and line breaks. Memory stays
// bounded by the chunk size and the field and record limits, whatever the file size.
// The first problem stops the reading; error() says what and where.
class Reader
{
public:
    Reader(QIODevice *device, ReaderOptions options);
    ~Reader();
    Reader(const Reader &) = delete;
    Reader &operator=(const Reader &) = delete;

    // Reads the header row when the dialect has one; next() calls it if you do not.
    // False on an error (an empty file, an empty or repeated header...).
    bool readHeader();

    // The column names, as written (a byte-order mark removed); empty without a header row.
    const QStringList &header() const;
    qint64 headerLine() const;

    // The next data record. False at the end of the file or on an error (see hasError()).
    bool next(Record &record);

    bool hasError() const;
    const Issue &error() const;
    bool atEnd() const; // the whole file was read without error

    const ReaderOptions &options() const;
    qint64 bytesRead() const; // bytes taken from the device, for a progress bar
    qint64 recordsRead() const; // data records delivered

private:
    std::unique_ptr<ReaderPrivate> d;
};

} // namespace comptoir::csv
