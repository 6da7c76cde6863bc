// SPDX-License-Identifier: GPL-3.0-or-later
// Custom fields and products through the real executable: fields list|add|remove,
// deals update --field CUSTOM=VALUE, products list|add, deals products DEAL list|add|remove.
#include "clirunner.h"

#include <QFile>
#include <QTest>

#include <memory>

class TestCliFields : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<CliRunner> m_cli;

    CliRunner::Run run(const QStringList &args)
    {
        const auto r = m_cli->run(args);
        if (r.exitCode != 0)
            qWarning().noquote() << args.join(QLatin1Char(' ')) << "exited with" << r.exitCode << r.err;
        return r;
    }

private Q_SLOTS:
    void init()
    {
        m_cli = std::make_unique<CliRunner>();
        QVERIFY(m_cli->isValid());
        QCOMPARE(run({"deals", "add", "--title", "Four à pain", "--amount", "1200"}).exitCode, 0);
    }

    void fieldsAreAddedListedSetShownAndRemoved()
    {
        const auto added = run({"fields", "add", "--name", "Colours", "--type", "multilist", "--options", "Red|Green|Blue",
                                "--required", "--json"});
        QCOMPARE(added.exitCode, 0);
        const QJsonObject field = added.json().object();
        QCOMPARE(field["key"].toString(), QStringLiteral("cf_1"));
        QCOMPARE(field["type"].toString(), QStringLiteral("multilist"));
        QCOMPARE(field["required"].toBool(), true);
        QCOMPARE(field["options"].toArray().size(), 3);
        QCOMPARE(run({"fields", "add", "--name", "Budget", "--type", "money", "--currency", "usd"}).exitCode, 0);

        const QJsonArray listed = run({"fields", "list", "--json"}).json().array();
        QCOMPARE(listed.size(), 2);
        QCOMPARE(listed.at(1)["currency"].toString(), QStringLiteral("USD"));
        QVERIFY(run({"fields", "list"}).out.contains(QStringLiteral("Multiple choice list")));

        // A custom field next to a built-in one, in one command.
        const auto updated = run({"deals", "update", "1", "--field", "colours=green|red", "--field", "Budget=1500.5",
                                  "--field", "title=Four à bois", "--json"});
        QCOMPARE(updated.exitCode, 0);
        const QJsonObject shown = run({"deals", "show", "1", "--json"}).json().object();
        QCOMPARE(shown["title"].toString(), QStringLiteral("Four à bois"));
        const QJsonObject custom = shown["custom_fields"].toObject();
        QCOMPARE(custom["Colours"].toString(), QStringLiteral("Green|Red"));
        QCOMPARE(custom["Budget"].toString(), QStringLiteral("1500.50"));
        bool historyNamesTheField = false;
        for (const QJsonValue &event : shown["history"].toArray())
            historyNamesTheField = historyNamesTheField || event["description"].toString().startsWith(QStringLiteral("Colours: "));
        QVERIFY(historyNamesTheField);

        const auto removed = run({"fields", "remove", "Budget"});
        QCOMPARE(removed.exitCode, 0);
        QCOMPARE(run({"fields", "list", "--json"}).json().array().size(), 1);
    }

    void badValuesAndUnknownFieldsAreRefused_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("message");
        QTest::newRow("unknown choice") << QStringList{"deals", "update", "1", "--field", "Size=XXL"} << 1
                                        << "Size: “XXL” is not one of the choices (S, M, L).";
        QTest::newRow("unknown field") << QStringList{"deals", "update", "1", "--field", "Colour=red"} << 1
                                       << "Unknown field 'Colour'.";
        QTest::newRow("unknown type") << QStringList{"fields", "add", "--name", "X", "--type", "colour"} << 2
                                      << "Unknown type 'colour'.";
        QTest::newRow("list without choices") << QStringList{"fields", "add", "--name", "X", "--type", "list"} << 1
                                              << "The list “X” needs at least one choice.";
        QTest::newRow("same name") << QStringList{"fields", "add", "--name", "size", "--type", "text"} << 1
                                   << "A custom field named “size” already exists.";
        QTest::newRow("unknown pipeline") << QStringList{"fields", "add", "--name", "X", "--type", "text", "--pipeline", "Nope"}
                                          << 1 << "Nope";
    }

    void badValuesAndUnknownFieldsAreRefused()
    {
        QFETCH(QStringList, args);
        QFETCH(int, exitCode);
        QFETCH(QString, message);
        QCOMPARE(run({"fields", "add", "--name", "Size", "--type", "list", "--options", "S|M|L"}).exitCode, 0);
        const auto r = m_cli->run(args);
        QCOMPARE(r.exitCode, exitCode);
        QVERIFY2(r.err.contains(message), qPrintable(r.err));
        QCOMPARE(run({"fields", "list", "--json"}).json().array().size(), 1);
    }

    void aFieldForOnePipelineIsAddedToTheCatalogue()
    {
        const auto r = run({"fields", "add", "--name", "Ticket", "--type", "url", "--pipeline", "1"});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.contains(QStringLiteral("only")), qPrintable(r.out));
        QCOMPARE(run({"deals", "update", "1", "--field", "Ticket=example.com/t/1"}).exitCode, 0);
        QCOMPARE(run({"deals", "show", "1", "--json"}).json()["custom_fields"]["Ticket"].toString(),
                 QStringLiteral("https://example.com/t/1"));
    }

    void productRowsMakeTheDealAmount()
    {
        const auto product = run({"products", "add", "--name", "Four à sole", "--price", "10.00", "--tax", "20%", "--json"});
        QCOMPARE(product.exitCode, 0);
        QCOMPARE(product.json()["tax_rate"].toString(), QStringLiteral("20"));
        QCOMPARE(run({"products", "list", "--json"}).json().array().size(), 1);

        // 2 × (10.00 − 5 %) = 19.00, + 20 % tax = 22.80.
        const auto added = run({"deals", "products", "1", "add", "--product", "four à sole", "--qty", "2", "--discount", "5%", "--json"});
        QCOMPARE(added.exitCode, 0);
        QJsonObject rows = added.json().object();
        QCOMPARE(rows["total"].toString(), QStringLiteral("22.80"));
        QCOMPARE(rows["tax"].toString(), QStringLiteral("3.80"));
        QCOMPARE(rows["amount"].toString(), QStringLiteral("22.80"));
        QCOMPARE(rows["amount_typed"].toBool(), false);

        // A free-text row with an amount off each unit: 3 × (4.00 − 0.50) = 10.50.
        QCOMPARE(run({"deals", "products", "1", "add", "--name", "Livraison", "--qty", "3", "--price", "4", "--discount", "0.50"}).exitCode, 0);
        rows = run({"deals", "products", "1", "list", "--json"}).json().object();
        QCOMPARE(rows["rows"].toArray().size(), 2);
        QCOMPARE(rows["rows"].toArray().at(1)["discount_amount"].toString(), QStringLiteral("0.50"));
        QCOMPARE(rows["amount"].toString(), QStringLiteral("33.30"));
        QCOMPARE(run({"deals", "show", "1", "--json"}).json()["amount"].toString(), QStringLiteral("33.30"));

        const int firstRow = rows["rows"].toArray().at(0)["id"].toInt();
        QCOMPARE(run({"deals", "products", "1", "remove", QString::number(firstRow)}).exitCode, 0);
        QCOMPARE(run({"deals", "products", "1", "list", "--json"}).json()["amount"].toString(), QStringLiteral("10.50"));
        QVERIFY(run({"deals", "products", "1", "list"}).out.contains(QStringLiteral("Livraison")));
    }

    void badProductRowsAreRefused_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("message");
        QTest::newRow("unknown product") << QStringList{"--product", "Pain"} << "There is no product “Pain”.";
        QTest::newRow("zero quantity") << QStringList{"--name", "X", "--qty", "0"} << "“0” is not a quantity";
        QTest::newRow("discount over 100 %") << QStringList{"--name", "X", "--price", "5", "--discount", "120%"}
                                             << "A discount cannot be more than 100 %.";
        QTest::newRow("discount above the price") << QStringList{"--name", "X", "--price", "5", "--discount", "6"}
                                                  << "must be a percentage or an amount no larger than its price";
    }

    void badProductRowsAreRefused()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, message);
        const auto r = m_cli->run(QStringList{"deals", "products", "1", "add"} + args);
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(message), qPrintable(r.err));
        QCOMPARE(run({"deals", "products", "1", "list", "--json"}).json()["rows"].toArray().size(), 0);
    }

    void customFieldsAreExportColumnsByNameOrKey()
    {
        QCOMPARE(run({"fields", "add", "--name", "Budget", "--type", "money"}).exitCode, 0);
        QCOMPARE(run({"fields", "add", "--name", "Livraison", "--type", "date"}).exitCode, 0);
        QCOMPARE(run({"fields", "add", "--name", "Urgent", "--type", "checkbox"}).exitCode, 0);
        QCOMPARE(run({"deals", "add", "--title", "Pétrin", "--amount", "800"}).exitCode, 0);
        QCOMPARE(run({"deals", "update", "1", "--field", "Budget=1234.5", "--field", "Livraison=2026-11-27", "--field",
                      "Urgent=yes"})
                     .exitCode,
                 0);

        // By name or by key, in the order given; sorted by a custom field's key.
        const QString plain = m_cli->filePath(QStringLiteral("fields.csv"));
        QCOMPARE(run({"export", "deals", plain, "--fields", "title,budget,cf_2,Urgent", "--sort", "cf_1:desc"}).exitCode, 0);
        QFile file(plain);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), QByteArray("Title,Budget,Livraison,Urgent\r\nFour \xC3\xA0 pain,1234.50,2026-11-27,yes\r\n"
                                            "P\xC3\xA9trin,,,no\r\n"));

        // In French for Excel: semicolons, the decimal comma, "oui"; every field with --all-fields.
        const QString excel = m_cli->filePath(QStringLiteral("fields-excel.csv"));
        QCOMPARE(run({"--lang", "fr", "export", "deals", excel, "--excel", "--all-fields", "--sort", "id"}).exitCode, 0);
        QFile excelFile(excel);
        QVERIFY(excelFile.open(QIODevice::ReadOnly));
        const QList<QByteArray> lines = excelFile.readAll().mid(3).split('\n');
        QCOMPARE(lines.size(), 4); // header, two deals, the empty end
        QVERIFY2(lines[0].endsWith(";Budget;Livraison;Urgent\r"), lines[0].constData());
        QVERIFY2(lines[1].endsWith(";1234,50;2026-11-27;oui\r"), lines[1].constData());
        QVERIFY2(lines[2].endsWith(";;;non\r"), lines[2].constData());

        const auto unknown = m_cli->run({"export", "deals", plain, "--fields", "title,Colour"});
        QCOMPARE(unknown.exitCode, 1);
        QVERIFY2(unknown.err.contains(QStringLiteral("Colour")) && unknown.err.contains(QStringLiteral("Livraison")),
                 qPrintable(unknown.err));
    }
};

QTEST_GUILESS_MAIN(TestCliFields)
#include "tst_clifields.moc"
