// SPDX-License-Identifier: GPL-3.0-or-later
#include "defaults.h"

#include "database.h"
#include "pipelineservice.h"
#include "stores.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QLocale>

namespace comptoir {

namespace {
struct Entry
{
    const char *list;
    const char *code;
    const char *name;
};

// Names are translated when the database is made; codes stay stable for imports and scripts.
const Entry DefaultLists[] = {
    {"deal_type", "SALE", QT_TRANSLATE_NOOP("Defaults", "Sale")},
    {"deal_type", "GOODS", QT_TRANSLATE_NOOP("Defaults", "Goods")},
    {"deal_type", "SERVICES", QT_TRANSLATE_NOOP("Defaults", "Services")},
    {"deal_type", "SERVICE", QT_TRANSLATE_NOOP("Defaults", "After-sales service")},
    {"source", "CALL", QT_TRANSLATE_NOOP("Defaults", "Call")},
    {"source", "EMAIL", QT_TRANSLATE_NOOP("Defaults", "E-mail")},
    {"source", "WEB", QT_TRANSLATE_NOOP("Defaults", "Website")},
    {"source", "ADVERTISING", QT_TRANSLATE_NOOP("Defaults", "Advertising")},
    {"source", "PARTNER", QT_TRANSLATE_NOOP("Defaults", "Existing client")},
    {"source", "RECOMMENDATION", QT_TRANSLATE_NOOP("Defaults", "Recommendation")},
    {"source", "TRADE_SHOW", QT_TRANSLATE_NOOP("Defaults", "Trade fair")},
    {"source", "OTHER", QT_TRANSLATE_NOOP("Defaults", "Other")},
    {"lost_reason", "PRICE", QT_TRANSLATE_NOOP("Defaults", "Price too high")},
    {"lost_reason", "COMPETITOR", QT_TRANSLATE_NOOP("Defaults", "Chose a competitor")},
    {"lost_reason", "BUDGET", QT_TRANSLATE_NOOP("Defaults", "No budget")},
    {"lost_reason", "NO_ANSWER", QT_TRANSLATE_NOOP("Defaults", "No answer")},
    {"lost_reason", "POSTPONED", QT_TRANSLATE_NOOP("Defaults", "Project postponed")},
    {"lost_reason", "OTHER", QT_TRANSLATE_NOOP("Defaults", "Other")},
    {"currency", "EUR", QT_TRANSLATE_NOOP("Defaults", "Euro")},
    {"currency", "USD", QT_TRANSLATE_NOOP("Defaults", "US dollar")},
    {"currency", "GBP", QT_TRANSLATE_NOOP("Defaults", "Pound sterling")},
    {"currency", "CHF", QT_TRANSLATE_NOOP("Defaults", "Swiss franc")},
    {"currency", "CAD", QT_TRANSLATE_NOOP("Defaults", "Canadian dollar")},
};
} // namespace

Status seedDefaults(Database &db, const QDateTime &now)
{
    QString login = qEnvironmentVariable("USER");
    if (login.isEmpty())
        login = qEnvironmentVariable("USERNAME");
    if (login.isEmpty())
        login = QStringLiteral("owner");
    User owner;
    owner.login = login;
    owner.name = login.left(1).toUpper() + login.mid(1);
    owner.isOwner = true;
    if (auto id = UserStore(db).insert(owner, now); !id)
        return id.error();

    PipelineStore pipelines(db);
    Pipeline sales;
    sales.name = QCoreApplication::translate("Defaults", "Sales");
    sales.isDefault = true;
    auto pipelineId = pipelines.insertPipeline(sales);
    if (!pipelineId)
        return pipelineId.error();
    for (Stage stage : PipelineService::defaultStages()) {
        stage.pipelineId = *pipelineId;
        if (auto id = pipelines.insertStage(stage); !id)
            return id.error();
    }

    ListStore lists(db);
    int sort = 0;
    for (const Entry &e : DefaultLists) {
        ListItem item;
        item.list = QString::fromLatin1(e.list);
        item.code = QString::fromLatin1(e.code);
        item.name = QCoreApplication::translate("Defaults", e.name);
        item.sort = sort++;
        if (auto id = lists.insert(item); !id)
            return id.error();
    }
    return MetaStore(db).setValue(QStringLiteral("defaults_language"), QLocale().name());
}

} // namespace comptoir
