// SPDX-License-Identifier: GPL-3.0-or-later
// The demo's deals: when they were created, in which pipeline and stage, their amounts,
// clients and outcome, with their history rows and open activities.
#include "demogenerator_p.h"

#include "demowords.h"

#include <QCoreApplication>

#include <algorithm>

namespace comptoir::demo {

using namespace demowords;

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
    DemoCompany *company = companyIndex >= 0 ? &m_companies[size_t(companyIndex)] : nullptr;
    DemoPerson *person = personIndex >= 0 ? &m_people[size_t(personIndex)] : nullptr;
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

} // namespace comptoir::demo
