// SPDX-License-Identifier: GPL-3.0-or-later
#include "csvtest.h"

#include <QTest>

using namespace comptoir;
using namespace comptoir::csv;
using namespace comptoir::test;

using Rows = QList<QStringList>;

namespace {

ReaderOptions noHeader(QChar delimiter = u',')
{
    ReaderOptions options;
    options.dialect.hasHeader = false;
    options.dialect.delimiter = delimiter;
    return options;
}

} // namespace

class TestCsvReader : public QObject
{
    Q_OBJECT

private slots:
    void shouldSplitRecordsAsRfc4180Says_data();
    void shouldSplitRecordsAsRfc4180Says();
    void shouldGiveTheLineWhereEachRecordStarts();
    void shouldReadTheSameWhateverTheChunkSize();
    void shouldReadTheHeaderWithoutItsMark();
    void shouldDeliverRaggedRowsWithAWarning();
    void shouldPadShortRowsAndDropEmptyExtraFields();
    void shouldRemoveNulCharactersWhenAsked();
    void shouldSkipRecordsThatAreAllEmptyWhenAsked();
    void shouldKeepBlankLinesWhenAsked();
    void shouldAcceptRepeatedNamesWhenAsked();
    void shouldReportProgress();
};

void TestCsvReader::shouldSplitRecordsAsRfc4180Says_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<Dialect>("dialect");
    QTest::addColumn<Rows>("rows");

    Dialect plain;
    plain.hasHeader = false;
    Dialect semicolon = plain;
    semicolon.delimiter = u';';
    QTest::newRow("simple") << QByteArray("a,b\n1,2\n") << plain
                            << Rows { { "a", "b" }, { "1", "2" } };
    QTest::newRow("no final line break")
        << QByteArray("a,b\n1,2") << plain << Rows { { "a", "b" }, { "1", "2" } };
    QTest::newRow("CR LF") << QByteArray("a,b\r\n1,2\r\n") << plain
                           << Rows { { "a", "b" }, { "1", "2" } };
    QTest::newRow("CR only") << QByteArray("a,b\r1,2\r") << plain
                             << Rows { { "a", "b" }, { "1", "2" } };
    QTest::newRow("mixed line ends")
        << QByteArray("a\r\nb\nc\rd") << plain << Rows { { "a" }, { "b" }, { "c" }, { "d" } };
    QTest::newRow("empty fields") << QByteArray(",\n,,x\n") << plain
                                  << Rows { { "", "" }, { "", "", "x" } };
    QTest::newRow("quoted delimiter")
        << QByteArray("\"a,b\",c\n") << plain << Rows { { "a,b", "c" } };
    QTest::newRow("doubled quotes")
        << QByteArray("\"say \"\"hi\"\"\",\"\"\"\"\n") << plain << Rows { { "say \"hi\"", "\"" } };
    QTest::newRow("empty quoted field") << QByteArray("\"\",x\n") << plain << Rows { { "", "x" } };
    QTest::newRow("LF in quotes") << QByteArray("\"a\nb\",c\n") << plain
                                  << Rows { { "a\nb", "c" } };
    QTest::newRow("CR LF in quotes kept as written")
        << QByteArray("\"a\r\nb\"\r\nc\r\n") << plain << Rows { { "a\r\nb" }, { "c" } };
    QTest::newRow("quote inside an unquoted field is a character")
        << QByteArray("12\" pipe,x\n") << plain << Rows { { "12\" pipe", "x" } };
    QTest::newRow("spaces after a closing quote")
        << QByteArray("\"a\"  ,\"b\" \n") << plain << Rows { { "a", "b" } };
    QTest::newRow("spaces before a quote keep it literal")
        << QByteArray(" \"a\",b\n") << plain << Rows { { " \"a\"", "b" } };
    QTest::newRow("blank lines skipped")
        << QByteArray("\n\na\n\n  \nb\n\n") << plain << Rows { { "a" }, { "b" } };
    QTest::newRow("stray mark alone on the last line")
        << QByteArray("a\nb\n\xEF\xBB\xBF") << plain << Rows { { "a" }, { "b" } };
    QTest::newRow("mark inside the first quoted field") << QByteArray("\"\xEF\xBB\xBF"
                                                                      "a\",b\n")
                                                        << plain << Rows { { "a", "b" } };
    QTest::newRow("semicolon") << QByteArray("a;b,c\n") << semicolon << Rows { { "a", "b,c" } };

    Dialect tab = plain;
    tab.delimiter = u'\t';
    tab.trim = Trim::Both;
    QTest::newRow("tab with trim keeps tabs as delimiters")
        << QByteArray(" a \t b\t\n") << tab << Rows { { "a", "b", "" } };

    Dialect trimStart = plain;
    trimStart.trim = Trim::Start;
    QTest::newRow("trim start") << QByteArray(" a , \"b\" ,c \n") << trimStart
                                << Rows { { "a ", "b", "c " } };
    Dialect trimEnd = plain;
    trimEnd.trim = Trim::End;
    QTest::newRow("trim end") << QByteArray(" a , \"b \",c \n") << trimEnd
                              << Rows { { " a", " \"b \"", "c" } };

    Dialect comments = plain;
    comments.commentPrefix = QStringLiteral("//");
    comments.skipRows = 1;
    QTest::newRow("skip rows and comments") << QByteArray("Report of May\n// note\na\n//b\nc\n")
                                            << comments << Rows { { "a" }, { "c" } };

    Dialect backslash = plain;
    backslash.escape = u'\\';
    backslash.doubleQuote = false;
    QTest::newRow("backslash escape")
        << QByteArray("\"a\\\"b\",\"c\\\\\"\n") << backslash << Rows { { "a\"b", "c\\" } };

    Dialect unquoted = plain;
    unquoted.quote = QChar();
    QTest::newRow("no quoting") << QByteArray("\"a,b\"\n") << unquoted << Rows { { "\"a", "b\"" } };

    Dialect apostrophe = plain;
    apostrophe.quote = u'\'';
    QTest::newRow("apostrophe quote")
        << QByteArray("'a,b','it''s'\n") << apostrophe << Rows { { "a,b", "it's" } };
}

