// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// A varied set of deals made through the services, with what each was given kept in plain C++
// (DealRecord), so that the filter and search tests compute their expected ids without SQL.

#include "../common/testworkspace.h"

#include "stores.h"

#include <QVector>
#include <functional>

namespace comptoir::test {

struct DealRecord
{
    Id id = 0;
    Id pipelineId = 0;
    Id stageId = 0;
    StageSemantic semantic = StageSemantic::Process;
    Id responsibleId = 0;
    qint64 amountMinor = 0;
    QString currency;
    QString typeCode;
    QString sourceCode;
    QDateTime createdAt;
    QDate beginDate;
    QDate closeDate;
    QDateTime nextActivityAt; // the nearest open activity
    bool isRepeat = false;
    QString company;
    QString contact;
    QString title;
    QString comment;
};

struct ClientSeed
{
    const char *name;
    const char *email;
    const char *phone;
};

// Companies and contacts with accents, e-mails and phones, for the search.
inline const ClientSeed CompanySeeds[] = {
    {"Boulangerie Hélène", "contact@boulangerie-helene.fr", "+33 1 23 45 67 89"},
    {"Dupont & Fils", "info@dupont-fils.fr", "+33 4 78 12 34 56"},
    {"Acme Widgets Ltd", "sales@acme.co.uk", "+44 20 7946 0123"},
    {"Çà et Là Créations", "bonjour@caetla.fr", "+33 5 56 00 11 22"},
};
inline const ClientSeed ContactSeeds[] = {
    {"Hélène Martin", "helene.martin@example.fr", "06 11 22 33 44"},
    {"Zoé Lefèvre", "zoe.lefevre@example.fr", "07 98 76 54 32"},
    {"John Smith", "john.smith@example.com", "+1 212-555-0142"},
};

class DealFixture
{
public:
    static constexpr int DealCount = 84;

    explicit DealFixture(TestWorkspace &tw) : m_tw(tw) { }

