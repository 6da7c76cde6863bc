// SPDX-License-Identifier: GPL-3.0-or-later
// Real exports: data-fair's French open-data files that broke its importer (with the results
// its own tests expect, see tests/data/csv/data-fair/EXPECTED.md), French-locale files,
// Salesforce exports, and the larger shared corpora when ../shared/testdata is there.
#include "csvtest.h"

#include "csv/dates.h"
#include "csv/values.h"

#include <QDir>
#include <QTest>

using namespace comptoir;
using namespace comptoir::csv;
using namespace comptoir::test;

using Rows = QList<QStringList>;

namespace {

DetectedRead dataFair(const QString &file, const std::function<void(ReaderOptions &)> &adjust = {})
{
    return readDetected(csvFixture("data-fair/" + file), adjust);
}

QString errorText(const DetectedRead &read)
{
    return read.result.error ? read.result.error->message : QString();
}

QString sharedTestData()
{
    return QStringLiteral(COMPTOIR_SHARED_TESTDATA);
}

} // namespace

class TestCsvRealFiles : public QObject
{
    Q_OBJECT

private slots:
    void dataFairFilesReadAsItsTestsExpect_data();
    void dataFairFilesReadAsItsTestsExpect();
    void dataFairNamesAndValues();
    void dataFairBadSeparatorFailsOnItsLine();
    void dataFairNulCharactersRemoved();
    void dataFairDatasetsValues();
    void frenchLatin1FilesDecodeTheSame();
    void dvfExtractSumsAndDates();
    void salesforceExportsRead_data();
    void salesforceExportsRead();
    void salesforceDatesAreMonthFirst();
    void sharedCorporaReadWithoutError();
};

void TestCsvRealFiles::dataFairFilesReadAsItsTestsExpect_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QChar>("delimiter");
    QTest::addColumn<LineEnd>("lineEnd");
    QTest::addColumn<int>("rows");
    QTest::addColumn<QString>("firstValue");

    QTest::newRow("type qualificatif")
        << "csv-cases/2018-08-30_Type_qualificatif.csv" << QChar(u',') << LineEnd::CrLf << 3 << "1";
    QTest::newRow("weird keys") << "csv-cases/weird-keys.csv" << QChar(u',') << LineEnd::Lf << 1
                                << "test";
    QTest::newRow("utf-16 split fail") << "csv-cases/dataset-split-fail.csv" << QChar(u';')
                                       << LineEnd::CrLf << 20 << "resizeimage-radar.png";
    QTest::newRow("some quotes") << "csv-cases/some-quotes.csv" << QChar(u';') << LineEnd::Lf << 1
                                 << "";
    QTest::newRow("formatting issues")
        << "csv-cases/formatting-issues.csv" << QChar(u';') << LineEnd::CrLf << 12 << "Struct1";
    QTest::newRow("agribalyse") << "csv-cases/Agribalyse_Synthese.csv" << QChar(u',') << LineEnd::Lf
                                << 5 << "13712";
    QTest::newRow("calendar") << "csv-cases/calendar.csv" << QChar(u',') << LineEnd::Lf << 1
                              << "2008-02-11T23:00:00.000Z";
    QTest::newRow("tab separated")
        << "csv-cases/tab-sep.tsv" << QChar(u'\t') << LineEnd::Lf << 2 << "koumoul";
    QTest::newRow("mark inside the first header")
        << "csv-cases/salles-sur-yffiniac-6.csv" << QChar(u',') << LineEnd::Lf << 7
        << "Salle du Vauriault";
    QTest::newRow("empty column") << "csv-cases/empty-col.csv" << QChar(u',') << LineEnd::Lf << 4
                                  << "test";
    QTest::newRow("carto lavage") << "csv-cases/CartoLavage_2023_Koumoul_VF_enrichi-v3.csv"
                                  << QChar(u';') << LineEnd::CrLf << 56 << "18";
    QTest::newRow("trailing separators")
        << "csv-cases/trailing-seps.csv" << QChar(u';') << LineEnd::CrLf << 7 << "1";
    QTest::newRow("empty number values")
        << "csv-cases/empty-number-values.csv" << QChar(u',') << LineEnd::Lf << 18 << "A";
    QTest::newRow("numbers") << "csv-cases/numbers.csv" << QChar(u',') << LineEnd::Lf << 3 << "10";
}

