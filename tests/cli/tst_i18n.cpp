// SPDX-License-Identifier: GPL-3.0-or-later
// The languages of the real executable: a new database gets its default pipeline in the
// language of the command that creates it, French texts follow French typography, amounts and
// counts are grouped as in the locale, and "%n" strings have their plural forms in English too.
#include "clirunner.h"

#include <QRegularExpression>
#include <QTest>

#include <memory>

namespace {

// A space inside a number or before a sign: the locale may use a plain, no-break or narrow
// no-break space.
const QString Space = QStringLiteral("[ \\x{00A0}\\x{202F}]");

QString lastLine(const QString &text)
{
    return text.trimmed().section(QLatin1Char('\n'), -1).trimmed();
}

} // namespace

class TestI18n : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<CliRunner> m_cli;

    CliRunner::Run run(const QString &lang, const QStringList &args)
    {
        const QStringList language
            = lang.isEmpty() ? QStringList() : QStringList { QStringLiteral("--lang"), lang };
        const auto result = m_cli->run(language + args);
        if (result.exitCode != 0)
            qWarning().noquote() << args.join(QLatin1Char(' ')) << "failed:" << result.err;
        return result;
    }

    void addDeals(int count)
    {
        for (int i = 1; i <= count; ++i)
            QCOMPARE(run(QStringLiteral("en"),
                         { QStringLiteral("deals"), QStringLiteral("add"),
                           QStringLiteral("--title"), QStringLiteral("Deal %1").arg(i) })
                         .exitCode,
                     0);
    }

