// SPDX-License-Identifier: GPL-3.0-or-later
// `comptoir import deals` on the command line: all or nothing by default, and with
// --skip-error-rows the rows without errors imported, the others left out with their errors
// in a CSV file.

#include "clirunner.h"

#include <QFile>
#include <QTest>

class TestCliImport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        m_cli = std::make_unique<CliRunner>();
        QVERIFY(m_cli->isValid());
        QCOMPARE(m_cli->run({QStringLiteral("deals"), QStringLiteral("list")}).exitCode, 0); // creates the database
        m_csv = m_cli->filePath(QStringLiteral("deals.csv"));
        QFile file(m_csv);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("title,amount,currency\n"
                   "Roof repair,1200.50,EUR\n"
                   "Boiler,12x,EUR\n"
                   "Kitchen,300,EUR\n");
    }

    void cleanup() { m_cli.reset(); }

    void anErrorLeavesEverythingOut()
    {
        const auto run = m_cli->run({QStringLiteral("import"), QStringLiteral("deals"), m_csv});
        QVERIFY(run.exitCode != 0);
        QVERIFY2(run.err.contains(QStringLiteral("Nothing was imported")), qPrintable(run.err));
        QCOMPARE(dealTitles(), QStringList());
    }

    void skippedErrorRowsGoToAFileBesideTheInput()
    {
        const auto run = m_cli->run({QStringLiteral("import"), QStringLiteral("deals"), m_csv,
                                     QStringLiteral("--skip-error-rows"), QStringLiteral("--json")});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err + run.out));
        const QJsonObject result = run.json().object();
        QCOMPARE(result.value(QStringLiteral("created")).toInt(), 2);
        QCOMPARE(result.value(QStringLiteral("error_rows_left_out")).toInt(), 1);
        const QString errors = m_cli->filePath(QStringLiteral("deals-errors.csv"));
        QCOMPARE(result.value(QStringLiteral("errors_file")).toString(), errors);
        QCOMPARE(dealTitles(), (QStringList{QStringLiteral("Kitchen"), QStringLiteral("Roof repair")}));
        QFile file(errors);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QList<QByteArray> lines = file.readAll().split('\n');
        QVERIFY(lines.size() >= 2);
        QVERIFY2(lines.at(0).endsWith("line,column,field,message\r"), lines.at(0).constData());
        // Line 3, column 8 (the character where the amount starts), the field, the message.
        QVERIFY2(lines.at(1).startsWith("3,8,\"amount\",") && lines.at(1).contains("12x"), lines.at(1).constData());
        QCOMPARE(lines.size(), 3); // one error, then the end of the last line
    }

    void theErrorsFileCanBeNamed()
    {
        const QString errors = m_cli->filePath(QStringLiteral("left-out.csv"));
        const auto run = m_cli->run({QStringLiteral("import"), QStringLiteral("deals"), m_csv,
                                     QStringLiteral("--skip-error-rows"), QStringLiteral("--errors-file"), errors});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QVERIFY2(run.err.contains(QStringLiteral("1 row with errors left out; its errors are in ") + errors), qPrintable(run.err));
        QVERIFY(QFile::exists(errors));
        QVERIFY(!QFile::exists(m_cli->filePath(QStringLiteral("deals-errors.csv"))));
    }

    void anErrorsFileAloneIsAUsageError()
    {
        const auto run = m_cli->run({QStringLiteral("import"), QStringLiteral("deals"), m_csv,
                                     QStringLiteral("--errors-file"), m_cli->filePath(QStringLiteral("e.csv"))});
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains(QStringLiteral("--skip-error-rows")), qPrintable(run.err));
        QCOMPARE(dealTitles(), QStringList());
    }

private:
    QStringList dealTitles() const
    {
        const auto run = m_cli->run({QStringLiteral("deals"), QStringLiteral("list"), QStringLiteral("--json")});
        QStringList titles;
        for (const QJsonValue &deal : run.json().array())
            titles << deal.toObject().value(QStringLiteral("title")).toString();
        titles.sort();
        return titles;
    }

    std::unique_ptr<CliRunner> m_cli;
    QString m_csv;
};

QTEST_GUILESS_MAIN(TestCliImport)
#include "tst_cliimport.moc"