void TestCsvRealFiles::dataFairFilesReadAsItsTestsExpect()
{
    QFETCH(QString, file);
    QFETCH(QChar, delimiter);
    QFETCH(LineEnd, lineEnd);
    QFETCH(int, rows);
    QFETCH(QString, firstValue);
    // trailing-seps.csv ends every row with one more ';' than the header: padding drops it.
    const DetectedRead read
        = dataFair(file, [](ReaderOptions &o) { o.raggedRows = RaggedRows::Pad; });
    QVERIFY2(!read.result.error, qPrintable(errorText(read)));
    QCOMPARE(read.options.dialect.delimiter, delimiter);
    QCOMPARE(read.options.dialect.quote, QChar(u'"'));
    QCOMPARE(read.options.dialect.lineEnd, lineEnd);
    QVERIFY(read.options.dialect.hasHeader);
    QCOMPARE(read.result.rows.size(), rows);
    QCOMPARE(read.result.rows.first().first(), firstValue);
    for (const QStringList &row : read.result.rows)
        QCOMPARE(row.size(), read.result.header.size());
}

void TestCsvRealFiles::dataFairNamesAndValues()
{
    const DetectedRead weird = dataFair("csv-cases/weird-keys.csv");
    QCOMPARE(weird.result.header.first(), QStringLiteral("This key has \"escaped quotes\" in it"));

    const DetectedRead salles = dataFair("csv-cases/salles-sur-yffiniac-6.csv");
    QCOMPARE(salles.result.header.first(), QStringLiteral("SALLE"));

    const DetectedRead quotes = dataFair("csv-cases/some-quotes.csv");
    const int departement = columnIndex(quotes.result.header, "Code departement");
    QVERIFY(departement >= 0);
    QCOMPARE(quotes.result.rows[0][departement], QStringLiteral("56"));

    const DetectedRead agribalyse = dataFair("csv-cases/Agribalyse_Synthese.csv");
    const int group = columnIndex(agribalyse.result.header, "Groupe d'aliment");
    QVERIFY(group >= 0);
    QCOMPARE(agribalyse.result.rows[0][group],
             QStringLiteral("fruits, légumes, légumineuses et oléagineux"));

    const DetectedRead carto = dataFair("csv-cases/CartoLavage_2023_Koumoul_VF_enrichi-v3.csv");
    QCOMPARE(carto.detection.encoding.bomLength, 3);
    QVERIFY(!carto.result.header.first().startsWith(QChar(0xFEFF)));

    // A single space is no number: blank, not zero.
    const DetectedRead numbers = dataFair("csv-cases/empty-number-values.csv");
    const int r2 = columnIndex(numbers.result.header, "r2");
    QVERIFY(r2 >= 0);
    QVERIFY(isBlank(numbers.result.rows[0][r2]));

    const DetectedRead formatting = dataFair("csv-cases/formatting-issues.csv");
    QCOMPARE(*parseScaled(formatting.result.rows[0][2], NumberFormat::french(), 1), 974);

    const DetectedRead trailing = dataFair(
        "csv-cases/trailing-seps.csv", [](ReaderOptions &o) { o.raggedRows = RaggedRows::Pad; });
    QCOMPARE(trailing.result.header.size(), 8);
    QCOMPARE(parseDateTime(trailing.result.rows[0][4], DateOrder::Dmy)->date, QDate(2024, 1, 2));

    const DetectedRead calendar = dataFair("csv-cases/calendar.csv");
    QVERIFY(calendar.result.rows[0].join(QString()).contains(u'\n')); // line breaks kept in quotes
    QCOMPARE(calendar.result.rows[0][3], QStringLiteral("Hodgenville, Kentucky"));

    const DetectedRead empty = dataFair("csv-cases/empty-col.csv");
    for (const QStringList &row : empty.result.rows)
        QVERIFY(row[columnIndex(empty.result.header, "empty")].isEmpty());
}

