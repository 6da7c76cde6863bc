// SPDX-License-Identifier: GPL-3.0-or-later
// Phone numbers as contact keys: libphonenumber reads French and international ways of writing
// one number, with the region of the request for national numbers.
#include "importtest.h"

#include "import/phone.h"

#include <QTest>

using namespace comptoir;
using namespace comptoir::import;
using namespace comptoir::test;

class TestImportPhone : public QObject
{
    Q_OBJECT

private slots:
    void aPhoneIsReadInItsE164Form_data()
    {
        QTest::addColumn<QString>("written");
        QTest::addColumn<QString>("region");
        QTest::addColumn<QString>("expected");
        QTest::newRow("french national, spaced") << "06 12 34 56 78" << "FR" << "+33612345678";
        QTest::newRow("french national, dotted") << "06.12.34.56.78" << "FR" << "+33612345678";
        QTest::newRow("international with +") << "+33 6 12 34 56 78" << "FR" << "+33612345678";
        QTest::newRow("international with 00") << "0033612345678" << "FR" << "+33612345678";
        QTest::newRow("+33 (0) trunk prefix") << "+33 (0)6 12 34 56 78" << "FR" << "+33612345678";
        QTest::newRow("french number read from the US") << "+33 1 23 45 67 89" << "US" << "+33123456789";
        QTest::newRow("US national") << "(555) 123-4567" << "US" << "+15551234567";
        QTest::newRow("US with 1") << "1-555-123-4567" << "US" << "+15551234567";
        QTest::newRow("US international prefix 011") << "011 33 6 12 34 56 78" << "US" << "+33612345678";
        QTest::newRow("belgian national from BE") << "0470 12 34 56" << "BE" << "+32470123456";
        QTest::newRow("UK with (0)") << "+44 (0)20 7946 0018" << "FR" << "+442079460018";
        QTest::newRow("lower-case region") << "06 12 34 56 78" << "fr" << "+33612345678";
        QTest::newRow("too short: digits only") << "12" << "FR" << "12";
        QTest::newRow("no digits") << "n/a" << "FR" << "";
        QTest::newRow("empty") << "" << "FR" << "";
    }
    void aPhoneIsReadInItsE164Form()
    {
        QFETCH(QString, written);
        QFETCH(QString, region);
        QFETCH(QString, expected);
        QCOMPARE(normalisePhone(written, region), expected);
    }

    void theRegionsAreTheLibrarysOwn()
    {
        QVERIFY(isKnownPhoneRegion(u"FR"));
        QVERIFY(isKnownPhoneRegion(u"us"));
        QVERIFY(!isKnownPhoneRegion(u"XX"));
        QVERIFY(!isKnownPhoneRegion(u""));
    }

    // One contact however its number is written; a national number of another country is
    // another contact unless the request says which country the file is from.
    void contactsAreMatchedByPhoneWrittenAnyWay_data()
    {
        QTest::addColumn<QString>("region");
        QTest::addColumn<int>("contacts");
        QTest::newRow("FR: the three French forms are one contact, the US one another") << "FR" << 3;
        QTest::newRow("US: the US forms are one contact, the French ones three others") << "US" << 4;
    }
    void contactsAreMatchedByPhoneWrittenAnyWay()
    {
        QFETCH(QString, region);
        QFETCH(int, contacts);
        TestWorkspace ws;
        const QString path = writeFile(ws.dirPath(), QStringLiteral("phones.csv"),
                                       "Title,Contact,Phone\n"
                                       "A,Claire Dubois,06 12 34 56 78\n"
                                       "B,C. Dubois,+33 6 12 34 56 78\n"
                                       "C,Claire D.,0033612345678\n"
                                       "D,Bob Smith,(555) 123-4567\n"
                                       "E,Robert Smith,+1 555 123 4567\n");
        ImportRequest request;
        request.path = path;
        request.rules.numbers = csv::NumberFormat::english();
        request.rules.contactMatch = ContactMatch::Phone;
        request.rules.phoneRegion = region;
        ImportService service(ws.db(), ws.clock());
        COMPTOIR_TRY(summary, service.run(ws.actor(), request));
        QVERIFY2(summary->errors.isEmpty(), qPrintable(summary->errors.value(0).message));
        QCOMPARE(summary->created, 5);
        // FR: 06..., +33 6..., 0033... are one; (555) read as French is not a possible number
        // and stays digits, +1 555... another. US: (555) and +1 555 are one; +33 6... is one,
        // "06 12 34 56 78" read as American another, and 0033... (00 is not how one dials
        // abroad from the US) is not a possible number: its digits alone.
        QCOMPARE(summary->contactsCreated, contacts);
        QCOMPARE(rowCount(ws.db(), QStringLiteral("contacts")), qint64(contacts));
    }

    void anUnknownRegionIsRefusedAndNothingIsWritten()
    {
        TestWorkspace ws;
        const QString path = writeFile(ws.dirPath(), QStringLiteral("phones.csv"), "Title,Phone\nA,06 12 34 56 78\n");
        const QByteArray before = contentHash(ws.db());
        ImportRequest request;
        request.path = path;
        request.rules.contactMatch = ContactMatch::Phone;
        request.rules.phoneRegion = QStringLiteral("ZZ");
        ImportService service(ws.db(), ws.clock());
        auto summary = service.run(ws.actor(), request);
        QVERIFY(!summary);
        QVERIFY2(summary.error().message.contains(QLatin1String("\"ZZ\"")), qPrintable(summary.error().message));
        QCOMPARE(contentHash(ws.db()), before);
    }
};

QTEST_GUILESS_MAIN(TestImportPhone)
#include "tst_importphone.moc"
