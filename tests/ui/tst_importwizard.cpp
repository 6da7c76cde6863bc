// SPDX-License-Identifier: GPL-3.0-or-later
#include "importdryrunpage.h"
#include "importfilepage.h"
#include "importhistorydialog.h"
#include "importmappingpage.h"
#include "importrulespage.h"
#include "importrunner.h"
#include "importrunpage.h"
#include "importwizard.h"
#include "testworkspace.h"

#include <QAbstractItemModel>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QElapsedTimer>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QSqlRecord>
#include <QTableView>
#include <QTableWidget>
#include <QTest>
#include <QTemporaryDir>
#include <QTimer>

using namespace comptoir;
using namespace comptoir::import;
using namespace comptoir::test;

// The import wizard on the offscreen platform, page by page, over real files: what it detects
// and shows, the automatic mapping, the date warning, the dry run's errors with their place,
// the import on its worker thread with Cancel, and undo from the summary.
class TestImportWizard : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void shouldShowTheDetectedEncodingDelimiterAndPreviewOfAFrenchExcelFile();
    void shouldReadThePreviewAgainWhenASettingChanges();
    void shouldMatchTheFrenchColumnsAutomatically();
    void shouldWarnAndWaitForAChoiceWhenDatesReadBothWays();
    void shouldListEachDryRunErrorWithItsLineAndColumn();
    void shouldImportTheOtherRowsWhenTheRowsInErrorAreLeftOut();
    void shouldImportTheDealsAndUndoThemFromTheSummary();
    void shouldLeaveTheDatabaseUnchangedWhenCancelledHalfWay();
    void shouldSaveAndLoadAMappingProfile();
    void shouldListImportsAndUndoThemFromTheHistory();
    void shouldImportACompaniesFileOfAMigration();

private:
    static QString fixture(const QString &name);
    void openWizard(const QString &path);
    ImportRulesPage *toRules();
    ImportDryRunPage *toDryRun();
    void shoot(const QString &name);
    QByteArray contentHash();
    qint64 liveDeals();

    std::unique_ptr<TestWorkspace> m_ws;
    std::unique_ptr<ImportWizard> m_wizard;
};

QString TestImportWizard::fixture(const QString &name)
{
    return QStringLiteral(COMPTOIR_TEST_DATA "/") + name;
}

void TestImportWizard::init()
{
    m_ws = std::make_unique<TestWorkspace>();
    QVERIFY2(m_ws->isOpen(), qPrintable(m_ws->error()));
}

void TestImportWizard::cleanup()
{
    m_wizard.reset();
    m_ws.reset();
}

void TestImportWizard::openWizard(const QString &path)
{
    m_wizard = std::make_unique<ImportWizard>(m_ws->ws());
    m_wizard->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_wizard.get()));
    m_wizard->setFile(path);
}

// Pictures of the pages for the documentation, when COMPTOIR_WIZARD_SHOTS names a folder.
void TestImportWizard::shoot(const QString &name)
{
    const QString dir = qEnvironmentVariable("COMPTOIR_WIZARD_SHOTS");
    if (dir.isEmpty())
        return;
    QApplication::processEvents();
    QVERIFY(m_wizard->grab().save(QDir(dir).filePath(name + QStringLiteral(".png"))));
}

ImportRulesPage *TestImportWizard::toRules()
{
    m_wizard->next(); // mapping
    m_wizard->next(); // rules
    auto *rules = qobject_cast<ImportRulesPage *>(m_wizard->currentPage());
    if (rules && rules->isScanning()) {
        QSignalSpy scanned(rules, &ImportRulesPage::scanFinished);
        scanned.wait(20000);
    }
    return rules;
}

ImportDryRunPage *TestImportWizard::toDryRun()
{
    m_wizard->next();
    auto *page = qobject_cast<ImportDryRunPage *>(m_wizard->currentPage());
    if (page && page->isRunning()) {
        QSignalSpy done(page, &ImportDryRunPage::dryRunFinished);
        done.wait(60000);
    }
    return page;
}

