// SPDX-License-Identifier: GPL-3.0-or-later
// Every kind of bad input: the import names the line and column and writes nothing.
#include "importtest.h"

#include <QTest>

using namespace comptoir;
using namespace comptoir::import;
using namespace comptoir::test;

Q_DECLARE_METATYPE(comptoir::import::ContactMatch)

class TestImportBadInput : public QObject
{
    Q_OBJECT

private slots:
    void badInputIsRefusedWithItsPlaceAndNothingIsWritten_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("encoding"); // forced, or empty for detected
        QTest::addColumn<QString>("where"); // "Line L, column C", or empty for a refusal without a place
        QTest::addColumn<QString>("words"); // in the message

        const QByteArray header = "Ref;Title;Amount;Currency;Close date;Stage\n";
        // The sniffer reads a file whose quote is never closed as unquoted: its quoted
        // semicolon then splits a row.
        QTest::newRow("unclosed quote")
            << header + "1;\"A; B\";12;EUR;01/02/2024;New\n2;\"Open;12;EUR;01/02/2024;New\n" << QString()
            << "Line 2, column 28" << "where the header has 6";
        QTest::newRow("ragged row") << header + "1;A;12;EUR;01/02/2024;New;extra\n" << QString()
                                    << "Line 2" << "field";
        QTest::newRow("repeated header") << QByteArray("Title;Title\nA;B\n") << QString() << "Line 1" << "both named";
        QTest::newRow("header missing") << QByteArray("1;Four;12;EUR;01/02/2024;New\n2;Pétrin;13;EUR;02/02/2024;New\n")
                                        << QString() << "Line 1, column 1" << "header row";
        QTest::newRow("no title column") << QByteArray("Foo;Bar\n1;2\n") << QString() << QString() << "title";
        QTest::newRow("NUL byte") << header + QByteArray("1;A\0B;12;EUR;01/02/2024;New\n", 29) << QString() << "Line 2, column 4"
                                  << "NUL";
        QTest::newRow("invalid byte") << header + "1;Caf\xe9;12;EUR;01/02/2024;New\n" << QStringLiteral("UTF-8")
                                      << "Line 2, column 6" << "0xE9";
        QTest::newRow("field too long") << header + "1;" + QByteArray(70000, 'x') + ";12;EUR;01/02/2024;New\n"
                                        << QString() << "Line 2, column 3" << "longer";
        QTest::newRow("amount 12,3,4") << header + "1;A;12,3,4;EUR;01/02/2024;New\n" << QString()
                                       << "Line 2, column 5" << "12,3,4";
        QTest::newRow("impossible date") << header + "1;A;12;EUR;31/02/2024;New\n" << QString()
                                         << "Line 2, column 12" << "29 days";
        QTest::newRow("unknown currency") << header + "1;A;12;XYZ;01/02/2024;New\n" << QString()
                                          << "Line 2, column 8" << "XYZ";
        QTest::newRow("unknown stage") << header + "1;A;12;EUR;01/02/2024;Nowhere\n" << QString()
                                       << "Line 2, column 23" << "Nowhere";
        QTest::newRow("empty file") << QByteArray() << QString() << "Line 1, column 1" << "empty";
        QTest::newRow("xlsx renamed") << QByteArray("PK\x03\x04\x14\x00\x06\x00", 8) + QByteArray(200, '\x01')
                                      << QString() << "Line 1, column 1" << "Excel";
        QTest::newRow("good rows then a bad one")
            << header + "1;A;12;EUR;01/02/2024;New\n2;B;13;EUR;02/02/2024;New\n3;C;1 2;EUR;03/02/2024;New\n"
            << QString() << "Line 4, column 5" << "1 2";
    }
    void badInputIsRefusedWithItsPlaceAndNothingIsWritten()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, encoding);
        QFETCH(QString, where);
        QFETCH(QString, words);
        TestWorkspace ws;
        QTemporaryDir dir;
        ImportRequest request;
        request.path = writeFile(dir.path(), QStringLiteral("bad.csv"), bytes);
        request.rules.numbers = csv::NumberFormat::french();
        request.rules.dateOrder = csv::DateOrder::Dmy;
        if (!encoding.isEmpty())
            request.encoding = *csv::encodingFromName(encoding);
        ImportService service(ws.db(), ws.clock());
        const QByteArray before = contentHash(ws.db());
        auto summary = service.run(ws.actor(), request);
        QString message;
        if (!summary) {
            message = summary.error().message;
        } else {
            QVERIFY(!summary->committed);
            QVERIFY(summary->errorCount > 0);
            message = summary->errors.first().message;
            QCOMPARE(QStringLiteral("Line %1, column %2").arg(summary->errors.first().line).arg(summary->errors.first().column)
                         .startsWith(where.section(QLatin1Char(','), 0, 0)), true);
        }
        QVERIFY2(message.contains(where), qPrintable(message));
        QVERIFY2(message.contains(words, Qt::CaseInsensitive), qPrintable(message));
        QCOMPARE(contentHash(ws.db()), before);
    }

    // Without a chosen order, the import stops reading dates once only day/month/year fits
    // them; a date further down that no order reads is still that row's error, with its place.
    void aBadDateFarDownIsFoundAfterTheOrderIsDecided()
    {
        TestWorkspace ws;
        QTemporaryDir dir;
        QByteArray bytes = "Title;Amount;Close date\n";
        for (int i = 0; i < 2000; ++i)
            bytes += "Deal " + QByteArray::number(i) + ";12;" + (i == 1500 ? QByteArray("02/31/2024")
                : QByteArray::number(1 + i % 28).rightJustified(2, '0') + "/03/2024") + "\n";
        ImportRequest request;
        request.path = writeFile(dir.path(), QStringLiteral("dates.csv"), bytes);
        ImportService service(ws.db(), ws.clock());
        const QByteArray before = contentHash(ws.db());
        COMPTOIR_TRY(summary, service.run(ws.actor(), request));
        QVERIFY(!summary->committed);
        QCOMPARE(summary->dateOrder, csv::DateOrder::Dmy);
        QCOMPARE(summary->errors.size(), 1);
        QCOMPARE(summary->errors.first().line, 1502);
        QCOMPARE(summary->errors.first().column, 14); // "Deal 1500;12;" before it
        QVERIFY2(summary->errors.first().message.contains(QStringLiteral("02/31/2024")),
                 qPrintable(summary->errors.first().message));
        QCOMPARE(contentHash(ws.db()), before);
    }

    void ambiguousDatesAskForTheOrder()
    {
        TestWorkspace ws;
        QTemporaryDir dir;
        ImportRequest request;
        request.path = writeFile(dir.path(), QStringLiteral("dates.csv"),
                                 "Title;Close date\nA;03/04/2024\nB;05/06/2024\nC;2024-01-31\n");
        ImportService service(ws.db(), ws.clock());
        const QByteArray before = contentHash(ws.db());
        auto summary = service.run(ws.actor(), request);
        QVERIFY(!summary);
        QVERIFY2(summary.error().message.contains(QStringLiteral("Choose the date order")), qPrintable(summary.error().message));
        QCOMPARE(contentHash(ws.db()), before);
        request.rules.dateOrder = csv::DateOrder::Mdy;
        COMPTOIR_TRY(chosen, service.run(ws.actor(), request));
        QCOMPARE(chosen->created, 3);
        QCOMPARE(count(ws.db(), QStringLiteral("SELECT count(*) FROM deals WHERE close_date = '2024-03-04'")), 1);
    }

    void contactsAreMatchedByTheChosenRule_data()
    {
        QTest::addColumn<ContactMatch>("rule");
        QTest::addColumn<int>("contacts");
        QTest::newRow("email") << ContactMatch::Email << 2;
        QTest::newRow("phone") << ContactMatch::Phone << 1;
        QTest::newRow("name") << ContactMatch::Name << 2;
    }
    void contactsAreMatchedByTheChosenRule()
    {
        QFETCH(ContactMatch, rule);
        QFETCH(int, contacts);
        TestWorkspace ws;
        QTemporaryDir dir;
        ImportRequest request;
        // The same phone written two ways, two e-mails, two spellings of a name.
        request.path = writeFile(dir.path(), QStringLiteral("contacts.csv"),
                                 "Title;Contact;E-mail;Phone\nA;Jean Dupont;jean@a.fr;01 23 45 67 89\n"
                                 "B;Jean-Marc Dupont;jm@a.fr;+33 1 23 45 67 89\n");
        request.rules.contactMatch = rule;
        ImportService service(ws.db(), ws.clock());
        COMPTOIR_TRY(summary, service.run(ws.actor(), request));
        QCOMPARE(summary->contactsCreated, contacts);
        QCOMPARE(count(ws.db(), QStringLiteral("SELECT count(*) FROM contacts")), contacts);
    }
};

QTEST_GUILESS_MAIN(TestImportBadInput)
#include "tst_importbadinput.moc"
