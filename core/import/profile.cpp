// SPDX-License-Identifier: GPL-3.0-or-later
#include "import/profile.h"

#include "import/phone.h"

#include "database.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFile>
#include <QJsonDocument>

#include <sqlite3.h>

namespace comptoir::import {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(ImportProfile)
};

} // namespace

QString unknownStagesKey(UnknownStages rule, const QString &mapStage)
{
    switch (rule) {
    case UnknownStages::Create:
        return QStringLiteral("create");
    case UnknownStages::MapTo:
        return QStringLiteral("map:") + mapStage;
    case UnknownStages::Reject:
        break;
    }
    return QStringLiteral("reject");
}

QString contactMatchKey(ContactMatch match)
{
    switch (match) {
    case ContactMatch::Phone:
        return QStringLiteral("phone");
    case ContactMatch::Name:
        return QStringLiteral("name");
    case ContactMatch::Email:
        break;
    }
    return QStringLiteral("email");
}

std::optional<ContactMatch> contactMatchFromKey(QStringView key)
{
    for (ContactMatch m : { ContactMatch::Email, ContactMatch::Phone, ContactMatch::Name }) {
        if (key.compare(contactMatchKey(m), Qt::CaseInsensitive) == 0)
            return m;
    }
    return std::nullopt;
}

QJsonObject Profile::toJson() const
{
    QJsonObject map;
    for (auto it = mapping.constBegin(); it != mapping.constEnd(); ++it)
        map.insert(it.key(), fieldKey(it.value()));
    QJsonObject json {
        { QStringLiteral("name"), name },
        { QStringLiteral("mapping"), map },
        { QStringLiteral("decimal_mark"), QString(rules.numbers.decimalMark) },
        { QStringLiteral("group_separator"),
          rules.numbers.groupSeparator.isNull() ? QString() : QString(rules.numbers.groupSeparator) },
        { QStringLiteral("currency"), rules.currency },
        { QStringLiteral("unknown_stages"), unknownStagesKey(rules.unknownStages, rules.mapStage) },
        { QStringLiteral("match"), contactMatchKey(rules.contactMatch) },
        { QStringLiteral("phone_region"), rules.phoneRegion },
    };
    if (!preset.isEmpty())
        json.insert(QStringLiteral("preset"), preset);
    if (rules.dateOrder)
        json.insert(QStringLiteral("date_order"), csv::dateOrderKey(*rules.dateOrder));
    if (!rules.pipeline.isEmpty())
        json.insert(QStringLiteral("pipeline"), rules.pipeline);
    if (encoding)
        json.insert(QStringLiteral("encoding"), csv::encodingName(*encoding));
    if (!delimiter.isNull())
        json.insert(QStringLiteral("delimiter"), QString(delimiter));
    return json;
}

