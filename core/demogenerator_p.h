// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The demo generator (core/demo.cpp only): its clients in democlients.cpp, its deals with
// their history and activities in demodeals.cpp, the load around them in demo.cpp.

#include "clock.h"
#include "demo.h"
#include "democontext.h"
#include "demosupport.h"

#include <QElapsedTimer>

#include <limits>
#include <string>
#include <vector>

namespace comptoir::demo {

inline constexpr qint64 Never = std::numeric_limits<qint64>::max();

inline qint64 floorDiv(qint64 a, qint64 b)
{
    return a / b - (a % b < 0 ? 1 : 0);
}

// The error of a failed write, with SQLite's message as its detail.
Error writeError(sqlite3 *sql);

struct DemoPerson
{
    std::string first;
    std::string last;
    Country country = Country::France;
    int company = -1;
    Id id = 0;
    Id owner = 0;
    qint64 firstWonMs = Never; // when this client first won a deal, for the repeat flag
};

struct DemoCompany
{
    std::string name;
    std::string domain;
    Country country = Country::France;
    std::vector<int> contacts;
    Id id = 0;
    Id owner = 0;
    qint64 firstWonMs = Never;
};

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
    std::vector<DemoCompany> m_companies;
    std::vector<DemoPerson> m_people;
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

} // namespace comptoir::demo