// Every row of every table, sorted: equal when the database holds the same data, whatever
// the WAL did with its pages.
QByteArray TestImportWizard::contentHash()
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    auto tables = m_ws->db().exec(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name"));
    if (!tables)
        return {};
    QStringList names;
    while (tables->next())
        names.append(tables->value(0).toString());
    for (const QString &table : std::as_const(names)) {
        auto rows = m_ws->db().exec(QStringLiteral("SELECT * FROM \"%1\"").arg(table));
        if (!rows)
            return {};
        QStringList lines;
        while (rows->next()) {
            QStringList values;
            for (int i = 0; i < rows->record().count(); ++i)
                values.append(rows->value(i).toString());
            lines.append(values.join(QChar(0x1f)));
        }
        lines.sort();
        hash.addData(table.toUtf8());
        hash.addData(lines.join(QLatin1Char('\n')).toUtf8());
    }
    return hash.result();
}

qint64 TestImportWizard::liveDeals()
{
    auto n = m_ws->db().scalar(QStringLiteral("SELECT count(*) FROM deals WHERE deleted_at IS NULL"));
    return n ? n->toLongLong() : -1;
}

void TestImportWizard::shouldShowTheDetectedEncodingDelimiterAndPreviewOfAFrenchExcelFile()
{
    openWizard(fixture(QStringLiteral("import/french-excel.csv")));
    auto *encoding = m_wizard->findChild<QComboBox *>(QStringLiteral("encodingCombo"));
    auto *delimiter = m_wizard->findChild<QComboBox *>(QStringLiteral("delimiterCombo"));
    auto *header = m_wizard->findChild<QCheckBox *>(QStringLiteral("headerCheck"));
    auto *detected = m_wizard->findChild<QLabel *>(QStringLiteral("detectionLabel"));
    auto *preview = m_wizard->findChild<QTableView *>(QStringLiteral("filePreview"));
    QVERIFY(encoding && delimiter && header && detected && preview);
    QCOMPARE(encoding->currentText(), QStringLiteral("windows-1252"));
    QCOMPARE(delimiter->currentData().toString(), QStringLiteral(";"));
    QVERIFY(header->isChecked());
    QVERIFY2(detected->text().contains(QStringLiteral("windows-1252")), qPrintable(detected->text()));
    QVERIFY2(detected->text().contains(QStringLiteral("semicolon")), qPrintable(detected->text()));
    // Decoded, not mojibake: the accents of Windows-1252 come out right.
    QAbstractItemModel *model = preview->model();
    QCOMPARE(model->headerData(1, Qt::Horizontal).toString(), QStringLiteral("Nom de l'affaire"));
    QCOMPARE(model->index(0, 1).data().toString(), QStringLiteral("Rénovation façade"));
    QCOMPARE(model->index(3, 1).data().toString(), QStringLiteral("Audit énergétique; phase 1"));
    QCOMPARE(model->rowCount(), 4);
    QVERIFY(m_wizard->currentPage()->isComplete());
    shoot(QStringLiteral("import-1-file"));
}

void TestImportWizard::shouldReadThePreviewAgainWhenASettingChanges()
{
    openWizard(fixture(QStringLiteral("import/french-excel.csv")));
    auto *delimiter = m_wizard->findChild<QComboBox *>(QStringLiteral("delimiterCombo"));
    auto *encoding = m_wizard->findChild<QComboBox *>(QStringLiteral("encodingCombo"));
    auto *preview = m_wizard->findChild<QTableView *>(QStringLiteral("filePreview"));
    QCOMPARE(preview->model()->columnCount(), 13);

    delimiter->setCurrentIndex(delimiter->findData(QStringLiteral(",")));
    // Split on commas, the French decimal commas cut the rows into other columns.
    QVERIFY(preview->model()->columnCount() != 13);
    QCOMPARE(m_wizard->settings().dialect.delimiter, QChar(u','));

    delimiter->setCurrentIndex(delimiter->findData(QStringLiteral(";")));
    encoding->setCurrentIndex(encoding->findData(int(csv::Encoding::Utf8)));
    // The same bytes are not UTF-8: the reader says where, and Next waits.
    auto *problem = m_wizard->findChild<QLabel *>(QStringLiteral("fileProblemLabel"));
    QVERIFY2(problem->text().contains(QStringLiteral("not valid UTF-8")), qPrintable(problem->text()));
    QVERIFY(!m_wizard->currentPage()->isComplete());
}

