// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QChar>
#include <QList>
#include <QStringList>

class QIODevice;

namespace comptoir::csv {

struct WriterOptions
{
    QChar delimiter = u',';
    bool byteOrderMark = false; // UTF-8 BOM first, which Excel needs to read UTF-8
    // Text cells that a spreadsheet would run as a formula get a leading apostrophe.
    bool neutraliseFormulas = true;
};

// A text cell starting with =, +, -, @, tab, CR or LF, prefixed with ' so that no spreadsheet
// takes it for a formula (CWE-1236). Other text is returned as it is.
QString neutralised(const QString &text);

// The field as RFC 4180 writes it: quoted (quotes doubled) when it holds the delimiter, a quote,
// CR or LF, or starts or ends with a space.
QString quoted(const QString &field, QChar delimiter);

// Writes RFC 4180 records (CR LF line ends) in UTF-8 to a device, buffered.
class Writer
{
public:
    Writer(QIODevice *device, WriterOptions options);
    ~Writer();
    Writer(const Writer &) = delete;
    Writer &operator=(const Writer &) = delete;

    // One record; `isText` tells which fields are text (neutralised), the others are numbers
    // and dates written by the program. Missing entries count as text.
    void writeRecord(const QStringList &fields, const QList<bool> &isText = {});
    // The same record field by field from UTF-8 bytes, straight into the buffer (no QString per
    // cell): the path of large exports. The delimiter must be ASCII.
    void addField(QByteArrayView utf8, bool isText = true);
    void endRecord();
    // Writes what is buffered; false when the device refused bytes.
    bool flush();
    bool ok() const { return m_ok; }

private:
    QIODevice *m_device;
    WriterOptions m_options;
    QByteArray m_buffer;
    char m_delimiter; // the delimiter as a byte, for addField
    int m_fields = 0; // fields of the record being added
    bool m_ok = true;
};

} // namespace comptoir::csv