Result<Profile> Profile::fromJson(const QJsonObject &json)
{
    Profile p;
    p.name = json.value(QStringLiteral("name")).toString();
    p.preset = json.value(QStringLiteral("preset")).toString();
    if (!p.preset.isEmpty() && !presetByKey(p.preset))
        return Error::invalid(Text::tr("The profile names an unknown preset \"%1\".").arg(p.preset));
    const QJsonObject map = json.value(QStringLiteral("mapping")).toObject();
    for (auto it = map.constBegin(); it != map.constEnd(); ++it) {
        const auto field = fieldFromKey(it.value().toString());
        if (!field)
            return Error::invalid(Text::tr("The profile maps \"%1\" to an unknown field \"%2\".")
                                      .arg(it.key(), it.value().toString()));
        p.mapping.insert(it.key(), *field);
    }
    const QString mark = json.value(QStringLiteral("decimal_mark")).toString(QStringLiteral(","));
    const QString group = json.value(QStringLiteral("group_separator")).toString();
    p.rules.numbers.decimalMark = mark.isEmpty() ? QChar(u',') : mark.at(0);
    p.rules.numbers.groupSeparator = group.isEmpty() ? QChar() : group.at(0);
    p.rules.currency = json.value(QStringLiteral("currency")).toString(QStringLiteral("EUR"));
    if (json.contains(QStringLiteral("date_order"))) {
        p.rules.dateOrder = csv::dateOrderFromKey(json.value(QStringLiteral("date_order")).toString());
        if (!p.rules.dateOrder)
            return Error::invalid(Text::tr("The profile's date order must be dmy, mdy or ymd."));
    }
    p.rules.pipeline = json.value(QStringLiteral("pipeline")).toString();
    const QString unknown = json.value(QStringLiteral("unknown_stages")).toString(QStringLiteral("reject"));
    if (unknown == QLatin1String("create")) {
        p.rules.unknownStages = UnknownStages::Create;
    } else if (unknown.startsWith(QLatin1String("map:"))) {
        p.rules.unknownStages = UnknownStages::MapTo;
        p.rules.mapStage = unknown.mid(4);
    } else if (unknown != QLatin1String("reject")) {
        return Error::invalid(Text::tr("The profile's unknown_stages must be create, reject or map:STAGE."));
    }
    const auto match = contactMatchFromKey(json.value(QStringLiteral("match")).toString(QStringLiteral("email")));
    if (!match)
        return Error::invalid(Text::tr("The profile's match must be email, phone or name."));
    p.rules.contactMatch = *match;
    p.rules.phoneRegion = json.value(QStringLiteral("phone_region")).toString(QStringLiteral("FR")).toUpper();
    if (!isKnownPhoneRegion(p.rules.phoneRegion))
        return Error::invalid(Text::tr("The profile's phone_region \"%1\" is not a country code such as FR or US.")
                                  .arg(p.rules.phoneRegion));
    if (json.contains(QStringLiteral("encoding"))) {
        auto encoding = csv::encodingFromName(json.value(QStringLiteral("encoding")).toString());
        if (!encoding)
            return encoding.error();
        p.encoding = *encoding;
    }
    const QString delimiter = json.value(QStringLiteral("delimiter")).toString();
    if (!delimiter.isEmpty())
        p.delimiter = delimiter.at(0);
    return p;
}

Status saveProfile(Database &db, const Profile &profile, const QDateTime &now)
{
    if (profile.name.trimmed().isEmpty())
        return Error::invalid(Text::tr("Give the profile a name."));
    const QString json = QString::fromUtf8(QJsonDocument(profile.toJson()).toJson(QJsonDocument::Compact));
    auto saved = db.exec(QStringLiteral("INSERT INTO import_profiles (name, settings, updated_at) VALUES (?, ?, ?) "
                                        "ON CONFLICT (name) DO UPDATE SET settings = excluded.settings, "
                                        "updated_at = excluded.updated_at"),
                         { profile.name.trimmed(), json, now.toUTC().toString(Qt::ISODateWithMs) });
    if (!saved)
        return saved.error();
    return {};
}

Result<Profile> loadProfile(Database &db, const QString &name)
{
    auto settings = db.scalar(QStringLiteral("SELECT settings FROM import_profiles WHERE name = ?"), { name });
    if (!settings)
        return settings.error();
    if (!settings->isValid())
        return Error::notFound(Text::tr("There is no import profile named \"%1\".").arg(name));
    return Profile::fromJson(QJsonDocument::fromJson(settings->toString().toUtf8()).object());
}

Result<QStringList> profileNames(Database &db)
{
    auto q = db.exec(QStringLiteral("SELECT name FROM import_profiles ORDER BY name COLLATE NOCASE"));
    if (!q)
        return q.error();
    QStringList names;
    while (q->next())
        names.append(q->value(0).toString());
    return names;
}

Result<Profile> findProfile(Database &db, const QString &nameOrFile)
{
    auto stored = loadProfile(db, nameOrFile);
    if (stored || stored.error().code != Error::Code::NotFound)
        return stored;
    QFile file(nameOrFile);
    if (!file.open(QIODevice::ReadOnly))
        return stored.error();
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &parseError);
    if (!doc.isObject())
        return Error::invalid(Text::tr("\"%1\" is not a JSON import profile: %2").arg(nameOrFile, parseError.errorString()));
    return Profile::fromJson(doc.object());
}

} // namespace comptoir::import
