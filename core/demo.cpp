// SPDX-License-Identifier: GPL-3.0-or-later
#include "demo.h"

#include "clock.h"
#include "democontext.h"
#include "database.h"
#include "demosupport.h"
#include "demowords.h"
#include "pipelineservice.h"
#include "stores.h"

#include <QCoreApplication>
#include <QElapsedTimer>

#include <cstdio>
#include <limits>

// A million deals must go in within seconds: the rows are written through reused SQLite
// statements in one transaction, with dates formatted by hand (demosupport.h). What the deals
// refer to (users, lists, pipelines) is read through the stores.

namespace comptoir {
namespace {

using namespace demo;
using namespace demowords;

constexpr qint64 Never = std::numeric_limits<qint64>::max();

// The tables the demo fills whose search index a trigger feeds (see DeferredSearch).
const std::vector<std::string> SearchedTables { "companies", "contacts", "channels", "deals" };

struct Person
{
    std::string first;
    std::string last;
    Country country = Country::France;
    int company = -1;
    Id id = 0;
    Id owner = 0;
    qint64 firstWonMs = Never; // when this client first won a deal, for the repeat flag
};

struct Company
{
    std::string name;
    std::string domain;
    Country country = Country::France;
    std::vector<int> contacts;
    Id id = 0;
    Id owner = 0;
    qint64 firstWonMs = Never;
};

Error writeError(sqlite3 *sql)
{
    return Error::storage(
        QCoreApplication::translate("comptoir::Demo", "The demo data could not be written."),
        QString::fromUtf8(sqlite3_errmsg(sql)));
}

// COMPTOIR_DEMO_TRACE=1 prints the time of each phase of a load to stderr (docs/PERFORMANCE.md).
void tracePhase(QElapsedTimer &timer, const char *phase)
{
    static const bool enabled = qEnvironmentVariableIsSet("COMPTOIR_DEMO_TRACE");
    if (enabled)
        std::fprintf(stderr, "demo: %-10s %7lld ms\n", phase, timer.restart());
}

qint64 floorDiv(qint64 a, qint64 b)
{
    return a / b - (a % b < 0 ? 1 : 0);
}

class Generator
{
public:
    Generator(sqlite3 *sql, const Clock &clock, const DemoOptions &options, Context context)
        : m_sql(sql)
        , m_options(options)
        , m_context(std::move(context))
        , m_rng(options.seed)
        , m_nowMs(clock.now().toMSecsSinceEpoch())
        , m_offsetMs(qint64(clock.now().toLocalTime().offsetFromUtc()) * 1000)
        , m_startMs(m_nowMs - 730 * DayMs)
    {
    }

    Status run(QElapsedTimer &timer);
    const DemoStats &stats() const { return m_stats; }

private:
    qint64 localDay(qint64 ms) const { return floorDiv(ms + m_offsetMs, DayMs); }
    std::string clientCreatedAt() { return instantText(m_startMs - m_rng.between(0, 365 * DayMs)); }
    Country country(double frenchShare);
    Status writeChannel(Id companyId, Id contactId, const char *kind, const std::string &value);
    Status writeCompany();
    Status writePerson();
    std::vector<qint64> creationTimes(int count);
    const PipelineInfo &pickPipeline();
    Status writeDeal(qint64 createdMs);
    Status writeHistory(Id dealId, const std::string &at, Id user, const char *type,
                        const char *field, const char *oldValue, const char *newValue,
                        const std::string &description);
    Status writeActivity(Id dealId, qint64 createdMs, Id responsible, bool french,
                         const std::string &clientName, const std::string &firstName);

    sqlite3 *m_sql;
    const DemoOptions &m_options;
    Context m_context;
    Rng m_rng;
    qint64 m_nowMs;
    qint64 m_offsetMs;
    qint64 m_startMs;
    DemoStats m_stats;
    std::vector<Company> m_companies;
    std::vector<Person> m_people;
    std::vector<int> m_individuals; // people without a company
    Id m_nextCompanyId = 1; // ids are given here, so that rows can refer to each other
    Id m_nextContactId = 1;
    Id m_nextDealId = 1;

