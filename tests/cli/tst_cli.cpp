// SPDX-License-Identifier: GPL-3.0-or-later
// The command line, through the real executable: deals round trips, reports, the demo, the
// screenshot and the startup hook. Wrong input is in tst_clierrors.cpp.
#include "clirunner.h"

#include <QImage>
#include <QRegularExpression>
#include <QSet>
#include <QTest>

#include <memory>

class TestCli : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<CliRunner> m_cli;

    // Creates a deal with `deals add --json` and returns the printed object.
    QJsonObject addDeal(const QStringList &options, const QStringList &environment = {})
    {
        const auto run = m_cli->run(QStringList{QStringLiteral("deals"), QStringLiteral("add"), QStringLiteral("--json")}
                                        + options,
                                    environment);
        if (run.exitCode != 0)
            qWarning().noquote() << "deals add failed:" << run.err;
        return run.json().object();
    }

    QJsonObject runJsonObject(const QStringList &args)
    {
        const auto run = m_cli->run(args);
        if (run.exitCode != 0)
            qWarning().noquote() << args.join(QLatin1Char(' ')) << "failed:" << run.err;
        return run.json().object();
    }

    QJsonArray runJsonArray(const QStringList &args)
    {
        const auto run = m_cli->run(args);
        if (run.exitCode != 0)
            qWarning().noquote() << args.join(QLatin1Char(' ')) << "failed:" << run.err;
        return run.json().array();
    }

    // The stages of the default pipeline, as `pipelines list --json` gives them.
    QJsonArray defaultStages()
    {
        const QJsonArray pipelines = runJsonArray({QStringLiteral("pipelines"), QStringLiteral("list"), QStringLiteral("--json")});
        for (const QJsonValue &pipeline : pipelines) {
            if (pipeline[QLatin1String("is_default")].toBool())
                return pipeline[QLatin1String("stages")].toArray();
        }
        return {};
    }

    QString stageName(const QJsonArray &stages, const QString &semantic, int nth = 0)
    {
        for (const QJsonValue &stage : stages) {
            if (stage[QLatin1String("semantic")].toString() == semantic && nth-- == 0)
                return stage[QLatin1String("name")].toString();
        }
        return {};
    }

