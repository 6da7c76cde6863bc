// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "result.h"

#include <QString>

namespace comptoir::csv {

// A problem found while reading a CSV file, with where it is. The message is a whole
// translated sentence that already names the line and column, ready for a seller.
struct Issue
{
    enum class Kind {
        NotText, // a binary file (a workbook, an image...)
        InvalidEncoding, // bytes the chosen encoding does not allow
        EmptyFile,
        MissingHeader, // the header row is empty
        DuplicateHeader, // two columns have the same name
        UnclosedQuote, // the position is where the quote opens
        TextAfterQuote, // "abc"def
        RaggedRow, // fewer or more fields than the header
        NulCharacter,
        FieldTooLong,
        RecordTooLong, // too many fields or characters in one record
        TooManyRecords,
        Io, // the device failed
        InvalidDialect, // the options themselves (a line break as delimiter...)
    };

    Kind kind = Kind::Io;
    qint64 line = 0; // physical line, from 1 (a quoted line break starts a new one)
    qint64 column = 0; // character on that line, from 1
    qint64 byteOffset = -1; // offset in the file, from 0; -1 when unknown
    QString message;

    // The same as a core Error (code Invalid, or Io), the byte offset as its detail.
    Error toError() const
    {
        Error e = Error::invalid(message);
        if (kind == Kind::Io)
            e.code = Error::Code::Io;
        if (byteOffset >= 0)
            e.detail = QStringLiteral("byte offset %1").arg(byteOffset);
        return e;
    }
};

} // namespace comptoir::csv
