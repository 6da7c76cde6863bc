// SPDX-License-Identifier: GPL-3.0-or-later
#include "filtercustomfields.h"

#include "filterchips.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace comptoir {

namespace {

using Op = CustomFieldCriterion::Op;

constexpr int FieldIdRole = Qt::UserRole + 1;

bool isTextual(FieldType type)
{
    return type == FieldType::Text || type == FieldType::Url || type == FieldType::Phone || type == FieldType::Email;
}

bool isRange(FieldType type)
{
    return type == FieldType::Number || type == FieldType::Money || type == FieldType::Date
        || type == FieldType::DateTime;
}

// A bound of a range as the field's value; a date-time field's bound is a day, typed as a date,
// taken from its first or its last second in local time.
Result<QVariant> bound(const CustomField &field, const QString &text, bool upper, const QLocale &locale)
{
    if (field.type != FieldType::DateTime)
        return customfields::parse(field, text, locale);
    CustomField day = field;
    day.type = FieldType::Date;
    auto date = customfields::parse(day, text, locale);
    if (!date || date->isNull())
        return date;
    const QTime time = upper ? QTime(23, 59, 59) : QTime(0, 0);
    return QVariant(QDateTime(date->toDate(), time).toUTC());
}

} // namespace

CustomFieldConditions::CustomFieldConditions(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("customFieldConditions"));
    m_field = new QComboBox(this);
    m_field->setObjectName(QStringLiteral("customFieldBox"));
    m_field->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    setFocusProxy(m_field); // the row's label (Alt+U) leads to the field's choice
    m_text = new QLineEdit(this);
    m_text->setObjectName(QStringLiteral("customTextEdit"));
    m_text->setPlaceholderText(tr("contains…"));
    m_min = new QLineEdit(this);
    m_min->setObjectName(QStringLiteral("customMinEdit"));
    m_dash = new QLabel(QStringLiteral("–"), this);
    m_max = new QLineEdit(this);
    m_max->setObjectName(QStringLiteral("customMaxEdit"));
    m_choice = new QComboBox(this);
    m_choice->setObjectName(QStringLiteral("customChoiceBox"));
    m_choice->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_add = new QPushButton(tr("A&dd Condition"), this);
    m_add->setObjectName(QStringLiteral("addCustomButton"));
    m_add->setAutoDefault(false);

    m_list = new QListWidget(this);
    m_list->setObjectName(QStringLiteral("customConditionList"));
    m_list->setMaximumHeight(m_list->fontMetrics().height() * 5);
    m_remove = new QPushButton(tr("Re&move"), this);
    m_remove->setObjectName(QStringLiteral("removeCustomButton"));
    m_remove->setAutoDefault(false);

    auto *editors = new QHBoxLayout;
    editors->setContentsMargins(0, 0, 0, 0);
    editors->addWidget(m_field);
    editors->addWidget(m_text, 1);
    editors->addWidget(m_min, 1);
    editors->addWidget(m_dash);
    editors->addWidget(m_max, 1);
    editors->addWidget(m_choice, 1);
    editors->addWidget(m_add);
    auto *listed = new QHBoxLayout;
    listed->setContentsMargins(0, 0, 0, 0);
    listed->addWidget(m_list, 1);
    listed->addWidget(m_remove, 0, Qt::AlignTop);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(editors);
    layout->addLayout(listed);

    connect(m_field, &QComboBox::currentIndexChanged, this, &CustomFieldConditions::updateEditors);
    connect(m_add, &QPushButton::clicked, this, [this] {
        if (Status added = addCondition(); !added)
            Q_EMIT errorOccurred(added.error().message);
    });
    // Enter in a value adds it rather than applying the whole filter at once.
    for (QLineEdit *edit : {m_text, m_min, m_max})
        connect(edit, &QLineEdit::returnPressed, m_add, &QPushButton::click);
    connect(m_remove, &QPushButton::clicked, this, [this] {
        if (const QListWidgetItem *item = m_list->currentItem())
            removeCondition(item->data(FieldIdRole).value<Id>());
    });
    connect(m_list, &QListWidget::currentRowChanged, this, [this](int row) { m_remove->setEnabled(row >= 0); });
    updateEditors();
    updateList();
}

void CustomFieldConditions::setFields(const QList<CustomField> &fields)
{
    m_fields = fields;
    const QSignalBlocker blocker(m_field);
    m_field->clear();
    m_field->addItem(tr("Choose a field…"), Id(0));
    for (const CustomField &f : fields)
        m_field->addItem(f.name, f.id);
    updateEditors();
    updateList();
}

void CustomFieldConditions::setCriteria(const QList<CustomFieldCriterion> &criteria)
{
    m_criteria = criteria;
    m_field->setCurrentIndex(0);
    updateEditors(); // empty again
    updateList();
}

