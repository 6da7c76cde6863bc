// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "activityservice.h"
#include "clientservice.h"
#include "clock.h"
#include "customfields.h"
#include "database.h"
#include "dealquery.h"
#include "dealservice.h"
#include "entities.h"
#include "formlayout.h"
#include "pipelineservice.h"
#include "productservice.h"
#include "result.h"

#include <memory>

namespace comptoir {

// One open database with its services and the acting user: what the window, the command line,
// the benchmarks and the tests work on.
class Workspace final
{
public:
    static Result<std::unique_ptr<Workspace>> open(const QString &path, const OpenOptions &options = {},
                                                   const Clock &clock = Clock::system());
    ~Workspace();
    Workspace(const Workspace &) = delete;
    Workspace &operator=(const Workspace &) = delete;

    Database &db() { return *m_db; }
    const Database &db() const { return *m_db; }
    const Clock &clock() const { return m_clock; }
    DealService &deals() { return *m_deals; }
    PipelineService &pipelines() { return *m_pipelines; }
    ClientService &clients() { return *m_clients; }
    ActivityService &activities() { return *m_activities; }
    CustomFieldService &customFields() { return *m_customFields; }
    FormLayoutService &formLayouts() { return *m_formLayouts; }
    ProductService &products() { return *m_products; }
    DealQuery query() const { return DealQuery(*m_db); }

    // The signed-in user; the owner while sign-in (F11) does not exist yet.
    Actor actor() const { return m_actor; }
    void setActor(Actor actor) { m_actor = actor; }

private:
    Workspace(std::unique_ptr<Database> db, const Clock &clock);
    std::unique_ptr<Database> m_db;
    const Clock &m_clock;
    std::unique_ptr<DealService> m_deals;
    std::unique_ptr<PipelineService> m_pipelines;
    std::unique_ptr<ClientService> m_clients;
    std::unique_ptr<CustomFieldService> m_customFields;
    std::unique_ptr<FormLayoutService> m_formLayouts;
    std::unique_ptr<ProductService> m_products;
    std::unique_ptr<ActivityService> m_activities;
    Actor m_actor;
};

} // namespace comptoir
