// SPDX-License-Identifier: GPL-3.0-or-later
#include "cliformat.h"

#include "cli.h"
#include "clitr.h"
#include "money.h"

#include <QJsonDocument>
#include <QLocale>

namespace comptoir::app {

TextTable::TextTable(QStringList header, QList<Align> aligns)
    : m_header(std::move(header)), m_aligns(std::move(aligns))
{
    while (m_aligns.size() < m_header.size())
        m_aligns.append(Align::Left);
    for (const QString &title : std::as_const(m_header))
        m_widths.append(int(title.size()));
}

void TextTable::measure(const QStringList &cells)
{
    for (int i = 0; i < cells.size() && i < m_widths.size(); ++i)
        m_widths[i] = std::max(m_widths.at(i), int(cells.at(i).size()));
}

void TextTable::addRow(const QStringList &cells)
{
    measure(cells);
    m_rows.append(cells);
}

QString TextTable::format(const QStringList &cells) const
{
    QString line;
    for (int i = 0; i < m_widths.size(); ++i) {
        const QString cell = cells.value(i);
        const bool last = i == m_widths.size() - 1;
        if (i > 0)
            line += QStringLiteral("  ");
        if (m_aligns.at(i) == Align::Right)
            line += cell.rightJustified(m_widths.at(i));
        else
            line += last ? cell : cell.leftJustified(m_widths.at(i));
    }
    return line + QLatin1Char('\n');
}

QString TextTable::header() const
{
    return format(m_header);
}

QString TextTable::render() const
{
    QString text = header();
    for (const QStringList &row : m_rows)
        text += format(row);
    return text;
}

QString formatFields(const QList<std::pair<QString, QString>> &fields)
{
    // French puts a space before the colon: the label is translated with it.
    QStringList labels;
    int width = 0;
    for (const auto &field : fields) {
        labels.append(Cli::tr("%1:").arg(field.first));
        width = std::max(width, int(labels.last().size()));
    }
    QString text;
    for (int i = 0; i < fields.size(); ++i)
        text += labels.at(i).leftJustified(width + 1) + fields.at(i).second + QLatin1Char('\n');
    return text;
}

namespace {

QJsonValue textOrNull(const QString &text)
{
    return text.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(text);
}

QJsonValue dateOrNull(const QDate &date)
{
    return date.isValid() ? QJsonValue(date.toString(Qt::ISODate)) : QJsonValue(QJsonValue::Null);
}

QJsonValue instantOrNull(const QDateTime &instant)
{
    return instant.isValid() ? QJsonValue(instant.toUTC().toString(Qt::ISODateWithMs))
                             : QJsonValue(QJsonValue::Null);
}

} // namespace

QJsonObject dealToJson(const DealRow &row)
{
    return QJsonObject{
        {QStringLiteral("id"), row.id},
        {QStringLiteral("title"), row.title},
        {QStringLiteral("amount"), money::toDecimalString(row.amountMinor, row.currency)},
        {QStringLiteral("currency"), row.currency},
        {QStringLiteral("pipeline"), row.pipelineName},
        {QStringLiteral("pipeline_id"), row.pipelineId},
        {QStringLiteral("stage"), row.stageName},
        {QStringLiteral("stage_id"), row.stageId},
        {QStringLiteral("semantic"), semanticToText(row.semantic)},
        {QStringLiteral("closed"), row.closed},
        {QStringLiteral("company"), textOrNull(row.companyName)},
        {QStringLiteral("contact"), textOrNull(row.contactName)},
        {QStringLiteral("responsible"), row.responsibleName},
        {QStringLiteral("is_repeat"), row.isRepeat},
        {QStringLiteral("created_at"), instantOrNull(row.createdAt)},
        {QStringLiteral("close_date"), dateOrNull(row.closeDate)},
    };
}

QJsonObject historyToJson(const HistoryEvent &event)
{
    return QJsonObject{
        {QStringLiteral("at"), instantOrNull(event.at)},
        {QStringLiteral("user"), textOrNull(event.userName)},
        {QStringLiteral("type"), event.type},
        {QStringLiteral("field"), textOrNull(event.field)},
        {QStringLiteral("old"), textOrNull(event.oldValue)},
        {QStringLiteral("new"), textOrNull(event.newValue)},
        {QStringLiteral("description"), event.description},
    };
}

QJsonObject totalsToJson(const QMap<QString, qint64> &totals)
{
    QJsonObject object;
    for (auto it = totals.cbegin(); it != totals.cend(); ++it)
        object.insert(it.key(), money::toDecimalString(it.value(), it.key()));
    return object;
}

QJsonObject pipelineToJson(const Pipeline &pipeline, bool withStages)
{
    QJsonObject object{
        {QStringLiteral("id"), pipeline.id},
        {QStringLiteral("name"), pipeline.name},
        {QStringLiteral("is_default"), pipeline.isDefault},
    };
    if (withStages) {
        QJsonArray stages;
        for (const Stage &stage : pipeline.stages) {
            stages.append(QJsonObject{
                {QStringLiteral("id"), stage.id},
                {QStringLiteral("name"), stage.name},
                {QStringLiteral("semantic"), semanticToText(stage.semantic)},
                {QStringLiteral("color"), stage.color},
                {QStringLiteral("probability"),
                 stage.probability ? QJsonValue(*stage.probability) : QJsonValue(QJsonValue::Null)},
            });
        }
        object.insert(QStringLiteral("stages"), stages);
    }
    return object;
}

void printJson(const QJsonValue &value)
{
    const QJsonDocument document = value.isArray() ? QJsonDocument(value.toArray()) : QJsonDocument(value.toObject());
    out() << QString::fromUtf8(document.toJson(QJsonDocument::Indented));
}

QString formatAmount(qint64 minor, const QString &currency)
{
    return money::format(minor, currency, QLocale());
}

QString formatTotals(const QMap<QString, qint64> &totals)
{
    QStringList parts;
    for (auto it = totals.cbegin(); it != totals.cend(); ++it)
        parts.append(formatAmount(it.value(), it.key()));
    return parts.join(QStringLiteral(", "));
}

QString formatDate(const QDate &date)
{
    return date.isValid() ? QLocale().toString(date, QLocale::ShortFormat) : QString();
}

QString formatInstant(const QDateTime &instant)
{
    return instant.isValid() ? QLocale().toString(instant.toLocalTime(), QLocale::ShortFormat) : QString();
}

QString semanticText(StageSemantic semantic)
{
    switch (semantic) {
    case StageSemantic::Process:
        return Cli::tr("in progress");
    case StageSemantic::Success:
        return Cli::tr("won");
    case StageSemantic::Failure:
        return Cli::tr("lost");
    }
    return {};
}

Result<Id> parseId(const QString &text)
{
    bool ok = false;
    const Id id = text.toLongLong(&ok);
    if (!ok || id <= 0)
        return Error::invalid(Cli::tr("'%1' is not a deal id: give the number that \"deals list\" shows.").arg(text));
    return id;
}

} // namespace comptoir::app