void TestCsvRealFiles::dataFairBadSeparatorFailsOnItsLine()
{
    // data-fair refuses the file ("format est probablement invalide"); so does a strict import,
    // and it says where.
    const DetectedRead read = dataFair("csv-cases/dataset-bad-separators.csv",
                                       [](ReaderOptions &o) { o.raggedRows = RaggedRows::Reject; });
    QVERIFY(read.result.error);
    QCOMPARE(read.result.error->kind, Issue::Kind::RaggedRow);
    QCOMPARE(read.result.error->line, 18);
    QCOMPARE(read.result.error->column, 8);
    QVERIFY(read.result.error->message.startsWith(
        "Line 18, column 8: this row has 4 field(s) where the header has 3"));
}

void TestCsvRealFiles::dataFairNulCharactersRemoved()
{
    const DetectedRead strict = dataFair("csv-cases/rge-null-chars.csv");
    QVERIFY(strict.result.error);
    QCOMPARE(strict.result.error->kind, Issue::Kind::NulCharacter);
    QCOMPARE(strict.result.error->line, 6);

    const DetectedRead lenient = dataFair("csv-cases/rge-null-chars.csv", [](ReaderOptions &o) {
        o.nulCharacters = NulCharacters::Remove;
    });
    QVERIFY2(!lenient.result.error, qPrintable(errorText(lenient)));
    const QStringList &row = lenient.result.rows.at(4);
    QCOMPARE(lenient.result.lines.at(4), 6);
    QCOMPARE(row[columnIndex(lenient.result.header, "adresse")],
             QStringLiteral("5, allée des muriers"));
    QCOMPARE(row[columnIndex(lenient.result.header, "adresse")].size(), 20);
    QCOMPARE(row[columnIndex(lenient.result.header, "nom_entreprise")],
             QStringLiteral("EXPERTISE RESTAURATION IMMOBILIERE"));
    QCOMPARE(lenient.result.warnings.size(), 1);
}

void TestCsvRealFiles::dataFairDatasetsValues()
{
    const DetectedRead latin1 = dataFair("datasets/dataset-latin1.csv");
    QCOMPARE(latin1.options.encoding, Encoding::Windows1252);
    QCOMPARE(latin1.result.rows[0][1], QStringLiteral("19 rue de la voie lactée saint avé"));

    const DetectedRead dates = dataFair("datasets/date-formats.csv");
    for (const char *column : { "date fr", "datetime fr", "date", "datetime" }) {
        DateOrderGuesser guesser;
        const int c = columnIndex(dates.result.header, column);
        for (const QStringList &row : dates.result.rows)
            guesser.add(row[c]);
        const DateOrderGuess guess = guesser.result();
        QVERIFY(!guess.needsChoice());
        QCOMPARE(guess.suggested(), DateOrder::Dmy);
        QCOMPARE(*parseDate(dates.result.rows[2][c], *guess.suggested()), QDate(2021, 1, 15));
    }

    const DetectedRead types = dataFair("datasets/dataset-types.csv");
    for (const char *column : { "bool1", "bool2" }) {
        for (const QStringList &row : types.result.rows)
            QVERIFY(parseBoolean(row[columnIndex(types.result.header, column)]).ok());
    }

    const DetectedRead text = dataFair("datasets/text-formats.csv");
    QVERIFY(!text.result.error);
    QCOMPARE(text.result.rows.last(), QStringList({ "", "" }));
}

