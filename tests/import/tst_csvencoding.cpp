// SPDX-License-Identifier: GPL-3.0-or-later
#include "csvtest.h"

#include "csv/decoder.h"
#include "csv/encoding.h"

#include <QRandomGenerator>
#include <QTest>

using namespace comptoir;
using namespace comptoir::csv;
using namespace comptoir::test;

namespace {

QByteArray utf16(const QString &text, bool littleEndian, bool bom)
{
    QByteArray out;
    if (bom)
        out += littleEndian ? QByteArray("\xFF\xFE") : QByteArray("\xFE\xFF");
    for (QChar c : text) {
        const char lo = char(c.unicode() & 0xFF), hi = char(c.unicode() >> 8);
        out += littleEndian ? lo : hi;
        out += littleEndian ? hi : lo;
    }
    return out;
}

// Decodes in chunks of the given size, as the reader does.
QString decodeInChunks(Decoder &decoder, const QByteArray &bytes, int chunk, bool *ok)
{
    QString out;
    *ok = true;
    for (qsizetype i = 0; i < bytes.size() && *ok; i += chunk)
        *ok = decoder.decode(
            QByteArrayView(bytes).sliced(i, qMin<qsizetype>(chunk, bytes.size() - i)), out);
    if (*ok)
        *ok = decoder.finish(out);
    return out;
}

} // namespace

class TestCsvEncoding : public QObject
{
    Q_OBJECT

private slots:
    void shouldDetectEncoding_data();
    void shouldDetectEncoding();
    void shouldRefuseFilesThatAreNotText_data();
    void shouldRefuseFilesThatAreNotText();
    void shouldTreatACutSequenceAsASampleBoundaryOnly();
    void shouldDetectFromADeviceAndSeekBack();
    void shouldDecodeWhateverTheChunkSize_data();
    void shouldDecodeWhateverTheChunkSize();
    void shouldStopAtTheFirstInvalidByte_data();
    void shouldStopAtTheFirstInvalidByte();
    void shouldReportACharacterCutByTheEndOfTheFile();
    void shouldFollowTheMarkOfTheOtherUtf16ByteOrder();
    void shouldReadTheStrayLineBreakAfterAUtf16Mark();
    void shouldCountBytesOfDecodedText();
    void shouldFindEncodingsByNameAndAlias_data();
    void shouldFindEncodingsByNameAndAlias();
    void shouldListTheNamesWhenAnEncodingIsUnknown();
};