void TestImportWizard::shouldMatchTheFrenchColumnsAutomatically()
{
    openWizard(fixture(QStringLiteral("import/french-excel.csv")));
    m_wizard->next();
    auto *mapping = qobject_cast<ImportMappingPage *>(m_wizard->currentPage());
    QVERIFY(mapping);
    const QList<Field> expected { Field::ExternalId, Field::Title,    Field::CompanyName, Field::ContactFullName,
                                  Field::Email,      Field::Phone,    Field::Stage,       Field::Amount,
                                  Field::Currency,   Field::CloseDate, Field::ProductName, Field::Quantity,
                                  Field::Price };
    for (int c = 0; c < expected.size(); ++c) {
        QCOMPARE(mapping->fieldOf(c), expected.at(c));
        auto *combo = m_wizard->findChild<QComboBox *>(QStringLiteral("fieldCombo%1").arg(c));
        QCOMPARE(Field(combo->currentData().toInt()), expected.at(c));
    }
    // Choosing a field already taken moves it: a field is filled from one column only.
    m_wizard->findChild<QComboBox *>(QStringLiteral("fieldCombo2"))
        ->setCurrentIndex(m_wizard->findChild<QComboBox *>(QStringLiteral("fieldCombo2"))->findData(int(Field::Title)));
    QCOMPARE(mapping->fieldOf(2), Field::Title);
    QCOMPARE(mapping->fieldOf(1), Field::Ignore);
    mapping->setField(1, Field::Title);
    mapping->setField(2, Field::CompanyName);
    shoot(QStringLiteral("import-2-mapping"));
}

void TestImportWizard::shouldWarnAndWaitForAChoiceWhenDatesReadBothWays()
{
    openWizard(fixture(QStringLiteral("wizard/ambiguous-dates.csv")));
    ImportRulesPage *rules = toRules();
    QVERIFY(rules);
    auto *note = m_wizard->findChild<QLabel *>(QStringLiteral("dateNote"));
    auto *order = m_wizard->findChild<QComboBox *>(QStringLiteral("dateOrderCombo"));
    QVERIFY2(note->text().contains(QStringLiteral("3 row(s) could be read either way")), qPrintable(note->text()));
    QCOMPARE(order->currentIndex(), -1);
    QVERIFY(!rules->isComplete());
    shoot(QStringLiteral("import-3-rules-ambiguous"));
    order->setCurrentIndex(order->findData(int(csv::DateOrder::Mdy)));
    QVERIFY(rules->isComplete());
    QCOMPARE(m_wizard->settings().rules.dateOrder, std::optional(csv::DateOrder::Mdy));
}

