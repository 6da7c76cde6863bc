// SPDX-License-Identifier: GPL-3.0-or-later
// Column mapping: synonyms in French and English, CRM presets, profiles.
#include "importtest.h"

#include "import/fields.h"
#include "import/profile.h"

#include <QTest>

using namespace comptoir;
using namespace comptoir::import;
using namespace comptoir::test;

Q_DECLARE_METATYPE(comptoir::import::Field)

class TestImportMapping : public QObject
{
    Q_OBJECT

private slots:
    void headerNamesAreMatchedInFrenchAndEnglish_data()
    {
        QTest::addColumn<QString>("header");
        QTest::addColumn<Field>("field");
        const QList<std::pair<const char *, Field>> rows = {
            { "Montant", Field::Amount }, { "Amount", Field::Amount }, { "Value", Field::Amount },
            { "close_value", Field::Amount }, { "Entreprise", Field::CompanyName }, { "Company", Field::CompanyName },
            { "Account", Field::CompanyName }, { "Nom de l'affaire", Field::Title }, { "Deal Name", Field::Title },
            { "Opportunity Name", Field::Title }, { "Stage", Field::Stage }, { "Étape", Field::Stage },
            { "StageName", Field::Stage }, { "Société", Field::CompanyName }, { "Date de clôture", Field::CloseDate },
            { "E-mail", Field::Email }, { "Téléphone", Field::Phone }, { "Prénom", Field::ContactFirstName },
            { "Quantité", Field::Quantity }, { "TVA", Field::Tax }, { "  Devise ", Field::Currency },
            { "Probabilité", Field::Probability }, { "Colonne inconnue", Field::Ignore },
        };
        for (const auto &[header, field] : rows)
            QTest::newRow(header) << QString::fromUtf8(header) << field;
    }
    void headerNamesAreMatchedInFrenchAndEnglish()
    {
        QFETCH(QString, header);
        QFETCH(Field, field);
        QCOMPARE(matchHeader(header), field);
    }

    void everyFieldKeyReadsBack()
    {
        for (Field f : allFields()) {
            QCOMPARE(fieldFromKey(fieldKey(f)), std::optional<Field>(f));
            QVERIFY(!fieldLabel(f).isEmpty());
        }
        QCOMPARE(fieldFromKey(u"ignore"), std::optional<Field>(Field::Ignore));
        QVERIFY(!fieldFromKey(u"no_such_field"));
    }

    void theSalesforceAndMavenExportsAreRecognised()
    {
        const QStringList salesforce = QStringLiteral(
            "Id,AccountId,Name,Description,StageName,Amount,Probability,ExpectedRevenue,CloseDate,NextStep,"
            "LeadSource,IsClosed,IsWon,CreatedDate").split(QLatin1Char(','));
        auto preset = recognisePreset(salesforce);
        QVERIFY(preset);
        QCOMPARE(preset->key, QStringLiteral("salesforce"));
        const QList<Field> mapping = autoMap(salesforce, &*preset);
        QCOMPARE(mapping.at(0), Field::ExternalId);
        QCOMPARE(mapping.at(1), Field::Ignore); // an account id is not a company name
        QCOMPARE(mapping.at(2), Field::Title);
        QCOMPARE(mapping.at(4), Field::Stage);
        QCOMPARE(mapping.at(5), Field::Amount);
        QCOMPARE(mapping.at(7), Field::Ignore); // ExpectedRevenue must not take the amount's place
        QCOMPARE(mapping.at(8), Field::CloseDate);
        QCOMPARE(mapping.at(10), Field::Source);

        const QStringList maven = QStringLiteral("opportunity_id,sales_agent,product,account,deal_stage,engage_date,"
                                                 "close_date,close_value").split(QLatin1Char(','));
        preset = recognisePreset(maven);
        QVERIFY(preset);
        QCOMPARE(autoMap(maven, &*preset),
                 (QList<Field> { Field::ExternalId, Field::Responsible, Field::ProductName, Field::CompanyName,
                                 Field::Stage, Field::BeginDate, Field::CloseDate, Field::Amount }));
    }

    void thePipedriveHeadersMapThroughThePreset()
    {
        const QStringList header { QStringLiteral("Deal - ID"), QStringLiteral("Deal - Title"),
                                   QStringLiteral("Deal - Value"), QStringLiteral("Deal - Currency of Value"),
                                   QStringLiteral("Deal - Organization"), QStringLiteral("Deal - Stage") };
        auto preset = recognisePreset(header);
        QVERIFY(preset);
        QCOMPARE(preset->key, QStringLiteral("pipedrive"));
        QCOMPARE(autoMap(header, &*preset),
                 (QList<Field> { Field::ExternalId, Field::Title, Field::Amount, Field::Currency,
                                 Field::CompanyName, Field::Stage }));
    }

    void aFieldGoesToTheFirstColumnNamingIt()
    {
        const QStringList header { QStringLiteral("Montant"), QStringLiteral("Amount"), QStringLiteral("Titre") };
        QCOMPARE(autoMap(header), (QList<Field> { Field::Amount, Field::Ignore, Field::Title }));
    }

    void aProfileIsSavedAndReadBackByName()
    {
        TestWorkspace ws;
        QVERIFY2(ws.isOpen(), qPrintable(ws.error()));
        Profile profile;
        profile.name = QStringLiteral("Export Excel du cabinet");
        profile.mapping.insert(QStringLiteral("Réf"), Field::ExternalId);
        profile.mapping.insert(QStringLiteral("Divers"), Field::Ignore);
        profile.rules.dateOrder = csv::DateOrder::Dmy;
        profile.rules.unknownStages = UnknownStages::MapTo;
        profile.rules.mapStage = QStringLiteral("Quote");
        profile.rules.contactMatch = ContactMatch::Phone;
        profile.encoding = csv::Encoding::Windows1252;
        profile.delimiter = u';';
        COMPTOIR_VERIFY_OK(saveProfile(ws.db(), profile, startTime()));
        COMPTOIR_TRY(loaded, loadProfile(ws.db(), QStringLiteral("export excel du cabinet")));
        QCOMPARE(loaded->mapping, profile.mapping);
        QCOMPARE(loaded->rules.dateOrder, profile.rules.dateOrder);
        QCOMPARE(loaded->rules.unknownStages, UnknownStages::MapTo);
        QCOMPARE(loaded->rules.mapStage, QStringLiteral("Quote"));
        QCOMPARE(loaded->rules.contactMatch, ContactMatch::Phone);
        QCOMPARE(loaded->rules.numbers, csv::NumberFormat::french());
        QCOMPARE(loaded->encoding, profile.encoding);
        QCOMPARE(loaded->delimiter, QChar(u';'));
        COMPTOIR_TRY(names, profileNames(ws.db()));
        QCOMPARE(*names, QStringList { profile.name });
        QCOMPARE(loadProfile(ws.db(), QStringLiteral("other")).error().code, Error::Code::NotFound);
    }

    void aProfileWithAnUnknownFieldIsRefused()
    {
        QJsonObject json { { QStringLiteral("mapping"), QJsonObject { { QStringLiteral("A"), QStringLiteral("colour") } } } };
        auto profile = Profile::fromJson(json);
        QVERIFY(!profile);
        QVERIFY(profile.error().message.contains(QStringLiteral("colour")));
    }
};

QTEST_GUILESS_MAIN(TestImportMapping)
#include "tst_importmapping.moc"
