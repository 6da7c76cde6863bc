// SPDX-License-Identifier: GPL-3.0-or-later
// The deal editor window offscreen: saving, validation, Cancel, the stage bar and the
// proactive prompt.
#include "activitiestab.h"
#include "clientpicker.h"
#include "dealeditor.h"
#include "commentservice.h"
#include "commentstimeline.h"
#include "detailsform.h"
#include "productstable.h"
#include "stagebar.h"
#include "testworkspace.h"

#include <QApplication>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QTabWidget>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QSqlRecord>
#include <QTableWidget>
#include <QTimer>
#include <QTreeWidget>

using namespace comptoir;
using comptoir::test::TestWorkspace;

namespace {

// Every row of the tables the editor may write, as text: equal before and after means the
// database did not change.
QString dumpTables(Database &db)
{
    QString text;
    for (const char *table : { "deals", "history", "activities", "deal_products", "companies", "contacts",
                               "deal_contacts" }) {
        auto query = db.exec(QStringLiteral("SELECT * FROM %1 ORDER BY 1").arg(QLatin1String(table)));
        if (!query)
            return query.error().fullText();
        while (query->next()) {
            for (int i = 0; i < query->record().count(); ++i)
                text += query->value(i).toString() + QLatin1Char('|');
            text += QLatin1Char('\n');
        }
    }
    return text;
}

QWidget *topLevel(const QString &objectName)
{
    for (QWidget *widget : QApplication::topLevelWidgets()) {
        if (widget->objectName() == objectName && widget->isVisible())
            return widget;
    }
    return nullptr;
}

// Answers the next modal message box with `button` once it shows.
void answerNextMessageBox(QMessageBox::StandardButton button)
{
    QTimer::singleShot(0, qApp, [button] {
        auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
        if (box)
            box->button(button)->click();
    });
}

void typeInto(QLineEdit *edit, const QString &text)
{
    edit->selectAll();
    QTest::keyClicks(edit, text);
}

} // namespace

class TestDealEditor : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<TestWorkspace> m_ws;
    Deal m_deal;

    Deal stored() { return m_ws->ws().deals().get(m_ws->actor(), m_deal.id).value(); }

