// SPDX-License-Identifier: GPL-3.0-or-later
#include "workspace.h"

#include "stores.h"

namespace comptoir {

Result<std::unique_ptr<Workspace>> Workspace::open(const QString &path, const OpenOptions &options, const Clock &clock)
{
    auto db = Database::open(path, options);
    if (!db)
        return db.error();
    auto owner = UserStore(**db).owner();
    std::unique_ptr<Workspace> ws(new Workspace(std::move(*db), clock));
    if (owner)
        ws->m_actor = Actor{owner->id};
    return ws;
}

Workspace::Workspace(std::unique_ptr<Database> db, const Clock &clock)
    : m_db(std::move(db))
    , m_clock(clock)
    , m_deals(std::make_unique<DealService>(*m_db, clock))
    , m_pipelines(std::make_unique<PipelineService>(*m_db, clock))
    , m_clients(std::make_unique<ClientService>(*m_db, clock))
    , m_customFields(std::make_unique<CustomFieldService>(*m_db, clock))
    , m_formLayouts(std::make_unique<FormLayoutService>(*m_db, clock))
    , m_products(std::make_unique<ProductService>(*m_db, clock, *m_deals))
    , m_activities(std::make_unique<ActivityService>(*m_db, clock))
{
}

Workspace::~Workspace()
{
    // Services go before the database they point to.
    m_products.reset();
    m_formLayouts.reset();
    m_customFields.reset();
    m_activities.reset();
    m_clients.reset();
    m_pipelines.reset();
    m_deals.reset();
    m_db.reset();
}

} // namespace comptoir