void TestCsvEncoding::shouldDetectEncoding_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<Encoding>("encoding");
    QTest::addColumn<int>("bomLength");
    QTest::addColumn<bool>("pureAscii");

    const QString text = QStringLiteral("nom;montant\r\nHélène;12,50 €\r\n");
    QTest::newRow("ascii") << QByteArray("a,b\n1,2\n") << Encoding::Utf8 << 0 << true;
    QTest::newRow("utf-8") << text.toUtf8() << Encoding::Utf8 << 0 << false;
    QTest::newRow("utf-8 with mark")
        << QByteArray("\xEF\xBB\xBF") + text.toUtf8() << Encoding::Utf8 << 3 << false;
    QTest::newRow("utf-16le with mark")
        << utf16(text, true, true) << Encoding::Utf16LE << 2 << false;
    QTest::newRow("utf-16be with mark")
        << utf16(text, false, true) << Encoding::Utf16BE << 2 << false;
    QTest::newRow("utf-16le without mark")
        << utf16(text, true, false) << Encoding::Utf16LE << 0 << false;
    QTest::newRow("utf-16be without mark")
        << utf16(text, false, false) << Encoding::Utf16BE << 0 << false;
    // Excel's French CSV: € is 0x80 and the apostrophe ’ 0x92 in Windows-1252.
    QTest::newRow("windows-1252 euro and apostrophe")
        << QByteArray("nom;montant\r\nL\x92\xE9t\xE9;12,50 \x80\r\n") << Encoding::Windows1252 << 0
        << false;
    QTest::newRow("latin-9 euro after digits")
        << QByteArray("prix\n10 \xA4\n\xE9t\xE9\n") << Encoding::Iso8859_15 << 0 << false;
    QTest::newRow("latin-9 oe inside a word")
        << QByteArray("nom\nc\xBDur\n") << Encoding::Iso8859_15 << 0 << false;
    QTest::newRow("latin-1 with bytes windows-1252 leaves undefined")
        << QByteArray("a\n\x81\xE9\n") << Encoding::Iso8859_1 << 0 << false;
    // Latin-1 and Windows-1252 agree on every byte here; the superset is the safer name.
    QTest::newRow("plain latin-1 accents")
        << QByteArray("H\xE9l\xE8ne,Mah\xE9\n") << Encoding::Windows1252 << 0 << false;
    QTest::newRow("csvkit latin1") << fixtureBytes(QStringLiteral("csvkit/test_latin1.csv"))
                                   << Encoding::Windows1252 << 0 << false;
    QTest::newRow("csvkit utf-16 big") << fixtureBytes(QStringLiteral("csvkit/test_utf16_big.csv"))
                                       << Encoding::Utf16BE << 2 << false;
    QTest::newRow("csvkit utf-16 little")
        << fixtureBytes(QStringLiteral("csvkit/test_utf16_little.csv")) << Encoding::Utf16LE << 2
        << false;
    QTest::newRow("csvkit utf-8 bom")
        << fixtureBytes(QStringLiteral("csvkit/test_utf8_bom.csv")) << Encoding::Utf8 << 3 << false;
    // One NUL in a text file is the reader's business (it reports the line and column).
    QTest::newRow("csvkit null byte is still text")
        << fixtureBytes(QStringLiteral("csvkit/null_byte.csv")) << Encoding::Utf8 << 0 << true;
    QTest::newRow("empty") << QByteArray() << Encoding::Utf8 << 0 << true;
}

void TestCsvEncoding::shouldDetectEncoding()
{
    QFETCH(QByteArray, bytes);
    QFETCH(Encoding, encoding);
    QFETCH(int, bomLength);
    QFETCH(bool, pureAscii);
    const auto guess = detectEncoding(bytes, true);
    QVERIFY2(guess.ok(), qPrintable(guess.ok() ? QString() : guess.error().message));
    QCOMPARE(encodingName(guess->encoding), encodingName(encoding));
    QCOMPARE(guess->bomLength, bomLength);
    QCOMPARE(guess->pureAscii, pureAscii);
    QVERIFY(!guess->reason.isEmpty());
}

void TestCsvEncoding::shouldRefuseFilesThatAreNotText_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("message");

    QTest::newRow("xlsx renamed .csv") << QByteArray("PK\x03\x04\x14\x00\x06\x00", 8)
            + QByteArray(200, 'x') << QStringLiteral("Excel workbook (.xlsx)");
    QTest::newRow("xls") << QByteArray("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 8)
            + QByteArray(100, '\0')
                         << QStringLiteral("Excel 97-2003 workbook (.xls)");
    QTest::newRow("pdf") << QByteArray("%PDF-1.7\n...") << QStringLiteral("PDF");
    QTest::newRow("sqlite") << QByteArray("SQLite format 3\0", 16) + QByteArray(100, '\0')
                            << QStringLiteral("database");
    QTest::newRow("utf-32") << QByteArray("\xFF\xFE\0\0a\0\0\0", 8) << QStringLiteral("UTF-32");
    QByteArray random(4096, Qt::Uninitialized);
    QRandomGenerator generator(42);
    for (char &c : random)
        c = char(generator.bounded(256));
    QTest::newRow("random bytes") << random << QStringLiteral("does not look like text");
    QTest::newRow("NULs on both parities")
        << QByteArray("\0\0\0\0ab\0\0cd\0\0\0\0", 14) << QStringLiteral("does not look like text");
}