private Q_SLOTS:
    void init()
    {
        QSettings(QStringLiteral("Comptoir"), QStringLiteral("Comptoir")).remove(DealEditor::proactivePromptKey());
        m_ws = std::make_unique<TestWorkspace>();
        m_ws->ws().activities().setTimeZone(QTimeZone::utc());
        Deal draft;
        draft.title = QStringLiteral("Comptoir en chêne");
        draft.amountMinor = 120000;
        m_deal = m_ws->ws().deals().create(m_ws->actor(), draft).value();
    }

    void cleanup()
    {
        for (QWidget *widget : QApplication::topLevelWidgets()) {
            if (widget->objectName() == QLatin1String("proactivePrompt"))
                delete widget;
        }
        m_ws.reset();
    }

    void shouldSaveAnEditedTitleWithItsHistoryRow()
    {
        DealEditor editor(m_ws->ws(), QLocale(QLocale::French, QLocale::France));
        COMPTOIR_VERIFY_OK(editor.openDeal(m_deal.id));
        auto *title = editor.findChild<QLineEdit *>(QStringLiteral("titleEdit"));
        typeInto(title, QStringLiteral("Comptoir en noyer"));
        QVERIFY(editor.isDirty());
        QVERIFY(editor.save());
        QCOMPARE(stored().title, QStringLiteral("Comptoir en noyer"));
        const auto history = m_ws->ws().deals().history(m_ws->actor(), m_deal.id).value();
        QCOMPARE(history.last().type, history::FieldChanged);
        QCOMPARE(history.last().newValue, QStringLiteral("Comptoir en noyer"));
        // The History tab shows it first, in words.
        QVERIFY(editor.historyList()->topLevelItem(0)->text(2).contains(QStringLiteral("Comptoir en noyer")));
        QVERIFY(!editor.isDirty());
    }

    void shouldAddACommentToTheTimelineAtOnce()
    {
        DealEditor editor(m_ws->ws(), QLocale(QLocale::French, QLocale::France));
        COMPTOIR_VERIFY_OK(editor.openDeal(m_deal.id));
        CommentsTimeline *timeline = editor.commentsTimeline();
        QVERIFY(!timeline->addButton()->isEnabled()); // nothing typed yet
        timeline->input()->setFocus();
        timeline->input()->insertPlainText(QStringLiteral("Rappeler après le salon")); // keyClicks: ASCII only
        QVERIFY(timeline->addButton()->isEnabled());
        QTest::keyClick(timeline->input(), Qt::Key_Return, Qt::ControlModifier);
        // Written at once, without Save, shown first, and recorded in the history.
        QCOMPARE(CommentService(m_ws->ws().db(), m_ws->ws().clock()).forDeal(m_ws->actor(), m_deal.id).value().size(), 1);
        QCOMPARE(timeline->list()->count(), 1);
        QVERIFY(timeline->list()->item(0)->text().contains(QStringLiteral("Rappeler après le salon")));
        QVERIFY(timeline->input()->toPlainText().isEmpty());
        QVERIFY(editor.tabs()->tabText(editor.tabs()->indexOf(timeline)).contains(QStringLiteral("(1)")));
        QVERIFY(editor.historyList()->topLevelItem(0)->text(2).contains(QStringLiteral("Rappeler après le salon")));
        QVERIFY(!editor.isDirty());
        // A blank comment is not written.
        QTest::keyClicks(timeline->input(), QStringLiteral("   "));
        QVERIFY(!timeline->addButton()->isEnabled());
        QVERIFY(!timeline->addTyped());
        QCOMPARE(timeline->list()->count(), 1);
    }

    void shouldTakeCommentsOnlyOnceANewDealIsSaved()
    {
        DealEditor editor(m_ws->ws(), QLocale(QLocale::French, QLocale::France));
        COMPTOIR_VERIFY_OK(editor.newDeal());
        QVERIFY(!editor.commentsTimeline()->input()->isEnabled());
        QVERIFY(!editor.commentsTimeline()->addTyped());
    }

    void shouldSaveAmountInTheLocaleFormat()
    {
        DealEditor editor(m_ws->ws(), QLocale(QLocale::French, QLocale::France));
        COMPTOIR_VERIFY_OK(editor.openDeal(m_deal.id));
        typeInto(editor.findChild<QLineEdit *>(QStringLiteral("amountEdit")), QStringLiteral("1 450,50"));
        QVERIFY(editor.save());
        QCOMPARE(stored().amountMinor, 145050);
    }

    void shouldRefuseToSaveAnInvalidFieldAndSayWhyNextToIt_data()
    {
        QTest::addColumn<QString>("editName");
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("errorName");
        QTest::newRow("empty title") << "titleEdit" << "" << "titleError";
        QTest::newRow("amount that is not one") << "amountEdit" << "12,3,4" << "amountError";
    }

    void shouldRefuseToSaveAnInvalidFieldAndSayWhyNextToIt()
    {
        QFETCH(QString, editName);
        QFETCH(QString, text);
        QFETCH(QString, errorName);
        const QString before = dumpTables(m_ws->db());
        DealEditor editor(m_ws->ws(), QLocale(QLocale::French, QLocale::France));
        COMPTOIR_VERIFY_OK(editor.openDeal(m_deal.id));
        editor.show();
        auto *edit = editor.findChild<QLineEdit *>(editName);
        edit->selectAll();
        QTest::keyClick(edit, Qt::Key_Delete);
        QTest::keyClicks(edit, text);
        QVERIFY(!editor.save());
        auto *error = editor.findChild<QLabel *>(errorName);
        QVERIFY(error);
        QVERIFY(error->isVisible());
        QVERIFY(!error->text().isEmpty());
        QCOMPARE(dumpTables(m_ws->db()), before);
        QSettings(QStringLiteral("Comptoir"), QStringLiteral("Comptoir")).setValue(DealEditor::proactivePromptKey(), false);
        answerNextMessageBox(QMessageBox::Discard);
        editor.reject();
    }

    void shouldLeaveTheDatabaseAsItWasOnCancel()
    {
        const QString before = dumpTables(m_ws->db());
        DealEditor editor(m_ws->ws(), QLocale(QLocale::English, QLocale::UnitedStates));
        COMPTOIR_VERIFY_OK(editor.openDeal(m_deal.id));
        editor.show();
        typeInto(editor.findChild<QLineEdit *>(QStringLiteral("titleEdit")), QStringLiteral("Changed"));
        DealProduct row;
        row.name = QStringLiteral("Plateau");
        row.priceMinor = 5000;
        editor.productsTable()->addRow(row);
        Activity call;
        call.type = ActivityType::Call;
        call.subject = QStringLiteral("Call back");
        call.deadline = m_ws->clock().now().addDays(1);
        editor.activitiesTab()->addPlanned(call);
        editor.stageBar()->stepButton(m_ws->ws().pipelines().defaultPipeline(m_ws->actor())->stages[2].id)->click();
        QVERIFY(editor.isDirty());

        answerNextMessageBox(QMessageBox::Discard);
        editor.reject();
        QVERIFY(!editor.isVisible());
        QCOMPARE(dumpTables(m_ws->db()), before);
    }

    void shouldKeepTheEditorOpenWhenCancelIsCancelled()
    {
        DealEditor editor(m_ws->ws(), QLocale());
        COMPTOIR_VERIFY_OK(editor.openDeal(m_deal.id));
        editor.show();
        typeInto(editor.findChild<QLineEdit *>(QStringLiteral("titleEdit")), QStringLiteral("Changed"));
        answerNextMessageBox(QMessageBox::Cancel);
        editor.reject();
        QVERIFY(editor.isVisible());
        QCOMPARE(stored().title, m_deal.title);
    }

    void shouldMoveTheDealToTheClickedStageOnSave()
    {
        const Pipeline pipeline = m_ws->ws().pipelines().defaultPipeline(m_ws->actor()).value();
        const Id target = pipeline.stages[2].id;
        DealEditor editor(m_ws->ws(), QLocale());
        COMPTOIR_VERIFY_OK(editor.openDeal(m_deal.id));
        QPushButton *step = editor.stageBar()->stepButton(target);
        QVERIFY(step);
        QTest::mouseClick(step, Qt::LeftButton);
        QCOMPARE(editor.targetStage(), target);
        QCOMPARE(stored().stageId, m_deal.stageId); // nothing written before Save
        QVERIFY(editor.save());
        QCOMPARE(stored().stageId, target);
        QCOMPARE(m_ws->ws().deals().history(m_ws->actor(), m_deal.id)->last().type, history::StageMoved);
    }

    void shouldCreateANewDealWithItsNewCompanyInOneSave()
    {
        const qint64 dealsBefore = comptoir::test::rowCount(m_ws->db(), QStringLiteral("deals"));
        DealEditor editor(m_ws->ws(), QLocale());
        COMPTOIR_VERIFY_OK(editor.newDeal());
        typeInto(editor.findChild<QLineEdit *>(QStringLiteral("titleEdit")), QStringLiteral("Etageres"));
        ClientNameField *company = editor.detailsForm()->clientPicker()->companyField();
        QTest::keyClicks(company->nameEdit(), QStringLiteral("Menuiserie Dupont"));
        QTest::keyClicks(company->findChild<QLineEdit *>(QStringLiteral("newClientEmail")),
                         QStringLiteral("contact@dupont.fr"));
        QVERIFY(editor.save());
        QCOMPARE(comptoir::test::rowCount(m_ws->db(), QStringLiteral("deals")), dealsBefore + 1);
        const Deal created = m_ws->ws().deals().get(m_ws->actor(), editor.dealId()).value();
        QCOMPARE(created.title, QStringLiteral("Etageres"));
        QVERIFY(created.companyId.has_value());
        const Company saved = m_ws->ws().clients().company(m_ws->actor(), *created.companyId).value();
        QCOMPARE(saved.name, QStringLiteral("Menuiserie Dupont"));
        QCOMPARE(saved.emails, QStringList { QStringLiteral("contact@dupont.fr") });
    }

    void shouldProposeAnActivityOnlyWhenTheDealHasNone_data()
    {
        QTest::addColumn<bool>("hasOpenActivity");
        QTest::newRow("no open activity") << false;
        QTest::newRow("an open activity") << true;
    }

    void shouldProposeAnActivityOnlyWhenTheDealHasNone()
    {
        QFETCH(bool, hasOpenActivity);
        if (hasOpenActivity) {
            Activity call;
            call.dealId = m_deal.id;
            call.type = ActivityType::Call;
            call.subject = QStringLiteral("Call back");
            COMPTOIR_VERIFY_OK(m_ws->ws().activities().plan(m_ws->actor(), call));
        }
        QWidget parent;
        auto *editor = new DealEditor(m_ws->ws(), QLocale(), &parent);
        COMPTOIR_VERIFY_OK(editor->openDeal(m_deal.id));
        editor->show();
        editor->reject();
        QCOMPARE(topLevel(QStringLiteral("proactivePrompt")) != nullptr, !hasOpenActivity);
    }

    void shouldNotProposeAnActivityWhenTheSettingIsOff()
    {
        QSettings(QStringLiteral("Comptoir"), QStringLiteral("Comptoir")).setValue(DealEditor::proactivePromptKey(), false);
        DealEditor editor(m_ws->ws(), QLocale());
        COMPTOIR_VERIFY_OK(editor.openDeal(m_deal.id));
        editor.show();
        editor.reject();
        QVERIFY(!topLevel(QStringLiteral("proactivePrompt")));
    }

    void shouldPlanACallForTomorrowWhenOneIsPressed()
    {
        DealEditor editor(m_ws->ws(), QLocale());
        COMPTOIR_VERIFY_OK(editor.openDeal(m_deal.id));
        editor.show();
        editor.reject();
        QWidget *prompt = topLevel(QStringLiteral("proactivePrompt"));
        QVERIFY(prompt);
        QTest::keyClick(prompt, Qt::Key_1);
        const auto activities = m_ws->ws().activities().forDeal(m_ws->actor(), m_deal.id).value();
        QCOMPARE(activities.size(), 1);
        // Monday 2 March 2026 09:30 UTC: tomorrow at the next full hour.
        QCOMPARE(activities.first().deadline, QDateTime(QDate(2026, 3, 3), QTime(10, 0), QTimeZone::utc()));
        QVERIFY(!activities.first().done);
        QTRY_VERIFY(!topLevel(QStringLiteral("proactivePrompt")));
    }

    void shouldWritePlannedActivitiesOnSaveOnly()
    {
        DealEditor editor(m_ws->ws(), QLocale());
        COMPTOIR_VERIFY_OK(editor.openDeal(m_deal.id));
        Activity meeting;
        meeting.type = ActivityType::Meeting;
        meeting.subject = QStringLiteral("Visite atelier");
        meeting.deadline = m_ws->clock().now().addDays(2);
        meeting.durationMinutes = 90;
        editor.activitiesTab()->addPlanned(meeting);
        QCOMPARE(m_ws->ws().activities().forDeal(m_ws->actor(), m_deal.id)->size(), 0);
        QVERIFY(editor.save());
        const auto activities = m_ws->ws().activities().forDeal(m_ws->actor(), m_deal.id).value();
        QCOMPARE(activities.size(), 1);
        QCOMPARE(activities.first().subject, QStringLiteral("Visite atelier"));
        QCOMPARE(activities.first().durationMinutes, std::optional<int>(90));
    }

    void shouldMakeTheAmountFollowTheProductRows()
    {
        DealEditor editor(m_ws->ws(), QLocale(QLocale::French, QLocale::France));
        COMPTOIR_VERIFY_OK(editor.openDeal(m_deal.id));
        DealProduct row;
        row.name = QStringLiteral("Plateau");
        row.quantityMilli = 2000;
        row.priceMinor = 10000;
        row.discountBp = 1000;
        row.taxRateBp = 2000;
        row.taxIncluded = false;
        editor.productsTable()->addRow(row);
        QVERIFY(editor.productsTable()->amountFollows());
        QVERIFY(editor.save());
        // 2 × 100,00 × 0,9 × 1,2 = 216,00
        QCOMPARE(stored().amountMinor, 21600);
        QCOMPARE(stored().products.size(), 1);
    }
};

QTEST_MAIN(TestDealEditor)
#include "tst_dealeditor.moc"
