// SPDX-License-Identifier: GPL-3.0-or-later
// Activity reminders offscreen: the activity dialog stores the chosen reminder; the main
// window's check shows the due ones (deadline in the user's locale) in a non-modal window;
// Snooze brings a reminder back once the fixed clock passes the snooze, Dismiss for good,
// closing the window loses nothing, and Open deal opens the deal's editor.
#include "activitydialog.h"
#include "dealeditor.h"
#include "mainwindow.h"
#include "reminderwindow.h"
#include "testworkspace.h"

#include <QApplication>
#include <QComboBox>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QTimer>
#include <QTreeWidget>

using namespace comptoir;
using namespace comptoir::test;

namespace {

const QLocale french(QLocale::French, QLocale::France);

// Wednesday 4 March 2026, 14:00 UTC.
QDateTime deadline()
{
    return QDateTime(QDate(2026, 3, 4), QTime(14, 0), Qt::UTC);
}

QPushButton *button(QWidget *parent, const char *name)
{
    return parent->findChild<QPushButton *>(QLatin1String(name));
}

} // namespace

class TestReminderWindow : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<FixedClock> m_clock;
    std::unique_ptr<MainWindow> m_window;
    Id m_deal = 0;

    Workspace &ws() { return m_window->workspace(); }

    Id plan(const QString &subject, std::optional<int> reminder)
    {
        Activity draft;
        draft.dealId = m_deal;
        draft.type = ActivityType::Call;
        draft.subject = subject;
        draft.deadline = deadline();
        draft.reminderMinutes = reminder;
        const auto planned = ws().activities().plan(ws().actor(), draft);
        return planned ? planned->id : 0;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QLocale::setDefault(french);
        QSettings(QStringLiteral("Comptoir"), QStringLiteral("Comptoir")).setValue(DealEditor::proactivePromptKey(), false);
    }

    void init()
    {
        m_clock = std::make_unique<FixedClock>(startTime());
        static int n = 0;
        auto opened = Workspace::open(m_dir.filePath(QStringLiteral("reminders%1.db").arg(++n)), {}, *m_clock);
        QVERIFY2(opened, qPrintable(opened ? QString() : opened.error().fullText()));
        opened.value()->activities().setTimeZone(QTimeZone::utc());
        m_window = std::make_unique<MainWindow>(std::move(opened.value()), nullptr, MainWindow::Persistence::Ephemeral);
        Deal draft;
        draft.title = QStringLiteral("Comptoir en chêne");
        m_deal = ws().deals().create(ws().actor(), draft).value().id;
    }
    void cleanup()
    {
        m_window.reset();
        m_clock.reset();
    }

    void theActivityDialogStoresTheChosenReminder()
    {
        DealEditor editor(ws(), french);
        COMPTOIR_VERIFY_OK(editor.openDeal(m_deal));
        QTimer::singleShot(0, qApp, [] {
            auto *dialog = qobject_cast<ActivityDialog *>(QApplication::activeModalWidget());
            QVERIFY(dialog);
            QTest::keyClicks(dialog->findChild<QLineEdit *>(QStringLiteral("activitySubject")), QStringLiteral("Rappeler"));
            auto *reminder = dialog->findChild<QComboBox *>(QStringLiteral("activityReminder"));
            QCOMPARE(reminder->currentIndex(), 0); // no reminder unless chosen
            reminder->setCurrentIndex(int(ActivityDialog::reminderChoices().indexOf(15)));
            dialog->accept();
        });
        QTest::mouseClick(button(&editor, "planActivityButton"), Qt::LeftButton);
        QVERIFY(editor.save());
        const auto activities = ws().activities().forDeal(ws().actor(), m_deal).value();
        QCOMPARE(activities.size(), 1);
        QCOMPARE(activities.first().subject, QStringLiteral("Rappeler"));
        QCOMPARE(activities.first().reminderMinutes, std::optional<int>(15));
    }

    void theCheckShowsTheDueRemindersInTheUsersLocale()
    {
        const Id early = plan(QStringLiteral("Rappeler Mme Dupont"), 15);
        plan(QStringLiteral("Sans rappel"), std::nullopt);
        m_clock->set(deadline().addSecs(-16 * 60));
        QCOMPARE(m_window->checkReminders().value(), 0);
        QVERIFY(!m_window->reminderWindow()->isVisible());
        m_clock->set(deadline().addSecs(-15 * 60));
        QCOMPARE(m_window->checkReminders().value(), 1);
        ReminderWindow *reminders = m_window->reminderWindow();
        QVERIFY(reminders->isVisible());
        QVERIFY(!reminders->isModal());
        QCOMPARE(reminders->shownActivities(), QList<Id>{early});
        const QTreeWidgetItem *row = reminders->list()->topLevelItem(0);
        QCOMPARE(row->text(0), QStringLiteral("Comptoir en chêne"));
        QVERIFY2(row->text(1).contains(QStringLiteral("Rappeler Mme Dupont")), qPrintable(row->text(1)));
        QCOMPARE(row->text(2), french.toString(deadline(), QLocale::ShortFormat)); // "04/03/2026 14:00"
        QVERIFY(row->isSelected()); // keyboard-ready: the first reminder is selected
    }

    void aSnoozedReminderComesBackWhenTheClockPassesTheSnooze()
    {
        const Id id = plan(QStringLiteral("Rappeler"), 0);
        m_clock->set(deadline());
        QCOMPARE(m_window->checkReminders().value(), 1);
        ReminderWindow *reminders = m_window->reminderWindow();
        QTest::mouseClick(button(reminders, "reminderSnooze10"), Qt::LeftButton);
        QVERIFY(reminders->shownActivities().isEmpty());
        QVERIFY(!reminders->isVisible());
        m_clock->advanceSecs(10 * 60 - 1);
        QCOMPARE(m_window->checkReminders().value(), 0);
        m_clock->advanceSecs(1);
        QCOMPARE(m_window->checkReminders().value(), 1);
        QCOMPARE(reminders->shownActivities(), QList<Id>{id});
        QVERIFY(reminders->isVisible());

        QTest::mouseClick(button(reminders, "reminderSnooze60"), Qt::LeftButton);
        m_clock->advanceSecs(59 * 60);
        QCOMPARE(m_window->checkReminders().value(), 0);
        m_clock->advanceSecs(60);
        QCOMPARE(m_window->checkReminders().value(), 1);
    }

    void aDismissedReminderNeverComesBack()
    {
        const Id first = plan(QStringLiteral("Premier"), 0);
        const Id second = plan(QStringLiteral("Second"), 0);
        m_clock->set(deadline());
        QCOMPARE(m_window->checkReminders().value(), 2);
        ReminderWindow *reminders = m_window->reminderWindow();
        QVERIFY(reminders->select(second));
        reminders->list()->setFocus();
        QTest::keyClick(reminders->list(), Qt::Key_Delete);
        QCOMPARE(reminders->shownActivities(), QList<Id>{first});
        m_clock->advanceSecs(86400);
        QCOMPARE(m_window->checkReminders().value(), 1);
        QVERIFY(ws().activities().get(ws().actor(), second)->reminderDismissed);
        QTest::mouseClick(button(reminders, "reminderDismiss"), Qt::LeftButton);
        QCOMPARE(m_window->checkReminders().value(), 0);
        QVERIFY(!reminders->isVisible());
    }

    void closingTheWindowLosesNoReminder()
    {
        const Id id = plan(QStringLiteral("Rappeler"), 60);
        m_clock->set(deadline().addSecs(-3600));
        QCOMPARE(m_window->checkReminders().value(), 1);
        ReminderWindow *reminders = m_window->reminderWindow();
        QTest::keyClick(reminders, Qt::Key_Escape);
        QVERIFY(!reminders->isVisible());
        QCOMPARE(m_window->checkReminders().value(), 1);
        QVERIFY(reminders->isVisible());
        QCOMPARE(reminders->shownActivities(), QList<Id>{id});
    }

    void openDealOpensTheEditorOfTheRemindersDeal()
    {
        plan(QStringLiteral("Rappeler"), 0);
        m_clock->set(deadline());
        m_window->show();
        QCOMPARE(m_window->checkReminders().value(), 1);
        ReminderWindow *reminders = m_window->reminderWindow();
        reminders->list()->setFocus();
        QTest::keyClick(reminders->list(), Qt::Key_Return);
        DealEditor *editor = nullptr;
        QTRY_VERIFY((editor = m_window->findChild<DealEditor *>()) != nullptr);
        QVERIFY(editor->isVisible());
        QVERIFY2(editor->windowTitle().contains(QStringLiteral("Comptoir en chêne")), qPrintable(editor->windowTitle()));
        QCOMPARE(reminders->shownActivities().size(), 1); // opening is not dismissing
        editor->close();
    }
};

QTEST_MAIN(TestReminderWindow)
#include "tst_reminderwindow.moc"
