// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "result.h"

#include <QByteArrayView>
#include <QList>
#include <QString>

class QIODevice;

namespace comptoir::csv {

// The text encodings an import accepts. Everything a French or English spreadsheet, CRM or
// accounting program writes falls in this list.
enum class Encoding {
    Utf8,
    Utf16LE,
    Utf16BE,
    Windows1252, // Excel's "CSV" on a Western Windows: Latin-1 plus € ’ œ … in 0x80-0x9F
    Iso8859_1, // Latin-1
    Iso8859_15, // Latin-9: Latin-1 with € at 0xA4 and Œ œ Š š Ž ž Ÿ
};

// All encodings, in the order a wizard lists them.
QList<Encoding> allEncodings();

// The IANA name: "UTF-8", "UTF-16LE", "UTF-16BE", "windows-1252", "ISO-8859-1", "ISO-8859-15".
QString encodingName(Encoding encoding);

// The encoding for a name or a usual alias ("utf8", "latin1", "cp1252", "latin9", ...),
// case-insensitive; an error listing the accepted names otherwise.
Result<Encoding> encodingFromName(const QString &name);

// What detection concluded and why.
struct EncodingGuess
{
    Encoding encoding = Encoding::Utf8;
    int bomLength = 0; // bytes of byte-order mark at the start of the file (0 when none)
    bool pureAscii = false; // every byte read was ASCII: any encoding of the list would do
    QString reason; // one translated sentence for the wizard ("The file starts with a UTF-8 mark.")
};

// Streaming encoding detection: feed the first bytes of a file (or all of it) in chunks of
// any size, then ask for the result. Memory use does not depend on the amount fed.
// Order of the rules: a byte-order mark; a known binary signature (zip/xlsx, xls, PDF,
// SQLite...) or many control bytes -> "not text"; UTF-16 without mark by its NUL-byte
// pattern; valid UTF-8; else a single-byte encoding (Windows-1252 when 0x80-0x9F bytes occur,
// ISO-8859-15 when 0xA4 sits where € would, ISO-8859-1 otherwise).
class EncodingDetector
{
public:
    EncodingDetector();

    void feed(QByteArrayView bytes);

    // wholeFile: everything was fed, so a multi-byte sequence cut at the end is an error and
    // not a sample boundary.
    Result<EncodingGuess> result(bool wholeFile) const;

    qint64 bytesFed() const { return m_total; }

private:
    void feedUtf8(QByteArrayView bytes);
    void feedSingleByteHints(QByteArrayView bytes);
    std::optional<Error> notText() const;

    QByteArray m_head; // the first bytes, for signatures and the byte-order mark
    qint64 m_total = 0;
    qint64 m_nulEven = 0, m_nulOdd = 0; // NUL bytes at even / odd offsets
    qint64 m_controls = 0; // control bytes that no text file holds
    qint64 m_high = 0; // bytes >= 0x80
    qint64 m_c1 = 0; // bytes 0x80-0x9F
    qint64 m_c1Undefined = 0; // of those, the five Windows-1252 leaves undefined
    qint64 m_euroLike = 0; // 0xA4 next to a digit or a space: € in ISO-8859-15
    qint64 m_latin9Letters = 0; // 0xA6 0xA8 0xB4 0xB8 0xBC 0xBD 0xBE between letters
    // UTF-8 validation state across chunks
    int m_utf8Pending = 0; // continuation bytes still expected
    uchar m_utf8Lower = 0x80, m_utf8Upper = 0xBF; // allowed range of the next continuation
    bool m_utf8Valid = true;
    uchar m_prev = 0; // the last byte fed, for the single-byte hints
    uchar m_prev2 = 0;
};

// When a file starts with the signature of a known binary format (an .xlsx or .xls workbook,
// a PDF, a database, an image...), the message that says so; an empty string otherwise.
QString binaryFileMessage(QByteArrayView head);

// Detects the encoding of a device from its first maxBytes bytes (all of them when maxBytes
// is negative). Reads from the current position and seeks back to it; a sequential device is
// only peeked, up to 64 KiB.
Result<EncodingGuess> detectEncoding(QIODevice &device, qint64 maxBytes = 8 * 1024 * 1024);

// Convenience for bytes already in memory.
Result<EncodingGuess> detectEncoding(QByteArrayView bytes, bool wholeFile);

} // namespace comptoir::csv
