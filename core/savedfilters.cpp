// SPDX-License-Identifier: GPL-3.0-or-later
#include "savedfilters.h"

#include "clock.h"
#include "database.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>

namespace comptoir {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(SavedFilters)
};

struct PredefinedDef
{
    PredefinedFilter filter;
    const char *key;
    const char *name;
};

const PredefinedDef Predefined[] = {
    {PredefinedFilter::InProgress, "in_progress", QT_TRANSLATE_NOOP("SavedFilters", "In progress")},
    {PredefinedFilter::MyDeals, "my_deals", QT_TRANSLATE_NOOP("SavedFilters", "My deals")},
    {PredefinedFilter::Won, "won", QT_TRANSLATE_NOOP("SavedFilters", "Won")},
    {PredefinedFilter::Lost, "lost", QT_TRANSLATE_NOOP("SavedFilters", "Lost")},
    {PredefinedFilter::Repeat, "repeat", QT_TRANSLATE_NOOP("SavedFilters", "Repeat deals")},
    {PredefinedFilter::OverdueActivities, "overdue", QT_TRANSLATE_NOOP("SavedFilters", "Overdue activities")},
    {PredefinedFilter::NoNextActivity, "no_next_activity", QT_TRANSLATE_NOOP("SavedFilters", "No next activity")},
    {PredefinedFilter::MyActivities, "my_activities", QT_TRANSLATE_NOOP("SavedFilters", "My activities")},
};

const PredefinedDef &def(PredefinedFilter filter)
{
    for (const PredefinedDef &d : Predefined) {
        if (d.filter == filter)
            return d;
    }
    return Predefined[0];
}

// Stable names in the JSON: saved filters outlive renamed enumerators.
const std::pair<DealFilter::Group, const char *> Groups[] = {
    {DealFilter::Group::Open, "open"}, {DealFilter::Group::Won, "won"}, {DealFilter::Group::Lost, "lost"}};
const std::pair<DealFilter::Activity, const char *> Activities[] = {{DealFilter::Activity::WithOpen, "with_open"},
                                                                    {DealFilter::Activity::WithoutOpen, "without_open"},
                                                                    {DealFilter::Activity::Overdue, "overdue"}};
const std::pair<DealFilter::Novelty, const char *> Novelties[] = {{DealFilter::Novelty::New, "new"},
                                                                  {DealFilter::Novelty::Repeat, "repeat"}};
const std::pair<DatePreset, const char *> Presets[] = {{DatePreset::Today, "today"},
                                                       {DatePreset::ThisWeek, "this_week"},
                                                       {DatePreset::ThisMonth, "this_month"},
                                                       {DatePreset::LastMonth, "last_month"},
                                                       {DatePreset::ThisYear, "this_year"}};

template<typename E, size_t N> QString keyOf(const std::pair<E, const char *> (&table)[N], E value)
{
    for (const auto &[v, key] : table) {
        if (v == value)
            return QString::fromLatin1(key);
    }
    return {};
}

template<typename E, size_t N>
std::optional<E> valueOf(const std::pair<E, const char *> (&table)[N], const QString &key)
{
    for (const auto &[v, k] : table) {
        if (key == QLatin1String(k))
            return v;
    }
    return std::nullopt;
}

QJsonValue rangeToJson(const DateRange &range)
{
    if (range.preset)
        return QJsonObject{{QStringLiteral("preset"), keyOf(Presets, *range.preset)}};
    QJsonObject o;
    if (range.from.isValid())
        o.insert(QStringLiteral("from"), range.from.toString(Qt::ISODate));
    if (range.to.isValid())
        o.insert(QStringLiteral("to"), range.to.toString(Qt::ISODate));
    return o;
}

Error badCriterion(const QString &key)
{
    return Error::invalid(Text::tr("The saved criterion “%1” is not valid.").arg(key), key);
}

} // namespace

QList<PredefinedFilter> predefinedFilters()
{
    QList<PredefinedFilter> list;
    for (const PredefinedDef &d : Predefined)
        list << d.filter;
    return list;
}

QString predefinedFilterName(PredefinedFilter filter)
{
    return QCoreApplication::translate("SavedFilters", def(filter).name);
}

QString predefinedFilterKey(PredefinedFilter filter)
{
    return QString::fromLatin1(def(filter).key);
}

std::optional<PredefinedFilter> predefinedFilterFromKey(const QString &key)
{
    for (const PredefinedDef &d : Predefined) {
        if (key == QLatin1String(d.key))
            return d.filter;
    }
    return std::nullopt;
}

