// SPDX-License-Identifier: GPL-3.0-or-later
#include "filterpopup.h"

#include "filterchips.h"
#include "filterchoices.h"
#include "filtercustomfields.h"
#include "money.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace comptoir {

namespace {

constexpr int AnyDate = -1;
constexpr int CustomDates = 100;

const QString GroupOpen = QStringLiteral("group:open");
const QString GroupWon = QStringLiteral("group:won");
const QString GroupLost = QStringLiteral("group:lost");

QComboBox *combo(QWidget *parent, const QString &name)
{
    auto *box = new QComboBox(parent);
    box->setObjectName(name);
    box->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    return box;
}

void selectData(QComboBox *box, const QVariant &data)
{
    const int row = box->findData(data);
    box->setCurrentIndex(row >= 0 ? row : 0);
}

} // namespace

FilterPopup::FilterPopup(QWidget *parent)
    : QFrame(parent, Qt::Popup)
{
    setObjectName(QStringLiteral("filterPopup"));
    setFrameShape(QFrame::StyledPanel);
    auto *layout = new QVBoxLayout(this);
    auto *form = new QFormLayout;
    layout->addLayout(form);

    m_stage = combo(this, QStringLiteral("stageBox"));
    form->addRow(tr("&Stage:"), m_stage);

    auto *amounts = new QHBoxLayout;
    m_minAmount = new QLineEdit(this);
    m_minAmount->setObjectName(QStringLiteral("minAmountEdit"));
    m_minAmount->setPlaceholderText(tr("min"));
    m_maxAmount = new QLineEdit(this);
    m_maxAmount->setObjectName(QStringLiteral("maxAmountEdit"));
    m_maxAmount->setPlaceholderText(tr("max"));
    m_currency = combo(this, QStringLiteral("currencyBox"));
    amounts->addWidget(m_minAmount);
    amounts->addWidget(new QLabel(QStringLiteral("–"), this));
    amounts->addWidget(m_maxAmount);
    amounts->addWidget(m_currency);
    form->addRow(tr("Amount:"), amounts);

    m_responsible = combo(this, QStringLiteral("responsibleBox"));
    form->addRow(tr("&Responsible:"), m_responsible);
    m_type = combo(this, QStringLiteral("typeBox"));
    form->addRow(tr("&Type:"), m_type);
    m_source = combo(this, QStringLiteral("sourceBox"));
    form->addRow(tr("S&ource:"), m_source);

    m_dates[0] = addDateRow(form, tr("Created:"), QStringLiteral("created"));
    m_dates[1] = addDateRow(form, tr("Begins:"), QStringLiteral("begin"));
    m_dates[2] = addDateRow(form, tr("Closes:"), QStringLiteral("close"));

    m_activity = combo(this, QStringLiteral("activityBox"));
    m_activity->addItem(tr("Any"), int(DealFilter::Activity::Any));
    m_activity->addItem(tr("With an open activity"), int(DealFilter::Activity::WithOpen));
    m_activity->addItem(tr("Without an open activity"), int(DealFilter::Activity::WithoutOpen));
    m_activity->addItem(tr("Overdue activity"), int(DealFilter::Activity::Overdue));
    form->addRow(tr("Ac&tivities:"), m_activity);

    m_novelty = combo(this, QStringLiteral("noveltyBox"));
    m_novelty->addItem(tr("New and repeat"), int(DealFilter::Novelty::Any));
    m_novelty->addItem(tr("New deals"), int(DealFilter::Novelty::New));
    m_novelty->addItem(tr("Repeat deals"), int(DealFilter::Novelty::Repeat));
    form->addRow(tr("&New or repeat:"), m_novelty);

    m_custom = new CustomFieldConditions(this);
    form->addRow(tr("C&ustom fields:"), m_custom);
    form->setRowVisible(m_custom, false); // until the database has some
    m_form = form;

    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("filterError"));
    m_error->setStyleSheet(QStringLiteral("color: #b3261e;"));
    m_error->setWordWrap(true);
    m_error->hide();
    layout->addWidget(m_error);

    auto *buttons = new QDialogButtonBox(this);
    auto *clear = buttons->addButton(tr("C&lear All"), QDialogButtonBox::ResetRole);
    clear->setObjectName(QStringLiteral("clearButton"));
    m_apply = buttons->addButton(tr("&Apply"), QDialogButtonBox::AcceptRole);
    m_apply->setObjectName(QStringLiteral("applyButton"));
    m_apply->setDefault(true);
    layout->addWidget(buttons);
    connect(clear, &QPushButton::clicked, this, &FilterPopup::clearForm);
    connect(m_apply, &QPushButton::clicked, this, &FilterPopup::applyRequested);
    // Enter in an amount applies, as in a dialog.
    connect(m_minAmount, &QLineEdit::returnPressed, this, &FilterPopup::applyRequested);
    connect(m_maxAmount, &QLineEdit::returnPressed, this, &FilterPopup::applyRequested);
    connect(m_custom, &CustomFieldConditions::errorOccurred, this, &FilterPopup::showError);
}