void TestCsvRealFiles::frenchLatin1FilesDecodeTheSame()
{
    const QString folder = "french-locale/CharlesNepote-CSV-test-files/";
    const DetectedRead crlf = readDetected(csvFixture(folder + "CSV-basic-ISO-8859-1.CRLF.csv"));
    const DetectedRead lf = readDetected(csvFixture(folder + "CSV-basic-ISO-8859-1.LF.csv"));
    QVERIFY(!crlf.result.error && !lf.result.error);
    // Windows-1252 reads every ISO-8859-1 byte of these files the same (see docs/CSV.md).
    QCOMPARE(crlf.options.encoding, Encoding::Windows1252);
    QCOMPARE(crlf.options.dialect.lineEnd, LineEnd::CrLf);
    QCOMPARE(lf.options.dialect.lineEnd, LineEnd::Lf);
    QCOMPARE(crlf.result.header, QStringList({ "first_name", "last_name", "age" }));
    QCOMPARE(crlf.result.rows,
             Rows({ { "John", "Smith", "37" },
                    { "Jean", "Christophe", "33" },
                    { "Hélène", "Mahé", "42" } }));
    QCOMPARE(lf.result.rows, crlf.result.rows);
}

void TestCsvRealFiles::dvfExtractSumsAndDates()
{
    const DetectedRead dvf
        = readDetected(csvFixture("french-locale/dvf-2020-extract/valeursfoncieres-2020.txt"));
    QVERIFY2(!dvf.result.error, qPrintable(errorText(dvf)));
    QCOMPARE(dvf.options.dialect.delimiter, QChar(u'|'));
    QCOMPARE(dvf.result.header.size(), 43);
    QCOMPARE(dvf.result.rows.size(), 172);
    const int value = columnIndex(dvf.result.header, "Valeur fonciere");
    const int date = columnIndex(dvf.result.header, "Date mutation");
    qint64 total = 0;
    DateOrderGuesser guesser;
    QDate first, last;
    for (int i = 0; i < dvf.result.rows.size(); ++i) {
        const auto amount = parseAmount(dvf.result.rows[i][value], NumberFormat::french(), "EUR");
        QVERIFY2(amount.ok(), qPrintable(amount.ok() ? QString() : amount.error().message));
        total += amount->minor;
        guesser.add(dvf.result.rows[i][date], dvf.result.lines[i]);
        const QDate d = *parseDate(dvf.result.rows[i][date], DateOrder::Dmy);
        first = first.isValid() ? qMin(first, d) : d;
        last = last.isValid() ? qMax(last, d) : d;
    }
    QCOMPARE(total, 1993899960); // 19,938,999.60 €
    QCOMPARE(guesser.result().possible, QList<DateOrder>({ DateOrder::Dmy }));
    QCOMPARE(first, QDate(2020, 1, 2));
    QCOMPARE(last, QDate(2020, 1, 22));
}

void TestCsvRealFiles::salesforceExportsRead_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<int>("bomLength");
    QTest::addColumn<int>("rows");
    QTest::addColumn<int>("columns");
    QTest::newRow("workshop accounts") << "data-cloud-workshop/Account.csv" << 3 << 22 << 56;
    QTest::newRow("workshop opportunities")
        << "data-cloud-workshop/Opportunity.csv" << 3 << 50 << 35;
    QTest::newRow("accounts") << "devedition-sample/Account.csv" << 0 << 18 << 17;
    QTest::newRow("contacts") << "devedition-sample/Contact.csv" << 0 << 25 << 17;
    QTest::newRow("leads") << "devedition-sample/Lead.csv" << 0 << 22 << 28;
    QTest::newRow("opportunities") << "devedition-sample/Opportunity.csv" << 0 << 36 << 19;
    QTest::newRow("opportunity history")
        << "devedition-sample/OpportunityHistory.csv" << 0 << 48 << 13;
    QTest::newRow("history groups")
        << "devedition-sample/OpportunityHistoryGroup.csv" << 0 << 10 << 3;
}

