// SPDX-License-Identifier: GPL-3.0-or-later
// A file of several hundred megabytes is streamed: the reader's peak memory does not grow with
// the file. The file is generated in a temporary folder, never committed.
#include "csv/reader.h"

#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace comptoir;
using namespace comptoir::csv;

namespace {

constexpr qint64 FileBytes = 200 * 1024 * 1024;
constexpr qint64 AllowedGrowth = 4 * 1024 * 1024;

// A /proc/self/status figure in bytes ("VmRSS", "VmHWM"), -1 when unavailable.
qint64 statusBytes(const char *key)
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly | QIODevice::Text))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith(key))
            return line.mid(qstrlen(key) + 1).trimmed().split(' ').first().toLongLong() * 1024;
    }
    return -1;
}

// Peak RSS restarts from the current RSS (Linux 4.0+: "5" into clear_refs).
bool resetPeak()
{
    QFile refs(QStringLiteral("/proc/self/clear_refs"));
    return refs.open(QIODevice::WriteOnly) && refs.write("5") == 1;
}

// Rows like a French Excel export of deals: quoted text with delimiters, doubled quotes and
// line breaks, amounts with decimal commas and no-break spaces, dates dd/mm/yyyy.
qint64 writeDeals(const QString &path, qint64 *rows)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return -1;
    file.write(
        "\xEF\xBB\xBFRéférence;Titre;Entreprise;Contact;E-mail;Montant;Étape;Date;Commentaire\r\n");
    QByteArray chunk;
    qint64 written = 0;
    *rows = 0;
    while (written < FileBytes) {
        chunk.clear();
        for (int i = 0; i < 4096; ++i, ++*rows) {
            const QByteArray n = QByteArray::number(*rows);
            chunk += "D-" + n + ";\"Contrat \"\"maintenance\"\" " + n + "\";Société Générale " + n
                + ";Hélène Dupont;helene." + n + "@example.fr;\"12\xC2\xA0"
                + QByteArray::number(*rows % 1000) + ",50\";Négociation;"
                + QByteArray::number(*rows % 28 + 1) + "/03/2024;"
                + (*rows % 10 == 0 ? "\"Rappeler lundi;\r\nvoir devis\"" : "RAS") + "\r\n";
        }
        if (file.write(chunk) != chunk.size())
            return -1;
        written += chunk.size();
    }
    return written;
}

} // namespace

class TestCsvMemory : public QObject
{
    Q_OBJECT

private slots:
    void shouldStreamAHugeFileInBoundedMemory();
};

void TestCsvMemory::shouldStreamAHugeFileInBoundedMemory()
{
    if (statusBytes("VmHWM:") < 0 || !resetPeak())
        QSKIP("peak memory cannot be measured here (/proc/self/status and clear_refs are "
              "Linux-only)");
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("deals.csv"));
    qint64 rows = 0;
    const qint64 size = writeDeals(path, &rows);
    QVERIFY(size >= FileBytes);

    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    ReaderOptions options;
    options.dialect.delimiter = u';';
    options.raggedRows = RaggedRows::Reject;
    Reader reader(&file, options);
    Record record;
    // Warm up: the header and a first row size the buffers.
    QVERIFY(reader.next(record));
    QVERIFY(resetPeak());
    const qint64 before = statusBytes("VmRSS:");
    QElapsedTimer timer;
    timer.start();
    qint64 count = 1, multiLine = record.lastLine > record.line ? 1 : 0, characters = 0;
    while (reader.next(record)) {
        ++count;
        characters += record.fields.at(8).size();
        if (record.lastLine > record.line)
            ++multiLine;
    }
    const qint64 elapsed = qMax<qint64>(1, timer.elapsed());
    const qint64 peak = statusBytes("VmHWM:");
    QVERIFY2(!reader.hasError(), qPrintable(reader.error().message));
    QVERIFY(reader.atEnd());
    QCOMPARE(count, rows);
    QCOMPARE(multiLine, (rows + 9) / 10);
    QCOMPARE(reader.header().first(), QStringLiteral("Référence"));
    QCOMPARE(record.fields.size(), 9);
    QVERIFY(characters > 0);
    qInfo("%lld rows, %lld MB in %lld ms (%lld MB/s); peak RSS grew by %lld KiB", count, size >> 20,
          elapsed, (size >> 20) * 1000 / elapsed, (peak - before) / 1024);
    QVERIFY2(peak - before < AllowedGrowth,
             qPrintable(QStringLiteral("peak RSS grew by %1 KiB").arg((peak - before) / 1024)));
}

QTEST_APPLESS_MAIN(TestCsvMemory)
#include "tst_csvmemory.moc"
