// SPDX-License-Identifier: GPL-3.0-or-later
#include "dealformat.h"

#include "money.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QStringList>
#include <algorithm>

namespace comptoir::dealformat {

QString semanticText(StageSemantic semantic)
{
    switch (semantic) {
    case StageSemantic::Process:
        return QCoreApplication::translate("comptoir::DealFormat", "In progress");
    case StageSemantic::Success:
        return QCoreApplication::translate("comptoir::DealFormat", "Won");
    case StageSemantic::Failure:
        return QCoreApplication::translate("comptoir::DealFormat", "Lost");
    }
    return {};
}

QString probability(int percent, const QLocale &locale)
{
    // French puts a (non-breaking) space before the sign: left to the translation.
    return QCoreApplication::translate("comptoir::DealFormat", "%1%", "probability in percent")
        .arg(locale.toString(percent));
}

QString date(const QDate &date, const QLocale &locale)
{
    return date.isValid() ? locale.toString(date, QLocale::ShortFormat) : QString();
}

QString dateTime(const QDateTime &instant, const QLocale &locale)
{
    return instant.isValid() ? locale.toString(instant.toLocalTime(), QLocale::ShortFormat)
                             : QString();
}

QString compactDateTime(const QDateTime &instant, const QDate &today, const QLocale &locale)
{
    if (!instant.isValid())
        return {};
    const QString time = locale.toString(instant.time(), QLocale::ShortFormat);
    if (instant.date() == today)
        return time;
    if (instant.date().year() != today.year())
        return locale.toString(instant, QLocale::ShortFormat);
    // The short date without its year and the separator next to it: "dd/MM/yyyy" -> "dd/MM",
    // "M/d/yy" -> "M/d", "yyyy-MM-dd" -> "MM-dd", "d MMM yyyy" -> "d MMM". Worked out once per
    // locale: every card of a board asks as it paints.
    thread_local QString lastLocale;
    thread_local QString lastFormat;
    if (locale.name() != lastLocale || lastFormat.isEmpty()) {
        QString format = locale.dateFormat(QLocale::ShortFormat);
        static const QRegularExpression year(QStringLiteral("[^dM']*y+[^dM']*"));
        const QRegularExpressionMatch m = year.match(format);
        if (m.hasMatch()) {
            if (m.capturedEnd() == format.size() || m.capturedStart() == 0)
                format.remove(m.capturedStart(), m.capturedLength());
            else // between day and month: keep one separator
                format.replace(m.capturedStart(), m.capturedLength(), format.mid(m.capturedEnd() - 1, 1));
        }
        lastLocale = locale.name();
        lastFormat = format.trimmed();
    }
    return locale.toString(instant.date(), lastFormat) + QLatin1Char(' ') + time;
}

QString totals(const QMap<QString, qint64> &totals, const QLocale &locale)
{
    QList<QString> currencies = totals.keys();
    // Amounts of different currencies are not comparable; the one with the most minor units
    // first is a fair guess at the main one, and the code breaks ties so the order is stable.
    std::stable_sort(currencies.begin(), currencies.end(), [&](const QString &a, const QString &b) {
        return qAbs(totals.value(a)) > qAbs(totals.value(b));
    });
    QStringList parts;
    for (const QString &currency : std::as_const(currencies))
        parts << money::format(totals.value(currency), currency, locale);
    return parts.join(QStringLiteral(" · "));
}

QString cellText(const DealRow &row, DealColumn column, const QLocale &locale,
                 const ListNames &names)
{
    const auto listName = [](const QHash<QString, QString> &names, const QString &code) {
        return code.isEmpty() ? QString() : names.value(code, code);
    };
    switch (column) {
    case DealColumn::Id:
        return QString::number(row.id); // an id is a name, not a quantity: no digit grouping
    case DealColumn::Title:
        return row.title;
    case DealColumn::Amount:
        return money::format(row.amountMinor, row.currency, locale);
    case DealColumn::Currency:
        return row.currency;
    case DealColumn::Pipeline:
        return row.pipelineName;
    case DealColumn::Stage:
        return row.stageName;
    case DealColumn::Company:
        return row.companyName;
    case DealColumn::Contact:
        return row.contactName;
    case DealColumn::Responsible:
        return row.responsibleName;
    case DealColumn::Type:
        return listName(names.types, row.typeCode);
    case DealColumn::Source:
        return listName(names.sources, row.sourceCode);
    case DealColumn::BeginDate:
        return date(row.beginDate, locale);
    case DealColumn::CloseDate:
        return date(row.closeDate, locale);
    case DealColumn::Probability:
        return row.probability ? probability(*row.probability, locale) : QString();
    case DealColumn::Repeat:
        // A check mark under the "Repeat" title: new clients stay blank, so repeat ones stand
        // out when scanning down.
        return row.isRepeat ? QStringLiteral("\u2713") : QString();
    case DealColumn::Created:
        return dateTime(row.createdAt, locale);
    }
    return {};
}

QString cellToolTip(const DealRow &row, DealColumn column)
{
    switch (column) {
    case DealColumn::Title:
        return row.title; // the cell elides long titles
    case DealColumn::Stage:
        return QCoreApplication::translate("comptoir::DealFormat", "%1 (%2)",
                                           "stage (in progress/won/lost)")
            .arg(row.stageName, semanticText(row.semantic));
    case DealColumn::Repeat:
        return row.isRepeat ? QCoreApplication::translate(
                   "comptoir::DealFormat",
                   "Repeat deal: the client had already won a deal before this one.")
                            : QString();
    default:
        return {};
    }
}

QString customCellText(const CustomField &field, const QVariant &value, const QLocale &locale)
{
    if (field.type == FieldType::Checkbox)
        return value.toBool() ? QStringLiteral("✓") : QString();
    return customfields::format(field, value, locale);
}

Qt::Alignment customAlignment(const CustomField &field)
{
    switch (field.type) {
    case FieldType::Number:
    case FieldType::Money:
        return Qt::AlignRight | Qt::AlignVCenter;
    case FieldType::Checkbox:
        return Qt::AlignHCenter | Qt::AlignVCenter;
    default:
        return Qt::AlignLeft | Qt::AlignVCenter;
    }
}

} // namespace comptoir::dealformat
