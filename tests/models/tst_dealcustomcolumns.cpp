// SPDX-License-Identifier: GPL-3.0-or-later
// The deal list's custom field columns (F5): values shown in the locale's format, columns that
// follow the field definitions, sorting by a custom value.

#include "customfielddefinition.h"
#include "testworkspace.h"

#include "deallistmodel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace comptoir;
using namespace comptoir::test;

namespace {

constexpr auto Fatal = QAbstractItemModelTester::FailureReportingMode::Fatal;
const QLocale french(QLocale::French, QLocale::France);

Id newDeal(TestWorkspace &tw, const QString &title)
{
    Deal d;
    d.title = title;
    auto created = tw->deals().create(tw.actor(), d);
    return created ? created->id : 0;
}

// Deals A–E with budgets whose order is neither the creation order nor the title order; C has none.
CustomField budgetDeals(TestWorkspace &tw)
{
    CustomField budget;
    budget.name = QStringLiteral("Budget");
    budget.type = FieldType::Money;
    budget = tw->customFields().add(tw.actor(), budget).value();
    const QList<std::pair<QString, QString>> deals{
        {QStringLiteral("A"), QStringLiteral("900")}, {QStringLiteral("B"), QStringLiteral("15")},
        {QStringLiteral("C"), QString()},             {QStringLiteral("D"), QStringLiteral("1200")},
        {QStringLiteral("E"), QStringLiteral("80")},
    };
    for (const auto &[title, amount] : deals) {
        const Id id = newDeal(tw, title);
        if (!amount.isEmpty() && !tw->customFields().setFromText(tw.actor(), id, budget.key(), amount, QLocale::c()))
            return {};
    }
    return budget;
}

QStringList titles(const DealListModel &model)
{
    QStringList found;
    for (int row = 0; row < model.rowCount(); ++row)
        found << model.index(row, DealListModel::TitleColumn).data().toString();
    return found;
}

const QStringList ByBudget{QStringLiteral("C"), QStringLiteral("B"), QStringLiteral("E"), QStringLiteral("A"),
                           QStringLiteral("D")};

// The text of a deal's cell in the column of key `key`.
QString cell(const DealListModel &model, Id dealId, const QString &key)
{
    return model.index(model.rowOf(dealId), model.columnOfKey(key)).data().toString();
}

} // namespace

