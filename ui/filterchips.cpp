// SPDX-License-Identifier: GPL-3.0-or-later
#include "filterchips.h"

#include "filterchoices.h"
#include "money.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QToolButton>

namespace comptoir {

namespace {

const FilterCriterion AllCriteria[] = {
    FilterCriterion::Group,   FilterCriterion::Stage,  FilterCriterion::Amount,
    FilterCriterion::Responsible, FilterCriterion::Type, FilterCriterion::Source,
    FilterCriterion::Created, FilterCriterion::Begin,  FilterCriterion::Close,
    FilterCriterion::Activity, FilterCriterion::ActivityResponsible, FilterCriterion::Novelty,
};

bool isSet(const DealFilter &f, FilterCriterion c)
{
    switch (c) {
    case FilterCriterion::Stage: return f.stageId.has_value();
    case FilterCriterion::Group: return f.group != DealFilter::Group::Any;
    case FilterCriterion::Amount:
        return f.minAmountMinor || f.maxAmountMinor || !f.amountCurrency.isEmpty();
    case FilterCriterion::Responsible: return f.responsibleId.has_value();
    case FilterCriterion::Type: return !f.typeCode.isEmpty();
    case FilterCriterion::Source: return !f.sourceCode.isEmpty();
    case FilterCriterion::Created: return !f.created.isEmpty();
    case FilterCriterion::Begin: return !f.begin.isEmpty();
    case FilterCriterion::Close: return !f.close.isEmpty();
    case FilterCriterion::Activity: return f.activity != DealFilter::Activity::Any;
    case FilterCriterion::Novelty: return f.novelty != DealFilter::Novelty::Any;
    case FilterCriterion::ActivityResponsible: return f.activityResponsibleId.has_value();
    }
    return false;
}

QString amountText(const DealFilter &f, const QLocale &locale)
{
    // Without a currency the bounds apply to every currency's minor units: shown as numbers.
    const QString currency = f.amountCurrency.isEmpty() ? QStringLiteral("EUR") : f.amountCurrency;
    auto written = [&](qint64 minor) {
        return f.amountCurrency.isEmpty() ? money::formatNumber(minor, currency, locale)
                                          : money::format(minor, currency, locale);
    };
    QString text;
    if (f.minAmountMinor && f.maxAmountMinor)
        text = FilterChips::tr("%1 – %2").arg(written(*f.minAmountMinor), written(*f.maxAmountMinor));
    else if (f.minAmountMinor)
        text = FilterChips::tr("at least %1").arg(written(*f.minAmountMinor));
    else if (f.maxAmountMinor)
        text = FilterChips::tr("at most %1").arg(written(*f.maxAmountMinor));
    else
        text = FilterChips::tr("in %1").arg(f.amountCurrency);
    return text;
}

} // namespace

QList<FilterCriterion> activeCriteria(const DealFilter &filter)
{
    QList<FilterCriterion> active;
    for (FilterCriterion c : AllCriteria) {
        if (isSet(filter, c))
            active << c;
    }
    return active;
}

void clearCriterion(DealFilter &f, FilterCriterion c)
{
    switch (c) {
    case FilterCriterion::Stage: f.stageId.reset(); break;
    case FilterCriterion::Group: f.group = DealFilter::Group::Any; break;
    case FilterCriterion::Amount:
        f.minAmountMinor.reset();
        f.maxAmountMinor.reset();
        f.amountCurrency.clear();
        break;
    case FilterCriterion::Responsible: f.responsibleId.reset(); break;
    case FilterCriterion::Type: f.typeCode.clear(); break;
    case FilterCriterion::Source: f.sourceCode.clear(); break;
    case FilterCriterion::Created: f.created = {}; break;
    case FilterCriterion::Begin: f.begin = {}; break;
    case FilterCriterion::Close: f.close = {}; break;
    case FilterCriterion::Activity: f.activity = DealFilter::Activity::Any; break;
    case FilterCriterion::Novelty: f.novelty = DealFilter::Novelty::Any; break;
    case FilterCriterion::ActivityResponsible: f.activityResponsibleId.reset(); break;
    }
}

QString criterionKey(FilterCriterion c)
{
    switch (c) {
    case FilterCriterion::Stage: return QStringLiteral("stage");
    case FilterCriterion::Group: return QStringLiteral("group");
    case FilterCriterion::Amount: return QStringLiteral("amount");
    case FilterCriterion::Responsible: return QStringLiteral("responsible");
    case FilterCriterion::Type: return QStringLiteral("type");
    case FilterCriterion::Source: return QStringLiteral("source");
    case FilterCriterion::Created: return QStringLiteral("created");
    case FilterCriterion::Begin: return QStringLiteral("begin");
    case FilterCriterion::Close: return QStringLiteral("close");
    case FilterCriterion::Activity: return QStringLiteral("activity");
    case FilterCriterion::Novelty: return QStringLiteral("novelty");
    case FilterCriterion::ActivityResponsible: return QStringLiteral("activity_responsible");
    }
    return {};
}

QString datePresetName(DatePreset preset)
{
    switch (preset) {
    case DatePreset::Today: return FilterChips::tr("Today");
    case DatePreset::ThisWeek: return FilterChips::tr("This week");
    case DatePreset::ThisMonth: return FilterChips::tr("This month");
    case DatePreset::LastMonth: return FilterChips::tr("Last month");
    case DatePreset::ThisYear: return FilterChips::tr("This year");
    }
    return {};
}

QString dateRangeText(const DateRange &range, const QLocale &locale)
{
    if (range.preset)
        return datePresetName(*range.preset);
    const QString from = locale.toString(range.from, QLocale::ShortFormat);
    const QString to = locale.toString(range.to, QLocale::ShortFormat);
    if (range.from.isValid() && range.to.isValid())
        return range.from == range.to ? from : FilterChips::tr("%1 – %2").arg(from, to);
    if (range.from.isValid())
        return FilterChips::tr("from %1").arg(from);
    return FilterChips::tr("until %1").arg(to);
}

QString chipText(const DealFilter &f, FilterCriterion c, const FilterChoices &choices, const QLocale &locale)
{
    switch (c) {
    case FilterCriterion::Stage: {
        const QString name = choices.stageName(*f.stageId);
        return FilterChips::tr("Stage: %1").arg(name.isEmpty() ? QString::number(*f.stageId) : name);
    }
    case FilterCriterion::Group:
        return f.group == DealFilter::Group::Open ? FilterChips::tr("In progress")
             : f.group == DealFilter::Group::Won  ? FilterChips::tr("Won")
                                                  : FilterChips::tr("Lost");
    case FilterCriterion::Amount:
        return FilterChips::tr("Amount: %1").arg(amountText(f, locale));
    case FilterCriterion::Responsible: {
        const QString name = choices.userName(*f.responsibleId);
        return FilterChips::tr("Responsible: %1").arg(name.isEmpty() ? QString::number(*f.responsibleId) : name);
    }
    case FilterCriterion::Type:
        return FilterChips::tr("Type: %1").arg(choices.typeName(f.typeCode));
    case FilterCriterion::Source:
        return FilterChips::tr("Source: %1").arg(choices.sourceName(f.sourceCode));
    case FilterCriterion::Created:
        return FilterChips::tr("Created: %1").arg(dateRangeText(f.created, locale));
    case FilterCriterion::Begin:
        return FilterChips::tr("Begins: %1").arg(dateRangeText(f.begin, locale));
    case FilterCriterion::Close:
        return FilterChips::tr("Closes: %1").arg(dateRangeText(f.close, locale));
    case FilterCriterion::Activity:
        return f.activity == DealFilter::Activity::WithOpen    ? FilterChips::tr("With an open activity")
             : f.activity == DealFilter::Activity::WithoutOpen ? FilterChips::tr("Without an open activity")
                                                               : FilterChips::tr("Overdue activity");
    case FilterCriterion::Novelty:
        return f.novelty == DealFilter::Novelty::New ? FilterChips::tr("New deals") : FilterChips::tr("Repeat deals");
    case FilterCriterion::ActivityResponsible: {
        const QString name = choices.userName(*f.activityResponsibleId);
        return FilterChips::tr("Activities of %1").arg(name.isEmpty() ? QString::number(*f.activityResponsibleId) : name);
    }
    }
    return {};
}

QList<Id> customCriterionFields(const DealFilter &filter)
{
    QList<Id> ids;
    for (const CustomFieldCriterion &c : filter.customFields) {
        if (!ids.contains(c.fieldId))
            ids << c.fieldId;
    }
    return ids;
}

void clearCustomCriterion(DealFilter &filter, Id fieldId)
{
    filter.customFields.removeIf([fieldId](const CustomFieldCriterion &c) { return c.fieldId == fieldId; });
}

QString customChipText(const QList<CustomFieldCriterion> &criteria, const CustomField &field, const QLocale &locale,
                       bool withName)
{
    using Op = CustomFieldCriterion::Op;
    const auto value = [&](const QVariant &v) {
        // A date-time bound is a day's start or end: the day is what was chosen.
        if (field.type == FieldType::DateTime)
            return locale.toString(v.toDateTime().toLocalTime().date(), QLocale::ShortFormat);
        return customfields::format(field, v, locale);
    };
    const CustomFieldCriterion *atLeast = nullptr;
    const CustomFieldCriterion *atMost = nullptr;
    QStringList parts;
    for (const CustomFieldCriterion &c : criteria) {
        if (c.fieldId != field.id)
            continue;
        switch (c.op) {
        case Op::AtLeast: atLeast = &c; break;
        case Op::AtMost: atMost = &c; break;
        case Op::Contains: parts << FilterChips::tr("contains “%1”").arg(c.value.toString()); break;
        case Op::IsSet: parts << FilterChips::tr("any value"); break;
        case Op::IsEmpty: parts << FilterChips::tr("no value"); break;
        case Op::Equals:
        case Op::HasChoice:
            parts << (c.value.typeId() == QMetaType::Bool ? (c.value.toBool() ? FilterChips::tr("Yes") : FilterChips::tr("No"))
                                                           : value(c.value));
            break;
        }
    }
    if (atLeast && atMost)
        parts.prepend(FilterChips::tr("%1 – %2").arg(value(atLeast->value), value(atMost->value)));
    else if (atLeast)
        parts.prepend(FilterChips::tr("at least %1").arg(value(atLeast->value)));
    else if (atMost)
        parts.prepend(FilterChips::tr("at most %1").arg(value(atMost->value)));
    const QString conditions = parts.join(QStringLiteral(", "));
    return withName ? FilterChips::tr("%1: %2").arg(field.name, conditions) : conditions;
}

FilterChips::FilterChips(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("filterChips"));
    m_layout = new QHBoxLayout(this);
    m_layout->setContentsMargins(0, 0, 0, 0);
    m_layout->setSpacing(4);
}

