// SPDX-License-Identifier: GPL-3.0-or-later
// Custom fields: each type's parsing, checks, storage, history and export text; definitions,
// list options and required fields.

#include "customfielddefinition.h"
#include "../common/testworkspace.h"

#include "customfields.h"
#include "dealquery.h"
#include "stores.h"

#include <QTest>

using namespace comptoir;
using namespace comptoir::test;

namespace {
const QLocale english(QLocale::English, QLocale::UnitedStates);
const QLocale french(QLocale::French, QLocale::France);

QStringList colours()
{
    return {QStringLiteral("Red"), QStringLiteral("Green"), QStringLiteral("Blue")};
}

Id newDeal(TestWorkspace &tw, const QString &title = QStringLiteral("Four à pain"))
{
    Deal d;
    d.title = title;
    auto created = tw->deals().create(tw.actor(), d);
    return created ? created->id : 0;
}

QList<HistoryEvent> fieldEvents(TestWorkspace &tw, Id dealId, const QString &field)
{
    QList<HistoryEvent> found;
    auto all = tw->deals().history(tw.actor(), dealId);
    for (const HistoryEvent &e : all.ok() ? *all : QList<HistoryEvent>()) {
        if (e.field == field)
            found << e;
    }
    return found;
}
} // namespace

class TestCustomFields : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void eachTypeStoresWhatWasTypedAndExportsIt_data()
    {
        QTest::addColumn<QString>("type");
        QTest::addColumn<QString>("typed");
        QTest::addColumn<QString>("exported");
        QTest::addColumn<QString>("shownInFrench");

        QTest::newRow("text") << "text" << "Four à bois, 2 étages" << "Four à bois, 2 étages" << "Four à bois, 2 étages";
        QTest::newRow("number") << "number" << "1234.5" << "1234.5" << "1\u202f234,5";
        QTest::newRow("money") << "money" << "1,234.50" << "1234.50" << "1\u202f234,50\u00a0€";
        QTest::newRow("date") << "date" << "2026-11-27" << "2026-11-27" << "27/11/2026";
        QTest::newRow("datetime") << "datetime" << "2026-11-27T14:30:00Z" << "2026-11-27T14:30:00Z" << "";
        QTest::newRow("list") << "list" << "green" << "Green" << "Green";
        QTest::newRow("multilist") << "multilist" << "blue|RED" << "Blue|Red" << "Blue, Red";
        QTest::newRow("checkbox") << "checkbox" << "yes" << "1" << "Yes";
        QTest::newRow("url") << "url" << "example.com/pain" << "https://example.com/pain" << "https://example.com/pain";
        QTest::newRow("phone") << "phone" << "+33 1 23 45 67 89" << "+33 1 23 45 67 89" << "+33 1 23 45 67 89";
        QTest::newRow("email") << "email" << "helene@boulangerie.fr" << "helene@boulangerie.fr" << "helene@boulangerie.fr";
    }

    void eachTypeStoresWhatWasTypedAndExportsIt()
    {
        QFETCH(QString, type);
        QFETCH(QString, typed);
        QFETCH(QString, exported);
        QFETCH(QString, shownInFrench);
        TestWorkspace tw;
        const auto fieldType = fieldTypeFromText(type);
        QVERIFY(fieldType);
        const bool hasOptions = *fieldType == FieldType::List || *fieldType == FieldType::MultiList;
        COMPTOIR_TRY(field, tw->customFields().add(tw.actor(), definition(QStringLiteral("Extra"), *fieldType,
                                                                            hasOptions ? colours() : QStringList())));
        const Id dealId = newDeal(tw);
        COMPTOIR_VERIFY_OK(tw->customFields().setFromText(tw.actor(), dealId, QStringLiteral("extra"), typed, english));

        // Read back from a reopened file: the value was stored, typed, not just kept in memory.
        QVERIFY(tw.open());
        COMPTOIR_TRY(values, tw->customFields().values(tw.actor(), dealId));
        QVERIFY(values->contains(field->id));
        QCOMPARE(customfields::exportText(*field, values->value(field->id)), exported);
        COMPTOIR_VERIFY_OK(customfields::validate(*field, values->value(field->id)));
        if (!shownInFrench.isEmpty())
            QCOMPARE(customfields::format(*field, values->value(field->id), french), shownInFrench);

        // One history row, with the field's name and the new value.
        const QList<HistoryEvent> events = fieldEvents(tw, dealId, QStringLiteral("Extra"));
        QCOMPARE(events.size(), 1);
        QCOMPARE(events.first().type, history::FieldChanged);
        QCOMPARE(events.first().oldValue, *fieldType == FieldType::Checkbox ? QStringLiteral("0") : QString());
        QCOMPARE(events.first().newValue, exported);
        QVERIFY2(events.first().description.startsWith(QStringLiteral("Extra: ")), qPrintable(events.first().description));

        // The same text again changes nothing and writes no history.
        COMPTOIR_VERIFY_OK(tw->customFields().setFromText(tw.actor(), dealId, field->key(), typed, english));
        QCOMPARE(fieldEvents(tw, dealId, QStringLiteral("Extra")).size(), 1);
    }

    void badInputIsRefusedWithAMessageAndNothingWritten_data()
    {
        QTest::addColumn<QString>("type");
        QTest::addColumn<QString>("typed");
        QTest::addColumn<QString>("message");

        QTest::newRow("number") << "number" << "12 kg" << "“12 kg” is not a number";
        QTest::newRow("money decimals") << "money" << "12.345" << "12.345";
        QTest::newRow("date") << "date" << "31/02/2026" << "“31/02/2026” is not a date";
        QTest::newRow("datetime") << "datetime" << "tomorrow" << "“tomorrow” is not a date and time";
        QTest::newRow("list") << "list" << "Purple" << "“Purple” is not one of the choices (Red, Green, Blue)";
        QTest::newRow("multilist") << "multilist" << "Red|Pink" << "“Pink” is not one of the choices";
        QTest::newRow("checkbox") << "checkbox" << "maybe" << "“maybe” is not yes or no";
        QTest::newRow("url") << "url" << "not a site" << "is not a web address";
        QTest::newRow("phone") << "phone" << "12-AB" << "“12-AB” is not a phone number";
        QTest::newRow("email") << "email" << "helene@" << "“helene@” is not an e-mail address";
    }

    void badInputIsRefusedWithAMessageAndNothingWritten()
    {
        QFETCH(QString, type);
        QFETCH(QString, typed);
        QFETCH(QString, message);
        TestWorkspace tw;
        const FieldType fieldType = *fieldTypeFromText(type);
        const bool hasOptions = fieldType == FieldType::List || fieldType == FieldType::MultiList;
        COMPTOIR_TRY(field, tw->customFields().add(tw.actor(), definition(QStringLiteral("Extra"), fieldType,
                                                                            hasOptions ? colours() : QStringList())));
        const Id dealId = newDeal(tw);
        const qint64 historyBefore = rowCount(tw.db(), QStringLiteral("history"));
        const Status s = tw->customFields().setFromText(tw.actor(), dealId, QStringLiteral("Extra"), typed, english);
        QVERIFY(!s.ok());
        QCOMPARE(s.error().code, Error::Code::Invalid);
        QCOMPARE(s.error().field, field->key());
        QVERIFY2(s.error().message.startsWith(QStringLiteral("Extra: ")), qPrintable(s.error().message));
        QVERIFY2(s.error().message.contains(message), qPrintable(s.error().message));
        QCOMPARE(rowCount(tw.db(), QStringLiteral("deal_field_values")), 0);
        QCOMPARE(rowCount(tw.db(), QStringLiteral("history")), historyBefore);
    }

    void theFilterSelectsDealsByCustomValues_data()
    {
        QTest::addColumn<QString>("field");
        QTest::addColumn<int>("op");
        QTest::addColumn<QVariant>("value");
        QTest::addColumn<QStringList>("expected");
        using Op = CustomFieldCriterion::Op;
        QTest::newRow("text equals, any case") << "Note" << int(Op::Equals) << QVariant(QStringLiteral("URGENT")) << QStringList{"A"};
        QTest::newRow("text contains") << "Note" << int(Op::Contains) << QVariant(QStringLiteral("rg")) << QStringList{"A"};
        QTest::newRow("text set") << "Note" << int(Op::IsSet) << QVariant() << QStringList{"A", "B"};
        QTest::newRow("text empty") << "Note" << int(Op::IsEmpty) << QVariant() << QStringList{"C"};
        QTest::newRow("multi-list choice") << "Colours" << int(Op::HasChoice) << QVariant(QStringLiteral("Green")) << QStringList{"A", "C"};
        QTest::newRow("money at least") << "Budget" << int(Op::AtLeast) << QVariant(qlonglong(100000)) << QStringList{"B"};
        QTest::newRow("money at most") << "Budget" << int(Op::AtMost) << QVariant(qlonglong(100000)) << QStringList{"A"};
        QTest::newRow("date at most") << "Visit" << int(Op::AtMost) << QVariant(QDate(2026, 6, 30)) << QStringList{"A"};
        QTest::newRow("checkbox ticked") << "Signed" << int(Op::Equals) << QVariant(true) << QStringList{"B"};
        QTest::newRow("checkbox unticked") << "Signed" << int(Op::Equals) << QVariant(false) << QStringList{"A", "C"};
        QTest::newRow("number equals") << "Size" << int(Op::Equals) << QVariant(2.5) << QStringList{"C"};
        QTest::newRow("number at least") << "Size" << int(Op::AtLeast) << QVariant(2.4) << QStringList{"C"};
        QTest::newRow("number above all") << "Size" << int(Op::AtLeast) << QVariant(2.6) << QStringList{};
    }

    void theFilterSelectsDealsByCustomValues()
    {
        QFETCH(QString, field);
        QFETCH(int, op);
        QFETCH(QVariant, value);
        QFETCH(QStringList, expected);
        TestWorkspace tw;
        auto &cf = tw->customFields();
        QVERIFY(cf.add(tw.actor(), definition(QStringLiteral("Note"), FieldType::Text)).ok());
        QVERIFY(cf.add(tw.actor(), definition(QStringLiteral("Colours"), FieldType::MultiList, colours())).ok());
        QVERIFY(cf.add(tw.actor(), definition(QStringLiteral("Budget"), FieldType::Money)).ok());
        QVERIFY(cf.add(tw.actor(), definition(QStringLiteral("Visit"), FieldType::Date)).ok());
        QVERIFY(cf.add(tw.actor(), definition(QStringLiteral("Signed"), FieldType::Checkbox)).ok());
        QVERIFY(cf.add(tw.actor(), definition(QStringLiteral("Size"), FieldType::Number)).ok());
        const QList<std::pair<QString, QStringList>> deals = {
            {QStringLiteral("A"), {"Note=Urgent", "Colours=Red|Green", "Budget=999.99", "Visit=2026-03-01", "Signed=no"}},
            {QStringLiteral("B"), {"Note=later", "Colours=Blue", "Budget=1500", "Visit=2026-09-01", "Signed=yes"}},
            {QStringLiteral("C"), {"Colours=Green", "Size=2.5"}},
        };
        for (const auto &[title, assignments] : deals) {
            const Id id = newDeal(tw, title);
            for (const QString &a : assignments)
                COMPTOIR_VERIFY_OK(cf.setFromText(tw.actor(), id, a.section(QLatin1Char('='), 0, 0), a.section(QLatin1Char('='), 1), english));
        }
        COMPTOIR_TRY(target, cf.resolve(field));
        DealFilter filter;
        filter.customFields.append({target->id, CustomFieldCriterion::Op(op), value});
        QVERIFY(!filter.onlyStageCriteria());
        COMPTOIR_TRY(rows, tw->query().list(tw.actor(), filter, DealSort{DealColumn::Title, false}));
        QStringList titles;
        for (const DealRow &r : *rows)
            titles << r.title;
        QCOMPARE(titles, expected);
    }

    void exportCellsWriteEveryTypeAsFilesDo()
    {
        TestWorkspace tw;
        auto &cf = tw->customFields();
        QVERIFY(cf.add(tw.actor(), definition(QStringLiteral("Visit"), FieldType::DateTime)).ok());
        QVERIFY(cf.add(tw.actor(), definition(QStringLiteral("Colours"), FieldType::MultiList, colours())).ok());
        QVERIFY(cf.add(tw.actor(), definition(QStringLiteral("Signed"), FieldType::Checkbox)).ok());
        QVERIFY(cf.add(tw.actor(), definition(QStringLiteral("Size"), FieldType::Number)).ok());
        const Id filled = newDeal(tw, QStringLiteral("A"));
        const Id empty = newDeal(tw, QStringLiteral("B"));
        for (const QString &a : {QStringLiteral("Visit=2026-03-04T15:00:00+01:00"), QStringLiteral("Colours=Blue, Red"),
                                 QStringLiteral("Signed=x"), QStringLiteral("Size=0,75")})
            COMPTOIR_VERIFY_OK(cf.setFromText(tw.actor(), filled, a.section(QLatin1Char('='), 0, 0), a.section(QLatin1Char('='), 1), french));
        COMPTOIR_TRY(fields, customfields::definitions(tw.db()));
        QCOMPARE(fields->size(), 4);
        COMPTOIR_TRY(cells, customfields::exportCells(tw.db(), *fields, {filled, empty}));
        QCOMPARE(cells->value(filled), (QStringList{"2026-03-04T14:00:00Z", "Blue|Red", "1", "0.75"}));
        QCOMPARE(cells->value(empty), (QStringList{"", "", "0", ""}));
    }

    void oneInvalidValueWritesNoneOfTheOthers()
    {
        TestWorkspace tw;
        COMPTOIR_TRY(note, tw->customFields().add(tw.actor(), definition(QStringLiteral("Note"), FieldType::Text)));
        COMPTOIR_TRY(mail, tw->customFields().add(tw.actor(), definition(QStringLiteral("Mail"), FieldType::Email)));
        const Id dealId = newDeal(tw);
        const Status s = tw->customFields().setValues(tw.actor(), dealId,
                                                      {{note->id, QStringLiteral("ok")}, {mail->id, QStringLiteral("nope")}});
        QVERIFY(!s.ok());
        QCOMPARE(rowCount(tw.db(), QStringLiteral("deal_field_values")), 0);
    }

    void aRequiredFieldCannotBeEmptied()
    {
        TestWorkspace tw;
        CustomField def = definition(QStringLiteral("PO number"), FieldType::Text);
        def.required = true;
        COMPTOIR_TRY(field, tw->customFields().add(tw.actor(), def));
        const Id dealId = newDeal(tw);
        COMPTOIR_TRY(missing, tw->customFields().missingRequired({}));
        QCOMPARE(missing->size(), 1);
        QCOMPARE(missing->first().id, field->id);
        COMPTOIR_VERIFY_OK(tw->customFields().setFromText(tw.actor(), dealId, QStringLiteral("PO number"), QStringLiteral("A-17")));
        const Status s = tw->customFields().setFromText(tw.actor(), dealId, QStringLiteral("PO number"), QStringLiteral("  "));
        QVERIFY(!s.ok());
        QCOMPARE(s.error().message, QStringLiteral("PO number: a value is required."));
        COMPTOIR_TRY(values, tw->customFields().values(tw.actor(), dealId));
        QCOMPARE(values->value(field->id).toString(), QStringLiteral("A-17"));
    }

    void emptyingAValueRemovesItAndRecordsIt()
    {
        TestWorkspace tw;
        COMPTOIR_TRY(field, tw->customFields().add(tw.actor(), definition(QStringLiteral("Budget"), FieldType::Money)));
        const Id dealId = newDeal(tw);
        COMPTOIR_VERIFY_OK(tw->customFields().setFromText(tw.actor(), dealId, QStringLiteral("Budget"), QStringLiteral("1200")));
        COMPTOIR_VERIFY_OK(tw->customFields().setFromText(tw.actor(), dealId, QStringLiteral("Budget"), QString()));
        COMPTOIR_TRY(values, tw->customFields().values(tw.actor(), dealId));
        QVERIFY(!values->contains(field->id));
        const QList<HistoryEvent> events = fieldEvents(tw, dealId, QStringLiteral("Budget"));
        QCOMPARE(events.size(), 2);
        QCOMPARE(events.last().oldValue, QStringLiteral("1200.00"));
        QCOMPARE(events.last().newValue, QString());
    }

    void definitionsAreCheckedWithPreciseMessages_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("type");
        QTest::addColumn<QStringList>("options");
        QTest::addColumn<QString>("message");
        QTest::newRow("no name") << "  " << "text" << QStringList() << "A custom field needs a name.";
        QTest::newRow("taken name") << "budget" << "text" << QStringList() << "A custom field named “budget” already exists.";
        QTest::newRow("list without choices") << "Size" << "list" << QStringList() << "The list “Size” needs at least one choice.";
        QTest::newRow("choice twice") << "Size" << "multilist" << QStringList{"S", "s"} << "The choice “s” is listed twice.";
        QTest::newRow("pipe in a choice") << "Size" << "list" << QStringList{"S|M"} << "The choice “S|M” cannot contain “|”.";
        QTest::newRow("choices on text") << "Size" << "text" << QStringList{"S"} << "Only list fields have choices.";
    }

    void definitionsAreCheckedWithPreciseMessages()
    {
        QFETCH(QString, name);
        QFETCH(QString, type);
        QFETCH(QStringList, options);
        QFETCH(QString, message);
        TestWorkspace tw;
        COMPTOIR_VERIFY_OK(tw->customFields().add(tw.actor(), definition(QStringLiteral("Budget"), FieldType::Money)));
        auto added = tw->customFields().add(tw.actor(), definition(name, *fieldTypeFromText(type), options));
        QVERIFY(!added.ok());
        QCOMPARE(added.error().message, message);
        QCOMPARE(rowCount(tw.db(), QStringLiteral("custom_fields")), 1);
    }

    void renamingAChoiceRenamesTheValuesThatUseIt()
    {
        TestWorkspace tw;
        COMPTOIR_TRY(single, tw->customFields().add(tw.actor(), definition(QStringLiteral("Colour"), FieldType::List, colours())));
        COMPTOIR_TRY(multi, tw->customFields().add(tw.actor(), definition(QStringLiteral("Colours"), FieldType::MultiList, colours())));
        const Id dealId = newDeal(tw);
        COMPTOIR_VERIFY_OK(tw->customFields().setValues(
            tw.actor(), dealId, {{single->id, QStringLiteral("Green")}, {multi->id, QStringList{"Red", "Green"}}}));

        COMPTOIR_VERIFY_OK(tw->customFields().renameOption(tw.actor(), single->id, QStringLiteral("Green"), QStringLiteral("Olive")));
        CustomField renamed = *multi;
        renamed.options = {QStringLiteral("Red"), QStringLiteral("Olive"), QStringLiteral("Blue")};
        COMPTOIR_VERIFY_OK(tw->customFields().update(tw.actor(), renamed));

        COMPTOIR_TRY(values, tw->customFields().values(tw.actor(), dealId));
        QCOMPARE(values->value(single->id).toString(), QStringLiteral("Olive"));
        QCOMPARE(values->value(multi->id).toStringList(), (QStringList{"Red", "Olive"}));
        COMPTOIR_TRY(field, tw->customFields().field(single->id));
        QCOMPARE(field->options, (QStringList{"Red", "Olive", "Blue"}));
    }

    void aChoiceInUseCannotBeRemoved()
    {
        TestWorkspace tw;
        COMPTOIR_TRY(multi, tw->customFields().add(tw.actor(), definition(QStringLiteral("Colours"), FieldType::MultiList, colours())));
        const Id dealId = newDeal(tw);
        COMPTOIR_VERIFY_OK(tw->customFields().setFromText(tw.actor(), dealId, QStringLiteral("Colours"), QStringLiteral("Blue")));
        CustomField shorter = *multi;
        shorter.options = {QStringLiteral("Red"), QStringLiteral("Green")};
        auto refused = tw->customFields().update(tw.actor(), shorter);
        QVERIFY(!refused.ok());
        QVERIFY2(refused.error().message.contains(QStringLiteral("“Blue”")), qPrintable(refused.error().message));
        shorter.options = {QStringLiteral("Green"), QStringLiteral("Blue")}; // Red is unused
        COMPTOIR_VERIFY_OK(tw->customFields().update(tw.actor(), shorter));
    }

    void removingAFieldDropsItsValuesButNotTheHistory()
    {
        TestWorkspace tw;
        COMPTOIR_TRY(field, tw->customFields().add(tw.actor(), definition(QStringLiteral("Note"), FieldType::Text)));
        const Id dealId = newDeal(tw);
        COMPTOIR_VERIFY_OK(tw->customFields().setFromText(tw.actor(), dealId, QStringLiteral("Note"), QStringLiteral("hello")));
        COMPTOIR_VERIFY_OK(tw->customFields().remove(tw.actor(), field->id));
        QCOMPARE(rowCount(tw.db(), QStringLiteral("deal_field_values")), 0);
        QCOMPARE(fieldEvents(tw, dealId, QStringLiteral("Note")).size(), 1);
        QVERIFY(!tw->customFields().resolve(QStringLiteral("Note")).ok());
    }

    void valuesSavedInsideTheEditorsTransactionRollBackWithIt()
    {
        TestWorkspace tw;
        COMPTOIR_TRY(field, tw->customFields().add(tw.actor(), definition(QStringLiteral("Note"), FieldType::Text)));
        const Id dealId = newDeal(tw);
        const qint64 historyBefore = rowCount(tw.db(), QStringLiteral("history"));
        {
            Transaction tx(tw.db());
            QVERIFY(bool(tx));
            COMPTOIR_VERIFY_OK(tw->customFields().setValues(tw.actor(), dealId, {{field->id, QStringLiteral("draft")}}));
            // no commit: the editor's save failed elsewhere
        }
        QCOMPARE(rowCount(tw.db(), QStringLiteral("deal_field_values")), 0);
        QCOMPARE(rowCount(tw.db(), QStringLiteral("history")), historyBefore);
    }

    void onlyTheOwnerChangesDefinitions()
    {
        TestWorkspace tw;
        User clerk;
        clerk.login = QStringLiteral("clerk");
        clerk.name = QStringLiteral("Clerk");
        COMPTOIR_TRY(id, UserStore(tw.db()).insert(clerk, tw.clock().now()));
        auto refused = tw->customFields().add(Actor{*id}, definition(QStringLiteral("Note"), FieldType::Text));
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().code, Error::Code::Forbidden);
    }
};

QTEST_GUILESS_MAIN(TestCustomFields)
#include "tst_customfields.moc"