class TestDealCustomColumns : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void eachCustomFieldIsAColumnShowingItsValueInTheLocale_data()
    {
        QTest::addColumn<QString>("type");
        QTest::addColumn<QString>("typed");
        QTest::addColumn<QString>("shown");

        QTest::newRow("text") << "text" << "Four à bois" << "Four à bois";
        QTest::newRow("number") << "number" << "1234.5" << "1\u202f234,5";
        QTest::newRow("money") << "money" << "1234.50" << "1\u202f234,50\u00a0€";
        QTest::newRow("date") << "date" << "2026-11-27" << "27/11/2026";
        QTest::newRow("list") << "list" << "green" << "Green";
        QTest::newRow("multilist") << "multilist" << "Blue|Red" << "Blue, Red";
        QTest::newRow("checkbox ticked") << "checkbox" << "yes" << "✓";
        QTest::newRow("checkbox unticked") << "checkbox" << "no" << "";
        QTest::newRow("email") << "email" << "helene@boulangerie.fr" << "helene@boulangerie.fr";
    }

    void eachCustomFieldIsAColumnShowingItsValueInTheLocale()
    {
        QFETCH(QString, type);
        QFETCH(QString, typed);
        QFETCH(QString, shown);
        TestWorkspace tw;
        const Id deal = newDeal(tw, QStringLiteral("Four"));
        const Id other = newDeal(tw, QStringLiteral("Pétrin"));
        const FieldType fieldType = *fieldTypeFromText(type);
        const bool list = fieldType == FieldType::List || fieldType == FieldType::MultiList;
        COMPTOIR_TRY(field, tw->customFields().add(tw.actor(),
                                                   definition(QStringLiteral("Extra"), fieldType,
                                                              list ? QStringList{QStringLiteral("Red"), QStringLiteral("Green"),
                                                                                 QStringLiteral("Blue")}
                                                                   : QStringList())));
        COMPTOIR_VERIFY_OK(tw->customFields().setFromText(tw.actor(), deal, field->key(), typed, QLocale::c()));

        DealListModel model(tw.ws());
        model.setLocale(french);
        QAbstractItemModelTester tester(&model, Fatal);
        QCOMPARE(model.columnCount(), DealListModel::ColumnCount + 1);
        const int column = model.columnOfKey(field->key());
        QCOMPARE(column, int(DealListModel::ColumnCount));
        QCOMPARE(model.columnKey(column), field->key());
        QCOMPARE(model.headerData(column, Qt::Horizontal).toString(), QStringLiteral("Extra"));
        QCOMPARE(cell(model, deal, field->key()), shown);
        QCOMPARE(cell(model, other, field->key()), QString());
        // The deal's own roles hold on a custom column too.
        QCOMPARE(model.index(model.rowOf(deal), column).data(DealListModel::IdRole).value<Id>(), deal);
    }

    void columnsFollowTheFieldsAsTheyAreAddedRenamedAndRemoved()
    {
        TestWorkspace tw;
        const Id deal = newDeal(tw, QStringLiteral("Four"));
        COMPTOIR_TRY(first, tw->customFields().add(tw.actor(), definition(QStringLiteral("Budget"), FieldType::Money)));
        DealListModel model(tw.ws());
        QAbstractItemModelTester tester(&model, Fatal);
        QCOMPARE(model.customColumnCount(), 1);

        QSignalSpy inserted(&model, &QAbstractItemModel::columnsInserted);
        COMPTOIR_TRY(second, tw->customFields().add(tw.actor(), definition(QStringLiteral("Note"), FieldType::Text)));
        QCOMPARE(inserted.count(), 1);
        QCOMPARE(model.columnOfKey(second->key()), DealListModel::ColumnCount + 1);
        COMPTOIR_VERIFY_OK(tw->customFields().setFromText(tw.actor(), deal, QStringLiteral("Note"), QStringLiteral("Urgent")));
        QTRY_COMPARE(cell(model, deal, second->key()), QStringLiteral("Urgent"));

        CustomField renamed = *second;
        renamed.name = QStringLiteral("Remark");
        QSignalSpy header(&model, &QAbstractItemModel::headerDataChanged);
        COMPTOIR_VERIFY_OK(tw->customFields().update(tw.actor(), renamed));
        QVERIFY(header.count() >= 1);
        QCOMPARE(model.headerData(model.columnOfKey(second->key()), Qt::Horizontal).toString(), QStringLiteral("Remark"));

        // Removing the first field leaves the second's column with its values.
        QSignalSpy removed(&model, &QAbstractItemModel::columnsRemoved);
        COMPTOIR_VERIFY_OK(tw->customFields().remove(tw.actor(), first->id));
        QCOMPARE(removed.count(), 1);
        QCOMPARE(model.columnOfKey(first->key()), -1);
        QCOMPARE(model.columnOfKey(second->key()), int(DealListModel::ColumnCount));
        QCOMPARE(cell(model, deal, second->key()), QStringLiteral("Urgent"));
    }

    void aCustomColumnSortsByItsValue_data()
    {
        QTest::addColumn<Qt::SortOrder>("order");
        QTest::newRow("ascending") << Qt::AscendingOrder;
        QTest::newRow("descending") << Qt::DescendingOrder;
    }

    void aCustomColumnSortsByItsValue()
    {
        QFETCH(Qt::SortOrder, order);
        TestWorkspace tw;
        const CustomField budget = budgetDeals(tw);
        QVERIFY(budget.id != 0);
        DealListModel model(tw.ws());
        QAbstractItemModelTester tester(&model, Fatal);
        const int column = model.columnOfKey(budget.key());
        model.sort(column, order);
        QCOMPARE(model.sortColumn(), column);
        QCOMPARE(model.currentSort().customFieldId, budget.id);
        // A deal without a value comes first going up, last going down.
        QStringList expected = ByBudget;
        if (order == Qt::DescendingOrder)
            std::reverse(expected.begin(), expected.end());
        QCOMPARE(titles(model), expected);
    }

    void aLargeListSortsByACustomColumnOnTheWorker()
    {
        TestWorkspace tw;
        const CustomField budget = budgetDeals(tw);
        DealListModel model(tw.ws());
        QAbstractItemModelTester tester(&model, Fatal);
        model.setSynchronousLimit(0); // this list counts as a large one
        const QStringList before = titles(model);
        model.sort(model.columnOfKey(budget.key()), Qt::AscendingOrder);
        // The list shown stays until the worker's sorted ids replace it.
        QVERIFY(model.isCounting());
        QCOMPARE(titles(model), before);
        QTRY_VERIFY(!model.isCounting());
        QCOMPARE(titles(model), ByBudget);
    }

    void removingTheSortedFieldFallsBackToTheDefaultOrder()
    {
        TestWorkspace tw;
        COMPTOIR_TRY(budget, tw->customFields().add(tw.actor(), definition(QStringLiteral("Budget"), FieldType::Money)));
        newDeal(tw, QStringLiteral("A"));
        DealListModel model(tw.ws());
        QAbstractItemModelTester tester(&model, Fatal);
        model.sort(model.columnOfKey(budget->key()), Qt::AscendingOrder);
        COMPTOIR_VERIFY_OK(tw->customFields().remove(tw.actor(), budget->id));
        QCOMPARE(model.currentSort().customFieldId, Id(0));
        QCOMPARE(model.sortColumn(), int(DealListModel::CreatedColumn));
    }
};

QTEST_GUILESS_MAIN(TestDealCustomColumns)
#include "tst_dealcustomcolumns.moc"