DealFilter predefinedFilter(PredefinedFilter which, const Actor &actor, const QDateTime &now)
{
    DealFilter f;
    f.now = now;
    switch (which) {
    case PredefinedFilter::InProgress:
        f.group = DealFilter::Group::Open;
        break;
    case PredefinedFilter::MyDeals:
        f.responsibleId = actor.userId;
        break;
    case PredefinedFilter::Won:
        f.group = DealFilter::Group::Won;
        break;
    case PredefinedFilter::Lost:
        f.group = DealFilter::Group::Lost;
        break;
    case PredefinedFilter::Repeat:
        f.novelty = DealFilter::Novelty::Repeat;
        break;
    case PredefinedFilter::OverdueActivities:
        f.activity = DealFilter::Activity::Overdue;
        break;
    case PredefinedFilter::NoNextActivity:
        // Closed deals need no next step: the ones to look at are open without one.
        f.group = DealFilter::Group::Open;
        f.activity = DealFilter::Activity::WithoutOpen;
        break;
    case PredefinedFilter::MyActivities:
        f.activityResponsibleId = actor.userId;
        break;
    }
    return f;
}

QJsonObject filterToJson(const DealFilter &f)
{
    QJsonObject o;
    if (f.pipelineId)
        o.insert(QStringLiteral("pipeline"), *f.pipelineId);
    if (f.stageId)
        o.insert(QStringLiteral("stage"), *f.stageId);
    if (f.group != DealFilter::Group::Any)
        o.insert(QStringLiteral("group"), keyOf(Groups, f.group));
    if (f.responsibleId)
        o.insert(QStringLiteral("responsible"), *f.responsibleId);
    if (!f.search.trimmed().isEmpty())
        o.insert(QStringLiteral("search"), f.search.trimmed());
    // Minor units as text: exact beyond 2^53.
    if (f.minAmountMinor)
        o.insert(QStringLiteral("min_amount_minor"), QString::number(*f.minAmountMinor));
    if (f.maxAmountMinor)
        o.insert(QStringLiteral("max_amount_minor"), QString::number(*f.maxAmountMinor));
    if (!f.amountCurrency.isEmpty())
        o.insert(QStringLiteral("currency"), f.amountCurrency);
    if (!f.typeCode.isEmpty())
        o.insert(QStringLiteral("type"), f.typeCode);
    if (!f.sourceCode.isEmpty())
        o.insert(QStringLiteral("source"), f.sourceCode);
    for (const auto &[key, range] : {std::pair{"created", &f.created}, std::pair{"begin", &f.begin},
                                     std::pair{"close", &f.close}}) {
        if (!range->isEmpty() || range->preset)
            o.insert(QLatin1String(key), rangeToJson(*range));
    }
    if (f.activity != DealFilter::Activity::Any)
        o.insert(QStringLiteral("activity"), keyOf(Activities, f.activity));
    if (f.novelty != DealFilter::Novelty::Any)
        o.insert(QStringLiteral("novelty"), keyOf(Novelties, f.novelty));
    if (f.activityResponsibleId)
        o.insert(QStringLiteral("activity_responsible"), *f.activityResponsibleId);
    if (!f.customFields.isEmpty())
        o.insert(QStringLiteral("custom"), customCriteriaToJson(f.customFields));
    return o;
}

Result<DealFilter> filterFromJson(const QJsonObject &o, const QDate &today, const QLocale &locale)
{
    DealFilter f;
    for (auto it = o.begin(); it != o.end(); ++it) {
        const QString key = it.key();
        const QJsonValue v = it.value();
        auto id = [&]() -> std::optional<Id> {
            const qint64 n = v.toInteger(0);
            return v.isDouble() && n > 0 ? std::optional<Id>(n) : std::nullopt;
        };
        auto minor = [&]() -> std::optional<qint64> {
            bool ok = false;
            const qint64 n = v.toString().toLongLong(&ok);
            return ok ? std::optional<qint64>(n) : std::nullopt;
        };
        if (key == u"pipeline" || key == u"stage" || key == u"responsible" || key == u"activity_responsible") {
            const auto value = id();
            if (!value)
                return badCriterion(key);
            (key == u"pipeline"        ? f.pipelineId
             : key == u"stage"         ? f.stageId
             : key == u"responsible"   ? f.responsibleId
                                       : f.activityResponsibleId)
                = value;
        } else if (key == u"group" || key == u"activity" || key == u"novelty") {
            const QString text = v.toString();
            if (key == u"group") {
                const auto g = valueOf(Groups, text);
                if (!g)
                    return badCriterion(key);
                f.group = *g;
            } else if (key == u"activity") {
                const auto a = valueOf(Activities, text);
                if (!a)
                    return badCriterion(key);
                f.activity = *a;
            } else {
                const auto n = valueOf(Novelties, text);
                if (!n)
                    return badCriterion(key);
                f.novelty = *n;
            }
        } else if (key == u"min_amount_minor" || key == u"max_amount_minor") {
            const auto value = minor();
            if (!value)
                return badCriterion(key);
            (key == u"min_amount_minor" ? f.minAmountMinor : f.maxAmountMinor) = value;
        } else if (key == u"search" || key == u"currency" || key == u"type" || key == u"source") {
            if (!v.isString())
                return badCriterion(key);
            (key == u"search" ? f.search : key == u"currency" ? f.amountCurrency : key == u"type" ? f.typeCode : f.sourceCode)
                = v.toString();
        } else if (key == u"created" || key == u"begin" || key == u"close") {
            const QJsonObject r = v.toObject();
            DateRange range;
            if (r.contains(QStringLiteral("preset"))) {
                const auto preset = valueOf(Presets, r.value(QStringLiteral("preset")).toString());
                if (!preset)
                    return badCriterion(key);
                range = dateRangeFor(*preset, today, locale);
            } else {
                range.from = QDate::fromString(r.value(QStringLiteral("from")).toString(), Qt::ISODate);
                range.to = QDate::fromString(r.value(QStringLiteral("to")).toString(), Qt::ISODate);
                if ((r.contains(QStringLiteral("from")) && !range.from.isValid())
                    || (r.contains(QStringLiteral("to")) && !range.to.isValid()))
                    return badCriterion(key);
            }
            (key == u"created" ? f.created : key == u"begin" ? f.begin : f.close) = range;
        } else if (key == u"custom") {
            const auto criteria = customCriteriaFromJson(v.toArray());
            if (!criteria)
                return badCriterion(key);
            f.customFields = *criteria;
        } else {
            return badCriterion(key);
        }
    }
    return f;
}