void FilterChips::setChips(const QList<std::pair<FilterCriterion, QString>> &chips,
                           const QList<std::pair<Id, QString>> &custom)
{
    while (QLayoutItem *item = m_layout->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    // Queued: the chip that was clicked is deleted when the chips are rebuilt.
    for (const auto &[criterion, text] : chips) {
        const FilterCriterion c = criterion;
        connect(addChip(criterionKey(criterion), text)->findChild<QToolButton *>(QStringLiteral("chipClose")),
                &QToolButton::clicked, this, [this, c] { Q_EMIT removeRequested(c); }, Qt::QueuedConnection);
    }
    for (const auto &[fieldId, text] : custom) {
        const Id id = fieldId;
        connect(addChip(CustomField::keyFor(id), text)->findChild<QToolButton *>(QStringLiteral("chipClose")),
                &QToolButton::clicked, this, [this, id] { Q_EMIT customRemoveRequested(id); }, Qt::QueuedConnection);
    }
    m_layout->addStretch(1);
    m_count = int(chips.size() + custom.size());
    setVisible(m_count > 0);
}

QFrame *FilterChips::addChip(const QString &key, const QString &text)
{
    auto *chip = new QFrame(this);
    chip->setObjectName(QStringLiteral("filterChip-") + key);
    // A rounded, tinted pill: reads as one removable thing, not as a button row.
    chip->setStyleSheet(QStringLiteral("QFrame#%1 { background: palette(alternate-base); border: 1px solid "
                                       "palette(mid); border-radius: 10px; }")
                            .arg(chip->objectName()));
    auto *layout = new QHBoxLayout(chip);
    layout->setContentsMargins(8, 1, 2, 1);
    layout->setSpacing(2);
    auto *label = new QLabel(text, chip);
    label->setObjectName(QStringLiteral("chipText"));
    auto *close = new QToolButton(chip);
    close->setObjectName(QStringLiteral("chipClose"));
    close->setText(QStringLiteral("×"));
    close->setAutoRaise(true);
    close->setToolTip(FilterChips::tr("Remove this criterion"));
    close->setAccessibleName(FilterChips::tr("Remove %1").arg(text));
    layout->addWidget(label);
    layout->addWidget(close);
    m_layout->addWidget(chip);
    return chip;
}

} // namespace comptoir
