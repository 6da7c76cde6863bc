// SPDX-License-Identifier: GPL-3.0-or-later
// Custom fields as CSV export columns (F5, F9): header = the field's name, cells written like
// the built-in fields of their kind, in the flavour's format; "all fields" holds them.

#include "customfielddefinition.h"
#include "../common/testworkspace.h"

#include "dealexport.h"

#include <QBuffer>
#include <QTest>

using namespace comptoir;
using namespace comptoir::test;

namespace {

// A deal with a value in each kind of field, and one with none.
struct Fixture
{
    TestWorkspace tw;
    QList<CustomField> fields;
    Id filled = 0;
    Id empty = 0;

    Fixture()
    {
        const QList<std::pair<CustomField, QString>> values{
            {definition(QStringLiteral("Budget"), FieldType::Money), QStringLiteral("1234.5")},
            {definition(QStringLiteral("Surface"), FieldType::Number), QStringLiteral("12.75")},
            {definition(QStringLiteral("Livraison"), FieldType::Date), QStringLiteral("2026-11-27")},
            {definition(QStringLiteral("Rappel"), FieldType::DateTime), QStringLiteral("2026-11-27T14:30:00Z")},
            {definition(QStringLiteral("Four"), FieldType::List, {QStringLiteral("Bois"), QStringLiteral("Gaz")}),
             QStringLiteral("gaz")},
            {definition(QStringLiteral("Options"), FieldType::MultiList,
                        {QStringLiteral("Hotte"), QStringLiteral("Étuve"), QStringLiteral("Pelle")}),
             QStringLiteral("Pelle|Hotte")},
            {definition(QStringLiteral("Urgent"), FieldType::Checkbox), QStringLiteral("yes")},
            {definition(QStringLiteral("Note; libre"), FieldType::Text), QStringLiteral("=1+1, dit-il")},
        };
        Deal d;
        d.title = QStringLiteral("Four à pain");
        filled = tw->deals().create(tw.actor(), d)->id;
        d.title = QStringLiteral("Pétrin");
        empty = tw->deals().create(tw.actor(), d)->id;
        for (const auto &[def, text] : values) {
            auto added = tw->customFields().add(tw.actor(), def);
            if (!added)
                qFatal("%s", qPrintable(added.error().fullText()));
            fields << *added;
            auto set = tw->customFields().setFromText(tw.actor(), filled, added->key(), text, QLocale::c());
            if (!set)
                qFatal("%s", qPrintable(set.error().fullText()));
        }
    }

    QStringList keys() const
    {
        QStringList k{QStringLiteral("title")};
        for (const CustomField &f : fields)
            k << f.key();
        return k;
    }

    QList<QByteArray> exportLines(CsvFlavour flavour, const QLocale &locale)
    {
        QBuffer out;
        out.open(QIODevice::WriteOnly);
        ExportOptions options;
        options.flavour = flavour;
        options.locale = locale;
        options.fields = keys();
        auto written = exportDeals(tw.db(), tw.actor(), DealFilter{}, DealSort{DealColumn::Id, false}, &out, options);
        if (!written || *written != 2)
            return {};
        QByteArray bytes = out.data();
        if (bytes.startsWith("\xEF\xBB\xBF"))
            bytes.remove(0, 3);
        QList<QByteArray> lines = bytes.split('\n');
        for (QByteArray &line : lines)
            line.chop(line.endsWith('\r') ? 1 : 0);
        if (lines.constLast().isEmpty())
            lines.removeLast();
        return lines;
    }
};

// The local form of the stored instant 2026-11-27T14:30:00Z, as the export writes instants.
QByteArray localReminder()
{
    return QDateTime(QDate(2026, 11, 27), QTime(14, 30), Qt::UTC)
        .toLocalTime()
        .toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"))
        .toUtf8();
}

} // namespace

