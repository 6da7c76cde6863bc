// SPDX-License-Identifier: GPL-3.0-or-later
#include "csv/sniffer.h"

#include "csv/decoder.h"
#include "csv/reader.h"
#include "csv/text_p.h"

#include <QBuffer>
#include <QHash>
#include <QSet>
#include <tuple>

namespace comptoir::csv {
namespace {

constexpr int SampleRows = 200; // rows parsed per candidate dialect
constexpr int HeaderRows = 50; // rows compared with the first one for the header guess

// The sample without its last line, which the end of the sample may have cut.
QByteArrayView completeLines(QByteArrayView sample, Encoding encoding, bool wholeFile)
{
    if (wholeFile)
        return sample;
    if (encoding == Encoding::Utf16LE || encoding == Encoding::Utf16BE) {
        const bool le = encoding == Encoding::Utf16LE;
        for (qsizetype i = (sample.size() & ~qsizetype(1)) - 2; i >= 0; i -= 2) {
            const char16_t u = le ? char16_t(uchar(sample[i]) | (uchar(sample[i + 1]) << 8))
                                  : char16_t((uchar(sample[i]) << 8) | uchar(sample[i + 1]));
            if (u == u'\n' || u == u'\r')
                return sample.first(i + 2);
        }
        return sample;
    }
    const qsizetype lf = sample.lastIndexOf('\n');
    if (lf >= 0)
        return sample.first(lf + 1);
    const qsizetype cr = sample.lastIndexOf('\r');
    return cr >= 0 ? sample.first(cr + 1) : sample;
}

struct Trial
{
    Dialect dialect;
    QList<QStringList> rows;
    bool broken = false; // a quote error that a cut sample cannot explain
    int modalCount = 0;
    int consistent = 0;
    int fieldsWrappedInApostrophes = 0;
    int fields = 0;
    int fieldsHoldingDelimiters = 0; // fields holding another candidate delimiter
};

// A field that holds another candidate delimiter hints that the split is wrong; a comma
// between two digits does not, being a decimal mark ("12,5" under semicolons).
bool holdsOtherDelimiter(const QString &field, QChar delimiter)
{
    for (qsizetype i = 0; i < field.size(); ++i) {
        const QChar c = field.at(i);
        if (c == delimiter || !candidateDelimiters().contains(c))
            continue;
        const bool decimalComma = c == u',' && i > 0 && i + 1 < field.size()
            && field.at(i - 1).isDigit() && field.at(i + 1).isDigit();
        if (!decimalComma)
            return true;
    }
    return false;
}

Trial parse(QByteArrayView sample, Encoding encoding, bool wholeFile, QChar delimiter, QChar quote)
{
    Trial trial;
    trial.dialect.delimiter = delimiter;
    trial.dialect.quote = quote;
    trial.dialect.hasHeader = false;
    QByteArray bytes = sample.toByteArray();
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::ReadOnly);
    ReaderOptions options;
    options.encoding = encoding;
    options.dialect = trial.dialect;
    options.nulCharacters = NulCharacters::Remove;
    options.maxFields = 100000;
    options.maxRecordLength = 16 * 1024 * 1024;
    Reader reader(&buffer, options);
    Record record;
    while (trial.rows.size() < SampleRows && reader.next(record))
        trial.rows.append(record.fields);
    if (reader.hasError()) {
        const Issue::Kind kind = reader.error().kind;
        trial.broken = kind == Issue::Kind::TextAfterQuote
            || (kind == Issue::Kind::UnclosedQuote && wholeFile);
    }
    QHash<int, int> counts;
    for (const QStringList &row : std::as_const(trial.rows)) {
        ++counts[int(row.size())];
        for (const QString &field : row) {
            ++trial.fields;
            if (field.size() >= 2 && field.startsWith(u'\'') && field.endsWith(u'\''))
                ++trial.fieldsWrappedInApostrophes;
            if (holdsOtherDelimiter(field, delimiter))
                ++trial.fieldsHoldingDelimiters;
        }
    }
    for (auto it = counts.cbegin(); it != counts.cend(); ++it) {
        if (it.value() > trial.consistent
            || (it.value() == trial.consistent && it.key() > trial.modalCount)) {
            trial.consistent = it.value();
            trial.modalCount = it.key();
        }
    }
    return trial;
}

// Higher is better: parses, splits rows at all, splits them evenly, leaves few other
// delimiters inside fields, into more fields.
auto score(const Trial &t)
{
    const int rows = qMax(1, int(t.rows.size()));
    const int fields = qMax(1, t.fields);
    return std::make_tuple(!t.broken, t.modalCount > 1, t.consistent * 1000 / rows,
                           -(t.fieldsHoldingDelimiters * 1000 / fields), t.modalCount);
}

enum class CellKind { Empty, Numeric, Text };

// Numbers, amounts, dates and times are written with digits and a few marks; anything with a
// letter is text ("N/A", "12 rue Victor Hugo", "Amount").
CellKind cellKind(const QString &text)
{
    bool digit = false;
    bool blank = true;
    for (QChar c : text) {
        if (c.isLetter())
            return CellKind::Text;
        if (c.isDigit())
            digit = true;
        if (!c.isSpace())
            blank = false;
    }
    if (blank)
        return CellKind::Empty;
    return digit ? CellKind::Numeric : CellKind::Text;
}

bool guessHeader(const QList<QStringList> &rows)
{
    if (rows.size() < 2)
        return true; // a lone row is most likely the names of columns without data yet
    const QStringList &first = rows.first();
    int yes = 0, no = 0;
    QSet<QString> names;
    for (int col = 0; col < first.size(); ++col) {
        const CellKind head = cellKind(first.at(col));
        if (head == CellKind::Numeric) {
            ++no;
            continue;
        }
        const QString name = first.at(col).trimmed();
        if (!name.isEmpty() && names.contains(name))
            ++no; // names of columns do not repeat
        names.insert(name);
        if (head != CellKind::Text)
            continue;
        int numeric = 0, filled = 0;
        for (int r = 1; r < rows.size() && r <= HeaderRows; ++r) {
            if (col >= rows.at(r).size())
                continue;
            const CellKind kind = cellKind(rows.at(r).at(col));
            if (kind != CellKind::Empty)
                ++filled;
            if (kind == CellKind::Numeric)
                ++numeric;
        }
        if (filled > 0 && numeric * 2 > filled)
            ++yes;
    }
    return no == 0 || yes > no;
}

LineEnd lineEndOf(const QString &text)
{
    qsizetype crlf = 0, lf = 0, cr = 0;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c == u'\r') {
            if (i + 1 < text.size() && text.at(i + 1) == u'\n') {
                ++crlf;
                ++i;
            } else {
                ++cr;
            }
        } else if (c == u'\n') {
            ++lf;
        }
    }
    if (crlf == 0 && lf == 0 && cr == 0)
        return LineEnd::Unknown;
    if (crlf >= lf && crlf >= cr)
        return LineEnd::CrLf;
    return lf >= cr ? LineEnd::Lf : LineEnd::Cr;
}

} // namespace

