// SPDX-License-Identifier: GPL-3.0-or-later
// CSV export: a round trip through the CSV reader of every column type, the formula-neutralising
// table, the bytes of the Excel flavour, progress and cancel.

#include "../common/testworkspace.h"

#include "csv/reader.h"
#include "csvwriter.h"
#include "dealexport.h"
#include "demo.h"

#include <QBuffer>
#include <QTest>

using namespace comptoir;
using namespace comptoir::test;

namespace {

QList<QStringList> readBack(const QByteArray &bytes, QChar delimiter, QStringList *header = nullptr)
{
    QBuffer buffer;
    buffer.setData(bytes);
    buffer.open(QIODevice::ReadOnly);
    csv::ReaderOptions options;
    options.dialect.delimiter = delimiter;
    csv::Reader reader(&buffer, options);
    QList<QStringList> rows;
    csv::Record record;
    while (reader.next(record))
        rows << record.fields;
    if (reader.hasError())
        return {{QStringLiteral("READ ERROR")}};
    if (header)
        *header = reader.header();
    return rows;
}

} // namespace

class TestExport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QVERIFY2(m_tw.isOpen(), qPrintable(m_tw.error())); }

    void everyColumnTypeSurvivesARoundTrip()
    {
        TestWorkspace tw;
        COMPTOIR_TRY(company, tw->clients().createCompany(tw.actor(), companyNamed(QStringLiteral("Hélène, \"Le Bon\" Pain"))));
        Deal draft;
        draft.title = QStringLiteral("Four à pain; « spécial »,\nsur deux lignes");
        draft.amountMinor = 123456;
        draft.currency = QStringLiteral("EUR");
        draft.companyId = company->id;
        draft.typeCode = QStringLiteral("GOODS");
        draft.beginDate = QDate(2026, 2, 14);
        draft.closeDate = QDate(2026, 4, 1);
        draft.probability = 35;
        draft.comment = QStringLiteral("Ligne 1\r\nLigne \"2\"");
        COMPTOIR_TRY(deal, tw->deals().create(tw.actor(), draft));
        Deal yen = draft;
        yen.title = QStringLiteral("Négatif");
        yen.amountMinor = -1250;
        yen.currency = QStringLiteral("JPY");
        yen.companyId.reset();
        yen.typeCode.clear();
        yen.beginDate = QDate();
        COMPTOIR_TRY(second, tw->deals().create(tw.actor(), yen));

        QBuffer out;
        out.open(QIODevice::WriteOnly);
        ExportOptions options;
        options.fields = exportFieldKeys();
        COMPTOIR_TRY(written, exportDeals(tw.db(), tw.actor(), DealFilter{}, DealSort{DealColumn::Id, false}, &out, options));
        QCOMPARE(*written, 2);
        QStringList header;
        const QList<QStringList> rows = readBack(out.data(), u',', &header);
        QCOMPARE(rows.size(), 2);
        QCOMPARE(header.size(), exportFieldKeys().size());
        auto cell = [&](int row, const char *key) { return rows[row][exportFieldKeys().indexOf(QLatin1String(key))]; };
        QCOMPARE(cell(0, "id"), QString::number(deal->id));
        QCOMPARE(cell(0, "title"), draft.title);
        QCOMPARE(cell(0, "amount"), QStringLiteral("1234.56"));
        QCOMPARE(cell(0, "currency"), QStringLiteral("EUR"));
        QCOMPARE(cell(0, "company"), company->name);
        QCOMPARE(cell(0, "type"), QStringLiteral("Goods"));
        QCOMPARE(cell(0, "begin_date"), QStringLiteral("2026-02-14"));
        QCOMPARE(cell(0, "probability"), QStringLiteral("35"));
        QCOMPARE(cell(0, "repeat"), QStringLiteral("no"));
        QCOMPARE(cell(0, "created"), startTime().toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")));
        QCOMPARE(cell(0, "comment"), draft.comment);
        QCOMPARE(cell(0, "closed_at"), QString());
        QCOMPARE(cell(1, "id"), QString::number(second->id));
        // A negative amount is a number, not a formula: never neutralised. Yen have no decimals.
        QCOMPARE(cell(1, "amount"), QStringLiteral("-1250"));
        QCOMPARE(cell(1, "company"), QString());
        QCOMPARE(cell(1, "begin_date"), QString());
    }

    void textCellsThatLookLikeFormulasAreNeutralised_data()
    {
        QTest::addColumn<QString>("column");
        QTest::addColumn<QString>("trigger");
        for (const char *column : {"title", "comment", "company", "contact", "lost_note"}) {
            for (const char *trigger : {"=", "+", "-", "@", "\t", "\r", "\n"}) {
                const QString name = QStringLiteral("%1 %2").arg(QLatin1String(column), QString::fromLatin1(trigger).toUtf8().toHex());
                QTest::newRow(qPrintable(name)) << QString::fromLatin1(column) << QString::fromLatin1(trigger);
            }
        }
    }

    void textCellsThatLookLikeFormulasAreNeutralised()
    {
        QFETCH(QString, column);
        QFETCH(QString, trigger);
        const QString payload = trigger + QStringLiteral("HYPERLINK(\"http://x\")");
        TestWorkspace tw;
        Deal draft;
        draft.title = QStringLiteral("Plain");
        if (column == u"title")
            draft.title = payload;
        if (column == u"comment")
            draft.comment = payload;
        if (column == u"company") {
            COMPTOIR_TRY(company, tw->clients().createCompany(tw.actor(), companyNamed(QStringLiteral("C"))));
            draft.companyId = company->id;
            // The service trims names; an import or an older file may not have: written as is.
            COMPTOIR_VERIFY_OK(tw.db().exec(QStringLiteral("UPDATE companies SET name = ? WHERE id = ?"), {payload, company->id}));
        }
        if (column == u"contact") {
            Contact contact;
            contact.firstName = QStringLiteral("C");
            contact.lastName = QStringLiteral("X");
            COMPTOIR_TRY(made, tw->clients().createContact(tw.actor(), contact));
            draft.contactIds = {made->id};
            COMPTOIR_VERIFY_OK(tw.db().exec(QStringLiteral("UPDATE contacts SET first_name = ? WHERE id = ?"), {payload, made->id}));
        }
        COMPTOIR_TRY(deal, tw->deals().create(tw.actor(), draft));
        if (column == u"lost_note")
            COMPTOIR_VERIFY_OK(tw->deals().close(tw.actor(), deal->id, Outcome::Lost, {}, payload));

        QBuffer out;
        out.open(QIODevice::WriteOnly);
        ExportOptions options;
        options.fields = exportFieldKeys();
        COMPTOIR_VERIFY_OK(exportDeals(tw.db(), tw.actor(), DealFilter{}, DealSort{}, &out, options));
        const QList<QStringList> rows = readBack(out.data(), u',');
        QCOMPARE(rows.size(), 1);
        const QString value = rows[0][exportFieldKeys().indexOf(column)];
        // What was stored, whatever the service kept of it, comes back behind an apostrophe.
        QVERIFY2(value.startsWith(QLatin1Char('\'')), qPrintable(value));
        QVERIFY2(value.endsWith(QStringLiteral("HYPERLINK(\"http://x\")") + (column == u"contact" ? QStringLiteral(" X") : QString())),
                 qPrintable(value));
        // Every other text cell of the row is plain.
        QCOMPARE(rows[0][exportFieldKeys().indexOf(QStringLiteral("currency"))], QStringLiteral("EUR"));
    }

    void neutralisingLeavesOtherTextAlone_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("expected");
        QTest::newRow("empty") << QString() << QString();
        QTest::newRow("plain") << QStringLiteral("Dupont") << QStringLiteral("Dupont");
        QTest::newRow("inner equals") << QStringLiteral("a=b") << QStringLiteral("a=b");
        QTest::newRow("leading space") << QStringLiteral(" =1") << QStringLiteral(" =1");
        QTest::newRow("equals") << QStringLiteral("=1+1") << QStringLiteral("'=1+1");
        QTest::newRow("at") << QStringLiteral("@SUM(A1)") << QStringLiteral("'@SUM(A1)");
    }

    void neutralisingLeavesOtherTextAlone()
    {
        QFETCH(QString, text);
        QFETCH(QString, expected);
        QCOMPARE(csv::neutralised(text), expected);
    }

    void theExcelFlavourHasABomSemicolonsAndDecimalCommasInFrench()
    {
        TestWorkspace tw;
        Deal draft;
        draft.title = QStringLiteral("Devis; €");
        draft.amountMinor = 123450;
        COMPTOIR_VERIFY_OK(tw->deals().create(tw.actor(), draft));
        QBuffer out;
        out.open(QIODevice::WriteOnly);
        ExportOptions options;
        options.flavour = CsvFlavour::Excel;
        options.locale = QLocale(QLocale::French, QLocale::France);
        options.fields = {QStringLiteral("title"), QStringLiteral("amount"), QStringLiteral("currency")};
        COMPTOIR_VERIFY_OK(exportDeals(tw.db(), tw.actor(), DealFilter{}, DealSort{}, &out, options));
        const QByteArray expected = QByteArray("\xEF\xBB\xBF") + "Title;Amount;Currency\r\n\"Devis; \xE2\x82\xAC\";1234,50;EUR\r\n";
        QCOMPARE(out.data(), expected);

        QBuffer english;
        english.open(QIODevice::WriteOnly);
        options.locale = QLocale(QLocale::English, QLocale::UnitedStates);
        COMPTOIR_VERIFY_OK(exportDeals(tw.db(), tw.actor(), DealFilter{}, DealSort{}, &english, options));
        QCOMPARE(english.data(), QByteArray("\xEF\xBB\xBF") + "Title,Amount,Currency\r\nDevis; \xE2\x82\xAC,1234.50,EUR\r\n");
    }

    void progressIsReportedAndCancelStops()
    {
        DemoOptions demo;
        demo.deals = 9000;
        COMPTOIR_VERIFY_OK(generateDemo(m_tw.db(), m_tw.clock(), demo));
        QList<qint64> seen;
        ExportOptions options;
        options.progress = [&seen](qint64 done, qint64 total) {
            seen << done;
            return total == 9000;
        };
        QBuffer out;
        out.open(QIODevice::WriteOnly);
        COMPTOIR_TRY(written, exportDeals(m_tw.db(), m_tw.actor(), DealFilter{}, DealSort{}, &out, options));
        QCOMPARE(*written, 9000);
        QCOMPARE(seen, (QList<qint64>{4096, 8192, 9000}));
        QCOMPARE(out.data().count("\r\n"), 9001);

        seen.clear();
        options.progress = [&seen](qint64 done, qint64) {
            seen << done;
            return false;
        };
        QBuffer cancelled;
        cancelled.open(QIODevice::WriteOnly);
        auto stopped = exportDeals(m_tw.db(), m_tw.actor(), DealFilter{}, DealSort{}, &cancelled, options);
        QVERIFY(!stopped.ok());
        QCOMPARE(stopped.error().code, Error::Code::Conflict);
        QCOMPARE(seen, QList<qint64>{4096});
    }

    void anUnknownFieldIsAnErrorNamingIt()
    {
        QBuffer out;
        out.open(QIODevice::WriteOnly);
        ExportOptions options;
        options.fields = {QStringLiteral("title"), QStringLiteral("title; DROP TABLE deals")};
        auto r = exportDeals(m_tw.db(), m_tw.actor(), DealFilter{}, DealSort{}, &out, options);
        QVERIFY(!r.ok());
        QVERIFY(r.error().message.contains(QStringLiteral("title; DROP TABLE deals")));
        QVERIFY(out.data().isEmpty());
    }

private:
    TestWorkspace m_tw;
};

QTEST_GUILESS_MAIN(TestExport)
#include "tst_export.moc"
