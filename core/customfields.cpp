// SPDX-License-Identifier: GPL-3.0-or-later
// Custom field types: parsing what people type, checking, and writing values back as text.
#include "customfields.h"

#include "money.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QSet>
#include <QUrl>

#include <cmath>

namespace comptoir {

namespace {
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(CustomFields)
};

struct TypeName
{
    FieldType type;
    const char *key;
};
constexpr TypeName typeNames[] = {
    {FieldType::Text, "text"},       {FieldType::Number, "number"},     {FieldType::Money, "money"},
    {FieldType::Date, "date"},       {FieldType::DateTime, "datetime"}, {FieldType::List, "list"},
    {FieldType::MultiList, "multilist"}, {FieldType::Checkbox, "checkbox"}, {FieldType::Url, "url"},
    {FieldType::Phone, "phone"},     {FieldType::Email, "email"},
};

Error fieldError(const CustomField &field, const QString &message)
{
    return Error::invalid(Text::tr("%1: %2").arg(field.name, message), field.key());
}

// The option of the field matching `text` case-insensitively, as the field spells it.
std::optional<QString> matchOption(const CustomField &field, const QString &text)
{
    for (const QString &option : field.options) {
        if (option.compare(text.trimmed(), Qt::CaseInsensitive) == 0)
            return option;
    }
    return std::nullopt;
}

Error unknownOption(const CustomField &field, const QString &text)
{
    return fieldError(field, Text::tr("“%1” is not one of the choices (%2).").arg(text, field.options.join(QStringLiteral(", "))));
}

bool isEmailText(const QString &text)
{
    static const QRegularExpression re(QStringLiteral("^[^@\\s]+@[^@\\s.]+(\\.[^@\\s.]+)+$"));
    return re.match(text).hasMatch();
}

// Digits with the usual separators and an optional leading +; 6 to 15 digits (E.164).
bool isPhoneText(const QString &text)
{
    static const QRegularExpression re(QStringLiteral("^\\+?[0-9 .()\\-/]+$"));
    if (!re.match(text).hasMatch())
        return false;
    int digits = 0;
    for (QChar c : text)
        digits += c.isDigit() ? 1 : 0;
    return digits >= 6 && digits <= 15;
}

bool isUrlText(const QString &text)
{
    const QUrl url(text, QUrl::StrictMode);
    return url.isValid() && (url.scheme() == u"http" || url.scheme() == u"https") && url.host().contains(QLatin1Char('.'));
}

Result<QDate> parseDate(const CustomField &field, const QString &t, const QLocale &locale)
{
    QDate d = QDate::fromString(t, Qt::ISODate);
    if (!d.isValid())
        d = locale.toDate(t, QLocale::ShortFormat);
    if (!d.isValid() && locale.dateFormat(QLocale::ShortFormat).startsWith(QLatin1Char('d')))
        d = QDate::fromString(t, QStringLiteral("dd/MM/yyyy"));
    if (d.isValid() && d.year() < 100)
        d = d.addYears(2000); // "27/11/26" means 2026
    if (!d.isValid())
        return fieldError(field, Text::tr("“%1” is not a date (use YYYY-MM-DD).").arg(t));
    return d;
}

Result<QDateTime> parseDateTime(const CustomField &field, const QString &t, const QLocale &locale)
{
    QDateTime dt = QDateTime::fromString(t, Qt::ISODate);
    if (!dt.isValid())
        dt = QDateTime::fromString(t, QStringLiteral("yyyy-MM-dd HH:mm"));
    if (!dt.isValid())
        dt = locale.toDateTime(t, QLocale::ShortFormat);
    if (!dt.isValid() && locale.dateFormat(QLocale::ShortFormat).startsWith(QLatin1Char('d')))
        dt = QDateTime::fromString(t, QStringLiteral("dd/MM/yyyy HH:mm"));
    if (!dt.isValid())
        return fieldError(field, Text::tr("“%1” is not a date and time (use YYYY-MM-DD HH:MM).").arg(t));
    // Without a zone the text is the user's local time.
    return dt.toUTC();
}
} // namespace

QString fieldTypeToText(FieldType type)
{
    for (const TypeName &t : typeNames) {
        if (t.type == type)
            return QString::fromLatin1(t.key);
    }
    return {};
}

std::optional<FieldType> fieldTypeFromText(const QString &text)
{
    for (const TypeName &t : typeNames) {
        if (text.trimmed().compare(QLatin1String(t.key), Qt::CaseInsensitive) == 0)
            return t.type;
    }
    return std::nullopt;
}

