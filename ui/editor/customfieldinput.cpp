// SPDX-License-Identifier: GPL-3.0-or-later
#include "customfieldinput.h"

#include <QCheckBox>
#include <QComboBox>
#include <QHBoxLayout>
#include <QLineEdit>

namespace comptoir {

CustomFieldInput::CustomFieldInput(const CustomField &field, const QLocale &locale, QWidget *parent)
    : QWidget(parent)
    , m_field(field)
    , m_locale(locale)
{
    setObjectName(field.key() + QStringLiteral("Input"));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    switch (field.type) {
    case FieldType::Checkbox:
        m_check = new QCheckBox(this);
        connect(m_check, &QCheckBox::toggled, this, &CustomFieldInput::edited);
        layout->addWidget(m_check);
        layout->addStretch(1);
        break;
    case FieldType::List:
        m_choice = new QComboBox(this);
        m_choice->addItem(tr("(none)"), QString());
        for (const QString &option : field.options)
            m_choice->addItem(option, option);
        connect(m_choice, &QComboBox::activated, this, &CustomFieldInput::edited);
        layout->addWidget(m_choice, 1);
        break;
    default:
        m_line = new QLineEdit(this);
        m_line->setClearButtonEnabled(true);
        switch (field.type) {
        case FieldType::Date:
            m_line->setPlaceholderText(locale.dateFormat(QLocale::ShortFormat));
            break;
        case FieldType::DateTime:
            m_line->setPlaceholderText(locale.dateTimeFormat(QLocale::ShortFormat));
            break;
        case FieldType::MultiList:
            m_line->setPlaceholderText(field.options.join(QStringLiteral(" | ")));
            m_line->setToolTip(tr("Choose among: %1 (separated by |)").arg(field.options.join(QStringLiteral(", "))));
            break;
        case FieldType::Url:
            m_line->setPlaceholderText(QStringLiteral("https://"));
            break;
        case FieldType::Money:
        case FieldType::Number:
            m_line->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
            break;
        default:
            break;
        }
        connect(m_line, &QLineEdit::textEdited, this, &CustomFieldInput::edited);
        layout->addWidget(m_line, 1);
        break;
    }
}

void CustomFieldInput::setValue(const QVariant &value)
{
    const QSignalBlocker blocker(this);
    if (m_check) {
        m_check->setChecked(value.toBool());
    } else if (m_choice) {
        int index = m_choice->findData(value.toString());
        if (index < 0 && !value.toString().isEmpty()) {
            m_choice->addItem(value.toString(), value.toString());
            index = m_choice->count() - 1;
        }
        m_choice->setCurrentIndex(std::max(0, index));
    } else {
        QString text = customfields::isEmpty(m_field, value) ? QString() : customfields::format(m_field, value, m_locale);
        // format() writes money with its symbol and a multi-list with commas; the line reads
        // back what it shows either way.
        m_line->setText(text);
    }
}

Result<QVariant> CustomFieldInput::value() const
{
    QVariant value;
    if (m_check) {
        value = m_check->isChecked();
    } else if (m_choice) {
        const QString option = m_choice->currentData().toString();
        value = option.isEmpty() ? QVariant() : QVariant(option);
    } else {
        auto parsed = customfields::parse(m_field, m_line->text(), m_locale);
        if (!parsed)
            return parsed.error();
        value = *parsed;
    }
    if (auto valid = customfields::validate(m_field, value); !valid)
        return valid.error();
    return value;
}

} // namespace comptoir
