// SPDX-License-Identifier: GPL-3.0-or-later
#include "csv/reader_p.h"

#include "csv/text_p.h"

// The reader's state outside its inner loop: set-up, line accounting, and the errors and
// warnings with their positions.

namespace comptoir::csv {

ReaderPrivate::ReaderPrivate(QIODevice *device, ReaderOptions options)
    : m_device(device)
    , m_options(std::move(options))
    , m_decoder(m_options.encoding)
{
    const Dialect &dialect = m_options.dialect;
    m_delimiter = dialect.delimiter.unicode();
    m_hasQuote = !dialect.quote.isNull();
    m_quote = m_hasQuote ? dialect.quote.unicode() : 0;
    m_hasEscape = !dialect.escape.isNull() && dialect.escape != dialect.quote;
    m_escape = m_hasEscape ? dialect.escape.unicode() : 0;
    m_trimStart = dialect.trim == Trim::Start || dialect.trim == Trim::Both;
    m_trimEnd = dialect.trim == Trim::End || dialect.trim == Trim::Both;
    m_linesToSkip = qMax(0, dialect.skipRows);
    m_options.chunkSize = qMax(m_options.chunkSize, 16);
    m_bytes.resize(m_options.chunkSize);
    if (const Status valid = validateDialect(dialect); !valid)
        raise(Issue::Kind::InvalidDialect, 1, 1, nullptr, valid.error().message);
}

void ReaderPrivate::raise(Issue::Kind kind, qint64 line, qint64 column, const char16_t *pos,
                          const QString &what)
{
    Issue issue;
    issue.kind = kind;
    issue.line = line;
    issue.column = column;
    if (pos && pos >= m_begin && pos <= m_end)
        issue.byteOffset = m_textByteOffset + m_decoder.encodedLength(QStringView(m_begin, pos));
    issue.message = Csv::tr("Line %1, column %2: %3").arg(line).arg(column).arg(what);
    m_error = issue;
}

// Consumes the line break at m_pos: CR LF counts as one, even split across two chunks.
void ReaderPrivate::newline()
{
    const char16_t c = *m_pos++;
    ++m_line;
    if (c == u'\r') {
        if (m_pos < m_end) {
            if (*m_pos == u'\n')
                ++m_pos;
        } else {
            m_crPending = true;
        }
    }
    m_lineStartAbs = absOf(m_pos);
}

bool ReaderPrivate::nulCharacter(Record &record)
{
    if (m_options.nulCharacters == NulCharacters::Remove) {
        ++m_pos;
        if (m_nulsRemoved++ == 0) {
            Issue warning;
            warning.kind = Issue::Kind::NulCharacter;
            warning.line = m_line;
            warning.column = columnOf(m_pos - 1);
            warning.message = Csv::tr("Line %1, column %2: a NUL character was removed.")
                                  .arg(warning.line)
                                  .arg(warning.column);
            record.warnings.append(warning);
        }
        return true;
    }
    raise(Issue::Kind::NulCharacter, m_line, columnOf(m_pos), m_pos,
          Csv::tr("the file holds a NUL character here, which no text file does. It may be "
                  "damaged, or not be a CSV file."));
    return false;
}

ReaderPrivate::Scan ReaderPrivate::atEndOfInput(Record &record)
{
    switch (m_state) {
    case State::RecordStart:
    case State::SkipLine:
        m_state = State::RecordStart;
        return Scan::End;
    case State::Quoted:
    case State::Escape:
        m_pos = m_end;
        raise(Issue::Kind::UnclosedQuote, m_quoteLine, m_quoteColumn,
              m_quoteAbs >= m_textAbs ? m_begin + (m_quoteAbs - m_textAbs) : nullptr,
              Csv::tr("this quote is never closed: the file ends inside the quoted field it "
                      "opens."));
        return Scan::Failed;
    default:
        return endRecord(record, m_line);
    }
}

} // namespace comptoir::csv