QStringList fieldTypeKeys()
{
    QStringList keys;
    for (const TypeName &t : typeNames)
        keys << QString::fromLatin1(t.key);
    return keys;
}

QString fieldTypeTitle(FieldType type)
{
    switch (type) {
    case FieldType::Text: return Text::tr("Text");
    case FieldType::Number: return Text::tr("Number");
    case FieldType::Money: return Text::tr("Money");
    case FieldType::Date: return Text::tr("Date");
    case FieldType::DateTime: return Text::tr("Date and time");
    case FieldType::List: return Text::tr("List");
    case FieldType::MultiList: return Text::tr("Multiple choice list");
    case FieldType::Checkbox: return Text::tr("Checkbox");
    case FieldType::Url: return Text::tr("Web address");
    case FieldType::Phone: return Text::tr("Phone");
    case FieldType::Email: return Text::tr("E-mail");
    }
    return {};
}

std::optional<Id> CustomField::idFromKey(const QString &key)
{
    if (!key.startsWith(QLatin1String("cf_")))
        return std::nullopt;
    bool ok = false;
    const Id id = key.mid(3).toLongLong(&ok);
    return ok && id > 0 ? std::optional<Id>(id) : std::nullopt;
}

namespace customfields {

Result<QVariant> parse(const CustomField &field, const QString &input, const QLocale &locale)
{
    const QString t = input.trimmed();
    if (t.isEmpty())
        return field.type == FieldType::Checkbox ? QVariant(false) : QVariant();
    switch (field.type) {
    case FieldType::Text:
        return QVariant(input);
    case FieldType::Number: {
        bool ok = false;
        double d = locale.toDouble(t, &ok);
        if (!ok)
            d = QLocale::c().toDouble(t, &ok);
        if (!ok || !std::isfinite(d))
            return fieldError(field, Text::tr("“%1” is not a number.").arg(t));
        return QVariant(d);
    }
    case FieldType::Money: {
        auto minor = money::parse(t, field.currency, locale);
        if (!minor)
            return fieldError(field, minor.error().message);
        return QVariant(qlonglong(*minor));
    }
    case FieldType::Date: {
        auto d = parseDate(field, t, locale);
        if (!d)
            return d.error();
        return QVariant(*d);
    }
    case FieldType::DateTime: {
        auto dt = parseDateTime(field, t, locale);
        if (!dt)
            return dt.error();
        return QVariant(*dt);
    }
    case FieldType::List: {
        auto option = matchOption(field, t);
        if (!option)
            return unknownOption(field, t);
        return QVariant(*option);
    }
    case FieldType::MultiList: {
        QStringList chosen;
        // "A|B", or "A, B" when no choice holds a comma.
        const QChar separator = t.contains(QLatin1Char('|')) ? QLatin1Char('|') : QLatin1Char(',');
        for (const QString &part : t.split(separator, Qt::SkipEmptyParts)) {
            auto option = matchOption(field, part);
            if (!option)
                return unknownOption(field, part.trimmed());
            if (!chosen.contains(*option))
                chosen << *option;
        }
        return QVariant(chosen);
    }
    case FieldType::Checkbox: {
        static const QStringList yes{QStringLiteral("1"), QStringLiteral("true"), QStringLiteral("yes"),
                                     QStringLiteral("y"), QStringLiteral("x"), QStringLiteral("oui")};
        static const QStringList no{QStringLiteral("0"), QStringLiteral("false"), QStringLiteral("no"),
                                    QStringLiteral("n"), QStringLiteral("non")};
        const QString lower = t.toLower();
        if (yes.contains(lower) || lower == Text::tr("Yes").toLower())
            return QVariant(true);
        if (no.contains(lower) || lower == Text::tr("No").toLower())
            return QVariant(false);
        return fieldError(field, Text::tr("“%1” is not yes or no.").arg(t));
    }
    case FieldType::Url: {
        // People type "example.com": the web address of that site.
        const QString url = t.contains(QStringLiteral("://")) ? t : QStringLiteral("https://") + t;
        if (!isUrlText(url))
            return fieldError(field, Text::tr("“%1” is not a web address (e.g. https://example.com).").arg(t));
        return QVariant(url);
    }
    case FieldType::Phone:
    case FieldType::Email:
        return QVariant(t);
    }
    return QVariant();
}

bool isEmpty(const CustomField &field, const QVariant &value)
{
    if (field.type == FieldType::Checkbox)
        return false;
    if (!value.isValid() || value.isNull())
        return true;
    if (field.type == FieldType::MultiList)
        return value.toStringList().isEmpty();
    if (value.typeId() == QMetaType::QString)
        return value.toString().trimmed().isEmpty();
    return false;
}

Status validate(const CustomField &field, const QVariant &value)
{
    if (isEmpty(field, value)) {
        if (field.required)
            return fieldError(field, Text::tr("a value is required."));
        return {};
    }
    auto typed = [&](QMetaType::Type type) { return value.typeId() == type; };
    switch (field.type) {
    case FieldType::Text:
        if (!typed(QMetaType::QString))
            return fieldError(field, Text::tr("the value is not text."));
        break;
    case FieldType::Number:
        if (!typed(QMetaType::Double) || !std::isfinite(value.toDouble()))
            return fieldError(field, Text::tr("the value is not a number."));
        break;
    case FieldType::Money:
        if (!typed(QMetaType::LongLong) && !typed(QMetaType::Int))
            return fieldError(field, Text::tr("the value is not an amount."));
        break;
    case FieldType::Date:
        if (!typed(QMetaType::QDate) || !value.toDate().isValid())
            return fieldError(field, Text::tr("the value is not a date."));
        break;
    case FieldType::DateTime:
        if (!typed(QMetaType::QDateTime) || !value.toDateTime().isValid())
            return fieldError(field, Text::tr("the value is not a date and time."));
        break;
    case FieldType::List:
        if (!typed(QMetaType::QString) || !field.options.contains(value.toString()))
            return unknownOption(field, value.toString());
        break;
    case FieldType::MultiList: {
        if (!typed(QMetaType::QStringList))
            return fieldError(field, Text::tr("the value is not a list of choices."));
        const QStringList chosen = value.toStringList();
        for (const QString &c : chosen) {
            if (!field.options.contains(c))
                return unknownOption(field, c);
        }
        if (QSet<QString>(chosen.begin(), chosen.end()).size() != chosen.size())
            return fieldError(field, Text::tr("a choice is listed twice."));
        break;
    }
    case FieldType::Checkbox:
        if (!typed(QMetaType::Bool))
            return fieldError(field, Text::tr("the value is not yes or no."));
        break;
    case FieldType::Url:
        if (!typed(QMetaType::QString) || !isUrlText(value.toString()))
            return fieldError(field, Text::tr("“%1” is not a web address (e.g. https://example.com).").arg(value.toString()));
        break;
    case FieldType::Phone:
        if (!typed(QMetaType::QString) || !isPhoneText(value.toString()))
            return fieldError(field, Text::tr("“%1” is not a phone number (6 to 15 digits, e.g. +33 1 23 45 67 89).")
                                         .arg(value.toString()));
        break;
    case FieldType::Email:
        if (!typed(QMetaType::QString) || !isEmailText(value.toString()))
            return fieldError(field, Text::tr("“%1” is not an e-mail address (e.g. name@example.com).").arg(value.toString()));
        break;
    }
    return {};
}

QString format(const CustomField &field, const QVariant &value, const QLocale &locale)
{
    if (isEmpty(field, value))
        return {};
    switch (field.type) {
    case FieldType::Number:
        return locale.toString(value.toDouble(), 'g', QLocale::FloatingPointShortest);
    case FieldType::Money:
        return money::format(value.toLongLong(), field.currency, locale);
    case FieldType::Date:
        return locale.toString(value.toDate(), QLocale::ShortFormat);
    case FieldType::DateTime:
        return locale.toString(value.toDateTime().toLocalTime(), QLocale::ShortFormat);
    case FieldType::MultiList:
        return value.toStringList().join(QStringLiteral(", "));
    case FieldType::Checkbox:
        return value.toBool() ? Text::tr("Yes") : Text::tr("No");
    default:
        return value.toString();
    }
}

QString exportText(const CustomField &field, const QVariant &value)
{
    if (isEmpty(field, value))
        return {};
    switch (field.type) {
    case FieldType::Number:
        return QLocale::c().toString(value.toDouble(), 'g', QLocale::FloatingPointShortest);
    case FieldType::Money:
        return money::toDecimalString(value.toLongLong(), field.currency);
    case FieldType::Date:
        return value.toDate().toString(Qt::ISODate);
    case FieldType::DateTime:
        return value.toDateTime().toUTC().toString(QStringLiteral("yyyy-MM-ddTHH:mm:ssZ"));
    case FieldType::MultiList:
        return value.toStringList().join(QLatin1Char('|'));
    case FieldType::Checkbox:
        return value.toBool() ? QStringLiteral("1") : QStringLiteral("0");
    default:
        return value.toString();
    }
}

} // namespace customfields
} // namespace comptoir
