// SPDX-License-Identifier: GPL-3.0-or-later
#include "csvtest.h"

#include "csv/sniffer.h"

#include <QTest>

using namespace comptoir;
using namespace comptoir::csv;
using namespace comptoir::test;

class TestCsvSniffer : public QObject
{
    Q_OBJECT

private slots:
    void shouldGuessTheDialect_data();
    void shouldGuessTheDialect();
    void shouldPreviewTheFirstRows();
    void shouldIgnoreTheLineCutByTheEndOfTheSample();
    void shouldDetectEncodingAndDialectOfADevice();
    void shouldRefuseADeviceThatIsNotText();
    void shouldNameDelimitersAndLineEnds();
};

void TestCsvSniffer::shouldGuessTheDialect_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<Encoding>("encoding");
    QTest::addColumn<QChar>("delimiter");
    QTest::addColumn<QChar>("quote");
    QTest::addColumn<bool>("hasHeader");
    QTest::addColumn<LineEnd>("lineEnd");
    QTest::addColumn<int>("fieldCount");

    const QChar dq = u'"';
    const Encoding utf8 = Encoding::Utf8;
    QTest::newRow("comma") << QByteArray("a,b,c\n1,2,3\n") << utf8 << QChar(u',') << dq << true
                           << LineEnd::Lf << 3;
    QTest::newRow("french excel") << QByteArray(
        "nom;montant;date\r\nDupont;12,50;03/04/2024\r\nMartin;1 200,00;05/04/2024\r\n")
                                  << utf8 << QChar(u';') << dq << true << LineEnd::CrLf << 3;
    QTest::newRow("decimal commas, no header")
        << QByteArray("12,5;3,25\n4,1;5,5\n7,0;8,75\n") << utf8 << QChar(u';') << dq << false
        << LineEnd::Lf << 2;
    QTest::newRow("quoted delimiters")
        << QByteArray("name,address\n\"Dupont, Jean\",\"1, rue X\"\n\"Li; Bo\",\"2 av. Y\"\n")
        << utf8 << QChar(u',') << dq << true << LineEnd::Lf << 2;
    QTest::newRow("tab") << QByteArray("a\tb\n1\t2\n") << utf8 << QChar(u'\t') << dq << true
                         << LineEnd::Lf << 2;
    QTest::newRow("vertical bar") << QByteArray("id|amount\n1|8000,00\n2|31,68\n") << utf8
                                  << QChar(u'|') << dq << true << LineEnd::Lf << 2;
    QTest::newRow("one column") << QByteArray("name\nAlice\nBob\n") << utf8 << QChar(u',') << dq
                                << true << LineEnd::Lf << 1;
    QTest::newRow("numbers only: no header")
        << QByteArray("1,2,3\n4,5,6\n") << utf8 << QChar(u',') << dq << false << LineEnd::Lf << 3;
    QTest::newRow("text only: a header") << QByteArray("first,last\nJohn,Smith\n") << utf8
                                         << QChar(u',') << dq << true << LineEnd::Lf << 2;
    QTest::newRow("repeated first row: no header")
        << QByteArray("x,x,5\nx,y,6\n") << utf8 << QChar(u',') << dq << false << LineEnd::Lf << 3;
    QTest::newRow("apostrophe quotes") << QByteArray("'a,b';'c'\n'd';'e;f'\n") << utf8
                                       << QChar(u';') << QChar(u'\'') << true << LineEnd::Lf << 2;
    QTest::newRow("a quote that only parses unquoted")
        << QByteArray("a,b\n12\" pipe,\"x\n3,4\n") << utf8 << QChar(u',') << QChar() << true
        << LineEnd::Lf << 2;
    QTest::newRow("csvkit sniff_limit") << fixtureBytes(QStringLiteral("csvkit/sniff_limit.csv"))
                                        << utf8 << QChar(u';') << dq << true << LineEnd::Lf << 3;
    QTest::newRow("csvkit dummy.tsv") << fixtureBytes(QStringLiteral("csvkit/dummy.tsv")) << utf8
                                      << QChar(u'\t') << dq << true << LineEnd::Lf << 3;
    QTest::newRow("csvkit mac newlines") << fixtureBytes(QStringLiteral("csvkit/mac_newlines.csv"))
                                         << utf8 << QChar(u',') << dq << true << LineEnd::Cr << 3;
    QTest::newRow("csvkit utf-16 little")
        << fixtureBytes(QStringLiteral("csvkit/test_utf16_little.csv")) << Encoding::Utf16LE
        << QChar(u',') << dq << true << LineEnd::Lf << 3;
    QTest::newRow("csv-spectrum crlf")
        << fixtureBytes(QStringLiteral("csv-spectrum/csvs/newlines_crlf.csv")) << utf8
        << QChar(u',') << dq << true << LineEnd::CrLf << 3;
    QTest::newRow("dvf extract") << fixtureBytes(
        QStringLiteral("french-locale/dvf-2020-extract/valeursfoncieres-2020.txt"))
                                 << utf8 << QChar(u'|') << dq << true << LineEnd::Lf << 43;
    QTest::newRow("latin-1 CRLF") << fixtureBytes(
        QStringLiteral("french-locale/CharlesNepote-CSV-test-files/CSV-basic-ISO-8859-1.CRLF.csv"))
                                  << Encoding::Windows1252 << QChar(u',') << dq << true
                                  << LineEnd::CrLf << 3;
    QTest::newRow("salesforce with BOM")
        << fixtureBytes(QStringLiteral("salesforce/data-cloud-workshop/Opportunity.csv")) << utf8
        << QChar(u',') << dq << true << LineEnd::Lf << 35;
}