void TestImportWizard::shouldListEachDryRunErrorWithItsLineAndColumn()
{
    openWizard(fixture(QStringLiteral("wizard/bad-values.csv")));
    QVERIFY(toRules());
    QCOMPARE(m_wizard->settings().rules.numbers.decimalMark, QChar(u','));
    const QByteArray before = contentHash();
    ImportDryRunPage *page = toDryRun();
    QVERIFY(page);
    QVERIFY(m_wizard->settings().dryRun);
    QCOMPARE(m_wizard->settings().dryRun->errorCount, 2);
    auto *table = m_wizard->findChild<QTableWidget *>(QStringLiteral("dryRunTable"));
    // The errors come first, each with its line, column (and header) and reason.
    QCOMPARE(table->item(0, 0)->text(), QStringLiteral("3"));
    QVERIFY2(table->item(0, 3)->text().startsWith(QStringLiteral("21 · Montant")), qPrintable(table->item(0, 3)->text()));
    QVERIFY2(table->item(0, 4)->text().contains(QStringLiteral("12,3,4")), qPrintable(table->item(0, 4)->text()));
    QCOMPARE(table->item(1, 0)->text(), QStringLiteral("4"));
    QVERIFY(table->item(1, 3)->text().startsWith(QStringLiteral("29 · Date de clôture")));
    QVERIFY2(table->item(1, 4)->text().contains(QStringLiteral("February 2024 has 29 days")),
             qPrintable(table->item(1, 4)->text()));
    // Import stays disabled, and the dry run wrote nothing.
    QVERIFY(!page->isComplete());
    QVERIFY(!m_wizard->button(QWizard::CommitButton)->isEnabled());
    QCOMPARE(contentHash(), before);
    shoot(QStringLiteral("import-4-dryrun-errors"));
}

void TestImportWizard::shouldImportTheOtherRowsWhenTheRowsInErrorAreLeftOut()
{
    QTemporaryDir dir; // the errors file is written next to the imported one
    const QString csv = dir.filePath(QStringLiteral("bad-values.csv"));
    QVERIFY(QFile::copy(fixture(QStringLiteral("wizard/bad-values.csv")), csv));
    openWizard(csv);
    QVERIFY(toRules());
    ImportDryRunPage *page = toDryRun();
    QVERIFY(page);
    QCOMPARE(m_wizard->settings().dryRun->errorCount, 2);
    auto *skip = m_wizard->findChild<QCheckBox *>(QStringLiteral("skipErrorRows"));
    QVERIFY(skip);
    QVERIFY(!skip->isHidden());
    QVERIFY(!page->isComplete());
    // Checked, the rows are checked again with the rows in error left out.
    QSignalSpy checked(page, &ImportDryRunPage::dryRunFinished);
    skip->setChecked(true);
    QVERIFY(checked.wait(60000));
    QCOMPARE(m_wizard->settings().dryRun->created, 1);
    QCOMPARE(m_wizard->settings().dryRun->errorRows, 2);
    QVERIFY(page->isComplete());
    QVERIFY(m_wizard->button(QWizard::CommitButton)->isEnabled());
    QCOMPARE(liveDeals(), 0);
    shoot(QStringLiteral("import-4-dryrun-skip-errors"));

    m_wizard->next(); // Import
    QTRY_COMPARE_WITH_TIMEOUT(m_wizard->currentId(), int(ImportWizard::SummaryPageId), 30000);
    QCOMPARE(liveDeals(), 1);
    QCOMPARE(m_wizard->settings().result->errorRows, 2);
    auto *text = m_wizard->findChild<QLabel *>(QStringLiteral("summaryText"));
    QVERIFY(text);
    QVERIFY2(text->text().contains(QStringLiteral("bad-values-errors.csv")), qPrintable(text->text()));
    QFile errors(dir.filePath(QStringLiteral("bad-values-errors.csv")));
    QVERIFY(errors.open(QIODevice::ReadOnly));
    const QList<QByteArray> lines = errors.readAll().split('\n');
    QCOMPARE(lines.size(), 4); // the header, two errors, the end
    QVERIFY2(lines.at(1).startsWith("3,21,\"Montant\","), lines.at(1).constData());
    QVERIFY2(lines.at(2).startsWith("4,29,\"Date de clôture\","), lines.at(2).constData());
    shoot(QStringLiteral("import-6-summary-skip-errors"));
}

