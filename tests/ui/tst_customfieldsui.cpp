// SPDX-License-Identifier: GPL-3.0-or-later
// Custom fields in the window (F5): conditions on them in the filter popup that become chips
// and filter the list and the boards; their columns offered by the column chooser and kept by
// key in the saved layout; "all fields" of the export dialog holding them.
#include "filterbarprobe.h"
#include "boardmodel.h"
#include "activityboardmodel.h"
#include "columnchooser.h"
#include "dealtableview.h"
#include "deallistmodel.h"
#include "exportdialog.h"
#include "filterbar.h"
#include "filtercustomfields.h"
#include "filterpopup.h"
#include "mainwindow.h"
#include "workspace.h"

#include <QComboBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>

using namespace comptoir;
using namespace comptoir::test;

namespace {

const QLocale french(QLocale::French, QLocale::France);

struct Spec
{
    const char *title;
    const char *budget; // as typed in French, empty for none
    bool urgent;
};

const Spec Specs[] = {
    {"Four à bois", "1 200", true},   {"Pétrin", "800", true},  {"Vitrine", "4 500,50", false},
    {"Chambre de pousse", "", true},  {"Laminoir", "2 000", false},
};

struct Fixture
{
    QTemporaryDir dir;
    std::unique_ptr<Workspace> ws;
    CustomField budget;
    CustomField note;
    CustomField urgent;

    Fixture()
    {
        ws = Workspace::open(dir.filePath(QStringLiteral("fields.db"))).value();
        budget = add(QStringLiteral("Budget"), FieldType::Money);
        note = add(QStringLiteral("Note"), FieldType::Text);
        urgent = add(QStringLiteral("Urgent"), FieldType::Checkbox);
        for (const Spec &spec : Specs) {
            Deal draft;
            draft.title = QString::fromUtf8(spec.title);
            const Id id = ws->deals().create(ws->actor(), draft).value().id;
            if (*spec.budget)
                check(ws->customFields().setFromText(ws->actor(), id, budget.key(), QString::fromUtf8(spec.budget), french));
            check(ws->customFields().setFromText(ws->actor(), id, urgent.key(), spec.urgent ? QStringLiteral("oui") : QStringLiteral("non"), french));
        }
    }

    CustomField add(const QString &name, FieldType type)
    {
        CustomField f;
        f.name = name;
        f.type = type;
        return ws->customFields().add(ws->actor(), f).value();
    }

    static void check(const Status &status)
    {
        if (!status)
            qFatal("%s", qPrintable(status.error().fullText()));
    }
};

QString chipText(FilterBar *bar, const QString &key)
{
    auto *chip = bar->chips()->findChild<QFrame *>(QStringLiteral("filterChip-") + key);
    return chip ? chip->findChild<QLabel *>(QStringLiteral("chipText"))->text() : QString();
}

// With COMPTOIR_SHOTS=DIR, what a test shows is also written there as a PNG to look at.
void shot(QWidget *widget, const QString &name)
{
    const QString dir = qEnvironmentVariable("COMPTOIR_SHOTS");
    if (dir.isEmpty())
        return;
    // Pending layouts and repaints first, as a screen would show them.
    for (int i = 0; i < 3; ++i)
        QCoreApplication::processEvents();
    widget->grab().save(dir + QStringLiteral("/fieldcolumns-") + name + QStringLiteral(".png"));
}

qint64 kanbanCount(const BoardModel &board)
{
    qint64 count = 0;
    for (int row = 0; row < board.rowCount(); ++row)
        count += board.column(row)->count;
    return count;
}

} // namespace