private Q_SLOTS:
    void init()
    {
        m_cli = std::make_unique<CliRunner>();
        QVERIFY(m_cli->isValid());
    }

    void shouldPrintTheVersionAndTheHelpWithoutADatabase()
    {
        const auto version = m_cli->run({QStringLiteral("--version")});
        QCOMPARE(version.exitCode, 0);
        QCOMPARE(version.out.trimmed(), QStringLiteral("comptoir " COMPTOIR_VERSION));
        const auto help = m_cli->run({QStringLiteral("--help")});
        QCOMPARE(help.exitCode, 0);
        for (const char *command : {"demo", "deals list", "deals show", "deals add", "deals update", "deals move",
                                    "deals close", "deals reopen", "pipelines list", "report pipeline", "check",
                                    "screenshot"})
            QVERIFY2(help.out.contains(QLatin1String(command)), command);
        QVERIFY(!QFile::exists(m_cli->dbPath()));
    }

    void shouldAddADealAndPrintItAsJson()
    {
        const QJsonObject deal = addDeal({QStringLiteral("--title"), QStringLiteral("Logo design"), QStringLiteral("--amount"),
                                          QStringLiteral("1234.50"), QStringLiteral("--company"), QStringLiteral("Acme"),
                                          QStringLiteral("--contact"), QStringLiteral("Hélène Martin")});
        for (const char *key : {"id", "title", "amount", "currency", "pipeline", "stage", "semantic", "company", "contact",
                                "responsible", "is_repeat", "created_at", "close_date"})
            QVERIFY2(deal.contains(QLatin1String(key)), key);
        QVERIFY(deal[QLatin1String("id")].toInteger() > 0);
        QCOMPARE(deal[QLatin1String("title")].toString(), QStringLiteral("Logo design"));
        QCOMPARE(deal[QLatin1String("amount")].toString(), QStringLiteral("1234.50"));
        QCOMPARE(deal[QLatin1String("currency")].toString(), QStringLiteral("EUR"));
        QCOMPARE(deal[QLatin1String("company")].toString(), QStringLiteral("Acme"));
        QCOMPARE(deal[QLatin1String("contact")].toString(), QStringLiteral("Hélène Martin"));
        QCOMPARE(deal[QLatin1String("semantic")].toString(), QStringLiteral("process"));
        QCOMPARE(deal[QLatin1String("stage")].toString(), stageName(defaultStages(), QStringLiteral("process")));
        QCOMPARE(deal[QLatin1String("is_repeat")].toBool(true), false);
        QVERIFY(deal[QLatin1String("close_date")].isNull());
        QVERIFY(QDateTime::fromString(deal[QLatin1String("created_at")].toString(), Qt::ISODateWithMs).isValid());

        const QJsonArray listed = runJsonArray({QStringLiteral("deals"), QStringLiteral("list"), QStringLiteral("--json")});
        QCOMPARE(listed.size(), 1);
        QCOMPARE(listed.first().toObject(), deal);
    }

    void shouldListDealsOfOnePipelineOrStage_data()
    {
        QTest::addColumn<QStringList>("filter");
        QTest::addColumn<QStringList>("expectedTitles");
        QTest::newRow("everything") << QStringList{} << QStringList{"A", "B", "C"};
        QTest::newRow("default pipeline by name, any case")
            << QStringList{"--pipeline", "SALES"} << QStringList{"A", "B", "C"};
        QTest::newRow("first stage by name") << QStringList{"--stage", "new"} << QStringList{"A", "C"};
        QTest::newRow("won stage by name") << QStringList{"--stage", "Won"} << QStringList{"B"};
    }

    void shouldListDealsOfOnePipelineOrStage()
    {
        QFETCH(QStringList, filter);
        QFETCH(QStringList, expectedTitles);
        addDeal({QStringLiteral("--title"), QStringLiteral("A")});
        addDeal({QStringLiteral("--title"), QStringLiteral("B"), QStringLiteral("--stage"), QStringLiteral("won")});
        addDeal({QStringLiteral("--title"), QStringLiteral("C")});
        const QJsonArray listed = runJsonArray(QStringList{QStringLiteral("deals"), QStringLiteral("list")} + filter
                                               + QStringList{QStringLiteral("--json")});
        QStringList titles;
        for (const QJsonValue &deal : listed)
            titles.append(deal[QLatin1String("title")].toString());
        QCOMPARE(titles, expectedTitles);
    }

    void shouldMoveCloseAndReopenADeal()
    {
        const QJsonArray stages = defaultStages();
        const QString second = stageName(stages, QStringLiteral("process"), 1);
        const qint64 id = addDeal({QStringLiteral("--title"), QStringLiteral("Roof repair")})[QLatin1String("id")].toInteger();
        const QString idText = QString::number(id);
        auto step = [this, &idText](QStringList args) {
            args.insert(1, idText);
            return runJsonObject(QStringList{QStringLiteral("deals")} + args + QStringList{QStringLiteral("--json")});
        };

        QJsonObject deal = step({QStringLiteral("move"), second.toUpper()});
        QCOMPARE(deal[QLatin1String("stage")].toString(), second);
        deal = step({QStringLiteral("close"), QStringLiteral("--won")});
        QCOMPARE(deal[QLatin1String("semantic")].toString(), QStringLiteral("success"));
        QCOMPARE(deal[QLatin1String("stage")].toString(), stageName(stages, QStringLiteral("success")));
        deal = step({QStringLiteral("reopen")});
        QCOMPARE(deal[QLatin1String("semantic")].toString(), QStringLiteral("process"));
        QCOMPARE(deal[QLatin1String("stage")].toString(), stageName(stages, QStringLiteral("process")));
        deal = step({QStringLiteral("close"), QStringLiteral("--lost")});
        QCOMPARE(deal[QLatin1String("semantic")].toString(), QStringLiteral("failure"));
        deal = step({QStringLiteral("reopen"), QStringLiteral("--stage"), second});
        QCOMPARE(deal[QLatin1String("stage")].toString(), second);

        // Text output: one sentence naming the deal.
        const auto moved = m_cli->run({QStringLiteral("deals"), QStringLiteral("move"), idText,
                                       stageName(stages, QStringLiteral("process"))});
        QCOMPARE(moved.exitCode, 0);
        QVERIFY2(moved.out.contains(idText), qPrintable(moved.out));
    }

    void shouldUpdateAField_data()
    {
        QTest::addColumn<QString>("assignment");
        QTest::addColumn<QString>("key");
        QTest::addColumn<QString>("expected");
        QTest::newRow("title") << "title=Bigger roof" << "title" << "Bigger roof";
        QTest::newRow("amount") << "amount=99.90" << "amount" << "99.90";
        QTest::newRow("close date") << "close_date=2031-03-01" << "close_date" << "2031-03-01";
        QTest::newRow("company") << "company=Globex" << "company" << "Globex";
        QTest::newRow("contact") << "contact=Jean Dupont" << "contact" << "Jean Dupont";
    }

    void shouldUpdateAField()
    {
        QFETCH(QString, assignment);
        QFETCH(QString, key);
        QFETCH(QString, expected);
        const QString id = QString::number(
            addDeal({QStringLiteral("--title"), QStringLiteral("Roof"), QStringLiteral("--amount"), QStringLiteral("10")})
                [QLatin1String("id")]
                    .toInteger());
        const QJsonObject deal = runJsonObject({QStringLiteral("deals"), QStringLiteral("update"), id, QStringLiteral("--field"),
                                                assignment, QStringLiteral("--json")});
        QCOMPARE(deal[key].toString(), expected);
        const QJsonObject shown = runJsonObject({QStringLiteral("deals"), QStringLiteral("show"), id, QStringLiteral("--json")});
        QCOMPARE(shown[key].toString(), expected);
    }

    void shouldShowTheHistoryOfADeal()
    {
        const QJsonArray stages = defaultStages();
        const QString id = QString::number(
            addDeal({QStringLiteral("--title"), QStringLiteral("Old title")})[QLatin1String("id")].toInteger());
        QCOMPARE(m_cli->run({QStringLiteral("deals"), QStringLiteral("update"), id, QStringLiteral("--field"),
                             QStringLiteral("title=New title")})
                     .exitCode,
                 0);
        QCOMPARE(m_cli->run({QStringLiteral("deals"), QStringLiteral("move"), id, stageName(stages, QStringLiteral("process"), 1)})
                     .exitCode,
                 0);

        const QJsonObject shown = runJsonObject({QStringLiteral("deals"), QStringLiteral("show"), id, QStringLiteral("--json")});
        QCOMPARE(shown[QLatin1String("title")].toString(), QStringLiteral("New title"));
        const QJsonArray history = shown[QLatin1String("history")].toArray();
        QStringList types;
        for (const QJsonValue &event : history) {
            for (const char *key : {"at", "user", "type", "field", "old", "new", "description"})
                QVERIFY2(event.toObject().contains(QLatin1String(key)), key);
            QVERIFY(!event[QLatin1String("description")].toString().isEmpty());
            types.append(event[QLatin1String("type")].toString());
        }
        QCOMPARE(types.first(), QStringLiteral("created"));
        QVERIFY2(types.contains(QStringLiteral("stage_moved")), qPrintable(types.join(QLatin1Char(','))));
        const auto titleChange = std::find_if(history.begin(), history.end(), [](const QJsonValue &event) {
            return event[QLatin1String("field")].toString() == QLatin1String("title");
        });
        QVERIFY(titleChange != history.end());
        QCOMPARE((*titleChange)[QLatin1String("old")].toString(), QStringLiteral("Old title"));
        QCOMPARE((*titleChange)[QLatin1String("new")].toString(), QStringLiteral("New title"));

        const auto text = m_cli->run({QStringLiteral("deals"), QStringLiteral("show"), id});
        QCOMPARE(text.exitCode, 0);
        QVERIFY2(text.out.contains(QStringLiteral("New title")) && text.out.contains(QStringLiteral("Old title")),
                 qPrintable(text.out));
    }

    void shouldReportCountsAndTotalsPerStage()
    {
        const QJsonArray stages = defaultStages();
        const QString first = stageName(stages, QStringLiteral("process"));
        const QString second = stageName(stages, QStringLiteral("process"), 1);
        auto add = [this](const char *amount, const char *currency, const QString &stage) {
            addDeal({QStringLiteral("--title"), QStringLiteral("Deal"), QStringLiteral("--amount"), QLatin1String(amount),
                     QStringLiteral("--currency"), QLatin1String(currency), QStringLiteral("--stage"), stage});
        };
        add("100.00", "EUR", first);
        add("23.45", "EUR", first);
        add("10", "USD", first);
        add("5", "EUR", second);

        const QJsonObject report = runJsonObject({QStringLiteral("report"), QStringLiteral("pipeline"), QStringLiteral("--json")});
        QVERIFY(report[QLatin1String("pipeline")][QLatin1String("is_default")].toBool());
        const QJsonArray rows = report[QLatin1String("stages")].toArray();
        QCOMPARE(rows.size(), stages.size());
        for (const QJsonValue &row : rows) {
            const QString name = row[QLatin1String("name")].toString();
            const QJsonObject total = row[QLatin1String("total")].toObject();
            if (name == first) {
                QCOMPARE(row[QLatin1String("count")].toInteger(), 3);
                QCOMPARE(total, (QJsonObject{{QStringLiteral("EUR"), QStringLiteral("123.45")},
                                             {QStringLiteral("USD"), QStringLiteral("10.00")}}));
            } else if (name == second) {
                QCOMPARE(row[QLatin1String("count")].toInteger(), 1);
                QCOMPARE(total, (QJsonObject{{QStringLiteral("EUR"), QStringLiteral("5.00")}}));
            } else {
                QCOMPARE(row[QLatin1String("count")].toInteger(), 0);
                QVERIFY(total.isEmpty());
            }
            QVERIFY(!row[QLatin1String("semantic")].toString().isEmpty());
        }
    }

    void shouldCheckASoundDatabase()
    {
        addDeal({QStringLiteral("--title"), QStringLiteral("One")});
        addDeal({QStringLiteral("--title"), QStringLiteral("Two")});
        const QJsonObject check = runJsonObject({QStringLiteral("check"), QStringLiteral("--json")});
        QCOMPARE(check[QLatin1String("ok")].toBool(), true);
        QCOMPARE(check[QLatin1String("integrity")].toString(), QStringLiteral("ok"));
        QVERIFY(check[QLatin1String("schema_version")].toInt() >= 1);
        QCOMPARE(check[QLatin1String("deals")].toInteger(), 2);
    }

    void shouldReadAndWriteAmountsInTheChosenLanguage_data()
    {
        QTest::addColumn<QString>("lang");
        QTest::addColumn<QString>("typed");
        QTest::addColumn<QString>("stored");
        QTest::addColumn<QString>("shownPattern");
        const QString space = QStringLiteral("[\\s\\x{00A0}\\x{202F}]");
        QTest::newRow("fr grouped") << "fr" << "1 234,50" << "1234.50" << "1" + space + "234,50" + space + "€";
        QTest::newRow("fr plain") << "fr" << "1234,5" << "1234.50" << "1" + space + "234,50" + space + "€";
        QTest::newRow("en grouped") << "en" << "1,234.50" << "1234.50" << "€1,234\\.50";
        QTest::newRow("en plain") << "en" << "99.9" << "99.90" << "€99\\.90";
    }

    void shouldReadAndWriteAmountsInTheChosenLanguage()
    {
        QFETCH(QString, lang);
        QFETCH(QString, typed);
        QFETCH(QString, stored);
        QFETCH(QString, shownPattern);
        const QJsonObject deal = addDeal({QStringLiteral("--title"), QStringLiteral("Amount"), QStringLiteral("--amount"), typed,
                                          QStringLiteral("--lang"), lang});
        QCOMPARE(deal[QLatin1String("amount")].toString(), stored);
        const auto listed = m_cli->run({QStringLiteral("--lang"), lang, QStringLiteral("deals"), QStringLiteral("list")});
        QCOMPARE(listed.exitCode, 0);
        QVERIFY2(listed.out.contains(QRegularExpression(shownPattern)), qPrintable(listed.out));
    }

    void shouldAddDemoDealsToWhatIsThere()
    {
        addDeal({QStringLiteral("--title"), QStringLiteral("Mine")});
        const auto demo = m_cli->run({QStringLiteral("demo"), QStringLiteral("--deals"), QStringLiteral("200"),
                                      QStringLiteral("--seed"), QStringLiteral("7")});
        QCOMPARE(demo.exitCode, 0);
        QVERIFY2(demo.out.contains(QStringLiteral("200")), qPrintable(demo.out));
        const QJsonArray listed = runJsonArray({QStringLiteral("deals"), QStringLiteral("list"), QStringLiteral("--json")});
        QCOMPARE(listed.size(), 201);
        QSet<QString> stages;
        for (const QJsonValue &deal : listed)
            stages.insert(deal[QLatin1String("semantic")].toString());
        QCOMPARE(stages.size(), 3); // deals in progress, won and lost
    }

    void shouldWriteAScreenshotOfTheRequestedSize()
    {
        addDeal({QStringLiteral("--title"), QStringLiteral("Visible deal"), QStringLiteral("--amount"), QStringLiteral("1500")});
        const QString png = m_cli->filePath(QStringLiteral("list.png"));
        const auto shot = m_cli->run({QStringLiteral("screenshot"), QStringLiteral("--view"), QStringLiteral("list"),
                                      QStringLiteral("--size"), QStringLiteral("800x500"), png},
                                     {QStringLiteral("QT_QPA_PLATFORM=")});
        QCOMPARE(shot.exitCode, 0);
        QVERIFY(QFileInfo(png).size() > 0);
        const QImage image(png);
        QCOMPARE(image.size(), QSize(800, 500));
        // A window, not a blank rectangle: many colours across a grid of samples.
        QSet<QRgb> colours;
        for (int y = 0; y < image.height(); y += 10) {
            for (int x = 0; x < image.width(); x += 10)
                colours.insert(image.pixel(x, y));
        }
        QVERIFY2(colours.size() >= 4, qPrintable(QString::number(colours.size())));
    }

    void shouldPrintTheFirstPaintTimeAndQuitWhenAsked()
    {
        const auto run = m_cli->run({}, {QStringLiteral("COMPTOIR_EXIT_AFTER_FIRST_PAINT=1")});
        QVERIFY(run.finished);
        QCOMPARE(run.exitCode, 0);
        const auto match = QRegularExpression(QStringLiteral("^first_paint_ms=(\\d+)$"),
                                              QRegularExpression::MultilineOption)
                               .match(run.out);
        QVERIFY2(match.hasMatch(), qPrintable(run.out + run.err));
        QVERIFY(match.captured(1).toInt() > 0);
    }
};

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
