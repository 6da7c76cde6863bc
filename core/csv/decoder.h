// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "csv/encoding.h"

#include <QByteArray>
#include <QString>

namespace comptoir::csv {

// Streaming decoder from one of the import encodings to UTF-16, checking every byte: unlike
// QStringDecoder it stops at the first invalid byte and says exactly where it is, so that the
// reader can report it with its line and column. Chunks may split characters anywhere.
// A byte-order mark at the start of the file is dropped (and one for the other UTF-16 byte
// order switches to it).
class Decoder
{
public:
    explicit Decoder(Encoding encoding);

    Encoding encoding() const { return m_encoding; }

    // Appends the text of bytes to out. Returns false at the first invalid byte: out then ends
    // with the text before it and the error accessors describe it. Once failed, stays failed.
    bool decode(QByteArrayView bytes, QString &out);

    // The end of the input: a character cut short by the end of the file is an error.
    bool finish(QString &out);

    bool hasError() const { return m_errorOffset >= 0; }
    qint64 errorByteOffset() const { return m_errorOffset; } // offset in the file, from 0
    QByteArray errorBytes() const { return m_errorBytes; } // the offending byte(s)
    // "the byte 0xE9 is not valid UTF-8"-style text (translated), without any position.
    QString errorDescription() const;

    // The file offset of the first character appended by the last decode() call.
    qint64 outputByteOffset() const { return m_outputOffset; }

    // Bytes the text takes in this encoding (to turn a character index into a byte offset).
    qint64 encodedLength(QStringView text) const;

private:
    bool decodeUtf8(const uchar *p, const uchar *end, QString &out);
    bool decodeUtf16(const uchar *p, const uchar *end, QString &out);
    bool decodeSingleByte(const uchar *p, const uchar *end, QString &out);
    bool skipStart(const uchar *&p, const uchar *end);
    void fail(qint64 offset, QByteArray bytes, bool truncated);

    Encoding m_encoding;
    qint64 m_fed = 0; // bytes received so far
    qint64 m_outputOffset = 0;
    bool m_started = false; // the byte-order mark question is settled
    QByteArray m_start; // the first bytes, until the mark question is settled
    QByteArray m_pending; // the start of a character cut by the end of the last chunk
    qint64 m_errorOffset = -1;
    QByteArray m_errorBytes;
    bool m_errorTruncated = false;
    bool m_forcedNewline = false; // the stray CR LF after a UTF-16LE mark, see skipStart()
};

} // namespace comptoir::csv
