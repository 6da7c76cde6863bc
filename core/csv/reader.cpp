// SPDX-License-Identifier: GPL-3.0-or-later
#include "csv/reader.h"

#include "csv/reader_p.h"
#include "csv/text_p.h"

#include <QHash>

// What happens to raw records: the byte-order mark some exports leave inside the first
// (quoted) header name or alone on the last line, blank lines, the header checks, ragged
// rows and the record limit.

namespace comptoir::csv {
namespace {

constexpr char16_t Bom = 0xFEFF;

bool isBlankText(const QString &text)
{
    for (QChar c : text) {
        if (c != u' ' && c != u'\t' && c != Bom)
            return false;
    }
    return true;
}

bool allEmpty(const QStringList &fields)
{
    for (const QString &f : fields) {
        if (!f.isEmpty())
            return false;
    }
    return true;
}

} // namespace

Reader::Reader(QIODevice *device, ReaderOptions options)
    : d(std::make_unique<ReaderPrivate>(device, std::move(options)))
{
}

Reader::~Reader() = default;

const ReaderOptions &Reader::options() const
{
    return d->m_options;
}

const QStringList &Reader::header() const
{
    return d->m_header;
}

qint64 Reader::headerLine() const
{
    return d->m_headerLine;
}

bool Reader::hasError() const
{
    return d->m_error.has_value();
}

const Issue &Reader::error() const
{
    static const Issue none;
    return d->m_error ? *d->m_error : none;
}

bool Reader::atEnd() const
{
    return d->m_finished && !d->m_error;
}

qint64 Reader::bytesRead() const
{
    return d->m_device ? d->m_device->pos() : 0;
}

qint64 Reader::recordsRead() const
{
    return d->m_records;
}

// The next record that is not a blank line to skip, with the byte-order mark of the first
// one removed. False at the end (m_finished) or on an error.
static bool nextContentRecord(ReaderPrivate &p, Record &record)
{
    for (;;) {
        const ReaderPrivate::Scan scan = p.scanRecord(record);
        if (scan == ReaderPrivate::Scan::Failed)
            return false;
        if (scan == ReaderPrivate::Scan::End) {
            if (!p.m_sawContent && !p.m_error)
                p.raise(Issue::Kind::EmptyFile, 1, 1, nullptr,
                        Csv::tr("the file is empty: it holds no rows to import."));
            p.m_finished = true;
            return false;
        }
        if (p.m_firstRecord) {
            p.m_firstRecord = false;
            QString &first = record.fields.first();
            if (first.startsWith(QChar(Bom)))
                first.remove(0, 1);
        }
        const bool blank = record.fields.size() == 1 && isBlankText(record.fields.first());
        if (blank && p.m_options.skipBlankLines)
            continue;
        if (blank)
            record.fields.first().truncate(0); // a stray mark is not a value
        if (p.m_options.skipEmptyRecords && p.m_sawContent && allEmpty(record.fields))
            continue;
        p.m_sawContent = true;
        return true;
    }
}

bool Reader::readHeader()
{
    if (d->m_headerDone)
        return !d->m_error;
    d->m_headerDone = true;
    if (!d->m_options.dialect.hasHeader)
        return true;
    Record record;
    if (!nextContentRecord(*d, record))
        return false;
    d->m_headerLine = record.line;
    if (allEmpty(record.fields)) {
        d->raise(Issue::Kind::MissingHeader, record.line, 1, nullptr,
                 Csv::tr("the first row, which should name the columns, is empty."));
        return false;
    }
    if (!d->m_options.allowDuplicateNames) {
        QHash<QString, int> seen;
        for (int i = 0; i < record.fields.size(); ++i) {
            const QString name = record.fields.at(i).trimmed();
            if (name.isEmpty())
                continue;
            const auto it = seen.constFind(name);
            if (it != seen.constEnd()) {
                const FieldPosition at = record.positions.value(i);
                d->raise(Issue::Kind::DuplicateHeader, at.line, at.column, nullptr,
                         Csv::tr("columns %1 and %2 are both named \"%3\"; each column needs "
                                 "its own name.")
                             .arg(*it + 1)
                             .arg(i + 1)
                             .arg(name));
                return false;
            }
            seen.insert(name, i);
        }
    }
    d->m_header = record.fields;
    d->m_expectedFields = int(d->m_header.size());
    return true;
}

bool Reader::next(Record &record)
{
    if (d->m_error || d->m_finished)
        return false;
    if (!d->m_headerDone && !readHeader())
        return false;
    if (!nextContentRecord(*d, record))
        return false;

    if (d->m_options.maxRecords > 0 && d->m_records >= d->m_options.maxRecords) {
        d->raise(Issue::Kind::TooManyRecords, record.line, 1, nullptr,
                 Csv::tr("the file has more than %n rows, the most one import takes.", nullptr,
                         int(qMin<qint64>(d->m_options.maxRecords, INT_MAX))));
        return false;
    }
    record.number = ++d->m_records;
    if (d->m_expectedFields < 0)
        d->m_expectedFields = int(record.fields.size());

    const int expected = d->m_expectedFields;
    const int count = int(record.fields.size());
    if (count == expected)
        return true;

    const RaggedRows mode = d->m_options.raggedRows;
    bool extraHoldSomething = false;
    for (int i = expected; i < count; ++i)
        extraHoldSomething = extraHoldSomething || !record.fields.at(i).isEmpty();
    if (mode == RaggedRows::Pad && !extraHoldSomething) {
        while (record.fields.size() < expected)
            record.fields.append(QString());
        record.fields.resize(expected);
        return true;
    }
    // Where the difference shows: the first extra field, or the end of the record.
    const FieldPosition at
        = count > expected ? record.positions.value(expected) : record.positions.value(count - 1);
    const QString reference = d->m_options.dialect.hasHeader
        ? Csv::tr("the header has %n", nullptr, expected)
        : Csv::tr("the first row has %n", nullptr, expected);
    const QString what
        = Csv::tr("this row has %n field(s) where %1.", nullptr, count).arg(reference);
    if (mode == RaggedRows::Report) {
        Issue warning;
        warning.kind = Issue::Kind::RaggedRow;
        warning.line = at.line;
        warning.column = at.column;
        warning.message = Csv::tr("Line %1, column %2: %3").arg(at.line).arg(at.column).arg(what);
        record.warnings.append(warning);
        return true;
    }
    d->raise(Issue::Kind::RaggedRow, at.line, at.column, nullptr, what);
    return false;
}

} // namespace comptoir::csv