void TestCsvSniffer::shouldGuessTheDialect()
{
    QFETCH(QByteArray, bytes);
    QFETCH(Encoding, encoding);
    QFETCH(QChar, delimiter);
    QFETCH(QChar, quote);
    QFETCH(bool, hasHeader);
    QFETCH(LineEnd, lineEnd);
    QFETCH(int, fieldCount);
    const SniffResult result = sniff(bytes, encoding, true);
    QCOMPARE(delimiterName(result.dialect.delimiter), delimiterName(delimiter));
    QCOMPARE(result.dialect.quote, quote);
    QCOMPARE(result.dialect.hasHeader, hasHeader);
    QCOMPARE(lineEndName(result.dialect.lineEnd), lineEndName(lineEnd));
    QCOMPARE(result.fieldCount, fieldCount);
    QCOMPARE(result.consistentRows, result.rowsSampled);
}

void TestCsvSniffer::shouldPreviewTheFirstRows()
{
    QByteArray bytes = "id;nom\n";
    for (int i = 1; i <= 30; ++i)
        bytes += QByteArray::number(i) + ";n" + QByteArray::number(i) + "\n";
    const SniffResult result = sniff(bytes, Encoding::Utf8, true, 5);
    QCOMPARE(result.preview.size(), 5);
    QCOMPARE(result.preview.at(0), QStringList({ "id", "nom" }));
    QCOMPARE(result.preview.at(4), QStringList({ "4", "n4" }));
    QCOMPARE(result.rowsSampled, 31);
}

void TestCsvSniffer::shouldIgnoreTheLineCutByTheEndOfTheSample()
{
    // The sample ends inside a quoted field and inside a row: neither may count.
    QByteArray bytes = "a;b;c\n";
    for (int i = 0; i < 50; ++i)
        bytes += "1;\"x\ny\";3\n";
    bytes += "4;\"unfinished";
    const SniffResult result = sniff(bytes, Encoding::Utf8, false);
    QCOMPARE(result.dialect.delimiter, QChar(u';'));
    QCOMPARE(result.dialect.quote, QChar(u'"'));
    QCOMPARE(result.fieldCount, 3);
    QCOMPARE(result.rowsSampled, 51);
    QCOMPARE(result.consistentRows, 51);
}

void TestCsvSniffer::shouldDetectEncodingAndDialectOfADevice()
{
    QFile file(csvFixture(QStringLiteral("data-fair/csv-cases/dataset-split-fail.csv")));
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(file.seek(0));
    const auto detection = detect(file);
    QVERIFY(detection.ok());
    QCOMPARE(file.pos(), 0);
    QCOMPARE(detection->encoding.encoding, Encoding::Utf16LE);
    QCOMPARE(detection->encoding.bomLength, 2);
    QCOMPARE(detection->sniff.dialect.delimiter, QChar(u';'));
    QCOMPARE(detection->sniff.dialect.lineEnd, LineEnd::CrLf);
    QVERIFY(detection->sniff.dialect.hasHeader);
    QCOMPARE(detection->sniff.preview.first(), QStringList({ "Images", "lat", "long" }));
}

void TestCsvSniffer::shouldRefuseADeviceThatIsNotText()
{
    QByteArray bytes = QByteArray("PK\x03\x04", 4) + QByteArray(1000, '\x01');
    QBuffer buffer(&bytes);
    QVERIFY(buffer.open(QIODevice::ReadOnly));
    const auto detection = detect(buffer);
    QVERIFY(!detection.ok());
    QVERIFY(detection.error().message.contains(QStringLiteral("save it as CSV first")));
}

void TestCsvSniffer::shouldNameDelimitersAndLineEnds()
{
    Dialect dialect;
    QVERIFY(validateDialect(dialect).ok());
    dialect.delimiter = u'\n';
    QCOMPARE(validateDialect(dialect).error().field, QStringLiteral("delimiter"));
    dialect.delimiter = u';';
    dialect.escape = u';';
    QVERIFY(validateDialect(dialect).error().message.contains(QStringLiteral("semicolon")));

    QCOMPARE(candidateDelimiters(), QList<QChar>({ u',', u';', u'\t', u'|' }));
    QCOMPARE(delimiterName(u';'), QStringLiteral("semicolon"));
    QCOMPARE(delimiterName(u'\t'), QStringLiteral("tab"));
    QCOMPARE(delimiterName(u'#'), QStringLiteral("#"));
    QCOMPARE(lineEndName(LineEnd::CrLf), QStringLiteral("CR LF (Windows)"));
}

QTEST_APPLESS_MAIN(TestCsvSniffer)
#include "tst_csvsniffer.moc"
