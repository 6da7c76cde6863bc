// SPDX-License-Identifier: GPL-3.0-or-later
// What the list lets the seller do, in the window: choose columns (remembered), edit a cell in
// place, act on "all filtered" deals from the selection bar, restore and purge from the recycle
// bin, export to CSV (and cancel a large export without leaving a file).

#include "binmodel.h"
#include "bulkbar.h"
#include "columnchooser.h"
#include "deallistmodel.h"
#include "dealtableview.h"
#include "demo.h"
#include "exportdialog.h"
#include "mainwindow.h"
#include "recyclebinview.h"
#include "stores.h"
#include "workspace.h"

#include <QCryptographicHash>
#include <QDir>
#include <QHeaderView>
#include <QLineEdit>
#include <QListWidget>
#include <QProgressDialog>
#include <QSqlRecord>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QToolBar>
#include <QUndoStack>

using namespace comptoir;

namespace {

constexpr int DemoDeals = 12000;

// A hash of every column of every deal: equal when the table is.
QByteArray dealsHash(const Database &db)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    auto q = db.exec(QStringLiteral("SELECT * FROM deals ORDER BY id"));
    if (!q)
        return q.error().fullText().toUtf8();
    while (q->next()) {
        for (int i = 0; i < q->record().count(); ++i) {
            hash.addData(q->value(i).isNull() ? QByteArrayView("\x01NULL") : q->value(i).toString().toUtf8());
            hash.addData(QByteArrayView("\x1f"));
        }
    }
    return hash.result();
}

qint64 scalarOf(const Database &db, const QString &sql, std::initializer_list<QVariant> values = {})
{
    auto v = db.scalar(sql, values);
    return v ? v->toLongLong() : -1;
}

// Saves what a widget looks like when COMPTOIR_SHOTS names a folder (to look at, not to test).
void shoot(QWidget *widget, const QString &name)
{
    const QString dir = qEnvironmentVariable("COMPTOIR_SHOTS");
    if (!dir.isEmpty())
        widget->grab().save(QDir(dir).filePath(name + QStringLiteral(".png")));
}

// A few deals in a fresh database.
struct SmallFixture
{
    QTemporaryDir dir;
    QString path = dir.filePath(QStringLiteral("small.db"));
    std::unique_ptr<Workspace> ws = Workspace::open(path).value();
    QList<Id> ids;

    SmallFixture()
    {
        for (int i = 0; i < 6; ++i) {
            Deal draft;
            draft.title = QStringLiteral("Small deal %1").arg(i);
            draft.amountMinor = 10000 * (i + 1);
            ids << ws->deals().create(ws->actor(), draft).value().id;
        }
    }
};

void showAndWait(MainWindow &window)
{
    window.resize(1280, 720);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
}

} // namespace

