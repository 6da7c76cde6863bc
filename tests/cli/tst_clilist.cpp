// SPDX-License-Identifier: GPL-3.0-or-later
// The list commands through the real executable: filters, search, sort, count, bulk, the
// recycle bin and the CSV export, and the errors that name what was wrong.
#include "clirunner.h"

#include <QFile>
#include <QTest>

#include <memory>

class TestCliList : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<CliRunner> m_cli;

    CliRunner::Run run(const QStringList &args, const QStringList &environment = {})
    {
        const auto r = m_cli->run(args, environment);
        if (r.exitCode != 0)
            qWarning().noquote() << args.join(QLatin1Char(' ')) << "exited with" << r.exitCode << r.err;
        return r;
    }

    QStringList titles(const QStringList &args)
    {
        const QJsonArray listed = run(QStringList{QStringLiteral("deals"), QStringLiteral("list")} + args
                                      + QStringList{QStringLiteral("--json")})
                                      .json()
                                      .array();
        QStringList result;
        for (const QJsonValue &deal : listed)
            result << deal[QLatin1String("title")].toString();
        return result;
    }

private Q_SLOTS:
    void init()
    {
        m_cli = std::make_unique<CliRunner>();
        QVERIFY(m_cli->isValid());
        const QList<QStringList> deals = {
            {"--title", "Four à pain", "--amount", "1200", "--company", "Boulangerie Hélène"},
            {"--title", "Vitrine", "--amount", "450.50", "--contact", "Helene Martin"},
            {"--title", "Audit", "--amount", "99", "--company", "Acme"},
            {"--title", "Website", "--amount", "3000", "--company", "Acme", "--stage", "Won"},
            {"--title", "Logo", "--amount", "10", "--stage", "Lost"},
        };
        for (const QStringList &options : deals)
            QCOMPARE(run(QStringList{QStringLiteral("deals"), QStringLiteral("add")} + options).exitCode, 0);
    }

    void listFiltersBySearchGroupAndAmount_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QStringList>("expected");
        QTest::newRow("everything, by id") << QStringList{} << QStringList{"Four à pain", "Vitrine", "Audit", "Website", "Logo"};
        QTest::newRow("search without accents") << QStringList{"--search", "helene"} << QStringList{"Four à pain", "Vitrine"};
        QTest::newRow("search with accents and a prefix") << QStringList{"--search", "Hél"}
                                                          << QStringList{"Four à pain", "Vitrine"};
        QTest::newRow("search two words") << QStringList{"--search", "acme web"} << QStringList{"Website"};
        QTest::newRow("won") << QStringList{"--group", "won"} << QStringList{"Website"};
        QTest::newRow("open") << QStringList{"--group", "open"} << QStringList{"Four à pain", "Vitrine", "Audit"};
        QTest::newRow("amount range") << QStringList{"--min-amount", "99", "--max-amount", "1200"}
                                      << QStringList{"Four à pain", "Vitrine", "Audit"};
        QTest::newRow("sorted by amount, descending") << QStringList{"--sort", "amount:desc"}
                                                      << QStringList{"Website", "Four à pain", "Vitrine", "Audit", "Logo"};
        QTest::newRow("sorted by title, limited") << QStringList{"--sort", "title", "--limit", "2"}
                                                  << QStringList{"Audit", "Four à pain"};
        QTest::newRow("predefined filter") << QStringList{"--filter", "lost"} << QStringList{"Logo"};
        QTest::newRow("new deals created today") << QStringList{"--new", "--created-from", QDate::currentDate().toString(Qt::ISODate)}
                                                 << QStringList{"Four à pain", "Vitrine", "Audit", "Website", "Logo"};
        QTest::newRow("created before everything") << QStringList{"--created-to", "2001-01-01"} << QStringList{};
    }

    void listFiltersBySearchGroupAndAmount()
    {
        QFETCH(QStringList, args);
        QFETCH(QStringList, expected);
        QCOMPARE(titles(args), expected);
    }

    void countPrintsTheCountAndTotalsPerCurrency()
    {
        const QJsonObject all = run({QStringLiteral("deals"), QStringLiteral("count"), QStringLiteral("--json")}).json().object();
        QCOMPARE(all, (QJsonObject{{"count", 5}, {"total", QJsonObject{{"EUR", "4759.50"}}}}));
        const QJsonObject open = run({"deals", "count", "--group", "open", "--search", "helene", "--json"}).json().object();
        QCOMPARE(open, (QJsonObject{{"count", 2}, {"total", QJsonObject{{"EUR", "1650.50"}}}}));
        const auto text = run({"deals", "count", "--search", "nothing-like-this"});
        QCOMPARE(text.exitCode, 0);
        QVERIFY2(text.out.startsWith(QStringLiteral("0 deals")), qPrintable(text.out));
    }

    void bulkClosesEveryMatchingDeal()
    {
        const auto closed = run({"deals", "bulk", "--search", "helene", "--close", "won", "--json"});
        QCOMPARE(closed.exitCode, 0);
        QCOMPARE(closed.json().object().value(QStringLiteral("changed")).toInt(), 2);
        QCOMPARE(titles({"--group", "won"}), (QStringList{"Four à pain", "Vitrine", "Website"}));
        const auto typed = run({"deals", "bulk", "--group", "won", "--set", "type=GOODS"});
        QCOMPARE(typed.exitCode, 0);
        QVERIFY2(typed.out.contains(QStringLiteral("3 deals changed")), qPrintable(typed.out));
        const auto binned = run({"deals", "bulk", "--filter", "won", "--delete"});
        QCOMPARE(binned.exitCode, 0);
        QCOMPARE(titles({}), (QStringList{"Audit", "Logo"}));
    }

    void theRecycleBinDeletesListsAndRestores()
    {
        const QJsonArray all = run({"deals", "list", "--json"}).json().array();
        const QString id = QString::number(all.at(2)[QLatin1String("id")].toInteger());
        QCOMPARE(run({"deals", "delete", id}).exitCode, 0);
        QVERIFY(!titles({}).contains(QStringLiteral("Audit")));
        const QJsonArray binned = run({"deals", "list", "--deleted", "--json"}).json().array();
        QCOMPARE(binned.size(), 1);
        QCOMPARE(binned.first()[QLatin1String("title")].toString(), QStringLiteral("Audit"));
        QCOMPARE(run({"deals", "restore", id}).exitCode, 0);
        QVERIFY(titles({}).contains(QStringLiteral("Audit")));
        QVERIFY(run({"deals", "list", "--deleted", "--json"}).json().array().isEmpty());
        // The history tells both moves.
        const QJsonArray history = run({"deals", "show", id, "--json"}).json().object().value(QStringLiteral("history")).toArray();
        QCOMPARE(history.at(history.size() - 2)[QLatin1String("type")].toString(), QStringLiteral("deleted"));
        QCOMPARE(history.last()[QLatin1String("type")].toString(), QStringLiteral("restored"));
        QCOMPARE(run({"deals", "delete", id}).exitCode, 0);
        QCOMPARE(run({"deals", "purge", id}).exitCode, 0);
        QVERIFY(run({"deals", "list", "--deleted", "--json"}).json().array().isEmpty());
        QCOMPARE(m_cli->run({"deals", "restore", id}).exitCode, 1);
    }

    void exportWritesCsvAndTheExcelFlavour()
    {
        const QString plain = m_cli->filePath(QStringLiteral("deals.csv"));
        const auto written = run({"export", "deals", plain, "--search", "acme", "--fields", "title,amount,company"});
        QCOMPARE(written.exitCode, 0);
        QFile file(plain);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), QByteArray("Title,Amount,Company\r\nAudit,99.00,Acme\r\nWebsite,3000.00,Acme\r\n"));

        const QString excel = m_cli->filePath(QStringLiteral("excel.csv"));
        QCOMPARE(run({"--lang", "fr", "export", "deals", excel, "--excel", "--all-fields", "--sort", "amount:desc",
                      "--limit-does-not-exist"})
                     .exitCode,
                 2);
        QCOMPARE(run({"--lang", "fr", "export", "deals", excel, "--excel", "--all-fields", "--sort", "amount:desc"}).exitCode,
                 0);
        QFile excelFile(excel);
        QVERIFY(excelFile.open(QIODevice::ReadOnly));
        const QByteArray bytes = excelFile.readAll();
        QVERIFY(bytes.startsWith("\xEF\xBB\xBF"));
        const QList<QByteArray> lines = bytes.mid(3).split('\n');
        QCOMPARE(lines.size(), 7); // header, five deals, the empty end
        QCOMPARE(lines[0].count(';'), 22);
        QVERIFY2(lines[1].startsWith(QByteArray::number(4) + ";Website;3000,00;EUR;"), lines[1].constData());
    }

    void wrongNamesAreErrorsThatNameThem_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("mention");
        QTest::newRow("sort field") << QStringList{"deals", "list", "--sort", "colour"} << 1 << "colour";
        QTest::newRow("sort field with SQL") << QStringList{"deals", "list", "--sort", "id; DROP TABLE deals"} << 1
                                             << "DROP TABLE";
        QTest::newRow("export field") << QStringList{"export", "deals", "x.csv", "--fields", "title,colour"} << 1 << "colour";
        QTest::newRow("group") << QStringList{"deals", "count", "--group", "maybe"} << 1 << "maybe";
        QTest::newRow("saved filter") << QStringList{"deals", "list", "--filter", "Nope"} << 1 << "Nope";
        QTest::newRow("date") << QStringList{"deals", "list", "--created-from", "yesterday"} << 1 << "yesterday";
        QTest::newRow("amount") << QStringList{"deals", "list", "--min-amount", "12,3,4"} << 1 << "12,3,4";
        QTest::newRow("responsible") << QStringList{"deals", "list", "--responsible", "zorro"} << 1 << "zorro";
        QTest::newRow("bulk without action") << QStringList{"deals", "bulk", "--group", "won"} << 2 << "--delete";
        QTest::newRow("bulk field") << QStringList{"deals", "bulk", "--set", "colour=red"} << 1 << "colour";
        QTest::newRow("repeat and new") << QStringList{"deals", "list", "--repeat", "--new"} << 1 << "--new";
    }

    void wrongNamesAreErrorsThatNameThem()
    {
        QFETCH(QStringList, args);
        QFETCH(int, exitCode);
        QFETCH(QString, mention);
        const auto r = m_cli->run(args);
        QCOMPARE(r.exitCode, exitCode);
        QVERIFY2(r.err.contains(mention), qPrintable(r.err));
        // Nothing was dropped or changed.
        QCOMPARE(titles({}).size(), 5);
    }
};

QTEST_GUILESS_MAIN(TestCliList)
#include "tst_clilist.moc"
