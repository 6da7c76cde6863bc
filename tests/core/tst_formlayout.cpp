// SPDX-License-Identifier: GPL-3.0-or-later
// Form layouts per pipeline: the default layout, a round trip per pipeline, hidden fields that
// keep their values, completion with new fields, checks, and reset.

#include "../common/testworkspace.h"

#include "formlayout.h"

#include <QTest>

using namespace comptoir;
using namespace comptoir::test;

namespace {
CustomField textField(const QString &name)
{
    CustomField f;
    f.name = name;
    f.type = FieldType::Text;
    return f;
}
} // namespace

class TestFormLayout : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void aPipelineWithoutALayoutShowsTheDefaultOne()
    {
        TestWorkspace tw;
        COMPTOIR_TRY(budget, tw->customFields().add(tw.actor(), textField(QStringLiteral("Budget line"))));
        COMPTOIR_TRY(pipeline, tw->pipelines().defaultPipeline(tw.actor()));
        COMPTOIR_TRY(layout, tw->formLayouts().load(pipeline->id));
        QVERIFY(layout->isDefault);
        QCOMPARE(layout->sections.size(), 2);
        QCOMPARE(layout->sections.at(0).builtin, QStringLiteral("about"));
        QCOMPARE(layout->sections.at(0).title(), QStringLiteral("About the deal"));
        QCOMPARE(layout->sections.at(1).title(), QStringLiteral("More"));
        QCOMPARE(layout->sections.at(0).fields.first().key, QStringLiteral("title"));
        // Every built-in field once, then the custom field at the end of "More".
        QCOMPARE(layout->visibleKeys().size(), formfields::builtinKeys().size() + 1);
        QCOMPARE(layout->sections.at(1).fields.last().key, budget->key());
        QCOMPARE(formfields::title(budget->key(), {*budget}), QStringLiteral("Budget line"));
    }

    void aSavedLayoutComesBackAsSavedAndOnlyInItsPipeline()
    {
        TestWorkspace tw;
        COMPTOIR_TRY(budget, tw->customFields().add(tw.actor(), textField(QStringLiteral("Budget line"))));
        COMPTOIR_TRY(sales, tw->pipelines().defaultPipeline(tw.actor()));
        COMPTOIR_TRY(service, tw->pipelines().create(tw.actor(), QStringLiteral("Service")));
        COMPTOIR_TRY(layout, tw->formLayouts().load(service->id));

        // Rename "More", add a section with the custom field and the comment, hide the source,
        // move the amount first.
        FormLayout edited = *layout;
        edited.sections[1].name = QStringLiteral("Détails");
        FormSection extra;
        extra.name = QStringLiteral("Contrat");
        for (const QString &key : {budget->key(), QStringLiteral("comment")}) {
            const auto [s, f] = edited.find(key);
            edited.sections[s].fields.removeAt(f);
            extra.fields.append({key, false});
        }
        edited.sections.prepend(extra);
        const auto [s, f] = edited.find(QStringLiteral("source"));
        edited.sections[s].fields[f].hidden = true;
        const auto [as, af] = edited.find(QStringLiteral("amount"));
        edited.sections[as].fields.move(af, 0);
        COMPTOIR_VERIFY_OK(tw->formLayouts().save(tw.actor(), service->id, edited));

        QVERIFY(tw.open());
        COMPTOIR_TRY(reloaded, tw->formLayouts().load(service->id));
        QVERIFY(!reloaded->isDefault);
        QCOMPARE(*reloaded, edited);
        QCOMPARE(reloaded->sections.at(0).title(), QStringLiteral("Contrat"));
        QCOMPARE(reloaded->sections.at(2).title(), QStringLiteral("Détails"));
        QCOMPARE(reloaded->sections.at(1).fields.first().key, QStringLiteral("amount"));
        QVERIFY(!reloaded->isVisible(QStringLiteral("source")));
        QVERIFY(reloaded->isVisible(budget->key()));

        COMPTOIR_TRY(other, tw->formLayouts().load(sales->id));
        QVERIFY(other->isDefault);
        QVERIFY(other->isVisible(QStringLiteral("source")));
    }

    void aHiddenFieldKeepsItsValue()
    {
        TestWorkspace tw;
        COMPTOIR_TRY(budget, tw->customFields().add(tw.actor(), textField(QStringLiteral("Budget line"))));
        COMPTOIR_TRY(sales, tw->pipelines().defaultPipeline(tw.actor()));
        Deal d;
        d.title = QStringLiteral("Four");
        COMPTOIR_TRY(deal, tw->deals().create(tw.actor(), d));
        COMPTOIR_VERIFY_OK(tw->customFields().setFromText(tw.actor(), deal->id, budget->key(), QStringLiteral("B-12")));

        COMPTOIR_VERIFY_OK(tw->formLayouts().setFieldHidden(tw.actor(), sales->id, budget->key(), true));
        COMPTOIR_TRY(layout, tw->formLayouts().load(sales->id));
        QVERIFY(!layout->isVisible(budget->key()));
        QVERIFY(!layout->visibleKeys().contains(budget->key()));
        QVERIFY(layout->find(budget->key()).first >= 0); // still in the layout, to be shown again

        COMPTOIR_TRY(values, tw->customFields().values(tw.actor(), deal->id));
        QCOMPARE(values->value(budget->id).toString(), QStringLiteral("B-12"));
        // A hidden section hides its fields too.
        FormLayout edited = *layout;
        edited.sections[0].hidden = true;
        COMPTOIR_VERIFY_OK(tw->formLayouts().save(tw.actor(), sales->id, edited));
        COMPTOIR_TRY(again, tw->formLayouts().load(sales->id));
        QVERIFY(!again->isVisible(QStringLiteral("title")));
    }

    void aFieldAddedLaterAppearsAndADeletedOneLeaves()
    {
        TestWorkspace tw;
        COMPTOIR_TRY(sales, tw->pipelines().defaultPipeline(tw.actor()));
        COMPTOIR_TRY(layout, tw->formLayouts().load(sales->id));
        COMPTOIR_VERIFY_OK(tw->formLayouts().save(tw.actor(), sales->id, *layout));
        COMPTOIR_TRY(late, tw->customFields().add(tw.actor(), textField(QStringLiteral("Late"))));
        COMPTOIR_TRY(withLate, tw->formLayouts().load(sales->id));
        QCOMPARE(withLate->sections.last().fields.last().key, late->key());
        QVERIFY(withLate->isVisible(late->key()));
        COMPTOIR_VERIFY_OK(tw->formLayouts().save(tw.actor(), sales->id, *withLate));
        COMPTOIR_VERIFY_OK(tw->customFields().remove(tw.actor(), late->id));
        COMPTOIR_TRY(without, tw->formLayouts().load(sales->id));
        QCOMPARE(without->find(late->key()).first, -1);
        QCOMPARE(rowCount(tw.db(), QStringLiteral("form_fields")), formfields::builtinKeys().size());
    }

    void resetBringsBackTheDefaultLayout()
    {
        TestWorkspace tw;
        COMPTOIR_TRY(sales, tw->pipelines().defaultPipeline(tw.actor()));
        COMPTOIR_TRY(layout, tw->formLayouts().load(sales->id));
        FormLayout edited = *layout;
        edited.sections.swapItemsAt(0, 1);
        edited.sections[0].fields[0].hidden = true;
        COMPTOIR_VERIFY_OK(tw->formLayouts().save(tw.actor(), sales->id, edited));
        COMPTOIR_TRY(saved, tw->formLayouts().load(sales->id));
        QVERIFY(!(*saved == *layout));
        COMPTOIR_VERIFY_OK(tw->formLayouts().reset(tw.actor(), sales->id));
        COMPTOIR_TRY(back, tw->formLayouts().load(sales->id));
        QVERIFY(back->isDefault);
        QCOMPARE(*back, FormLayoutService::defaultLayout(sales->id, {}));
        QCOMPARE(rowCount(tw.db(), QStringLiteral("form_sections")), 0);
    }

    void badLayoutsAreRefused_data()
    {
        QTest::addColumn<int>("fault");
        QTest::addColumn<QString>("message");
        QTest::newRow("a field twice") << 0 << "The field “Title” is in the form twice.";
        QTest::newRow("unknown field") << 1 << "“cf_999” is not a field of deals.";
        QTest::newRow("section without a name") << 2 << "Every section needs a name.";
        QTest::newRow("no section") << 3 << "The form needs at least one section.";
    }

    void badLayoutsAreRefused()
    {
        QFETCH(int, fault);
        QFETCH(QString, message);
        TestWorkspace tw;
        COMPTOIR_TRY(sales, tw->pipelines().defaultPipeline(tw.actor()));
        FormLayout layout = FormLayoutService::defaultLayout(sales->id, {});
        if (fault == 0)
            layout.sections[1].fields.append({QStringLiteral("title"), false});
        else if (fault == 1)
            layout.sections[1].fields.append({QStringLiteral("cf_999"), false});
        else if (fault == 2)
            layout.sections.append(FormSection{});
        else
            layout.sections.clear();
        const Status s = tw->formLayouts().save(tw.actor(), sales->id, layout);
        QVERIFY(!s.ok());
        QCOMPARE(s.error().message, message);
        QCOMPARE(rowCount(tw.db(), QStringLiteral("form_sections")), 0);
    }

    void deletingAPipelineDeletesItsLayout()
    {
        TestWorkspace tw;
        COMPTOIR_TRY(service, tw->pipelines().create(tw.actor(), QStringLiteral("Service")));
        COMPTOIR_VERIFY_OK(tw->formLayouts().save(tw.actor(), service->id, FormLayoutService::defaultLayout(service->id, {})));
        QVERIFY(rowCount(tw.db(), QStringLiteral("form_sections")) > 0);
        COMPTOIR_VERIFY_OK(tw->pipelines().remove(tw.actor(), service->id));
        QCOMPARE(rowCount(tw.db(), QStringLiteral("form_sections")), 0);
        QCOMPARE(rowCount(tw.db(), QStringLiteral("form_fields")), 0);
    }
};

QTEST_GUILESS_MAIN(TestFormLayout)
#include "tst_formlayout.moc"
