// SPDX-License-Identifier: GPL-3.0-or-later
#include "proactiveprompt.h"

#include "activitydialog.h"
#include "activityservice.h"
#include "dealformat.h"
#include "workcalendar.h"
#include "workspace.h"

#include <QKeyEvent>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QVBoxLayout>

namespace comptoir {

QDateTime followUpDeadline(FollowUp choice, const QDateTime &now, const WorkCalendar &calendar, const QTimeZone &zone)
{
    const QDateTime local = now.toTimeZone(zone);
    switch (choice) {
    case FollowUp::Tomorrow:
        return WorkCalendar::nextFullHour(local.addDays(1)).toUTC();
    case FollowUp::InThreeWorkingDays:
        return calendar.defaultDeadline(now, zone).toUTC();
    case FollowUp::NextMonday: {
        const QDate today = local.date();
        const QDate monday = today.addDays(8 - today.dayOfWeek());
        return QDateTime(monday, QTime(9, 0), zone).toUTC();
    }
    }
    return {};
}

ProactivePrompt::ProactivePrompt(Workspace &workspace, const Deal &deal, QWidget *parent)
    : QDialog(parent)
    , m_workspace(workspace)
    , m_deal(deal)
{
    setObjectName(QStringLiteral("proactivePrompt"));
    setWindowTitle(tr("Plan the Next Step?"));

    const QLocale locale;
    const auto calendar = WorkCalendar::load(workspace.db());
    const WorkCalendar cal = calendar ? *calendar : WorkCalendar();
    const QDateTime now = workspace.clock().now();
    const QTimeZone zone = workspace.activities().timeZone();

    auto *question = new QLabel(tr("“%1” has no planned activity. When do you follow it up?").arg(deal.title), this);
    question->setWordWrap(true);
    question->setTextFormat(Qt::PlainText);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(question);

    const auto addChoice = [&](int key, const QString &text, const QString &when) {
        auto *button = new QPushButton(when.isEmpty() ? QStringLiteral("%1   %2").arg(key).arg(text)
                                                      : QStringLiteral("%1   %2 — %3").arg(key).arg(text, when),
                                       this);
        button->setObjectName(QStringLiteral("followUp%1").arg(key));
        button->setAutoDefault(false);
        button->setStyleSheet(QStringLiteral("text-align: left; padding: 6px 10px;"));
        connect(button, &QPushButton::clicked, this, [this, key] { choose(key); });
        layout->addWidget(button);
    };
    const auto when = [&](FollowUp choice) {
        return dealformat::dateTime(followUpDeadline(choice, now, cal, zone), locale);
    };
    addChoice(1, tr("Tomorrow"), when(FollowUp::Tomorrow));
    addChoice(2, tr("In 3 working days"), when(FollowUp::InThreeWorkingDays));
    addChoice(3, tr("Next Monday"), when(FollowUp::NextMonday));
    addChoice(4, tr("Pick a date…"), QString());
    auto *no = new QPushButton(tr("Esc   No, not now"), this);
    no->setObjectName(QStringLiteral("followUpNo"));
    no->setAutoDefault(false);
    no->setStyleSheet(QStringLiteral("text-align: left; padding: 6px 10px;"));
    connect(no, &QPushButton::clicked, this, &QDialog::reject);
    layout->addWidget(no);
    auto *hint = new QLabel(tr("This question can be turned off in Settings."), this);
    hint->setStyleSheet(QStringLiteral("color: #5b6b7b;"));
    layout->addWidget(hint);
    resize(440, sizeHint().height());
}

void ProactivePrompt::keyPressEvent(QKeyEvent *event)
{
    if (event->key() >= Qt::Key_1 && event->key() <= Qt::Key_4) {
        choose(event->key() - Qt::Key_0);
        return;
    }
    QDialog::keyPressEvent(event);
}

void ProactivePrompt::choose(int key)
{
    const auto calendar = WorkCalendar::load(m_workspace.db());
    const WorkCalendar cal = calendar ? *calendar : WorkCalendar();
    const QDateTime now = m_workspace.clock().now();
    const QTimeZone zone = m_workspace.activities().timeZone();
    QDateTime deadline;
    if (key == 1)
        deadline = followUpDeadline(FollowUp::Tomorrow, now, cal, zone);
    else if (key == 2)
        deadline = followUpDeadline(FollowUp::InThreeWorkingDays, now, cal, zone);
    else if (key == 3)
        deadline = followUpDeadline(FollowUp::NextMonday, now, cal, zone);
    if (plan(deadline))
        accept();
}

bool ProactivePrompt::plan(const QDateTime &deadline)
{
    Activity draft;
    draft.dealId = m_deal.id;
    draft.type = ActivityType::Call;
    draft.subject = tr("Follow up");
    draft.responsibleId = m_deal.responsibleId;
    draft.deadline = deadline;
    if (!deadline.isValid()) {
        ActivityDialog dialog(m_workspace, draft, this);
        if (dialog.exec() != QDialog::Accepted)
            return false;
        draft = dialog.activity();
    }
    const auto planned = m_workspace.activities().plan(m_workspace.actor(), draft);
    if (!planned) {
        QMessageBox::warning(this, tr("Cannot Plan"), planned.error().message);
        return false;
    }
    return true;
}

} // namespace comptoir
