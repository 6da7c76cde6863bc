// SPDX-License-Identifier: GPL-3.0-or-later
// The command line refuses wrong input and foreign databases with a message on stderr that
// names the problem, a non-zero exit code, and no change to the file.
#include "clirunner.h"

#include <QCryptographicHash>
#include <QDir>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTest>

#include <memory>

class TestCliErrors : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<CliRunner> m_cli;

    static QByteArray digest(const QString &path)
    {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            return {};
        return QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256);
    }

private Q_SLOTS:
    void init()
    {
        m_cli = std::make_unique<CliRunner>();
        QVERIFY(m_cli->isValid());
    }

    void shouldNameTheProblemOfWrongInput_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QStringList>("mentions");
        // Bad input and unknown names: 1. A malformed command line: 2.
        QTest::newRow("unknown stage lists the known ones")
            << QStringList{"deals", "add", "--title", "X", "--stage", "Nowhere"} << 1
            << QStringList{"Nowhere", "New", "Won"};
        QTest::newRow("malformed amount") << QStringList{"deals", "add", "--title", "X", "--amount", "12,3,4"} << 1
                                          << QStringList{"12,3,4", "amount"};
        QTest::newRow("unknown currency") << QStringList{"deals", "add", "--title", "X", "--currency", "euros"} << 1
                                          << QStringList{"euros"};
        QTest::newRow("unknown pipeline") << QStringList{"deals", "list", "--pipeline", "Nope"} << 1
                                          << QStringList{"Nope", "Sales"};
        QTest::newRow("unknown deal to show") << QStringList{"deals", "show", "987654"} << 1 << QStringList{"987654"};
        QTest::newRow("unknown deal to move") << QStringList{"deals", "move", "987654", "New"} << 1
                                              << QStringList{"987654"};
        QTest::newRow("unknown deal to close") << QStringList{"deals", "close", "987654", "--won"} << 1
                                               << QStringList{"987654"};
        QTest::newRow("not a deal id") << QStringList{"deals", "show", "abc"} << 1 << QStringList{"abc"};
        QTest::newRow("unknown field") << QStringList{"deals", "update", "1", "--field", "colour=red"} << 1
                                       << QStringList{"colour", "title"};
        QTest::newRow("unknown command") << QStringList{"frobnicate"} << 2 << QStringList{"frobnicate"};
        QTest::newRow("unknown deals command") << QStringList{"deals", "frobnicate"} << 2
                                               << QStringList{"frobnicate", "list"};
        QTest::newRow("unknown option") << QStringList{"deals", "list", "--colour"} << 2 << QStringList{"colour"};
        QTest::newRow("missing title") << QStringList{"deals", "add"} << 2 << QStringList{"--title"};
        QTest::newRow("close needs an outcome") << QStringList{"deals", "close", "1"} << 2
                                                << QStringList{"--won", "--lost"};
        QTest::newRow("update needs a field") << QStringList{"deals", "update", "1"} << 2 << QStringList{"--field"};
        QTest::newRow("field without a value") << QStringList{"deals", "update", "1", "--field", "title"} << 2
                                               << QStringList{"title"};
        QTest::newRow("unknown language") << QStringList{"--lang", "de", "check"} << 2 << QStringList{"de"};
        QTest::newRow("bad screenshot size") << QStringList{"screenshot", "--size", "big", "out.png"} << 2
                                             << QStringList{"big"};
    }

    void shouldNameTheProblemOfWrongInput()
    {
        QFETCH(QStringList, args);
        QFETCH(int, exitCode);
        QFETCH(QStringList, mentions);
        const auto run = m_cli->run(args);
        QVERIFY(run.finished);
        QCOMPARE(run.exitCode, exitCode);
        QVERIFY2(run.out.isEmpty(), qPrintable(run.out));
        for (const QString &mention : mentions)
            QVERIFY2(run.err.contains(mention, Qt::CaseInsensitive), qPrintable(mention + QStringLiteral(" not in: ") + run.err));
        // A malformed command line never reaches the database.
        if (exitCode == 2)
            QVERIFY(!QFile::exists(m_cli->dbPath()));
    }

    void shouldChangeNothingWhenAnUpdateFails()
    {
        const auto added = m_cli->run({QStringLiteral("deals"), QStringLiteral("add"), QStringLiteral("--title"),
                                       QStringLiteral("Kept"), QStringLiteral("--json")});
        QCOMPARE(added.exitCode, 0);
        const QString id = QString::number(added.json()[QLatin1String("id")].toInteger());
        // The second field is wrong: the first must not be written either.
        const auto update = m_cli->run({QStringLiteral("deals"), QStringLiteral("update"), id, QStringLiteral("--field"),
                                        QStringLiteral("title=Changed"), QStringLiteral("--field"),
                                        QStringLiteral("amount=12,3,4")});
        QCOMPARE(update.exitCode, 1);
        QVERIFY2(update.err.contains(QStringLiteral("12,3,4")), qPrintable(update.err));
        const auto shown = m_cli->run({QStringLiteral("deals"), QStringLiteral("show"), id, QStringLiteral("--json")});
        QCOMPARE(shown.json()[QLatin1String("title")].toString(), QStringLiteral("Kept"));
        QCOMPARE(shown.json()[QLatin1String("history")].toArray().size(), 1);
    }

    void shouldRefuseAFileThatIsNotAComptoirDatabase_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QStringList>("command");
        for (const char *kind : {"text file", "foreign SQLite file"}) {
            QTest::addRow("%s, check", kind) << QString::fromLatin1(kind) << QStringList{"check", "--json"};
            QTest::addRow("%s, deals add", kind) << QString::fromLatin1(kind)
                                                 << QStringList{"deals", "add", "--title", "X"};
        }
    }

    void shouldRefuseAFileThatIsNotAComptoirDatabase()
    {
        QFETCH(QString, kind);
        QFETCH(QStringList, command);
        const QString path = m_cli->filePath(QStringLiteral("other.db"));
        if (kind == QLatin1String("text file")) {
            QFile file(path);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write("name,amount\nAcme,12\nThis is not a database at all.\n");
        } else {
            auto db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("foreign"));
            db.setDatabaseName(path);
            QVERIFY(db.open());
            QVERIFY(QSqlQuery(db).exec(QStringLiteral("CREATE TABLE notes (id INTEGER PRIMARY KEY, body TEXT)")));
            QVERIFY(QSqlQuery(db).exec(QStringLiteral("INSERT INTO notes (body) VALUES ('keep me')")));
            db.close();
            db = QSqlDatabase();
            QSqlDatabase::removeDatabase(QStringLiteral("foreign"));
        }
        const QByteArray before = digest(path);
        const QStringList filesBefore = QDir(m_cli->filePath(QString())).entryList(QDir::Files);
        QVERIFY(!before.isEmpty());

        const auto run = m_cli->runRaw(QStringList{QStringLiteral("--db"), path} + command);
        QCOMPARE(run.exitCode, 1);
        QVERIFY(run.out.isEmpty());
        QVERIFY2(run.err.contains(QStringLiteral("other.db")), qPrintable(run.err));
        QCOMPARE(digest(path), before);
        QCOMPARE(QDir(m_cli->filePath(QString())).entryList(QDir::Files), filesBefore);
    }
};

QTEST_GUILESS_MAIN(TestCliErrors)
#include "tst_clierrors.moc"
