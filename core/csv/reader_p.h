// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Private to core/csv: the reader's state. readerscan.cpp cuts the text into raw records
// (quotes, line breaks, positions); reader.cpp turns them into the header and data records
// (blank lines, ragged rows, limits).

#include "csv/decoder.h"
#include "csv/reader.h"

#include <QIODevice>
#include <optional>

namespace comptoir::csv {

class ReaderPrivate
{
public:
    ReaderPrivate(QIODevice *device, ReaderOptions options);

    enum class Scan { Record, End, Failed };
    // The next raw record: fields split and unquoted, nothing else decided.
    Scan scanRecord(Record &record);

    // An error at a character of the current text (or, with pos null, at an earlier place
    // given by line and column).
    void raise(Issue::Kind kind, qint64 line, qint64 column, const char16_t *pos,
               const QString &what);
    qint64 columnOf(const char16_t *p) const { return absOf(p) - m_lineStartAbs + 1; }

    QIODevice *m_device;
    ReaderOptions m_options;
    Decoder m_decoder;
    std::optional<Issue> m_error;

    // Reader.cpp's state
    QStringList m_header;
    qint64 m_headerLine = 0;
    bool m_headerDone = false;
    int m_expectedFields = -1;
    qint64 m_records = 0;
    bool m_sawContent = false; // a record that was not blank
    bool m_finished = false;
    bool m_firstRecord = true;

private:
    enum class State {
        RecordStart,
        FieldStart,
        Unquoted,
        Quoted,
        QuoteInQuoted,
        AfterQuote,
        Escape,
        SkipLine
    };

    qint64 absOf(const char16_t *p) const { return m_textAbs + (p - m_begin); }
    bool refill();
    void newline();
    void newlineInField();
    bool startField(Record &record);
    void endField();
    bool append(const char16_t *from, const char16_t *to);
    void flushRun();
    bool overLimit();
    bool nulCharacter(Record &record);
    Scan endRecord(Record &record, qint64 lastLine);
    Scan atEndOfInput(Record &record);
    bool isSpace(char16_t c) const { return c == u' ' || (c == u'\t' && m_delimiter != u'\t'); }

    // the input
    QByteArray m_bytes;
    QString m_text; // decoded text not yet consumed (one chunk, plus a rare carried tail)
    const char16_t *m_begin = nullptr, *m_pos = nullptr, *m_end = nullptr;
    qint64 m_textAbs = 0; // characters before m_text[0]
    qint64 m_textByteOffset = 0; // file offset of m_text[0]
    bool m_deviceEof = false;
    bool m_decodeFailed = false;
    bool m_inputDone = false;
    bool m_firstChunk = true;

    // positions
    qint64 m_line = 1;
    qint64 m_lineStartAbs = 0;
    bool m_crPending = false; // a CR ended the last chunk: an LF may follow in the next
    int m_linesToSkip = 0;

    // the record being read
    State m_state = State::RecordStart;
    QString *m_field = nullptr;
    int m_fieldIndex = -1;
    bool m_fieldQuoted = false;
    FieldPosition m_fieldStart; // of the field being read
    bool m_fieldFresh = true; // nothing written to *m_field for this field yet
    qsizetype m_fieldLength = 0;
    const char16_t *m_runStart = nullptr, *m_runEnd = nullptr; // characters not yet written
    bool m_recordQuoted = false;
    qint64 m_recordLine = 0;
    qint64 m_recordChars = 0;
    qint64 m_quoteLine = 0, m_quoteColumn = 0, m_quoteAbs = 0;
    int m_nulsRemoved = 0;

    // the dialect, unpacked for the inner loops
    char16_t m_delimiter;
    char16_t m_quote;
    char16_t m_escape;
    bool m_hasQuote;
    bool m_hasEscape;
    bool m_trimStart;
    bool m_trimEnd;
};

} // namespace comptoir::csv