void TestCsvReader::shouldSplitRecordsAsRfc4180Says()
{
    QFETCH(QByteArray, bytes);
    QFETCH(Dialect, dialect);
    QFETCH(Rows, rows);
    ReaderOptions options;
    options.dialect = dialect;
    options.raggedRows = RaggedRows::Report;
    const ReadResult result = readCsv(bytes, options);
    QVERIFY2(!result.error, qPrintable(result.error ? result.error->message : QString()));
    QCOMPARE(result.rows, rows);
}

void TestCsvReader::shouldGiveTheLineWhereEachRecordStarts()
{
    const QByteArray bytes("id,text\r\n\r\n1,\"two\r\nlines\"\r\n2,\"three\nmore\rlines\"\n3,x\n");
    ReaderOptions options;
    QBuffer buffer;
    buffer.setData(bytes);
    buffer.open(QIODevice::ReadOnly);
    Reader reader(&buffer, options);
    Record record;
    QVERIFY(reader.next(record));
    QCOMPARE(reader.headerLine(), 1);
    QCOMPARE(record.fields, QStringList({ "1", "two\r\nlines" }));
    QCOMPARE(record.line, 3);
    QCOMPARE(record.lastLine, 4);
    QCOMPARE(record.number, 1);
    QCOMPARE(record.positions.size(), 2);
    QCOMPARE(record.positions[1].line, 3);
    QCOMPARE(record.positions[1].column, 3);
    QVERIFY(reader.next(record));
    QCOMPARE(record.line, 5);
    QCOMPARE(record.lastLine, 7);
    QVERIFY(reader.next(record));
    QCOMPARE(record.line, 8);
    QCOMPARE(record.number, 3);
    QVERIFY(!reader.next(record));
    QVERIFY(reader.atEnd());
    QVERIFY(!reader.hasError());
}

void TestCsvReader::shouldReadTheSameWhateverTheChunkSize()
{
    // Every kind of boundary (CR|LF, ""|", a quote|delimiter, a multi-byte character) lands on
    // a chunk boundary for one of these sizes.
    const QByteArray bytes
        = QStringLiteral("nom;ville;note\r\n\"Hélène \"\"Léna\"\"\";Paris;\"a\r\nb\"\r\n# "
                         "x\r\nJosé;\"Nîmes;Gard\";\r\n"
                         "\r\nZoë;Arles;\"\"\r\nŒuvre;€;\"𝄞\"\r\n")
              .toUtf8();
    ReaderOptions options;
    options.dialect.delimiter = u';';
    options.dialect.commentPrefix = QStringLiteral("# ");
    const ReadResult reference = readCsv(bytes, options);
    QVERIFY(!reference.error);
    QCOMPARE(reference.header, QStringList({ "nom", "ville", "note" }));
    QCOMPARE(reference.rows,
             Rows({ { "Hélène \"Léna\"", "Paris", "a\r\nb" },
                    { "José", "Nîmes;Gard", "" },
                    { "Zoë", "Arles", "" },
                    { "Œuvre", "€", "𝄞" } }));
    QCOMPARE(reference.lines, QList<qint64>({ 2, 5, 7, 8 }));
    for (int chunk = 16; chunk < 60; ++chunk) {
        options.chunkSize = chunk;
        const ReadResult result = readCsv(bytes, options);
        QVERIFY(!result.error);
        QCOMPARE(result.rows, reference.rows);
        QCOMPARE(result.lines, reference.lines);
    }
}