    // Rows go straight into the tables, parents first; ids are given here.
    Statement m_insertCompany { m_sql,
                                "INSERT INTO main.companies (name, created_at, id) "
                                "VALUES (?1, ?2, ?3)" };
    Statement m_insertContact { m_sql,
                                "INSERT INTO main.contacts (first_name, last_name, company_id, "
                                "birthday, created_at, id) VALUES (?1, ?2, ?3, ?4, ?5, ?6)" };
    Statement m_insertChannel { m_sql,
                                "INSERT INTO main.channels (company_id, contact_id, kind, value) "
                                "VALUES (?1, ?2, ?3, ?4)" };
    Statement m_insertDeal { m_sql,
                             "INSERT INTO main.deals (title, amount_minor, currency, pipeline_id, "
                             "stage_id, company_id, responsible_id, type_code, source_code, "
                             "begin_date, close_date, probability, is_repeat, closed, lost_reason, "
                             "lost_note, closed_at, created_at, updated_at, created_by, id) "
                             "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, "
                             "?14, ?15, ?16, ?17, ?18, ?19, ?7, ?20)" };
    Statement m_insertDealContact { m_sql,
                                    "INSERT INTO main.deal_contacts (deal_id, contact_id, "
                                    "is_primary) VALUES (?1, ?2, 1)" };
    Statement m_insertHistory { m_sql,
                                "INSERT INTO main.history (deal_id, at, user_id, type, field, "
                                "old_value, new_value, description) "
                                "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)" };
    Statement m_insertActivity { m_sql,
                                 "INSERT INTO main.activities (deal_id, type, subject, deadline, "
                                 "duration_min, responsible_id, created_at) "
                                 "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)" };
};

Country Generator::country(double frenchShare)
{
    const double r = m_rng.uniform();
    if (r < frenchShare)
        return Country::France;
    return r < frenchShare + (1.0 - frenchShare) * 0.6 ? Country::UnitedKingdom
                                                       : Country::UnitedStates;
}

Status Generator::writeChannel(Id companyId, Id contactId, const char *kind,
                               const std::string &value)
{
    companyId ? m_insertChannel.bindInt(1, companyId) : m_insertChannel.bindNull(1);
    contactId ? m_insertChannel.bindInt(2, contactId) : m_insertChannel.bindNull(2);
    m_insertChannel.bindText(3, kind);
    m_insertChannel.bindText(4, value);
    return m_insertChannel.run() ? Status() : writeError(m_sql);
}

Status Generator::writeCompany()
{
    Company company;
    company.country = country(0.7);
    std::string stem; // the name without its legal form, for the web domain
    const double kind = m_rng.uniform();
    if (company.country == Country::France) {
        if (kind < 0.6) {
            stem = std::string(m_rng.pick(FrenchTrades)) + ' ' + m_rng.pick(FrenchLastNames);
        } else if (kind < 0.8) {
            stem = std::string(m_rng.pick(FrenchLastNames)) + " & " + m_rng.pick(FrenchLastNames);
        } else {
            const std::string city = m_rng.pick(FrenchCities);
            const bool elide = std::string("AEIOUÉ").find(city.substr(0, 1)) != std::string::npos;
            stem = std::string(m_rng.pick(FrenchPlaces)) + (elide ? " d'" : " de ") + city;
        }
        company.name = stem + m_rng.pick(FrenchForms);
    } else {
        if (kind < 0.5)
            stem = std::string(m_rng.pick(EnglishBrands)) + ' ' + m_rng.pick(EnglishTrades);
        else if (kind < 0.8)
            stem = std::string(m_rng.pick(EnglishLastNames)) + ' ' + m_rng.pick(EnglishTrades);
        else
            stem = std::string(m_rng.pick(EnglishLastNames)) + " & " + m_rng.pick(EnglishLastNames);
        company.name = stem + m_rng.pick(EnglishForms);
    }
    static constexpr const char *Tlds[] = { ".fr", ".co.uk", ".com" };
    company.domain = asciiSlug(stem, '-') + Tlds[int(company.country)];
    company.owner = m_rng.pick(m_context.users);

    const std::string createdAt = clientCreatedAt();
    company.id = m_nextCompanyId++;
    m_insertCompany.bindText(1, company.name);
    m_insertCompany.bindText(2, createdAt);
    m_insertCompany.bindInt(3, company.id);
    if (!m_insertCompany.run())
        return writeError(m_sql);

    if (m_rng.chance(0.7)) {
        static constexpr const char *Boxes[] = { "contact", "info", "hello", "sales" };
        const char *box = company.country == Country::France
            ? (m_rng.chance(0.7) ? "contact" : "info")
            : m_rng.pick(Boxes);
        if (auto s = writeChannel(company.id, 0, "email", box + ('@' + company.domain)); !s)
            return s;
    }
    if (m_rng.chance(0.8)) {
        if (auto s = writeChannel(company.id, 0, "phone", phoneNumber(m_rng, company.country)); !s)
            return s;
    }
    m_companies.push_back(std::move(company));
    ++m_stats.companies;
    return {};
}

Status Generator::writePerson()
{
    Person person;
    const Company *company = nullptr;
    if (!m_companies.empty() && m_rng.chance(0.6)) {
        person.company = m_rng.below(int(m_companies.size()));
        company = &m_companies[size_t(person.company)];
        person.country = m_rng.chance(0.9) ? company->country : country(0.7);
        person.owner = company->owner;
    } else {
        person.country = country(0.7);
        person.owner = m_rng.pick(m_context.users);
    }
    const bool french = person.country == Country::France;
    person.first = french ? m_rng.pick(FrenchFirstNames) : m_rng.pick(EnglishFirstNames);
    person.last = french ? m_rng.pick(FrenchLastNames) : m_rng.pick(EnglishLastNames);

    static const qint64 Epoch = QDate(1970, 1, 1).toJulianDay();
    static const qint64 Oldest = QDate(1950, 1, 1).toJulianDay() - Epoch;
    static const qint64 Youngest = QDate(2003, 1, 1).toJulianDay() - Epoch;
    const std::string birthday
        = m_rng.chance(0.65) ? dateText(m_rng.between(Oldest, Youngest)) : "";
    const std::string createdAt = clientCreatedAt();
    person.id = m_nextContactId++;
    m_insertContact.bindText(1, person.first);
    m_insertContact.bindText(2, person.last);
    company ? m_insertContact.bindInt(3, company->id) : m_insertContact.bindNull(3);
    birthday.empty() ? m_insertContact.bindNull(4) : m_insertContact.bindText(4, birthday);
    m_insertContact.bindText(5, createdAt);
    m_insertContact.bindInt(6, person.id);
    if (!m_insertContact.run())
        return writeError(m_sql);

    if (m_rng.chance(0.9)) {
        std::string email = asciiSlug(person.first, '-') + '.' + asciiSlug(person.last, '-');
        if (company)
            email += '@' + company->domain;
        else
            email += (m_rng.chance(0.4) ? std::to_string(m_rng.between(1, 99)) : "") + '@'
                + m_rng.pick(PersonalMailDomains);
        if (auto s = writeChannel(0, person.id, "email", email); !s)
            return s;
    }
    for (int i = 0; i < (m_rng.chance(0.8) ? (m_rng.chance(0.2) ? 2 : 1) : 0); ++i) {
        if (auto s = writeChannel(0, person.id, "phone", phoneNumber(m_rng, person.country)); !s)
            return s;
    }
    const int index = int(m_people.size());
    if (company)
        m_companies[size_t(person.company)].contacts.push_back(index);
    else
        m_individuals.push_back(index);
    m_people.push_back(std::move(person));
    ++m_stats.contacts;
    return {};
}

// Creation instants over the last two years, oldest first: business grows (more deals
// lately), few on weekends, during office hours. Sorted so that deals are written in the
// order they were created, which is what makes the repeat flag exact.
std::vector<qint64> Generator::creationTimes(int count)
{
    std::vector<qint64> times;
    times.reserve(size_t(count));
    const qint64 today = localDay(m_nowMs);
    while (int(times.size()) < count) {
        // Inverse of the cumulative density 0.6 t + 0.4 t² (density rising from 0.6 to 1.4).
        const double t = (-0.6 + std::sqrt(0.36 + 1.6 * m_rng.uniform())) / 0.8;
        const qint64 day = today - 729 + std::min<qint64>(729, qint64(t * 730));
        const qint64 weekday = (day + 3) % 7; // 1970-01-01 was a Thursday; 0 is Monday
        if (weekday >= 5 && m_rng.chance(0.85))
            continue;
        const qint64 ms = day * DayMs - m_offsetMs + 8 * HourMs + m_rng.between(0, 11 * HourMs);
        if (ms <= m_nowMs)
            times.push_back(ms);
    }
    std::sort(times.begin(), times.end());
    return times;
}

const PipelineInfo &Generator::pickPipeline()
{
    double total = 0;
    for (const PipelineInfo &pipeline : m_context.pipelines)
        total += pipeline.weight;
    double r = m_rng.uniform() * total;
    for (const PipelineInfo &pipeline : m_context.pipelines) {
        if (r < pipeline.weight)
            return pipeline;
        r -= pipeline.weight;
    }
    return m_context.pipelines.back();
}

Status Generator::writeDeal(qint64 createdMs)
{
    // The client: a company (with one of its contacts, usually) or a private person. A few
    // clients buy often, most rarely.
    int companyIndex = -1;
    int personIndex = -1;
    if (!m_companies.empty() && (m_individuals.empty() || m_rng.chance(0.65))) {
        companyIndex = m_rng.skewed(int(m_companies.size()), 1.8);
        const std::vector<int> &contacts = m_companies[size_t(companyIndex)].contacts;
        if (!contacts.empty() && m_rng.chance(0.92))
            personIndex = m_rng.pick(contacts);
    } else {
        personIndex = m_individuals[size_t(m_rng.skewed(int(m_individuals.size()), 1.5))];
    }
    Company *company = companyIndex >= 0 ? &m_companies[size_t(companyIndex)] : nullptr;
    Person *person = personIndex >= 0 ? &m_people[size_t(personIndex)] : nullptr;
    const Country country = company ? company->country : person->country;
    const bool french = country == Country::France;
    const std::string clientName = company ? company->name : person->first + ' ' + person->last;
    const Id owner = company ? company->owner : person->owner;
    const Id responsible = m_rng.chance(0.85) ? owner : m_rng.pick(m_context.users);

    // The outcome: most deals close within weeks; those whose close would lie in the future,
    // and a few that stall, are still open today.
    const PipelineInfo &pipeline = pickPipeline();
    const qint64 duration = HourMs + qint64(m_rng.exponential(pipeline.service ? 6 : 24) * DayMs);
    const bool stalls = m_rng.chance(0.15) && !pipeline.process.empty();
    const bool closed = pipeline.process.empty() || (!stalls && createdMs + duration <= m_nowMs);
    const qint64 closedMs = std::min(createdMs + duration, m_nowMs);
    const bool won = closed && m_rng.chance(pipeline.service ? 0.65 : 0.42);
    const StageInfo &stage = !closed
        ? pipeline.process[size_t(m_rng.skewed(int(pipeline.process.size()), 1.3))]
        : won               ? pipeline.success
        : m_rng.chance(0.7) ? pipeline.failures.front()
                            : m_rng.pick(pipeline.failures);

    // Deals are written in creation order, so every deal won before this one was created has
    // already been seen: the repeat flag is exact.
    const bool repeat = (company && company->firstWonMs < createdMs)
        || (person && person->firstWonMs < createdMs);
    if (won) {
        if (company)
            company->firstWonMs = std::min(company->firstWonMs, closedMs);
        if (person)
            person->firstWonMs = std::min(person->firstWonMs, closedMs);
    }

    // Log-normal amounts: most between a few hundred and twenty thousand, a few large ones.
    const double median = pipeline.service ? 250.0 : 2400.0;
    const double units = std::clamp(std::exp(std::log(median) + 1.05 * m_rng.normal()), 20.0, 5e6);
    qint64 amountMinor = (units < 1000 ? qint64(units) : qint64(units / 10) * 10) * 100;
    if (m_rng.chance(0.15))
        amountMinor += m_rng.chance(0.5) ? 50 : 90;
    const std::string &currency
        = country == Country::UnitedKingdom && !m_context.pound.empty() && m_rng.chance(0.8)
        ? m_context.pound
        : country == Country::UnitedStates && !m_context.dollar.empty() && m_rng.chance(0.85)
        ? m_context.dollar
        : m_context.euro;

    const std::string title
        = std::string(french ? m_rng.pick(FrenchSubjects) : m_rng.pick(EnglishSubjects))
        + " \u2013 " + clientName;
    const std::string beginDate = dateText(localDay(createdMs));
    const std::string closeDate
        = dateText(closed ? localDay(closedMs) : localDay(createdMs) + m_rng.between(14, 91));
    const std::string createdAt = instantText(createdMs);
    const std::string closedAt = closed ? instantText(closedMs) : std::string();
    const bool lost = closed && !won;
    const LostReason *reason = lost && !m_context.lostReasons.empty() && m_rng.chance(0.85)
        ? &m_context.lostReasons[size_t(m_rng.below(int(m_context.lostReasons.size())))]
        : nullptr;
    const char *lostNote = lost && m_rng.chance(0.15)
        ? (french ? m_rng.pick(FrenchLostNotes) : m_rng.pick(EnglishLostNotes))
        : nullptr;

    const Id dealId = m_nextDealId++;
    Statement &deal = m_insertDeal;
    deal.bindText(1, title);
    deal.bindInt(2, amountMinor);
    deal.bindText(3, currency);
    deal.bindInt(4, pipeline.id);
    deal.bindInt(5, stage.id);
    company ? deal.bindInt(6, company->id) : deal.bindNull(6);
    deal.bindInt(7, responsible);
    !m_context.dealTypes.empty() && m_rng.chance(0.9)
        ? deal.bindText(8, m_rng.pick(m_context.dealTypes))
        : deal.bindNull(8);
    !m_context.sources.empty() && m_rng.chance(0.85)
        ? deal.bindText(9, m_rng.pick(m_context.sources))
        : deal.bindNull(9);
    deal.bindText(10, beginDate);
    deal.bindText(11, closeDate);
    stage.probability ? deal.bindInt(12, *stage.probability) : deal.bindNull(12);
    deal.bindInt(13, repeat ? 1 : 0);
    deal.bindInt(14, closed ? 1 : 0);
    reason ? deal.bindText(15, reason->code) : deal.bindNull(15);
    lostNote ? deal.bindText(16, lostNote) : deal.bindNull(16);
    closed ? deal.bindText(17, closedAt) : deal.bindNull(17);
    deal.bindText(18, createdAt);
    deal.bindText(19, closed ? closedAt : createdAt);
    deal.bindInt(20, dealId);
    if (!deal.run())
        return writeError(m_sql);

    if (person) {
        m_insertDealContact.bindInt(1, dealId);
        m_insertDealContact.bindInt(2, person->id);
        if (!m_insertDealContact.run())
            return writeError(m_sql);
    }

    // History in DealService's words: open deals were created on their stage; closed ones on
    // the first stage, then closed (one row less than a real move and close, which matters
    // for a million deals).
    const std::string &createdText = closed && !pipeline.process.empty()
        ? pipeline.process.front().createdText
        : stage.createdText;
    if (auto s = writeHistory(dealId, createdAt, responsible, "created", nullptr, nullptr,
                              title.c_str(), createdText);
        !s)
        return s;
    if (closed) {
        std::string closedText = won ? m_context.wonText
            : reason                 ? reason->closedText
                                     : m_context.lostText;
        if (lostNote)
            closedText += std::string(" — ") + lostNote;
        if (auto s = writeHistory(dealId, closedAt, responsible, "closed", "result", nullptr,
                                  won ? "won" : "lost", closedText);
            !s)
            return s;
    }

    ++m_stats.deals;
    m_stats.won += won ? 1 : 0;
    m_stats.repeat += repeat ? 1 : 0;
    if (!closed && m_rng.chance(0.6))
        return writeActivity(dealId, createdMs, responsible, french, clientName,
                             person ? person->first : clientName);
    return {};
}

Status Generator::writeHistory(Id dealId, const std::string &at, Id user, const char *type,
                               const char *field, const char *oldValue, const char *newValue,
                               const std::string &description)
{
    Statement &history = m_insertHistory;
    history.bindInt(1, dealId);
    history.bindText(2, at);
    history.bindInt(3, user);
    history.bindText(4, type);
    field ? history.bindText(5, field) : history.bindNull(5);
    oldValue ? history.bindText(6, oldValue) : history.bindNull(6);
    newValue ? history.bindText(7, newValue) : history.bindNull(7);
    history.bindText(8, description);
    return history.run() ? Status() : writeError(m_sql);
}

// One open activity: a third overdue, a fifth due today, the rest in the coming month.
Status Generator::writeActivity(Id dealId, qint64 createdMs, Id responsible, bool french,
                                const std::string &clientName, const std::string &firstName)
{
    static constexpr const char *Types[] = { "call", "call", "meeting", "task", "email", "todo" };
    const std::string type = m_rng.pick(Types);
    std::string subject;
    std::optional<int> minutes;
    if (type == "call") {
        subject = french ? "Appeler " + firstName : "Call " + firstName + " back";
        minutes = m_rng.chance(0.5) ? 15 : 30;
    } else if (type == "meeting") {
        subject = (french ? "Rendez-vous chez " : "Meeting at ") + clientName;
        minutes = m_rng.chance(0.5) ? 60 : 90;
    } else if (type == "task") {
        subject = french ? "Préparer le devis" : "Prepare the quote";
    } else if (type == "email") {
        subject = french ? "Envoyer la documentation" : "Send the brochure";
    } else {
        subject = french ? "Relancer pour la signature" : "Chase the signature";
    }

    const qint64 todayStart = localDay(m_nowMs) * DayMs - m_offsetMs;
    const double when = m_rng.uniform();
    qint64 deadline;
    if (when < 0.3)
        deadline = std::max(createdMs + HourMs, m_nowMs - m_rng.between(2 * HourMs, 21 * DayMs));
    else if (when < 0.5)
        deadline = todayStart + m_rng.between(9 * HourMs, 18 * HourMs);
    else
        deadline
            = todayStart + m_rng.between(1, 31) * DayMs + m_rng.between(9 * HourMs, 18 * HourMs);
    deadline -= deadline % (15 * MinuteMs);
    const std::string deadlineText = instantText(deadline);
    const std::string createdAt
        = instantText(createdMs + m_rng.between(0, std::min(m_nowMs - createdMs, 2 * DayMs) + 1));

    m_insertActivity.bindInt(1, dealId);
    m_insertActivity.bindText(2, type);
    m_insertActivity.bindText(3, subject);
    m_insertActivity.bindText(4, deadlineText);
    minutes ? m_insertActivity.bindInt(5, *minutes) : m_insertActivity.bindNull(5);
    m_insertActivity.bindInt(6, responsible);
    m_insertActivity.bindText(7, createdAt);
    if (!m_insertActivity.run())
        return writeError(m_sql);
    ++m_stats.activities;
    return {};
}

Status Generator::run(QElapsedTimer &timer)
{
    for (const Statement *statement :
         { &m_insertCompany, &m_insertContact, &m_insertChannel, &m_insertDeal,
           &m_insertDealContact, &m_insertHistory, &m_insertActivity }) {
        if (!statement->prepared())
            return writeError(m_sql);
    }
    const auto nextId = [this](const char *table) {
        const std::string max = "SELECT coalesce(max(id), 0) + 1 FROM main." + std::string(table);
        sqlite3_stmt *statement = nullptr;
        Id next = 0;
        if (sqlite3_prepare_v2(m_sql, max.c_str(), -1, &statement, nullptr) == SQLITE_OK
            && sqlite3_step(statement) == SQLITE_ROW)
            next = sqlite3_column_int64(statement, 0);
        sqlite3_finalize(statement);
        return next;
    };
    m_nextCompanyId = nextId("companies");
    m_nextContactId = nextId("contacts");
    m_nextDealId = nextId("deals");
    if (!m_nextCompanyId || !m_nextContactId || !m_nextDealId)
        return writeError(m_sql);
    // About eight deals per company and four per contact over two years (so that about half the
    // deals are repeat); a large demo has fewer clients per deal, and more repeat deals, so that
    // a million deals still go in quickly.
    const int deals = m_options.deals;
    const int companies = std::clamp(deals / 8, 8, 60000);
    const int people = std::clamp(deals / 4, 16, 120000);
    for (int i = 0; i < companies; ++i) {
        if (auto s = writeCompany(); !s)
            return s;
    }
    for (int i = 0; i < people; ++i) {
        if (auto s = writePerson(); !s)
            return s;
    }
    tracePhase(timer, "clients");
    const std::vector<qint64> times = creationTimes(deals);
    const int step = std::max(1, deals / 100);
    for (int i = 0; i < deals; ++i) {
        if (auto s = writeDeal(times[size_t(i)]); !s)
            return s;
        if (m_options.progress && ((i + 1) % step == 0 || i + 1 == deals))
            m_options.progress(i + 1, deals);
    }
    tracePhase(timer, "deals");
    return {};
}

} // namespace

Result<DemoStats> generateDemo(Database &db, const Clock &clock, const DemoOptions &options)
{
    if (options.deals < 0)
        return Error::invalid(QCoreApplication::translate(
                                  "comptoir::Demo", "The number of demo deals cannot be negative."),
                              QStringLiteral("deals"));
    sqlite3 *sql = db.handle();
    if (!sql)
        return Error::storage(
            QCoreApplication::translate("comptoir::Demo", "The demo data could not be written."),
            QStringLiteral("no SQLite handle"));
    const auto existing = db.scalar(QStringLiteral("SELECT count(*) FROM deals"));
    if (!existing)
        return existing.error();
    // A demo that writes most of the deals is a bulk load: indexes built once at the end and
    // no write-ahead log for it (see BulkSettings); a small one into a large database is not.
    const bool bulk = options.deals >= 10000 && options.deals >= existing->toLongLong();
    BulkSettings settings(sql, bulk);
    QElapsedTimer timer;
    timer.start();

    Transaction tx(db);
    if (!tx)
        return tx.error();
    auto context = loadContext(db);
    if (!context)
        return context.error();
    DeferredIndexes indexes;
    if (bulk
        && !indexes.drop(sql,
                         { "companies", "contacts", "channels", "deals", "deal_contacts",
                           "activities", "history" }))
        return writeError(sql);
    tracePhase(timer, "prepare");
    DeferredSearch search;
    if (!search.drop(sql, SearchedTables))
        return writeError(sql);
    DemoStats stats;
    {
        // The statements are finalised before the commit.
        Generator generator(sql, clock, options, std::move(*context));
        if (auto status = generator.run(timer); !status)
            return status.error();
        stats = generator.stats();
    }
    if (!search.restore(sql))
        return writeError(sql);
    tracePhase(timer, "search");
    if (bulk)
        settings.beforeIndexBuilds();
    if (bulk && !indexes.recreate(sql))
        return writeError(sql);
    tracePhase(timer, "indexes");
    if (auto status = tx.commit(); !status)
        return status.error();
    tracePhase(timer, "commit");
    return stats;
}

} // namespace comptoir