void TestImportWizard::shouldImportTheDealsAndUndoThemFromTheSummary()
{
    openWizard(fixture(QStringLiteral("import/french-excel.csv")));
    QVERIFY(toRules());
    QCOMPARE(m_wizard->settings().rules.dateOrder, std::optional(csv::DateOrder::Dmy)); // 27/03 reads one way
    // "Devis" is no stage of the default pipeline: rejected, the dry run says where.
    ImportDryRunPage *dryRun = toDryRun();
    QCOMPARE(m_wizard->settings().dryRun->errorCount, 1);
    QCOMPARE(m_wizard->settings().dryRun->errors.constFirst().line, 5);
    QVERIFY(!dryRun->isComplete());
    m_wizard->back();
    auto *unknown = m_wizard->findChild<QComboBox *>(QStringLiteral("unknownStagesCombo"));
    unknown->setCurrentIndex(unknown->findData(int(UnknownStages::Create)));
    auto *stages = m_wizard->findChild<QTableWidget *>(QStringLiteral("stageTable"));
    QCOMPARE(stages->rowCount(), 3);
    QCOMPARE(stages->item(0, 2)->text(), QStringLiteral("→ Won")); // Gagné
    QCOMPARE(stages->item(1, 2)->text(), QStringLiteral("→ Lost")); // Perdu
    shoot(QStringLiteral("import-3-rules"));
    dryRun = toDryRun();
    QCOMPARE(m_wizard->settings().dryRun->errorCount, 0);
    QCOMPARE(m_wizard->settings().dryRun->created, 3);
    QVERIFY(dryRun->isComplete());
    QCOMPARE(liveDeals(), 0);
    shoot(QStringLiteral("import-4-dryrun"));

    QSignalSpy changed(m_wizard.get(), &ImportWizard::databaseChanged);
    m_wizard->next(); // Import
    QTRY_COMPARE_WITH_TIMEOUT(m_wizard->currentId(), int(ImportWizard::SummaryPageId), 30000);
    QCOMPARE(changed.count(), 1);
    QCOMPARE(liveDeals(), 3);
    auto amount = m_ws->db().scalar(QStringLiteral("SELECT amount_minor FROM deals WHERE title = ?"),
                                    { QStringLiteral("Rénovation façade") });
    QCOMPARE(amount->toLongLong(), 1234550);
    const Id importId = m_wizard->settings().result->importId;
    QVERIFY(importId > 0);
    // The list filter of "Show these deals" selects exactly them.
    DealFilter filter;
    filter.importId = importId;
    auto ids = m_ws->ws().query().ids(m_ws->actor(), filter, DealSort {});
    QVERIFY(ids);
    QCOMPARE(ids->size(), 3);
    shoot(QStringLiteral("import-6-summary"));

    // Undo, confirming the question.
    QTimer::singleShot(0, this, [] {
        if (auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget()))
            box->button(QMessageBox::Yes)->click();
    });
    auto *summary = qobject_cast<ImportSummaryPage *>(m_wizard->currentPage());
    QSignalSpy undone(summary, &ImportSummaryPage::undoFinished);
    m_wizard->findChild<QPushButton *>(QStringLiteral("undoImportButton"))->click();
    QVERIFY(undone.count() > 0 || undone.wait(30000));
    QCOMPARE(undone.constFirst().constFirst().toBool(), true);
    QCOMPARE(liveDeals(), 0);
    QCOMPARE(changed.count(), 2);
}

