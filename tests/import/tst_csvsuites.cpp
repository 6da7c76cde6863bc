// SPDX-License-Identifier: GPL-3.0-or-later
// The public CSV test suites (tests/data/csv/SOURCES.md): csv-spectrum with its expected JSON,
// the csvkit examples and the W3C CSVW dialect tests. Files go through what the import does:
// encoding and dialect detection, then the reader.
#include "csvtest.h"

#include "csv/dates.h"
#include "csv/values.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace comptoir;
using namespace comptoir::csv;
using namespace comptoir::test;

using Rows = QList<QStringList>;

namespace {

const QStringList TreeOpsHeader = { "GID", "On Street", "Species", "Trim Cycle", "Inventory Date" };
const Rows TreeOps
    = { { "1", "ADDISON AV", "Celtis australis", "Large Tree Routine Prune", "10/18/2010" },
        { "2", "EMERSON ST", "Liquidambar styraciflua", "Large Tree Routine Prune", "6/2/2010" } };

// The CSVW dialect description as reader options: delimiter, quoteChar, doubleQuote, header,
// headerRowCount, skipRows, commentPrefix, skipBlankRows, skipInitialSpace, trim.
// skipColumns is returned apart: an import ignores columns in its mapping, not in the reader.
ReaderOptions optionsFromCsvw(const QJsonObject &dialect, int *skipColumns)
{
    ReaderOptions options;
    options.raggedRows = RaggedRows::Reject;
    Dialect &d = options.dialect;
    if (dialect.value("delimiter").isString())
        d.delimiter = dialect.value("delimiter").toString().at(0);
    if (dialect.value("quoteChar").isString())
        d.quote = dialect.value("quoteChar").toString().at(0);
    if (dialect.value("doubleQuote").isBool() && !dialect.value("doubleQuote").toBool())
        d.escape = u'\\', d.doubleQuote = false;
    if (dialect.value("header").isBool())
        d.hasHeader = dialect.value("header").toBool();
    if (dialect.value("headerRowCount").isDouble())
        d.hasHeader = dialect.value("headerRowCount").toInt() > 0;
    d.skipRows = dialect.value("skipRows").toInt(0);
    d.commentPrefix = dialect.value("commentPrefix").toString();
    options.skipEmptyRecords = dialect.value("skipBlankRows").toBool(false);
    if (dialect.value("skipInitialSpace").toBool(false))
        d.trim = Trim::Start;
    const QJsonValue trim = dialect.value("trim");
    const QString trimText = trim.isBool() ? (trim.toBool() ? "true" : "false") : trim.toString();
    if (trimText == "true")
        d.trim = Trim::Both;
    else if (trimText == "start")
        d.trim = Trim::Start;
    else if (trimText == "end")
        d.trim = Trim::End;
    *skipColumns = dialect.value("skipColumns").toInt(0);
    return options;
}

QJsonDocument readJson(const QString &relative)
{
    return QJsonDocument::fromJson(fixtureBytes(relative));
}

} // namespace

class TestCsvSuites : public QObject
{
    Q_OBJECT

private slots:
    void csvSpectrumParsesAsItsJsonSays_data();
    void csvSpectrumParsesAsItsJsonSays();
    void csvkitEncodingsDecodeTheSameRows_data();
    void csvkitEncodingsDecodeTheSameRows();
    void csvkitMacNewlinesAndHeaderNewline();
    void csvkitNullByteIsAnErrorWithItsPosition();
    void csvkitLocaleNumbersAndDates();
    void csvkitBadAndRaggedRows();
    void csvkitSkipsLeadingBlankLines();
    void csvkitSniffsSemicolonAndTab();
    void csvwDialectTestsReadTreeOps_data();
    void csvwDialectTestsReadTreeOps();
    void csvwRaggedRowsAreRefused();
};

void TestCsvSuites::csvSpectrumParsesAsItsJsonSays_data()
{
    QTest::addColumn<QString>("name");
    const QStringList files
        = QDir(csvFixture("csv-spectrum/csvs")).entryList({ "*.csv" }, QDir::Files, QDir::Name);
    QCOMPARE(files.size(), 12);
    for (const QString &file : files)
        QTest::newRow(qPrintable(file.chopped(4))) << file.chopped(4);
}