FilterPopup::DateRow FilterPopup::addDateRow(QFormLayout *form, const QString &label, const QString &name)
{
    DateRow row;
    row.preset = combo(this, name + QStringLiteral("PresetBox"));
    row.preset->addItem(tr("Any date"), AnyDate);
    for (DatePreset p : {DatePreset::Today, DatePreset::ThisWeek, DatePreset::ThisMonth, DatePreset::LastMonth,
                         DatePreset::ThisYear})
        row.preset->addItem(datePresetName(p), int(p));
    row.preset->addItem(tr("Custom range"), CustomDates);
    row.from = new QDateEdit(this);
    row.from->setObjectName(name + QStringLiteral("FromEdit"));
    row.from->setCalendarPopup(true);
    row.to = new QDateEdit(this);
    row.to->setObjectName(name + QStringLiteral("ToEdit"));
    row.to->setCalendarPopup(true);
    auto *line = new QHBoxLayout;
    line->addWidget(row.preset);
    line->addWidget(row.from);
    line->addWidget(row.to);
    form->addRow(label, line);
    const DateRow copy = row;
    auto enable = [copy] {
        const bool custom = copy.preset->currentData().toInt() == CustomDates;
        copy.from->setEnabled(custom);
        copy.to->setEnabled(custom);
    };
    connect(row.preset, &QComboBox::currentIndexChanged, this, enable);
    enable();
    return row;
}

void FilterPopup::setChoices(const FilterChoices &choices)
{
    m_stage->clear();
    m_stage->addItem(tr("Any stage"), QString());
    m_stage->addItem(tr("In progress"), GroupOpen);
    m_stage->addItem(tr("Won"), GroupWon);
    m_stage->addItem(tr("Lost"), GroupLost);
    m_stage->insertSeparator(m_stage->count());
    for (const auto &[id, name] : choices.stages)
        m_stage->addItem(name, QStringLiteral("stage:%1").arg(id));

    m_currency->clear();
    m_currency->addItem(tr("Any currency"), QString());
    for (const QString &code : choices.currencies)
        m_currency->addItem(code, code);

    m_responsible->clear();
    m_responsible->addItem(tr("Anyone"), QVariant());
    for (const auto &[id, name] : choices.users)
        m_responsible->addItem(name, id);

    for (const auto &[box, items, any] : {std::tuple{m_type, &choices.types, tr("Any type")},
                                          std::tuple{m_source, &choices.sources, tr("Any source")}}) {
        box->clear();
        box->addItem(any, QString());
        for (const auto &[code, name] : *items)
            box->addItem(name, code);
    }
    m_custom->setFields(choices.customFields);
    m_form->setRowVisible(m_custom, m_custom->hasFields());
}

void FilterPopup::setDateRow(const DateRow &row, const DateRange &range)
{
    if (range.preset)
        selectData(row.preset, int(*range.preset));
    else
        selectData(row.preset, range.isEmpty() ? AnyDate : CustomDates);
    const QDate today = QDate::currentDate();
    row.from->setDate(range.from.isValid() ? range.from : today);
    row.to->setDate(range.to.isValid() ? range.to : today);
}