SniffResult sniff(QByteArrayView sample, Encoding encoding, bool wholeFile, int previewRows)
{
    const QByteArrayView lines = completeLines(sample, encoding, wholeFile);
    QList<Trial> trials;
    for (QChar delimiter : candidateDelimiters()) {
        trials.append(parse(lines, encoding, wholeFile, delimiter, QLatin1Char('"')));
        trials.append(parse(lines, encoding, wholeFile, delimiter, QChar()));
        trials.append(parse(lines, encoding, wholeFile, delimiter, QLatin1Char('\'')));
    }
    // The best score wins; ties go to the earlier trial: comma before semicolon, tab and bar,
    // and for one delimiter " before no quoting before '.
    int best = 0;
    for (int i = 1; i < trials.size(); ++i) {
        if (score(trials.at(i)) > score(trials.at(best)))
            best = i;
    }
    // Apostrophes only win where they visibly wrap the fields that " leaves them around.
    if (best % 3 == 0) {
        const Trial &withDouble = trials.at(best);
        const Trial &withSingle = trials.at(best + 2);
        if (withDouble.fieldsWrappedInApostrophes * 2 > withDouble.fields
            && !(score(withSingle) < score(withDouble)))
            best += 2;
    }
    const Trial &chosen = trials.at(best);

    SniffResult result;
    result.dialect = chosen.dialect;
    result.dialect.hasHeader = guessHeader(chosen.rows);
    result.fieldCount = chosen.modalCount;
    result.rowsSampled = int(chosen.rows.size());
    result.consistentRows = chosen.consistent;
    result.preview = chosen.rows.mid(0, previewRows);

    Decoder decoder(encoding);
    QString text;
    decoder.decode(lines, text);
    result.dialect.lineEnd = lineEndOf(text);
    return result;
}

Result<Detection> detect(QIODevice &device, qint64 sampleBytes)
{
    auto encoding = detectEncoding(device);
    if (!encoding)
        return encoding.error();
    const qint64 start = device.pos();
    const QByteArray sample
        = device.isSequential() ? device.peek(sampleBytes) : device.read(sampleBytes);
    const bool wholeFile = !device.isSequential() && device.atEnd();
    if (!device.isSequential())
        device.seek(start);
    Detection detection;
    detection.encoding = *encoding;
    detection.sniff = sniff(sample, encoding->encoding, wholeFile);
    return detection;
}

} // namespace comptoir::csv