void TestCsvReader::shouldReadTheHeaderWithoutItsMark()
{
    ReaderOptions options;
    const ReadResult result = readCsv(QByteArray("\xEF\xBB\xBFid,name\n1,x\n"), options);
    QCOMPARE(result.header, QStringList({ "id", "name" }));
    QCOMPARE(result.rows, Rows({ { "1", "x" } }));
}

void TestCsvReader::shouldDeliverRaggedRowsWithAWarning()
{
    ReaderOptions options;
    options.raggedRows = RaggedRows::Report;
    const ReadResult result = readCsv(fixtureBytes(QStringLiteral("csvkit/bad.csv")), options);
    QVERIFY(!result.error);
    QCOMPARE(result.rows,
             Rows({ { "1", "27", "", "I'm too long!" },
                    { "", "I'm too short!" },
                    { "0", "mixed types.... uh oh", "17" } }));
    QCOMPARE(result.warnings.size(), 2);
    QCOMPARE(result.warnings.at(0).line, 2);
    QCOMPARE(result.warnings.at(0).kind, Issue::Kind::RaggedRow);
    QVERIFY(result.warnings.at(0).message.startsWith(QStringLiteral("Line 2, column 7:")));
    QVERIFY(result.warnings.at(1).message.contains(
        QStringLiteral("this row has 2 field(s) where the header has 3")));
}

void TestCsvReader::shouldPadShortRowsAndDropEmptyExtraFields()
{
    ReaderOptions options;
    options.raggedRows = RaggedRows::Pad;
    const ReadResult result = readCsv(QByteArray("a,b,c\n1\n1,2,3,,\n"), options);
    QVERIFY(!result.error);
    QCOMPARE(result.rows, Rows({ { "1", "", "" }, { "1", "2", "3" } }));
    QVERIFY(result.warnings.isEmpty());
}

void TestCsvReader::shouldRemoveNulCharactersWhenAsked()
{
    ReaderOptions options = noHeader();
    options.nulCharacters = NulCharacters::Remove;
    const ReadResult result = readCsv(QByteArray("\"ab\0\0c\",\0\n", 11), options);
    QVERIFY(!result.error);
    QCOMPARE(result.rows, Rows({ { "abc", "" } }));
    QCOMPARE(result.warnings.size(), 1);
    QCOMPARE(result.warnings.first().kind, Issue::Kind::NulCharacter);
    QVERIFY(result.warnings.first().message.startsWith(QStringLiteral("Line 1, column 4:")));
}

void TestCsvReader::shouldSkipRecordsThatAreAllEmptyWhenAsked()
{
    ReaderOptions options;
    options.skipEmptyRecords = true;
    const ReadResult result = readCsv(QByteArray("a;b\n;\n1;2\n;;\n").replace(';', ','), options);
    QCOMPARE(result.rows, Rows({ { "1", "2" } }));
    options.skipEmptyRecords = false;
    QCOMPARE(readCsv(QByteArray("a,b\n,\n1,2\n"), options).rows,
             Rows({ { "", "" }, { "1", "2" } }));
}

void TestCsvReader::shouldKeepBlankLinesWhenAsked()
{
    ReaderOptions options = noHeader();
    options.skipBlankLines = false;
    const ReadResult result = readCsv(QByteArray("a\n\nb\n \n"), options);
    QCOMPARE(result.rows, Rows({ { "a" }, { "" }, { "b" }, { "" } }));
}

void TestCsvReader::shouldAcceptRepeatedNamesWhenAsked()
{
    ReaderOptions options;
    options.allowDuplicateNames = true;
    const ReadResult result = readCsv(QByteArray("x,x\n1,2\n"), options);
    QVERIFY(!result.error);
    QCOMPARE(result.header, QStringList({ "x", "x" }));
}

void TestCsvReader::shouldReportProgress()
{
    QByteArray bytes;
    for (int i = 0; i < 10000; ++i)
        bytes += "row," + QByteArray::number(i) + "\n";
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::ReadOnly);
    ReaderOptions options = noHeader();
    options.chunkSize = 4096;
    Reader reader(&buffer, options);
    Record record;
    QVERIFY(reader.next(record));
    QVERIFY(reader.bytesRead() > 0);
    QVERIFY(reader.bytesRead() < bytes.size());
    while (reader.next(record)) { }
    QVERIFY(reader.atEnd());
    QCOMPARE(reader.bytesRead(), bytes.size());
    QCOMPARE(reader.recordsRead(), 10000);
    QCOMPARE(record.fields, QStringList({ "row", "9999" }));
}

QTEST_APPLESS_MAIN(TestCsvReader)
#include "tst_csvreader.moc"
