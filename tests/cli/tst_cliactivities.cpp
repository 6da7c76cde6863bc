// SPDX-License-Identifier: GPL-3.0-or-later
// The "activities" commands through the real executable: plan, list, mark done, refusals.
#include "clirunner.h"

#include <QFile>
#include <QTest>

#include <memory>

class TestCliActivities : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<CliRunner> m_cli;

    QString addDeal(const QString &title)
    {
        const auto run = m_cli->run({QStringLiteral("deals"), QStringLiteral("add"), QStringLiteral("--title"), title,
                                     QStringLiteral("--json")});
        if (run.exitCode != 0)
            qWarning().noquote() << "deals add failed:" << run.err;
        return QString::number(run.json().object().value(QLatin1String("id")).toInteger());
    }

private Q_SLOTS:
    void init()
    {
        m_cli = std::make_unique<CliRunner>();
        QVERIFY(m_cli->isValid());
    }

    void addPlansAMeetingWithItsDeadlineAndDuration()
    {
        const QString deal = addDeal(QStringLiteral("Roof repair"));
        const auto run = m_cli->run({QStringLiteral("activities"), QStringLiteral("add"), deal, QStringLiteral("--type"),
                                     QStringLiteral("meeting"), QStringLiteral("--subject"), QStringLiteral("Site visit"),
                                     QStringLiteral("--due"), QStringLiteral("2026-03-04T14:00:00Z"),
                                     QStringLiteral("--duration"), QStringLiteral("90"), QStringLiteral("--json")});
        QCOMPARE(run.exitCode, 0);
        const QJsonObject a = run.json().object();
        QCOMPARE(a.value(QLatin1String("type")).toString(), QStringLiteral("meeting"));
        QCOMPARE(a.value(QLatin1String("subject")).toString(), QStringLiteral("Site visit"));
        QCOMPARE(a.value(QLatin1String("deadline")).toString(), QStringLiteral("2026-03-04T14:00:00.000Z"));
        QCOMPARE(a.value(QLatin1String("duration_min")).toInt(), 90);
        QCOMPARE(QString::number(a.value(QLatin1String("deal_id")).toInteger()), deal);

        // The deal's next activity follows, and the list shows it.
        const auto shown = m_cli->run({QStringLiteral("activities"), QStringLiteral("list"), deal, QStringLiteral("--json")});
        QCOMPARE(shown.exitCode, 0);
        QCOMPARE(shown.json().array().size(), 1);
        const auto text = m_cli->run({QStringLiteral("activities"), QStringLiteral("list"), deal});
        QVERIFY2(text.out.contains(QStringLiteral("Site visit")), qPrintable(text.out));
    }

    void addWithARemindStoresTheReminderAndTheListShowsIt_data()
    {
        QTest::addColumn<QString>("remind");
        QTest::addColumn<int>("minutes");
        QTest::newRow("at the deadline") << "0" << 0;
        QTest::newRow("15 minutes") << "15m" << 15;
        QTest::newRow("1 hour") << "1h" << 60;
        QTest::newRow("1 day") << "1d" << 1440;
    }
    void addWithARemindStoresTheReminderAndTheListShowsIt()
    {
        QFETCH(QString, remind);
        QFETCH(int, minutes);
        const QString deal = addDeal(QStringLiteral("Roof repair"));
        const auto run = m_cli->run({QStringLiteral("activities"), QStringLiteral("add"), deal, QStringLiteral("--type"),
                                     QStringLiteral("call"), QStringLiteral("--subject"), QStringLiteral("Call back"),
                                     QStringLiteral("--due"), QStringLiteral("2026-03-04T14:00:00Z"),
                                     QStringLiteral("--remind"), remind, QStringLiteral("--json")});
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(run.json().object().value(QLatin1String("reminder_min")).toInt(-1), minutes);
        const auto shown = m_cli->run({QStringLiteral("activities"), QStringLiteral("list"), deal, QStringLiteral("--json")});
        QCOMPARE(shown.json().array().first().toObject().value(QLatin1String("reminder_min")).toInt(-1), minutes);
        const auto text = m_cli->run({QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("activities"),
                                      QStringLiteral("list"), deal});
        const QString expected = minutes == 0 ? QStringLiteral("At the deadline")
            : minutes == 15                   ? QStringLiteral("15 minutes before")
            : minutes == 60                   ? QStringLiteral("1 hour before")
                                              : QStringLiteral("1 day before");
        QVERIFY2(text.out.contains(expected), qPrintable(text.out));
    }

    void doneMarksTheActivityAndProposesTheNextOne()
    {
        const QString deal = addDeal(QStringLiteral("Boiler"));
        const auto added = m_cli->run({QStringLiteral("activities"), QStringLiteral("add"), deal, QStringLiteral("--type"),
                                       QStringLiteral("call"), QStringLiteral("--subject"), QStringLiteral("Call back"),
                                       QStringLiteral("--json")});
        QCOMPARE(added.exitCode, 0);
        const QString id = QString::number(added.json().object().value(QLatin1String("id")).toInteger());
        // Without --due: 3 working days later, on a full hour.
        const QDateTime due = QDateTime::fromString(added.json().object().value(QLatin1String("deadline")).toString(),
                                                    Qt::ISODateWithMs);
        QVERIFY(due > QDateTime::currentDateTimeUtc().addDays(2));
        QCOMPARE(due.toLocalTime().time().minute(), 0);

        const auto done = m_cli->run({QStringLiteral("activities"), QStringLiteral("done"), id, QStringLiteral("--json")});
        QCOMPARE(done.exitCode, 0);
        const QJsonObject o = done.json().object();
        QVERIFY(o.value(QLatin1String("done")).toObject().value(QLatin1String("done")).toBool());
        QVERIFY(o.value(QLatin1String("proposal")).toObject().value(QLatin1String("id")).isNull());
        QCOMPARE(o.value(QLatin1String("proposal")).toObject().value(QLatin1String("type")).toString(), QStringLiteral("call"));

        const auto again = m_cli->run({QStringLiteral("activities"), QStringLiteral("done"), id});
        QCOMPARE(again.exitCode, 1);
        QVERIFY2(again.err.contains(QStringLiteral("already done")), qPrintable(again.err));
    }

    void badInputIsRefusedWithUsageOrFailure_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<int>("exitCode");
        QTest::newRow("unknown type") << QStringList{QStringLiteral("--type"), QStringLiteral("fax"), QStringLiteral("--subject"), QStringLiteral("S")} << 2;
        QTest::newRow("no subject") << QStringList{QStringLiteral("--type"), QStringLiteral("call")} << 2;
        QTest::newRow("bad date") << QStringList{QStringLiteral("--type"), QStringLiteral("call"), QStringLiteral("--subject"), QStringLiteral("S"), QStringLiteral("--due"), QStringLiteral("tomorrow")} << 2;
        QTest::newRow("bad reminder") << QStringList{QStringLiteral("--type"), QStringLiteral("call"), QStringLiteral("--subject"), QStringLiteral("S"), QStringLiteral("--remind"), QStringLiteral("soon")} << 2;
        QTest::newRow("empty subject") << QStringList{QStringLiteral("--type"), QStringLiteral("call"), QStringLiteral("--subject"), QStringLiteral(" ")} << 1;
    }

    void badInputIsRefusedWithUsageOrFailure()
    {
        QFETCH(QStringList, args);
        QFETCH(int, exitCode);
        const QString deal = addDeal(QStringLiteral("Windows"));
        const auto run = m_cli->run(QStringList{QStringLiteral("activities"), QStringLiteral("add"), deal} + args);
        QCOMPARE(run.exitCode, exitCode);
        QVERIFY(!run.err.isEmpty());
        const auto list = m_cli->run({QStringLiteral("activities"), QStringLiteral("list"), deal, QStringLiteral("--json")});
        QCOMPARE(list.json().array().size(), 0);
    }

    void reportCalendarExportAndImportAgree()
    {
        const QString deal = addDeal(QStringLiteral("Roof"));
        // A week from now at noon, UTC: This week or Next week depending on today, never Overdue.
        const QDateTime due = QDateTime::currentDateTimeUtc().addDays(7);
        const QString dueText = due.toString(QStringLiteral("yyyy-MM-ddT12:00:00Z"));
        QCOMPARE(m_cli->run({QStringLiteral("activities"), QStringLiteral("add"), deal, QStringLiteral("--type"),
                             QStringLiteral("meeting"), QStringLiteral("--subject"), QStringLiteral("Site visit"),
                             QStringLiteral("--due"), dueText, QStringLiteral("--duration"), QStringLiteral("45")})
                     .exitCode,
                 0);
        addDeal(QStringLiteral("Idle"));

        const auto report = m_cli->run({QStringLiteral("report"), QStringLiteral("activities"), QStringLiteral("--json")});
        QCOMPARE(report.exitCode, 0);
        const QJsonArray columns = report.json().array();
        QCOMPARE(columns.size(), 6);
        qint64 total = 0;
        for (const QJsonValue &c : columns)
            total += c[QLatin1String("count")].toInteger();
        QCOMPARE(total, 2);
        QCOMPARE(columns.at(5)[QLatin1String("column")].toString(), QStringLiteral("none"));
        QCOMPARE(columns.at(5)[QLatin1String("count")].toInteger(), 1);
        QCOMPARE(columns.at(0)[QLatin1String("count")].toInteger(), 0);

        const QString day = due.toUTC().date().toString(Qt::ISODate); // noon UTC: that day in any nearby zone
        const auto calendar = m_cli->run({QStringLiteral("calendar"), QStringLiteral("--from"), day, QStringLiteral("--to"), day,
                                          QStringLiteral("--json")});
        QCOMPARE(calendar.exitCode, 0);
        QCOMPARE(calendar.json().array().size(), 1);
        QCOMPARE(calendar.json().array().first()[QLatin1String("subject")].toString(), QStringLiteral("Site visit"));

        const QString ics = m_cli->filePath(QStringLiteral("out.ics"));
        const auto exported = m_cli->run({QStringLiteral("export"), QStringLiteral("activities"), ics});
        QCOMPARE(exported.exitCode, 0);
        QFile file(ics);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray text = file.readAll();
        QVERIFY(text.startsWith("BEGIN:VCALENDAR"));
        QCOMPARE(text.count("BEGIN:VEVENT"), 1);

        // Imported back into another deal: the same meeting, same start and duration.
        const QString other = addDeal(QStringLiteral("Copy"));
        const auto imported = m_cli->run({QStringLiteral("import"), QStringLiteral("ics"), ics, QStringLiteral("--deal"), other,
                                          QStringLiteral("--json")});
        QCOMPARE(imported.exitCode, 0);
        const QJsonObject a = imported.json().array().first().toObject();
        QCOMPARE(a[QLatin1String("subject")].toString(), QStringLiteral("Site visit"));
        QCOMPARE(a[QLatin1String("duration_min")].toInt(), 45);
        QCOMPARE(a[QLatin1String("deadline")].toString(), due.toString(QStringLiteral("yyyy-MM-ddT12:00:00.000Z")));
        QCOMPARE(m_cli->run({QStringLiteral("calendar"), QStringLiteral("--from"), QStringLiteral("2026-01-01")}).exitCode, 2);
    }

    void anUnknownDealIsNotFound()
    {
        const auto run = m_cli->run({QStringLiteral("activities"), QStringLiteral("add"), QStringLiteral("999"),
                                     QStringLiteral("--type"), QStringLiteral("call"), QStringLiteral("--subject"),
                                     QStringLiteral("S")});
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains(QStringLiteral("999")), qPrintable(run.err));
    }
};

QTEST_GUILESS_MAIN(TestCliActivities)
#include "tst_cliactivities.moc"
