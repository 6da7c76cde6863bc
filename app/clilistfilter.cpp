// SPDX-License-Identifier: GPL-3.0-or-later
// The filter options of the list commands, parsed into a DealFilter.
#include "clilist.h"

#include "clideals.h"
#include "clitr.h"
#include "money.h"
#include "savedfilters.h"
#include "stores.h"

namespace comptoir::app {

namespace {
enum Option { OptSearch, OptPipeline, OptStage, OptGroup, OptResponsible, OptMinAmount, OptMaxAmount, OptCurrency, OptRepeat,
              OptNew, OptCreatedFrom, OptCreatedTo, OptFilter };

Result<QDate> parseDay(const QString &option, const QString &text)
{
    const QDate day = QDate::fromString(text, Qt::ISODate);
    if (!day.isValid())
        return Error::invalid(Cli::tr("--%1: '%2' is not a date: write it YYYY-MM-DD.").arg(option, text), option);
    return day;
}

Result<Id> resolveUser(Workspace &ws, const QString &text)
{
    auto users = UserStore(ws.db()).all();
    if (!users)
        return users.error();
    QStringList names;
    for (const User &u : std::as_const(*users)) {
        if (QString::number(u.id) == text || u.login.compare(text, Qt::CaseInsensitive) == 0
            || u.name.compare(text, Qt::CaseInsensitive) == 0)
            return u.id;
        names << u.login;
    }
    return Error::notFound(Cli::tr("--responsible: no user '%1'. Users: %2.").arg(text, names.join(QStringLiteral(", "))));
}
} // namespace

FilterOptions::FilterOptions()
{
    m_options = {
        QCommandLineOption(QStringLiteral("search"), Cli::tr("Words in the title, client, e-mails, phones or comments."),
                           QStringLiteral("TEXT")),
        QCommandLineOption(QStringLiteral("pipeline"), Cli::tr("Only this pipeline (id or name)."), QStringLiteral("P")),
        QCommandLineOption(QStringLiteral("stage"), Cli::tr("Only this stage (id or name)."), QStringLiteral("S")),
        QCommandLineOption(QStringLiteral("group"), Cli::tr("open, won or lost."), QStringLiteral("G")),
        QCommandLineOption(QStringLiteral("responsible"), Cli::tr("Only deals of this user (id, login or name)."),
                           QStringLiteral("R")),
        QCommandLineOption(QStringLiteral("min-amount"), Cli::tr("Amount at least X."), QStringLiteral("X")),
        QCommandLineOption(QStringLiteral("max-amount"), Cli::tr("Amount at most Y."), QStringLiteral("Y")),
        QCommandLineOption(QStringLiteral("currency"), Cli::tr("Only deals in this currency (amounts are in it)."),
                           QStringLiteral("C")),
        QCommandLineOption(QStringLiteral("repeat"), Cli::tr("Only repeat deals.")),
        QCommandLineOption(QStringLiteral("new"), Cli::tr("Only new (not repeat) deals.")),
        QCommandLineOption(QStringLiteral("created-from"), Cli::tr("Created on or after this day (YYYY-MM-DD)."),
                           QStringLiteral("D")),
        QCommandLineOption(QStringLiteral("created-to"), Cli::tr("Created on or before this day (YYYY-MM-DD)."),
                           QStringLiteral("D")),
        QCommandLineOption(QStringLiteral("filter"),
                           Cli::tr("A saved filter by name, or in_progress, my_deals, won, lost, repeat, overdue, "
                                   "no_next_activity."),
                           QStringLiteral("SAVED")),
    };
}

QString FilterOptions::synopsis()
{
    return QStringLiteral("[--search TEXT] [--pipeline P] [--stage S] [--group won|lost|open] [--responsible R] "
                          "[--min-amount X] [--max-amount Y] [--currency C] [--repeat|--new] [--created-from D] "
                          "[--created-to D] [--filter SAVED]");
}

void FilterOptions::addTo(CommandParser &parser) const
{
    for (const QCommandLineOption &o : m_options)
        parser.addOption(o);
}

Result<DealFilter> FilterOptions::filter(Workspace &ws, const CommandParser &parser) const
{
    auto set = [&](Option o) { return parser.isSet(m_options[o]); };
    auto value = [&](Option o) { return parser.value(m_options[o]); };
    DealFilter f;
    // A saved filter first: the other options refine it.
    if (set(OptFilter)) {
        if (const auto predefined = predefinedFilterFromKey(value(OptFilter))) {
            f = predefinedFilter(*predefined, ws.actor(), ws.clock().now());
        } else {
            SavedFilters saved(ws.db(), ws.clock());
            auto found = saved.byName(value(OptFilter));
            if (!found)
                return found.error();
            auto loaded = saved.filter(*found);
            if (!loaded)
                return loaded.error();
            f = *loaded;
        }
    }
    f.now = ws.clock().now();
    if (set(OptSearch))
        f.search = value(OptSearch);
    std::optional<Pipeline> pipeline;
    if (set(OptPipeline)) {
        auto resolved = ws.pipelines().resolve(ws.actor(), value(OptPipeline));
        if (!resolved)
            return resolved.error();
        pipeline = *resolved;
        f.pipelineId = pipeline->id;
    }
    if (set(OptStage)) {
        auto stage = resolveStageOption(ws, pipeline, value(OptStage));
        if (!stage)
            return stage.error();
        f.pipelineId = stage->pipelineId;
        f.stageId = stage->id;
    }
    if (set(OptGroup)) {
        const QString g = value(OptGroup).toLower();
        if (g == u"open")
            f.group = DealFilter::Group::Open;
        else if (g == u"won")
            f.group = DealFilter::Group::Won;
        else if (g == u"lost")
            f.group = DealFilter::Group::Lost;
        else
            return Error::invalid(Cli::tr("--group: '%1' is not a group: give open, won or lost.").arg(value(OptGroup)),
                                  QStringLiteral("group"));
    }
    if (set(OptResponsible)) {
        auto user = resolveUser(ws, value(OptResponsible));
        if (!user)
            return user.error();
        f.responsibleId = *user;
    }
    if (set(OptCurrency)) {
        const QString code = value(OptCurrency).toUpper();
        if (!money::isValidCurrencyCode(code))
            return Error::invalid(Cli::tr("'%1' is not a currency code: give three letters such as EUR.").arg(value(OptCurrency)),
                                  QStringLiteral("currency"));
        f.amountCurrency = code;
    }
    const QString amountCurrency = f.amountCurrency.isEmpty() ? QStringLiteral("EUR") : f.amountCurrency;
    for (const auto &[option, name, target] : {std::tuple{OptMinAmount, "min-amount", &f.minAmountMinor},
                                               std::tuple{OptMaxAmount, "max-amount", &f.maxAmountMinor}}) {
        if (!set(option))
            continue;
        auto minor = money::parse(value(option), amountCurrency, QLocale());
        if (!minor)
            return Error::invalid(QStringLiteral("--%1: %2").arg(QLatin1String(name), minor.error().message),
                                  QLatin1String(name));
        *target = *minor;
    }
    if (set(OptRepeat) && set(OptNew))
        return Error::invalid(Cli::tr("Give --repeat or --new, not both."), QStringLiteral("repeat"));
    if (set(OptRepeat))
        f.novelty = DealFilter::Novelty::Repeat;
    if (set(OptNew))
        f.novelty = DealFilter::Novelty::New;
    if (set(OptCreatedFrom)) {
        auto day = parseDay(QStringLiteral("created-from"), value(OptCreatedFrom));
        if (!day)
            return day.error();
        f.created.from = *day;
        f.created.preset.reset();
    }
    if (set(OptCreatedTo)) {
        auto day = parseDay(QStringLiteral("created-to"), value(OptCreatedTo));
        if (!day)
            return day.error();
        f.created.to = *day;
        f.created.preset.reset();
    }
    return f;
}

Result<DealSort> parseSort(const QString &text, DealSort fallback)
{
    if (text.isEmpty())
        return fallback;
    QString key = text;
    DealSort sort;
    sort.descending = false;
    if (key.endsWith(QLatin1String(":desc"), Qt::CaseInsensitive)) {
        sort.descending = true;
        key.chop(5);
    } else if (key.endsWith(QLatin1String(":asc"), Qt::CaseInsensitive)) {
        key.chop(4);
    }
    if (const auto field = CustomField::idFromKey(key)) {
        sort.customFieldId = *field; // a custom field's key, "cf_3", as "fields list" shows it
        return sort;
    }
    const auto column = dealColumnFromKey(key);
    if (!column) {
        QStringList keys;
        for (int c = 0; c < DealColumnCount; ++c)
            keys << dealColumnKey(DealColumn(c));
        return Error::invalid(Cli::tr("--sort: unknown field '%1'. Fields: %2.").arg(key, keys.join(QStringLiteral(", "))),
                              QStringLiteral("sort"));
    }
    sort.column = *column;
    return sort;
}

} // namespace comptoir::app