    // Builds the fixture; false (with the error in `error`) when a service call failed.
    bool build()
    {
        Workspace &ws = m_tw.ws();
        const Actor owner = ws.actor();
        User seller;
        seller.login = QStringLiteral("seller");
        seller.name = QStringLiteral("Sam Seller");
        auto sellerId = UserStore(ws.db()).insert(seller, m_tw.clock().now());
        if (!check(sellerId))
            return false;
        users = {owner.userId, *sellerId};
        auto main = ws.pipelines().defaultPipeline(owner);
        auto second = ws.pipelines().create(owner, QStringLiteral("Service"));
        if (!check(main) || !check(second))
            return false;
        pipelines = {*main, *second};
        for (const ClientSeed &seed : CompanySeeds) {
            Company c;
            c.name = QString::fromUtf8(seed.name);
            c.emails = {QString::fromUtf8(seed.email)};
            c.phones = {QString::fromUtf8(seed.phone)};
            auto made = ws.clients().createCompany(owner, c);
            if (!check(made))
                return false;
            companies << *made;
        }
        for (const ClientSeed &seed : ContactSeeds) {
            const QStringList parts = QString::fromUtf8(seed.name).split(QLatin1Char(' '));
            Contact c;
            c.firstName = parts.first();
            c.lastName = parts.last();
            c.emails = {QString::fromUtf8(seed.email)};
            c.phones = {QString::fromUtf8(seed.phone)};
            auto made = ws.clients().createContact(owner, c);
            if (!check(made))
                return false;
            contacts << *made;
        }

        static const char *const Types[] = {"SALE", "GOODS", ""};
        static const char *const Sources[] = {"CALL", "WEB", "EMAIL", ""};
        static const char *const Words[] = {"Website", "Croissants", "Réfection toiture", "Audit",
                                            "Maintenance", "Formation"};
        // From 1 December 2025, one deal every 31 hours: the deals span December to mid-March.
        m_tw.clock().set(QDateTime(QDate(2025, 12, 1), QTime(10, 0), Qt::UTC));
        for (int i = 0; i < DealCount; ++i) {
            const Pipeline &pipeline = pipelines[i % 5 == 4 ? 1 : 0];
            const Stage &stage = pipeline.stages[(i * 3) % pipeline.stages.size()];
            Deal draft;
            draft.title = QString::fromUtf8(Words[i % 6]) + QStringLiteral(" %1").arg(i);
            draft.pipelineId = pipeline.id;
            draft.stageId = stage.id;
            draft.amountMinor = qint64((i * 7919) % 5000) * 100 + (i % 3) * 50;
            draft.currency = i % 6 == 5 ? QStringLiteral("GBP") : QStringLiteral("EUR");
            draft.responsibleId = users[i % 3 == 1 ? 1 : 0];
            draft.typeCode = QString::fromLatin1(Types[i % 3]);
            draft.sourceCode = QString::fromLatin1(Sources[i % 4]);
            if (i % 7 != 0)
                draft.companyId = companies[i % companies.size()].id;
            if (i % 5 != 1)
                draft.contactIds = {contacts[(i / 2) % contacts.size()].id};
            const QDate created = m_tw.clock().now().toLocalTime().date();
            if (i % 9 != 3)
                draft.beginDate = created.addDays(i % 10);
            if (i % 8 != 2)
                draft.closeDate = created.addDays(30 - i % 20);
            if (i % 4 == 3)
                draft.comment = QStringLiteral("Rappeler après l’été, devis n°%1").arg(i);
            auto made = m_tw.ws().deals().create(owner, draft);
            if (!check(made))
                return false;
            DealRecord r;
            r.id = made->id;
            r.pipelineId = pipeline.id;
            r.stageId = stage.id;
            r.semantic = stage.semantic;
            r.responsibleId = draft.responsibleId;
            r.amountMinor = draft.amountMinor;
            r.currency = draft.currency;
            r.typeCode = draft.typeCode;
            r.sourceCode = draft.sourceCode;
            r.createdAt = made->createdAt;
            r.beginDate = draft.beginDate;
            r.closeDate = draft.closeDate;
            r.isRepeat = made->isRepeat; // the service's rule, tested on its own in tst_repeat
            r.company = draft.companyId ? companies[i % companies.size()].name : QString();
            r.contact = draft.contactIds.isEmpty() ? QString() : contacts[(i / 2) % contacts.size()].displayName();
            r.title = draft.title;
            r.comment = draft.comment;
            records << r;
            m_tw.clock().advanceSecs(31 * 3600);
        }
        now = m_tw.clock().now();
        // Activities: overdue ones, future ones, and done ones that count for nothing.
        for (int i = 0; i < records.size(); ++i) {
            if (i % 4 == 2)
                continue;
            Activity a;
            a.dealId = records[i].id;
            a.subject = QStringLiteral("Call back");
            a.deadline = i % 4 == 0 ? now.addDays(-2 - i % 3) : now.addDays(3 + i % 5);
            a.responsibleId = records[i].responsibleId;
            a.done = i % 4 == 3 && i % 8 == 7;
            a.createdAt = now;
            auto id = ActivityStore(ws.db()).insert(a);
            if (!check(id))
                return false;
            if (!a.done)
                records[i].nextActivityAt = a.deadline;
        }
        return true;
    }

    QVector<Id> expected(const std::function<bool(const DealRecord &)> &keep) const
    {
        QVector<Id> ids;
        for (const DealRecord &r : records) {
            if (keep(r))
                ids << r.id;
        }
        return ids;
    }

    QList<Id> users;
    QList<Pipeline> pipelines;
    QList<Company> companies;
    QList<Contact> contacts;
    QList<DealRecord> records;
    QDateTime now;
    QString error;

private:
    template<typename R> bool check(const R &result)
    {
        if (!result.ok())
            error = result.error().fullText();
        return result.ok();
    }
    TestWorkspace &m_tw;
};

} // namespace comptoir::test
