// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer target for the CSV layer: encoding detection, decoding, sniffing, the reader and
// the value parsers, under ASan/UBSan (scripts/fuzz). Besides crashes and undefined behaviour
// it checks two properties that chunk boundaries could break: decoding and reading give the
// same result whatever the chunk size, and every error has a position.
#include "csv/dates.h"
#include "csv/decoder.h"
#include "csv/encoding.h"
#include "csv/reader.h"
#include "csv/sniffer.h"
#include "csv/values.h"

#include <QBuffer>
#include <cstdlib>

using namespace comptoir::csv;

namespace {

void check(bool condition, const char *what)
{
    if (!condition) {
        fprintf(stderr, "property broken: %s\n", what);
        abort();
    }
}

struct Outcome
{
    QList<QStringList> rows;
    QList<qint64> lines;
    bool failed = false;
    Issue error;
};

Outcome read(const QByteArray &bytes, ReaderOptions options)
{
    QByteArray copy = bytes;
    QBuffer buffer(&copy);
    buffer.open(QIODevice::ReadOnly);
    Reader reader(&buffer, options);
    Record record;
    Outcome outcome;
    while (reader.next(record)) {
        outcome.rows.append(record.fields);
        outcome.lines.append(record.line);
        check(record.line >= 1 && record.lastLine >= record.line, "record lines");
    }
    outcome.failed = reader.hasError();
    if (outcome.failed) {
        outcome.error = reader.error();
        check(outcome.error.line >= 1 && outcome.error.column >= 1, "error position");
        check(!outcome.error.message.isEmpty(), "error message");
    }
    return outcome;
}

void decodeBothWays(Encoding encoding, const QByteArray &bytes)
{
    Decoder whole(encoding), bytewise(encoding);
    QString a, b;
    bool okA = whole.decode(bytes, a) && whole.finish(a);
    bool okB = true;
    for (qsizetype i = 0; i < bytes.size() && okB; ++i)
        okB = bytewise.decode(QByteArrayView(bytes).sliced(i, 1), b);
    okB = okB && bytewise.finish(b);
    check(okA == okB && a == b, "decoding depends on the chunk size");
    check(whole.errorByteOffset() == bytewise.errorByteOffset(), "decode error offset");
    if (okA)
        check(whole.encodedLength(a) <= bytes.size(), "encoded length");
}

void parseValues(const QString &value)
{
    static const NumberFormat formats[]
        = { NumberFormat::french(), NumberFormat::english(), { u',', u'.' }, { u'.', u'\'' } };
    for (const NumberFormat &format : formats) {
        (void)parseAmount(value, format, QStringLiteral("EUR"));
        (void)parsePercent(value, format);
        (void)parseScaled(value, format, 3);
    }
    for (DateOrder order : { DateOrder::Dmy, DateOrder::Mdy, DateOrder::Ymd })
        (void)parseDateTime(value, order);
    (void)parseBoolean(value);
    (void)isBlank(value);
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 2)
        return 0;
    // The first two bytes choose the options; the rest is the file.
    const uint8_t a = data[0], b = data[1];
    const QByteArray bytes(reinterpret_cast<const char *>(data + 2), qsizetype(size - 2));

    static const Encoding encodings[]
        = { Encoding::Utf8,        Encoding::Utf16LE,   Encoding::Utf16BE,
            Encoding::Windows1252, Encoding::Iso8859_1, Encoding::Iso8859_15 };
    const Encoding encoding = encodings[a % 6];
    decodeBothWays(encoding, bytes);
    (void)detectEncoding(bytes, (a & 8) != 0);
    const SniffResult sniffed = sniff(bytes, encoding, (a & 16) != 0, 5);
    check(sniffed.consistentRows <= sniffed.rowsSampled, "sniffer counts");

    ReaderOptions options;
    options.encoding = encoding;
    static const char16_t delimiters[] = { u',', u';', u'\t', u'|' };
    options.dialect.delimiter = delimiters[b & 3];
    options.dialect.quote = (b & 4) ? QChar() : QChar(u'"');
    if (b & 8)
        options.dialect.escape = u'\\';
    options.dialect.hasHeader = (b & 16) != 0;
    options.dialect.trim = Trim((b >> 5) & 3);
    options.dialect.commentPrefix = (a & 32) ? QStringLiteral("#") : QString();
    options.dialect.skipRows = (a >> 6) & 1;
    options.raggedRows = RaggedRows((a >> 3) % 3);
    options.nulCharacters = (b & 128) ? NulCharacters::Remove : NulCharacters::Reject;
    options.skipBlankLines = (a & 128) == 0;
    options.maxFieldLength = 512;
    options.maxRecordLength = 2048;
    options.maxFields = 64;

    options.chunkSize = 16;
    const Outcome small = read(bytes, options);
    options.chunkSize = 64 * 1024;
    const Outcome large = read(bytes, options);
    check(small.rows == large.rows && small.lines == large.lines,
          "records depend on the chunk size");
    check(small.failed == large.failed, "errors depend on the chunk size");
    if (small.failed)
        check(small.error.kind == large.error.kind && small.error.line == large.error.line
                  && small.error.column == large.error.column,
              "error position depends on the chunk size");

    DateOrderGuesser guesser;
    for (const QStringList &row : large.rows) {
        for (const QString &field : row) {
            parseValues(field);
            guesser.add(field);
        }
    }
    (void)guesser.result().summary();
    return 0;
}
