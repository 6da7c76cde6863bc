// SPDX-License-Identifier: GPL-3.0-or-later
// The demo's clients: companies and people with French and English names, their e-mails and
// phones.
#include "demogenerator_p.h"

#include "demowords.h"

namespace comptoir::demo {

using namespace demowords;

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
    DemoCompany company;
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
    DemoPerson person;
    const DemoCompany *company = nullptr;
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

} // namespace comptoir::demo