void TestCsvRealFiles::salesforceExportsRead()
{
    QFETCH(QString, file);
    QFETCH(int, bomLength);
    QFETCH(int, rows);
    QFETCH(int, columns);
    const DetectedRead read = readDetected(csvFixture("salesforce/" + file), [](ReaderOptions &o) {
        o.raggedRows = RaggedRows::Reject;
    });
    QVERIFY2(!read.result.error, qPrintable(errorText(read)));
    QCOMPARE(read.options.encoding, Encoding::Utf8);
    QCOMPARE(read.detection.encoding.bomLength, bomLength);
    QCOMPARE(read.options.dialect.delimiter, QChar(u','));
    QVERIFY(read.options.dialect.hasHeader);
    QCOMPARE(read.result.rows.size(), rows);
    QCOMPARE(read.result.header.size(), columns);
    QVERIFY(read.result.header.first() == "Id" || read.result.header.first() == "StageName");
    const int amount = columnIndex(read.result.header, "Amount");
    for (const QStringList &row : read.result.rows) {
        if (amount >= 0 && !isBlank(row[amount]))
            QVERIFY(parseAmount(row[amount], NumberFormat::english(), "USD").ok());
    }
}

void TestCsvRealFiles::salesforceDatesAreMonthFirst()
{
    const DetectedRead read
        = readDetected(csvFixture("salesforce/devedition-sample/Opportunity.csv"));
    DateOrderGuesser simulated, close;
    for (const QStringList &row : read.result.rows) {
        simulated.add(row[columnIndex(read.result.header, "Opp Close Date_Simulated")]);
        close.add(row[columnIndex(read.result.header, "LastModifiedDate")]);
    }
    QCOMPARE(simulated.result().possible, QList<DateOrder>({ DateOrder::Mdy }));
    QCOMPARE(close.result().suggested(), DateOrder::Mdy);

    const DetectedRead workshop
        = readDetected(csvFixture("salesforce/data-cloud-workshop/Opportunity.csv"));
    DateOrderGuesser iso;
    for (const QStringList &row : workshop.result.rows)
        iso.add(row[columnIndex(workshop.result.header, "CloseDate")]);
    QVERIFY(!iso.result().needsChoice());
    QCOMPARE(iso.result().possible.size(), 3);
}

void TestCsvRealFiles::sharedCorporaReadWithoutError()
{
    const QDir maven(sharedTestData() + "/maven-crm");
    if (!maven.exists())
        QSKIP("../shared/testdata/maven-crm is not on this machine: the larger CRM corpus is not "
              "checked");
    const DetectedRead pipeline
        = readDetected(maven.filePath("sales_pipeline.csv"),
                       [](ReaderOptions &o) { o.raggedRows = RaggedRows::Reject; });
    QVERIFY2(!pipeline.result.error, qPrintable(errorText(pipeline)));
    QCOMPARE(pipeline.options.dialect.lineEnd, LineEnd::CrLf);
    QCOMPARE(pipeline.result.rows.size(), 8800);
    const int stage = columnIndex(pipeline.result.header, "deal_stage");
    const int value = columnIndex(pipeline.result.header, "close_value");
    qint64 won = 0;
    int wonDeals = 0;
    for (const QStringList &row : pipeline.result.rows) {
        if (row[stage] != "Won")
            continue;
        ++wonDeals;
        won += parseAmount(row[value], NumberFormat::english(), "USD")->minor;
    }
    QCOMPARE(wonDeals, 4238);
    QCOMPARE(won, qint64(10005534) * 100);

    const DetectedRead us = readDetected(maven.filePath("variants/sales_pipeline_us_dates.csv"));
    QVERIFY(!us.result.error);
    DateOrderGuesser closeDates;
    const int close = columnIndex(us.result.header, "close_date");
    for (int i = 0; i < us.result.rows.size(); ++i)
        closeDates.add(us.result.rows[i][close], us.result.lines[i]);
    QCOMPARE(closeDates.result().possible, QList<DateOrder>({ DateOrder::Mdy }));

    const QDir cdnow(sharedTestData() + "/cdnow");
    for (const QString &file : cdnow.entryList({ "*.csv" }, QDir::Files)) {
        const DetectedRead read = readDetected(
            cdnow.filePath(file), [](ReaderOptions &o) { o.raggedRows = RaggedRows::Reject; });
        QVERIFY2(!read.result.error, qPrintable(file + ": " + errorText(read)));
        QVERIFY(!read.result.rows.isEmpty());
    }
}

QTEST_APPLESS_MAIN(TestCsvRealFiles)
#include "tst_csvrealfiles.moc"
