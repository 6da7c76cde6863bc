// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "customfields.h"
#include "dealfilter.h"

#include <QList>
#include <QLocale>
#include <QWidget>

class QFrame;
class QHBoxLayout;

namespace comptoir {

struct FilterChoices;

// The criteria of the filter bar a chip shows and removes, one each. The pipeline (the
// toolbar's selector) and the search (the search field) have their own widgets.
enum class FilterCriterion { Stage, Group, Amount, Responsible, Type, Source, Created, Begin, Close, Activity, Novelty,
                             ActivityResponsible };

// The criteria set in this filter, in the order the chips show them.
QList<FilterCriterion> activeCriteria(const DealFilter &filter);
// Resets one criterion to "everything".
void clearCriterion(DealFilter &filter, FilterCriterion criterion);
// "stage", "amount", ...: the chip's object name ends with it.
QString criterionKey(FilterCriterion criterion);
// What the chip reads: "Stage: Won", "Amount: €500.00 – €5,000.00", "Created: This month".
QString chipText(const DealFilter &filter, FilterCriterion criterion, const FilterChoices &choices,
                 const QLocale &locale);
// A date range as a chip or a menu says it: its preset's name, or its days.
QString dateRangeText(const DateRange &range, const QLocale &locale);
QString datePresetName(DatePreset preset);

// The custom fields the filter has conditions on, each once, in the order of their conditions:
// one chip per field ("Budget: 500,00 € – 2 000,00 €", "Note contains “four”").
QList<Id> customCriterionFields(const DealFilter &filter);
void clearCustomCriterion(DealFilter &filter, Id fieldId);
// What the chip of one field's conditions reads; the conditions alone when `withName` is false.
QString customChipText(const QList<CustomFieldCriterion> &criteria, const CustomField &field, const QLocale &locale,
                       bool withName = true);

// A row of removable chips, one per active criterion. Each chip is a QFrame named
// "filterChip-<key>" with a close button named "chipClose".
class FilterChips final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FilterChips)
public:
    explicit FilterChips(QWidget *parent = nullptr);
    // `custom`: one chip per custom field (field id, text), named "filterChip-cf_<id>", after
    // the others.
    void setChips(const QList<std::pair<FilterCriterion, QString>> &chips,
                  const QList<std::pair<Id, QString>> &custom = {});
    int count() const { return m_count; }

Q_SIGNALS:
    void removeRequested(comptoir::FilterCriterion criterion);
    void customRemoveRequested(comptoir::Id fieldId);

private:
    QFrame *addChip(const QString &key, const QString &text);
    QHBoxLayout *m_layout = nullptr;
    int m_count = 0;
};

} // namespace comptoir
