// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "result.h"

#include <QChar>
#include <QList>
#include <QString>

namespace comptoir::csv {

// The line ends the sniffer saw. Informative: the reader accepts CR LF, LF and CR alone, even
// mixed in one file.
enum class LineEnd { Unknown, CrLf, Lf, Cr };

// Whitespace (spaces and tabs) removed around fields that are not quoted.
enum class Trim { None, Start, End, Both };

// How a CSV file is written. Modelled on the W3C CSVW dialect description, minus what an
// import does not need. Every value can be detected (sniffer.h) and changed in the wizard.
struct Dialect
{
    QChar delimiter = u','; // one of , ; tab | (any character is accepted)
    QChar quote = u'"'; // the quote character, or a null QChar for a file without quoting
    QChar escape; // when set, escape + character inside quotes stands for that character (\")
    bool doubleQuote = true; // a doubled quote inside a quoted field stands for one quote
    bool hasHeader = true; // the first row names the columns
    int skipRows = 0; // lines ignored before the first row (report titles, notes)
    QString commentPrefix; // lines starting with it are ignored ("#"); empty: no comments
    Trim trim = Trim::None;
    LineEnd lineEnd = LineEnd::Unknown; // as detected; not needed to read

    friend bool operator==(const Dialect &, const Dialect &) = default;
};

// Refuses a dialect the reader cannot honour: no delimiter, a line break as delimiter or
// quote, or the same character for two roles. The reader reports it as its first error.
Status validateDialect(const Dialect &dialect);

// The delimiters the sniffer tries, in the order a wizard offers them.
QList<QChar> candidateDelimiters();

// A name a person understands for a delimiter: "comma", "semicolon", "tab", "vertical bar".
QString delimiterName(QChar delimiter);

// "CR LF (Windows)", "LF (Unix, macOS)", "CR (old Mac)", "unknown".
QString lineEndName(LineEnd lineEnd);

} // namespace comptoir::csv
