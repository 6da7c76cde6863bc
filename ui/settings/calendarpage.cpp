// SPDX-License-Identifier: GPL-3.0-or-later
#include "calendarpage.h"

#include "dealformat.h"
#include "workspace.h"

#include <QCheckBox>
#include <QDateEdit>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace comptoir {

CalendarPage::CalendarPage(Workspace &workspace, QWidget *parent)
    : QWidget(parent)
    , m_workspace(workspace)
{
    setObjectName(QStringLiteral("calendarPage"));
    if (const auto loaded = WorkCalendar::load(workspace.db()))
        m_calendar = *loaded;

    auto *daysBox = new QGroupBox(tr("Working days"), this);
    auto *daysLayout = new QHBoxLayout(daysBox);
    for (int day = Qt::Monday; day <= Qt::Sunday; ++day) {
        auto *box = new QCheckBox(locale().dayName(day, QLocale::ShortFormat), daysBox);
        box->setObjectName(QStringLiteral("workingDay%1").arg(day));
        daysLayout->addWidget(box);
        m_days.append(box);
        connect(box, &QCheckBox::toggled, this, [this] {
            WorkCalendar changed = m_calendar;
            QList<Qt::DayOfWeek> days;
            for (int i = 0; i < m_days.size(); ++i) {
                if (m_days[i]->isChecked())
                    days << Qt::DayOfWeek(i + 1);
            }
            changed.setWorkingDays(days);
            (void)store(changed);
        });
    }
    daysLayout->addStretch(1);

    auto *holidaysBox = new QGroupBox(tr("Days off"), this);
    m_french = new QCheckBox(tr("French public holidays"), holidaysBox);
    m_french->setObjectName(QStringLiteral("frenchHolidays"));
    connect(m_french, &QCheckBox::toggled, this, [this](bool on) {
        WorkCalendar changed = m_calendar;
        changed.setFrenchHolidays(on);
        (void)store(changed);
    });
    m_holidays = new QListWidget(holidaysBox);
    m_holidays->setObjectName(QStringLiteral("extraHolidays"));
    m_newHoliday = new QDateEdit(QDate::currentDate(), holidaysBox);
    m_newHoliday->setCalendarPopup(true);
    auto *add = new QPushButton(tr("&Add day off"), holidaysBox);
    auto *remove = new QPushButton(tr("&Remove"), holidaysBox);
    connect(add, &QPushButton::clicked, this, [this] { (void)addHoliday(m_newHoliday->date()); });
    connect(remove, &QPushButton::clicked, this, [this] {
        if (const QListWidgetItem *item = m_holidays->currentItem())
            (void)removeHoliday(item->data(Qt::UserRole).toDate());
    });
    auto *holidayButtons = new QHBoxLayout;
    holidayButtons->addWidget(m_newHoliday);
    holidayButtons->addWidget(add);
    holidayButtons->addWidget(remove);
    holidayButtons->addStretch(1);
    auto *holidaysLayout = new QVBoxLayout(holidaysBox);
    holidaysLayout->addWidget(m_french);
    holidaysLayout->addWidget(new QLabel(tr("Other days off (a closure, a local holiday):"), holidaysBox));
    holidaysLayout->addWidget(m_holidays, 1);
    holidaysLayout->addLayout(holidayButtons);

    m_preview = new QLabel(this);
    m_preview->setObjectName(QStringLiteral("deadlinePreview"));
    m_message = new QLabel(this);
    m_message->setStyleSheet(QStringLiteral("color: #8e2a1f;"));
    m_message->setWordWrap(true);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(daysBox);
    layout->addWidget(holidaysBox, 1);
    layout->addWidget(m_preview);
    layout->addWidget(m_message);
    m_french->setToolTip(tr("1 January, Easter Monday, 1 and 8 May, Ascension, Whit Monday, 14 July, 15 August, "
                            "1 and 11 November, 25 December"));
    refresh();
}

Status CalendarPage::store(const WorkCalendar &calendar)
{
    const Status saved = calendar.save(m_workspace.db());
    if (saved)
        m_calendar = calendar;
    m_message->setText(saved ? QString() : saved.error().message);
    refresh();
    return saved;
}

Status CalendarPage::addHoliday(const QDate &date)
{
    WorkCalendar changed = m_calendar;
    changed.addHoliday(date);
    return store(changed);
}

Status CalendarPage::removeHoliday(const QDate &date)
{
    WorkCalendar changed = m_calendar;
    QList<QDate> dates = changed.extraHolidays();
    dates.removeAll(date);
    changed.setExtraHolidays(dates);
    return store(changed);
}

void CalendarPage::refresh()
{
    for (int i = 0; i < m_days.size(); ++i) {
        const QSignalBlocker blocker(m_days[i]);
        m_days[i]->setChecked(m_calendar.isWorkingWeekday(Qt::DayOfWeek(i + 1)));
    }
    {
        const QSignalBlocker blocker(m_french);
        m_french->setChecked(m_calendar.frenchHolidays());
    }
    m_holidays->clear();
    for (const QDate &date : m_calendar.extraHolidays()) {
        auto *item = new QListWidgetItem(locale().toString(date, QLocale::LongFormat), m_holidays);
        item->setData(Qt::UserRole, date);
    }
    const QDateTime deadline = m_calendar.defaultDeadline(m_workspace.clock().now());
    m_preview->setText(deadline.isValid()
                           ? tr("A new activity planned now is due by default on %1.")
                                 .arg(dealformat::dateTime(deadline, locale()))
                           : tr("No day of the week is worked: activities get no default deadline."));
}

} // namespace comptoir