class TestExportCustom : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void theExcelFlavourInFrenchWritesCustomFieldsLikeBuiltInOnes()
    {
        Fixture f;
        const QList<QByteArray> lines = f.exportLines(CsvFlavour::Excel, QLocale(QLocale::French, QLocale::France));
        QCOMPARE(lines.size(), 3);
        QCOMPARE(lines[0], QByteArray("Title;Budget;Surface;Livraison;Rappel;Four;Options;Urgent;\"Note; libre\""));
        // Decimal commas (as the built-in amount: no thousands separator, which spreadsheets
        // would read as text), ISO dates, local date-times, labels, "A|B" in the options' order
        // chosen, yes/no, and a formula neutralised.
        QCOMPARE(lines[1], QByteArray("Four \xC3\xA0 pain;1234,50;12,75;2026-11-27;") + localReminder()
                               + QByteArray(";Gaz;Pelle|Hotte;yes;'=1+1, dit-il"));
        // No value: empty cells, and an unticked box.
        QCOMPARE(lines[2], QByteArray("P\xC3\xA9trin;;;;;;;no;"));
    }

    void theUtf8FlavourUsesCommasAndDecimalPoints()
    {
        Fixture f;
        const QList<QByteArray> lines = f.exportLines(CsvFlavour::Utf8, QLocale(QLocale::French, QLocale::France));
        QCOMPARE(lines.size(), 3);
        QCOMPARE(lines[0], QByteArray("Title,Budget,Surface,Livraison,Rappel,Four,Options,Urgent,Note; libre"));
        QCOMPARE(lines[1], QByteArray("Four \xC3\xA0 pain,1234.50,12.75,2026-11-27,") + localReminder()
                               + QByteArray(",Gaz,Pelle|Hotte,yes,\"'=1+1, dit-il\""));
    }

    void addressesAndNumbersAreExportedAsWritten()
    {
        // The three text-like types the fixture leaves out: URL, phone and e-mail.
        TestWorkspace tw;
        Deal d;
        d.title = QStringLiteral("Vitrine");
        const Id deal = tw->deals().create(tw.actor(), d)->id;
        QStringList keys{QStringLiteral("title")};
        const QList<std::pair<CustomField, QString>> values{
            {definition(QStringLiteral("Site"), FieldType::Url), QStringLiteral("https://boulangerie.example.fr/devis?id=12")},
            {definition(QStringLiteral("Standard"), FieldType::Phone), QStringLiteral("+33 1 23 45 67 89")},
            {definition(QStringLiteral("Courriel"), FieldType::Email), QStringLiteral("helene.martin@example.fr")},
        };
        for (const auto &[def, text] : values) {
            COMPTOIR_TRY(added, tw->customFields().add(tw.actor(), def));
            QVERIFY(tw->customFields().setFromText(tw.actor(), deal, added->key(), text, QLocale::c()));
            keys << added->key();
        }
        QBuffer out;
        out.open(QIODevice::WriteOnly);
        ExportOptions options;
        options.flavour = CsvFlavour::Excel;
        options.locale = QLocale(QLocale::French, QLocale::France);
        options.fields = keys;
        COMPTOIR_TRY(written, exportDeals(tw.db(), tw.actor(), DealFilter{}, DealSort{DealColumn::Id, false}, &out, options));
        QCOMPARE(*written, 1);
        QByteArray bytes = out.data();
        if (bytes.startsWith("\xEF\xBB\xBF"))
            bytes.remove(0, 3);
        QCOMPARE(bytes, QByteArray("Title;Site;Standard;Courriel\r\n"
                                   "Vitrine;https://boulangerie.example.fr/devis?id=12;'+33 1 23 45 67 89;helene.martin@example.fr\r\n"));
    }

    void allFieldsEndWithTheCustomFieldsInFormOrder()
    {
        Fixture f;
        COMPTOIR_TRY(all, exportFieldKeys(f.tw.db()));
        QCOMPARE(all->mid(0, exportFieldKeys().size()), exportFieldKeys());
        QStringList custom;
        for (const CustomField &field : std::as_const(f.fields))
            custom << field.key();
        QCOMPARE(all->mid(exportFieldKeys().size()), custom);
    }

    void anUnknownCustomFieldIsAnErrorNamingIt()
    {
        Fixture f;
        QBuffer out;
        out.open(QIODevice::WriteOnly);
        ExportOptions options;
        options.fields = {QStringLiteral("title"), QStringLiteral("cf_999")};
        auto written = exportDeals(f.tw.db(), f.tw.actor(), DealFilter{}, DealSort{}, &out, options);
        QVERIFY(!written);
        QVERIFY2(written.error().message.contains(QStringLiteral("cf_999")), qPrintable(written.error().message));
        QVERIFY2(written.error().message.contains(f.fields.first().key()), qPrintable(written.error().message));
    }

    void theExportSortsByACustomField()
    {
        Fixture f;
        QBuffer out;
        out.open(QIODevice::WriteOnly);
        ExportOptions options;
        options.fields = {QStringLiteral("title")};
        DealSort sort;
        sort.customFieldId = f.fields.first().id; // the budget: only the first deal has one
        sort.descending = true;
        COMPTOIR_VERIFY_OK(exportDeals(f.tw.db(), f.tw.actor(), DealFilter{}, sort, &out, options));
        QCOMPARE(out.data(), QByteArray("Title\r\nFour \xC3\xA0 pain\r\nP\xC3\xA9trin\r\n"));
        sort.descending = false;
        out.buffer().clear();
        out.seek(0);
        COMPTOIR_VERIFY_OK(exportDeals(f.tw.db(), f.tw.actor(), DealFilter{}, sort, &out, options));
        QCOMPARE(out.data(), QByteArray("Title\r\nP\xC3\xA9trin\r\nFour \xC3\xA0 pain\r\n"));
    }
};

QTEST_GUILESS_MAIN(TestExportCustom)
#include "tst_exportcustom.moc"