void TestCsvSuites::csvSpectrumParsesAsItsJsonSays()
{
    QFETCH(QString, name);
    const DetectedRead read = readDetected(csvFixture("csv-spectrum/csvs/" + name + ".csv"));
    QVERIFY2(!read.result.error,
             qPrintable(read.result.error ? read.result.error->message : QString()));
    QCOMPARE(read.options.dialect.delimiter, QChar(u','));
    QVERIFY(read.options.dialect.hasHeader);

    const QJsonDocument json = readJson("csv-spectrum/json/" + name + ".json");
    // location_coordinates.json holds one object where the others hold an array
    const QJsonArray expected = json.isArray() ? json.array() : QJsonArray { json.object() };
    QCOMPARE(read.result.rows.size(), expected.size());
    for (int r = 0; r < expected.size(); ++r) {
        const QJsonObject object = expected.at(r).toObject();
        QStringList keys = read.result.header;
        keys.sort();
        QCOMPARE(keys, object.keys());
        for (int c = 0; c < read.result.header.size(); ++c) {
            const QString key = read.result.header.at(c);
            if (name == "location_coordinates" && key == "Contact Phone Number")
                QEXPECT_FAIL("location_coordinates",
                             "the upstream JSON expects 1234567890 where its CSV holds 2095257564",
                             Continue);
            QCOMPARE(read.result.rows.at(r).at(c), object.value(key).toString());
        }
    }
}

void TestCsvSuites::csvkitEncodingsDecodeTheSameRows_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<Encoding>("encoding");
    QTest::addColumn<QStringList>("header");
    QTest::addColumn<QString>("lastValue");
    QTest::newRow("latin1") << "test_latin1.csv" << Encoding::Windows1252
                            << QStringList { "a", "b", "c" } << QStringLiteral("©");
    QTest::newRow("utf8") << "test_utf8.csv" << Encoding::Utf8
                          << QStringList { "foo", "bar", "baz" } << QStringLiteral("ʤ");
    QTest::newRow("utf8 bom") << "test_utf8_bom.csv" << Encoding::Utf8
                              << QStringList { "foo", "bar", "baz" } << QStringLiteral("ʤ");
    QTest::newRow("utf16 big") << "test_utf16_big.csv" << Encoding::Utf16BE
                               << QStringList { "a", "b", "c" } << QStringLiteral("ʤ");
    QTest::newRow("utf16 little") << "test_utf16_little.csv" << Encoding::Utf16LE
                                  << QStringList { "a", "b", "c" } << QStringLiteral("ʤ");
}

void TestCsvSuites::csvkitEncodingsDecodeTheSameRows()
{
    QFETCH(QString, file);
    QFETCH(Encoding, encoding);
    QFETCH(QStringList, header);
    QFETCH(QString, lastValue);
    const DetectedRead read = readDetected(csvFixture("csvkit/" + file));
    QVERIFY(!read.result.error);
    QCOMPARE(read.options.encoding, encoding);
    QCOMPARE(read.result.header, header);
    QCOMPARE(read.result.rows, Rows({ { "1", "2", "3" }, { "4", "5", lastValue } }));
}

void TestCsvSuites::csvkitMacNewlinesAndHeaderNewline()
{
    const DetectedRead mac = readDetected(csvFixture("csvkit/mac_newlines.csv"));
    QVERIFY(!mac.result.error);
    QCOMPARE(mac.options.dialect.lineEnd, LineEnd::Cr);
    QCOMPARE(mac.result.rows, Rows({ { "1", "2", "3" }, { "Once upon\ra time", "5", "6" } }));
    QCOMPARE(mac.result.lines, QList<qint64>({ 2, 3 }));

    const DetectedRead header = readDetected(csvFixture("csvkit/test_header_newline.csv"));
    QVERIFY(!header.result.error);
    QCOMPARE(header.result.header,
             QStringList({ "\t\n\v\f\r start \t\n\v\f\r end \t\n\v\f\r", "b", "c" }));
    QCOMPARE(header.result.rows, Rows({ { "d", "e", "f" } }));
    QCOMPARE(header.result.lines, QList<qint64>({ 8 }));
}

void TestCsvSuites::csvkitNullByteIsAnErrorWithItsPosition()
{
    const DetectedRead read = readDetected(csvFixture("csvkit/null_byte.csv"));
    QVERIFY(read.result.error);
    QCOMPARE(read.result.error->kind, Issue::Kind::NulCharacter);
    QCOMPARE(read.result.error->line, 2);
    QCOMPARE(read.result.error->column, 1);
    QCOMPARE(read.result.error->byteOffset, 6);
    QVERIFY(read.result.error->message.startsWith("Line 2, column 1: "));
}