void FilterPopup::setFilter(const DealFilter &f)
{
    if (f.stageId)
        selectData(m_stage, QStringLiteral("stage:%1").arg(*f.stageId));
    else
        selectData(m_stage, f.group == DealFilter::Group::Open ? GroupOpen
                            : f.group == DealFilter::Group::Won ? GroupWon
                            : f.group == DealFilter::Group::Lost ? GroupLost
                                                                 : QString());
    const QString currency = f.amountCurrency.isEmpty() ? QStringLiteral("EUR") : f.amountCurrency;
    m_minAmount->setText(f.minAmountMinor ? money::formatNumber(*f.minAmountMinor, currency, locale()) : QString());
    m_maxAmount->setText(f.maxAmountMinor ? money::formatNumber(*f.maxAmountMinor, currency, locale()) : QString());
    selectData(m_currency, f.amountCurrency);
    selectData(m_responsible, f.responsibleId ? QVariant(*f.responsibleId) : QVariant());
    selectData(m_type, f.typeCode);
    selectData(m_source, f.sourceCode);
    setDateRow(m_dates[0], f.created);
    setDateRow(m_dates[1], f.begin);
    setDateRow(m_dates[2], f.close);
    selectData(m_activity, int(f.activity));
    selectData(m_novelty, int(f.novelty));
    m_custom->setCriteria(f.customFields);
    m_error->hide();
}

void FilterPopup::clearForm()
{
    setFilter(DealFilter{});
}

void FilterPopup::showError(const QString &message)
{
    m_error->setText(message);
    m_error->show();
}

DateRange FilterPopup::dateRange(const DateRow &row, const QDate &today) const
{
    const int preset = row.preset->currentData().toInt();
    if (preset == AnyDate)
        return {};
    if (preset == CustomDates) {
        // Given backwards, the range still means the days between.
        const QDate a = row.from->date(), b = row.to->date();
        return {std::min(a, b), std::max(a, b), {}};
    }
    return dateRangeFor(DatePreset(preset), today, locale());
}

Result<DealFilter> FilterPopup::filter(const DealFilter &base, const QDate &today) const
{
    DealFilter f = base;
    const QString stage = m_stage->currentData().toString();
    f.stageId.reset();
    f.group = stage == GroupOpen  ? DealFilter::Group::Open
            : stage == GroupWon   ? DealFilter::Group::Won
            : stage == GroupLost  ? DealFilter::Group::Lost
                                  : DealFilter::Group::Any;
    if (stage.startsWith(QStringLiteral("stage:")))
        f.stageId = stage.mid(6).toLongLong();

    f.amountCurrency = m_currency->currentData().toString();
    const QString currency = f.amountCurrency.isEmpty() ? QStringLiteral("EUR") : f.amountCurrency;
    for (const auto &[edit, target, name] : {std::tuple{m_minAmount, &f.minAmountMinor, tr("minimum amount")},
                                             std::tuple{m_maxAmount, &f.maxAmountMinor, tr("maximum amount")}}) {
        target->reset();
        if (edit->text().trimmed().isEmpty())
            continue;
        auto minor = money::parse(edit->text(), currency, locale());
        if (!minor)
            return Error::invalid(tr("The %1 is not an amount: %2").arg(name, minor.error().message),
                                  edit->objectName());
        *target = *minor;
    }
    if (f.minAmountMinor && f.maxAmountMinor && *f.minAmountMinor > *f.maxAmountMinor)
        std::swap(f.minAmountMinor, f.maxAmountMinor);

    const QVariant responsible = m_responsible->currentData();
    f.responsibleId = responsible.isValid() ? std::optional<Id>(responsible.toLongLong()) : std::nullopt;
    f.typeCode = m_type->currentData().toString();
    f.sourceCode = m_source->currentData().toString();
    f.created = dateRange(m_dates[0], today);
    f.begin = dateRange(m_dates[1], today);
    f.close = dateRange(m_dates[2], today);
    f.activity = DealFilter::Activity(m_activity->currentData().toInt());
    f.novelty = DealFilter::Novelty(m_novelty->currentData().toInt());
    auto custom = m_custom->criteria();
    if (!custom)
        return custom.error();
    f.customFields = *custom;
    return f;
}

} // namespace comptoir
