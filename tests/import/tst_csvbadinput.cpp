// SPDX-License-Identifier: GPL-3.0-or-later
// Every kind of bad input the reader refuses, each with a message that names the line and the
// column, whatever the chunk boundaries.
#include "csvtest.h"

#include <QTest>

using namespace comptoir;
using namespace comptoir::csv;
using namespace comptoir::test;

class TestCsvBadInput : public QObject
{
    Q_OBJECT

private slots:
    void shouldReportEachBadInputWithLineAndColumn_data();
    void shouldReportEachBadInputWithLineAndColumn();
    void shouldGiveTheByteOffsetOfAnInvalidByte();
    void shouldStopAfterAnError();
};

void TestCsvBadInput::shouldReportEachBadInputWithLineAndColumn_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<ReaderOptions>("options");
    QTest::addColumn<Issue::Kind>("kind");
    QTest::addColumn<qint64>("line");
    QTest::addColumn<qint64>("column");
    QTest::addColumn<QString>("words");

    ReaderOptions header;
    header.raggedRows = RaggedRows::Reject;
    QTest::newRow("unclosed quote, at the quote")
        << QByteArray("a,b\n1,\"abc\n2,3\n") << header << Issue::Kind::UnclosedQuote << qint64(2)
        << qint64(3) << QStringLiteral("never closed");
    QTest::newRow("text after a closing quote")
        << QByteArray("a,b\n\"x\"y,2\n") << header << Issue::Kind::TextAfterQuote << qint64(2)
        << qint64(4) << QStringLiteral("must be doubled");
    QTest::newRow("short row") << QByteArray("a,b,c\n1,2\n") << header << Issue::Kind::RaggedRow
                               << qint64(2) << qint64(3)
                               << QStringLiteral("this row has 2 field(s) where the header has 3");
    QTest::newRow("long row") << QByteArray("a,b\n1,2,3\n") << header << Issue::Kind::RaggedRow
                              << qint64(2) << qint64(5)
                              << QStringLiteral("this row has 3 field(s) where the header has 2");
    ReaderOptions pad = header;
    pad.raggedRows = RaggedRows::Pad;
    QTest::newRow("extra field with a value, even when padding")
        << QByteArray("a,b\n1,2,\"\"\n3,4,x\n") << pad << Issue::Kind::RaggedRow << qint64(3)
        << qint64(5) << QStringLiteral("3 field(s)");
    ReaderOptions keepBlank = header;
    keepBlank.skipBlankLines = false;
    QTest::newRow("header missing: blank first line")
        << QByteArray("\na,b\n1,2\n") << keepBlank << Issue::Kind::MissingHeader << qint64(1)
        << qint64(1) << QStringLiteral("should name the columns");
    QTest::newRow("header missing: empty names") << QByteArray(";;\n1;2;3\n") <<
        [] {
            ReaderOptions o;
            o.dialect.delimiter = u';';
            return o;
        }() << Issue::Kind::MissingHeader << qint64(1)
                                                 << qint64(1) << QStringLiteral("is empty");
    QTest::newRow("repeated column name")
        << QByteArray("id,Amount,x, Amount\n") << header << Issue::Kind::DuplicateHeader
        << qint64(1) << qint64(13) << QStringLiteral("columns 2 and 4 are both named \"Amount\"");
    QTest::newRow("NUL byte") << fixtureBytes(QStringLiteral("csvkit/null_byte.csv")) << header
                              << Issue::Kind::NulCharacter << qint64(2) << qint64(1)
                              << QStringLiteral("NUL");
    ReaderOptions small = header;
    small.maxFieldLength = 10;
    QTest::newRow("field over the size limit")
        << QByteArray("a\n12345678901\n") << small << Issue::Kind::FieldTooLong << qint64(2)
        << qint64(1) << QStringLiteral("longer than 10 characters");
    QTest::newRow("quoted field over the limit, maybe unclosed")
        << QByteArray("a,b\n1, \"x\n\n\nyyyyyyyyyy") <<
        [] {
            ReaderOptions o;
            o.maxFieldLength = 10;
            o.dialect.trim = Trim::Start;
            return o;
        }()
        << Issue::Kind::FieldTooLong << qint64(2) << qint64(3) << QStringLiteral("never closed");
    ReaderOptions fewRecords = header;
    fewRecords.maxRecords = 2;
    QTest::newRow("record limit") << QByteArray("a\n1\n2\n3\n") << fewRecords
                                  << Issue::Kind::TooManyRecords << qint64(4) << qint64(1)
                                  << QStringLiteral("more than 2 rows");
    ReaderOptions fewFields = header;
    fewFields.maxFields = 3;
    QTest::newRow("field count limit")
        << QByteArray("a,b,c,d\n") << fewFields << Issue::Kind::RecordTooLong << qint64(1)
        << qint64(1) << QStringLiteral("more than 3 fields");
    ReaderOptions shortRecords = header;
    shortRecords.maxRecordLength = 8;
    QTest::newRow("record length limit")
        << QByteArray("a,b\n1234,5678,9\n") << shortRecords << Issue::Kind::RecordTooLong
        << qint64(2) << qint64(1) << QStringLiteral("longer than 8 characters");
    QTest::newRow("empty file") << QByteArray() << header << Issue::Kind::EmptyFile << qint64(1)
                                << qint64(1) << QStringLiteral("empty");
    QTest::newRow("only blank lines")
        << QByteArray("\r\n\r\n  \r\n") << header << Issue::Kind::EmptyFile << qint64(1)
        << qint64(1) << QStringLiteral("empty");
    QTest::newRow("only a mark") << QByteArray("\xEF\xBB\xBF") << header << Issue::Kind::EmptyFile
                                 << qint64(1) << qint64(1) << QStringLiteral("empty");
    QTest::newRow("invalid UTF-8")
        << QByteArray("a,b\n1,caf\xE9\n") << header << Issue::Kind::InvalidEncoding << qint64(2)
        << qint64(6) << QStringLiteral("0xE9 is not valid UTF-8");
    ReaderOptions windows = header;
    windows.encoding = Encoding::Windows1252;
    QTest::newRow("invalid windows-1252")
        << QByteArray("a\n\x80\n\x80\x81\n") << windows << Issue::Kind::InvalidEncoding << qint64(3)
        << qint64(2) << QStringLiteral("0x81");
    ReaderOptions quoteDelimiter = header;
    quoteDelimiter.dialect.delimiter = u'"';
    QTest::newRow("delimiter that is also the quote")
        << QByteArray("a\n") << quoteDelimiter << Issue::Kind::InvalidDialect << qint64(1)
        << qint64(1) << QStringLiteral("cannot also be the quote");
    QTest::newRow("a workbook renamed .csv")
        << QByteArray("PK\x03\x04\x14\x00", 6) + QByteArray(50, 'x') << header
        << Issue::Kind::NotText << qint64(1) << qint64(1) << QStringLiteral("save it as CSV");
}

