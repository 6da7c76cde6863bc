// SPDX-License-Identifier: GPL-3.0-or-later
// A crash half-way through an import: the real `comptoir import deals` is killed (SIGKILL, no
// chance to clean up) once it has read half of a large file; the database must be exactly as it
// was, and `comptoir check` must find it sound.
#include "importtest.h"

#include "demo.h"

#include <QDir>
#include <QFileInfo>
#include <QProcess>
#include <QRegularExpression>
#include <QTest>

using namespace comptoir;
using namespace comptoir::test;

namespace {

// A French export of `rows` deals (about 200 bytes a row).
bool writeDeals(const QString &path, int rows)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return false;
    file.write("Réf;Nom de l'affaire;Entreprise;Contact;E-mail;Étape;Montant;Date de clôture\r\n");
    for (int i = 0; i < rows; ++i) {
        const QByteArray n = QByteArray::number(i);
        const QByteArray company = QByteArray::number(i % 997);
        file.write("CR-" + n + ";Travaux n°" + n + ";Société " + company + ";Contact " + n + " Durand;c" + n
                   + "@exemple.fr;Devis;" + QByteArray::number(100 + i % 5000) + ",50 €;"
                   + QByteArray::number(1 + i % 28) + "/06/2025\r\n");
    }
    return file.error() == QFile::NoError;
}

QProcessEnvironment isolatedEnvironment(const QString &dir)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), dir + QStringLiteral("/config"));
    env.insert(QStringLiteral("XDG_DATA_HOME"), dir + QStringLiteral("/data"));
    env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    return env;
}

} // namespace

class TestImportCrash : public QObject
{
    Q_OBJECT

private slots:
    void killingAnImportHalfWayLeavesTheDatabaseAsItWas_data()
    {
        QTest::addColumn<int>("demoDeals");
        // Into a database that has deals: the import writes through the WAL.
        QTest::newRow("database with deals") << 300;
        // Into a database without deals, alone on the file: through a rollback journal, which
        // the next open plays back (and the file is in WAL mode again).
        QTest::newRow("database without deals") << 0;
    }
    void killingAnImportHalfWayLeavesTheDatabaseAsItWas()
    {
        QFETCH(int, demoDeals);
        TestWorkspace ws;
        if (demoDeals > 0) {
            DemoOptions demo;
            demo.deals = demoDeals;
            COMPTOIR_VERIFY_OK(generateDemo(ws.db(), ws.clock(), demo));
        }
        const QByteArray before = contentHash(ws.db());
        const qint64 dealsBefore = rowCount(ws.db(), QStringLiteral("deals"));
        ws.close();

        const QString csv = ws.dirPath() + QStringLiteral("/large.csv");
        QVERIFY(writeDeals(csv, 150000));

        QProcess process;
        process.setProcessEnvironment(isolatedEnvironment(ws.dirPath()));
        process.start(QStringLiteral(COMPTOIR_EXECUTABLE),
                      { QStringLiteral("--db"), ws.path(), QStringLiteral("import"), QStringLiteral("deals"), csv,
                        QStringLiteral("--unknown-stages"), QStringLiteral("create"), QStringLiteral("--progress"),
                        QStringLiteral("--json") });
        QVERIFY2(process.waitForStarted(), qPrintable(process.errorString()));
        process.setReadChannel(QProcess::StandardError); // what waitForReadyRead() waits for

        // Progress lines on stderr: {"progress_bytes":N,"total_bytes":M}. Kill at half the file.
        static const QRegularExpression progress(QStringLiteral("\"progress_bytes\":(\\d+),\"total_bytes\":(\\d+)"));
        QByteArray errors;
        bool halfWay = false;
        while (!halfWay && process.state() == QProcess::Running) {
            if (!process.waitForReadyRead(60000))
                break;
            errors += process.readAllStandardError();
            auto matches = progress.globalMatch(QString::fromUtf8(errors));
            while (matches.hasNext()) {
                const auto match = matches.next();
                halfWay = halfWay || match.captured(1).toLongLong() * 2 >= match.captured(2).toLongLong();
            }
        }
        QVERIFY2(halfWay, errors.constData());
        process.kill(); // SIGKILL
        QVERIFY(process.waitForFinished(30000));
        QCOMPARE(process.exitStatus(), QProcess::CrashExit); // killed before it could finish
        QVERIFY(!process.readAllStandardOutput().contains("import_id")); // it had not printed its result
        // Without deals, the killed import leaves its rollback journal (a hot journal), and no
        // scratch file of the search index it was building beside.
        QCOMPARE(QFileInfo::exists(ws.path() + QStringLiteral("-journal")), demoDeals == 0);
        QCOMPARE(QDir(ws.dirPath()).entryList({ QStringLiteral("comptoir-import-*") }, QDir::Files), QStringList());

        QVERIFY2(ws.open(), qPrintable(ws.error()));
        QCOMPARE(rowCount(ws.db(), QStringLiteral("deals")), dealsBefore);
        QCOMPARE(rowCount(ws.db(), QStringLiteral("imports")), 0);
        QCOMPARE(contentHash(ws.db()), before);
        COMPTOIR_TRY(mode, ws.db().scalar(QStringLiteral("PRAGMA journal_mode")));
        QCOMPARE(mode->toString(), QStringLiteral("wal"));
        ws.close();

        QProcess check;
        check.setProcessEnvironment(isolatedEnvironment(ws.dirPath()));
        check.start(QStringLiteral(COMPTOIR_EXECUTABLE), { QStringLiteral("--db"), ws.path(), QStringLiteral("check") });
        QVERIFY(check.waitForFinished(60000));
        QVERIFY2(check.exitStatus() == QProcess::NormalExit && check.exitCode() == 0,
                 check.readAllStandardError().constData());
    }
};

QTEST_GUILESS_MAIN(TestImportCrash)
#include "tst_importcrash.moc"