class TestCustomFieldsUi : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QLocale::setDefault(french); // amounts typed and shown as a French user does
    }

    void aCustomConditionBecomesAChipAndFiltersEveryView()
    {
        Fixture f;
        MainWindow window(std::move(f.ws), nullptr, MainWindow::Persistence::Ephemeral);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        FilterBar *bar = window.filterBar();
        QTest::mouseClick(bar->filterButton(), Qt::LeftButton);
        FilterPopup *popup = bar->popup();
        QTRY_VERIFY(popup->isVisible());
        CustomFieldConditions *custom = popup->customConditions();
        QVERIFY(custom->isVisible());

        // A money range, added with its button...
        choose(custom->fieldBox(), QStringLiteral("Budget"));
        QVERIFY(custom->minEdit()->isVisible());
        QVERIFY(!custom->textEdit()->isVisible());
        QTest::keyClicks(custom->minEdit(), QStringLiteral("1 000"));
        QTest::keyClicks(custom->maxEdit(), QStringLiteral("5 000"));
        QTest::mouseClick(custom->addButton(), Qt::LeftButton);
        QCOMPARE(custom->conditionList()->count(), 1);
        QCOMPARE(custom->conditionList()->item(0)->text(),
                 QStringLiteral("Budget: 1\u202f000,00\u00a0€ – 5\u202f000,00\u00a0€"));
        // ...and a checkbox chosen but not added: Apply takes it too.
        choose(custom->fieldBox(), QStringLiteral("Urgent"));
        QVERIFY(custom->choiceBox()->isVisible());
        choose(custom->choiceBox(), QStringLiteral("Yes"));
        shot(popup, QStringLiteral("popup"));
        QTest::mouseClick(popup->applyButton(), Qt::LeftButton);
        QVERIFY(!popup->isVisible());

        using Op = CustomFieldCriterion::Op;
        const QList<CustomFieldCriterion> expected{
            {f.budget.id, Op::AtLeast, QVariant(qlonglong(100000))},
            {f.budget.id, Op::AtMost, QVariant(qlonglong(500000))},
            {f.urgent.id, Op::Equals, QVariant(true)},
        };
        QCOMPARE(window.dealModel()->filter().customFields, expected);
        // Budget between 1 000 and 5 000 and urgent: the oven only.
        QCOMPARE(window.dealModel()->rowCount(), 1);
        QCOMPARE(window.dealModel()->index(0, DealListModel::TitleColumn).data().toString(), QStringLiteral("Four à bois"));
        QCOMPARE(chipNames(bar), (QStringList{f.budget.key(), f.urgent.key()}));
        QCOMPARE(chipText(bar, f.urgent.key()), QStringLiteral("Urgent: Yes"));
        if (auto *table = window.findChild<DealTableView *>()) {
            for (const CustomField &field : {f.budget, f.urgent})
                table->horizontalHeader()->setSectionHidden(window.dealModel()->columnOfKey(field.key()), false);
        }
        shot(&window, QStringLiteral("filtered"));

        // The boards share the filter.
        QTRY_COMPARE(window.boardModel()->filter().customFields, expected);
        QTRY_COMPARE(kanbanCount(*window.boardModel()), qint64(1));
        QVERIFY(window.selectView(QStringLiteral("activities")).ok());
        QVERIFY(window.activityBoardModel());
        QTRY_COMPARE(window.activityBoardModel()->filter().customFields, expected);
        {
            const ActivityBoardModel *activities = window.activityBoardModel();
            qint64 counted = 0;
            for (int column = 0; column < activities->rowCount(); ++column)
                counted += activities->index(column, 0).data(ActivityBoardModel::CountRole).toLongLong();
            QCOMPARE(counted, qint64(1)); // no deal has an activity: all in "Without activities"
        }

        // The budget chip's close button removes both of its bounds.
        auto *budgetChip = bar->chips()->findChild<QFrame *>(QStringLiteral("filterChip-") + f.budget.key());
        QTest::mouseClick(budgetChip->findChild<QToolButton *>(QStringLiteral("chipClose")), Qt::LeftButton);
        QTRY_COMPARE(chipNames(bar), QStringList{f.urgent.key()});
        QCOMPARE(window.dealModel()->filter().customFields, QList<CustomFieldCriterion>{expected.last()});
        QCOMPARE(window.dealModel()->rowCount(), 3); // the urgent ones
        const auto activityCount = [&window] {
            const ActivityBoardModel *activities = window.activityBoardModel();
            qint64 counted = 0;
            for (int column = 0; column < activities->rowCount(); ++column)
                counted += activities->index(column, 0).data(ActivityBoardModel::CountRole).toLongLong();
            return counted;
        };
        QTRY_COMPARE(activityCount(), qint64(3));
        shot(&window, QStringLiteral("activities"));
        QVERIFY(window.selectView(QStringLiteral("list")).ok());
        window.dealModel()->sort(window.dealModel()->columnOfKey(f.budget.key()), Qt::DescendingOrder);
        window.findChild<DealTableView *>()->horizontalHeader()->setSortIndicator(
            window.dealModel()->sortColumn(), Qt::DescendingOrder);
        shot(&window, QStringLiteral("list"));
    }

    void aTextFieldFiltersOnWhatItContains()
    {
        Fixture f;
        Fixture::check(f.ws->customFields().setFromText(f.ws->actor(), 1, f.note.key(), QStringLiteral("Livrer avant Noël")));
        MainWindow window(std::move(f.ws), nullptr, MainWindow::Persistence::Ephemeral);
        window.show();
        FilterBar *bar = window.filterBar();
        QTest::mouseClick(bar->filterButton(), Qt::LeftButton);
        CustomFieldConditions *custom = bar->popup()->customConditions();
        choose(custom->fieldBox(), QStringLiteral("Note"));
        custom->textEdit()->setText(QStringLiteral("noël")); // keyClicks types ASCII only
        QTest::mouseClick(bar->popup()->applyButton(), Qt::LeftButton);
        QCOMPARE(window.dealModel()->rowCount(), 1);
        QCOMPARE(chipText(bar, f.note.key()), QStringLiteral("Note: contains “noël”"));
    }

    void aBadCustomValueNamesTheFieldAndNothingApplies()
    {
        Fixture f;
        MainWindow window(std::move(f.ws), nullptr, MainWindow::Persistence::Ephemeral);
        window.show();
        FilterBar *bar = window.filterBar();
        QTest::mouseClick(bar->filterButton(), Qt::LeftButton);
        CustomFieldConditions *custom = bar->popup()->customConditions();
        choose(custom->fieldBox(), QStringLiteral("Budget"));
        QTest::keyClicks(custom->minEdit(), QStringLiteral("12,3x"));
        QTest::mouseClick(bar->popup()->applyButton(), Qt::LeftButton);
        QVERIFY(bar->popup()->isVisible());
        auto *error = bar->popup()->findChild<QLabel *>(QStringLiteral("filterError"));
        QVERIFY(error->isVisible());
        QVERIFY2(error->text().startsWith(QStringLiteral("Budget")), qPrintable(error->text()));
        QCOMPARE(window.dealModel()->filter(), DealFilter{});
    }

    void theColumnChooserOffersCustomFieldsAndTheLayoutKeepsThemByKey()
    {
        Fixture f;
        DealListModel model(*f.ws);
        DealTableView view;
        view.setDealModel(&model);
        const int budgetColumn = model.columnOfKey(f.budget.key());
        QVERIFY(view.horizontalHeader()->isSectionHidden(budgetColumn)); // offered, not imposed

        ColumnChooserDialog chooser(view.horizontalHeader(), DealListModel::TitleColumn);
        const QList<QListWidgetItem *> found = chooser.list()->findItems(QStringLiteral("Budget"), Qt::MatchExactly);
        QCOMPARE(found.size(), 1);
        found.first()->setCheckState(Qt::Checked);
        shot(&chooser, QStringLiteral("chooser"));
        chooser.accept();
        QVERIFY(!view.horizontalHeader()->isSectionHidden(budgetColumn));
        QVERIFY(view.visibleColumnKeys().contains(f.budget.key()));
        QCOMPARE(model.index(model.rowOf(1), budgetColumn).data().toString(), QStringLiteral("1\u202f200,00\u00a0€"));
        const QByteArray saved = view.saveHeaderState();

        // A field made before it is deleted: the columns after it move, the layout follows the key.
        QVERIFY(f.ws->customFields().remove(f.ws->actor(), f.note.id).ok());
        DealListModel again(*f.ws);
        DealTableView restored;
        restored.setDealModel(&again);
        QVERIFY(restored.restoreHeaderState(saved));
        QVERIFY(!restored.horizontalHeader()->isSectionHidden(again.columnOfKey(f.budget.key())));
        QVERIFY(restored.horizontalHeader()->isSectionHidden(again.columnOfKey(f.urgent.key())));
        QCOMPARE(restored.visibleColumnKeys(), view.visibleColumnKeys());
    }

    void allFieldsOfTheExportHoldTheCustomFields()
    {
        Fixture f;
        ExportDialog dialog(*f.ws, DealFilter{}, DealSort{}, 5, {QStringLiteral("title"), f.budget.key()});
        QCOMPARE(dialog.options().fields, (QStringList{QStringLiteral("title"), f.budget.key()}));
        dialog.setAllFields(true);
        const QStringList all = dialog.options().fields;
        QCOMPARE(all.mid(all.size() - 3), (QStringList{f.budget.key(), f.note.key(), f.urgent.key()}));
    }
};

QTEST_MAIN(TestCustomFieldsUi)
#include "tst_customfieldsui.moc"