void TestCsvEncoding::shouldRefuseFilesThatAreNotText()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, message);
    const auto guess = detectEncoding(bytes, true);
    QVERIFY(!guess.ok());
    QVERIFY2(guess.error().message.contains(message), qPrintable(guess.error().message));
}

void TestCsvEncoding::shouldTreatACutSequenceAsASampleBoundaryOnly()
{
    // "é" is C3 A9 in UTF-8: a sample that stops after C3 may still be UTF-8, a file may not.
    const QByteArray inside = QByteArray("nom\nH\xC3");
    QCOMPARE(detectEncoding(inside, false)->encoding, Encoding::Utf8);
    QCOMPARE(detectEncoding(inside, true)->encoding, Encoding::Windows1252);
}

void TestCsvEncoding::shouldDetectFromADeviceAndSeekBack()
{
    // The distinguishing byte comes after the first chunk the detector reads.
    QByteArray bytes = QByteArray(100000, 'a') + "\n\x80\n";
    QBuffer buffer(&bytes);
    QVERIFY(buffer.open(QIODevice::ReadOnly));
    QVERIFY(buffer.seek(10));
    const auto whole = detectEncoding(buffer);
    QVERIFY(whole.ok());
    QCOMPARE(whole->encoding, Encoding::Windows1252);
    QCOMPARE(buffer.pos(), 10);
    const auto sample = detectEncoding(buffer, 1000);
    QCOMPARE(sample->encoding, Encoding::Utf8);
    QVERIFY(sample->pureAscii);
    QCOMPARE(buffer.pos(), 10);
}

void TestCsvEncoding::shouldDecodeWhateverTheChunkSize_data()
{
    QTest::addColumn<Encoding>("encoding");
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("text");

    const QString text = QStringLiteral("Hélène;12,50 €;cœur;𝄞 ☺\r\nŒuvre\n");
    QTest::newRow("utf-8") << Encoding::Utf8 << text.toUtf8() << text;
    QTest::newRow("utf-8, mark dropped")
        << Encoding::Utf8 << QByteArray("\xEF\xBB\xBF") + text.toUtf8() << text;
    QTest::newRow("utf-16le, mark dropped") << Encoding::Utf16LE << utf16(text, true, true) << text;
    QTest::newRow("utf-16be, mark dropped")
        << Encoding::Utf16BE << utf16(text, false, true) << text;
    QTest::newRow("utf-16be without mark")
        << Encoding::Utf16BE << utf16(text, false, false) << text;
    QTest::newRow("windows-1252") << Encoding::Windows1252
                                  << QByteArray("\x80 \x92\x9C\x8C \xE9\x9F")
                                  << QStringLiteral("€ ’œŒ éŸ");
    QTest::newRow("iso-8859-15") << Encoding::Iso8859_15
                                 << QByteArray("\xA4\xA6\xA8\xB4\xB8\xBC\xBD\xBE\xE9")
                                 << QStringLiteral("€ŠšŽžŒœŸé");
    QTest::newRow("iso-8859-1") << Encoding::Iso8859_1 << QByteArray("\xA4\xE9\x80")
                                << QStringLiteral("¤é\u0080");
}

void TestCsvEncoding::shouldDecodeWhateverTheChunkSize()
{
    QFETCH(Encoding, encoding);
    QFETCH(QByteArray, bytes);
    QFETCH(QString, text);
    for (int chunk : { 1, 2, 3, 5, 7, 64 * 1024 }) {
        Decoder decoder(encoding);
        bool ok = false;
        const QString decoded = decodeInChunks(decoder, bytes, chunk, &ok);
        QVERIFY2(ok, qPrintable(decoder.errorDescription()));
        QCOMPARE(decoded, text);
    }
}

