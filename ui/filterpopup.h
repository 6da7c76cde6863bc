// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "dealfilter.h"
#include "result.h"

#include <QFrame>

class QComboBox;
class QDateEdit;
class QFormLayout;
class QLabel;
class QLineEdit;
class QPushButton;

namespace comptoir {

class CustomFieldConditions;
struct FilterChoices;

// The criteria of the filter bar as a form in a popup: stage or group, amount range,
// responsible, type, source, the three dates with their presets, activity, new/repeat and
// conditions on custom fields (when there are any).
// It edits a copy; the bar takes the result when Apply is pressed.
class FilterPopup final : public QFrame
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FilterPopup)
public:
    explicit FilterPopup(QWidget *parent = nullptr);

    void setChoices(const FilterChoices &choices);
    // Shows these criteria in the form.
    void setFilter(const DealFilter &filter);
    // `base` with the form's criteria: what Apply would give. An amount that does not read as
    // one is an error naming the field.
    Result<DealFilter> filter(const DealFilter &base, const QDate &today) const;
    // Back to "everything" (the form only; nothing is applied).
    void clearForm();

    QComboBox *stageBox() const { return m_stage; }
    QLineEdit *minAmountEdit() const { return m_minAmount; }
    QLineEdit *maxAmountEdit() const { return m_maxAmount; }
    QComboBox *responsibleBox() const { return m_responsible; }
    QComboBox *createdPresetBox() const { return m_dates[0].preset; }
    QComboBox *activityBox() const { return m_activity; }
    QComboBox *noveltyBox() const { return m_novelty; }
    CustomFieldConditions *customConditions() const { return m_custom; }
    QPushButton *applyButton() const { return m_apply; }
    // Shows why Apply did nothing (a bad amount), in the popup.
    void showError(const QString &message);

Q_SIGNALS:
    void applyRequested();

private:
    struct DateRow
    {
        QComboBox *preset = nullptr;
        QDateEdit *from = nullptr;
        QDateEdit *to = nullptr;
    };
    DateRow addDateRow(QFormLayout *form, const QString &label, const QString &name);
    static void setDateRow(const DateRow &row, const DateRange &range);
    DateRange dateRange(const DateRow &row, const QDate &today) const;

    QComboBox *m_stage = nullptr;
    QLineEdit *m_minAmount = nullptr;
    QLineEdit *m_maxAmount = nullptr;
    QComboBox *m_currency = nullptr;
    QComboBox *m_responsible = nullptr;
    QComboBox *m_type = nullptr;
    QComboBox *m_source = nullptr;
    DateRow m_dates[3];
    QComboBox *m_activity = nullptr;
    QComboBox *m_novelty = nullptr;
    CustomFieldConditions *m_custom = nullptr;
    QFormLayout *m_form = nullptr;
    QLabel *m_error = nullptr;
    QPushButton *m_apply = nullptr;
};

} // namespace comptoir