Result<QString> SavedFilters::checkedName(const QString &name, Id except) const
{
    const QString trimmed = name.trimmed();
    if (trimmed.isEmpty())
        return Error::invalid(Text::tr("Give the filter a name."), QStringLiteral("name"));
    auto taken = m_db.scalar(QStringLiteral("SELECT id FROM saved_filters WHERE name = ? AND id <> ?"), {trimmed, except});
    if (!taken)
        return taken.error();
    if (taken->isValid())
        return Error::invalid(Text::tr("A filter named “%1” already exists.").arg(trimmed), QStringLiteral("name"));
    return trimmed;
}

Result<QList<SavedFilter>> SavedFilters::all() const
{
    auto q = m_db.exec(QStringLiteral("SELECT id, name, criteria, created_at FROM saved_filters ORDER BY name COLLATE NOCASE, id"));
    if (!q)
        return q.error();
    QList<SavedFilter> list;
    while (q->next()) {
        SavedFilter s;
        s.id = q->value(0).toLongLong();
        s.name = q->value(1).toString();
        s.criteria = QJsonDocument::fromJson(q->value(2).toString().toUtf8()).object();
        s.createdAt = fromStoredInstant(q->value(3).toString());
        list << s;
    }
    return list;
}

Result<SavedFilter> SavedFilters::byName(const QString &name) const
{
    auto list = all();
    if (!list)
        return list.error();
    for (const SavedFilter &s : std::as_const(*list)) {
        if (s.name.compare(name.trimmed(), Qt::CaseInsensitive) == 0)
            return s;
    }
    QStringList names;
    for (const SavedFilter &s : std::as_const(*list))
        names << s.name;
    for (PredefinedFilter p : predefinedFilters())
        names << predefinedFilterKey(p);
    return Error::notFound(Text::tr("There is no saved filter “%1”. Filters: %2.").arg(name, names.join(QStringLiteral(", "))));
}

Result<SavedFilter> SavedFilters::save(const QString &name, const DealFilter &filter, bool replace)
{
    const QByteArray json = QJsonDocument(filterToJson(filter)).toJson(QJsonDocument::Compact);
    if (replace) {
        auto existing = m_db.scalar(QStringLiteral("SELECT id FROM saved_filters WHERE name = ?"), {name.trimmed()});
        if (!existing)
            return existing.error();
        if (existing->isValid()) {
            if (auto r = m_db.exec(QStringLiteral("UPDATE saved_filters SET criteria = ? WHERE id = ?"),
                                   {QString::fromUtf8(json), existing->toLongLong()});
                !r)
                return r.error();
            return byName(name);
        }
    }
    auto checked = checkedName(name, 0);
    if (!checked)
        return checked.error();
    if (auto r = m_db.exec(QStringLiteral("INSERT INTO saved_filters (name, criteria, created_at) VALUES (?, ?, ?)"),
                           {*checked, QString::fromUtf8(json), toStoredInstant(m_clock.now())});
        !r)
        return r.error();
    return byName(*checked);
}

Status SavedFilters::rename(Id id, const QString &name)
{
    auto checked = checkedName(name, id);
    if (!checked)
        return checked.error();
    auto r = m_db.exec(QStringLiteral("UPDATE saved_filters SET name = ? WHERE id = ?"), {*checked, id});
    if (!r)
        return r.error();
    if (r->numRowsAffected() == 0)
        return Error::notFound(Text::tr("There is no saved filter %1.").arg(id));
    return {};
}

Status SavedFilters::remove(Id id)
{
    auto r = m_db.exec(QStringLiteral("DELETE FROM saved_filters WHERE id = ?"), {id});
    if (!r)
        return r.error();
    if (r->numRowsAffected() == 0)
        return Error::notFound(Text::tr("There is no saved filter %1.").arg(id));
    return {};
}

Result<DealFilter> SavedFilters::filter(const SavedFilter &saved, const QLocale &locale) const
{
    auto f = filterFromJson(saved.criteria, localToday(m_clock), locale);
    if (f)
        f->now = m_clock.now();
    return f;
}

} // namespace comptoir