void TestCsvEncoding::shouldStopAtTheFirstInvalidByte_data()
{
    QTest::addColumn<Encoding>("encoding");
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("before");
    QTest::addColumn<qint64>("offset");
    QTest::addColumn<QString>("description");

    QTest::newRow("latin-1 é in utf-8")
        << Encoding::Utf8 << QByteArray("a,b\ncaf\xE9,1\n") << QStringLiteral("a,b\ncaf")
        << qint64(7) << QStringLiteral("the byte 0xE9 is not valid UTF-8");
    QTest::newRow("overlong utf-8") << Encoding::Utf8 << QByteArray("ab\xC0\x80")
                                    << QStringLiteral("ab") << qint64(2) << QStringLiteral("0xC0");
    QTest::newRow("utf-8 surrogate") << Encoding::Utf8 << QByteArray("\xC3\xA9\xED\xA0\x80")
                                     << QStringLiteral("é") << qint64(2) << QStringLiteral("0xED");
    QTest::newRow("utf-8 past U+10FFFF")
        << Encoding::Utf8 << QByteArray("x\xF5\x80\x80\x80") << QStringLiteral("x") << qint64(1)
        << QStringLiteral("0xF5");
    QTest::newRow("offset counts the mark")
        << Encoding::Utf8 << QByteArray("\xEF\xBB\xBFok\xFF") << QStringLiteral("ok") << qint64(5)
        << QStringLiteral("0xFF");
    QTest::newRow("lone low surrogate in utf-16le")
        << Encoding::Utf16LE << QByteArray("a\0\x00\xDC", 4) << QStringLiteral("a") << qint64(2)
        << QStringLiteral("UTF-16LE");
    QTest::newRow("high surrogate without low")
        << Encoding::Utf16BE << QByteArray("\xD8\x00\x00\x41", 4) << QString() << qint64(0)
        << QStringLiteral("0xD8 0x00 0x00 0x41");
    QTest::newRow("byte windows-1252 leaves undefined")
        << Encoding::Windows1252 << QByteArray("ab\x81") << QStringLiteral("ab") << qint64(2)
        << QStringLiteral("the byte 0x81 is not valid windows-1252");
}

void TestCsvEncoding::shouldStopAtTheFirstInvalidByte()
{
    QFETCH(Encoding, encoding);
    QFETCH(QByteArray, bytes);
    QFETCH(QString, before);
    QFETCH(qint64, offset);
    QFETCH(QString, description);
    for (int chunk : { 1, 3, 1024 }) {
        Decoder decoder(encoding);
        bool ok = true;
        const QString decoded = decodeInChunks(decoder, bytes, chunk, &ok);
        QVERIFY(!ok);
        QCOMPARE(decoded, before);
        QCOMPARE(decoder.errorByteOffset(), offset);
        QVERIFY2(decoder.errorDescription().contains(description),
                 qPrintable(decoder.errorDescription()));
        QString more;
        QVERIFY(!decoder.decode("abc", more)); // stays failed
    }
}

void TestCsvEncoding::shouldReportACharacterCutByTheEndOfTheFile()
{
    Decoder utf8(Encoding::Utf8);
    QString out;
    QVERIFY(utf8.decode("caf\xC3", out));
    QCOMPARE(out, QStringLiteral("caf"));
    QVERIFY(!utf8.finish(out));
    QCOMPARE(utf8.errorByteOffset(), 3);
    QVERIFY(utf8.errorDescription().contains(QStringLiteral("ends in the middle")));

    Decoder utf16(Encoding::Utf16LE);
    out.clear();
    QVERIFY(utf16.decode(QByteArray("a\0b", 3), out));
    QVERIFY(!utf16.finish(out));
    QCOMPARE(out, QStringLiteral("a"));
    QCOMPARE(utf16.errorByteOffset(), 2);
}