void TestCsvBadInput::shouldReportEachBadInputWithLineAndColumn()
{
    QFETCH(QByteArray, bytes);
    QFETCH(ReaderOptions, options);
    QFETCH(Issue::Kind, kind);
    QFETCH(qint64, line);
    QFETCH(qint64, column);
    QFETCH(QString, words);
    for (int chunk : { 16, 17, 64 * 1024 }) {
        options.chunkSize = chunk;
        const ReadResult result = readCsv(bytes, options);
        QVERIFY(result.error);
        QCOMPARE(int(result.error->kind), int(kind));
        QCOMPARE(result.error->line, line);
        QCOMPARE(result.error->column, column);
        const QString where = QStringLiteral("Line %1, column %2: ").arg(line).arg(column);
        QVERIFY2(result.error->message.startsWith(where), qPrintable(result.error->message));
        QVERIFY2(result.error->message.contains(words), qPrintable(result.error->message));
        QCOMPARE(result.error->toError().message, result.error->message);
    }
}

void TestCsvBadInput::shouldGiveTheByteOffsetOfAnInvalidByte()
{
    ReaderOptions options;
    const ReadResult result = readCsv(QByteArray("\xEF\xBB\xBFnom\nHélène,caf\xE9\n"), options);
    QVERIFY(result.error);
    QCOMPARE(result.error->byteOffset, 3 + 4 + 8 + 4);
    QCOMPARE(result.error->toError().detail, QStringLiteral("byte offset 19"));
    QVERIFY(result.error->message.contains(QStringLiteral("Windows-1252")));

    const ReadResult nul = readCsv(QByteArray("a\nb\n\xC3\xA9\0\n", 8), options);
    QVERIFY(nul.error);
    QCOMPARE(nul.error->column, 2);
    QCOMPARE(nul.error->byteOffset, 6);
}

void TestCsvBadInput::shouldStopAfterAnError()
{
    QByteArray bytes("a,b\n\"x\"y,1\n2,3\n");
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::ReadOnly);
    Reader reader(&buffer, ReaderOptions());
    Record record;
    QVERIFY(!reader.next(record));
    QVERIFY(reader.hasError());
    QVERIFY(!reader.atEnd());
    QVERIFY(!reader.next(record));
    QCOMPARE(reader.error().kind, Issue::Kind::TextAfterQuote);
    QCOMPARE(reader.recordsRead(), 0);
}

QTEST_APPLESS_MAIN(TestCsvBadInput)
#include "tst_csvbadinput.moc"