void TestCsvSuites::csvkitLocaleNumbersAndDates()
{
    const DetectedRead locale = readDetected(csvFixture("csvkit/test_locale.csv"));
    QCOMPARE(locale.result.rows, Rows({ { "1,7", "200.000.000", "" } }));
    const NumberFormat german { u',', u'.' };
    QCOMPARE(*parseScaled(locale.result.rows[0][0], german, 1), 17);
    QCOMPARE(*parseScaled(locale.result.rows[0][1], german, 0), 200000000);

    DateOrderGuesser dates;
    const DetectedRead dmy = readDetected(csvFixture("csvkit/test_date_format.csv"));
    for (int i = 0; i < dmy.result.rows.size(); ++i)
        dates.add(dmy.result.rows[i][0], dmy.result.lines[i]);
    QCOMPARE(dates.result().possible, QList<DateOrder>({ DateOrder::Dmy }));
    QCOMPARE(*parseDate(dmy.result.rows[0][0], DateOrder::Dmy), QDate(2014, 1, 2));

    const DetectedRead numeric = readDetected(csvFixture("csvkit/test_numeric_date_format.csv"));
    QCOMPARE(*parseDate(numeric.result.rows[0][0], DateOrder::Mdy), QDate(2014, 1, 2));
    QCOMPARE(*parseDate(numeric.result.rows[1][0], DateOrder::Dmy), QDate(2012, 12, 31));

    const DetectedRead zeros = readDetected(csvFixture("csvkit/test_no_leading_zeroes.csv"));
    QCOMPARE(zeros.result.rows, Rows({ { "01", "00.11", "0.1" } }));
    QCOMPARE(*parseScaled(zeros.result.rows[0][1], NumberFormat::english(), 2), 11);

    const DetectedRead like = readDetected(csvFixture("csvkit/date_like_number.csv"));
    QVERIFY(!parseDate(like.result.rows[0][0], DateOrder::Dmy).ok());

    const DetectedRead blanks = readDetected(csvFixture("csvkit/blanks.csv"));
    QCOMPARE(blanks.result.rows, Rows({ { "", "NA", "N/A", "NONE", "NULL", "." } }));
}

void TestCsvSuites::csvkitBadAndRaggedRows()
{
    const DetectedRead report = readDetected(csvFixture("csvkit/bad.csv"));
    QVERIFY(!report.result.error);
    QCOMPARE(report.result.warnings.size(), 2);
    QCOMPARE(report.result.warnings[0].line, 2);
    QCOMPARE(report.result.warnings[1].line, 3);

    const DetectedRead reject = readDetected(
        csvFixture("csvkit/bad.csv"), [](ReaderOptions &o) { o.raggedRows = RaggedRows::Reject; });
    QVERIFY(reject.result.error);
    QCOMPARE(reject.result.error->kind, Issue::Kind::RaggedRow);
    QVERIFY(reject.result.error->message.startsWith(
        "Line 2, column 7: this row has 4 field(s) where the header has 3"));

    const DetectedRead empty = readDetected(csvFixture("csvkit/test_empty_columns.csv"));
    QVERIFY(!empty.result.error);
    QCOMPARE(empty.result.header, QStringList({ "a", "b", "c", "", "" }));
    QCOMPARE(empty.result.warnings.size(), 1); // ",,c," has 4 fields
    QCOMPARE(empty.result.warnings[0].line, 3);

    for (const char *file :
         { "csvkit/test_empty_columns_long_row.csv", "csvkit/test_empty_columns_short_row.csv" }) {
        const DetectedRead padded = readDetected(
            csvFixture(file), [](ReaderOptions &o) { o.raggedRows = RaggedRows::Pad; });
        QVERIFY(!padded.result.error);
        QCOMPARE(padded.result.rows, Rows({ { "", "", "" } }));
    }
}

void TestCsvSuites::csvkitSkipsLeadingBlankLines()
{
    const DetectedRead skip = readDetected(csvFixture("csvkit/test_skip_lines.csv"));
    QVERIFY(!skip.result.error);
    QCOMPARE(skip.result.header, QStringList({ "a", "b", "c" }));
    QCOMPARE(skip.result.rows, Rows({ { "1", "2", "3" } }));
    QCOMPARE(skip.result.lines, QList<qint64>({ 5 }));

    const DetectedRead bad = readDetected(csvFixture("csvkit/bad_skip_lines.csv"));
    QCOMPARE(bad.result.header, QStringList({ "column_a", "column_b", "column_c" }));
    QCOMPARE(bad.result.warnings.size(), 2);
    QCOMPARE(bad.result.warnings[0].line, 5);
}

