// SPDX-License-Identifier: GPL-3.0-or-later
// The kinds of import files (deals, and for a migration companies, contacts, products and the
// history of deals), their fields and their automatic column mapping.
#include "import/fields.h"

namespace comptoir::import {

namespace {

// In a file of another kind, a header that names a deal field names one of the file's own:
// "Name" is the company's name in a companies file, "Description" an activity's text.
Field translate(ImportKind kind, Field field, const QString &header)
{
    using F = Field;
    switch (kind) {
    case ImportKind::Deals:
        return field;
    case ImportKind::Companies:
        return field == F::Title ? F::CompanyName : field;
    case ImportKind::Contacts:
        // A contact's "Name" is its full name; its "Title" is a job title, which has no field.
        if (field == F::Title)
            return header == QLatin1String("name") ? F::ContactFullName : F::Ignore;
        return field;
    case ImportKind::Products:
        return field == F::Title ? F::ProductName : field == F::Amount ? F::Price : field;
    case ImportKind::History:
        switch (field) {
        case F::CreatedDate:
        case F::CloseDate:
        case F::BeginDate:
            return F::ActivityDate;
        case F::Type:
            return F::ActivityType;
        case F::Comment:
        case F::Title:
            return F::ActivityText;
        default:
            return field;
        }
    }
    return field;
}

} // namespace

QString importKindKey(ImportKind kind)
{
    switch (kind) {
    case ImportKind::Deals:
        return QStringLiteral("deals");
    case ImportKind::Companies:
        return QStringLiteral("companies");
    case ImportKind::Contacts:
        return QStringLiteral("contacts");
    case ImportKind::Products:
        return QStringLiteral("products");
    case ImportKind::History:
        return QStringLiteral("history");
    }
    return {};
}

std::optional<ImportKind> importKindFromKey(QStringView key)
{
    for (ImportKind k : { ImportKind::Deals, ImportKind::Companies, ImportKind::Contacts, ImportKind::Products,
                          ImportKind::History }) {
        if (key.compare(importKindKey(k), Qt::CaseInsensitive) == 0)
            return k;
    }
    return std::nullopt;
}

QList<Field> fieldsFor(ImportKind kind)
{
    using F = Field;
    switch (kind) {
    case ImportKind::Deals: {
        QList<Field> fields;
        for (int f = int(F::ExternalId); f <= int(F::Tax); ++f)
            fields.append(Field(f));
        return fields;
    }
    case ImportKind::Companies:
        return { F::CompanyName, F::Email, F::Phone, F::Comment };
    case ImportKind::Contacts:
        return { F::ContactFirstName, F::ContactLastName, F::ContactFullName, F::Email, F::Phone, F::CompanyName,
                 F::Comment };
    case ImportKind::Products:
        return { F::ProductName, F::Price, F::Currency, F::Tax };
    case ImportKind::History:
        return { F::ExternalId, F::ActivityDate, F::ActivityType, F::ActivityText, F::Responsible };
    }
    return {};
}

QList<Field> autoMapFor(ImportKind kind, const QStringList &header, const Preset *preset)
{
    const QList<Field> allowed = fieldsFor(kind);
    QList<Field> fields(header.size(), Field::Ignore);
    QList<bool> decided(header.size(), false);
    QList<Field> used;
    auto take = [&](int i, Field f) {
        decided[i] = true;
        f = translate(kind, f, normaliseHeader(header.at(i)));
        if (f != Field::Ignore && allowed.contains(f) && !used.contains(f)) {
            fields[i] = f;
            used.append(f);
        }
    };
    // A preset's names first (a deal export's), then the synonyms, column by column.
    if (preset && kind == ImportKind::Deals) {
        for (int i = 0; i < header.size(); ++i) {
            const auto it = preset->headers.constFind(normaliseHeader(header.at(i)));
            if (it != preset->headers.constEnd())
                take(i, *it);
        }
    }
    for (int i = 0; i < header.size(); ++i) {
        if (!decided.at(i))
            take(i, matchHeader(header.at(i)));
    }
    return fields;
}

} // namespace comptoir::import
