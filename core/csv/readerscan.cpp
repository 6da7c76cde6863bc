// SPDX-License-Identifier: GPL-3.0-or-later
#include "csv/reader_p.h"

#include "csv/text_p.h"

#include <cstring>
#ifdef __SSE2__
#include <emmintrin.h>
#endif

// The inner loop of the reader. Text arrives one decoded chunk at a time; every state can be
// interrupted at the end of a chunk and resumed at the start of the next, so a record may
// straddle any number of chunks. Runs of ordinary characters are found first and appended in
// one go: per character there is only the test for the few special ones.

namespace comptoir::csv {
namespace {

// The first of the characters a, b, c, d, e in [p, end), or end: eight characters at a time
// where SSE2 is there (every x86-64), which is most of the reader's time on long fields.
inline const char16_t *findAny(const char16_t *p, const char16_t *end, char16_t a, char16_t b,
                               char16_t c, char16_t d, char16_t e)
{
#ifdef __SSE2__
    const __m128i va = _mm_set1_epi16(short(a)), vb = _mm_set1_epi16(short(b)),
                  vc = _mm_set1_epi16(short(c)), vd = _mm_set1_epi16(short(d)),
                  ve = _mm_set1_epi16(short(e));
    while (end - p >= 8) {
        const __m128i x = _mm_loadu_si128(reinterpret_cast<const __m128i *>(p));
        const __m128i hits = _mm_or_si128(
            _mm_or_si128(_mm_or_si128(_mm_cmpeq_epi16(x, va), _mm_cmpeq_epi16(x, vb)),
                         _mm_or_si128(_mm_cmpeq_epi16(x, vc), _mm_cmpeq_epi16(x, vd))),
            _mm_cmpeq_epi16(x, ve));
        const int mask = _mm_movemask_epi8(hits);
        if (mask)
            return p + (__builtin_ctz(unsigned(mask)) >> 1);
        p += 8;
    }
#endif
    for (; p < end; ++p) {
        const char16_t x = *p;
        if (x == a || x == b || x == c || x == d || x == e)
            return p;
    }
    return end;
}

} // namespace

// Takes the next chunk from the device. The unconsumed rest of the text (a comment prefix
// cut in two, at most) is kept in front of it.
bool ReaderPrivate::refill()
{
    if (m_error)
        return false;
    if (m_decodeFailed) {
        Issue::Kind kind = Issue::Kind::InvalidEncoding;
        QString what = m_decoder.errorDescription();
        if (m_decoder.encoding() == Encoding::Utf8)
            what = Csv::tr("%1. The file is probably in another encoding, such as "
                           "Windows-1252: choose it in the import settings.")
                       .arg(what);
        raise(kind, m_line, columnOf(m_pos), nullptr, what);
        m_error->byteOffset = m_decoder.errorByteOffset();
        return false;
    }
    if (m_deviceEof) {
        m_inputDone = true;
        return false;
    }
    if (m_field)
        flushRun(); // the chunk is about to be replaced
    const qsizetype consumed = m_pos - m_begin;
    m_textAbs += consumed;
    if (consumed == m_text.size())
        m_text.truncate(0); // keeps the capacity
    else
        m_text.remove(0, consumed);
    const qint64 tailBytes = m_decoder.encodedLength(m_text);
    const qint64 got = m_device->read(m_bytes.data(), m_bytes.size());
    if (got < 0) {
        raise(Issue::Kind::Io, m_line, columnOf(m_pos), nullptr,
              Csv::tr("the file could not be read (%1).").arg(m_device->errorString()));
        return false;
    }
    if (m_firstChunk && got > 0) {
        m_firstChunk = false;
        const QString binary = binaryFileMessage(QByteArrayView(m_bytes.constData(), got));
        if (!binary.isEmpty()) {
            raise(Issue::Kind::NotText, 1, 1, nullptr, binary);
            m_error->byteOffset = 0;
            return false;
        }
    }
    bool ok;
    if (got == 0) {
        m_deviceEof = true;
        ok = m_decoder.finish(m_text);
    } else {
        ok = m_decoder.decode(QByteArrayView(m_bytes.constData(), got), m_text);
    }
    m_textByteOffset = m_decoder.outputByteOffset() - tailBytes;
    m_decodeFailed = !ok;
    m_begin = reinterpret_cast<const char16_t *>(m_text.constData());
    m_pos = m_begin;
    m_end = m_begin + m_text.size();
    return true;
}

Q_ALWAYS_INLINE bool ReaderPrivate::startField(Record &record)
{
    ++m_fieldIndex;
    if (m_fieldIndex >= m_options.maxFields) {
        raise(Issue::Kind::RecordTooLong, m_recordLine, 1, nullptr,
              Csv::tr("this row has more than %n fields, the most a row may have.", nullptr,
                      m_options.maxFields));
        return false;
    }
    if (m_fieldIndex < record.fields.size()) {
        m_field = &record.fields[m_fieldIndex];
    } else {
        record.fields.append(QString());
        m_field = &record.fields.last();
    }
    m_fieldQuoted = false;
    m_fieldFresh = true;
    m_fieldLength = 0;
    m_fieldStart = { m_line, columnOf(m_pos) };
    if (m_fieldIndex < record.positions.size())
        record.positions[m_fieldIndex] = m_fieldStart;
    else
        record.positions.append(m_fieldStart);
    return true;
}

Q_ALWAYS_INLINE void ReaderPrivate::endField()
{
    flushRun();
    if (m_fieldFresh && !m_field->isEmpty())
        m_field->truncate(0); // the string held a value of the previous record
    if (m_trimEnd && !m_fieldQuoted) {
        qsizetype n = m_field->size();
        const QChar *data = m_field->constData();
        while (n > 0 && isSpace(data[n - 1].unicode()))
            --n;
        m_field->truncate(n);
    }
}

// Characters are not copied one run at a time: contiguous runs are merged and written to the
// field's string once, when the field ends (or the chunk does). A field string that still has
// the capacity of the previous record's value is then filled without any allocation.
Q_ALWAYS_INLINE bool ReaderPrivate::append(const char16_t *from, const char16_t *to)
{
    const qsizetype n = to - from;
    if (from != m_runEnd) {
        flushRun();
        m_runStart = from;
    }
    m_runEnd = to;
    m_fieldLength += n;
    m_recordChars += n;
    if (m_fieldLength > m_options.maxFieldLength || m_recordChars > m_options.maxRecordLength)
        return overLimit();
    return true;
}

// Which limit the run crossed first, so that the error does not depend on how the text was cut
// into chunks: the one it overshoots most (both grew by the same run).
bool ReaderPrivate::overLimit()
{
    const qint64 fieldOver = m_fieldLength - m_options.maxFieldLength;
    const qint64 recordOver = m_recordChars - m_options.maxRecordLength;
    if (fieldOver > 0 && fieldOver >= recordOver) {
        const FieldPosition start = m_fieldStart;
        QString what = Csv::tr("a field is longer than %n characters, the most a field may hold.",
                               nullptr, m_options.maxFieldLength);
        if (m_fieldQuoted)
            what += QLatin1Char(' ') + Csv::tr("Perhaps the quote that opens it is never closed.");
        raise(Issue::Kind::FieldTooLong, start.line, start.column, nullptr, what);
        return false;
    }
    raise(Issue::Kind::RecordTooLong, m_recordLine, 1, nullptr,
          Csv::tr("this row is longer than %n characters, the most a row may hold.", nullptr,
                  m_options.maxRecordLength));
    return false;
}

Q_ALWAYS_INLINE void ReaderPrivate::flushRun()
{
    if (m_runStart == m_runEnd)
        return;
    const qsizetype n = m_runEnd - m_runStart;
    if (m_fieldFresh) {
        m_field->resize(n);
        std::memcpy(static_cast<void *>(m_field->data()), m_runStart, n * sizeof(char16_t));
        m_fieldFresh = false;
    } else {
        m_field->append(reinterpret_cast<const QChar *>(m_runStart), n);
    }
    m_runStart = m_runEnd = nullptr;
}

// A line break inside quotes belongs to the value, as written.
void ReaderPrivate::newlineInField()
{
    const char16_t *from = m_pos;
    newline();
    append(from, m_pos);
}

ReaderPrivate::Scan ReaderPrivate::endRecord(Record &record, qint64 lastLine)
{
    endField();
    record.fields.resize(m_fieldIndex + 1);
    record.line = m_recordLine;
    record.lastLine = lastLine;
    record.fileFieldCount = m_fieldIndex + 1;
    record.positions.resize(m_fieldIndex + 1);
    m_state = State::RecordStart;
    m_field = nullptr;
    return Scan::Record;
}

ReaderPrivate::Scan ReaderPrivate::scanRecord(Record &record)
{
    if (m_error)
        return Scan::Failed;
    for (;;) {
        if (m_pos == m_end) {
            if (!refill())
                return m_error ? Scan::Failed : atEndOfInput(record);
            continue;
        }
        if (m_crPending) {
            m_crPending = false;
            if (*m_pos == u'\n') {
                if (m_state == State::Quoted)
                    append(m_pos, m_pos + 1);
                ++m_pos;
                m_lineStartAbs = absOf(m_pos);
                continue;
            }
        }
        switch (m_state) {
        case State::RecordStart: {
            if (m_linesToSkip > 0) {
                --m_linesToSkip;
                m_state = State::SkipLine;
                break;
            }
            const QString &prefix = m_options.dialect.commentPrefix;
            if (!prefix.isEmpty()) {
                if (m_end - m_pos < prefix.size() && !m_deviceEof && !m_decodeFailed) {
                    refill(); // keeps what is left: the prefix may straddle two chunks
                    break;
                }
                if (QStringView(m_pos, qMin<qsizetype>(m_end - m_pos, prefix.size())) == prefix) {
                    m_state = State::SkipLine;
                    break;
                }
            }
            m_recordLine = m_line;
            m_fieldIndex = -1;
            m_recordChars = 0;
            m_recordQuoted = false;
            m_nulsRemoved = 0;
            record.warnings.clear();
            if (!startField(record))
                return Scan::Failed;
            m_state = State::FieldStart;
            break;
        }
        case State::SkipLine: {
            while (m_pos < m_end && *m_pos != u'\n' && *m_pos != u'\r')
                ++m_pos;
            if (m_pos < m_end) {
                newline();
                m_state = State::RecordStart;
            }
            break;
        }
        case State::FieldStart: {
            const char16_t c = *m_pos;
            if (m_trimStart && isSpace(c)) {
                ++m_pos;
            } else if (m_hasQuote && c == m_quote) {
                m_fieldQuoted = m_recordQuoted = true;
                m_quoteLine = m_line;
                m_quoteColumn = columnOf(m_pos);
                m_quoteAbs = absOf(m_pos);
                ++m_pos;
                m_state = State::Quoted;
            } else if (c == m_delimiter) {
                ++m_pos;
                endField();
                if (!startField(record))
                    return Scan::Failed;
            } else if (c == u'\n' || c == u'\r') {
                const qint64 last = m_line;
                newline();
                return endRecord(record, last);
            } else {
                m_state = State::Unquoted;
            }
            break;
        }
        case State::Unquoted: {
            const char16_t d = m_delimiter;
            const char16_t *q = findAny(m_pos, m_end, d, u'\n', u'\r', 0, d);
            if (q > m_pos && !append(m_pos, q))
                return Scan::Failed;
            m_pos = q;
            if (q == m_end)
                break;
            if (*q == 0) {
                if (!nulCharacter(record))
                    return Scan::Failed;
            } else if (*q == d) {
                ++m_pos;
                endField();
                if (!startField(record))
                    return Scan::Failed;
                // Most fields are plain: stay here rather than go through FieldStart.
                if (m_pos == m_end || (m_hasQuote && *m_pos == m_quote)
                    || (m_trimStart && isSpace(*m_pos)))
                    m_state = State::FieldStart;
            } else {
                const qint64 last = m_line;
                newline();
                return endRecord(record, last);
            }
            break;
        }
        case State::Quoted: {
            const char16_t *q
                = findAny(m_pos, m_end, m_quote, u'\n', u'\r', 0, m_hasEscape ? m_escape : m_quote);
            if (q > m_pos && !append(m_pos, q))
                return Scan::Failed;
            m_pos = q;
            if (q == m_end)
                break;
            if (*q == m_quote) {
                ++m_pos;
                m_state = State::QuoteInQuoted;
            } else if (m_hasEscape && *q == m_escape) {
                ++m_pos;
                m_state = State::Escape;
            } else if (*q == 0) {
                if (!nulCharacter(record))
                    return Scan::Failed;
            } else {
                newlineInField();
            }
            break;
        }
        case State::Escape: {
            if (*m_pos == u'\n' || *m_pos == u'\r') {
                newlineInField();
            } else if (!append(m_pos, m_pos + 1)) {
                return Scan::Failed;
            } else {
                ++m_pos;
            }
            m_state = State::Quoted;
            break;
        }
        case State::QuoteInQuoted:
        case State::AfterQuote: {
            const char16_t c = *m_pos;
            if (m_state == State::QuoteInQuoted && c == m_quote && m_options.dialect.doubleQuote) {
                if (!append(m_pos, m_pos + 1))
                    return Scan::Failed;
                ++m_pos;
                m_state = State::Quoted;
            } else if (c == m_delimiter) {
                ++m_pos;
                endField();
                if (!startField(record))
                    return Scan::Failed;
                m_state = State::FieldStart;
            } else if (c == u'\n' || c == u'\r') {
                const qint64 last = m_line;
                newline();
                return endRecord(record, last);
            } else if (c == u' ' || c == u'\t') {
                ++m_pos; // spaces after a closing quote are tolerated and dropped
                m_state = State::AfterQuote;
            } else {
                raise(Issue::Kind::TextAfterQuote, m_line, columnOf(m_pos), m_pos,
                      Csv::tr("unexpected text after the closing quote of a field (opened at "
                              "line %1, column %2). A quote inside a quoted field must be "
                              "doubled (\"\").")
                          .arg(m_quoteLine)
                          .arg(m_quoteColumn));
                return Scan::Failed;
            }
            break;
        }
        }
        if (m_error)
            return Scan::Failed;
    }
}

} // namespace comptoir::csv