private Q_SLOTS:
    void init()
    {
        m_cli = std::make_unique<CliRunner>();
        QVERIFY(m_cli->isValid());
    }

    void shouldNameTheDefaultPipelineInTheLanguageOfTheNewDatabase_data()
    {
        QTest::addColumn<QString>("lang");
        QTest::addColumn<QString>("pipeline");
        QTest::addColumn<QStringList>("stages");
        QTest::newRow("fr") << "fr"
                            << "Ventes"
                            << QStringList { "Nouvelle",  "Consultation", "Devis", "Paiement",
                                             "Livraison", "Gagnée",       "Perdue" };
        QTest::newRow("en") << "en"
                            << "Sales"
                            << QStringList { "New",      "Consultation", "Quote", "Payment",
                                             "Delivery", "Won",          "Lost" };
    }

    void shouldNameTheDefaultPipelineInTheLanguageOfTheNewDatabase()
    {
        QFETCH(QString, lang);
        QFETCH(QString, pipeline);
        QFETCH(QStringList, stages);
        const auto listed = run(
            lang,
            { QStringLiteral("pipelines"), QStringLiteral("list"), QStringLiteral("--json") });
        QCOMPARE(listed.exitCode, 0);
        const QJsonArray pipelines = listed.json().array();
        QCOMPARE(pipelines.size(), 1);
        QCOMPARE(pipelines.first()[QLatin1String("name")].toString(), pipeline);
        QStringList names;
        for (const QJsonValue &stage : pipelines.first()[QLatin1String("stages")].toArray())
            names << stage[QLatin1String("name")].toString();
        QCOMPARE(names, stages);

        // The names are stored: the database keeps them whatever language reads it later.
        const auto again
            = run(lang == QLatin1String("fr") ? QStringLiteral("en") : QStringLiteral("fr"),
                  { QStringLiteral("pipelines"), QStringLiteral("list") });
        QCOMPARE(again.exitCode, 0);
        QVERIFY2(again.out.contains(stages.at(5)) && again.out.contains(pipeline),
                 qPrintable(again.out));
    }

    void shouldListDealsInFrenchWithFrenchAmounts()
    {
        const auto added
            = run(QStringLiteral("fr"),
                  { QStringLiteral("deals"), QStringLiteral("add"), QStringLiteral("--title"),
                    QStringLiteral("Site vitrine"), QStringLiteral("--amount"),
                    QStringLiteral("1234,5"), QStringLiteral("--json") });
        QCOMPARE(added.exitCode, 0);
        QCOMPARE(added.json().object()[QLatin1String("amount")].toString(),
                 QStringLiteral("1234.50"));

        const auto listed
            = run(QStringLiteral("fr"), { QStringLiteral("deals"), QStringLiteral("list") });
        QCOMPARE(listed.exitCode, 0);
        const QString header = listed.out.section(QLatin1Char('\n'), 0, 0);
        for (const char *column : { "Titre", "Montant", "Étape", "Société", "Créée" })
            QVERIFY2(header.contains(QString::fromUtf8(column)), qPrintable(header));
        QVERIFY2(listed.out.contains(QRegularExpression(QStringLiteral("1") + Space
                                                        + QStringLiteral("234,50") + Space
                                                        + QStringLiteral("€"))),
                 qPrintable(listed.out));
        QVERIFY2(listed.out.contains(QStringLiteral("Nouvelle")), qPrintable(listed.out));
        QCOMPARE(lastLine(listed.out), QStringLiteral("1 affaire"));
    }

    void shouldGiveTheHelpInFrenchTypography()
    {
        const auto help = run(QStringLiteral("fr"), { QStringLiteral("--help") });
        QCOMPARE(help.exitCode, 0);
        // A no-break space before the colon, and French quotes with no-break spaces inside.
        QVERIFY2(help.out.contains(QStringLiteral("Utilisation\u00a0: comptoir")),
                 qPrintable(help.out));
        QVERIFY2(help.out.contains(QStringLiteral("Commandes\u00a0:")), qPrintable(help.out));
        QVERIFY2(help.out.contains(QStringLiteral("«\u00a0comptoir COMMANDE --help\u00a0»")),
                 qPrintable(help.out));
        QVERIFY2(!help.out.contains(QStringLiteral("Usage:")), qPrintable(help.out));
    }

    void shouldGiveErrorsInFrench()
    {
        const auto shown
            = m_cli->run({ QStringLiteral("--lang"), QStringLiteral("fr"), QStringLiteral("deals"),
                           QStringLiteral("show"), QStringLiteral("987654") });
        QVERIFY(shown.exitCode != 0);
        QVERIFY2(shown.err.contains(QStringLiteral("L’affaire 987654 n’existe pas.")),
                 qPrintable(shown.err));
    }

    void shouldCountDealsWithTheirPluralForms_data()
    {
        QTest::addColumn<QString>("lang");
        QTest::addColumn<int>("count");
        QTest::addColumn<QString>("expected");
        QTest::newRow("en zero") << "en" << 0 << "0 deals";
        QTest::newRow("en one") << "en" << 1 << "1 deal";
        QTest::newRow("en two") << "en" << 2 << "2 deals";
        QTest::newRow("system (C) two") << "" << 2 << "2 deals";
        QTest::newRow("fr zero") << "fr" << 0 << "0 affaire"; // French: 0 takes the singular
        QTest::newRow("fr one") << "fr" << 1 << "1 affaire";
        QTest::newRow("fr two") << "fr" << 2 << "2 affaires";
    }

    void shouldCountDealsWithTheirPluralForms()
    {
        QFETCH(QString, lang);
        QFETCH(int, count);
        QFETCH(QString, expected);
        addDeals(count);
        const auto listed = run(lang, { QStringLiteral("deals"), QStringLiteral("list") });
        QCOMPARE(listed.exitCode, 0);
        QCOMPARE(lastLine(listed.out), expected);
    }

    void shouldGroupTheThousandsOfACount()
    {
        const auto demo
            = run(QStringLiteral("en"),
                  { QStringLiteral("demo"), QStringLiteral("--deals"), QStringLiteral("1200"),
                    QStringLiteral("--seed"), QStringLiteral("3") });
        QCOMPARE(demo.exitCode, 0);
        const auto english
            = run(QStringLiteral("en"), { QStringLiteral("deals"), QStringLiteral("list") });
        QCOMPARE(english.exitCode, 0);
        QCOMPARE(lastLine(english.out), QStringLiteral("1,200 deals"));
        const auto french
            = run(QStringLiteral("fr"), { QStringLiteral("deals"), QStringLiteral("list") });
        QCOMPARE(french.exitCode, 0);
        QVERIFY2(QRegularExpression(QStringLiteral("^1") + Space + QStringLiteral("200 affaires$"))
                     .match(lastLine(french.out))
                     .hasMatch(),
                 qPrintable(lastLine(french.out)));
    }
};

QTEST_GUILESS_MAIN(TestI18n)
#include "tst_i18n.moc"
