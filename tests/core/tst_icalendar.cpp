// SPDX-License-Identifier: GPL-3.0-or-later
// iCalendar export parsed back, import of meetings into a deal, and the public test files.

#include "icalendar.h"
#include "activityservice.h"
#include "testworkspace.h"

#include <QDir>
#include <QTest>

#include <libical/ical.h>

using namespace comptoir;
using namespace comptoir::test;

namespace {
QDateTime utc(int y, int m, int d, int h, int min = 0)
{
    return QDateTime(QDate(y, m, d), QTime(h, min), Qt::UTC);
}
} // namespace

class TestICalendar : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void exportIsValidICalendarThatParsesBack();
    void exportFollowsTheFilterAndSkipsDoneActivities();
    void importPlansMeetingsInTheirTimeZoneWithDuration();
    void importRefusesTextWithoutACalendar();
    void sharedTestFilesImportWithoutErrors_data();
    void sharedTestFilesImportWithoutErrors();

private:
    Id createDeal(const QString &title);
    Id plan(Id dealId, ActivityType type, const QString &subject, const QDateTime &deadline,
            std::optional<int> minutes = {});
    std::unique_ptr<TestWorkspace> m_ws;
};

void TestICalendar::init()
{
    m_ws = std::make_unique<TestWorkspace>();
    QVERIFY2(m_ws->isOpen(), qPrintable(m_ws->error()));
}

void TestICalendar::cleanup()
{
    m_ws.reset();
}

Id TestICalendar::createDeal(const QString &title)
{
    Deal d;
    d.title = title;
    auto deal = m_ws->ws().deals().create(m_ws->actor(), d);
    return deal ? deal->id : 0;
}

Id TestICalendar::plan(Id dealId, ActivityType type, const QString &subject, const QDateTime &deadline,
                       std::optional<int> minutes)
{
    Activity a;
    a.dealId = dealId;
    a.type = type;
    a.subject = subject;
    a.deadline = deadline;
    a.durationMinutes = minutes;
    auto planned = m_ws->ws().activities().plan(m_ws->actor(), a);
    return planned ? planned->id : 0;
}

void TestICalendar::exportIsValidICalendarThatParsesBack()
{
    const Id deal = createDeal(QStringLiteral("Toiture Dupont"));
    const Id meeting = plan(deal, ActivityType::Meeting, QStringLiteral("Visite du chantier"), utc(2026, 3, 4, 13, 30), 90);
    plan(deal, ActivityType::Call, QStringLiteral("Rappeler, « devis »; merci"), utc(2026, 3, 5, 8));
    int count = 0;
    COMPTOIR_TRY(ics, ical::exportFiltered(m_ws->db(), m_ws->actor(), {}, &count));
    QCOMPARE(count, 2);
    QVERIFY(ics->startsWith("BEGIN:VCALENDAR"));
    QVERIFY(ics->contains("VERSION:2.0"));
    QVERIFY(ics->contains("PRODID:"));
    QVERIFY(ics->contains(QStringLiteral("UID:activity-%1@comptoir").arg(meeting).toUtf8()));
    QVERIFY(ics->contains("DTSTART:20260304T133000Z"));
    QVERIFY(ics->contains("DTEND:20260304T150000Z"));
    QVERIFY(ics->contains("\r\n")); // RFC 5545 line ends

    // libical reads it back with no error, event by event.
    icalcomponent *root = icalparser_parse_string(ics->constData());
    QVERIFY(root);
    QCOMPARE(icalcomponent_count_errors(root), 0);
    QCOMPARE(icalcomponent_count_components(root, ICAL_VEVENT_COMPONENT), 2);
    icalcomponent_free(root);

    COMPTOIR_TRY(parsed, ical::parseEvents(*ics, QTimeZone::utc()));
    QVERIFY2(parsed->warnings.isEmpty(), qPrintable(parsed->warnings.join(QLatin1Char('\n'))));
    QCOMPARE(parsed->activities.size(), 2);
    const Activity &m = parsed->activities.at(0);
    QCOMPARE(m.type, ActivityType::Meeting);
    QCOMPARE(m.subject, QStringLiteral("Visite du chantier"));
    QCOMPARE(m.deadline, utc(2026, 3, 4, 13, 30));
    QCOMPARE(m.durationMinutes, std::optional<int>(90));
    const Activity &c = parsed->activities.at(1);
    QCOMPARE(c.type, ActivityType::Call);
    QCOMPARE(c.subject, QStringLiteral("Rappeler, « devis »; merci")); // escaped and unescaped
    QCOMPARE(c.deadline, utc(2026, 3, 5, 8));
    QVERIFY(!c.durationMinutes);
}