void TestCsvSuites::csvkitSniffsSemicolonAndTab()
{
    const DetectedRead semicolon = readDetected(csvFixture("csvkit/sniff_limit.csv"));
    QCOMPARE(semicolon.options.dialect.delimiter, QChar(u';'));
    QCOMPARE(semicolon.result.rows, Rows({ { "1", "2", "3" } }));
    const DetectedRead tab = readDetected(csvFixture("csvkit/dummy.tsv"));
    QCOMPARE(tab.options.dialect.delimiter, QChar(u'\t'));
    QCOMPARE(tab.result.rows, Rows({ { "1", "2", "3" } }));
}

void TestCsvSuites::csvwDialectTestsReadTreeOps_data()
{
    QTest::addColumn<QString>("test");
    QTest::addColumn<Rows>("rows");
    const Rows padded = { { " 1 ", " ADDISON AV ", " Celtis australis ",
                            " Large Tree Routine Prune ", " 10/18/2010 " },
                          { " 2 ", " EMERSON ST ", " Liquidambar styraciflua ",
                            " Large Tree Routine Prune ", " 6/2/2010" } };
    auto trimmed = [&](bool start, bool end) {
        Rows rows = padded;
        for (QStringList &row : rows) {
            for (QString &value : row) {
                while (start && value.startsWith(u' '))
                    value.remove(0, 1);
                while (end && value.endsWith(u' '))
                    value.chop(1);
            }
        }
        return rows;
    };
    QTest::newRow("test050 delimiter") << "test050" << TreeOps;
    QTest::newRow("test051 commentPrefix in header") << "test051" << TreeOps;
    QTest::newRow("test052 commentPrefix in rows") << "test052" << TreeOps;
    QTest::newRow("test054 skipColumns") << "test054" << TreeOps;
    QTest::newRow("test055 skipBlankRows") << "test055" << TreeOps;
    QTest::newRow("test056 skipInitialSpace") << "test056" << trimmed(true, false);
    QTest::newRow("test058 table dialect over group dialect") << "test058" << TreeOps;
    QTest::newRow("test020 trim=start") << "test020" << trimmed(true, false);
    QTest::newRow("test021 trim=end") << "test021" << trimmed(false, true);
    QTest::newRow("test022 trim=true") << "test022" << TreeOps;
    QTest::newRow("test262 trim=false") << "test262" << padded;
}

void TestCsvSuites::csvwDialectTestsReadTreeOps()
{
    QFETCH(QString, test);
    QFETCH(Rows, rows);
    QJsonObject metadata = readJson("csvw/" + test + "-metadata.json").object();
    if (metadata.contains("tables")) // a table's dialect replaces the group's entirely
        metadata = metadata.value("tables").toArray().first().toObject();
    int skipColumns = 0;
    const ReaderOptions options
        = optionsFromCsvw(metadata.value("dialect").toObject(), &skipColumns);
    QFile file(csvFixture("csvw/" + metadata.value("url").toString()));
    QVERIFY(file.open(QIODevice::ReadOnly));
    const ReadResult result = readCsv(&file, options);
    QVERIFY2(!result.error, qPrintable(result.error ? result.error->message : QString()));

    // The metadata's column titles name what the reader found, skipped columns aside.
    QStringList titles;
    for (const QJsonValue &column :
         metadata.value("tableSchema").toObject().value("columns").toArray())
        titles << column.toObject().value("titles").toString();
    QStringList header = result.header.mid(skipColumns);
    for (QString &name : header)
        name = name.trimmed();
    QCOMPARE(header, titles);
    QCOMPARE(result.rows, rows);
    // Inventory Date's format is M/d/yyyy
    QCOMPARE(*parseDate(result.rows.at(1).last(), DateOrder::Mdy), QDate(2010, 6, 2));
}

void TestCsvSuites::csvwRaggedRowsAreRefused()
{
    // test091 "same number of columns in each row" is a negative test.
    QFile file(csvFixture("csvw/test091.csv"));
    QVERIFY(file.open(QIODevice::ReadOnly));
    ReaderOptions options;
    options.raggedRows = RaggedRows::Reject;
    const ReadResult result = readCsv(&file, options);
    QVERIFY(result.error);
    QCOMPARE(result.error->kind, Issue::Kind::RaggedRow);
    QCOMPARE(result.error->line, 3);
    QCOMPARE(result.rows.size(), 1);
}

QTEST_APPLESS_MAIN(TestCsvSuites)
#include "tst_csvsuites.moc"
