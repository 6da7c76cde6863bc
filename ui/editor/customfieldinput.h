// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "customfields.h"
#include "result.h"

#include <QLocale>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QLineEdit;

namespace comptoir {

// The input of one custom field in the Details tab: a check box, a list of options, or a line
// of text read with customfields::parse() (numbers, money, dates in the locale's format, a
// multi-list as "A | B"). An empty line is an empty value.
class CustomFieldInput final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CustomFieldInput)
public:
    CustomFieldInput(const CustomField &field, const QLocale &locale, QWidget *parent = nullptr);

    const CustomField &field() const { return m_field; }
    void setValue(const QVariant &value);
    // The typed value, checked (required, format); the error names the field.
    Result<QVariant> value() const;

Q_SIGNALS:
    void edited();

private:
    CustomField m_field;
    QLocale m_locale;
    QLineEdit *m_line = nullptr;
    QComboBox *m_choice = nullptr;
    QCheckBox *m_check = nullptr;
};

} // namespace comptoir