void TestImportWizard::shouldLeaveTheDatabaseUnchangedWhenCancelledHalfWay()
{
    // A file large enough to cancel in the middle of its import.
    const QString path = QDir(m_ws->dirPath()).filePath(QStringLiteral("large.csv"));
    {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        QByteArray text = "Title,Company,Amount,Close date\n";
        for (int i = 0; i < 150000; ++i)
            text += QStringLiteral("Deal %1,Company %2,%3.50,2024-03-%4\n").arg(i).arg(i % 997).arg(i % 5000).arg(1 + i % 28, 2, 10, QLatin1Char('0')).toUtf8();
        file.write(text);
    }
    openWizard(path);
    QVERIFY(toRules());
    ImportDryRunPage *dryRun = toDryRun();
    QVERIFY(dryRun->isComplete());
    const QByteArray before = contentHash();

    // A stall probe: the longest gap between two ticks of a 5 ms timer while the import runs.
    QElapsedTimer sinceTick;
    qint64 longestStall = 0;
    QTimer probe;
    probe.setInterval(5);
    connect(&probe, &QTimer::timeout, this, [&] {
        longestStall = std::max(longestStall, sinceTick.restart());
    });
    ImportRunner *runner = m_wizard->runner();
    QSignalSpy progress(runner, &ImportRunner::progressChanged);
    auto *runPage = qobject_cast<ImportRunPage *>(m_wizard->page(ImportWizard::RunPageId));
    QSignalSpy finished(runPage, &ImportRunPage::importFinished);
    sinceTick.start();
    probe.start();
    m_wizard->next(); // Import
    QCOMPARE(m_wizard->currentId(), int(ImportWizard::RunPageId));
    // Half-way, or at least well under way: some progress reported.
    QTRY_VERIFY_WITH_TIMEOUT(!progress.isEmpty() && progress.constLast().constFirst().toLongLong() > 0, 30000);
    QVERIFY2(finished.isEmpty(), "the import ended before it could be cancelled: make the file larger");
    QElapsedTimer cancelled;
    cancelled.start();
    m_wizard->findChild<QPushButton *>(QStringLiteral("cancelImportButton"))->click();
    QVERIFY(finished.wait(5000));
    const qint64 cancelMs = cancelled.elapsed();
    probe.stop();
    qInfo("cancel took %lld ms; longest UI-thread stall during the import: %lld ms", cancelMs, longestStall);
    QVERIFY2(cancelMs < 500, qPrintable(QStringLiteral("cancel took %1 ms").arg(cancelMs)));
    QVERIFY2(longestStall < 250, qPrintable(QStringLiteral("the window stalled %1 ms").arg(longestStall)));
    QVERIFY(!m_wizard->settings().result); // set only by a committed import
    QCOMPARE(contentHash(), before);
    QCOMPARE(liveDeals(), 0);
    QCOMPARE(m_wizard->currentId(), int(ImportWizard::RunPageId));
    auto *status = m_wizard->findChild<QLabel *>(QStringLiteral("importStatus"));
    QVERIFY(status->text().contains(QStringLiteral("cancelled")));
    shoot(QStringLiteral("import-5-cancelled"));
}

void TestImportWizard::shouldSaveAndLoadAMappingProfile()
{
    openWizard(fixture(QStringLiteral("import/french-excel.csv")));
    m_wizard->next();
    auto *mapping = qobject_cast<ImportMappingPage *>(m_wizard->currentPage());
    mapping->setField(4, Field::Ignore); // no e-mail
    m_wizard->settings().rules.currency = QStringLiteral("CHF");
    QTimer::singleShot(0, this, [] {
        if (auto *dialog = QApplication::activeModalWidget()) {
            if (auto *edit = dialog->findChild<QLineEdit *>())
                edit->setText(QStringLiteral("Excel FR"));
            QTest::keyClick(dialog, Qt::Key_Return);
        }
    });
    m_wizard->findChild<QPushButton *>(QStringLiteral("saveProfileButton"))->click();
    auto names = profileNames(m_ws->db());
    QVERIFY(names);
    QCOMPARE(*names, QStringList { QStringLiteral("Excel FR") });

    // Another wizard on the same file starts from the automatic mapping, then loads the profile.
    openWizard(fixture(QStringLiteral("import/french-excel.csv")));
    m_wizard->next();
    mapping = qobject_cast<ImportMappingPage *>(m_wizard->currentPage());
    QCOMPARE(mapping->fieldOf(4), Field::Email);
    auto *profiles = m_wizard->findChild<QComboBox *>(QStringLiteral("profileCombo"));
    QCOMPARE(profiles->currentText(), QStringLiteral("Excel FR"));
    m_wizard->findChild<QPushButton *>(QStringLiteral("loadProfileButton"))->click();
    QCOMPARE(mapping->fieldOf(4), Field::Ignore);
    QCOMPARE(mapping->fieldOf(7), Field::Amount);
    QCOMPARE(m_wizard->settings().rules.currency, QStringLiteral("CHF"));
}

