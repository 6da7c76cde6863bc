// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "csv/dialect.h"
#include "csv/encoding.h"

#include <QList>
#include <QStringList>

class QIODevice;

namespace comptoir::csv {

// What the sniffer found in the first kilobytes of a file, for the wizard to show and let the
// seller change.
struct SniffResult
{
    Dialect dialect; // delimiter, quote, hasHeader and lineEnd as detected
    int fieldCount = 0; // fields per row under that dialect (the most common count)
    int rowsSampled = 0; // rows looked at
    int consistentRows = 0; // of those, rows with fieldCount fields
    QList<QStringList> preview; // the first rows under that dialect, the header row included
};

// Guesses the dialect from the start of a file (in the given encoding). Delimiter: the
// candidate (, ; tab |) that splits the sampled rows into the same number of fields most
// often, quotes respected. Quote: " unless the file only parses without quoting, or with '.
// Header: the first row is text and distinct where later rows hold numbers or dates.
// wholeFile: the sample is the whole file (else its last, possibly cut, line is left out).
SniffResult sniff(QByteArrayView sample, Encoding encoding, bool wholeFile, int previewRows = 20);

// Encoding and dialect of a file, as the import wizard opens it.
struct Detection
{
    EncodingGuess encoding;
    SniffResult sniff;
};

// Detects the encoding (from up to 8 MiB) and the dialect (from the first sampleBytes) of a
// seekable device, and seeks back to where it was. An error when the file is not text.
Result<Detection> detect(QIODevice &device, qint64 sampleBytes = 64 * 1024);

} // namespace comptoir::csv
