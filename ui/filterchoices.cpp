// SPDX-License-Identifier: GPL-3.0-or-later
#include "filterchoices.h"

#include "stores.h"

namespace comptoir {

namespace {

template<typename Key>
QString nameOf(const QList<std::pair<Key, QString>> &items, const Key &key)
{
    for (const auto &[k, name] : items) {
        if (k == key)
            return name;
    }
    return {};
}

} // namespace

QString FilterChoices::stageName(Id id) const
{
    return nameOf(stages, id);
}

QString FilterChoices::userName(Id id) const
{
    return nameOf(users, id);
}

QString FilterChoices::typeName(const QString &code) const
{
    const QString name = nameOf(types, code);
    return name.isEmpty() ? code : name;
}

QString FilterChoices::sourceName(const QString &code) const
{
    const QString name = nameOf(sources, code);
    return name.isEmpty() ? code : name;
}

std::optional<CustomField> FilterChoices::customField(Id id) const
{
    for (const CustomField &f : customFields) {
        if (f.id == id)
            return f;
    }
    return std::nullopt;
}

Result<FilterChoices> loadFilterChoices(const Database &db, std::optional<Id> pipelineId)
{
    FilterChoices choices;
    auto pipelines = PipelineStore(db).all();
    if (!pipelines)
        return pipelines.error();
    for (const Pipeline &pipeline : std::as_const(*pipelines)) {
        if (pipelineId && pipeline.id != *pipelineId)
            continue;
        for (const Stage &stage : pipeline.stages) {
            // Without a pipeline, stages of the same name in two pipelines must stay apart.
            choices.stages.append({stage.id, pipelineId ? stage.name
                                                        : pipeline.name + QStringLiteral(" › ") + stage.name});
        }
    }
    auto users = UserStore(db).all();
    if (!users)
        return users.error();
    for (const User &user : std::as_const(*users))
        choices.users.append({user.id, user.name});
    for (const auto &[list, target] : {std::pair{&lists::DealType, &choices.types},
                                       std::pair{&lists::Source, &choices.sources}}) {
        auto items = ListStore(db).items(*list);
        if (!items)
            return items.error();
        for (const ListItem &item : std::as_const(*items))
            target->append({item.code, item.name});
    }
    auto currencies = ListStore(db).items(lists::Currency);
    if (!currencies)
        return currencies.error();
    for (const ListItem &item : std::as_const(*currencies))
        choices.currencies << item.code;
    auto custom = customfields::definitions(db);
    if (!custom)
        return custom.error();
    choices.customFields = std::move(custom).value();
    return choices;
}

} // namespace comptoir