void TestICalendar::exportFollowsTheFilterAndSkipsDoneActivities()
{
    const Id a = createDeal(QStringLiteral("Alpha"));
    const Id b = createDeal(QStringLiteral("Beta"));
    plan(a, ActivityType::Call, QStringLiteral("A1"), utc(2026, 3, 4, 9));
    const Id done = plan(a, ActivityType::Call, QStringLiteral("A2"), utc(2026, 3, 4, 10));
    plan(b, ActivityType::Task, QStringLiteral("B1"), utc(2026, 3, 4, 11));
    COMPTOIR_VERIFY_OK(m_ws->ws().activities().markDone(m_ws->actor(), done));
    DealFilter filter;
    filter.search = QStringLiteral("alpha");
    int count = 0;
    COMPTOIR_TRY(ics, ical::exportFiltered(m_ws->db(), m_ws->actor(), filter, &count));
    QCOMPARE(count, 1);
    QVERIFY(ics->contains("A1"));
    QVERIFY(!ics->contains("A2"));
    QVERIFY(!ics->contains("B1"));
}

void TestICalendar::importPlansMeetingsInTheirTimeZoneWithDuration()
{
    const QString dir = QStringLiteral(COMPTOIR_SHARED_TESTDATA "/icalendar/collective-icalendar");
    QFile file(dir + QStringLiteral("/timezoned.ics"));
    if (!file.open(QIODevice::ReadOnly))
        QSKIP("../shared/testdata/icalendar is not there");
    const Id deal = createDeal(QStringLiteral("Sprint"));
    const qint64 history = rowCount(m_ws->db(), QStringLiteral("history"));
    COMPTOIR_TRY(imported, ical::importEvents(m_ws->ws().activities(), m_ws->db(), m_ws->actor(), deal, file.readAll()));
    QCOMPARE(imported->activities.size(), 1);
    COMPTOIR_TRY(stored, m_ws->ws().activities().forDeal(m_ws->actor(), deal));
    QCOMPARE(stored->size(), 1);
    const Activity &a = stored->first();
    QCOMPARE(a.type, ActivityType::Meeting);
    QCOMPARE(a.subject, QStringLiteral("artsprint 2012"));
    QCOMPARE(a.deadline, utc(2012, 2, 13, 9)); // 10:00 in Vienna, winter time
    QCOMPARE(a.durationMinutes, std::optional<int>((4 * 24 + 8) * 60));
    QCOMPARE(rowCount(m_ws->db(), QStringLiteral("history")), history + 1);
}

void TestICalendar::importRefusesTextWithoutACalendar()
{
    const Id deal = createDeal(QStringLiteral("Nothing"));
    QVERIFY(!ical::importEvents(m_ws->ws().activities(), m_ws->db(), m_ws->actor(), deal, "name,phone\nA,1\n").ok());
    QCOMPARE(rowCount(m_ws->db(), QStringLiteral("activities")), 0);
}

void TestICalendar::sharedTestFilesImportWithoutErrors_data()
{
    QTest::addColumn<QString>("path");
    const QDir dir(QStringLiteral(COMPTOIR_SHARED_TESTDATA "/icalendar/collective-icalendar"));
    const QStringList files = dir.entryList({QStringLiteral("*.ics")}, QDir::Files, QDir::Name);
    for (const QString &name : files)
        QTest::newRow(qPrintable(name)) << dir.filePath(name);
    if (files.isEmpty())
        QTest::newRow("absent") << QString();
}

void TestICalendar::sharedTestFilesImportWithoutErrors()
{
    QFETCH(QString, path);
    if (path.isEmpty())
        QSKIP("../shared/testdata/icalendar is not there");
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray text = file.readAll();
    const Id deal = createDeal(QStringLiteral("Imports"));
    COMPTOIR_TRY(imported, ical::importEvents(m_ws->ws().activities(), m_ws->db(), m_ws->actor(), deal, text));
    // Every event with a start became an activity of the deal, with a valid deadline.
    const int events = int(text.count("BEGIN:VEVENT"));
    COMPTOIR_TRY(stored, m_ws->ws().activities().forDeal(m_ws->actor(), deal));
    QCOMPARE(stored->size(), imported->activities.size());
    QVERIFY(imported->activities.size() <= events);
    for (const Activity &a : *stored) {
        QVERIFY(a.deadline.isValid());
        QVERIFY(!a.subject.trimmed().isEmpty());
    }
    if (!imported->warnings.isEmpty())
        qInfo().noquote() << QFileInfo(path).fileName() << imported->warnings;
}

QTEST_GUILESS_MAIN(TestICalendar)
#include "tst_icalendar.moc"