class TestListActions : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
        m_demoPath = m_dir.filePath(QStringLiteral("demo.db"));
        auto ws = Workspace::open(m_demoPath);
        QVERIFY2(ws, qPrintable(ws ? QString() : ws.error().fullText()));
        DemoOptions options;
        options.deals = DemoDeals;
        auto made = generateDemo((*ws)->db(), (*ws)->clock(), options);
        QVERIFY2(made, qPrintable(made ? QString() : made.error().fullText()));
    }

    void theChosenColumnsAndTheirOrderAreRemembered()
    {
        SmallFixture f;
        const QString path = f.path;
        {
            MainWindow window(std::move(f.ws), nullptr, MainWindow::Persistence::Remember);
            showAndWait(window);
            QHeaderView *header = window.dealTable()->horizontalHeader();
            {
            ColumnChooserDialog dialog(header, DealListModel::TitleColumn, &window);
            QListWidget *list = dialog.list();
            QCOMPARE(list->count(), int(DealListModel::ColumnCount));
            for (int row = 0; row < list->count(); ++row) {
                QListWidgetItem *item = list->item(row);
                const bool title = item->text() == QStringLiteral("Title");
                QCOMPARE(bool(item->flags() & Qt::ItemIsUserCheckable), !title); // the title always shows
                if (item->text() == QStringLiteral("Amount"))
                    list->insertItem(0, list->takeItem(row)); // first
                else if (item->text() == QStringLiteral("Stage"))
                    item->setCheckState(Qt::Unchecked);
                else if (item->text() == QStringLiteral("Responsible"))
                    item->setCheckState(Qt::Checked);
            }
            shoot(&dialog, QStringLiteral("columnchooser"));
            dialog.apply();
            }
            QCOMPARE(header->visualIndex(DealListModel::AmountColumn), 0);
            QVERIFY(header->isSectionHidden(DealListModel::StageColumn));
            QVERIFY(!header->isSectionHidden(DealListModel::ResponsibleColumn));
            QCOMPARE(window.dealTable()->visibleColumnKeys().constFirst(), QStringLiteral("amount"));
            QVERIFY(!window.dealTable()->visibleColumnKeys().contains(QStringLiteral("stage")));
            window.close();
        }
        MainWindow again(Workspace::open(path).value(), nullptr, MainWindow::Persistence::Remember);
        QHeaderView *header = again.dealTable()->horizontalHeader();
        QCOMPARE(header->visualIndex(DealListModel::AmountColumn), 0);
        QVERIFY(header->isSectionHidden(DealListModel::StageColumn));
        QVERIFY(!header->isSectionHidden(DealListModel::ResponsibleColumn));
    }

    void f2EditsTheTitleInPlaceAndUndoPutsItBack()
    {
        SmallFixture f;
        MainWindow window(std::move(f.ws), nullptr, MainWindow::Persistence::Ephemeral);
        showAndWait(window);
        DealTableView *table = window.dealTable();
        DealListModel *model = window.dealModel();
        // A new snapshot resets the model, which closes open editors: edit once the list is read.
        QTRY_VERIFY(model->isSnapshotComplete());
        QTest::qWait(0);
        const QModelIndex cell = model->index(0, DealListModel::TitleColumn);
        const Id id = model->dealId(0);
        const QString before = window.workspace().deals().get(window.workspace().actor(), id)->title;
        table->setFocus();
        table->setCurrentIndex(cell);
        QTest::keyClick(table, Qt::Key_F2);
        auto *editor = qobject_cast<QLineEdit *>(table->indexWidget(cell));
        QVERIFY(editor);
        QCOMPARE(editor->text(), before);
        editor->setText(QStringLiteral("Renamed in place"));
        QVERIFY(table->indexWidget(cell) == editor);
        QTest::keyClick(editor, Qt::Key_Return); // the delegate commits on the next turn of the loop
        QTRY_COMPARE(window.workspace().deals().get(window.workspace().actor(), id)->title,
                     QStringLiteral("Renamed in place"));
        QTRY_COMPARE(model->data(model->index(model->rowOf(id), DealListModel::TitleColumn)).toString(),
                     QStringLiteral("Renamed in place"));
        QTRY_VERIFY(!table->indexWidget(cell)); // the editor closed
        QCOMPARE(window.undoStack()->count(), 1);
        window.undoStack()->undo();
        QCOMPARE(window.workspace().deals().get(window.workspace().actor(), id)->title, before);
        QTRY_COMPARE(model->data(model->index(model->rowOf(id), DealListModel::TitleColumn)).toString(), before);
    }

    void theBarActsOnAllFilteredDealsAsOneUndoableStep()
    {
        MainWindow window(Workspace::open(m_demoPath).value(), nullptr, MainWindow::Persistence::Ephemeral);
        showAndWait(window);
        const Database &db = window.workspace().db();
        const QByteArray before = dealsHash(db);
        DealListModel *model = window.dealModel();
        QVERIFY(model->rowCount() >= 10000);
        auto *bar = window.bulkBar();
        auto *toolBar = window.findChild<QToolBar *>(QStringLiteral("bulkToolBar"));
        QVERIFY(!toolBar->isVisible());

        window.dealTable()->selectRow(0);
        QCOMPARE(bar->selectedCount(), 1);
        QTRY_VERIFY(toolBar->isVisible());
        bar->selectAllFiltered();
        QVERIFY(bar->allFilteredSelected());
        QCOMPARE(bar->selectedCount(), qint64(model->rowCount()));
        QVERIFY(std::holds_alternative<DealFilter>(bar->target().deals));
        shoot(&window, QStringLiteral("bulkbar"));

        BulkAction won;
        won.kind = BulkAction::Kind::Won;
        auto changed = bar->run(won);
        QVERIFY2(changed, qPrintable(changed ? QString() : changed.error().fullText()));
        QVERIFY(*changed > 5000);
        QCOMPARE(window.undoStack()->count(), 1);
        QCOMPARE(scalarOf(db, QStringLiteral("SELECT count(*) FROM deals d JOIN stages s ON s.id = d.stage_id "
                                             "WHERE d.deleted_at IS NULL AND s.semantic <> 'success'")),
                 0);
        QVERIFY(dealsHash(db) != before);

        window.undoStack()->undo();
        QCOMPARE(dealsHash(db), before);
    }

    void aSelectionOfTheFirstDealsFoundIsNotTheWholeListWhileCounting()
    {
        MainWindow window(Workspace::open(m_demoPath).value(), nullptr, MainWindow::Persistence::Ephemeral);
        showAndWait(window);
        DealListModel *model = window.dealModel();
        model->setSynchronousLimit(0); // this 12,000-deal demo takes the path of a large database
        DealFilter filter;
        filter.minAmountMinor = 0; // no kept count answers it: counted on a worker
        model->setFilter(filter);
        // The worker's answer comes through the event loop: until then the list is counting.
        QVERIFY(model->isCounting());
        QVERIFY(model->rowCount() > 0);
        auto *bar = window.bulkBar();
        window.dealTable()->selectionModel()->select(
            QItemSelection(model->index(0, 0), model->index(model->rowCount() - 1, 0)),
            QItemSelectionModel::Select | QItemSelectionModel::Rows);
        // Every row on screen selected is those deals only, not the whole list still counted.
        QVERIFY(std::holds_alternative<QVector<Id>>(bar->target().deals));
        QCOMPARE(std::get<QVector<Id>>(bar->target().deals).size(), model->rowCount());
        bar->selectAllFiltered();
        QVERIFY(std::holds_alternative<DealFilter>(bar->target().deals));
        QTRY_VERIFY(!model->isCounting());
        QCOMPARE(bar->selectedCount(), qint64(model->rowCount()));
        QVERIFY(model->rowCount() > 1000);
    }

    void theBinRestoresWithHistoryAndPurgesForGood()
    {
        SmallFixture f;
        const Actor actor = f.ws->actor();
        QVERIFY(f.ws->deals().remove(actor, f.ids[0]));
        QVERIFY(f.ws->deals().remove(actor, f.ids[1]));
        const QString owner = UserStore(f.ws->db()).owner()->name;
        MainWindow window(std::move(f.ws), nullptr, MainWindow::Persistence::Ephemeral);
        showAndWait(window);
        QVERIFY(window.selectView(QStringLiteral("bin")));
        RecycleBinView *bin = window.recycleBinView();
        QVERIFY(bin->isVisible());
        BinModel *model = bin->model();
        QCOMPARE(model->rowCount(), 2);
        QCOMPARE(model->data(model->index(0, BinModel::DeletedByColumn)).toString(), owner);
        QVERIFY(!model->data(model->index(0, BinModel::DeletedAtColumn)).toString().isEmpty());
        shoot(&window, QStringLiteral("recyclebin"));

        Workspace &ws = window.workspace();
        const Id restored = model->dealId(0);
        bin->table()->selectRow(0);
        QVERIFY(bin->restoreSelected());
        QTRY_COMPARE(model->rowCount(), 1);
        QVERIFY(ws.deals().get(ws.actor(), restored)); // live again
        auto history = ws.deals().history(ws.actor(), restored);
        QVERIFY(history && history->size() >= 3); // created, deleted, restored: the history stayed
        QCOMPARE(window.undoStack()->count(), 1);
        window.undoStack()->undo();
        QTRY_COMPARE(model->rowCount(), 2);

        const Id purged = model->dealId(1);
        bin->table()->clearSelection();
        bin->table()->selectRow(1);
        QVERIFY(bin->purgeSelected());
        QTRY_COMPARE(model->rowCount(), 1);
        QCOMPARE(scalarOf(ws.db(), QStringLiteral("SELECT count(*) FROM deals WHERE id = ?"), {purged}), 0);
    }

    void theExportDialogWritesTheVisibleColumns()
    {
        MainWindow window(Workspace::open(m_demoPath).value(), nullptr, MainWindow::Persistence::Ephemeral);
        showAndWait(window);
        QTemporaryDir out;
        const QString path = out.filePath(QStringLiteral("deals.csv"));
        const QStringList visible = window.dealTable()->visibleColumnKeys();
        ExportDialog dialog(window.workspace(), window.dealModel()->filter(), window.dealModel()->currentSort(),
                            window.dealModel()->rowCount(), visible, &window);
        shoot(&dialog, QStringLiteral("exportdialog"));
        dialog.setPath(path);
        auto written = dialog.exportNow();
        QVERIFY2(written, qPrintable(written ? QString() : written.error().fullText()));
        QCOMPARE(*written, qint64(window.dealModel()->rowCount()));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QStringList headers;
        for (const QString &key : visible)
            headers << exportFieldHeader(key);
        QCOMPARE(QString::fromUtf8(file.readLine()).trimmed(), headers.join(QLatin1Char(',')));
        qint64 lines = 1;
        while (!file.readLine().isEmpty())
            ++lines;
        QCOMPARE(lines, *written + 1);
    }

    void cancellingALargeExportLeavesNoFile()
    {
        MainWindow window(Workspace::open(m_demoPath).value(), nullptr, MainWindow::Persistence::Ephemeral);
        showAndWait(window);
        QTemporaryDir out;
        const QString path = out.filePath(QStringLiteral("cancelled.csv"));
        ExportDialog dialog(window.workspace(), DealFilter{}, DealSort{}, window.dealModel()->rowCount(),
                            window.dealTable()->visibleColumnKeys(), &window);
        dialog.setPath(path);
        dialog.setAllFields(true);
        bool clicked = false;
        // Runs at the first progress report, while the file is half written.
        QTimer::singleShot(0, &dialog, [&] {
            if (auto *progress = dialog.findChild<QProgressDialog *>(QStringLiteral("chunkProgress"))) {
                QVERIFY(progress->isVisible());
                progress->cancel();
                clicked = true;
            }
        });
        auto written = dialog.exportNow();
        QVERIFY(clicked);
        QVERIFY(!written);
        QCOMPARE(written.error().code, Error::Code::Conflict);
        QVERIFY(!QFile::exists(path));
        QCOMPARE(QDir(out.path()).entryList(QDir::Files | QDir::Hidden), QStringList());
    }

private:
    QTemporaryDir m_dir;
    QString m_demoPath;
};

QTEST_MAIN(TestListActions)
#include "tst_listactions.moc"
