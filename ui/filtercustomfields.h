// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "customfields.h"
#include "dealfilter.h"
#include "result.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;

namespace comptoir {

// The custom-field part of the filter popup (F4, F5): pick a field, give its condition the way
// its type asks (text: contains; number, money, date, date-time: a range; list and multi-list:
// an option; checkbox: yes or no) and add it; the conditions added are listed, one line per
// field, and can be removed. A field has one condition at most: adding another replaces it.
// It edits a copy of the filter's CustomFieldCriterion list.
class CustomFieldConditions final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CustomFieldConditions)
public:
    explicit CustomFieldConditions(QWidget *parent = nullptr);

    void setFields(const QList<CustomField> &fields);
    bool hasFields() const { return !m_fields.isEmpty(); }
    void setCriteria(const QList<CustomFieldCriterion> &criteria);
    // The conditions listed, plus the one being typed (so that Apply does not drop it); a
    // value that does not read as the field's type is an error naming the field.
    Result<QList<CustomFieldCriterion>> criteria() const;
    // Adds the condition being typed; an error when it does not read or nothing was given.
    Status addCondition();
    void removeCondition(Id fieldId);

    QComboBox *fieldBox() const { return m_field; }
    QLineEdit *textEdit() const { return m_text; }
    QLineEdit *minEdit() const { return m_min; }
    QLineEdit *maxEdit() const { return m_max; }
    QComboBox *choiceBox() const { return m_choice; }
    QPushButton *addButton() const { return m_add; }
    QListWidget *conditionList() const { return m_list; }

Q_SIGNALS:
    void errorOccurred(const QString &message);

private:
    std::optional<CustomField> currentField() const;
    // The conditions of the editors for the chosen field; empty when nothing was given.
    Result<QList<CustomFieldCriterion>> pending() const;
    // Shows the editors the chosen field's type needs, empty.
    void updateEditors();
    void updateList();

    QList<CustomField> m_fields;
    QList<CustomFieldCriterion> m_criteria;
    QComboBox *m_field = nullptr;
    QLineEdit *m_text = nullptr;
    QLineEdit *m_min = nullptr;
    QLabel *m_dash = nullptr;
    QLineEdit *m_max = nullptr;
    QComboBox *m_choice = nullptr;
    QPushButton *m_add = nullptr;
    QListWidget *m_list = nullptr;
    QPushButton *m_remove = nullptr;
};

} // namespace comptoir