std::optional<CustomField> CustomFieldConditions::currentField() const
{
    const Id id = m_field->currentData().value<Id>();
    for (const CustomField &f : m_fields) {
        if (f.id == id)
            return f;
    }
    return std::nullopt;
}

void CustomFieldConditions::updateEditors()
{
    const auto field = currentField();
    const FieldType type = field ? field->type : FieldType::Text;
    m_text->setVisible(!field || isTextual(type));
    m_text->setEnabled(field.has_value());
    for (QWidget *w : std::initializer_list<QWidget *>{m_min, m_dash, m_max})
        w->setVisible(field && isRange(type));
    const bool dates = type == FieldType::Date || type == FieldType::DateTime;
    m_min->setPlaceholderText(dates ? tr("from") : tr("min"));
    m_max->setPlaceholderText(dates ? tr("to") : tr("max"));
    m_choice->setVisible(field && !isTextual(type) && !isRange(type));
    m_choice->clear();
    if (field && type == FieldType::Checkbox) {
        m_choice->addItem(tr("Yes or no"), QVariant());
        m_choice->addItem(tr("Yes"), true);
        m_choice->addItem(tr("No"), false);
    } else if (field && (type == FieldType::List || type == FieldType::MultiList)) {
        m_choice->addItem(tr("Any choice"), QVariant());
        for (const QString &option : field->options)
            m_choice->addItem(option, option);
    }
    m_add->setEnabled(field.has_value());
    m_text->clear();
    m_min->clear();
    m_max->clear();
}

Result<QList<CustomFieldCriterion>> CustomFieldConditions::pending() const
{
    QList<CustomFieldCriterion> found;
    const auto field = currentField();
    if (!field)
        return found;
    if (isTextual(field->type)) {
        if (!m_text->text().trimmed().isEmpty())
            found << CustomFieldCriterion{field->id, Op::Contains, m_text->text().trimmed()};
    } else if (isRange(field->type)) {
        auto low = bound(*field, m_min->text(), false, locale());
        if (!low)
            return low.error();
        auto high = bound(*field, m_max->text(), true, locale());
        if (!high)
            return high.error();
        // Given backwards, the range still means the values between.
        if (!low->isNull() && !high->isNull() && QVariant::compare(*low, *high) == QPartialOrdering::Greater) {
            low = bound(*field, m_max->text(), false, locale());
            high = bound(*field, m_min->text(), true, locale());
        }
        if (!low->isNull())
            found << CustomFieldCriterion{field->id, Op::AtLeast, *low};
        if (!high->isNull())
            found << CustomFieldCriterion{field->id, Op::AtMost, *high};
    } else if (m_choice->currentData().isValid()) {
        const Op op = field->type == FieldType::MultiList ? Op::HasChoice : Op::Equals;
        found << CustomFieldCriterion{field->id, op, m_choice->currentData()};
    }
    return found;
}

Result<QList<CustomFieldCriterion>> CustomFieldConditions::criteria() const
{
    auto typed = pending();
    if (!typed)
        return typed.error();
    QList<CustomFieldCriterion> all = m_criteria;
    if (!typed->isEmpty()) {
        const Id id = typed->constFirst().fieldId;
        all.removeIf([id](const CustomFieldCriterion &c) { return c.fieldId == id; });
        all.append(*typed);
    }
    return all;
}

Status CustomFieldConditions::addCondition()
{
    const auto field = currentField();
    if (!field)
        return Error::invalid(tr("Choose a custom field first."), m_field->objectName());
    auto all = criteria();
    if (!all)
        return all.error();
    if (*all == m_criteria)
        return Error::invalid(tr("%1: give a value to look for.").arg(field->name), field->key());
    m_criteria = *all;
    updateEditors(); // empty again
    updateList();
    return {};
}

void CustomFieldConditions::removeCondition(Id fieldId)
{
    m_criteria.removeIf([fieldId](const CustomFieldCriterion &c) { return c.fieldId == fieldId; });
    updateList();
}

void CustomFieldConditions::updateList()
{
    m_list->clear();
    DealFilter listed;
    listed.customFields = m_criteria;
    for (Id id : customCriterionFields(listed)) {
        CustomField field;
        field.id = id;
        field.name = tr("Custom field %1").arg(id);
        for (const CustomField &f : std::as_const(m_fields)) {
            if (f.id == id)
                field = f;
        }
        auto *item = new QListWidgetItem(customChipText(m_criteria, field, locale()), m_list);
        item->setData(FieldIdRole, id);
    }
    m_list->setVisible(m_list->count() > 0);
    m_remove->setVisible(m_list->count() > 0);
    m_remove->setEnabled(m_list->currentRow() >= 0);
}

} // namespace comptoir