void TestCsvEncoding::shouldFollowTheMarkOfTheOtherUtf16ByteOrder()
{
    Decoder decoder(Encoding::Utf16BE);
    QString out;
    QVERIFY(decoder.decode(utf16(QStringLiteral("été"), true, true), out));
    QVERIFY(decoder.finish(out));
    QCOMPARE(out, QStringLiteral("été"));
    QCOMPARE(decoder.encoding(), Encoding::Utf16LE);
}

void TestCsvEncoding::shouldReadTheStrayLineBreakAfterAUtf16Mark()
{
    // data-fair's dataset-split-fail.csv: FF FE, then 8-bit "\r\n", then UTF-16LE text.
    const QByteArray bytes
        = fixtureBytes(QStringLiteral("data-fair/csv-cases/dataset-split-fail.csv"));
    QVERIFY(bytes.startsWith("\xFF\xFE\r\n"));
    Decoder decoder(Encoding::Utf16LE);
    bool ok = false;
    const QString text = decodeInChunks(decoder, bytes, 5, &ok);
    QVERIFY(ok);
    QVERIFY2(text.startsWith(QStringLiteral("\nImages;lat;long\r\n")), qPrintable(text.left(20)));
}

void TestCsvEncoding::shouldCountBytesOfDecodedText()
{
    const QString text = QStringLiteral("aé€𝄞");
    QCOMPARE(Decoder(Encoding::Utf8).encodedLength(text), text.toUtf8().size());
    QCOMPARE(Decoder(Encoding::Utf16BE).encodedLength(text), 2 * text.size());
    QCOMPARE(Decoder(Encoding::Windows1252).encodedLength(QStringLiteral("aé€")), 3);
}

void TestCsvEncoding::shouldFindEncodingsByNameAndAlias_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<Encoding>("encoding");
    QTest::newRow("UTF-8") << QStringLiteral("UTF-8") << Encoding::Utf8;
    QTest::newRow("utf8") << QStringLiteral("utf8") << Encoding::Utf8;
    QTest::newRow("utf-16") << QStringLiteral("utf-16") << Encoding::Utf16LE;
    QTest::newRow("UTF-16BE") << QStringLiteral("UTF-16BE") << Encoding::Utf16BE;
    QTest::newRow("cp1252") << QStringLiteral("cp1252") << Encoding::Windows1252;
    QTest::newRow("windows-1252") << QStringLiteral("Windows-1252") << Encoding::Windows1252;
    QTest::newRow("latin1") << QStringLiteral("latin1") << Encoding::Iso8859_1;
    QTest::newRow("ISO-8859-1") << QStringLiteral("ISO-8859-1") << Encoding::Iso8859_1;
    QTest::newRow("latin9") << QStringLiteral("latin-9") << Encoding::Iso8859_15;
    QTest::newRow("iso8859-15") << QStringLiteral(" iso8859-15 ") << Encoding::Iso8859_15;
    for (Encoding e : allEncodings())
        QTest::newRow(qPrintable(QStringLiteral("round trip ") + encodingName(e)))
            << encodingName(e) << e;
}

void TestCsvEncoding::shouldFindEncodingsByNameAndAlias()
{
    QFETCH(QString, name);
    QFETCH(Encoding, encoding);
    const auto found = encodingFromName(name);
    QVERIFY(found.ok());
    QCOMPARE(*found, encoding);
}

void TestCsvEncoding::shouldListTheNamesWhenAnEncodingIsUnknown()
{
    const auto found = encodingFromName(QStringLiteral("ebcdic"));
    QVERIFY(!found.ok());
    QVERIFY(found.error().message.contains(QStringLiteral("\"ebcdic\"")));
    QVERIFY(found.error().message.contains(QStringLiteral("windows-1252")));
    QCOMPARE(found.error().field, QStringLiteral("encoding"));
}

QTEST_APPLESS_MAIN(TestCsvEncoding)
#include "tst_csvencoding.moc"