void TestImportWizard::shouldListImportsAndUndoThemFromTheHistory()
{
    ImportService service(m_ws->db(), m_ws->clock());
    ImportRequest request;
    request.path = fixture(QStringLiteral("import/french-excel.csv"));
    request.rules.unknownStages = UnknownStages::Create;
    request.rules.dateOrder = csv::DateOrder::Dmy;
    auto summary = service.run(m_ws->actor(), request);
    QVERIFY(summary && summary->committed);
    QCOMPARE(liveDeals(), 3);

    ImportHistoryDialog dialog(m_ws->ws());
    dialog.show();
    auto *table = dialog.findChild<QTableWidget *>(QStringLiteral("importHistoryTable"));
    QCOMPARE(table->rowCount(), 1);
    QCOMPARE(table->item(0, 1)->text(), QStringLiteral("french-excel.csv"));
    QCOMPARE(table->item(0, 4)->text(), QStringLiteral("3"));
    QCOMPARE(dialog.selectedImport(), summary->importId);
    QSignalSpy show(&dialog, &ImportHistoryDialog::showDealsRequested);
    QSignalSpy undone(&dialog, &ImportHistoryDialog::undoFinished);
    dialog.undoSelected();
    QVERIFY(undone.wait(30000));
    QCOMPARE(undone.constFirst().constFirst().toBool(), true);
    QCOMPARE(liveDeals(), 0);
    QVERIFY(table->item(0, 7)->text().startsWith(QStringLiteral("undone")));
    QVERIFY(!dialog.findChild<QPushButton *>(QStringLiteral("historyUndoButton"))->isEnabled());
    QVERIFY(show.isEmpty());
}

void TestImportWizard::shouldImportACompaniesFileOfAMigration()
{
    const qint64 companiesBefore = rowCount(m_ws->db(), QStringLiteral("companies"));
    m_wizard = std::make_unique<ImportWizard>(m_ws->ws());
    m_wizard->show();
    auto *kind = m_wizard->findChild<QComboBox *>(QStringLiteral("kindCombo"));
    kind->setCurrentIndex(kind->findData(int(ImportKind::Companies)));
    m_wizard->setFile(fixture(QStringLiteral("wizard/companies.csv")));
    m_wizard->next();
    auto *mapping = qobject_cast<ImportMappingPage *>(m_wizard->currentPage());
    QCOMPARE(mapping->fieldOf(0), Field::CompanyName);
    QCOMPARE(mapping->fieldOf(1), Field::Email);
    // Only a company's fields are offered: no deal amount for a company.
    auto *combo = m_wizard->findChild<QComboBox *>(QStringLiteral("fieldCombo0"));
    QCOMPARE(combo->findData(int(Field::Amount)), -1);
    m_wizard->next();
    QVERIFY(!m_wizard->findChild<QTableWidget *>(QStringLiteral("stageTable"))->isVisibleTo(m_wizard.get()));
    ImportDryRunPage *dryRun = toDryRun();
    QVERIFY(dryRun);
    QCOMPARE(m_wizard->settings().dryRun->created, 2);
    m_wizard->next();
    QTRY_COMPARE_WITH_TIMEOUT(m_wizard->currentId(), int(ImportWizard::SummaryPageId), 30000);
    QCOMPARE(rowCount(m_ws->db(), QStringLiteral("companies")), companiesBefore + 2);
    QVERIFY(!m_wizard->findChild<QPushButton *>(QStringLiteral("showDealsButton"))->isVisibleTo(m_wizard.get()));
}

QTEST_MAIN(TestImportWizard)
#include "tst_importwizard.moc"
